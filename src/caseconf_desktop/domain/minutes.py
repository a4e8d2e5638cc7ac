"""The minutes document: what one version of the minutes shows, and how it is composed.

:func:`compose` is a pure function from the closed record of a conference
(:class:`ConferenceRecord`, read by :mod:`caseconf_desktop.services.minutes`) to the
:class:`Minutes` one recipient receives. Every decision about what goes in is asked of
:mod:`caseconf_desktop.domain.disclosure`; the PDF renderer only draws what it is given.
Being pure, the composition is property-tested over generated conferences.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain import disclosure, model
from caseconf_desktop.domain.directory import Directory
from caseconf_desktop.domain.disclosure import Audience, Labelled, Recipient
from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    AttendanceStatus,
    AttendeeRole,
    ChangeDirection,
    Engagement,
    EntryKind,
    GoalStatus,
    InterventionKind,
    InterventionStatus,
    NeedDomain,
    NeedLevel,
    NeedStatus,
    NotDoneReason,
    ResponsibilityDomain,
    RiskLevel,
    Section,
)

_tr = i18n.tr_in("Minutes")


class RecipientRefused(errors.InvalidInput):
    """A version asked for someone the disclosure policy does not allow it for."""


# Kept as a name for callers that catch the narrower case.
FullMinutesRefused = RecipientRefused


# -- the document ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttendeeLine:
    name: str  # empty when the version does not show staff names
    agency: str
    role: AttendeeRole
    status: AttendanceStatus
    sent_information: bool
    sections: tuple[Section, ...] = ()  # for the subject and family: what they attended


@dataclass(frozen=True, slots=True)
class ActionLine:
    description: str
    owner: str
    agency: str
    due: date | None
    status: ActionStatus
    not_done_reason: NotDoneReason | None = None
    review_note: str = ""
    for_subject: bool = False


@dataclass(frozen=True, slots=True)
class EntryLine:
    kind: EntryKind
    text: str
    tlp: TLP
    source_agency: str = ""
    rationale: str = ""
    dissenting_agency: str = ""


@dataclass(frozen=True, slots=True)
class RiskPoint:
    assessed_on: date
    level: RiskLevel


@dataclass(frozen=True, slots=True)
class RiskLine:
    """The risk picture. The narrative fields are empty when its label is above the version's."""

    level: RiskLevel
    assessed_on: date
    tlp: TLP
    change: ChangeDirection
    change_note: str
    previous_level: RiskLevel | None
    framework: str
    domain_ratings: tuple[tuple[str, str], ...]
    rationale: str
    known_unknowns: str
    trend: tuple[RiskPoint, ...]
    narrative_withheld: bool = False


@dataclass(frozen=True, slots=True)
class NeedLine:
    domain: NeedDomain
    level: NeedLevel
    owner_agency: str
    status: NeedStatus
    notes: str


@dataclass(frozen=True, slots=True)
class FamilyLine:
    name: str
    relationship: str
    involvement: str
    support_offered: str
    is_minor: bool
    safeguarding_notes: str


@dataclass(frozen=True, slots=True)
class InterventionLine:
    kind: InterventionKind
    provider: str
    status: InterventionStatus
    engagement: Engagement
    start_date: date | None
    end_date: date | None
    notes: str


@dataclass(frozen=True, slots=True)
class GoalLine:
    text: str
    status: GoalStatus


@dataclass(frozen=True, slots=True)
class Contact:
    """Who the person (or their family) can turn to: the lead agency's named contact."""

    name: str
    agency: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class MinutesPart:
    """One agenda section: its heading and the entries this version may show."""

    section: Section
    title: str
    entries: tuple[EntryLine, ...]


@dataclass(frozen=True, slots=True)
class DistributionLine:
    recipient: str
    agency: str
    audience: Audience
    issued_at: datetime | None  # None: this copy


@dataclass(frozen=True, slots=True)
class Minutes:
    """Everything one version of the minutes shows, already filtered and labelled."""

    conference_id: str
    case_id: str
    audience: Audience
    recipient: str
    tlp: TLP
    plain_language: bool
    case_reference: str
    subject_name: str
    conference_date: datetime  # in the conference's own local time, with its offset
    place: str
    chair: str
    facilitator: str
    minute_taker: str
    headings: dict[str, str]
    confidentiality: str
    label_meaning: str
    attendance: tuple[AttendeeLine, ...]
    reviewed_actions: tuple[ActionLine, ...]
    parts: tuple[MinutesPart, ...]
    risk: RiskLine | None
    risk_shown: bool  # whether this version has a risk section at all
    needs: tuple[NeedLine, ...]
    family: tuple[FamilyLine, ...]
    interventions: tuple[InterventionLine, ...]
    actions: tuple[ActionLine, ...]
    summary: str
    next_conference_date: date | None
    distribution: tuple[DistributionLine, ...]
    audit_head_hash: str
    generated_at: datetime
    withheld: int
    decisions_recorded: int
    signer: str = ""
    signer_role: str = ""  # the role the signer held in this conference, as a label
    signer_field: str = "Issuer"  # the signature field's name: the role, in ASCII
    countersigner: str = ""  # the chair, when the signer is not the chair
    chair_key: str = ""  # SHA-256 of the chair's normalised name: who may countersign
    language: str = "en"  # BCP 47 tag of the fixed text, for the PDF's /Lang
    goals: tuple[GoalLine, ...] = ()  # the case goals, in the participant version
    contact: Contact | None = None  # in the versions for the person and their family
    lay_sections: tuple[Section, ...] = ()  # the parts of the meeting this reader was in

    def part(self, section: Section) -> MinutesPart | None:
        return next((p for p in self.parts if p.section is section), None)

    def all_text(self) -> str:
        """Every piece of case content in this version, for tests and search previews."""
        bits: list[str] = [self.summary]
        for p in self.parts:
            for e in p.entries:
                bits += [e.text, e.rationale]
        for a in (*self.reviewed_actions, *self.actions):
            bits += [a.description, a.review_note]
        if self.risk is not None:
            bits += [self.risk.rationale, self.risk.known_unknowns, self.risk.change_note]
        bits += [n.notes for n in self.needs]
        for f in self.family:
            bits += [f.name, f.involvement, f.support_offered, f.safeguarding_notes]
        bits += [i.notes for i in self.interventions]
        return "\n".join(b for b in bits if b)


def chair_key(name: str) -> str:
    """What the PDF carries about who may countersign: a hash, so lay copies name nobody."""
    return hashlib.sha256(disclosure.normalise_name(name).encode("utf-8")).hexdigest()


# -- the record a version is composed from --------------------------------------------------


@dataclass(frozen=True, slots=True)
class IssuedCopy:
    """A copy already issued, for the distribution list."""

    recipient: str
    audience: Audience
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class Signer:
    """Who signs this copy: the vault owner's person and the name on their certificate."""

    name: str
    person_id: str | None = None


@dataclass(frozen=True, slots=True)
class ConferenceRecord:
    """The closed record of one conference, everything any version could draw from."""

    conference: model.Conference
    case: model.Case
    directory: Directory
    attendance: tuple[model.Attendance, ...]
    entries: tuple[model.Entry, ...]
    reviewed_actions: tuple[model.Action, ...]
    agreed_actions: tuple[model.Action, ...]
    risks: tuple[model.RiskAssessment, ...]  # the case's assessments, oldest first
    needs: tuple[model.Need, ...] = ()
    family: tuple[model.FamilyMember, ...] = ()
    interventions: tuple[model.Intervention, ...] = ()
    issued: tuple[IssuedCopy, ...] = ()
    audit_head_hash: str = ""
    goals: tuple[model.Goal, ...] = ()
    responsibilities: tuple[model.Responsibility, ...] = ()

    def attendee_name(self, a: model.Attendance) -> str:
        person = self.directory.person(a.person_id)
        return a.name or (person.name if person else "")

    def attendee_agency(self, a: model.Attendance) -> str:
        agency = self.directory.agency_name(a.agency_id)
        if not agency:
            person = self.directory.person(a.person_id)
            agency = self.directory.agency_name(person.agency_id) if person else ""
        return agency

    def invitees(self) -> list[disclosure.Invitee]:
        return [
            disclosure.Invitee(self.attendee_name(a), a.role, a.status, self.attendee_agency(a))
            for a in self.attendance
        ]

    def recipient(self, name: str, agency: str = "") -> Recipient:
        subject = [n for n in (self.case.subject_name, self.case.pseudonym) if n.strip()]
        return disclosure.classify(
            name,
            self.invitees(),
            subject_names=subject,
            family_names=[f.name for f in self.family if f.name.strip()],
            agency=agency,
        )


def check_recipient(record: ConferenceRecord, audience: Audience, recipient: Recipient) -> None:
    problem = disclosure.refusal(audience, recipient)
    if problem is not None:
        raise RecipientRefused(problem)


# -- fixed text -----------------------------------------------------------------------------


def headings(plain: bool) -> dict[str, str]:
    if plain:
        return {
            "title": _tr("What we talked about and agreed"),
            "confidentiality": _tr("About this paper"),
            "attendance": _tr("Who was there"),
            Section.OPENING.value: _tr("Welcome"),
            Section.REVIEW.value: _tr("What we said we would do last time"),
            Section.RISK.value: _tr("Keeping everyone safe"),
            Section.NEEDS.value: _tr("What help you need"),
            Section.FAMILY.value: _tr("Your family"),
            Section.INTERVENTIONS.value: _tr("Support and programmes"),
            Section.ACTIONS.value: _tr("What we agreed to do next"),
            Section.AOB.value: _tr("Anything else"),
            Section.CLOSING.value: _tr("To finish"),
            "next": _tr("Next meeting"),
            "distribution": _tr("Who gets this paper"),
            "signatures": _tr("Signed by"),
        }
    return {
        "title": _tr("Multi-agency case conference: minutes"),
        "confidentiality": _tr("Confidentiality"),
        "attendance": _tr("Attendance"),
        Section.OPENING.value: _tr("Opening"),
        Section.REVIEW.value: _tr("Review of previous actions"),
        Section.RISK.value: _tr("Risk"),
        Section.NEEDS.value: _tr("Needs"),
        Section.FAMILY.value: _tr("Family"),
        Section.INTERVENTIONS.value: _tr("Interventions"),
        Section.ACTIONS.value: _tr("Actions"),
        Section.AOB.value: _tr("Any other business"),
        Section.CLOSING.value: _tr("Closing"),
        "next": _tr("Next conference"),
        "distribution": _tr("Distribution list"),
        "signatures": _tr("Signatures"),
    }


def confidentiality(audience: Audience) -> str:
    if audience is Audience.FULL:
        return _tr(
            "These minutes record a multi-agency case conference. This full version is "
            "issued only to the professionals who were present. It is confidential: each "
            "contribution stays under the control of the agency that gave it, and nothing "
            "in it may be passed on beyond what its label allows without that agency's "
            "agreement."
        )
    if audience is Audience.PARTNERS:
        return _tr(
            "These minutes record a multi-agency case conference. This partner version is "
            "issued to agencies that need to know; it leaves out everything labelled above "
            "TLP:AMBER. It is confidential and may not be passed on beyond what its label "
            "allows."
        )
    if audience is Audience.SUMMARY:
        return _tr(
            "This executive summary lists the decisions, disagreements and actions of a "
            "multi-agency case conference that may be shared up to TLP:GREEN. The full "
            "minutes are held by the agencies that were present."
        )
    if audience is Audience.FAMILY:
        return _tr(
            "This is your copy, as a member of the family, of what was talked about at the "
            "meeting. It only has what the professionals agreed to share with the family. "
            "Please keep it safe."
        )
    return _tr(
        "This is your copy of what was talked about and agreed at the meeting. It only "
        "has what the professionals agreed to share with you. Please keep it safe."
    )


def label_meaning(tlp: TLP) -> str:
    """One sentence on what the document's label allows (FIRST TLP 2.0, in our words)."""
    return {
        TLP.CLEAR: _tr("TLP:CLEAR: disclosure is not limited."),
        TLP.GREEN: _tr(
            "TLP:GREEN: limited disclosure; you may share it within the partnership "
            "and your community, but not publicly."
        ),
        TLP.AMBER: _tr(
            "TLP:AMBER: limited disclosure; you may share it only within your "
            "organisation and with its clients, on a need-to-know basis."
        ),
        TLP.AMBER_STRICT: _tr(
            "TLP:AMBER+STRICT: limited disclosure; you may share it only within your "
            "organisation, on a need-to-know basis."
        ),
        TLP.RED: _tr(
            "TLP:RED: for the named recipient only; do not share it with anyone, "
            "inside or outside your organisation."
        ),
    }[tlp]


def role_label(role: AttendeeRole | None) -> str:
    """How a signer is labelled: by the role they held in this conference."""
    return {
        AttendeeRole.CHAIR: _tr("Chair"),
        AttendeeRole.FACILITATOR: _tr("Facilitator"),
        AttendeeRole.MINUTE_TAKER: _tr("Minute-taker"),
    }.get(role or AttendeeRole.GUEST, _tr("Issued by"))


def signature_field(role: AttendeeRole | None) -> str:
    """The PDF signature field the issuer signs: named after their role (ASCII, stable)."""
    return {
        AttendeeRole.CHAIR: CHAIR_FIELD,
        AttendeeRole.FACILITATOR: "Facilitator",
        AttendeeRole.MINUTE_TAKER: "MinuteTaker",
    }.get(role or AttendeeRole.GUEST, "Issuer")


#: The field the conference's chair countersigns, and only they may.
CHAIR_FIELD = "Chair"
#: Where the chair's key travels inside the signed PDF (a word of its Keywords).
CHAIR_KEY_PREFIX = "caseconf-chair-sha256:"


# -- composing ------------------------------------------------------------------------------


def _labelled(e: model.Entry) -> Labelled:
    return Labelled(e.tlp, e.shareable_with_subject, e.kind, e.shareable_with_family)


def _staff(record: ConferenceRecord, person_id: str | None, audience: Audience) -> str:
    look = record.directory
    person = look.person(person_id)
    if person is None:
        return ""
    if disclosure.staff_names_in(audience):
        agency = look.agency_name(person.agency_id)
        return f"{person.name} ({agency})" if agency else person.name
    return look.agency_name(person.agency_id) or _tr("a professional")


def _attendee_line(
    record: ConferenceRecord, a: model.Attendance, audience: Audience
) -> AttendeeLine:
    lay = a.role in disclosure.LAY_ROLES
    hide = not disclosure.staff_names_in(audience) and not lay
    return AttendeeLine(
        name="" if hide else record.attendee_name(a),
        agency=record.attendee_agency(a),
        role=a.role,
        status=a.status,
        sent_information=a.sent_information,
        sections=tuple(a.sections) if lay else (),
    )


def _action_line(record: ConferenceRecord, a: model.Action, audience: Audience) -> ActionLine:
    look = record.directory
    person = look.person(a.owner_person_id)
    agency = look.agency_name(a.owner_agency_id) or (
        look.agency_name(person.agency_id) if person else ""
    )
    owner = person.name if person else ""
    if person is not None and person.agency_id and not disclosure.staff_names_in(audience):
        owner = ""
    return ActionLine(
        description=a.description,
        owner=owner,
        agency=agency,
        due=a.due,
        status=a.status,
        not_done_reason=a.not_done_reason,
        review_note=a.review_note,
        for_subject=a.for_subject,
    )


def _risk_line(
    record: ConferenceRecord, audience: Audience
) -> tuple[RiskLine | None, list[TLP], int]:
    """The risk line, the labels it brings into the document and how much it withholds."""
    current = [r for r in record.risks if r.conference_id == record.conference.id]
    if not current:
        return None, [], 0
    now = current[-1]
    if not disclosure.risk_level_in(audience):
        return None, [], 1
    narrative = disclosure.risk_narrative_in(audience, now.tlp)
    earlier = [r for r in record.risks if r.assessed_on <= now.assessed_on and r is not now]
    trend = [*earlier, now]
    line = RiskLine(
        level=now.level,
        assessed_on=now.assessed_on,
        tlp=now.tlp if narrative else disclosure.FRAME_TLP,
        change=now.change,
        change_note=now.change_note if narrative else "",
        previous_level=earlier[-1].level if earlier else None,
        framework=now.framework if narrative else "",
        domain_ratings=tuple(sorted(now.domain_ratings.items())) if narrative else (),
        rationale=now.rationale if narrative else "",
        known_unknowns=now.known_unknowns if narrative else "",
        trend=tuple(RiskPoint(r.assessed_on, r.level) for r in trend),
        narrative_withheld=not narrative,
    )
    # The level and its trend are frame content; the narrative keeps its own label.
    return line, [now.tlp] if narrative else [disclosure.FRAME_TLP], 0 if narrative else 1


def _distribution(
    record: ConferenceRecord, audience: Audience, recipient: Recipient
) -> tuple[DistributionLine, ...]:
    agency_of = {
        disclosure.normalise_name(record.attendee_name(a)): record.attendee_agency(a)
        for a in record.attendance
    }
    shown = disclosure.distribution_audiences(audience)
    lines = [
        DistributionLine(
            recipient=i.recipient,
            agency=agency_of.get(disclosure.normalise_name(i.recipient), ""),
            audience=i.audience,
            issued_at=i.issued_at,
        )
        for i in record.issued
        if i.audience in shown
    ]
    lines.append(
        DistributionLine(
            recipient=recipient.name,
            agency=agency_of.get(disclosure.normalise_name(recipient.name), "") or recipient.agency,
            audience=audience,
            issued_at=None,
        )
    )
    return tuple(lines)


def _signer_role(record: ConferenceRecord, signer: Signer | None) -> AttendeeRole | None:
    if signer is None or signer.person_id is None:
        return None
    conf = record.conference
    for pid, role in (
        (conf.chair_id, AttendeeRole.CHAIR),
        (conf.facilitator_id, AttendeeRole.FACILITATOR),
        (conf.minute_taker_id, AttendeeRole.MINUTE_TAKER),
    ):
        if pid and pid == signer.person_id:
            return role
    return None


def compose(
    record: ConferenceRecord,
    audience: Audience | str,
    recipient: Recipient,
    *,
    now: datetime,
    signer: Signer | None = None,
    language: str = "en",
) -> Minutes:
    """The minutes of ``record`` as ``recipient`` may see them in ``audience``.

    ``language`` only names the language of the fixed text (for the PDF's /Lang and the
    dates); the caller composes within ``i18n.language(language)`` so the text is in it.
    Raises :class:`RecipientRefused` (one sentence) when the policy does not allow this
    version for this recipient.
    """
    audience = Audience(audience)
    check_recipient(record, audience, recipient)
    conf, case, look = record.conference, record.case, record.directory
    plain = audience in disclosure.LAY_AUDIENCES
    heads = headings(plain)
    labels: list[TLP] = [disclosure.FRAME_TLP]
    withheld = 0

    kept = [e for e in record.entries if disclosure.entry_in(audience, _labelled(e))]
    withheld += len(record.entries) - len(kept)
    labels += [e.tlp for e in kept]
    parts = tuple(
        MinutesPart(
            section=section,
            title=heads[section.value],
            entries=tuple(
                EntryLine(
                    kind=e.kind,
                    text=e.text,
                    tlp=e.tlp,
                    source_agency=look.agency_name(e.source_agency_id),
                    rationale=e.rationale,
                    # A dissent names who disagreed; failing that, who said it.
                    dissenting_agency=look.agency_name(e.dissenting_agency_id)
                    or (
                        look.agency_name(e.source_agency_id) if e.kind is EntryKind.DISSENT else ""
                    ),
                )
                for e in kept
                if e.section is section
            ),
        )
        for section in Section
    )

    reviewed = [a for a in record.reviewed_actions if disclosure.action_in(audience, a.for_subject)]
    agreed = [a for a in record.agreed_actions if disclosure.action_in(audience, a.for_subject)]
    withheld += len(record.reviewed_actions) - len(reviewed)
    withheld += len(record.agreed_actions) - len(agreed)

    risk, risk_labels, risk_withheld = _risk_line(record, audience)
    labels += risk_labels
    withheld += risk_withheld

    needs: list[NeedLine] = []
    family: list[FamilyLine] = []
    interventions: list[InterventionLine] = []
    summary = ""
    record_count = len(record.needs) + len(record.family) + len(record.interventions)
    record_count += 1 if conf.summary.strip() else 0
    if disclosure.records_in(audience):
        needs = [
            NeedLine(n.domain, n.level, look.agency_name(n.owner_agency_id), n.status, n.notes)
            for n in record.needs
        ]
        family = [
            FamilyLine(
                f.name,
                f.relationship,
                f.involvement,
                f.support_offered,
                f.is_minor,
                f.safeguarding_notes,
            )
            for f in record.family
        ]
        interventions = [
            InterventionLine(
                i.kind,
                i.provider or look.agency_name(i.provider_agency_id),
                i.status,
                i.engagement,
                i.start_date,
                i.end_date,
                i.notes,
            )
            for i in record.interventions
        ]
        summary = conf.summary
        if record_count:
            labels.append(disclosure.UNLABELLED_RECORD_TLP)
    elif disclosure.family_record_in(audience):
        # A family member reads the support offered to them: their own record only, without
        # the professionals' safeguarding notes.
        own = [
            f
            for f in record.family
            if disclosure.normalise_name(f.name) == disclosure.normalise_name(recipient.name)
        ]
        family = [
            FamilyLine(f.name, f.relationship, f.involvement, f.support_offered, f.is_minor, "")
            for f in own
        ]
        withheld += record_count - len(own)
    else:
        withheld += record_count

    tlp = disclosure.document_label(labels)
    role = _signer_role(record, signer)
    chair = look.person(conf.chair_id)
    needs_countersignature = chair is not None and role is not AttendeeRole.CHAIR
    return Minutes(
        conference_id=conf.id,
        case_id=case.id,
        audience=audience,
        recipient=recipient.name,
        tlp=tlp,
        plain_language=plain,
        case_reference=case.reference,
        subject_name=case.subject_name,
        conference_date=conf.scheduled_for,
        place=conf.place,
        chair=_staff(record, conf.chair_id, audience),
        facilitator=_staff(record, conf.facilitator_id, audience),
        minute_taker=_staff(record, conf.minute_taker_id, audience),
        headings=heads,
        confidentiality=confidentiality(audience),
        label_meaning=label_meaning(tlp),
        attendance=tuple(_attendee_line(record, a, audience) for a in record.attendance),
        reviewed_actions=tuple(_action_line(record, a, audience) for a in reviewed),
        parts=parts,
        risk=risk,
        risk_shown=disclosure.risk_level_in(audience),
        needs=tuple(needs),
        family=tuple(family),
        interventions=tuple(interventions),
        actions=tuple(_action_line(record, a, audience) for a in agreed),
        summary=summary,
        next_conference_date=conf.next_conference_date,
        distribution=_distribution(record, audience, recipient),
        audit_head_hash=record.audit_head_hash,
        generated_at=now,
        withheld=withheld,
        decisions_recorded=sum(1 for e in record.entries if e.kind is EntryKind.DECISION),
        signer=signer.name if signer else "",
        language=language,
        signer_role=role_label(role) if signer else "",
        signer_field=signature_field(role),
        countersigner=_staff(record, conf.chair_id, audience) if needs_countersignature else "",
        chair_key=chair_key(chair.name) if needs_countersignature and chair else "",
        goals=tuple(GoalLine(g.text, g.status) for g in record.goals)
        if disclosure.goals_in(audience)
        else (),
        contact=_contact(record) if plain else None,
        lay_sections=_sections_attended(record, recipient) if plain else (),
    )


def _contact(record: ConferenceRecord) -> Contact | None:
    """The lead agency's named contact: its person in the responsibility matrix, coordination
    first; failing that, the agency alone."""
    look = record.directory
    lead = record.case.lead_agency_id
    rows = sorted(
        (r for r in record.responsibilities if r.agency_id == lead and r.person_id),
        key=lambda r: r.domain is not ResponsibilityDomain.COORDINATION,
    )
    person = look.person(rows[0].person_id) if rows else None
    agency = look.agency_name(lead)
    if person is None and not agency:
        return None
    if person is None:
        return Contact("", agency)
    return Contact(person.name, agency, person.phone, person.email)


def _sections_attended(record: ConferenceRecord, recipient: Recipient) -> tuple[Section, ...]:
    key = disclosure.normalise_name(recipient.name)
    for a in record.attendance:
        if disclosure.is_lay(a.role) and disclosure.normalise_name(record.attendee_name(a)) == key:
            return tuple(a.sections)
    return ()


def missing_items(record: ConferenceRecord) -> list[str]:
    """What a chair should know is missing before signing (the completeness check)."""
    return [text for _code, text in completeness(record.conference, record.entries, record.risks)]


def completeness(
    conf: model.Conference,
    entries: Sequence[model.Entry],
    risks: Sequence[model.RiskAssessment],
) -> list[tuple[str, str]]:
    """(code, sentence) for each gap in the record; the minutes say "not recorded" there."""
    out: list[tuple[str, str]] = []
    for e in entries:
        if e.kind is EntryKind.DECISION and not e.rationale.strip():
            out.append(
                (
                    f"rationale:{e.id}",
                    _tr("A decision has no rationale: “{text}”.").format(text=_clip(e.text)),
                )
            )
        if e.kind is EntryKind.DISSENT and not (e.dissenting_agency_id or e.source_agency_id):
            out.append(
                (
                    f"dissent:{e.id}",
                    _tr("A disagreement does not say which agency disagrees: “{text}”.").format(
                        text=_clip(e.text)
                    ),
                )
            )
    if conf.chair_id and conf.chair_id == conf.minute_taker_id:
        out.append(("chair_minutes", _tr("The chair is also the minute-taker.")))
    if not any(r.conference_id == conf.id for r in risks):
        out.append(("risk", _tr("The risk has not been assessed in this conference.")))
    if conf.next_conference_date is None:
        out.append(("next_date", _tr("No date has been set for the next conference.")))
    return out


def _clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"

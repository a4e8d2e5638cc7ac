"""Minutes of a closed conference, built for one audience and one recipient.

This module decides what each version of the minutes contains; the PDF renderer
(:mod:`caseconf_desktop.export.pdf`) only draws what it is given. The rules:

``full``
    Everything, for the professionals who were present (TLP:RED goes only to those
    present): exporting it for anyone else is refused.
``partners``
    Entries and risk assessments labelled up to TLP:AMBER (no AMBER+STRICT, no RED), for
    agencies that were not there.
``summary``
    Decisions labelled up to TLP:GREEN and the actions: the executive summary.
``participant``
    Plain-language headings; only entries marked shareable with the subject *and*
    labelled CLEAR or GREEN, and the subject's own agreed actions.

Content that carries no label of its own is classified here, once: the administrative
frame (title block, attendance, actions, distribution list) counts as TLP:GREEN, because
minutes naming the person are never for public disclosure; unlabelled case records
(needs, family, interventions, the closing summary text) count as TLP:AMBER, the default
label of an entry. The document's label is the most restricted label of what it includes.

Exporting renders, signs (PAdES, :mod:`caseconf_desktop.export.signing`) and records the
copy in the disclosure log ``minutes_issued`` (who received which version, its SHA-256 and
the audit-chain head it was issued against) in one transaction with the file write.
ReportLab and pyHanko are imported only when a PDF is made, so the GUI starts fast.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors
from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    AttendanceStatus,
    AttendeeRole,
    ChangeDirection,
    ConferenceStatus,
    Engagement,
    EntryKind,
    InterventionKind,
    InterventionStatus,
    NeedDomain,
    NeedLevel,
    NeedStatus,
    NotDoneReason,
    RiskLevel,
    Section,
    most_restricted,
)
from caseconf_desktop.services import casefile, identity
from caseconf_desktop.services.casefile import Directory
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.mapping import Table

if TYPE_CHECKING:
    from caseconf_desktop.export.pdf import RenderedPdf
    from caseconf_desktop.export.verify import VerificationReport
    from caseconf_desktop.storage.vault import Vault


def _tr(text: str) -> str:
    return QCoreApplication.translate("Minutes", text)


class Audience(StrEnum):
    """The versions of the minutes, from the most to the least complete."""

    FULL = "full"
    PARTNERS = "partners"
    SUMMARY = "summary"
    PARTICIPANT = "participant"

    @property
    def ceiling(self) -> TLP:
        """The most restricted label this version may contain."""
        return _CEILINGS[self]


_CEILINGS = {
    Audience.FULL: TLP.RED,
    Audience.PARTNERS: TLP.AMBER,
    Audience.SUMMARY: TLP.GREEN,
    Audience.PARTICIPANT: TLP.GREEN,
}

# The label of content that has none of its own (see the module docstring).
FRAME_TLP = TLP.GREEN
UNLABELLED_RECORD_TLP = TLP.AMBER

# Roles that make someone present a professional member of the conference.
_PROFESSIONAL_ROLES = frozenset(
    {
        AttendeeRole.PROFESSIONAL,
        AttendeeRole.CHAIR,
        AttendeeRole.FACILITATOR,
        AttendeeRole.MINUTE_TAKER,
    }
)


class FullMinutesRefused(errors.KnownError):
    """``full`` minutes asked for someone who was not a professional present."""


class ConferenceNotClosed(errors.KnownError):
    """Minutes are made from the closed record only."""


# -- the audience rules (pure functions) -----------------------------------------------------


def entry_allowed(audience: Audience, entry: model.Entry) -> bool:
    """Whether one conference entry goes into this version."""
    if audience is Audience.FULL:
        return True
    if audience is Audience.PARTNERS:
        return entry.tlp.at_most(TLP.AMBER)
    if audience is Audience.SUMMARY:
        return entry.kind is EntryKind.DECISION and entry.tlp.at_most(TLP.GREEN)
    return entry.shareable_with_subject and entry.tlp in (TLP.CLEAR, TLP.GREEN)


def risk_allowed(audience: Audience, risk: model.RiskAssessment) -> bool:
    """Risk assessments: only in the professional versions, within their ceiling.

    The summary is decisions and actions only; the participant version has no risk
    section, since a risk assessment is never marked shareable with the subject.
    """
    if audience in (Audience.SUMMARY, Audience.PARTICIPANT):
        return False
    return risk.tlp.at_most(audience.ceiling)


def action_allowed(audience: Audience, action: model.Action) -> bool:
    """Actions are shared with the whole partnership; the subject sees their own."""
    if audience is Audience.PARTICIPANT:
        return action.for_subject
    return True


def records_allowed(audience: Audience) -> bool:
    """Unlabelled case records (needs, family, interventions, closing summary): AMBER."""
    return UNLABELLED_RECORD_TLP.at_most(audience.ceiling)


def shows_staff_names(audience: Audience) -> bool:
    """The participant version names professionals by role and agency only (staff safety)."""
    return audience is not Audience.PARTICIPANT


def normalise_name(name: str) -> str:
    """Names compare equal regardless of case, Unicode composition and spacing."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


# -- the minutes model ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttendeeLine:
    name: str  # empty when the version does not show staff names
    agency: str
    role: AttendeeRole
    status: AttendanceStatus
    sent_information: bool


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
    conference_date: datetime
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
    needs: tuple[NeedLine, ...]
    family: tuple[FamilyLine, ...]
    interventions: tuple[InterventionLine, ...]
    actions: tuple[ActionLine, ...]
    summary: str
    next_conference_date: date | None
    distribution: tuple[DistributionLine, ...]
    audit_head_hash: str
    generated_at: datetime
    signer: str = ""
    countersigner: str = ""

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


def _headings(plain: bool) -> dict[str, str]:
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


def _confidentiality(audience: Audience) -> str:
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
            "This executive summary lists the decisions and actions of a multi-agency case "
            "conference that may be shared up to TLP:GREEN. The full minutes are held by "
            "the agencies that were present."
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


# -- building -------------------------------------------------------------------------------


def _lookup(vault: Vault) -> Directory:
    return casefile.directory(vault)


def get_closed_conference(vault: Vault, conference_id: str) -> model.Conference:
    conf = m.CONFERENCES.get(vault, conference_id)
    if conf is None:
        raise errors.NotFound(_tr("There is no conference with id {id}.").format(id=conference_id))
    if conf.status is not ConferenceStatus.CLOSED:
        raise ConferenceNotClosed(
            _tr("The conference {id} is not closed yet; close it before exporting minutes.").format(
                id=conference_id
            )
        )
    return conf


def _attendee_name(a: model.Attendance, look: Directory) -> str:
    person = look.person(a.person_id)
    return a.name or (person.name if person else "")


def present_professionals(
    conf: model.Conference, attendance: Sequence[model.Attendance], look: Directory
) -> list[str]:
    """Names of the professionals who were present: the only recipients of ``full``."""
    names: list[str] = []
    absent_ids = {
        a.person_id for a in attendance if a.person_id and a.status is not AttendanceStatus.PRESENT
    }
    for a in attendance:
        if a.status is AttendanceStatus.PRESENT and a.role in _PROFESSIONAL_ROLES:
            name = _attendee_name(a, look)
            if name:
                names.append(name)
    # The chair, facilitator and minute-taker ran the conference, even if nobody
    # entered them in the attendance list, unless the list says they were not there.
    for pid in (conf.chair_id, conf.facilitator_id, conf.minute_taker_id):
        person = look.person(pid)
        if person is not None and pid not in absent_ids:
            names.append(person.name)
    return names


def check_recipient(
    audience: Audience,
    recipient: str,
    conf: model.Conference,
    attendance: Sequence[model.Attendance],
    look: Directory,
) -> None:
    if not recipient.strip():
        raise errors.InvalidInput(_tr("Name the recipient of the minutes."))
    if audience is not Audience.FULL:
        return
    allowed = {normalise_name(n) for n in present_professionals(conf, attendance, look)}
    if normalise_name(recipient) not in allowed:
        raise FullMinutesRefused(
            _tr(
                "The full minutes (which may hold TLP:RED) go only to professionals who "
                "were present; {name} was not, so export the partners, summary or "
                "participant version for them instead."
            ).format(name=recipient.strip())
        )


def _staff(person_id: str | None, look: Directory, audience: Audience) -> str:
    """How a professional in a conference role appears in this version."""
    person = look.person(person_id)
    if person is None:
        return ""
    if shows_staff_names(audience):
        agency = look.agency_name(person.agency_id)
        return f"{person.name} ({agency})" if agency else person.name
    return look.agency_name(person.agency_id) or _tr("a professional")


def _attendee_line(a: model.Attendance, look: Directory, audience: Audience) -> AttendeeLine:
    agency = look.agency_name(a.agency_id)
    if not agency:
        person = look.person(a.person_id)
        agency = look.agency_name(person.agency_id) if person else ""
    hide = not shows_staff_names(audience) and not a.role.is_lay
    return AttendeeLine(
        name="" if hide else _attendee_name(a, look),
        agency=agency,
        role=a.role,
        status=a.status,
        sent_information=a.sent_information,
    )


def _action_line(a: model.Action, look: Directory, audience: Audience) -> ActionLine:
    person = look.person(a.owner_person_id)
    agency = look.agency_name(a.owner_agency_id) or (
        look.agency_name(person.agency_id) if person else ""
    )
    owner = person.name if person else ""
    if person is not None and person.agency_id and not shows_staff_names(audience):
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
    vault: Vault, conf: model.Conference, audience: Audience
) -> tuple[RiskLine | None, list[TLP]]:
    risks = m.RISKS.where(vault, "case_id = ?", (conf.case_id,), order="assessed_on, rowid")
    current = [r for r in risks if r.conference_id == conf.id]
    if not current:
        return None, []
    now = current[-1]
    if not risk_allowed(audience, now):
        return None, []
    history = [
        r
        for r in risks
        if r.assessed_on <= now.assessed_on and r is not now and risk_allowed(audience, r)
    ]
    trend = [*history, now]
    line = RiskLine(
        level=now.level,
        assessed_on=now.assessed_on,
        tlp=now.tlp,
        change=now.change,
        change_note=now.change_note,
        previous_level=history[-1].level if history else None,
        framework=now.framework,
        domain_ratings=tuple(sorted(now.domain_ratings.items())),
        rationale=now.rationale,
        known_unknowns=now.known_unknowns,
        trend=tuple(RiskPoint(r.assessed_on, r.level) for r in trend),
    )
    return line, [r.tlp for r in trend]


def _distribution(
    vault: Vault,
    conf: model.Conference,
    audience: Audience,
    recipient: str,
    attendance: Sequence[model.Attendance],
    look: Directory,
) -> tuple[DistributionLine, ...]:
    agency_of = {
        normalise_name(_attendee_name(a, look)): look.agency_name(a.agency_id)
        or look.agency_name(getattr(look.person(a.person_id), "agency_id", None))
        for a in attendance
    }
    issued = ISSUED.where(vault, "conference_id = ?", (conf.id,), order="issued_at, rowid")
    if audience is Audience.PARTICIPANT:
        # The subject's copy does not list the professionals who received theirs.
        issued = [i for i in issued if Audience(i.audience) is Audience.PARTICIPANT]
    lines = [
        DistributionLine(
            recipient=i.recipient,
            agency=agency_of.get(normalise_name(i.recipient), ""),
            audience=Audience(i.audience),
            issued_at=i.issued_at,
        )
        for i in issued
    ]
    lines.append(
        DistributionLine(
            recipient=recipient.strip(),
            agency=agency_of.get(normalise_name(recipient), ""),
            audience=audience,
            issued_at=None,
        )
    )
    return tuple(lines)


def build_minutes(
    vault: Vault,
    conference_id: str,
    audience: Audience | str,
    recipient: str,
    *,
    now: datetime | None = None,
) -> Minutes:
    """The minutes of a closed conference as ``audience`` may see them, for ``recipient``.

    Raises :class:`ConferenceNotClosed`, :class:`FullMinutesRefused` or NotFound; reads
    only, so a refusal changes nothing.
    """
    audience = Audience(audience)
    conf = get_closed_conference(vault, conference_id)
    case = m.CASES.get(vault, conf.case_id)
    if case is None:  # pragma: no cover - guarded by the foreign key
        raise errors.Corrupt(str(vault.path))
    look = _lookup(vault)
    attendance = m.ATTENDANCE.where(vault, "conference_id = ?", (conf.id,), order="rowid")
    check_recipient(audience, recipient, conf, attendance, look)

    plain = audience is Audience.PARTICIPANT
    headings = _headings(plain)
    labels: list[TLP] = [FRAME_TLP]

    entries = m.ENTRIES.where(
        vault, "conference_id = ?", (conf.id,), order="position, created_at, rowid"
    )
    kept = [e for e in entries if entry_allowed(audience, e)]
    labels += [e.tlp for e in kept]
    parts = tuple(
        MinutesPart(
            section=section,
            title=headings[section.value],
            entries=tuple(
                EntryLine(
                    kind=e.kind,
                    text=e.text,
                    tlp=e.tlp,
                    source_agency=look.agency_name(e.source_agency_id),
                    rationale=e.rationale,
                    dissenting_agency=look.agency_name(e.dissenting_agency_id),
                )
                for e in kept
                if e.section is section
            ),
        )
        for section in Section
    )

    reviewed = [
        a
        for a in m.ACTIONS.where(
            vault, "reviewed_in_conference_id = ?", (conf.id,), order="due IS NULL, due"
        )
        if action_allowed(audience, a)
    ]
    agreed = [
        a
        for a in m.ACTIONS.where(
            vault, "conference_id = ?", (conf.id,), order="due IS NULL, due, created_at"
        )
        if action_allowed(audience, a)
    ]

    risk, risk_labels = _risk_line(vault, conf, audience)
    labels += risk_labels

    needs: list[NeedLine] = []
    family: list[FamilyLine] = []
    interventions: list[InterventionLine] = []
    summary = ""
    if records_allowed(audience):
        needs = [
            NeedLine(n.domain, n.level, look.agency_name(n.owner_agency_id), n.status, n.notes)
            for n in m.NEEDS.where(vault, "case_id = ?", (case.id,), order="domain")
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
            for f in m.FAMILY.where(vault, "case_id = ?", (case.id,), order="name")
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
            for i in m.INTERVENTIONS.where(
                vault, "case_id = ?", (case.id,), order="start_date IS NULL, start_date"
            )
        ]
        summary = conf.summary
        if needs or family or interventions or summary.strip():
            labels.append(UNLABELLED_RECORD_TLP)

    tlp = most_restricted(labels)
    return Minutes(
        conference_id=conf.id,
        case_id=case.id,
        audience=audience,
        recipient=recipient.strip(),
        tlp=tlp,
        plain_language=plain,
        case_reference=case.reference,
        subject_name=case.subject_name,
        conference_date=conf.scheduled_for,
        place=conf.place,
        chair=_staff(conf.chair_id, look, audience),
        facilitator=_staff(conf.facilitator_id, look, audience),
        minute_taker=_staff(conf.minute_taker_id, look, audience),
        headings=headings,
        confidentiality=_confidentiality(audience),
        label_meaning=label_meaning(tlp),
        attendance=tuple(_attendee_line(a, look, audience) for a in attendance),
        reviewed_actions=tuple(_action_line(a, look, audience) for a in reviewed),
        parts=parts,
        risk=risk,
        needs=tuple(needs),
        family=tuple(family),
        interventions=tuple(interventions),
        actions=tuple(_action_line(a, look, audience) for a in agreed),
        summary=summary,
        next_conference_date=conf.next_conference_date,
        distribution=_distribution(vault, conf, audience, recipient, attendance, look),
        audit_head_hash=audit.head(vault)[1],
        generated_at=now or model.utcnow(),
        countersigner=_staff(conf.chair_id, look, audience)
        if conf.chair_id != conf.facilitator_id
        else "",
    )


# -- recipients -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecipientOption:
    """Someone the export dialog offers, with the versions they may receive."""

    name: str
    agency: str
    role: AttendeeRole
    status: AttendanceStatus
    default_audience: Audience
    allowed: tuple[Audience, ...]


def recipient_options(vault: Vault, conference_id: str) -> list[RecipientOption]:
    """Everyone invited to the conference, each with the version they should get."""
    conf = get_closed_conference(vault, conference_id)
    look = _lookup(vault)
    attendance = m.ATTENDANCE.where(vault, "conference_id = ?", (conf.id,), order="rowid")
    present = {normalise_name(n) for n in present_professionals(conf, attendance, look)}
    out: list[RecipientOption] = []
    seen: set[str] = set()
    for a in attendance:
        name = _attendee_name(a, look)
        key = normalise_name(name)
        if not name or key in seen:
            continue
        seen.add(key)
        others = (Audience.PARTNERS, Audience.SUMMARY, Audience.PARTICIPANT)
        if a.role.is_lay:
            default = Audience.PARTICIPANT
        elif key in present:
            default = Audience.FULL
        else:
            default = Audience.PARTNERS
        allowed = (Audience.FULL, *others) if key in present else others
        line = _attendee_line(a, look, Audience.FULL)
        out.append(RecipientOption(name, line.agency, a.role, a.status, default, allowed))
    return out


# -- the disclosure log ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IssuedMinutes:
    """One copy of the minutes given to one recipient (a row of ``minutes_issued``)."""

    conference_id: str
    case_id: str
    audience: str
    recipient: str
    tlp: str
    sha256: str
    audit_head_hash: str
    issued_at: datetime = field(default_factory=model.utcnow)
    signed_by: str = ""
    signer_fingerprint: str = ""
    id: str = field(default_factory=model.new_id)


ISSUED = Table(IssuedMinutes, "minutes_issued")


def issued_minutes(vault: Vault, conference_id: str | None = None) -> list[IssuedMinutes]:
    if conference_id is None:
        return ISSUED.where(vault, order="issued_at, rowid")
    return ISSUED.where(vault, "conference_id = ?", (conference_id,), order="issued_at, rowid")


# -- rendering, signing, exporting ----------------------------------------------------------


def render(minutes: Minutes) -> RenderedPdf:
    from caseconf_desktop.export import pdf

    return pdf.render_minutes(minutes)


def preview(vault: Vault, conference_id: str, audience: Audience | str, recipient: str) -> bytes:
    """The unsigned PDF exactly as it will be signed, for a look before signing.

    Nothing is recorded: a preview is not a disclosure.
    """
    minutes = build_minutes(vault, conference_id, audience, recipient)
    ident = identity.active_identity(vault)
    if ident is not None:
        minutes = replace(minutes, signer=ident.display_name)
    return render(minutes).data


@dataclass(frozen=True, slots=True)
class ExportRequest:
    audience: Audience
    recipient: str
    path: Path


def export_minutes(
    vault: Vault,
    conference_id: str,
    audience: Audience | str,
    recipient: str,
    out: Path,
    *,
    sign: bool = True,
) -> IssuedMinutes:
    """Render, sign and write one copy; record who received which version.

    The file is written (atomically) inside the transaction that records it, so either
    both the file and its disclosure-log row exist afterwards, or neither does.
    """
    from caseconf_desktop.services.files import atomic_write_bytes

    minutes = build_minutes(vault, conference_id, audience, recipient)
    ident = identity.require_identity(vault) if sign else None
    if ident is not None:
        minutes = replace(minutes, signer=ident.display_name, audit_head_hash=audit.head(vault)[1])
    rendered = render(minutes)
    data = rendered.data
    if ident is not None:
        from caseconf_desktop.export import signing

        data = signing.sign_pdf(
            data,
            key_pem=ident.key_pem,
            cert_pem=ident.cert_pem,
            chain_pem=ident.chain_pem,
            boxes=rendered.signature_boxes,
            reason=_tr("Minutes of a multi-agency case conference"),
            location=minutes.place,
        )
    digest = hashlib.sha256(data).hexdigest()
    issued = IssuedMinutes(
        conference_id=minutes.conference_id,
        case_id=minutes.case_id,
        audience=minutes.audience.value,
        recipient=minutes.recipient,
        tlp=minutes.tlp.value,
        sha256=digest,
        audit_head_hash=minutes.audit_head_hash,
        signed_by=ident.subject if ident else "",
        signer_fingerprint=ident.fingerprint if ident else "",
    )
    with vault.transaction():
        ISSUED.upsert(vault, issued)
        # Content-free: the recipient's name lives in the disclosure log, not here.
        audit.append(
            vault,
            "minutes.exported",
            "conference",
            minutes.conference_id,
            case_id=minutes.case_id,
            detail={
                "issue_id": issued.id,
                "audience": issued.audience,
                "tlp": issued.tlp,
                "sha256": digest,
                "signed": "yes" if ident else "no",
            },
        )
        atomic_write_bytes(Path(out), data)
    return issued


Progress = Callable[[int, int, str], None]


def export_batch(
    vault: Vault,
    conference_id: str,
    requests: Iterable[ExportRequest],
    *,
    sign: bool = True,
    progress: Progress | None = None,
) -> list[IssuedMinutes]:
    """One signed PDF per request, for the export dialog's progress bar.

    ``progress(done, total, recipient)`` is called after each file. Every request is
    checked before the first file is written, so a refused ``full`` copy stops the batch
    before anything is issued.
    """
    todo = list(requests)
    for r in todo:
        build_minutes(vault, conference_id, r.audience, r.recipient)
    out: list[IssuedMinutes] = []
    for n, r in enumerate(todo, 1):
        out.append(export_minutes(vault, conference_id, r.audience, r.recipient, r.path, sign=sign))
        if progress is not None:
            progress(n, len(todo), r.recipient)
    return out


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise errors.InvalidInput(_tr("Cannot read {path}.").format(path=path)) from exc


def verify_file(vault: Vault, path: Path) -> VerificationReport:
    """Check a received PDF against this vault's trusted signer certificates."""
    from caseconf_desktop.export import verify

    data = _read(path)
    return verify.verify_pdf(data, identity.trusted_pems(vault))


def countersign_file(vault: Vault, source: Path, out: Path | None = None) -> VerificationReport:
    """Add this vault's signature (the chair's) to signed minutes, as an incremental update.

    Refuses a document that is altered or unsigned. Writes ``out`` (default: in place)
    atomically and returns the verification of the countersigned file.
    """
    from caseconf_desktop.export import signing, verify
    from caseconf_desktop.services.files import atomic_write_bytes

    data = _read(source)
    before = verify.verify_pdf(data, identity.trusted_pems(vault))
    if before.verdict is verify.Verdict.INVALID:
        raise errors.InvalidInput(
            _tr("{path} cannot be countersigned: {problem}").format(
                path=source, problem=before.summary
            )
        )
    ident = identity.require_identity(vault)
    signed = signing.countersign_pdf(
        data,
        key_pem=ident.key_pem,
        cert_pem=ident.cert_pem,
        chain_pem=ident.chain_pem,
        reason=_tr("Countersigned by the chair"),
    )
    old = hashlib.sha256(data).hexdigest()
    new = hashlib.sha256(signed).hexdigest()
    issue = ISSUED.where(vault, "sha256 = ?", (old,))
    with vault.transaction():
        audit.append(
            vault,
            "minutes.countersigned",
            "minutes_issued" if issue else "file",
            issue[0].id if issue else old,
            case_id=issue[0].case_id if issue else None,
            detail={"sha256": new, "previous_sha256": old},
        )
        atomic_write_bytes(Path(out or source), signed)
    return verify.verify_pdf(signed, identity.trusted_pems(vault))

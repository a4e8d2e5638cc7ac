"""The conference lifecycle: prepare, run (section by section), review actions, close.

Each function is one transaction with its audit rows, so the agenda runner can call them
from its autosave without ever leaving the vault half-written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain import disclosure, model, rules
from caseconf_desktop.domain import minutes as minutes_doc
from caseconf_desktop.domain.agenda import AgendaTemplate
from caseconf_desktop.domain.changes import Changes
from caseconf_desktop.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    AttendeeRole,
    ConferenceStatus,
    EntryKind,
    NotDoneReason,
    Section,
)
from caseconf_desktop.services import casefile, templates
from caseconf_desktop.storage import audit, case_records
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault

_t = i18n.tr_in("Conferences")


@dataclass(frozen=True, slots=True)
class Invitee:
    """Someone invited: a professional (person_id) or a lay participant (name + role)."""

    person_id: str | None = None
    name: str = ""
    role: AttendeeRole = AttendeeRole.PROFESSIONAL
    agency_id: str | None = None


def prepare(
    vault: Vault,
    case_id: str,
    scheduled_for: datetime,
    *,
    place: str = "",
    template_id: str = "default",
    chair_id: str | None,
    facilitator_id: str | None,
    minute_taker_id: str | None,
    invitees: list[Invitee] | tuple[Invitee, ...] = (),
) -> model.Conference:
    """Plan a conference. Open actions from earlier conferences are reviewed in it."""
    templates.load(template_id)
    conf = model.Conference(
        case_id=case_id,
        scheduled_for=scheduled_for,
        place=place,
        template=template_id,
        chair_id=chair_id,
        facilitator_id=facilitator_id,
        minute_taker_id=minute_taker_id,
    )
    problems = rules.check_conference(conf)
    if problems:
        raise casefile.RuleViolation(problems)
    people = casefile.directory(vault).people
    roles = {chair_id: AttendeeRole.CHAIR, minute_taker_id: AttendeeRole.MINUTE_TAKER}
    roles.setdefault(facilitator_id, AttendeeRole.FACILITATOR)
    seen: set[str] = set()
    rows: list[model.Attendance] = []
    for pid, role in roles.items():
        if pid and pid not in seen:
            seen.add(pid)
            rows.append(_attendance(conf.id, people, pid, role))
    for inv in invitees:
        if inv.person_id and inv.person_id in seen:
            continue
        if inv.person_id:
            seen.add(inv.person_id)
            rows.append(_attendance(conf.id, people, inv.person_id, inv.role))
        else:
            rows.append(
                model.Attendance(
                    conference_id=conf.id,
                    name=inv.name,
                    role=inv.role,
                    agency_id=inv.agency_id,
                )
            )
    with vault.transaction():
        m.CONFERENCES.upsert(vault, conf)
        m.ATTENDANCE.upsert_many(vault, rows)
        audit.append(vault, "conference.prepared", "conference", conf.id, case_id=case_id)
    return conf


def _attendance(
    conf_id: str, people: dict[str, model.Person], person_id: str, role: AttendeeRole
) -> model.Attendance:
    person = people.get(person_id)
    return model.Attendance(
        conference_id=conf_id,
        person_id=person_id,
        name=person.name if person else "",
        agency_id=person.agency_id if person else None,
        role=role,
    )


def actions_for_review(vault: Vault, conference: model.Conference) -> list[model.Action]:
    """Actions from earlier conferences of the case that are open or reviewed here."""
    return case_records.actions_for_review(
        vault, conference.case_id, conference.id, _created_before(conference)
    )


def _created_before(conference: model.Conference) -> str:
    moment = conference.started_at or model.utcnow()
    return moment.isoformat()


@dataclass(frozen=True, slots=True)
class RunnerState:
    """Everything the agenda runner shows, as one immutable snapshot."""

    conference: model.Conference
    case: model.Case
    template: AgendaTemplate
    directory: casefile.Directory
    attendance: list[model.Attendance]
    entries: list[model.Entry]
    review_actions: list[model.Action]
    new_actions: list[model.Action]
    risk: model.RiskAssessment | None
    previous_risk: model.RiskAssessment | None
    needs: list[model.Need]
    family: list[model.FamilyMember]
    interventions: list[model.Intervention]
    goals: list[model.Goal]
    drafts: list[model.Draft] = dataclasses.field(default_factory=list)

    @property
    def lay_in_room(self) -> bool:
        """Subject or family in the room: the screen shows only what the policy allows."""
        return disclosure.lay_in_room((a.role, a.in_room) for a in self.attendance)

    @property
    def room(self) -> disclosure.Room:
        """Which lay versions' readers are in the room now (the subject's, the family's)."""
        return disclosure.room((a.role, a.in_room) for a in self.attendance)


def get_conference(vault: Vault, conference_id: str) -> model.Conference:
    conf = m.CONFERENCES.get(vault, conference_id)
    if conf is None:
        raise errors.NotFound(_t("There is no conference with id {id}.").format(id=conference_id))
    return conf


def _risks(
    vault: Vault, conf: model.Conference, case_id: str
) -> tuple[model.RiskAssessment | None, model.RiskAssessment | None]:
    """This conference's risk assessment, and the latest one before it."""
    risks = case_records.risks_of_case(vault, case_id)
    current = next((r for r in risks if r.conference_id == conf.id), None)
    earlier = [r for r in risks if r.conference_id != conf.id and r is not current]
    return current, earlier[-1] if earlier else None


def runner_state(vault: Vault, conference_id: str) -> RunnerState:
    conf = get_conference(vault, conference_id)
    case = m.CASES.get(vault, conf.case_id)
    assert case is not None  # foreign key
    current, previous = _risks(vault, conf, case.id)
    return RunnerState(
        conference=conf,
        case=case,
        template=templates.load(conf.template),
        directory=casefile.directory(vault),
        attendance=case_records.attendance_of_conference(vault, conf.id),
        entries=case_records.entries_of_conference(vault, conf.id),
        review_actions=actions_for_review(vault, conf),
        new_actions=case_records.actions_agreed_at(vault, conf.id),
        risk=current,
        previous_risk=previous,
        needs=case_records.needs_of_case(vault, case.id),
        family=case_records.family_of_case(vault, case.id),
        interventions=case_records.interventions_of_case(vault, case.id),
        goals=case_records.goals_of_case(vault, case.id),
        drafts=case_records.drafts_of_conference(vault, conf.id),
    )


def runner_parts(
    vault: Vault, conf: model.Conference, case: model.Case, changes: Changes
) -> dict[str, Any]:
    """The parts of the runner's snapshot that ``changes`` touched, read again.

    After a typical write (an entry added, a risk rated, one attendee marked) this is one
    or two queries instead of the dozen of :func:`runner_state`. Apply the result with
    ``dataclasses.replace(state, **parts)`` to the newest snapshot.
    """
    parts: dict[str, Any] = {}
    if changes.touches("conferences"):
        conf = parts["conference"] = get_conference(vault, conf.id)
    if changes.touches("cases"):
        found = m.CASES.get(vault, case.id)
        assert found is not None  # foreign key
        parts["case"] = found
    if changes.touches("agencies", "people"):
        parts["directory"] = casefile.directory(vault)
    if changes.touches("attendance"):
        parts["attendance"] = case_records.attendance_of_conference(vault, conf.id)
    if changes.touches("entries"):
        parts["entries"] = case_records.entries_of_conference(vault, conf.id)
    if changes.touches("actions", "conferences"):
        parts["review_actions"] = actions_for_review(vault, conf)
        parts["new_actions"] = case_records.actions_agreed_at(vault, conf.id)
    if changes.touches("risk_assessments"):
        parts["risk"], parts["previous_risk"] = _risks(vault, conf, case.id)
    lists = {
        "needs": case_records.needs_of_case,
        "family_members": case_records.family_of_case,
        "interventions": case_records.interventions_of_case,
        "goals": case_records.goals_of_case,
    }
    for table, read in lists.items():
        if changes.touches(table):
            parts["family" if table == "family_members" else table] = read(vault, case.id)
    return parts


def start(vault: Vault, conference_id: str) -> model.Conference:
    """Begin (or resume) running a conference."""
    conf = get_conference(vault, conference_id)
    if conf.status is ConferenceStatus.CLOSED:
        raise errors.InvalidInput(_t("This conference is closed; it cannot be run again."))
    if conf.status is ConferenceStatus.IN_PROGRESS:
        return conf
    template = templates.load(conf.template)
    conf = dataclasses.replace(
        conf,
        status=ConferenceStatus.IN_PROGRESS,
        started_at=model.utcnow(),
        current_section=template.sections[0].section,
    )
    with vault.transaction():
        m.CONFERENCES.upsert(vault, conf)
        audit.append(vault, "conference.started", "conference", conf.id, case_id=conf.case_id)
    return conf


def goto_section(vault: Vault, conference_id: str, section: Section) -> model.Conference:
    conf = dataclasses.replace(get_conference(vault, conference_id), current_section=section)
    with vault.transaction():
        m.CONFERENCES.upsert(vault, conf)
    return conf


def save_draft(vault: Vault, draft: model.Draft) -> model.Draft | None:
    """Autosave: keep what is being typed, crash-safe. An emptied draft is discarded.

    A draft is not a record of the conference: no audit row, no search index, no bundle.
    Returns the draft kept, or None when it was discarded.
    """
    with vault.transaction():
        if draft.is_empty:
            m.DRAFTS.delete(vault, draft.id)
            return None
        m.DRAFTS.upsert(vault, dataclasses.replace(draft, updated_at=model.utcnow()))
    return draft


def discard_draft(vault: Vault, draft_id: str) -> None:
    with vault.transaction():
        m.DRAFTS.delete(vault, draft_id)


def entry_from_draft(
    draft: model.Draft, position: int, previous: model.Entry | None
) -> model.Entry:
    """The entry a draft becomes: a new one, or the edited entry with its identity kept."""
    base = previous or model.Entry(
        conference_id=draft.conference_id, section=draft.section, text="", position=position
    )
    return dataclasses.replace(
        base,
        text=draft.text.strip(),
        kind=draft.kind,
        tlp=draft.tlp,
        source_agency_id=draft.source_agency_id,
        shareable_with_subject=draft.shareable_with_subject,
        shareable_with_family=draft.shareable_with_family,
        rationale=draft.rationale.strip() if draft.kind is EntryKind.DECISION else "",
        dissenting_agency_id=draft.dissenting_agency_id
        if draft.kind is EntryKind.DISSENT
        else None,
    )


def add_entry(vault: Vault, draft: model.Draft) -> model.Entry:
    """Ctrl+Enter: the draft becomes an entry (checked and audited) and the draft goes."""
    previous = m.ENTRIES.get(vault, draft.entry_id) if draft.entry_id else None
    position = case_records.entries_in_section(vault, draft.conference_id, draft.section.value)
    entry = entry_from_draft(draft, position, previous)
    if not entry.text:
        raise casefile.RuleViolation({"text": _t("Write something first.")})
    problems = rules.check_entry(entry)
    if problems:
        raise casefile.RuleViolation(problems)
    with vault.transaction():
        casefile.save_record(vault, entry)
        m.DRAFTS.delete(vault, draft.id)
    return entry


def delete_entry(vault: Vault, entry_id: str) -> model.Entry | None:
    """Remove an added entry (audited); returns it so that the deletion can be undone."""
    entry = m.ENTRIES.get(vault, entry_id)
    if entry is not None:
        casefile.delete_record(vault, entry)
    return entry


def restore_entry(vault: Vault, entry: model.Entry) -> model.Entry:
    """Undo of a deletion or an edit: the entry as it was (audited)."""
    casefile.save_record(vault, entry, check=False)
    return entry


def set_attendance_status(
    vault: Vault, attendance_id: str, status: AttendanceStatus
) -> model.Attendance | None:
    """Present, sent apologies, absent: someone not present is not in the room either."""
    att = m.ATTENDANCE.get(vault, attendance_id)
    if att is None:
        return None
    in_room = att.in_room and status is AttendanceStatus.PRESENT
    saved: model.Attendance = casefile.save_record(
        vault, dataclasses.replace(att, status=status, in_room=in_room)
    )
    return saved


def set_in_room(vault: Vault, attendance_id: str, in_room: bool) -> model.Attendance:
    """Mark who is in the room now; lay participants' sections are recorded as they come."""
    att = m.ATTENDANCE.get(vault, attendance_id)
    if att is None:
        raise errors.NotFound(_t("That attendee is no longer on the list."))
    sections = att.sections
    if in_room and disclosure.is_lay(att.role):
        conf = get_conference(vault, att.conference_id)
        if conf.current_section and conf.current_section not in sections:
            sections = (*sections, conf.current_section)
    att = dataclasses.replace(
        att,
        in_room=in_room,
        sections=sections,
        status=AttendanceStatus.PRESENT if in_room else att.status,
    )
    casefile.save_record(vault, att)
    return att


def enter_section_with_lay_people(vault: Vault, conference_id: str, section: Section) -> None:
    """When the agenda moves on, lay people still in the room attend the new section too."""
    rows = case_records.in_room(vault, conference_id)
    changed = [
        dataclasses.replace(a, sections=(*a.sections, section))
        for a in rows
        if disclosure.is_lay(a.role) and section not in a.sections
    ]
    if changed:
        with vault.transaction():
            m.ATTENDANCE.upsert_many(vault, changed)


def review_action(
    vault: Vault,
    action_id: str,
    conference_id: str,
    outcome: ActionStatus,
    *,
    reason: NotDoneReason | None = None,
    note: str = "",
    carry_forward_due: date | None = None,
) -> tuple[model.Action, model.Action | None]:
    """Record done / not done (with its reason); optionally carry it forward as a new action."""
    action = m.ACTIONS.get(vault, action_id)
    if action is None:
        raise errors.NotFound(_t("That action no longer exists."))
    if outcome is ActionStatus.NOT_DONE and reason is None:
        raise casefile.RuleViolation(
            {
                "not_done_reason": _t(
                    "Say why it was not done: change of circumstances, or the agency did not act."
                )
            }
        )
    carried: model.Action | None = None
    if carry_forward_due is not None:
        carried = model.Action(
            case_id=action.case_id,
            description=action.description,
            conference_id=conference_id,
            owner_person_id=action.owner_person_id,
            owner_agency_id=action.owner_agency_id,
            due=carry_forward_due,
            carried_forward_from_id=action.id,
            for_subject=action.for_subject,
        )
    reviewed = dataclasses.replace(
        action,
        status=outcome,
        not_done_reason=reason if outcome is ActionStatus.NOT_DONE else None,
        review_note=note,
        reviewed_in_conference_id=conference_id,
    )
    with vault.transaction():
        casefile.save_record(vault, reviewed, check=False)
        if carried is not None:
            casefile.save_record(vault, carried)
    return reviewed, carried


@dataclass(frozen=True, slots=True)
class Gap:
    """Something missing from the record that the chair confirms before closing."""

    code: str
    text: str


@dataclass(frozen=True, slots=True)
class ClosingSummary:
    """What the close view shows and the minutes start from."""

    conference: model.Conference
    decisions: list[model.Entry]
    dissent: list[model.Entry]
    new_actions: list[model.Action]
    risk: model.RiskAssessment | None
    previous_risk: model.RiskAssessment | None
    unrecorded: list[str]  # invitees whose attendance is not recorded: closing waits for them
    gaps: list[Gap]  # the completeness check: each confirmed by the chair

    @property
    def problems(self) -> list[str]:
        return [*self._unrecorded_text(), *(g.text for g in self.gaps)]

    def _unrecorded_text(self) -> list[str]:
        if not self.unrecorded:
            return []
        return [
            _t("Attendance is not recorded for: {names}.").format(names=", ".join(self.unrecorded))
        ]


def _gaps(state: RunnerState, next_conference_date: date | None) -> list[Gap]:
    conf = dataclasses.replace(state.conference, next_conference_date=next_conference_date)
    risks = [r for r in (state.previous_risk, state.risk) if r is not None]
    gaps = [Gap(code, text) for code, text in minutes_doc.completeness(conf, state.entries, risks)]
    if any(a.status is ActionStatus.OPEN for a in state.review_actions):
        gaps.append(Gap("review", _t("Some previous actions have not been reviewed yet.")))
    if any(rules.check_action(a) for a in state.new_actions):
        gaps.append(Gap("action_owner", _t("An action has no owner or no due date.")))
    return gaps


def _unrecorded(state: RunnerState) -> list[str]:
    names = []
    for a in state.attendance:
        if not a.status.is_recorded:
            names.append(a.name or state.directory.person_name(a.person_id) or _t("someone"))
    return names


def closing_summary(
    vault: Vault, conference_id: str, next_conference_date: date | None = None
) -> ClosingSummary:
    state = runner_state(vault, conference_id)
    proposed = next_conference_date or state.conference.next_conference_date
    return ClosingSummary(
        conference=state.conference,
        decisions=[e for e in state.entries if e.kind is EntryKind.DECISION],
        dissent=[e for e in state.entries if e.kind is EntryKind.DISSENT],
        new_actions=state.new_actions,
        risk=state.risk,
        previous_risk=state.previous_risk,
        unrecorded=_unrecorded(state),
        gaps=_gaps(state, proposed),
    )


def close(
    vault: Vault,
    conference_id: str,
    *,
    next_conference_date: date | None,
    summary: str = "",
    acknowledged: Collection[str] | None = None,
) -> model.Conference:
    """Close the conference: the record is then what minutes are built from.

    Refused while anyone's attendance is not recorded, and while a gap of the completeness
    check is not in ``acknowledged`` (the chair's confirmations; ``None`` confirms all,
    for scripts that have shown the gaps themselves). The minutes say "not recorded" where
    a confirmed gap remains.
    """
    conf = get_conference(vault, conference_id)
    if conf.status is ConferenceStatus.CLOSED:
        raise errors.InvalidInput(_t("This conference is already closed."))
    check = closing_summary(vault, conference_id, next_conference_date)
    if check.unrecorded:
        raise casefile.RuleViolation({"attendance": check.problems[0]})
    open_gaps = [g for g in check.gaps if acknowledged is not None and g.code not in acknowledged]
    if open_gaps:
        raise casefile.RuleViolation(
            {"completeness": _t("Confirm before closing: {gap}").format(gap=open_gaps[0].text)}
        )
    conf = dataclasses.replace(
        conf,
        status=ConferenceStatus.CLOSED,
        closed_at=model.utcnow(),
        next_conference_date=next_conference_date,
        summary=summary,
        current_section=None,
    )
    with vault.transaction():
        m.CONFERENCES.upsert(vault, conf)
        case_records.clear_room(vault, conf.id)
        audit.append(vault, "conference.closed", "conference", conf.id, case_id=conf.case_id)
    return conf


def interrupted(vault: Vault) -> list[model.Conference]:
    """Conferences left in progress (a crash, a power cut, an auto-lock)."""
    return case_records.conferences_in_progress(vault)


@dataclass(frozen=True, slots=True)
class ActionRow:
    action: model.Action
    case_reference: str
    owner: str
    agency: str
    overdue: bool


def open_actions(vault: Vault, today: date | None = None) -> list[ActionRow]:
    """All open actions across cases, overdue first, then by due date."""
    today = today or date.today()
    out = [
        ActionRow(r.action, r.case_reference, r.owner, r.agency, r.action.is_overdue(today))
        for r in case_records.open_actions(vault)
    ]
    out.sort(key=lambda r: not r.overdue)  # stable: overdue first, each group by due date
    return out

"""Reading a case file's records: what the case file, the agenda runner and minutes ask for.

Each function names what it returns and in which order, so that the services above never
hold a clause or an ``ORDER BY`` of their own. Writes go through the tables in
:mod:`caseconf_desktop.storage.mapping` (``upsert``, ``delete``); the few statements that
are not one record's upsert live here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from caseconf_desktop.domain import model
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault

_BY_CASE = "case_id = ?"
_BY_CONFERENCE = "conference_id = ?"


# -- the directory --------------------------------------------------------------------------


def agencies(vault: Vault) -> list[model.Agency]:
    """Every agency, by name."""
    return m.AGENCIES.where(vault, order="name")


def people(vault: Vault) -> list[model.Person]:
    """Every person, by name."""
    return m.PEOPLE.where(vault, order="name")


def agencies_named(vault: Vault, names: Iterable[str]) -> list[model.Agency]:
    """The agencies with one of these names."""
    wanted = list(names)
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    return m.AGENCIES.where(vault, f"name IN ({marks})", wanted)


def people_of_agency(vault: Vault, agency_id: str) -> list[model.Person]:
    """The people of one agency, as recorded."""
    return m.PEOPLE.where(vault, "agency_id = ?", (agency_id,))


def person_names(vault: Vault) -> dict[str, str]:
    """Every person's name by id (for showing who did what)."""
    return {str(pid): str(name) for pid, name in vault.query("SELECT id, name FROM people")}


# -- cases ----------------------------------------------------------------------------------


def case_references(vault: Vault) -> dict[str, str]:
    """Every case's reference by case id."""
    return {str(cid): str(ref) for cid, ref in vault.query("SELECT id, reference FROM cases")}


def case_references_starting(vault: Vault, prefix: str) -> list[str]:
    """The references in use that start with ``prefix`` (taken literally, case-sensitive)."""
    escaped = re.sub(r"([\\%_])", r"\\\1", prefix)
    rows = vault.query(
        "SELECT reference FROM cases WHERE reference LIKE ? ESCAPE '\\'", (escaped + "%",)
    )
    # LIKE ignores the case of ASCII letters; a reference is matched exactly.
    return [str(r[0]) for r in rows if str(r[0]).startswith(prefix)]


def case_of_conference(vault: Vault, conference_id: str) -> str | None:
    """The id of the case a conference belongs to (None if there is no such conference)."""
    value = vault.scalar("SELECT case_id FROM conferences WHERE id = ?", (conference_id,))
    return str(value) if value else None


def exists(vault: Vault, table: m.Table[Any], record_id: str) -> bool:
    """Whether ``table`` holds a record with this id."""
    return bool(vault.scalar(f"SELECT 1 FROM {table.name} WHERE id = ?", (record_id,)))


# -- one case's file ------------------------------------------------------------------------


def responsibilities_of_case(
    vault: Vault, case_id: str, *, as_recorded: bool = False
) -> list[model.Responsibility]:
    """The responsibility matrix, by domain (or in the order the rows were recorded)."""
    return m.RESPONSIBILITIES.where(
        vault, _BY_CASE, (case_id,), order="" if as_recorded else "domain"
    )


def goals_of_case(vault: Vault, case_id: str) -> list[model.Goal]:
    """The case's goals, in their agreed order."""
    return m.GOALS.where(vault, _BY_CASE, (case_id,), order="position, rowid")


def family_of_case(vault: Vault, case_id: str) -> list[model.FamilyMember]:
    """Family members, by name."""
    return m.FAMILY.where(vault, _BY_CASE, (case_id,), order="name")


def consents_of_case(vault: Vault, case_id: str) -> list[model.Consent]:
    """Consent records, newest first."""
    return m.CONSENTS.where(vault, _BY_CASE, (case_id,), order="recorded_on DESC")


def risks_of_case(vault: Vault, case_id: str) -> list[model.RiskAssessment]:
    """Risk assessments, oldest first."""
    return m.RISKS.where(vault, _BY_CASE, (case_id,), order="assessed_on, rowid")


def needs_of_case(vault: Vault, case_id: str) -> list[model.Need]:
    """Needs, by domain."""
    return m.NEEDS.where(vault, _BY_CASE, (case_id,), order="domain")


def interventions_of_case(
    vault: Vault, case_id: str, *, undated_last: bool = False
) -> list[model.Intervention]:
    """Interventions by start date; those without one first, or last with ``undated_last``."""
    order = "start_date IS NULL, start_date" if undated_last else "start_date"
    return m.INTERVENTIONS.where(vault, _BY_CASE, (case_id,), order=order)


def actions_of_case(vault: Vault, case_id: str) -> list[model.Action]:
    """Every action of the case, by due date (those without one last)."""
    return m.ACTIONS.where(vault, _BY_CASE, (case_id,), order="due IS NULL, due")


def conferences_of_case(vault: Vault, case_id: str) -> list[model.Conference]:
    """The case's conferences, the latest scheduled first."""
    return m.CONFERENCES.where(vault, _BY_CASE, (case_id,), order="scheduled_for DESC")


# -- one conference -------------------------------------------------------------------------


def attendance_of_conference(vault: Vault, conference_id: str) -> list[model.Attendance]:
    """Everyone invited, in the order they were added."""
    return m.ATTENDANCE.where(vault, _BY_CONFERENCE, (conference_id,), order="rowid")


def in_room(vault: Vault, conference_id: str) -> list[model.Attendance]:
    """The attendees marked as in the room now."""
    return m.ATTENDANCE.where(vault, "conference_id = ? AND in_room = 1", (conference_id,))


def clear_room(vault: Vault, conference_id: str) -> None:
    """Mark nobody as in the room any more (when the conference closes)."""
    vault.execute("UPDATE attendance SET in_room = 0 WHERE conference_id = ?", (conference_id,))


def entries_of_conference(vault: Vault, conference_id: str) -> list[model.Entry]:
    """The record of a conference, by position in its section, then as written."""
    return m.ENTRIES.where(
        vault, _BY_CONFERENCE, (conference_id,), order="position, created_at, rowid"
    )


def entries_in_section(vault: Vault, conference_id: str, section: str) -> int:
    """How many entries one section of a conference holds."""
    return m.ENTRIES.count(vault, "conference_id = ? AND section = ?", (conference_id, section))


def drafts_of_conference(vault: Vault, conference_id: str) -> list[model.Draft]:
    """The drafts being typed, oldest change first."""
    return m.DRAFTS.where(vault, _BY_CONFERENCE, (conference_id,), order="updated_at, rowid")


def actions_agreed_at(
    vault: Vault, conference_id: str, *, by_due: bool = False
) -> list[model.Action]:
    """The actions a conference agreed, as agreed (or by due date, those without one last)."""
    order = "due IS NULL, due, created_at" if by_due else "created_at"
    return m.ACTIONS.where(vault, _BY_CONFERENCE, (conference_id,), order=order)


def actions_reviewed_at(vault: Vault, conference_id: str) -> list[model.Action]:
    """The actions a conference reviewed, by due date (those without one last)."""
    return m.ACTIONS.where(
        vault, "reviewed_in_conference_id = ?", (conference_id,), order="due IS NULL, due"
    )


def actions_for_review(
    vault: Vault, case_id: str, conference_id: str, created_before: str
) -> list[model.Action]:
    """Actions of the case from other conferences, created before ``created_before`` (ISO
    8601), that are still open or were reviewed in this conference; by due date."""
    return m.ACTIONS.where(
        vault,
        "case_id = ? AND (conference_id IS NULL OR conference_id != ?) "
        "AND (status = 'open' OR reviewed_in_conference_id = ?) "
        "AND created_at < ?",
        (case_id, conference_id, conference_id, created_before),
        order="due IS NULL, due",
    )


def conferences_in_progress(vault: Vault) -> list[model.Conference]:
    """Conferences left running, the latest started first."""
    return m.CONFERENCES.where(vault, "status = 'in_progress'", order="started_at DESC")


# -- across cases ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenAction:
    """An open action with the names it is shown with."""

    action: model.Action
    case_reference: str
    owner: str  # the owner's name, "" if none
    agency: str  # the owning agency's name, "" if none


def open_actions(vault: Vault) -> list[OpenAction]:
    """Every open action across cases, by due date (those without one last)."""
    rows = vault.query(
        f"SELECT {', '.join('x.' + c for c in m.ACTIONS.columns)}, c.reference, "
        "coalesce(p.name, ''), coalesce(a.name, '') "
        "FROM actions x JOIN cases c ON c.id = x.case_id "
        "LEFT JOIN people p ON p.id = x.owner_person_id "
        "LEFT JOIN agencies a ON a.id = x.owner_agency_id "
        "WHERE x.status = 'open' ORDER BY x.due IS NULL, x.due",
    )
    n = len(m.ACTIONS.columns)
    return [OpenAction(m.ACTIONS.from_row(row[:n]), row[n], row[n + 1], row[n + 2]) for row in rows]


# -- glossary and audit ---------------------------------------------------------------------


def glossary_keys(vault: Vault) -> set[tuple[str, str]]:
    """The (term, language) pairs the glossary holds."""
    return {(str(t), str(lang)) for t, lang in vault.query("SELECT term, language FROM glossary")}


def latest_audit_row(vault: Vault) -> tuple[str, str] | None:
    """(action, object id) of the newest audit row; None for an empty log."""
    rows = vault.query("SELECT action, object_id FROM audit_log ORDER BY seq DESC LIMIT 1")
    return (str(rows[0][0]), str(rows[0][1])) if rows else None

"""The case file: loading everything held on one case, and saving its records.

Every save is one transaction with its audit row. Saving goes through one generic path
(``save_record``) keyed on the record's type, so the GUI's editors and undo commands
share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors
from caseconf_desktop.domain import model, rules
from caseconf_desktop.domain.directory import Directory
from caseconf_desktop.storage import audit, case_records, issued, sync_store
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault

TABLES: dict[type, m.Table[Any]] = {
    model.Agency: m.AGENCIES,
    model.Person: m.PEOPLE,
    model.Case: m.CASES,
    model.Responsibility: m.RESPONSIBILITIES,
    model.Goal: m.GOALS,
    model.FamilyMember: m.FAMILY,
    model.Consent: m.CONSENTS,
    model.Conference: m.CONFERENCES,
    model.Attendance: m.ATTENDANCE,
    model.Entry: m.ENTRIES,
    model.RiskAssessment: m.RISKS,
    model.Need: m.NEEDS,
    model.Intervention: m.INTERVENTIONS,
    model.Action: m.ACTIONS,
    model.GlossaryTerm: m.GLOSSARY,
}

_CHECKS: dict[type, Any] = {
    model.Case: rules.check_case,
    model.Action: rules.check_action,
    model.Entry: rules.check_entry,
}


class RuleViolation(errors.InvalidInput):
    """A record breaks a practice rule; ``problems`` maps field names to messages."""

    def __init__(self, problems: rules.Problems) -> None:
        super().__init__(next(iter(problems.values())))
        self.problems = problems


def directory(vault: Vault) -> Directory:
    agencies = {a.id: a for a in case_records.agencies(vault)}
    people = {p.id: p for p in case_records.people(vault)}
    return Directory(agencies, people)


@dataclass(frozen=True, slots=True)
class CaseFile:
    case: model.Case
    responsibilities: list[model.Responsibility]
    goals: list[model.Goal]
    family: list[model.FamilyMember]
    consents: list[model.Consent]
    risks: list[model.RiskAssessment]
    needs: list[model.Need]
    interventions: list[model.Intervention]
    actions: list[model.Action]
    conferences: list[model.Conference]


def get_case(vault: Vault, case_id: str) -> model.Case | None:
    return m.CASES.get(vault, case_id)


def glossary(vault: Vault) -> list[model.GlossaryTerm]:
    """The shared terms (PRODUCT: shared goals and terminology), alphabetically."""
    return m.GLOSSARY.where(vault, order="term")


def load_case_file(vault: Vault, case_id: str, *, record_view: bool = True) -> CaseFile:
    case = m.CASES.get(vault, case_id)
    if case is None:
        raise errors.NotFound(
            QCoreApplication.translate("CaseFile", "That case no longer exists in this vault.")
        )
    cf = CaseFile(
        case=case,
        responsibilities=case_records.responsibilities_of_case(vault, case_id),
        goals=case_records.goals_of_case(vault, case_id),
        family=case_records.family_of_case(vault, case_id),
        consents=case_records.consents_of_case(vault, case_id),
        risks=case_records.risks_of_case(vault, case_id),
        needs=case_records.needs_of_case(vault, case_id),
        interventions=case_records.interventions_of_case(vault, case_id),
        actions=case_records.actions_of_case(vault, case_id),
        conferences=case_records.conferences_of_case(vault, case_id),
    )
    if record_view:
        with vault.transaction():
            audit.append(vault, "case.viewed", "case", case_id, case_id=case_id)
    return cf


def case_id_of(vault: Vault, record: Any) -> str | None:
    """The case a record belongs to (directly, or through its conference)."""
    if isinstance(record, model.Case):
        return record.id
    cid = getattr(record, "case_id", None)
    if cid:
        return str(cid)
    conf_id = getattr(record, "conference_id", None)
    if conf_id:
        return case_records.case_of_conference(vault, str(conf_id))
    return None


def save_record(vault: Vault, record: Any, *, check: bool = True) -> Any:
    """Insert or update one record and audit it, in one transaction."""
    table = TABLES[type(record)]
    if check and type(record) in _CHECKS:
        problems = _CHECKS[type(record)](record)
        if problems:
            raise RuleViolation(problems)
    with vault.transaction():
        existed = case_records.exists(vault, table, record.id)
        table.upsert(vault, record)
        action = f"{table.name}.{'updated' if existed else 'created'}"
        _audit_coalesced(vault, action, table.name, record.id, case_id_of(vault, record))
    return record


def delete_record(vault: Vault, record: Any) -> None:
    table = TABLES[type(record)]
    with vault.transaction():
        case_id = case_id_of(vault, record)
        table.delete(vault, record.id)
        audit.append(vault, f"{table.name}.deleted", table.name, record.id, case_id=case_id)


def _audit_coalesced(
    vault: Vault, action: str, object_type: str, object_id: str, case_id: str | None
) -> None:
    """Autosave updates the same record every few seconds: one audit row per run of edits."""
    if action.endswith(".updated") and case_records.latest_audit_row(vault) == (action, object_id):
        return
    audit.append(vault, action, object_type, object_id, case_id=case_id)


def issued_minutes(vault: Vault, case_id: str) -> list[issued.IssuedMinutes]:
    """The case's disclosure log: who received which version of which minutes, newest first."""
    return issued.of_case(vault, case_id, newest_first=True)


def audit_names(vault: Vault) -> tuple[dict[str, str], dict[str, str]]:
    """What the audit log's ids stand for: people's names and case references, by id."""
    return case_records.person_names(vault), case_records.case_references(vault)


REFERENCE_PREFIX = "CC"
_NUMBER = re.compile(r"([0-9]+)")


def next_case_reference(vault: Vault, year: int) -> str:
    """The reference a new case of ``year`` is offered: CC-<year>-<number>, one above the
    highest number in use for that year, so that it never repeats a reference in use
    (counting the cases would, once a case has been erased or deleted)."""
    prefix = f"{REFERENCE_PREFIX}-{year:04d}-"
    numbers = [
        int(found.group(1))
        for ref in case_records.case_references_starting(vault, prefix)
        if (found := _NUMBER.fullmatch(ref, len(prefix)))
    ]
    return f"{prefix}{max(numbers, default=0) + 1:05d}"


def conflict_count(vault: Vault, case_id: str) -> int:
    """The case's open merge conflicts, for its header: a count from storage, without the
    merge machinery (services.sync) that listing and settling them need."""
    return sync_store.conflict_count(vault, case_id)

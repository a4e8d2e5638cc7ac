"""Case listing and search: what a coordinator scans first.

Search runs on the FTS5 indexes inside the encrypted vault (case fields and the text of
every conference entry), so nothing about a case is ever indexed outside the vault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from caseconf_desktop import errors
from caseconf_desktop.domain.enums import CaseStatus, RiskLevel
from caseconf_desktop.domain.model import Case
from caseconf_desktop.storage.mapping import CASES
from caseconf_desktop.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list."""

    id: str
    reference: str
    subject_name: str
    pseudonym: str
    lead_agency: str
    status: CaseStatus
    risk_level: RiskLevel | None
    last_conference: date | None
    next_conference_due: date | None
    open_actions: int
    overdue_actions: int
    # What the case list's instant filter matches, casefolded; computed on the vault thread.
    search_text: str = ""

    @property
    def no_conference_for_a_year(self) -> bool:
        """Practice checklist item 8: flag a case with no conference for 12 months."""
        return self.last_conference is None or (date.today() - self.last_conference).days > 365


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word, as a prefix, must match."""
    from caseconf_desktop.storage.vault import fold

    words = _TOKEN.findall(str(fold(text)))
    return " ".join(f'"{w}"*' for w in words)


_SUMMARY_SQL = """
SELECT c.id, c.reference, c.subject_name, c.pseudonym, coalesce(a.name, ''), c.status,
       (SELECT r.level FROM risk_assessments r WHERE r.case_id = c.id
         ORDER BY r.assessed_on DESC LIMIT 1),
       (SELECT max(substr(f.scheduled_for, 1, 10)) FROM conferences f
         WHERE f.case_id = c.id AND f.status = 'closed'),
       (SELECT min(substr(f.scheduled_for, 1, 10)) FROM conferences f
         WHERE f.case_id = c.id AND f.status != 'closed'),
       c.review_frequency_days,
       (SELECT count(*) FROM actions x INDEXED BY actions_case
         WHERE x.case_id = c.id AND x.status = 'open'),
       (SELECT count(*) FROM actions x INDEXED BY actions_case
         WHERE x.case_id = c.id AND x.status = 'open' AND x.due < :today)
FROM cases c LEFT JOIN agencies a ON a.id = c.lead_agency_id
"""
# INDEXED BY: without it the planner picks actions_open_due (status, due) for the overdue
# count and scans every overdue action in the vault once per case (50 s for 10,000 cases).


def list_cases(vault: Vault, search: str = "", limit: int | None = None) -> list[CaseSummary]:
    """All cases (or those matching ``search``), ordered by reference."""
    params: dict[str, object] = {"today": date.today().isoformat()}
    sql = _SUMMARY_SQL
    query = fts_query(search) if search.strip() else ""
    if search.strip() and not query:
        return []
    if query:
        matches = (
            "SELECT case_id FROM case_fts WHERE case_fts MATCH :q"
            " UNION SELECT case_id FROM entry_fts WHERE entry_fts MATCH :q"
        )
        if limit is not None:
            # Choose the page before computing the summary columns: otherwise SQLite computes
            # them for every match and sorts afterwards (4x slower for a common word).
            matches = (
                f"SELECT m.id FROM cases m WHERE m.id IN ({matches})"
                " ORDER BY m.reference LIMIT :limit"
            )
        sql += f" WHERE c.id IN ({matches})"
        params["q"] = query
    sql += " ORDER BY c.reference"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [_summary(row) for row in vault.query(sql, params)]


def _summary(row: tuple[object, ...]) -> CaseSummary:
    (cid, ref, name, pseudo, lead, status, risk, last, planned, freq, open_n, overdue) = row
    last_d = date.fromisoformat(str(last)) if last else None
    if planned:
        next_due: date | None = date.fromisoformat(str(planned))
    elif last_d is not None:
        next_due = last_d + timedelta(days=int(str(freq)))
    else:
        next_due = None
    risk_level = RiskLevel(str(risk)) if risk else None
    search_text = "\t".join(
        (
            str(ref),
            str(name),
            str(pseudo),
            str(lead),
            str(status),
            risk_level.value.replace("_", " ") if risk_level else "",
        )
    ).casefold()
    return CaseSummary(
        search_text=search_text,
        id=str(cid),
        reference=str(ref),
        subject_name=str(name),
        pseudonym=str(pseudo),
        lead_agency=str(lead),
        status=CaseStatus(str(status)),
        risk_level=risk_level,
        last_conference=last_d,
        next_conference_due=next_due,
        open_actions=int(str(open_n)),
        overdue_actions=int(str(overdue)),
    )


def get_by_reference(vault: Vault, reference: str) -> Case:
    found = CASES.where(vault, "reference = ?", (reference,))
    if not found:
        from PySide6.QtCore import QCoreApplication

        raise errors.NotFound(
            QCoreApplication.translate("Cases", "There is no case with reference {ref}.").format(
                ref=reference
            )
        )
    return found[0]

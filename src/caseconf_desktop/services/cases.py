"""Case listing and search: what a coordinator scans first.

Search runs on the FTS5 indexes inside the encrypted vault (case fields and the text of
every conference entry), so nothing about a case is ever indexed outside the vault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from caseconf_desktop import errors
from caseconf_desktop.domain.enums import CaseStatus, RiskLevel
from caseconf_desktop.domain.model import Case
from caseconf_desktop.storage import case_store, summaries
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


# Sort keys of the case list (CaseSummary field names), sorted inside SQLite.
SORT_KEYS = tuple(summaries.ORDER_BY)


@dataclass(frozen=True, slots=True)
class CasePage:
    """A page of the case list: its rows, and how many rows the whole list has."""

    rows: list[CaseSummary]
    total: int


def list_cases(vault: Vault, search: str = "", limit: int | None = None) -> list[CaseSummary]:
    """All cases (or those matching ``search``), ordered by reference."""
    query = fts_query(search) if search.strip() else ""
    if search.strip() and not query:
        return []
    rows = summaries.page(vault, date.today(), match=query, limit=limit)
    return [summary_of(row) for row in rows]


def page(
    vault: Vault,
    search: str = "",
    *,
    order: str = "reference",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> CasePage:
    """One page of the case list; the database sorts, limits and summarises only these rows."""
    query = fts_query(search) if search.strip() else ""
    if search.strip() and not query:
        return CasePage([], 0)
    rows, total = summaries.page_and_total(
        vault,
        date.today(),
        match=query,
        order=order,
        descending=descending,
        offset=offset,
        limit=limit,
    )
    return CasePage([summary_of(row) for row in rows], total)


def summaries_of(vault: Vault, case_ids: list[str]) -> list[CaseSummary]:
    """The current summaries of these cases (to refresh the rows a change touched)."""
    return [summary_of(r) for r in summaries.by_ids(vault, date.today(), case_ids)]


def summary_of(row: summaries.SummaryRow) -> CaseSummary:
    last_d = date.fromisoformat(row.last_conference) if row.last_conference else None
    next_due = date.fromisoformat(row.next_due) if row.next_due else None
    risk_level = RiskLevel(row.risk_level) if row.risk_level else None
    search_text = "\t".join(
        (
            row.reference,
            row.subject_name,
            row.pseudonym,
            row.lead_agency,
            row.status,
            risk_level.value.replace("_", " ") if risk_level else "",
        )
    ).casefold()
    return CaseSummary(
        search_text=search_text,
        id=row.id,
        reference=row.reference,
        subject_name=row.subject_name,
        pseudonym=row.pseudonym,
        lead_agency=row.lead_agency,
        status=CaseStatus(row.status),
        risk_level=risk_level,
        last_conference=last_d,
        next_conference_due=next_due,
        open_actions=row.open_actions,
        overdue_actions=row.overdue_actions,
    )


def get_by_reference(vault: Vault, reference: str) -> Case:
    found = case_store.by_reference(vault, reference)
    if found is None:
        from PySide6.QtCore import QCoreApplication

        raise errors.NotFound(
            QCoreApplication.translate("Cases", "There is no case with reference {ref}.").format(
                ref=reference
            )
        )
    return found

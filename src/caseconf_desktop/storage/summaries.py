"""Per-case summaries: what the dashboard and the case list show, without a pass over cases.

The ``case_summaries`` table (schema version 8) holds, per case, the latest risk level,
the last closed and next planned conference, the next conference due and the count of
open actions. Triggers only mark a changed case stale; :func:`refresh` recomputes the
stale rows from the ``case_summaries_live`` view. Every reader here refreshes first, so
what it returns is always current. The overdue count depends on today's date, so it is
computed when rows are read, for those rows only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from caseconf_desktop.storage.mapping import ACTIONS
from caseconf_desktop.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One case as the list shows it; raw values, typed by the service above."""

    id: str
    reference: str
    subject_name: str
    pseudonym: str
    lead_agency: str
    status: str
    risk_level: str | None
    last_conference: str | None
    next_due: str | None
    open_actions: int
    overdue_actions: int


_SUMMARY = " JOIN case_summaries s ON s.case_id = c.id"
_AGENCY = " LEFT JOIN agencies a ON a.id = c.lead_agency_id"

# Sort keys the case list may ask for: SQL expressions over the case ``c``, and the joins
# they need (its summary ``s``, its lead agency ``a``); anything else is refused.
ORDER_BY: dict[str, tuple[tuple[str, ...], str]] = {
    "reference": (("c.reference",), ""),
    "subject_name": (("c.subject_name COLLATE NOCASE",), ""),
    "lead_agency": (("coalesce(a.name, '') COLLATE NOCASE",), _AGENCY),
    "status": (("c.status",), ""),
    "risk_level": (("{risk_rank}",), _SUMMARY),
    "next_due": (("s.next_due IS NULL", "s.next_due"), _SUMMARY),
    "open_actions": (("s.open_actions",), _SUMMARY),
    "overdue_actions": (("{overdue}",), ""),
}

_RISK_RANK = (
    "CASE s.risk_level WHEN 'low' THEN 1 WHEN 'moderate' THEN 2 WHEN 'high' THEN 3"
    " WHEN 'very_high' THEN 4 ELSE 0 END"
)

# Open actions past their due date, for the case ``c``. INDEXED BY: without it the planner
# picks actions_open_due (status, due) and scans every overdue action in the vault once per
# case.
_OVERDUE = (
    "(SELECT count(*) FROM actions x INDEXED BY actions_case"
    " WHERE x.case_id = c.id AND x.status = 'open' AND x.due < :today)"
)

_COLUMNS = f"""c.id, c.reference, c.subject_name, c.pseudonym, coalesce(a.name, '') AS lead_agency,
       c.status, s.risk_level, s.last_conference, s.next_due, s.open_actions,
       CASE WHEN s.open_actions = 0 THEN 0 ELSE {_OVERDUE} END AS overdue_actions,
       {_RISK_RANK} AS risk_rank"""
_FROM = f" FROM cases c{_SUMMARY}{_AGENCY}"
SUMMARY_SELECT = f"SELECT {_COLUMNS}{_FROM}"


def refresh(vault: Vault) -> int:
    """Recompute the summaries of cases changed since the last read; returns how many."""
    if vault.scalar("SELECT 1 FROM case_summaries_stale LIMIT 1") is None:
        return 0
    with vault.transaction():
        n = int(vault.scalar("SELECT count(*) FROM case_summaries_stale"))
        vault.execute(
            "INSERT OR REPLACE INTO case_summaries SELECT * FROM case_summaries_live"
            " WHERE case_id IN (SELECT case_id FROM case_summaries_stale)"
        )
        vault.execute("DELETE FROM case_summaries_stale")
    return n


def _row(r: Any) -> SummaryRow:
    return SummaryRow(
        id=str(r[0]),
        reference=str(r[1]),
        subject_name=str(r[2]),
        pseudonym=str(r[3]),
        lead_agency=str(r[4]),
        status=str(r[5]),
        risk_level=None if r[6] is None else str(r[6]),
        last_conference=None if r[7] is None else str(r[7]),
        next_due=None if r[8] is None else str(r[8]),
        open_actions=int(r[9]),
        overdue_actions=int(r[10]),
    )


def count(vault: Vault, case_ids_match: str = "") -> int:
    """How many cases there are, or how many match a full-text query."""
    if not case_ids_match:
        return int(vault.scalar("SELECT count(*) FROM cases"))
    return int(vault.scalar(f"SELECT count(*) FROM ({_MATCHING})", {"q": case_ids_match}))


# The cases a full-text query matches: in their own fields, or in an entry of one of their
# conferences (the entry's case from the narrow entry_fts_case, not entry_fts's content).
_MATCHING = (
    "SELECT case_id FROM case_fts WHERE case_fts MATCH :q"
    " UNION SELECT case_id FROM entry_fts_case"
    " WHERE fts_rowid IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH :q)"
)


def page(
    vault: Vault,
    today: date,
    *,
    match: str = "",
    order: str = "reference",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[SummaryRow]:
    """One page of the case list, sorted and limited inside SQLite.

    ``match`` is a full-text query (already made safe): only cases whose fields or whose
    conference entries match it. Only the rows returned are summarised.
    """
    rows, _total = _page(vault, today, match, order, descending, offset, limit, counted=False)
    return rows


def page_and_total(
    vault: Vault,
    today: date,
    *,
    match: str = "",
    order: str = "reference",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> tuple[list[SummaryRow], int]:
    """:func:`page`, and how many cases there are (or match) in all.

    A search counts its matches in the same pass that picks the page (a window count):
    the full-text match, the costly part, runs once.
    """
    rows, total = _page(vault, today, match, order, descending, offset, limit, counted=True)
    if total is None:  # no search, or a page past the end: count on its own
        total = len(rows) if not offset and len(rows) < limit else count(vault, match)
    return rows, total


def _page(
    vault: Vault,
    today: date,
    match: str,
    order: str,
    descending: bool,
    offset: int,
    limit: int | None,
    *,
    counted: bool,
) -> tuple[list[SummaryRow], int | None]:
    refresh(vault)
    if order not in ORDER_BY:
        raise ValueError(f"cannot sort cases by {order!r}")
    expressions, joins = ORDER_BY[order]
    direction = " DESC" if descending else ""
    keys = ", ".join(
        [
            *(e.format(risk_rank=_RISK_RANK, overdue=_OVERDUE) + direction for e in expressions),
            "c.reference",
        ]
    )
    params: dict[str, object] = {"today": today.isoformat(), "limit": -1, "offset": offset}
    if limit is not None:
        params["limit"] = limit
    # Two steps: the page's cases first, sorted and cut inside SQLite with only the tables
    # the sort needs (by reference, the index walks in order and stops once the page is
    # full); then the summary of those rows alone. In one query, every matching case
    # (7,000 for a common word) would be joined and summarised before the cut.
    windowed = counted and bool(match)
    ids = "SELECT c.id AS page_id" + (", count(*) OVER () AS total" if windowed else "")
    ids += " FROM cases c" + joins
    if match:
        ids += f" WHERE c.id IN ({_MATCHING})"
        params["q"] = match
    ids += f" ORDER BY {keys} LIMIT :limit OFFSET :offset"
    sql = f"SELECT {_COLUMNS}, page.*{_FROM} JOIN ({ids}) page ON page.page_id = c.id"
    found = vault.query(f"{sql} ORDER BY {keys}", params)
    total = int(found[0][-1]) if windowed and found else None
    return [_row(r) for r in found], total


def by_ids(vault: Vault, today: date, case_ids: list[str]) -> list[SummaryRow]:
    """The summaries of these cases, ordered by reference."""
    refresh(vault)
    out: list[SummaryRow] = []
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        sql = SUMMARY_SELECT.replace(":today", "?") + f" WHERE c.id IN ({marks})"
        out += [_row(r) for r in vault.query(sql, (today.isoformat(), *chunk))]
    return sorted(out, key=lambda r: r.reference)


_DUE = " WHERE s.next_due <= :last AND c.status = 'active'"
_STALE = " WHERE (s.last_conference IS NULL OR s.last_conference < :since) AND c.status = 'active'"


def due_by(
    vault: Vault, today: date, last_day: date, limit: int | None = None
) -> tuple[list[SummaryRow], int]:
    """Active cases whose next conference is due on or before ``last_day`` (the first
    ``limit``, soonest first), and how many there are in all."""
    refresh(vault)
    params = {"today": today.isoformat(), "last": last_day.isoformat(), "limit": limit or -1}
    rows = vault.query(
        SUMMARY_SELECT + _DUE + " ORDER BY s.next_due, c.reference LIMIT :limit", params
    )
    total = _total(vault, _DUE, params, len(rows), limit)
    return [_row(r) for r in rows], total


def _total(vault: Vault, where: str, params: dict[str, object], got: int, limit: int | None) -> int:
    if limit is None or got < limit:
        return got
    sql = "SELECT count(*) FROM cases c JOIN case_summaries s ON s.case_id = c.id" + where
    return int(vault.scalar(sql, params))


def without_conference_since(
    vault: Vault, today: date, since: date, limit: int | None = None
) -> tuple[list[SummaryRow], int]:
    """Active cases with no closed conference, or none after ``since`` (the first ``limit``
    by reference), and how many there are in all."""
    refresh(vault)
    params = {"today": today.isoformat(), "since": since.isoformat(), "limit": limit or -1}
    rows = vault.query(SUMMARY_SELECT + _STALE + " ORDER BY c.reference LIMIT :limit", params)
    total = _total(vault, _STALE, params, len(rows), limit)
    return [_row(r) for r in rows], total


def overdue_actions(
    vault: Vault, today: date, limit: int | None = None
) -> tuple[list[tuple[Any, str, str, str]], int]:
    """Open actions past their due date across cases (the first ``limit``, earliest first),
    and how many there are in all.

    Each as (action, case reference, owner's name, owner agency's name).
    """
    cols = ", ".join("x." + c for c in ACTIONS.columns)
    params = {"today": today.isoformat(), "limit": limit or -1}
    rows = vault.query(
        f"SELECT {cols}, c.reference, coalesce(p.name, ''), coalesce(a.name, '') "
        "FROM actions x INDEXED BY actions_open_due JOIN cases c ON c.id = x.case_id "
        "LEFT JOIN people p ON p.id = x.owner_person_id "
        "LEFT JOIN agencies a ON a.id = x.owner_agency_id "
        "WHERE x.status = 'open' AND x.due < :today ORDER BY x.due, c.reference LIMIT :limit",
        params,
    )
    total = len(rows)
    if limit is not None and total >= limit:
        total = int(
            vault.scalar(
                "SELECT count(*) FROM actions x INDEXED BY actions_open_due "
                "WHERE x.status = 'open' AND x.due < :today",
                params,
            )
        )
    n = len(ACTIONS.columns)
    found = [(ACTIONS.from_row(r[:n]), str(r[n]), str(r[n + 1]), str(r[n + 2])) for r in rows]
    return found, total

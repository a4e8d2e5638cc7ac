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


# Sort keys the case list may ask for, as SQL expressions; anything else is refused.
ORDER_BY = {
    "reference": "c.reference",
    "subject_name": "c.subject_name COLLATE NOCASE",
    "lead_agency": "lead_agency COLLATE NOCASE",
    "status": "c.status",
    "risk_level": "risk_rank",
    "next_due": "s.next_due IS NULL, s.next_due",
    "open_actions": "s.open_actions",
    "overdue_actions": "overdue_actions",
}

_RISK_RANK = (
    "CASE s.risk_level WHEN 'low' THEN 1 WHEN 'moderate' THEN 2 WHEN 'high' THEN 3"
    " WHEN 'very_high' THEN 4 ELSE 0 END"
)

SUMMARY_SELECT = f"""
SELECT c.id, c.reference, c.subject_name, c.pseudonym, coalesce(a.name, '') AS lead_agency,
       c.status, s.risk_level, s.last_conference, s.next_due, s.open_actions,
       CASE WHEN s.open_actions = 0 THEN 0 ELSE
         (SELECT count(*) FROM actions x INDEXED BY actions_case
           WHERE x.case_id = c.id AND x.status = 'open' AND x.due < :today) END
         AS overdue_actions,
       {_RISK_RANK} AS risk_rank
FROM cases c
JOIN case_summaries s ON s.case_id = c.id
LEFT JOIN agencies a ON a.id = c.lead_agency_id
"""
# INDEXED BY: without it the planner picks actions_open_due (status, due) for the overdue
# count and scans every overdue action in the vault once per case.


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


_MATCHING = (
    "SELECT case_id FROM case_fts WHERE case_fts MATCH :q"
    " UNION SELECT case_id FROM entry_fts WHERE entry_fts MATCH :q"
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
    refresh(vault)
    if order not in ORDER_BY:
        raise ValueError(f"cannot sort cases by {order!r}")
    direction = " DESC" if descending else ""
    keys = [f"{part.strip()}{direction}" for part in ORDER_BY[order].split(",")]
    sql = SUMMARY_SELECT
    params: dict[str, object] = {"today": today.isoformat()}
    if match:
        sql += f" WHERE c.id IN ({_MATCHING})"
        params["q"] = match
    sql += " ORDER BY " + ", ".join([*keys, "c.reference"])
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    return [_row(r) for r in vault.query(sql, params)]


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

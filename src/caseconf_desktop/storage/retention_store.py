"""The SQL of retention review and erasure (services/retention.py decides what and when).

Erasure removes a case and everything hanging off it: every table with a ``case_id``, and
every table with a ``conference_id`` of one of its conferences. The tables are found from
the schema rather than listed, so a table a later migration adds is erased too. Freed
space is overwritten (:func:`secure_deletes`), the full-text indexes are rebuilt, and
:func:`scrub` rewrites the file without the freed pages.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from caseconf_desktop.domain.enums import CaseStatus
from caseconf_desktop.storage.vault import Vault

_NOT_CASE_DATA = {"audit_log", "meta"}


# -- retention review -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseDates:
    """What retention review needs of one case."""

    case_id: str
    reference: str
    subject_name: str
    status: CaseStatus
    own_review_date: date | None  # the case's own retention review date, if set
    created_at: datetime


def review_candidates(vault: Vault, *, today: date, opened_before: date) -> list[CaseDates]:
    """Cases whose own review date is ``today`` or earlier, or that have none and were
    opened on or before ``opened_before`` (the day the default period reaches today)."""
    rows = vault.query(
        "SELECT id, reference, subject_name, status, retention_review_date, created_at "
        "FROM cases WHERE retention_review_date <= :today "
        "OR (retention_review_date IS NULL AND substr(created_at, 1, 10) <= :opened)",
        {"today": today.isoformat(), "opened": opened_before.isoformat()},
    )
    return [
        CaseDates(
            str(cid),
            str(ref),
            str(name),
            CaseStatus(str(status)),
            date.fromisoformat(str(own)) if own else None,
            datetime.fromisoformat(str(created)),
        )
        for cid, ref, name, status, own, created in rows
    ]


def case_seen_since(vault: Vault, case_id: str) -> tuple[datetime | None, datetime | None]:
    """(the case's first audit row's time, its creation date): None where there is none."""
    first = vault.scalar("SELECT min(at) FROM audit_log WHERE case_id = ?", (case_id,))
    created = vault.scalar("SELECT created_at FROM cases WHERE id = ?", (case_id,))
    return (
        datetime.fromisoformat(str(first)) if first else None,
        datetime.fromisoformat(str(created)) if created else None,
    )


# -- erasure --------------------------------------------------------------------------------


def _columns(vault: Vault, table: str) -> set[str]:
    return {str(r[1]) for r in vault.query(f'PRAGMA table_info("{table}")')}


def _case_tables(vault: Vault) -> tuple[list[str], list[str]]:
    """(tables keyed by conference only, tables keyed by case) — ordinary tables only.

    Full-text tables are left to their triggers and rebuilt afterwards.
    """
    rows = vault.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    virtual = [str(n) for n, sql in rows if str(sql or "").upper().startswith("CREATE VIRTUAL")]
    by_conference: list[str] = []
    by_case: list[str] = []
    for raw, _sql in rows:
        name = str(raw)
        if (
            name in _NOT_CASE_DATA
            or name in virtual
            or any(name.startswith(f"{v}_") for v in virtual)
        ):
            continue
        cols = _columns(vault, name)
        if "case_id" in cols and name not in ("cases", "conferences"):
            by_case.append(name)
        elif "conference_id" in cols:
            by_conference.append(name)
    return sorted(by_conference), sorted(by_case)


def _fts_tables(vault: Vault) -> list[str]:
    rows = vault.query(
        "SELECT name FROM sqlite_master "
        "WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
    )
    return [str(r[0]) for r in rows]


def devices_exchanged(vault: Vault, case_id: str) -> list[str]:
    """Ids of the devices the case was sent to or came from, sorted."""
    return sorted(
        str(r[0])
        for r in vault.query("SELECT device_id FROM sync_marks WHERE case_id = ?", (case_id,))
    )


def delete_case(vault: Vault, case_id: str) -> dict[str, int]:
    """Delete the case's rows from every table that holds them; returns rows per table.

    Run it inside a transaction, with :func:`secure_deletes` on and :func:`scrub` after.
    The full-text indexes are rebuilt: an FTS5 delete leaves the words in the index.
    """
    by_conference, by_case = _case_tables(vault)
    counts: dict[str, int] = {}
    conferences = "SELECT id FROM conferences WHERE case_id = ?"
    for table in by_conference:
        cur = vault.execute(
            f'DELETE FROM "{table}" WHERE conference_id IN ({conferences})', (case_id,)
        )
        counts[table] = cur.rowcount
    for table in [*by_case, "conferences", "cases"]:
        column = "id" if table == "cases" else "case_id"
        cur = vault.execute(f'DELETE FROM "{table}" WHERE {column} = ?', (case_id,))
        counts[table] = counts.get(table, 0) + cur.rowcount
    # Rebuild rather than trust FTS5 deletes: a delete leaves the words in the index.
    for fts in _fts_tables(vault):
        vault.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
    return counts


@contextlib.contextmanager
def secure_deletes(vault: Vault) -> Iterator[None]:
    """``PRAGMA secure_delete`` on while erasing: freed space is overwritten."""
    previous = int(vault.scalar("PRAGMA secure_delete"))
    vault.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        vault.execute(f"PRAGMA secure_delete = {previous:d}")


def scrub(vault: Vault) -> None:
    """After erasing: rewrite the file without the freed pages, then empty the WAL."""
    vault.execute("VACUUM")
    vault.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

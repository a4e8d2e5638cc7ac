"""Retention review and erasure of a case.

Every case has a retention review date: its own ``retention_review_date`` if one was set,
otherwise the date it was opened plus the vault's default retention period (years, kept
in the vault's ``meta`` table so that every device and the command line agree).

Erasure removes the case and everything hanging off it (every table with a ``case_id``,
and every table with a ``conference_id`` of one of its conferences), with
``PRAGMA secure_delete`` so freed space is overwritten, rebuilds the full-text indexes
(an FTS5 delete only adds a tombstone: the words stay in the index segments until a
merge), then ``VACUUM`` so no page of the old content survives in the file, and
checkpoints the WAL. What remains is one content-free tombstone in the audit log: the
case id, who, when and the reason given. Earlier audit rows about the case stay: they
hold ids and actions only, and the log is append-only.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors
from caseconf_desktop.domain.enums import CaseStatus
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.mapping import CASES
from caseconf_desktop.storage.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_YEARS = 5
META_KEY = "retention_default_years"
ERASED_ACTION = "case.erased"
MAX_REASON = 500
_NOT_CASE_DATA = {"audit_log", "meta"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Retention", text)


# -- retention review -----------------------------------------------------------------------


def default_years(vault: Vault) -> int:
    value = vault.get_meta(META_KEY, "")
    try:
        years = int(value)
    except ValueError:
        return DEFAULT_YEARS
    return years if years > 0 else DEFAULT_YEARS


def set_default_years(vault: Vault, years: int) -> None:
    if not 1 <= years <= 100:
        raise errors.InvalidInput(_tr("The retention period must be 1 to 100 years."))
    with vault.transaction():
        vault.set_meta(META_KEY, str(years))
        audit.append(
            vault, "retention.default_changed", "vault", "retention", detail={"years": str(years)}
        )


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True, slots=True)
class ReviewDue:
    """A case whose retention review date has come."""

    case_id: str
    reference: str
    subject_name: str
    status: CaseStatus
    review_date: date
    explicit: bool  # the case's own date (True) or the default period (False)


def review_date(created_at: datetime, own: date | None, years: int) -> date:
    return own if own is not None else _add_years(created_at.date(), years)


def due_for_review(
    vault: Vault, *, today: date | None = None, years: int | None = None
) -> list[ReviewDue]:
    """Cases whose retention review date is today or earlier, the longest overdue first."""
    today = today or date.today()
    years = years if years is not None else default_years(vault)
    # Cases opened before this date reach the default period by today.
    opened_before = _add_years(today, -years).isoformat()
    rows = vault.query(
        "SELECT id, reference, subject_name, status, retention_review_date, created_at "
        "FROM cases WHERE retention_review_date <= :today "
        "OR (retention_review_date IS NULL AND substr(created_at, 1, 10) <= :opened)",
        {"today": today.isoformat(), "opened": opened_before},
    )
    out = []
    for cid, ref, name, status, own, created in rows:
        own_date = date.fromisoformat(str(own)) if own else None
        when = review_date(datetime.fromisoformat(str(created)), own_date, years)
        if when <= today:
            out.append(
                ReviewDue(
                    str(cid),
                    str(ref),
                    str(name),
                    CaseStatus(str(status)),
                    when,
                    own_date is not None,
                )
            )
    out.sort(key=lambda r: (r.review_date, r.reference))
    return out


# -- erasure --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ErasureReport:
    case_id: str
    records: dict[str, int]  # table -> rows removed
    seconds: float


def _columns(vault: Vault, table: str) -> set[str]:
    return {str(r[1]) for r in vault.query(f'PRAGMA table_info("{table}")')}


def _case_tables(vault: Vault) -> tuple[list[str], list[str]]:
    """(tables keyed by conference only, tables keyed by case) — ordinary tables only.

    Found from the schema rather than listed, so a table a later migration adds is erased
    too. Full-text tables are left to their triggers and rebuilt afterwards.
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


def check_reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise errors.InvalidInput(_tr("Give the reason for the erasure (--reason)."))
    if len(text) > MAX_REASON:
        raise errors.InvalidInput(
            _tr("The reason must be at most {n} characters long.").format(n=MAX_REASON)
        )
    return text


def erase_case(
    vault: Vault, case_id: str, reason: str, *, actor: str | None = None
) -> ErasureReport:
    """Remove the case and everything hanging off it beyond recovery; keep a tombstone.

    The reason is stored in the tombstone as given: it should say why (e.g. "retention
    period ended", "erasure request of 2026-03-01"), not repeat anything about the case.
    """
    started = time.perf_counter()
    reason = check_reason(reason)
    case = CASES.get(vault, case_id)
    if case is None:
        raise errors.NotFound(_tr("That case no longer exists in this vault."))
    by_conference, by_case = _case_tables(vault)
    counts: dict[str, int] = {}
    previous = int(vault.scalar("PRAGMA secure_delete"))
    vault.execute("PRAGMA secure_delete = ON")
    try:
        with vault.transaction():
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
            detail = {"reason": reason}
            detail.update({f"removed.{t}": str(n) for t, n in sorted(counts.items()) if n})
            audit.append(
                vault, ERASED_ACTION, "case", case_id, case_id=case_id, detail=detail, actor=actor
            )
        # Rewrite the file without the freed pages, then empty the WAL that held the rewrite.
        vault.execute("VACUUM")
        vault.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        vault.execute(f"PRAGMA secure_delete = {previous:d}")
    seconds = time.perf_counter() - started
    log.info("case erased: %d records in %.2f s", sum(counts.values()), seconds)
    return ErasureReport(case_id, {t: n for t, n in counts.items() if n}, seconds)


def erase_by_reference(vault: Vault, reference: str, reason: str) -> ErasureReport:
    from caseconf_desktop.services.cases import get_by_reference

    return erase_case(vault, get_by_reference(vault, reference).id, reason)


def erased_cases(vault: Vault) -> list[Any]:
    """The tombstones, oldest first."""
    return audit.events(vault, action_prefix=ERASED_ACTION)

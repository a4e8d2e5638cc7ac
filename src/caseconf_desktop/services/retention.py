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

import contextlib
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain.enums import CaseStatus
from caseconf_desktop.storage import audit, retention_store
from caseconf_desktop.storage.mapping import CASES
from caseconf_desktop.storage.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_YEARS = 5
META_KEY = "retention_default_years"
ERASED_ACTION = "case.erased"
# Tombstone details: the devices the case was exchanged with, and the original erasure time
# when the erasure came from another vault or from before a restore.
DEVICES_KEY = "devices"
ERASED_AT_KEY = "erased_at"
MAX_REASON = 500


_tr = i18n.tr_in("Retention")


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
    opened_before = _add_years(today, -years)
    out = []
    for case in retention_store.review_candidates(vault, today=today, opened_before=opened_before):
        when = review_date(case.created_at, case.own_review_date, years)
        if when <= today:
            out.append(
                ReviewDue(
                    case.case_id,
                    case.reference,
                    case.subject_name,
                    case.status,
                    when,
                    case.own_review_date is not None,
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
    vault: Vault,
    case_id: str,
    reason: str,
    *,
    actor: str | None = None,
    detail: dict[str, str] | None = None,
) -> ErasureReport:
    """Remove the case and everything hanging off it beyond recovery; keep a tombstone.

    The reason is stored in the tombstone as given: it should say why (e.g. "retention
    period ended", "erasure request of 2026-03-01"), not repeat anything about the case.
    """
    started = time.perf_counter()
    reason = check_reason(reason)
    if CASES.get(vault, case_id) is None:
        raise errors.NotFound(_tr("That case no longer exists in this vault."))
    with secure_deletes(vault):
        with vault.transaction():
            counts = erase_rows(vault, case_id, reason, actor=actor, detail=detail)
        scrub(vault)
    seconds = time.perf_counter() - started
    log.info("case erased: %d records in %.2f s", sum(counts.values()), seconds)
    return ErasureReport(case_id, {t: n for t, n in counts.items() if n}, seconds)


def secure_deletes(vault: Vault) -> contextlib.AbstractContextManager[None]:
    """``PRAGMA secure_delete`` on while erasing: freed space is overwritten."""
    return retention_store.secure_deletes(vault)


def scrub(vault: Vault) -> None:
    """After erasing: rewrite the file without the freed pages, then empty the WAL."""
    retention_store.scrub(vault)


def erase_rows(
    vault: Vault,
    case_id: str,
    reason: str,
    *,
    actor: str | None = None,
    detail: dict[str, str] | None = None,
) -> dict[str, int]:
    """Delete the case's rows and write its tombstone, inside the caller's transaction.

    The caller turns secure deletes on (:func:`secure_deletes`) and calls :func:`scrub`
    after the transaction. The tombstone names the devices the case was exchanged with
    (ids only), so that the erasure travels to exactly those in the next bundles.
    """
    exchanged = retention_store.devices_exchanged(vault, case_id)
    counts = retention_store.delete_case(vault, case_id)
    row: dict[str, str] = {"reason": reason, DEVICES_KEY: ",".join(exchanged)}
    row.update(detail or {})
    row.update({f"removed.{t}": str(n) for t, n in sorted(counts.items()) if n})
    audit.append(vault, ERASED_ACTION, "case", case_id, case_id=case_id, detail=row, actor=actor)
    return counts


def erase_by_reference(vault: Vault, reference: str, reason: str) -> ErasureReport:
    from caseconf_desktop.services.cases import get_by_reference

    return erase_case(vault, get_by_reference(vault, reference).id, reason)


def erased_cases(vault: Vault) -> list[Any]:
    """The tombstones, oldest first."""
    return audit.events(vault, action_prefix=ERASED_ACTION)


@dataclass(frozen=True, slots=True)
class Tombstone:
    """What is left of an erased case: its id, when it was first erased, and where it went."""

    case_id: str
    erased_at: str  # ISO 8601, UTC: when the case was erased where the erasure began
    devices: tuple[str, ...] | None  # ids of the devices it was exchanged with; None: unknown

    @property
    def day(self) -> str:
        return self.erased_at[:10]


def tombstones(vault: Vault) -> dict[str, Tombstone]:
    """Every case erased from this vault (or erased elsewhere and then here), by case id."""
    out: dict[str, Tombstone] = {}
    for event in audit.events(vault, action_prefix=ERASED_ACTION):
        if event.action != ERASED_ACTION or event.object_id in out:
            continue
        listed = event.detail.get(DEVICES_KEY)
        out[event.object_id] = Tombstone(
            event.object_id,
            event.detail.get(ERASED_AT_KEY) or event.at.isoformat(),
            None if listed is None else tuple(d for d in listed.split(",") if d),
        )
    return out


def reapply_erasures(vault: Vault, erased: Mapping[str, Tombstone]) -> list[str]:
    """Erase here every case of ``erased`` (another vault's :func:`tombstones`), e.g. in a
    vault restored from a backup older than those erasures.

    Cases the backup still holds are erased again; for every other erasure the tombstone is
    copied, so that a bundle carrying the case later is refused here too. Returns the ids of
    the cases erased again.
    """
    here = tombstones(vault)
    wanted = [t for cid, t in erased.items() if cid not in here]
    done: list[str] = []
    if not wanted:
        return done
    with secure_deletes(vault):
        with vault.transaction():
            for t in wanted:
                detail = {ERASED_AT_KEY: t.erased_at, "reapplied": "yes"}
                reason = _tr("erasure of {day} applied again after a restore").format(day=t.day)
                if CASES.get(vault, t.case_id) is not None:
                    erase_rows(vault, t.case_id, reason, detail=detail)
                    done.append(t.case_id)
                else:
                    detail.update(reason=reason, **{DEVICES_KEY: ",".join(t.devices or ())})
                    audit.append(
                        vault, ERASED_ACTION, "case", t.case_id, case_id=t.case_id, detail=detail
                    )
        scrub(vault)
    return done


@dataclass(frozen=True, slots=True)
class BackupRecord:
    """A backup this vault wrote, as its audit log remembers it (no file name is kept)."""

    at: datetime
    sha256: str
    size: int


def backups_holding(vault: Vault, case_id: str) -> list[BackupRecord]:
    """The backups this vault made while it held the case, oldest first.

    The case was here from the earlier of its creation date and its first audit row (an
    import keeps the original creation date), so this errs on the side of listing more.
    """
    from caseconf_desktop.services.backup import BACKUP_ACTION

    moments = [t for t in retention_store.case_seen_since(vault, case_id) if t is not None]
    moments = [m if m.tzinfo else m.replace(tzinfo=UTC) for m in moments]
    since = min(moments) if moments else None
    out: list[BackupRecord] = []
    for event in audit.events(vault, action_prefix=BACKUP_ACTION, since=since):
        if event.action != BACKUP_ACTION:
            continue
        size = event.detail.get("bytes", "0")
        out.append(BackupRecord(event.at, event.object_id, int(size) if size.isdigit() else 0))
    return out

"""What bundles need from the vault: the bundles in and out, and the cases in each lane.

``sync_bundles`` holds one row per bundle made or imported (ids, devices and counts only);
``sync_marks`` one row per case sent to a device or received new from it, with the change
counter (tick) it was exchanged at: a ``--since-last`` bundle starts there, and a bundle may
change only cases in its sender's lane. Lookups take many ids at once (one query per
``storage.bulk.CHUNK`` ids), so checking a bundle of 1,000 cases costs a handful of queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from caseconf_desktop.storage.bulk import chunks as _chunks
from caseconf_desktop.storage.bulk import marks as _marks
from caseconf_desktop.storage.mapping import Table
from caseconf_desktop.storage.vault import Vault

# -- the bundles in and out --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BundleRow:
    """One bundle made (``out``) or imported (``in``) here."""

    id: str
    direction: str
    device_id: str | None  # None for a passphrase bundle
    at: str
    cases: int
    records: int


def record(
    vault: Vault,
    bundle_id: str,
    direction: str,
    device_id: str | None,
    *,
    at: str,
    created_at: str,
    audit_seq: int,
    audit_hash: str,
    cases: int,
    records: int,
) -> None:
    """Note a bundle made (``out``) or imported (``in``), with the audit head it carried."""
    if direction not in ("in", "out"):
        raise ValueError(f"direction {direction!r}")
    vault.execute(
        "INSERT INTO sync_bundles(id, direction, device_id, at, created_at, audit_seq, "
        "audit_hash, cases, records) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (bundle_id, direction, device_id, at, created_at, audit_seq, audit_hash, cases, records),
    )


def imported_at(vault: Vault, bundle_id: str) -> str | None:
    """When the bundle was imported here, or None if it never was."""
    when = vault.scalar(
        "SELECT at FROM sync_bundles WHERE id = ? AND direction = 'in'", (bundle_id,)
    )
    return None if when is None else str(when)


def recent(vault: Vault, limit: int) -> list[BundleRow]:
    """The newest bundles in and out, newest first."""
    rows = vault.query(
        "SELECT id, direction, device_id, at, cases, records FROM sync_bundles "
        "ORDER BY at DESC LIMIT ?",
        (limit,),
    )
    return [
        BundleRow(str(i), str(d), str(dev) if dev else None, str(at), int(c), int(r))
        for i, d, dev, at, c, r in rows
    ]


# -- the cases exchanged with each device --------------------------------------------------


def exchange_marks(vault: Vault, device_id: str) -> dict[str, int]:
    """Case id -> the tick at which it was last exchanged with the device."""
    rows = vault.query("SELECT case_id, seq FROM sync_marks WHERE device_id = ?", (device_id,))
    return {str(c): int(s) for c, s in rows}


def mark_sent(vault: Vault, device_id: str, case_ids: Iterable[str], tick: int) -> None:
    """The device now has these cases as of ``tick``."""
    vault.executemany(
        "INSERT INTO sync_marks(device_id, case_id, seq) VALUES (?, ?, ?) "
        "ON CONFLICT(device_id, case_id) DO UPDATE SET seq = excluded.seq",
        [(device_id, cid, tick) for cid in case_ids],
    )


def mark_received(vault: Vault, device_id: str, case_ids: Iterable[str], tick: int) -> None:
    """These cases came new from the device: marked at ``tick`` unless already marked."""
    vault.executemany(
        "INSERT INTO sync_marks(device_id, case_id, seq) VALUES (?, ?, ?) "
        "ON CONFLICT(device_id, case_id) DO NOTHING",
        [(device_id, cid, tick) for cid in case_ids],
    )


def exchanged(vault: Vault, device_id: str, case_ids: Iterable[str]) -> set[str]:
    """Which of these cases this vault sent to the device or received new from it."""
    found: set[str] = set()
    for chunk in _chunks(case_ids):
        rows = vault.query(
            f"SELECT case_id FROM sync_marks WHERE device_id = ? "
            f"AND case_id IN ({_marks(len(chunk))})",
            (device_id, *chunk),
        )
        found.update(str(r[0]) for r in rows)
    return found


# -- cases as this vault has them --------------------------------------------------------------


def references(vault: Vault, case_ids: Iterable[str]) -> dict[str, str]:
    """Case id -> reference, for those of these cases this vault holds."""
    found: dict[str, str] = {}
    for chunk in _chunks(case_ids):
        rows = vault.query(
            f"SELECT id, reference FROM cases WHERE id IN ({_marks(len(chunk))})", chunk
        )
        found.update((str(i), str(ref)) for i, ref in rows)
    return found


def held(vault: Vault, case_ids: Iterable[str]) -> set[str]:
    """Which of these cases are here, or were (deleted: their versions remain)."""
    wanted = list(case_ids)
    found = set(references(vault, wanted))
    for chunk in _chunks(c for c in wanted if c not in found):
        rows = vault.query(
            f"SELECT DISTINCT case_id FROM sync_versions WHERE case_id IN ({_marks(len(chunk))})",
            chunk,
        )
        found.update(str(r[0]) for r in rows)
    return found


def cases_of(vault: Vault, table: Table[Any], ids: Iterable[str]) -> set[str]:
    """The cases these records of ``table`` belong to here, live ones and deleted ones.

    A record names its case, or its conference's; a deleted record's versions remain,
    filed under its case.
    """
    if "case_id" in table.columns:
        sql = f"SELECT case_id FROM {table.name} WHERE id IN ({{marks}})"
    elif "conference_id" in table.columns:
        sql = (
            f"SELECT c.case_id FROM {table.name} AS t JOIN conferences AS c "
            "ON c.id = t.conference_id WHERE t.id IN ({marks})"
        )
    else:
        raise ValueError(f"{table.name} records belong to no case")
    # One statement per chunk for both places a record's case is found.
    sql += " UNION SELECT case_id FROM sync_versions WHERE tbl = ? AND rid IN ({marks})"
    out: set[str] = set()
    for chunk in _chunks(ids):
        places = _marks(len(chunk))
        rows = vault.query(sql.format(marks=places), (*chunk, table.name, *chunk))
        out.update(str(r[0]) for r in rows if r[0])
    return out

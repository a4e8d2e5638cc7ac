"""The bookkeeping of the merge between devices (services/sync.py explains the model).

- ``sync_state``: the change counter (clock) and the switches the triggers read;
- ``sync_pending``: what the triggers noted since the last commit;
- ``sync_versions``: the registers of fields changed after creation, and of deletions;
- ``sync_changes``: per record, the tick of its last change (for ``--since-last``);
- ``conflicts``: the open conflicts;
- the vault's own foreign keys, read from its schema.

Registers are stored as JSON text and handed back as text: what a version is belongs to the
merge, not to the storage.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from caseconf_desktop.storage.bulk import chunks, in_statements_of_many, marks
from caseconf_desktop.storage.tracking import DELETED
from caseconf_desktop.storage.vault import Vault

# -- the vault's foreign keys ----------------------------------------------------------------


class ForeignKey(NamedTuple):
    """``table.column`` holds the id of a record of ``target``."""

    table: str
    column: str
    target: str


def foreign_keys(vault: Vault) -> list[ForeignKey]:
    """Every foreign key of every ordinary table, read from this vault's schema now.

    Read on each call, never kept: two vaults open in one process may be at different
    schema versions, and a migration may add a table that refers to another.
    """
    tables = vault.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'"
    )
    out: list[ForeignKey] = []
    for (name,) in tables:
        for row in vault.query(f'PRAGMA foreign_key_list("{name}")'):
            out.append(ForeignKey(str(name), str(row[3]), str(row[2])))
    return out


# -- sync_state ------------------------------------------------------------------------------


def next_tick(vault: Vault) -> int:
    """Move the change counter on by one and return its new value."""
    tick = int(vault.scalar("SELECT clock FROM sync_state WHERE id = 1")) + 1
    vault.execute("UPDATE sync_state SET clock = ? WHERE id = 1", (tick,))
    return tick


def advance_clock(vault: Vault, by: int) -> None:
    vault.execute("UPDATE sync_state SET clock = clock + ? WHERE id = 1", (by,))


def set_applying(vault: Vault, applying: bool) -> None:
    """While on, the triggers note nothing: the merge keeps its own books."""
    vault.execute("UPDATE sync_state SET applying = ? WHERE id = 1", (int(applying),))


def log_inserts(vault: Vault) -> None:
    """From now on new records are stamped, so that ``--since-last`` bundles find them."""
    vault.execute("UPDATE sync_state SET log_inserts = 1 WHERE id = 1")


# -- sync_pending ----------------------------------------------------------------------------


class Pending(NamedTuple):
    """One change a trigger noted: a changed field, an insert ('') or a deletion."""

    seq: int
    table: str
    rid: str
    field: str
    at: str
    case_id: str | None
    conference_id: str | None


def pending(vault: Vault) -> list[Pending]:
    """What the triggers noted since the last commit, oldest first."""
    rows = vault.query(
        "SELECT seq, tbl, rid, field, at, case_id, conference_id FROM sync_pending ORDER BY seq"
    )
    return [
        Pending(int(seq), str(tbl), str(rid), str(fname), str(at), case_id, conf_id)
        for seq, tbl, rid, fname, at, case_id, conf_id in rows
    ]


def forget_pending(vault: Vault, up_to: int) -> None:
    """Drop the noted changes up to and including ``up_to`` (they are committed)."""
    vault.execute("DELETE FROM sync_pending WHERE seq <= ?", (up_to,))


# -- sync_versions ---------------------------------------------------------------------------


def versions_of(vault: Vault, table: str, ids: Iterable[str]) -> list[tuple[str, str, str]]:
    """(record id, field, registers as JSON text) of these records' stored versions."""
    out: list[tuple[str, str, str]] = []
    for chunk in chunks(ids):
        rows = vault.query(
            f"SELECT rid, field, siblings FROM sync_versions WHERE tbl = ? "
            f"AND rid IN ({marks(len(chunk))})",
            (table, *chunk),
        )
        out.extend((str(rid), str(fname), str(siblings)) for rid, fname, siblings in rows)
    return out


def replace_versions(
    vault: Vault,
    table: str,
    rid: str,
    case_id: str | None,
    registers: Sequence[tuple[str, str]],
) -> None:
    """Store a record's versions: (field, registers as JSON text), replacing what was there."""
    vault.execute("DELETE FROM sync_versions WHERE tbl = ? AND rid = ?", (table, rid))
    if registers:
        vault.executemany(
            "INSERT INTO sync_versions(tbl, rid, field, case_id, siblings) VALUES (?, ?, ?, ?, ?)",
            [(table, rid, fname, case_id, text) for fname, text in registers],
        )


def filed_case(vault: Vault, table: str, rid: str) -> str | None:
    """The case a record's versions are filed under (a deleted record's case)."""
    found = vault.scalar(
        "SELECT case_id FROM sync_versions WHERE tbl = ? AND rid = ? LIMIT 1", (table, rid)
    )
    return str(found) if found else None


def deleted_in_cases(vault: Vault, case_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(table, record id) of the records deleted from these cases."""
    out: list[tuple[str, str]] = []
    for chunk in chunks(case_ids):
        rows = vault.query(
            f"SELECT tbl, rid FROM sync_versions WHERE field = '{DELETED}' "
            f"AND case_id IN ({marks(len(chunk))})",
            chunk,
        )
        out.extend((str(tbl), str(rid)) for tbl, rid in rows)
    return out


def deletion_cases(vault: Vault, table: str, ids: Iterable[str]) -> dict[str, str | None]:
    """record id -> the case its deletion is filed under, for deleted records of a table."""
    out: dict[str, str | None] = {}
    for chunk in chunks(ids):
        rows = vault.query(
            f"SELECT rid, case_id FROM sync_versions WHERE tbl = ? AND field = '{DELETED}' "
            f"AND rid IN ({marks(len(chunk))})",
            (table, *chunk),
        )
        for rid, case_id in rows:
            out[str(rid)] = None if case_id is None else str(case_id)
    return out


# -- sync_changes ----------------------------------------------------------------------------

# Keyed by case first: a --since-last bundle reads one case's stamps, and new records of one
# case land next to each other (the directory's records have the case '').
_STAMP_ROW = "(?, ?, coalesce(?, ''), ?, ?)"
_STAMP_HEAD = "INSERT INTO sync_changes(tbl, rid, case_id, seq, origin) VALUES "
_STAMP_TAIL = (
    " ON CONFLICT(case_id, tbl, rid) DO UPDATE SET seq = excluded.seq, origin = excluded.origin"
)
_STAMP = _STAMP_HEAD + _STAMP_ROW + _STAMP_TAIL


@functools.lru_cache(maxsize=4)
def _stamps_sql(n: int) -> str:
    return _STAMP_HEAD + ", ".join([_STAMP_ROW] * n) + _STAMP_TAIL


# (table, record id, case id or None, tick, the device it came from or None)
Stamp = tuple[str, str, str | None, int, str | None]


def stamp(vault: Vault, stamps: Sequence[Stamp]) -> None:
    """Note the tick of each record's last change, and whether a peer's bundle brought it."""
    if len(stamps) == 1:
        vault.execute(_STAMP, stamps[0])
    else:
        # Case by case, as the table is keyed: a bundle's records come table by table, and
        # written in that order each lands on a random page of the index (59,000 stamps of
        # 1,000 cases: 0.11 s, in case order 0.07 s); many to a statement.
        ordered = sorted(stamps, key=_case_of_stamp)
        in_statements_of_many(vault, ordered, 5, _STAMP, _stamps_sql)


def _case_of_stamp(stamp: Stamp) -> str:
    return stamp[2] or ""


def changed_since(vault: Vault, case_id: str, seq: int, peer: str) -> list[tuple[str, str]]:
    """(table, record id) of a case's records changed after tick ``seq``, except those
    that came from ``peer`` itself. The directory's records have the case ''."""
    rows = vault.query(
        "SELECT tbl, rid FROM sync_changes WHERE case_id = ? AND seq > ? "
        "AND (origin IS NULL OR origin != ?)",
        (case_id, seq, peer),
    )
    return [(str(tbl), str(rid)) for tbl, rid in rows]


# -- conflicts -------------------------------------------------------------------------------


class ConflictRow(NamedTuple):
    id: str
    table: str
    rid: str
    field: str
    case_id: str | None
    detected_at: str


def _conflict(row: Sequence[Any]) -> ConflictRow:
    cid, tbl, rid, fname, case_id, detected_at = row
    return ConflictRow(
        str(cid),
        str(tbl),
        str(rid),
        str(fname),
        str(case_id) if case_id else None,
        str(detected_at),
    )


_CONFLICT_COLUMNS = "id, tbl, rid, field, case_id, detected_at"


def conflict_count(vault: Vault, case_id: str | None = None) -> int:
    """Open conflicts (of one case)."""
    if case_id is None:
        return int(vault.scalar("SELECT count(*) FROM conflicts"))
    return int(vault.scalar("SELECT count(*) FROM conflicts WHERE case_id = ?", (case_id,)))


def conflicts(vault: Vault, case_id: str | None = None) -> list[ConflictRow]:
    """Open conflicts (of one case), oldest first."""
    sql = f"SELECT {_CONFLICT_COLUMNS} FROM conflicts"
    params: tuple[Any, ...] = ()
    if case_id is not None:
        sql += " WHERE case_id = ?"
        params = (case_id,)
    return [_conflict(r) for r in vault.query(sql + " ORDER BY detected_at, id", params)]


def conflicts_starting(vault: Vault, prefix: str) -> list[ConflictRow]:
    """Open conflicts whose id starts with ``prefix``."""
    rows = vault.query(
        f"SELECT {_CONFLICT_COLUMNS} FROM conflicts WHERE substr(id, 1, ?) = ?",
        (len(prefix), prefix),
    )
    return [_conflict(r) for r in rows]


def conflicts_of(vault: Vault, table: str, rid: str) -> dict[str, str]:
    """conflict id -> when it was detected, for one record."""
    return {
        str(i): str(at)
        for i, at in vault.query(
            "SELECT id, detected_at FROM conflicts WHERE tbl = ? AND rid = ?", (table, rid)
        )
    }


def replace_conflicts(
    vault: Vault,
    table: str,
    rid: str,
    case_id: str | None,
    found: Sequence[tuple[str, str, str]],
) -> None:
    """Set one record's conflicts: (conflict id, field, detected at), replacing the old."""
    drop_conflicts(vault, table, rid)
    vault.executemany(
        "INSERT INTO conflicts(id, tbl, rid, field, case_id, detected_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(i, table, rid, fname, case_id, at) for i, fname, at in found],
    )


def drop_conflicts(vault: Vault, table: str, rid: str) -> None:
    vault.execute("DELETE FROM conflicts WHERE tbl = ? AND rid = ?", (table, rid))


def with_conflicts(vault: Vault, table: str, ids: Iterable[str]) -> set[str]:
    """Which of these records of ``table`` have an open conflict."""
    out: set[str] = set()
    for chunk in chunks(ids):
        rows = vault.query(
            f"SELECT rid FROM conflicts WHERE tbl = ? AND rid IN ({marks(len(chunk))})",
            (table, *chunk),
        )
        out.update(str(r[0]) for r in rows)
    return out


def deletion_conflicts(vault: Vault) -> list[tuple[str, str]]:
    """(table, record id) of every record with an open deleted-or-kept conflict."""
    rows = vault.query(f"SELECT tbl, rid FROM conflicts WHERE field = '{DELETED}'")
    return [(str(tbl), str(rid)) for tbl, rid in rows]

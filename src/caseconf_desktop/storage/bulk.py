"""Records in bulk: found by id or by one column, written as rows, checked for clashes.

The merge of bundles (services/sync.py) and the caseconf.v1 import (services/interchange.py)
both look up many records at once; SQLite accepts up to 32,766 bound parameters, so every
``IN (...)`` list here is sent in chunks far below that.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import sqlcipher3

from caseconf_desktop.storage.mapping import Table
from caseconf_desktop.storage.vault import Vault

T = TypeVar("T")

CHUNK = 500


def chunks(values: Iterable[str]) -> Iterator[list[str]]:
    """The distinct values, sorted, in lists of at most :data:`CHUNK`."""
    # dict.fromkeys keeps the order given: values already in order (a bundle's records
    # are) sort in one pass, where a set's order would need a full sort (58,000 ids:
    # 5 ms instead of 15 ms, and a bundle import asks for chunks a dozen times).
    batch = sorted(dict.fromkeys(values))
    for start in range(0, len(batch), CHUNK):
        yield batch[start : start + CHUNK]


def marks(n: int) -> str:
    return ", ".join("?" * n)


def rows_in(vault: Vault, table: Table[Any], column: str, values: Iterable[str]) -> list[Any]:
    """Raw rows (in the table's column order) whose ``column`` is one of ``values``."""
    out: list[Any] = []
    for chunk in chunks(values):
        out.extend(
            vault.query(f"{table.select_sql} WHERE {column} IN ({marks(len(chunk))})", chunk)
        )
    return out


def objects_in(vault: Vault, table: Table[T], column: str, values: Iterable[str]) -> list[T]:
    """Domain objects whose ``column`` is one of ``values``."""
    out: list[T] = []
    for chunk in chunks(values):
        out.extend(table.where(vault, f"{column} IN ({marks(len(chunk))})", chunk))
    return out


def existing_ids(vault: Vault, table: str, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are records of ``table``."""
    found: set[str] = set()
    for chunk in chunks(ids):
        rows = vault.query(f"SELECT id FROM {table} WHERE id IN ({marks(len(chunk))})", chunk)
        found.update(str(r[0]) for r in rows)
    return found


def ids_in_search_index(vault: Vault, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` the search index already holds (cases and entries share its ids)."""
    found: set[str] = set()
    for chunk in chunks(ids):
        sql = f"SELECT record_id FROM fts_rowids WHERE record_id IN ({marks(len(chunk))})"
        found.update(str(r[0]) for r in vault.query(sql, chunk))
    return found


def case_ids_by_reference(vault: Vault, references: Iterable[str]) -> dict[str, str]:
    """reference -> id of the stored cases that carry one of ``references``."""
    owners: dict[str, str] = {}
    for chunk in chunks(references):
        sql = f"SELECT reference, id FROM cases WHERE reference IN ({marks(len(chunk))})"
        owners.update({str(r[0]): str(r[1]) for r in vault.query(sql, chunk)})
    return owners


def other_case_with_reference(vault: Vault, reference: str, case_id: str) -> str | None:
    """The id of a case other than ``case_id`` that has ``reference``, if there is one."""
    found = vault.scalar(
        "SELECT id FROM cases WHERE reference = ? AND id != ?", (reference, case_id)
    )
    return None if found is None else str(found)


def case_reference(vault: Vault, case_id: str) -> str:
    """A case's reference ('' when the case is not in this vault)."""
    return str(vault.scalar("SELECT reference FROM cases WHERE id = ?", (case_id,)) or "")


def conference_case(vault: Vault, conference_id: str) -> str | None:
    """The case a stored conference belongs to (None when it is not stored)."""
    found = vault.scalar("SELECT case_id FROM conferences WHERE id = ?", (conference_id,))
    return None if found is None else str(found)


# Parameters bound to one statement of many rows: SQLite takes up to 32,766 since 3.32, 999
# before (a SQLCipher older than 4.4.1). A statement of 4,000 is compiled in well under a
# millisecond and kept in the statement cache; 999 gives most of the gain too.
ROW_PARAMETERS = 4000 if sqlcipher3.sqlite_version_info >= (3, 32, 0) else 999


def write_rows(vault: Vault, table: Table[Any], rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert or update rows already in the table's column form.

    Many rows go in statements of some hundred rows each (the rest one by one). The
    triggers still run row by row, but a statement that writes to the full-text index
    (FTS5) first makes it write out what it holds: one statement per row, a bundle's
    10,000 entries made 10,000 index segments to merge (entries 32 µs a row, cases 36 µs;
    in statements of 300 rows 16 and 19 µs), and each statement costs its own start.
    """
    in_statements_of_many(vault, rows, len(table.columns), table.upsert_sql, table.upsert_rows_sql)


def in_statements_of_many(
    vault: Vault,
    rows: Sequence[Sequence[Any]],
    width: int,
    one: str,
    many: Callable[[int], str],
) -> None:
    """Run ``one`` (a statement of one row of ``width`` parameters) for every row, as
    ``many(n)`` (the same for n rows) for as many rows at a time as take
    :data:`ROW_PARAMETERS` parameters, and ``one`` for the rest."""
    per = max(1, ROW_PARAMETERS // width)
    whole = len(rows) - len(rows) % per if len(rows) >= per else 0
    if whole:
        sql = many(per)
        for start in range(0, whole, per):
            vault.execute(sql, list(itertools.chain.from_iterable(rows[start : start + per])))
    rest = rows[whole:]
    if len(rest) == 1:
        vault.execute(one, rest[0])
    elif rest:
        vault.executemany(one, rest)


def update_columns(
    vault: Vault, table: str, record_id: str, values: Sequence[tuple[str, Any]]
) -> None:
    """Set some columns of one record: (column, value in column form) pairs."""
    if not values:
        return
    sets = ", ".join(f"{col} = ?" for col, _ in values)
    vault.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*(v for _, v in values), record_id))


def delete(vault: Vault, table: str, record_id: str) -> None:
    """Delete one record (foreign keys may refuse it: sqlcipher3.IntegrityError)."""
    vault.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))


def is_referred_to(vault: Vault, source: str, column: str, target: str, record_id: str) -> bool:
    """Whether a row of ``source`` refers to record ``record_id`` of ``target`` by ``column``.

    A record's reference to itself (an action carried forward from itself) does not count.
    """
    if source == target:
        sql = f'SELECT 1 FROM "{source}" WHERE "{column}" = ? AND id != ? LIMIT 1'
        params: tuple[str, ...] = (record_id, record_id)
    else:
        sql = f'SELECT 1 FROM "{source}" WHERE "{column}" = ? LIMIT 1'
        params = (record_id,)
    return bool(vault.scalar(sql, params))


def defer_foreign_keys(vault: Vault) -> None:
    """Check foreign keys at the end of the transaction, not after each statement."""
    vault.execute("PRAGMA defer_foreign_keys = ON")

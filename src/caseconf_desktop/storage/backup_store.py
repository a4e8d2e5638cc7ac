"""Whole-file copies of a vault: SQLCipher's export, read-only opening, and the checks.

services/backup.py and services/passphrase.py decide when to copy, where to, and what a
failed check means; this module holds the SQL they need: ``sqlcipher_export`` into an
attached database, ``PRAGMA integrity_check`` and ``cipher_integrity_check``, the row count
of every table, and the audit head of a copy read back from disk.

Functions take a :class:`~caseconf_desktop.storage.vault.Vault`, also for a file that is
only being checked (:func:`open_read_only` gives one over a read-only connection).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from caseconf_desktop import errors
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.vault import Vault, known_errors

ALIAS = "caseconf_copy"  # the schema name a copy is attached under
SIDE_FILES = ("-wal", "-shm", "-journal")


class RowCountsDiffer(Exception):
    """The copy's row counts differ from the source's; the copy was rolled back."""


def _connection(vault: Vault) -> Any:
    """The vault's own connection: the work below needs it bare (ATTACH, raw errors)."""
    return vault._conn


# -- checks ---------------------------------------------------------------------------------


def _table_names(conn: Any, alias: str) -> list[str]:
    """Ordinary tables (FTS shadow tables included, virtual tables themselves excluded)."""
    rows = conn.execute(
        f"SELECT name, sql FROM {alias}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [
        str(name) for name, sql in rows if not str(sql or "").upper().startswith("CREATE VIRTUAL")
    ]


def table_counts(vault: Vault, alias: str = "main") -> dict[str, int]:
    """Rows per table: two vaults with equal counts and equal audit heads hold the same log.

    ``alias`` names an attached database (:data:`ALIAS` while a copy is attached).
    Database errors are raised as they come; the caller classifies them.
    """
    conn = _connection(vault)
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {alias}."{name}"').fetchone()[0])
        for name in _table_names(conn, alias)
    }


def integrity_problems(vault: Vault, alias: str = "main") -> list[str]:
    """What SQLite and SQLCipher find wrong with a database (empty when it is sound).

    Database errors are raised as they come; the caller classifies them.
    """
    conn = _connection(vault)
    problems: list[str] = []
    rows = conn.execute(f"PRAGMA {alias}.cipher_integrity_check").fetchall()
    problems += [str(r[0]) for r in rows]
    rows = conn.execute(f"PRAGMA {alias}.integrity_check").fetchall()
    problems += [str(r[0]) for r in rows if str(r[0]) != "ok"]
    return problems


@contextlib.contextmanager
def open_read_only(path: Path, passphrase: str) -> Iterator[Vault]:
    """A keyed vault that changes nothing on disk, for checking a file we did not write.

    ``immutable`` takes no locks and creates no -wal/-shm next to the file (a backup may sit
    on read-only media); a file that has a WAL beside it is read with it, read-only. Not
    migrated: the schema is as the file has it.
    """
    side = any(Path(f"{path}{s}").exists() for s in SIDE_FILES)
    uri = path.resolve().as_uri() + ("?mode=ro" if side else "?immutable=1")
    with known_errors(path):
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        with known_errors(path):
            conn.set_key(passphrase)
            conn.execute("PRAGMA cipher_log_level = NONE")
            if not conn.execute("PRAGMA cipher_version").fetchone():
                raise errors.NoSqlCipher()
            conn.execute("PRAGMA temp_store = MEMORY")
            # The first read proves the key (and that this is a database at all).
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield Vault(path, conn)
    finally:
        conn.close()


# -- copying --------------------------------------------------------------------------------


def export_into(vault: Vault, target: Path, version: int, *, key: str | None = None) -> None:
    """Copy every table, index, trigger and row of the vault's main database into ``target``.

    Without ``key`` the copy is encrypted exactly like the source (same passphrase); with it,
    under that passphrase instead. SQLCipher's export does not carry the user version, so
    ``version`` is written into the copy. Raises :class:`RowCountsDiffer` (the copy rolled
    back) when the copy's row counts differ from the source's; database errors are
    classified as the vault's (:func:`~caseconf_desktop.storage.vault.known_errors`).
    """
    conn = _connection(vault)
    with known_errors(vault.path):
        if key is None:
            conn.execute(f"ATTACH DATABASE ? AS {ALIAS}", (str(target),))
        else:
            conn.execute(f"ATTACH DATABASE ? AS {ALIAS} KEY ?", (str(target), key))
        try:
            conn.execute(f"PRAGMA {ALIAS}.synchronous = FULL")
            # One read transaction: the copy shows the vault at one instant, even while
            # another program saves (WAL readers see a snapshot and do not block the writer).
            conn.execute("BEGIN")
            try:
                conn.execute(f"SELECT sqlcipher_export('{ALIAS}')").fetchall()
                conn.execute(f"PRAGMA {ALIAS}.user_version = {int(version):d}")
                if table_counts(vault) != table_counts(vault, ALIAS):
                    raise RowCountsDiffer()
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                raise
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute(f"DETACH DATABASE {ALIAS}")


@dataclass(frozen=True, slots=True)
class CopyOnDisk:
    """A copy as read back from disk by :func:`read_back`."""

    problems: list[str]  # integrity findings, empty when sound
    head: str  # the copy's audit head
    in_chain: bool  # that head is the expected one or a row of the vault's own chain


def read_back(vault: Vault, copy: Path, head: str) -> CopyOnDisk | None:
    """Read a copy keyed like ``vault`` back from disk (its own pager, not our page cache).

    ``head`` is the vault's audit head when the copy was taken. Another connection may save
    meanwhile, so the copy's head may be newer: ``in_chain`` tells whether it is still a row
    of this vault's chain. None when the copy cannot be read at all (damaged pages).
    """
    conn = _connection(vault)
    try:
        conn.execute(f"ATTACH DATABASE ? AS {ALIAS}", (str(copy),))
        try:
            problems = integrity_problems(vault, ALIAS)
            row = conn.execute(
                f"SELECT hash FROM {ALIAS}.audit_log ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            copy_head = row[0] if row else audit.GENESIS
            known = copy_head == head or bool(
                conn.execute("SELECT 1 FROM main.audit_log WHERE hash = ?", (copy_head,)).fetchone()
            )
        finally:
            conn.execute(f"DETACH DATABASE {ALIAS}")
    except sqlcipher3.DatabaseError:
        return None
    return CopyOnDisk(problems, copy_head, known)


# -- the audit log's record of backups -----------------------------------------------------


def seq_of_hash(vault: Vault, digest: str) -> int | None:
    """The audit row whose hash is ``digest``, or None."""
    seq = vault.scalar("SELECT seq FROM audit_log WHERE hash = ?", (digest,))
    return None if seq is None else int(seq)


def last_logged(vault: Vault, action: str) -> datetime | None:
    """When the audit log last recorded ``action``, or None."""
    at = vault.scalar(
        "SELECT at FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1", (action,)
    )
    return datetime.fromisoformat(str(at)) if at else None

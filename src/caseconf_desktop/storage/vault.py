"""The vault: one SQLCipher file, keyed before anything else touches it.

Opening never writes to the file until the key has been proven right, so a wrong
passphrase leaves the file byte-for-byte unchanged. Every SQLCipher/SQLite error that
escapes this module is classified into a :class:`~caseconf_desktop.errors.KnownError`
(wrong passphrase, not a vault, disk full, read-only, locked, corrupt) or left as a bug.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from caseconf_desktop import errors, i18n, paths
from caseconf_desktop.domain.changes import ChangeLog
from caseconf_desktop.storage import schema

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
# SQLCipher 4 default page size: an encrypted vault is always a whole number of pages.
PAGE_SIZE = 4096

DbError = sqlcipher3.DatabaseError


def classify(exc: BaseException, path: Path) -> errors.KnownError | None:
    """Map a database exception to the known error it stands for, or None for a bug."""
    if not isinstance(exc, sqlcipher3.Error):
        return None
    text = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "") or ""
    if "file is not a database" in text or name == "SQLITE_NOTADB":
        return _notadb(path)
    if "database or disk is full" in text or name == "SQLITE_FULL":
        return errors.DiskFull()
    if "readonly" in text or name.startswith("SQLITE_READONLY"):
        return errors.ReadOnly(str(path))
    if "database is locked" in text or name.startswith("SQLITE_BUSY"):
        return errors.Locked(str(path))
    if "malformed" in text or name.startswith("SQLITE_CORRUPT"):
        return errors.Corrupt(str(path))
    if "unable to open database" in text or name.startswith("SQLITE_CANTOPEN"):
        return errors.ReadOnly(str(path)) if path.exists() else errors.VaultMissing(str(path))
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return errors.Corrupt(str(path))
    return None


def _notadb(path: Path) -> errors.KnownError:
    """SQLite says "not a database" both for a wrong key and for a file that is no vault."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return errors.NotAVault(str(path))
    # A vault starts with a random 16-byte salt; one repeated byte (a zero-filled file,
    # as a crash can leave behind) is no salt, so no passphrase could ever open it.
    if size == 0 or size % PAGE_SIZE or head == SQLITE_MAGIC or len(set(head)) == 1:
        return errors.NotAVault(str(path))
    return errors.WrongPassphrase(str(path))


@contextlib.contextmanager
def known_errors(path: Path) -> Iterator[None]:
    """Re-raise database errors that have a user meaning as KnownError."""
    try:
        yield
    except sqlcipher3.Error as exc:
        known = classify(exc, path)
        if known is None:
            raise
        raise known from exc


def fold(text: object) -> object:
    """Text as the search index stores it: accents and other marks removed, in any script.

    FTS5's own ``remove_diacritics`` folds Latin letters only; Greek tonos, for one, stays.
    """
    if not isinstance(text, str) or text.isascii():
        return text  # ASCII has no marks to remove (most entries: a bundle's import, faster)
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def register_functions(conn: Any) -> None:
    """Give a connection the SQL functions the vault's schema calls.

    The full-text triggers index text through ``caseconf_fold`` (schema version 4 on).
    """
    conn.create_function("caseconf_fold", 1, fold, deterministic=True)


def _keyed_connection(target: str, path: Path, passphrase: str, *, uri: bool = False) -> Any:
    with known_errors(path):
        conn = sqlcipher3.connect(
            target, uri=uri, isolation_level=None, check_same_thread=False, timeout=5.0
        )
        conn.set_key(passphrase)
        # SQLCipher logs decryption failures to stderr by default; we report our own.
        conn.execute("PRAGMA cipher_log_level = NONE")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        register_functions(conn)
    if not row or not row[0]:
        conn.close()
        raise errors.NoSqlCipher()
    return conn


_SIDE_FILES = ("-wal", "-shm", "-journal")


def _probe(path: Path, passphrase: str) -> None:
    """Prove the passphrase (and refuse a newer schema) without touching any file.

    A normal connection joins the -wal/-shm pair before its first read fails on a wrong
    key: it claims a read mark in -shm, and as the last connection it checkpoints a WAL
    left by a crash into the vault and deletes it (a leftover journal would be rolled
    back). An immutable connection takes no locks and opens neither WAL nor journal, so a
    wrong passphrase changes nothing on disk. It sees the vault as of its last
    checkpoint, which is enough to prove the key.
    """
    # The same (possibly relative) path the real connection will use, as a URI.
    uri = path.as_uri() if path.is_absolute() else "file:" + urllib.parse.quote(path.as_posix())
    conn = _keyed_connection(uri + "?immutable=1", path, passphrase, uri=True)
    try:
        with known_errors(path):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except errors.Corrupt:
        # A kill during a checkpoint leaves the file alone half old, half new; only with
        # its WAL is it whole. Page 1 decrypted (a wrong key fails there, as "not a
        # database"), so the key is proven: the real connection replays the WAL.
        return
    finally:
        conn.close()
    # Versions only grow, so a checkpointed version above ours is final.
    if found > schema.CURRENT_VERSION:
        raise errors.NewerVault(str(path), found, schema.CURRENT_VERSION)


class Vault:
    """An open, unlocked vault. Not thread-safe: one thread owns it (see ui/tasks.py)."""

    def __init__(self, path: Path, conn: Any) -> None:
        self.path = path
        self._conn = conn
        self._depth = 0
        # What the current unit of work wrote (taken by the vault worker after each one),
        # and how many statements ran: reads and writes (the runner's query-count test).
        self.changes = ChangeLog()
        self.reads = 0
        self.writes = 0

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """Create a new vault; refuses to touch an existing file."""
        path = Path(path)
        if path.exists():
            raise errors.VaultExists(str(path))
        if not passphrase:
            raise errors.InvalidInput(_tr("The passphrase must not be empty."))
        try:
            paths.make_private_dir(path.parent)
            # Owner-only from the first byte; SQLite gives -wal/-shm the same mode.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError as exc:
            raise errors.VaultExists(str(path)) from exc
        except OSError as exc:
            raise errors.ReadOnly(str(path.parent)) from exc
        vault = cls._connect(path, passphrase)
        try:
            with known_errors(path):
                vault._configure()
                schema.migrate(vault._conn, str(path))
        except BaseException:
            vault.close()
            with contextlib.suppress(OSError):
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        return vault

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        """Unlock an existing vault and bring its schema up to date."""
        path = Path(path)
        if not path.exists():
            raise errors.VaultMissing(str(path))
        if path.is_dir():
            raise errors.NotAVault(str(path))
        try:
            empty = path.stat().st_size == 0
        except OSError as exc:
            raise errors.VaultMissing(str(path)) from exc
        if empty:
            # SQLite would happily turn an empty file into a fresh database.
            raise errors.NotAVault(str(path))
        if not passphrase:
            # Never a vault's passphrase (creating one refuses it); SQLCipher, given no key,
            # would fail with an API-misuse error rather than say so.
            raise errors.WrongPassphrase(str(path))
        if any(Path(f"{path}{suffix}").exists() for suffix in _SIDE_FILES):
            # Only a WAL, its index or a journal give a failing open something to change;
            # proving the key first costs a second key derivation, so only then.
            _probe(path, passphrase)
        vault = cls._connect(path, passphrase)
        try:
            with known_errors(path):
                # The first read proves the key. Nothing before it writes to the file.
                vault._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                found = vault._conn.execute("PRAGMA user_version").fetchone()[0]
                if found > schema.CURRENT_VERSION:
                    raise errors.NewerVault(str(path), found, schema.CURRENT_VERSION)
                if found == 0:
                    # An encrypted database without our schema: not ours to migrate.
                    raise errors.NotAVault(str(path))
                vault._configure()
                schema.migrate(vault._conn, str(path))
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _connect(cls, path: Path, passphrase: str) -> Vault:
        return cls(path, _keyed_connection(str(path), path, passphrase))

    def _configure(self) -> None:
        c = self._conn
        c.execute("PRAGMA foreign_keys = ON")
        # Temporary tables and sort spills stay in memory: a temp file would hold plaintext.
        c.execute("PRAGMA temp_store = MEMORY")
        # WAL rather than a rollback journal: readers (search while the runner autosaves)
        # do not block the writer, and a kill -9 at any moment leaves either the old or
        # the new state. synchronous=FULL makes an acknowledged save survive a power cut.
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = FULL")
        # 32 MiB of decrypted pages. 8 MiB saved about 25 MiB of the window's memory on a
        # 10,000-case vault but made full-text search four times slower (issue 14: the FTS
        # index does not fit); search is what a coordinator does all day.
        c.execute("PRAGMA cache_size = -32768")

    # -- use ----------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        """False once closed. The raw connection itself never leaves storage/."""
        return self._conn is not None

    def execute(self, sql: str, params: Any = (), *, noted: bool = False) -> Any:
        """Run one statement. A write is noted in ``changes`` (by table only, unless the
        caller, like mapping.Table, has ``noted`` it with its cases)."""
        self._count(sql, noted)
        with known_errors(self.path):
            return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any, *, noted: bool = False) -> Any:
        self._count(sql, noted)
        with known_errors(self.path):
            return self._conn.executemany(sql, rows)

    def _count(self, sql: str, noted: bool) -> None:
        table = written_table(sql)
        if table is None:
            self.reads += 1
            return
        self.writes += 1
        if not noted:
            self.changes.note(table, scoped=False)

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        self.reads += 1
        with known_errors(self.path):
            return list(self._conn.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Any = ()) -> Any:
        self.reads += 1
        with known_errors(self.path):
            row = self._conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Vault]:
        """One atomic unit of work; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        with known_errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            with known_errors(self.path):
                self._conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("ROLLBACK")
            raise

    # -- metadata -----------------------------------------------------------------------

    def get_meta(self, key: str, default: str = "") -> str:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def close(self) -> None:
        if self._conn is None:
            return
        if self.writes and not self._conn.in_transaction:
            # Whoever wrote here (a demo, an import, a bundle in a worker process) brings
            # the case summaries up to date now, so the next unlock does not wait for it.
            from caseconf_desktop.storage import summaries

            with contextlib.suppress(sqlcipher3.Error, errors.KnownError):
                summaries.refresh(self)  # else the next reader does it, as before
        with contextlib.suppress(sqlcipher3.Error):
            self._conn.close()
        self._conn = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+(\w+)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def written_table(sql: str) -> str | None:
    """The table a write statement writes to, or None for anything else."""
    found = _WRITE.match(sql)
    return found.group(1) if found else None


_tr = i18n.tr_in("Vault")

"""Changing the vault's passphrase so that a crash can never leave it unopenable.

``PRAGMA rekey`` re-encrypts every page in place; in WAL mode the new pages pass through
the WAL while the file header still carries the old key's salt, and we could not prove
what a kill at every moment of that leaves behind. So the change is made by copy:

1. prove the current passphrase and take the vault for ourselves: leave WAL mode (refused
   while any other connection is open, which is how we know none is) and hold an
   exclusive lock, so nobody reads or writes the file until we are done;
2. export everything into a new file in the same folder, encrypted under the new
   passphrase; open it as a vault, check it (integrity, every page's HMAC, the audit chain,
   the row count of every table) and record the change in its audit log;
3. ``os.replace`` the new file over the vault: one atomic rename.

Before the rename the vault is the old file and only the old passphrase opens it; after
it, the new file and only the new passphrase. A kill at any moment leaves exactly one of
the two working, never neither; at worst a leftover ``.<vault>.*.rekey`` file (encrypted
under the new passphrase) that the next change removes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors
from caseconf_desktop.services import backup as files
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.vault import Vault, known_errors

log = logging.getLogger(__name__)

MIN_LENGTH = 8
ACTION = "vault.passphrase_changed"
_SUFFIX = ".rekey"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Passphrase", text)


def check_new_passphrase(current: str, new: str) -> None:
    if len(new) < MIN_LENGTH:
        raise errors.InvalidInput(
            _tr("The new passphrase must be at least {n} characters long.").format(n=MIN_LENGTH)
        )
    if new == current:
        raise errors.InvalidInput(_tr("The new passphrase is the same as the current one."))


def leftovers(path: Path) -> list[Path]:
    """Files an interrupted change may have left next to the vault."""
    return sorted(path.parent.glob(f".{path.name}.*{_SUFFIX}*"))


def change_passphrase(vault: Vault, current: str, new: str) -> Vault:
    """Re-encrypt ``vault`` under ``new``; returns the vault reopened with it.

    ``current`` must be the vault's passphrase (WrongPassphrase otherwise). On any error
    before the switch the given vault stays open and unchanged; on success it is closed
    and the returned one takes its place.
    """
    started = time.perf_counter()
    check_new_passphrase(current, new)
    path = vault.path
    # Proves the current passphrase; a wrong one changes nothing on disk.
    Vault.open(path, current).close()
    conn = vault.conn
    with known_errors(path):
        _take_exclusive(vault)
    tmp: Path | None = None
    try:
        for old in leftovers(path):
            files.remove_with_side_files(old)
        version = vault.schema_version
        with known_errors(path):
            counts = files.table_counts(conn)
            head = audit.head(vault)[1]
        tmp = files._temp_in(path.parent, path.name, _SUFFIX)
        with known_errors(path):
            files.export_into(conn, tmp, version, key=new, report_as=path)
        _check_and_record(tmp, new, counts, head)
        files.fsync_file(tmp)
        _switch(vault, tmp, path)
        tmp = None
    except OSError as exc:
        _release(vault)
        raise errors.InvalidInput(
            _tr("Cannot write next to the vault in {folder}.").format(folder=path.parent)
        ) from exc
    except BaseException:
        _release(vault)
        raise
    finally:
        if tmp is not None:
            files.remove_with_side_files(tmp)
    files.fsync_folder(path.parent)
    reopened = Vault.open(path, new)
    log.info("passphrase changed in %.2f s", time.perf_counter() - started)
    return reopened


def _take_exclusive(vault: Vault) -> None:
    conn = vault.conn
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    try:
        # Leaving WAL mode needs the only connection; it also checkpoints and removes the
        # WAL, so no stale log can be replayed into the new file after the rename.
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise errors.Locked(str(vault.path))
        # A write transaction takes the exclusive lock now and, in this mode, keeps it.
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except BaseException:
        _release(vault)
        raise


def _release(vault: Vault) -> None:
    """Back to normal sharing and WAL mode (after a failure: the vault stays usable)."""
    conn = vault.conn
    if conn is None:
        return
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("PRAGMA locking_mode = NORMAL")
        # The lock is dropped at the next access in NORMAL mode.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")


def _check_and_record(tmp: Path, new: str, counts: dict[str, int], head: str) -> None:
    """Open the new file with the new passphrase; refuse it unless it equals the vault."""
    copy = Vault.open(tmp, new)
    try:
        with known_errors(tmp):
            problems = files.integrity_problems(copy.conn)
            same = files.table_counts(copy.conn) == counts and audit.head(copy)[1] == head
        report = audit.verify(copy)
        problem = problems[0] if problems else ""
        if not problem and not same:
            problem = _tr("the copy differs from the vault")
        if not problem and not report.ok:
            problem = _tr("audit log broken at row {seq}").format(seq=report.first_bad_seq)
        if problem:
            raise files.CopyFailedCheck(tmp, problem)
        # The record of the change travels inside the file that makes it.
        with copy.transaction():
            audit.append(copy, ACTION, "vault", copy.get_meta("owner_person_id", "system"))
    finally:
        copy.close()
    if any(Path(f"{tmp}{s}").exists() for s in ("-wal", "-journal")):
        raise files.CopyFailedCheck(tmp, _tr("the copy was not closed cleanly"))


def _switch(vault: Vault, tmp: Path, path: Path) -> None:
    """Rename the new file over the vault while still holding the old file's lock."""
    try:
        os.replace(tmp, path)
    except PermissionError:
        # Windows refuses to replace a file that is open: close first (a moment unlocked).
        vault.close()
        os.replace(tmp, path)
    vault.close()

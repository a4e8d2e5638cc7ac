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

import logging
import os
import time
from pathlib import Path

from caseconf_desktop import errors, i18n

# The strength rule lives in the domain (the unlock window asks it without loading this
# module); re-exported for the callers that change a passphrase.
from caseconf_desktop.domain.passphrase_policy import (
    MIN_LENGTH,
    MIN_SCORE,
    assess,
    check_new_passphrase,
    check_strength,
    weakness,
)
from caseconf_desktop.services import backup as files
from caseconf_desktop.storage import audit, backup_store, rekey
from caseconf_desktop.storage.vault import Vault, known_errors

log = logging.getLogger(__name__)

ACTION = "vault.passphrase_changed"
_SUFFIX = ".rekey"


_tr = i18n.tr_in("Passphrase")


__all__ = [
    "ACTION",
    "MIN_LENGTH",
    "MIN_SCORE",
    "assess",
    "change_passphrase",
    "check_new_passphrase",
    "check_strength",
    "leftovers",
    "weakness",
]


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
    rekey.take_exclusive(vault)
    tmp: Path | None = None
    try:
        for old in leftovers(path):
            files.remove_with_side_files(old)
        version = vault.schema_version
        with known_errors(path):
            counts = backup_store.table_counts(vault)
            head = audit.head(vault)[1]
        tmp = files._temp_in(path.parent, path.name, _SUFFIX)
        files.export_into(vault, tmp, version, key=new, report_as=path)
        _check_and_record(tmp, new, counts, head)
        files.fsync_file(tmp)
        _switch(vault, tmp, path)
        tmp = None
    except OSError as exc:
        rekey.release(vault)
        raise errors.InvalidInput(
            _tr("Cannot write next to the vault in {folder}.").format(folder=path.parent)
        ) from exc
    except BaseException:
        rekey.release(vault)
        raise
    finally:
        if tmp is not None:
            files.remove_with_side_files(tmp)
    files.fsync_folder(path.parent)
    reopened = Vault.open(path, new)
    log.info("passphrase changed in %.2f s", time.perf_counter() - started)
    return reopened


def _check_and_record(tmp: Path, new: str, counts: dict[str, int], head: str) -> None:
    """Open the new file with the new passphrase; refuse it unless it equals the vault."""
    copy = Vault.open(tmp, new)
    try:
        with known_errors(tmp):
            problems = backup_store.integrity_problems(copy)
            same = backup_store.table_counts(copy) == counts and audit.head(copy)[1] == head
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

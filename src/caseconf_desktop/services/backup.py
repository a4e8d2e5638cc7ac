"""Encrypted backups of the vault, and restores that are checked before they are trusted.

A backup is a complete vault file, encrypted with the same passphrase, written with
SQLCipher's ``sqlcipher_export`` into a database attached to the open vault. An attached
database without a KEY clause takes the vault's own key, so a backup never needs the
passphrase and can never be keyed with a mistyped one. The export runs in one read
transaction: in WAL mode another program may keep saving meanwhile, and the copy is the
vault as it was at one instant.

Every copy is written to a temporary file in the destination folder, checked (opened
again from disk: ``PRAGMA integrity_check``, ``PRAGMA cipher_integrity_check`` which checks
every page's HMAC, the schema version, the audit chain and the row count of every table)
and only then renamed into place, so an interrupted backup or restore never leaves a
half-written file under the chosen name. Backups and restores are recorded in the audit
log with counts and hashes, never with file names (a name could hold case content).
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from caseconf_desktop import errors, i18n, paths
from caseconf_desktop.domain.model import utcnow
from caseconf_desktop.services import files
from caseconf_desktop.storage import audit, backup_store, schema
from caseconf_desktop.storage.vault import Vault, known_errors

log = logging.getLogger(__name__)

BACKUP_ACTION = "vault.backup"
RESTORE_ACTION = "vault.restored"
SUFFIX = ".ccbackup"

_SIDE_FILES = backup_store.SIDE_FILES


_tr = i18n.tr_in("Backup")


class BackupDamaged(errors.VaultError):
    """A backup (or a copy being written) failed its checks; nothing was kept or restored."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(
            _tr("The backup at {path} is damaged ({problem}); nothing was restored.").format(
                path=path, problem=problem
            )
        )
        self.problem = problem


class CopyFailedCheck(errors.VaultError):
    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(
            _tr("The copy written to {path} failed its check ({problem}); it was not kept.").format(
                path=path, problem=problem
            )
        )
        self.problem = problem


class InUse(errors.VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _tr(
                "The vault at {path} is open or was not closed cleanly; close it and try again."
            ).format(path=path)
        )


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup wrote: where, how big, its SHA-256 and the audit head it contains."""

    path: Path
    size: int
    sha256: str
    schema_version: int
    audit_head: str
    seconds: float


@dataclass(frozen=True, slots=True)
class RestoreInfo:
    path: Path
    size: int
    source_sha256: str
    schema_version: int
    seconds: float


# -- checks -------------------------------------------------------------------------------


def _sound(vault: Vault, path: Path) -> str:
    """The first problem found in an opened vault file, or "" when it passes every check."""
    try:
        with known_errors(path):
            problems = backup_store.integrity_problems(vault)
            if problems:
                return problems[0]
            version = vault.schema_version
            if version < 1:
                return _tr("not a CaseConf vault")
            if version > schema.CURRENT_VERSION:
                raise errors.NewerVault(str(path), version, schema.CURRENT_VERSION)
            report = audit.verify(vault)
    except errors.Corrupt:
        return _tr("damaged pages")
    if not report.ok:
        return _tr("audit log broken at row {seq}").format(seq=report.first_bad_seq)
    return ""


def check_file(path: Path, passphrase: str) -> str:
    """Open a vault or backup file read-only and return its first problem ("" if sound).

    A wrong passphrase raises WrongPassphrase; a file that is no vault raises NotAVault.
    """
    path = Path(path)
    _require_file(path)
    try:
        with backup_store.open_read_only(path, passphrase) as copy:
            return _sound(copy, path)
    except errors.Corrupt:
        return _tr("damaged pages")


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise errors.InvalidInput(_tr("There is no backup file at {path}.").format(path=path))
    if path.stat().st_size == 0:
        raise errors.NotAVault(str(path))


# -- files --------------------------------------------------------------------------------


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _temp_in(folder: Path, name: str, suffix: str) -> Path:
    """An empty, owner-only file next to the destination (so the final rename is atomic)."""
    try:
        paths.make_private_dir(folder)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=suffix, dir=folder)
    except OSError as exc:
        raise errors.InvalidInput(
            _tr("Cannot write to the folder {folder}.").format(folder=folder)
        ) from exc
    os.close(fd)
    return Path(tmp)


def leftovers(folder: Path, name: str, suffix: str = ".part") -> list[Path]:
    """Temporary copies (and their -wal/-shm/-journal) that a killed backup, restore or
    passphrase change left in ``folder`` for the file ``name``: ``.NAME.XXXXXXXX.part``."""
    return sorted(folder.glob(f".{glob.escape(name)}.*{suffix}*"))


def remove_leftovers(folder: Path, name: str, suffix: str = ".part") -> int:
    """Remove them; returns how many files went.

    Another process writing a copy to the same name at this very moment would lose its
    temporary file and fail its check, leaving the destination as it was: safe, and rare.
    """
    removed = 0
    for path in leftovers(folder, name, suffix):
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    if removed:
        log.info("removed %d leftover temporary files", removed)
    return removed


def remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _io_error(exc: OSError, path: Path) -> errors.KnownError:
    if exc.errno == 28:  # ENOSPC
        return errors.DiskFull()
    return errors.InvalidInput(_tr("Cannot write {path}.").format(path=path))


def _check_attached(vault: Vault, copy: Path, head: str) -> tuple[str, str]:
    """Read a copy keyed like ``vault`` back from disk (its own pager, not our page cache).

    Returns (problem or "", the copy's audit head). Another connection may save while the
    copy is taken, so the copy's head may be newer than ``head``: it must then be a row of
    this vault's own chain (the copy is a consistent prefix of it).
    """
    found = backup_store.read_back(vault, copy, head)
    if found is None:
        return _tr("damaged pages"), ""
    if found.problems:
        return found.problems[0], found.head
    if not found.in_chain:
        return _tr("the audit log differs"), found.head
    return "", found.head


def export_into(
    vault: Vault, target: Path, version: int, *, key: str | None = None, report_as: Path
) -> None:
    """Copy every table, index, trigger and row of ``vault``'s main database into ``target``.

    Without ``key`` the copy is encrypted exactly like the source (same passphrase); with it,
    under that passphrase instead. A copy whose row counts differ raises CopyFailedCheck
    naming ``report_as``.
    """
    try:
        backup_store.export_into(vault, target, version, key=key)
    except backup_store.RowCountsDiffer:
        raise CopyFailedCheck(report_as, _tr("row counts differ")) from None


# -- backup -------------------------------------------------------------------------------


def default_file_name(today: date | None = None) -> str:
    """A name that says when, and nothing about any case."""
    return f"caseconf-{(today or date.today()).isoformat()}{SUFFIX}"


def backup(vault: Vault, dest: Path, *, passphrase: str | None = None) -> BackupInfo:
    """Write a checked, encrypted copy of the open vault to ``dest`` and audit it.

    ``dest`` may be an earlier backup (it is replaced only once the new copy has passed its
    checks). With ``passphrase``, the copy is also opened on its own with it, proving that
    this passphrase unlocks it.
    """
    started = time.perf_counter()
    dest = Path(dest)
    files.check_destination(dest, folder_must_exist=False)  # the folder is made if missing
    if any(_same_file(dest, Path(f"{vault.path}{s}")) for s in ("", *_SIDE_FILES)):
        raise errors.InvalidInput(
            _tr("A backup cannot replace the vault itself; choose another file.")
        )
    folder = dest.parent if str(dest.parent) else Path(".")
    if folder.is_dir():
        remove_leftovers(folder, dest.name)
    tmp = _temp_in(folder, dest.name, ".part")
    try:
        version = vault.schema_version
        head = audit.head(vault)[1]
        export_into(vault, tmp, version, report_as=dest)
        problem, head = _check_attached(vault, tmp, head)
        if problem:
            raise CopyFailedCheck(dest, problem)
        if passphrase is not None:
            problem = check_file(tmp, passphrase)
            if problem:
                raise CopyFailedCheck(dest, problem)
        digest = sha256_of(tmp)
        size = tmp.stat().st_size
        fsync_file(tmp)
        os.replace(tmp, dest)
        fsync_folder(folder)
    except OSError as exc:
        raise _io_error(exc, dest) from exc
    finally:
        remove_with_side_files(tmp)
    with vault.transaction():
        audit.append(
            vault,
            BACKUP_ACTION,
            "backup",
            digest,
            detail={"bytes": str(size), "schema": str(version), "audit_head": head},
        )
        # The head the backup holds, kept apart from the log: `audit verify` checks that the
        # chain still contains it (see storage/audit.py).
        seq = backup_store.seq_of_hash(vault, head)
        audit.record_anchor(vault, "backup", digest, seq=int(seq or 0), digest=head)
    seconds = time.perf_counter() - started
    log.info("backup written: %d bytes in %.2f s", size, seconds)
    return BackupInfo(dest, size, digest, version, head, seconds)


def last_backup(vault: Vault) -> datetime | None:
    """When this vault was last backed up (from the audit log), or None."""
    return backup_store.last_logged(vault, BACKUP_ACTION)


def days_without_backup(vault: Vault, now: datetime | None = None) -> int:
    """Whole days since the last backup, or since the vault was created if there is none."""
    now = now or utcnow()
    since = last_backup(vault)
    if since is None:
        created = vault.get_meta("created_at")
        since = datetime.fromisoformat(created) if created else now
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return max(0, (now - since).days)


def backup_due(vault: Vault, reminder_days: int, now: datetime | None = None) -> int | None:
    """Days without a backup when that is more than ``reminder_days``, else None."""
    days = days_without_backup(vault, now)
    return days if days > reminder_days else None


# -- restore ------------------------------------------------------------------------------


def restore(
    source: Path,
    dest: Path,
    passphrase: str,
    *,
    force: bool = False,
    reapply_erasures_from: Path | None = None,
) -> RestoreInfo:
    """Restore a backup into a new vault file at ``dest`` after checking it.

    Refuses an existing ``dest`` unless ``force`` (and even then a vault that is open or was
    not closed cleanly). A damaged backup raises BackupDamaged and writes nothing. With
    ``reapply_erasures_from`` (the current vault, same passphrase), every case erased there
    is erased again in the restored vault before it is put in place, and every tombstone
    copied: a backup older than an erasure does not bring the case back.
    """
    started = time.perf_counter()
    source, dest = Path(source), Path(dest)
    _require_file(source)
    erasures: dict[str, Any] = {}
    if reapply_erasures_from is not None:
        from caseconf_desktop.services import retention

        current = Path(reapply_erasures_from)
        if _same_file(current, dest):
            raise errors.InvalidInput(
                _tr("Restore into a new file, not over the vault the erasures come from.")
            )
        if not current.is_file():
            raise errors.VaultMissing(str(current))
        with Vault.open(current, passphrase) as vault:
            erasures = dict(retention.tombstones(vault))
    if _same_file(source, dest):
        raise errors.InvalidInput(
            _tr("Restore into a new file, not over the backup itself ({path}).").format(path=dest)
        )
    files.check_destination(dest, folder_must_exist=False)
    if dest.exists() and not force:
        raise errors.VaultExists(str(dest))
    if any(Path(f"{dest}{s}").exists() for s in _SIDE_FILES):
        raise InUse(dest)
    source_sha = sha256_of(source)
    folder = dest.parent if str(dest.parent) else Path(".")
    if folder.is_dir():
        remove_leftovers(folder, dest.name)
    tmp = _temp_in(folder, dest.name, ".part")
    try:
        try:
            with backup_store.open_read_only(source, passphrase) as copy:
                problem = _sound(copy, source)
                if problem:
                    raise BackupDamaged(source, problem)
                version = copy.schema_version
                export_into(copy, tmp, version, report_as=dest)
        except errors.Corrupt as exc:
            raise BackupDamaged(source, _tr("damaged pages")) from exc
        # The new vault, opened as the app will open it (an older backup is migrated here).
        restored = Vault.open(tmp, passphrase)
        try:
            problem = _sound(restored, tmp)
            if problem:
                raise CopyFailedCheck(dest, problem)
            with restored.transaction():
                audit.append(
                    restored,
                    RESTORE_ACTION,
                    "backup",
                    source_sha,
                    detail={"schema_of_backup": str(version)},
                )
            # A restored vault must not reuse change counters other devices already saw,
            # or they would take its next edits for ones they have and drop them.
            from caseconf_desktop.services import sync

            sync.after_restore(restored)
            if erasures:
                from caseconf_desktop.services import retention

                retention.reapply_erasures(restored, erasures)
            version = restored.schema_version
        finally:
            restored.close()
        if any(Path(f"{tmp}{s}").exists() for s in ("-wal", "-journal")):
            raise CopyFailedCheck(dest, _tr("the copy was not closed cleanly"))
        fsync_file(tmp)
        size = tmp.stat().st_size
        os.replace(tmp, dest)
        fsync_folder(folder)
    except OSError as exc:
        raise _io_error(exc, dest) from exc
    finally:
        remove_with_side_files(tmp)
    seconds = time.perf_counter() - started
    log.info("backup restored: %d bytes in %.2f s", size, seconds)
    return RestoreInfo(dest, size, source_sha, version, seconds)

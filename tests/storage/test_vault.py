"""The vault file: encryption at rest, error classification, and what a failed open leaves behind."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from caseconf_desktop import errors
from caseconf_desktop.domain.model import Case, Goal
from caseconf_desktop.services import vaults
from caseconf_desktop.storage import audit, schema
from caseconf_desktop.storage.mapping import CASES, GOALS
from caseconf_desktop.storage.vault import SQLITE_MAGIC, Vault, classify
from tests.conftest import PASSPHRASE

WRONG = "not the passphrase 0000"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (which ones exist, and a hash of each)."""
    return {
        f.name: hashlib.sha256(f.read_bytes()).hexdigest()
        for f in sorted(folder.iterdir())
        if f.is_file()
    }


def one_sentence(text: str) -> bool:
    return "\n" not in text.strip() and text.strip().endswith(".") and "Traceback" not in text


def make_vault(path: Path) -> None:
    vaults.init_vault(path, PASSPHRASE, "Mira Example", "Example Probation").close()


def keyed(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.set_key(PASSPHRASE)
    return conn


def leave_wal_behind(path: Path) -> None:
    """Write to the vault in a process that dies without closing: -wal and -shm stay."""
    script = (
        "import os, sys, pathlib\n"
        "from caseconf_desktop.services import vaults\n"
        "from caseconf_desktop.storage import audit\n"
        "v = vaults.unlock(pathlib.Path(sys.argv[1]), sys.argv[2])\n"
        "v.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "for i in range(20):\n"
        "    with v.transaction():\n"
        "        audit.append(v, 'test.crash', 'test', str(i))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path), PASSPHRASE], check=True, timeout=60)


# -- encryption at rest ---------------------------------------------------------------------


def test_vault_file_is_not_readable_as_plain_sqlite(vault: Vault) -> None:
    path = vault.path
    vault.close()
    plain = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def test_vault_file_has_no_sqlite_header(vault: Vault) -> None:
    vault.close()
    with vault.path.open("rb") as fh:
        head = fh.read(16)
    assert len(head) == 16
    assert head != SQLITE_MAGIC
    assert head != b"SQLite format 3\x00"


def test_open_vault_reports_a_cipher_version(vault: Vault) -> None:
    version = vault.scalar("PRAGMA cipher_version")
    assert version
    assert str(version)[0].isdigit()


# -- wrong passphrase -----------------------------------------------------------------------


def test_wrong_passphrase_raises_one_sentence_and_leaves_vault_unchanged(vault_path: Path) -> None:
    make_vault(vault_path)
    before = snapshot(vault_path.parent)

    with pytest.raises(errors.WrongPassphrase) as info:
        Vault.open(vault_path, WRONG)

    assert one_sentence(info.value.user_text)
    assert str(vault_path) in info.value.user_text
    assert snapshot(vault_path.parent) == before


def test_wrong_passphrase_leaves_wal_and_shm_of_an_open_vault_unchanged(vault: Vault) -> None:
    with vault.transaction():
        audit.append(vault, "test.write", "test", "1")
    folder = vault.path.parent
    before = snapshot(folder)
    assert {f"{vault.path.name}-wal", f"{vault.path.name}-shm"} <= set(before)

    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault.path, WRONG)

    assert snapshot(folder) == before


def test_wrong_passphrase_leaves_wal_left_by_a_crash_unchanged(vault_path: Path) -> None:
    make_vault(vault_path)
    leave_wal_behind(vault_path)
    before = snapshot(vault_path.parent)
    assert f"{vault_path.name}-wal" in before

    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault_path, WRONG)

    assert snapshot(vault_path.parent) == before
    # ...and the right passphrase still finds everything the crashed process committed.
    with vaults.unlock(vault_path, PASSPHRASE, record=False) as v:
        assert v.scalar("SELECT count(*) FROM audit_log WHERE action = 'test.crash'") == 20


# -- classification of files that are not (our) vaults ---------------------------------------


@pytest.mark.parametrize(
    "content",
    [os.urandom(10_000), os.urandom(100), b"", b"\x00" * 4096],
    ids=["random-bytes", "short-random-bytes", "empty", "zeroed-page"],
)
def test_file_that_is_no_vault_gives_not_a_vault_and_stays_unchanged(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "other.vault"
    path.write_bytes(content)
    before = snapshot(tmp_path)

    with pytest.raises(errors.NotAVault) as info:
        Vault.open(path, PASSPHRASE)

    assert one_sentence(info.value.user_text)
    assert snapshot(tmp_path) == before


def test_plain_sqlite_file_gives_not_a_vault_and_stays_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES ('plain')")
    conn.commit()
    conn.close()
    before = snapshot(tmp_path)

    with pytest.raises(errors.NotAVault):
        Vault.open(path, PASSPHRASE)

    assert snapshot(tmp_path) == before


def test_encrypted_database_without_our_schema_gives_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    conn = keyed(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.close()
    before = snapshot(tmp_path)

    with pytest.raises(errors.NotAVault):
        Vault.open(path, PASSPHRASE)

    assert snapshot(tmp_path) == before


def test_missing_path_gives_vault_missing_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "vaults"
    folder.mkdir()
    with pytest.raises(errors.VaultMissing) as info:
        Vault.open(folder / "nowhere.vault", PASSPHRASE)
    assert one_sentence(info.value.user_text)
    assert list(folder.iterdir()) == []


def test_directory_gives_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(errors.NotAVault):
        Vault.open(tmp_path, PASSPHRASE)


def test_create_on_existing_file_gives_vault_exists_and_leaves_it_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "taken.vault"
    path.write_bytes(b"somebody else's file")
    before = snapshot(tmp_path)

    with pytest.raises(errors.VaultExists):
        Vault.create(path, PASSPHRASE)
    with pytest.raises(errors.VaultExists):
        vaults.init_vault(path, PASSPHRASE, "Mira Example", "Example Probation")

    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("elsewhere", ["closed", "open-elsewhere"])
def test_newer_schema_version_is_refused_and_files_unchanged(
    vault_path: Path, elsewhere: str
) -> None:
    make_vault(vault_path)
    newer = schema.CURRENT_VERSION + 1
    conn = keyed(vault_path)
    try:
        conn.execute(f"PRAGMA user_version = {newer}")
        if elsewhere == "closed":
            conn.close()
        else:
            # Still open in another program: -wal and -shm exist next to the vault.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = snapshot(vault_path.parent)

        with pytest.raises(errors.NewerVault) as info:
            Vault.open(vault_path, PASSPHRASE)

        assert snapshot(vault_path.parent) == before
    finally:
        conn.close()
    assert one_sentence(info.value.user_text)
    assert str(newer) in info.value.user_text


def test_damaged_vault_gives_corrupt_not_wrong_passphrase(vault_path: Path) -> None:
    make_vault(vault_path)
    data = bytearray(vault_path.read_bytes())
    # Leave page 1 (salt and schema root) intact so the key is provable; damage all others.
    for offset in range(4096 + 100, len(data), 4096):
        data[offset] ^= 0xFF
    vault_path.write_bytes(bytes(data))

    with pytest.raises(errors.Corrupt), vaults.unlock(vault_path, PASSPHRASE) as v:
        for (table,) in v.query("SELECT name FROM sqlite_master WHERE type = 'table'"):
            v.query(f"SELECT * FROM {table}")


# -- read-only, locked, and the classifier ---------------------------------------------------


class _CapHeader(ctypes.Structure):
    _fields_ = (("version", ctypes.c_uint32), ("pid", ctypes.c_int))


class _CapData(ctypes.Structure):
    _fields_ = (
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    )


_CAP_VERSION_3 = 0x20080522
# CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER: what lets root ignore file modes.
_DAC_CAPS = (1 << 1) | (1 << 2) | (1 << 3)


@contextlib.contextmanager
def file_modes_enforced() -> Iterator[None]:
    """Make file modes bind this thread even as root, by dropping root's override rights.

    Capabilities belong to a thread, and SQLite runs in the calling thread, so nothing
    else in the test process is affected; the permitted set is kept, so they come back.
    """
    if os.geteuid() != 0:
        yield
        return
    if not sys.platform.startswith("linux"):
        pytest.skip("running as root, where file modes are ignored, and not on Linux")
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    header = _CapHeader(_CAP_VERSION_3, 0)
    caps = (_CapData * 2)()
    if libc.capget(ctypes.byref(header), caps) != 0:
        pytest.skip("running as root, where file modes are ignored, and capget failed")
    saved = caps[0].effective
    caps[0].effective = saved & ~_DAC_CAPS
    if libc.capset(ctypes.byref(header), caps) != 0:
        pytest.skip("running as root, where file modes are ignored, and capset failed")
    try:
        yield
    finally:
        caps[0].effective = saved
        assert libc.capset(ctypes.byref(header), caps) == 0, "could not restore capabilities"


def test_read_only_vault_opens_but_gives_read_only_error_on_write(vault_path: Path) -> None:
    make_vault(vault_path)
    vault_path.chmod(0o444)
    vault_bytes = vault_path.read_bytes()

    with file_modes_enforced():
        if os.access(vault_path, os.W_OK, effective_ids=True):
            pytest.skip("this user can write to a chmod 0o444 file")
        with Vault.open(vault_path, PASSPHRASE) as v:
            # Reading still works: a vault on read-only media can be looked at.
            assert v.scalar("SELECT action FROM audit_log WHERE seq = 1") == "vault.created"
            with pytest.raises(errors.ReadOnly) as info, v.transaction():
                audit.append(v, "test.write", "test", "1")
        with pytest.raises(errors.ReadOnly):
            vaults.unlock(vault_path, PASSPHRASE)  # unlocking is itself an audited write

    assert one_sentence(info.value.user_text)
    assert str(vault_path) in info.value.user_text
    assert vault_path.read_bytes() == vault_bytes


def test_write_while_another_connection_holds_the_write_lock_gives_locked(vault: Vault) -> None:
    vault.execute("PRAGMA busy_timeout = 50")
    other = keyed(vault.path)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(errors.Locked) as info, vault.transaction():
            audit.append(vault, "test.write", "test", "1")
        with pytest.raises(errors.Locked):
            vault.set_meta("test", "1")
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert one_sentence(info.value.user_text)
    # Once the other writer is gone, the same write succeeds.
    with vault.transaction():
        audit.append(vault, "test.write", "test", "1")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database or disk is full", errors.DiskFull),
        ("database is locked", errors.Locked),
        ("database disk image is malformed", errors.Corrupt),
        ("attempt to write a readonly database", errors.ReadOnly),
    ],
)
def test_classify_maps_sqlite_error_texts_to_known_errors(
    tmp_path: Path, message: str, expected: type[errors.KnownError]
) -> None:
    known = classify(sqlcipher3.OperationalError(message), tmp_path / "x.vault")
    assert type(known) is expected
    assert known is not None
    assert one_sentence(known.user_text)


def test_classify_leaves_bugs_unclassified(tmp_path: Path) -> None:
    path = tmp_path / "x.vault"
    assert classify(sqlcipher3.OperationalError("no such table: nope"), path) is None
    assert classify(sqlcipher3.IntegrityError("FOREIGN KEY constraint failed"), path) is None
    assert classify(ValueError("database is locked"), path) is None


# -- schema and migrations ---------------------------------------------------------------------


def test_fresh_vault_is_at_current_schema_version(vault: Vault) -> None:
    assert vault.schema_version == schema.CURRENT_VERSION
    assert schema.CURRENT_VERSION >= 1


def test_foreign_keys_are_enforced_on_created_and_reopened_vaults(vault: Vault) -> None:
    assert vault.scalar("PRAGMA foreign_keys") == 1
    with pytest.raises(sqlcipher3.IntegrityError, match="FOREIGN KEY"):
        GOALS.upsert(vault, Goal(case_id="no-such-case", text="Find work"))
    path = vault.path
    vault.close()

    with Vault.open(path, PASSPHRASE) as reopened:
        assert reopened.scalar("PRAGMA foreign_keys") == 1
        with pytest.raises(sqlcipher3.IntegrityError, match="FOREIGN KEY"):
            GOALS.upsert(reopened, Goal(case_id="no-such-case", text="Find work"))
        assert GOALS.count(reopened) == 0


def test_migrate_is_idempotent(vault: Vault) -> None:
    CASES.upsert(vault, Case(reference="IDEM-1", subject_name="Jon Placeholder"))
    tables = vault.query("SELECT type, name, sql FROM sqlite_master ORDER BY name")

    assert schema.migrate(vault._conn, str(vault.path)) == schema.CURRENT_VERSION
    assert schema.migrate(vault._conn, str(vault.path)) == schema.CURRENT_VERSION

    assert vault.schema_version == schema.CURRENT_VERSION
    assert vault.query("SELECT type, name, sql FROM sqlite_master ORDER BY name") == tables
    assert CASES.count(vault) == 1
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE) as reopened:
        assert reopened.schema_version == schema.CURRENT_VERSION
        assert reopened.query("SELECT type, name, sql FROM sqlite_master ORDER BY name") == tables


def test_failing_migration_leaves_schema_and_version_as_they_were(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = "CREATE TABLE half_done (x TEXT);\nINSERT INTO no_such_table VALUES (1);\n"
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS) + 1)

    with pytest.raises(sqlcipher3.OperationalError, match="no_such_table"):
        schema.migrate(vault._conn, str(vault.path))

    assert vault.schema_version == len(schema.MIGRATIONS) - 1
    assert vault.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_vault_file_is_readable_by_its_owner_only(vault: Vault) -> None:
    for suffix in ("", "-wal", "-shm"):
        f = Path(str(vault.path) + suffix)
        if f.exists():
            assert f.stat().st_mode & 0o077 == 0, f"{f.name} is readable by others"

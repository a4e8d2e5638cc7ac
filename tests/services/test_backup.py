"""Backups are complete, encrypted and checked; restores refuse anything damaged."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3

from caseconf_desktop import demo, errors
from caseconf_desktop.domain import model
from caseconf_desktop.services import backup, vaults
from caseconf_desktop.storage import audit, backup_store
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.safety_helpers import add_canary_case, dump


@pytest.fixture
def filled(vault: Vault) -> Vault:
    demo.generate(vault, 4)
    add_canary_case(vault)
    return vault


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def keyed(path: Path, passphrase: str = PASSPHRASE) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.set_key(passphrase)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def test_backup_then_restore_gives_identical_data(filled: Vault, tmp_path: Path) -> None:
    # sync_state holds the device's change counter, which a restore moves on on purpose.
    expected = dump(filled, skip=("audit_log", "sync_state"))
    log_before = audit.events(filled)
    clock_before = int(filled.scalar("SELECT clock FROM sync_state"))

    info = backup.backup(filled, tmp_path / "copies" / "vault.ccbackup")
    restored_info = backup.restore(info.path, tmp_path / "restored.vault", PASSPHRASE)

    with Vault.open(restored_info.path, PASSPHRASE) as restored:
        assert dump(restored, skip=("audit_log", "sync_state")) == expected
        # Other devices may have seen counters up to now: the restored vault counts on past them.
        assert int(restored.scalar("SELECT clock FROM sync_state")) >= clock_before + 1000
        log_after = audit.events(restored)
        assert log_after[: len(log_before)] == log_before
        assert [e.action for e in log_after[len(log_before) :]] == [backup.RESTORE_ACTION]
        assert audit.verify(restored).ok
        assert [c.reference for c in m.CASES.where(restored, order="reference")] == [
            c.reference for c in m.CASES.where(filled, order="reference")
        ]
    assert info.audit_head == log_before[-1].hash
    assert leftovers(tmp_path / "copies") == []
    assert leftovers(tmp_path) == []


def test_backup_is_a_vault_encrypted_with_the_same_passphrase(
    filled: Vault, tmp_path: Path
) -> None:
    info = backup.backup(filled, tmp_path / "b.ccbackup", passphrase=PASSPHRASE)

    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(info.path).execute("SELECT * FROM sqlite_master").fetchall()
    assert backup.check_file(info.path, PASSPHRASE) == ""
    with pytest.raises(errors.WrongPassphrase):
        backup.check_file(info.path, "not the passphrase")
    assert info.size == info.path.stat().st_size
    assert info.path.stat().st_mode & 0o077 == 0  # owner only, like the vault


def test_backup_is_recorded_in_the_audit_log_without_the_file_name(
    filled: Vault, tmp_path: Path
) -> None:
    assert backup.last_backup(filled) is None
    info = backup.backup(filled, tmp_path / "Secret-Name-Of-File.ccbackup")

    event = audit.events(filled)[-1]
    assert event.action == backup.BACKUP_ACTION
    assert event.object_id == info.sha256
    assert event.detail["bytes"] == str(info.size)
    assert "Secret" not in repr(event)
    assert backup.last_backup(filled) == event.at
    assert audit.verify(filled).ok


def test_backup_taken_while_another_connection_keeps_saving_is_consistent(
    filled: Vault, vault_path: Path, tmp_path: Path
) -> None:
    stop = threading.Event()
    written: list[str] = []

    def keep_saving() -> None:
        with Vault.open(vault_path, PASSPHRASE) as other:
            n = 0
            while not stop.is_set():
                n += 1
                with other.transaction():
                    case = m.CASES.upsert(
                        other, model.Case(reference=f"LIVE-{n:04d}", subject_name="Meanwhile")
                    )
                    audit.append(other, "cases.created", "cases", case.id, case_id=case.id)
                written.append(case.reference)
                # Saving as fast as a program can, but not back to back: a writer that never
                # lets go starves every other connection's lock (the backup's audit row) on a
                # loaded machine; the app's own saves are a second apart.
                time.sleep(0.002)

    writer = threading.Thread(target=keep_saving)
    writer.start()
    try:
        while len(written) < 3:
            time.sleep(0.01)
        info = backup.backup(filled, tmp_path / "b.ccbackup")
    finally:
        stop.set()
        writer.join()

    assert backup.check_file(info.path, PASSPHRASE) == ""  # integrity and audit chain
    conn = keyed(info.path)
    try:
        live = {
            r[0] for r in conn.execute("SELECT reference FROM cases WHERE reference LIKE 'LIVE-%'")
        }
        logged = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'cases.created'")
        assert logged.fetchone()[0] == len(live)  # each save with its audit row, or neither
    finally:
        conn.close()
    assert 3 <= len(live) <= len(written)
    assert live == {f"LIVE-{n:04d}" for n in range(1, len(live) + 1)}


def test_backup_replaces_an_earlier_backup_of_the_same_name(filled: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "b.ccbackup"
    first = backup.backup(filled, dest)
    m.CASES.upsert(filled, model.Case(reference="NEW-1", subject_name="Added later"))

    second = backup.backup(filled, dest)

    assert first.sha256 != second.sha256
    conn = keyed(dest)
    try:
        assert conn.execute("SELECT count(*) FROM cases WHERE reference = 'NEW-1'").fetchone()[0]
    finally:
        conn.close()


def test_backup_refuses_to_write_over_the_vault_itself(filled: Vault, vault_path: Path) -> None:
    size = vault_path.stat().st_size
    with pytest.raises(errors.InvalidInput):
        backup.backup(filled, vault_path)
    assert vault_path.stat().st_size == size
    assert leftovers(vault_path.parent) == []


def test_a_copy_that_fails_its_check_is_not_kept(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "b.ccbackup"
    real = backup_store.integrity_problems

    def damaged_copy(vault: Vault, alias: str = "main") -> list[str]:
        return ["HMAC verification failed for page 7"] if alias != "main" else real(vault, alias)

    monkeypatch.setattr(backup_store, "integrity_problems", damaged_copy)

    with pytest.raises(backup.CopyFailedCheck, match="page 7"):
        backup.backup(filled, dest)
    assert not dest.exists()
    assert leftovers(tmp_path) == []
    assert backup.last_backup(filled) is None


def damage(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("page", [2, 5, -1])
def test_a_damaged_backup_is_refused_and_nothing_is_written(
    filled: Vault, tmp_path: Path, page: int
) -> None:
    info = backup.backup(filled, tmp_path / "b.ccbackup")
    pages = info.size // 4096
    damage(info.path, ((page if page > 0 else pages) - 1) * 4096 + 1000)
    dest = tmp_path / "restored.vault"

    with pytest.raises(backup.BackupDamaged) as caught:
        backup.restore(info.path, dest, PASSPHRASE)

    assert str(info.path) in caught.value.user_text
    assert not dest.exists()
    assert leftovers(tmp_path) == []


def test_a_truncated_backup_is_refused(filled: Vault, tmp_path: Path) -> None:
    info = backup.backup(filled, tmp_path / "b.ccbackup")
    data = info.path.read_bytes()
    info.path.write_bytes(data[: len(data) // 2])

    with pytest.raises(errors.VaultError):
        backup.restore(info.path, tmp_path / "restored.vault", PASSPHRASE)
    assert not (tmp_path / "restored.vault").exists()


def test_a_backup_with_a_forged_audit_log_is_refused(filled: Vault, tmp_path: Path) -> None:
    info = backup.backup(filled, tmp_path / "b.ccbackup")
    conn = keyed(info.path)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET action = 'case.viewed' WHERE seq = 2")
    finally:
        conn.close()

    with pytest.raises(backup.BackupDamaged, match="audit log broken at row 2"):
        backup.restore(info.path, tmp_path / "restored.vault", PASSPHRASE)


def test_restore_with_a_wrong_passphrase_is_refused(filled: Vault, tmp_path: Path) -> None:
    info = backup.backup(filled, tmp_path / "b.ccbackup")
    with pytest.raises(errors.WrongPassphrase):
        backup.restore(info.path, tmp_path / "restored.vault", "wrong passphrase!")
    assert not (tmp_path / "restored.vault").exists()


def test_restore_leaves_the_backup_file_unchanged(filled: Vault, tmp_path: Path) -> None:
    info = backup.backup(filled, tmp_path / "b.ccbackup")
    before = info.path.read_bytes()
    backup.restore(info.path, tmp_path / "restored.vault", PASSPHRASE)
    assert info.path.read_bytes() == before
    names = sorted(p.name for p in tmp_path.iterdir() if p.name != "_home")
    assert names == ["b.ccbackup", "restored.vault"]


def test_restore_never_replaces_an_existing_file_without_force(
    filled: Vault, tmp_path: Path
) -> None:
    info = backup.backup(filled, tmp_path / "b.ccbackup")
    dest = tmp_path / "existing.vault"
    dest.write_bytes(b"someone's file")

    with pytest.raises(errors.VaultExists):
        backup.restore(info.path, dest, PASSPHRASE)
    assert dest.read_bytes() == b"someone's file"

    backup.restore(info.path, dest, PASSPHRASE, force=True)
    with Vault.open(dest, PASSPHRASE) as restored:
        assert m.CASES.count(restored) == m.CASES.count(filled)


def test_restore_with_force_refuses_a_vault_that_is_open(
    filled: Vault, vault_path: Path, tmp_path: Path
) -> None:
    info = backup.backup(filled, tmp_path / "b.ccbackup")
    assert Path(f"{vault_path}-wal").exists()  # the fixture's vault is open

    with pytest.raises(backup.InUse):
        backup.restore(info.path, vault_path, PASSPHRASE, force=True)
    assert filled.scalar("SELECT count(*) FROM cases") == m.CASES.count(filled)


def test_restore_of_a_missing_file_is_a_known_error(tmp_path: Path) -> None:
    with pytest.raises(errors.InvalidInput):
        backup.restore(tmp_path / "nothing.ccbackup", tmp_path / "r.vault", PASSPHRASE)


def test_a_copied_vault_file_can_be_restored_too(
    filled: Vault, vault_path: Path, tmp_path: Path
) -> None:
    filled.close()
    copy = tmp_path / "plain-copy.vault"
    copy.write_bytes(vault_path.read_bytes())  # closed cleanly: no WAL to carry

    backup.restore(copy, tmp_path / "restored.vault", PASSPHRASE)

    with Vault.open(tmp_path / "restored.vault", PASSPHRASE) as restored:
        assert m.CASES.where(restored, "reference = ?", ("CAN-0001",))


def test_reminder_is_due_after_the_configured_days_without_a_backup(
    filled: Vault, tmp_path: Path
) -> None:
    now = model.utcnow()
    assert backup.backup_due(filled, 7, now) is None
    assert backup.backup_due(filled, 7, now + timedelta(days=8)) == 8

    backup.backup(filled, tmp_path / "b.ccbackup")
    done = backup.last_backup(filled)
    assert done is not None

    assert backup.backup_due(filled, 7, done + timedelta(days=7)) is None
    assert backup.backup_due(filled, 7, done + timedelta(days=8)) == 8
    assert backup.days_without_backup(filled, done + timedelta(days=30)) == 30


def test_restored_backup_opens_with_unlock_like_any_vault(filled: Vault, tmp_path: Path) -> None:
    info = backup.backup(filled, tmp_path / "b.ccbackup")
    backup.restore(info.path, tmp_path / "restored.vault", PASSPHRASE)
    with vaults.unlock(tmp_path / "restored.vault", PASSPHRASE) as restored:
        assert vaults.owner(restored).person.name == "Ana Test-Owner"

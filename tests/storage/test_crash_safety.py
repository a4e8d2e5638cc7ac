"""kill -9 at random moments: the vault opens, is intact, and keeps every acknowledged save.

A child process saves case records in transactions (a case, its conference and five
entries, and an audit row, all in one) and prints each reference once its transaction has
committed. The parent kills it with SIGKILL at a random moment, many times over the same
vault, and after each kill checks what a user would need after a power cut.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3

from caseconf_desktop import errors
from caseconf_desktop.storage import audit, backup_store
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
ENTRIES_PER_SAVE = 5

WRITER = """
import os, sys
from pathlib import Path
from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import Section
from caseconf_desktop.services import vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.mapping import CASES, CONFERENCES, ENTRIES

vault = vaults.unlock(Path(sys.argv[1]), os.environ["CASECONF_PASSPHRASE"], record=False)
run = sys.argv[2]
n = 0
while True:
    n += 1
    with vault.transaction():
        case = CASES.upsert(vault, model.Case(reference=f"{run}-{n:05d}", subject_name="Kill " * 40))
        conf = CONFERENCES.upsert(vault, model.Conference(case.id, model.utcnow()))
        ENTRIES.upsert_many(vault, [
            model.Entry(conf.id, Section.RISK, f"note {i} " * 60, position=i)
            for i in range(__ENTRIES__)
        ])
        audit.append(vault, "crash.saved", "case", case.id, case_id=case.id)
    if n % 20 == 0:
        vault.execute("PRAGMA wal_checkpoint(PASSIVE)")  # kills land in checkpoints too
    print(case.reference, flush=True)
""".replace("__ENTRIES__", str(ENTRIES_PER_SAVE))


def start_writer(
    path: Path, run: str
) -> tuple[subprocess.Popen[str], list[str], threading.Event, threading.Thread]:
    env = {**os.environ, "CASECONF_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), run],
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acked: list[str] = []
    first = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            acked.append(line.strip())
            first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return proc, acked, first, reader


@pytest.mark.slow
def test_vault_survives_kill_9_at_random_moments_with_every_acknowledged_save(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    rng = random.Random()
    total_acked = 0
    for run in range(20):
        name = f"R{run:02d}"
        proc, acked, first, reader = start_writer(vault_path, name)
        assert first.wait(timeout=30), proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
        reader.join(timeout=30)  # every line the child wrote before it died
        assert proc.stderr is not None and proc.stdout is not None
        proc.stderr.close()
        proc.stdout.close()
        seen = list(acked)
        total_acked += len(seen)

        with Vault.open(vault_path, PASSPHRASE) as v:
            assert backup_store.integrity_problems(v) == [], f"run {run}"
            present = {
                str(r[0])
                for r in v.query(
                    "SELECT reference FROM cases WHERE reference LIKE ?", (f"{name}-%",)
                )
            }
            assert set(seen) <= present, f"run {run}: lost {sorted(set(seen) - present)}"
            # At most the one save in flight when the kill came got in unacknowledged.
            assert len(present) - len(seen) <= 1
            # Each save is all or nothing: a case, its five entries and its audit row.
            entries = v.scalar(
                "SELECT count(*) FROM entries e JOIN conferences f ON f.id = e.conference_id "
                "JOIN cases c ON c.id = f.case_id WHERE c.reference LIKE ?",
                (f"{name}-%",),
            )
            assert entries == ENTRIES_PER_SAVE * len(present)
            logged = v.scalar(
                "SELECT count(*) FROM audit_log a JOIN cases c ON c.id = a.case_id "
                "WHERE a.action = 'crash.saved' AND c.reference LIKE ?",
                (f"{name}-%",),
            )
            assert logged == len(present)
            report = audit.verify(v)
            assert report.ok, f"run {run}: chain broken at {report.first_bad_seq}"
    assert total_acked >= 20


def test_vault_killed_in_the_middle_of_a_checkpoint_opens_with_its_wal(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    """A checkpoint copies pages from the WAL into the file one by one: a kill half-way
    leaves a file that is only whole together with its WAL (here: the new page 1 is in,
    the schema pages it points to are not)."""
    vault.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.execute("PRAGMA wal_autocheckpoint = 0")
    with vault.transaction():
        for i in range(80):
            vault.execute(f"CREATE TABLE extra_{i} (id INTEGER PRIMARY KEY, note TEXT)")
            vault.execute(f"INSERT INTO extra_{i}(note) VALUES ('row {i}')")
    crashed = tmp_path / "crashed" / "caseconf.vault"
    crashed.parent.mkdir()
    for suffix in ("", "-wal"):  # what the disk holds at the moment of the kill
        shutil.copyfile(f"{vault_path}{suffix}", f"{crashed}{suffix}")
    wal = Path(f"{crashed}-wal").read_bytes()
    page, frame = 4096, 24 + 4096
    newest_page_1 = [
        wal[off + 24 : off + frame]
        for off in range(32, len(wal) - frame + 1, frame)
        if struct.unpack(">I", wal[off : off + 4])[0] == 1
    ][-1]
    data = bytearray(crashed.read_bytes())
    data[:page] = newest_page_1
    crashed.write_bytes(bytes(data))
    alone = sqlcipher3.connect(crashed.as_uri() + "?immutable=1", uri=True)
    try:
        alone.set_key(PASSPHRASE)
        alone.execute("PRAGMA cipher_log_level = NONE")
        with pytest.raises(sqlcipher3.DatabaseError, match="malformed"):
            alone.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        alone.close()

    before = {s: Path(f"{crashed}{s}").read_bytes() for s in ("", "-wal")}
    with pytest.raises(errors.WrongPassphrase):  # still told apart, and nothing touched
        Vault.open(crashed, "not the passphrase")
    assert {s: Path(f"{crashed}{s}").read_bytes() for s in ("", "-wal")} == before
    assert not Path(f"{crashed}-shm").exists()

    with Vault.open(crashed, PASSPHRASE) as v:
        assert backup_store.integrity_problems(v) == []
        assert v.scalar("SELECT note FROM extra_79") == "row 79"
        assert audit.verify(v).ok

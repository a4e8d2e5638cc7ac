"""Passphrase change: the new one works, the old one stops, and a kill never locks us out."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseconf_desktop import demo, errors
from caseconf_desktop.services import backup, passphrase, vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.safety_helpers import add_canary_case, dump

NEW = "a brand new passphrase 2030"
REPO = Path(__file__).resolve().parents[2]

CHILD = """
import os, sys
from pathlib import Path
from caseconf_desktop.services import passphrase, vaults
path, old, new = Path(sys.argv[1]), os.environ["OLD_PASS"], os.environ["NEW_PASS"]
vault = vaults.unlock(path, old, record=False)
print("start", flush=True)
passphrase.change_passphrase(vault, old, new).close()
print("done", flush=True)
"""


def opens_with(path: Path, secret: str) -> bool:
    try:
        Vault.open(path, secret).close()
    except errors.WrongPassphrase:
        return False
    return True


def test_after_a_change_only_the_new_passphrase_opens_the_same_data(
    vault: Vault, vault_path: Path
) -> None:
    demo.generate(vault, 3)
    add_canary_case(vault)
    expected = dump(vault, skip=("audit_log",))
    log = audit.events(vault)

    reopened = passphrase.change_passphrase(vault, PASSPHRASE, NEW)
    try:
        assert dump(reopened, skip=("audit_log",)) == expected
        after = audit.events(reopened)
        assert after[: len(log)] == log
        assert after[-1].action == passphrase.ACTION
        assert after[-1].actor == log[0].actor
        assert audit.verify(reopened).ok
    finally:
        reopened.close()
    assert not vault.is_open  # the old handle was closed
    assert not opens_with(vault_path, PASSPHRASE)
    assert opens_with(vault_path, NEW)
    assert backup.check_file(vault_path, NEW) == ""
    assert passphrase.leftovers(vault_path) == []
    assert vault_path.stat().st_mode & 0o077 == 0


def test_a_wrong_current_passphrase_changes_nothing(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(errors.WrongPassphrase):
        passphrase.change_passphrase(vault, "not the passphrase", NEW)
    assert vault.scalar("SELECT count(*) FROM audit_log") >= 1  # still open and usable
    vault.close()
    assert opens_with(vault_path, PASSPHRASE)
    assert not opens_with(vault_path, NEW)


@pytest.mark.parametrize(
    ("new", "message"), [("short", "at least 8"), (PASSPHRASE, "same as the current")]
)
def test_a_weak_or_unchanged_new_passphrase_is_refused(
    vault: Vault, vault_path: Path, new: str, message: str
) -> None:
    with pytest.raises(errors.InvalidInput, match=message):
        passphrase.change_passphrase(vault, PASSPHRASE, new)
    vault.close()
    assert opens_with(vault_path, PASSPHRASE)


def test_change_is_refused_while_another_program_has_the_vault_open(
    vault: Vault, vault_path: Path
) -> None:
    other = Vault.open(vault_path, PASSPHRASE)
    try:
        with pytest.raises(errors.Locked):
            passphrase.change_passphrase(vault, PASSPHRASE, NEW)
        # Both connections keep working, in WAL mode, under the old passphrase.
        with vault.transaction():
            audit.append(vault, "case.viewed", "case", "x")
        assert other.scalar("SELECT count(*) FROM audit_log WHERE object_id = 'x'") == 1
        assert vault.scalar("PRAGMA journal_mode") == "wal"
    finally:
        other.close()
    assert passphrase.leftovers(vault_path) == []
    vault.close()
    assert opens_with(vault_path, PASSPHRASE)


def test_leftovers_of_an_interrupted_change_are_removed_by_the_next(
    vault: Vault, vault_path: Path
) -> None:
    stale = vault_path.parent / f".{vault_path.name}.abc123.rekey"
    stale.write_bytes(b"\0" * 4096)
    Path(f"{stale}-journal").write_bytes(b"\0")
    assert len(passphrase.leftovers(vault_path)) == 2

    passphrase.change_passphrase(vault, PASSPHRASE, NEW).close()

    assert passphrase.leftovers(vault_path) == []


def run_child(path: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_start(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "start", proc.stderr.read() if proc.stderr else ""


@pytest.mark.slow
def test_kill_9_at_random_moments_of_a_change_leaves_exactly_one_working_passphrase(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    demo.generate(vault, 30)
    add_canary_case(vault)
    expected = dump(vault, skip=("audit_log",))
    vault.close()
    template = tmp_path / "template.vault"
    shutil.copyfile(vault_path, template)
    env = {**os.environ, "OLD_PASS": PASSPHRASE, "NEW_PASS": NEW, "QT_QPA_PLATFORM": "offscreen"}

    # How long an uninterrupted change takes, from "start" to the end of the process.
    target = tmp_path / "work" / "caseconf.vault"
    target.parent.mkdir()
    shutil.copyfile(template, target)
    proc = run_child(target, env)
    wait_for_start(proc)
    began = time.monotonic()
    _out, err = proc.communicate(timeout=60)
    duration = time.monotonic() - began
    assert proc.returncode == 0, err
    assert opens_with(target, NEW)

    rng = random.Random()

    def kill_after(delay: float) -> bool:
        """One change killed ``delay`` seconds in; checks the vault; True if NEW works."""
        for f in target.parent.iterdir():
            f.unlink()
        shutil.copyfile(template, target)
        proc = run_child(target, env)
        wait_for_start(proc)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)

        old_works, new_works = opens_with(target, PASSPHRASE), opens_with(target, NEW)
        assert old_works != new_works, f"after {delay:.3f} s: old={old_works} new={new_works}"
        working = NEW if new_works else PASSPHRASE
        assert backup.check_file(target, working) == "", f"after {delay:.3f} s"
        with Vault.open(target, working) as v:
            assert dump(v, skip=("audit_log",)) == expected, f"after {delay:.3f} s"
            assert audit.verify(v).ok
        return new_works

    runs = 10
    # Spread the kills over the whole change (and a little after), each at random within
    # its slot, so early, middle and late moments are all hit.
    outcomes = [kill_after(duration * 1.2 * (i + rng.random()) / runs) for i in range(runs)]
    # On a loaded machine a change may take longer than the one measured: make sure both
    # sides of the switch were seen, with a few more kills if needed.
    for extra in range(1, 4):
        if any(outcomes):
            break
        outcomes.append(kill_after(duration * (1.5 + extra)))
    for _extra in range(3):
        if not all(outcomes):
            break
        outcomes.append(kill_after(rng.uniform(0, duration / 4)))
    assert any(outcomes)  # kills after the switch: only the new passphrase works
    assert not all(outcomes)  # kills before it: only the old one
    # The last run left the vault under one passphrase; a fresh change still works.
    working = NEW if outcomes[-1] else PASSPHRASE
    other = PASSPHRASE if outcomes[-1] else NEW
    with vaults.unlock(target, working) as v:
        passphrase.change_passphrase(v, working, other).close()
    assert passphrase.leftovers(target) == []

"""Housekeeping (issue 11, finding 9): leftovers of killed backups and passphrase changes are
removed, folders the app creates are owner-only under any umask, a failed export leaves no
audit row, and the clipboard is cleared when the app quits."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseconf_desktop import app
from caseconf_desktop.services import backup, vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.cli.conftest import assert_one_line_error, run_cli
from tests.conftest import PASSPHRASE
from tests.safety_helpers import add_canary_case


@pytest.fixture
def cli_env(isolated_dirs: dict[str, Path]) -> dict[str, str]:
    """As tests/cli/conftest.py: the isolated folders, the passphrase, offscreen Qt."""
    env = {**os.environ, "CASECONF_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CASECONF_VAULT", None)
    return env


def killed_copy(vault_path: Path, folder: Path, name: str, suffix: str) -> list[Path]:
    """What a kill -9 in the middle of a copy leaves: ``.NAME.XXXXXXXX<suffix>`` and its
    journal, holding (encrypted) vault pages. Named exactly as tempfile.mkstemp names them."""
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / f".{name}.k3j_x9q2{suffix}"
    shutil.copyfile(vault_path, part)
    journal = Path(f"{part}-journal")
    journal.write_bytes(b"\0" * 512)
    return [part, journal]


def test_the_next_backup_removes_what_a_killed_backup_left_in_the_destination(
    vault: Vault, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    left = killed_copy(vault.path, usb, "b.ccbackup", ".part")
    other = killed_copy(vault.path, usb, "other.ccbackup", ".part")  # not this backup's

    backup.backup(vault, usb / "b.ccbackup")

    assert not any(p.exists() for p in left)
    assert all(p.exists() for p in other)
    assert sorted(p.name for p in usb.iterdir()) == sorted(["b.ccbackup", *(p.name for p in other)])


def test_opening_the_vault_removes_leftovers_of_a_killed_passphrase_change_and_restore(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    left = [
        *killed_copy(vault_path, vault_path.parent, vault_path.name, ".rekey"),
        *killed_copy(vault_path, vault_path.parent, vault_path.name, ".part"),
    ]
    unrelated = vault_path.parent / ".someone-else.vault.abcdefgh.rekey"
    unrelated.write_bytes(b"x")

    vaults.unlock(vault_path, PASSPHRASE).close()

    assert not any(p.exists() for p in left)
    assert unrelated.exists()


def test_the_command_line_cleans_leftovers_at_the_next_start(
    vault: Vault, vault_path: Path, cli_env: dict[str, str]
) -> None:
    vault.close()
    left = killed_copy(vault_path, vault_path.parent, vault_path.name, ".rekey")
    listed = run_cli("cases", "list", "--vault", str(vault_path), env=cli_env)
    assert listed.returncode == 0, listed.stderr
    assert not any(p.exists() for p in left)


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.usefixtures("umask_000")
def test_folders_the_app_creates_are_0700_even_under_umask_000(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "existing"
    existing.mkdir(mode=0o755)
    deep = existing / "new" / "vaults"
    with vaults.init_vault(deep / "v.vault", PASSPHRASE, "Noor Haddad", "Probation East") as v:
        backup.backup(v, tmp_path / "usb" / "weekly" / "b.ccbackup")
    config = tmp_path / "fresh-config" / "caseconf"
    monkeypatch.setenv("CASECONF_CONFIG_DIR", str(config))
    from caseconf_desktop.ui import settings

    settings.Settings()

    created = [
        existing / "new", deep, tmp_path / "usb", tmp_path / "usb" / "weekly",
        tmp_path / "fresh-config", config,
    ]  # fmt: skip
    assert {str(p.relative_to(tmp_path)): oct(mode(p)) for p in created} == {
        str(p.relative_to(tmp_path)): "0o700" for p in created
    }
    assert mode(existing) == 0o755  # a folder that was there is the user's: left alone


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.usefixtures("umask_000")
def test_the_crash_log_folder_is_0700(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASECONF_CACHE_DIR", str(tmp_path / "cache" / "caseconf"))
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        # No application: the hook only writes its note (no dialog to wait for).
        no_app = type("NoApp", (), {"instance": staticmethod(lambda: None)})
        monkeypatch.setattr(app, "QApplication", no_app)
        app.excepthook(type(exc), exc, exc.__traceback__)
    assert mode(tmp_path / "cache") == 0o700
    assert mode(tmp_path / "cache" / "caseconf") == 0o700


@pytest.mark.parametrize("where", ["a folder", "a missing folder"])
def test_a_failed_export_writes_no_audit_row(
    vault: Vault, vault_path: Path, tmp_path: Path, cli_env: dict[str, str], where: str
) -> None:
    case = add_canary_case(vault)
    vault.close()
    out = tmp_path if where == "a folder" else tmp_path / "missing" / "case.json"

    result = run_cli(
        "export", "--case", case.case.reference, "--out", str(out), "--vault", str(vault_path),
        env=cli_env,
    )  # fmt: skip

    assert_one_line_error(result)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert [e for e in audit.events(v) if e.action == "case.exported"] == []
        assert m.CASES.get(v, case.case.id) is not None


def test_a_successful_export_still_records_its_audit_row(
    vault: Vault, vault_path: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    case = add_canary_case(vault)
    vault.close()
    out = tmp_path / "case.json"
    result = run_cli(
        "export", "--case", case.case.reference, "--out", str(out), "--vault", str(vault_path),
        env=cli_env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert [e.case_id for e in audit.events(v) if e.action == "case.exported"] == [case.case.id]


_QUIT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from caseconf_desktop.app import make_app
from caseconf_desktop.ui import clipboard

app = make_app()
clipboard.copy_sensitive("Dmitri Pávlov, CAN-0001")
seen = []
# Connected after make_app's own slots, so it runs after them.
app.aboutToQuit.connect(lambda: seen.append(QGuiApplication.clipboard().text()))
QTimer.singleShot(0, app.quit)
app.exec()
print(repr(seen))
"""


def test_the_clipboard_is_cleared_when_the_app_quits(isolated_dirs: dict[str, Path]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _QUIT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "['']"

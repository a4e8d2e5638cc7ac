"""Running ``python -m caseconf_desktop`` as a user would: a real process, real vaults."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, VaultTemplates


def run_cli(
    *args: str, env: Mapping[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the CLI with stdin that is not a terminal; never raises on a non-zero exit."""
    return subprocess.run(
        [sys.executable, "-m", "caseconf_desktop", *args],
        env=dict(env),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def cli_env(isolated_dirs: dict[str, Path]) -> dict[str, str]:
    """The environment of the test (isolated user folders) plus a passphrase and offscreen Qt."""
    env = dict(os.environ)
    env["CASECONF_PASSPHRASE"] = PASSPHRASE
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("CASECONF_VAULT", None)
    return env


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """A failed command: non-zero exit, one line on stderr, no traceback; returns the line."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("caseconf: ")
    return lines[0]


def cli_made_vault(
    templates: VaultTemplates, dest: Path, env: Mapping[str, str], owner: str, agency: str
) -> Path:
    """A copy, at ``dest``, of the vault ``caseconf init --owner OWNER --agency AGENCY`` made
    once per session: every test gets its own file without a key derivation of its own."""

    def build(path: Path) -> None:
        made = run_cli("init", "--owner", owner, "--agency", agency, "--vault", str(path), env=env)
        assert made.returncode == 0, made.stderr

    templates.copy(f"cli-init-{owner}-{agency}", build, dest)
    return dest

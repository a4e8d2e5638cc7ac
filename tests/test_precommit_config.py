"""The pre-commit hooks run the checks `make test` runs, with tools the set-up installs."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def hook_entries() -> list[list[str]]:
    text = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    return [shlex.split(m) for m in re.findall(r"^\s+entry:\s*(.+)$", text, re.MULTILINE)]


def test_pre_commit_hooks_cover_ruff_mypy_and_the_layer_contracts() -> None:
    tools = {Path(entry[0]).name for entry in hook_entries()}
    assert {"ruff", "mypy", "lint-imports"} <= tools


def test_every_pre_commit_hook_runs_a_tool_the_set_up_installs() -> None:
    for entry in hook_entries():
        tool = ROOT / entry[0]
        assert tool.exists(), f"{entry[0]} is not installed by `make` (the hook cannot run)"
        flag = "--help" if tool.name == "lint-imports" else "--version"
        done = subprocess.run([str(tool), flag], capture_output=True, check=False, cwd=ROOT)
        assert done.returncode == 0, f"{entry[0]} {flag} failed: {done.stderr[-300:]!r}"

"""Set-up that explains itself: the README names what `make system-deps` installs, and
`make run` ends with the demo vault's path and passphrase, right before the window opens."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def make_variable(name: str) -> list[str]:
    match = re.search(rf"^{name} := ((?:.*\\\n)*.*)$", MAKEFILE, re.M)
    assert match is not None, name
    return match.group(1).replace("\\\n", " ").split()


def test_the_readme_lists_every_system_library_make_system_deps_installs() -> None:
    libraries = make_variable("QT_SYSTEM_LIBS")
    # The two the xcb plugin reported missing on a plain Debian, and the ones Qt opens itself.
    for required in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0"):
        assert required in libraries
    for library in libraries:
        assert library in README, library


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_ends_with_the_vault_path_and_passphrase_before_the_gui() -> None:
    dry = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed-test", "-o", "system-deps", "run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    # Under a parent make (make test), make also prints "make[1]: Entering directory ...".
    dry = [line for line in dry if not re.match(r"make(\[\d+\])?: ", line)]
    gui = next(i for i, line in enumerate(dry) if "caseconf_desktop gui" in line)
    before = [line for line in dry[:gui] if line.strip() and line.strip() != "echo"]
    assert "Demo vault:" in before[-2] and "demo.vault" in before[-2]
    assert "Demo passphrase:" in before[-1]
    assert gui == len(dry) - 1, "nothing may follow the launch"

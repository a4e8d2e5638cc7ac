"""The wheel built from this checkout installs into a fresh environment and starts the GUI.

Editable installs and the PyInstaller build read the source tree, so a package or resource
folder the wheel leaves out goes unnoticed there. This test builds the wheel from a copy of
the sources, installs it with its dependencies (from the package index pip is configured
with, as `make` does) into a new virtual environment, imports every module the source tree
has from that environment, and opens the main window offscreen. Run by `make package-test`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import caseconf_desktop

ROOT = Path(__file__).resolve().parents[2]
SOURCE_PACKAGE = ROOT / "src" / "caseconf_desktop"
RESOURCES = ROOT / "resources"

pytestmark = [pytest.mark.package, pytest.mark.slow]

# Runs in the fresh environment: every module by name, the shipped resources, the window.
_SMOKE = """
import importlib, json, sys
from importlib import resources
from pathlib import Path

names, vault = sys.argv[1:-1], Path(sys.argv[-1])
outside = [n for n in names if not importlib.import_module(n).__file__.startswith(sys.prefix)]
shipped = resources.files("caseconf_desktop.resources")
files = sorted(
    str(p.relative_to(Path(str(shipped))))
    for p in Path(str(shipped)).rglob("*") if p.is_file() and "__pycache__" not in p.parts
)

errors = []
sys.excepthook = lambda kind, exc, tb: errors.append(repr(exc))

from PySide6.QtCore import QTimer
from caseconf_desktop.app import make_app
from caseconf_desktop.ui.main_window import MainWindow

app = make_app()
window = MainWindow(vault_path=vault)
window.show()
seen = {}


def look_and_quit():
    seen.update(title=window.windowTitle(), visible=window.isVisible())
    app.quit()


QTimer.singleShot(300, look_and_quit)
app.exec()
print(json.dumps({"outside": outside, "resources": files, "errors": errors, **seen}))
"""


def source_modules() -> list[str]:
    """Every module of the package as the source tree has it (not as the wheel has it).

    Leaves out ``__main__``, which runs the command line when imported; the wheel's
    contents are checked file by file, and the ``caseconf`` command runs it.
    """
    names = []
    for path in sorted(SOURCE_PACKAGE.rglob("*.py")):
        parts = path.relative_to(SOURCE_PACKAGE.parent).with_suffix("").parts
        if parts[-1] != "__main__":
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def shipped_resources() -> list[str]:
    return sorted(
        str(p.relative_to(RESOURCES))
        for p in RESOURCES.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


def run(*args: str | Path, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment holding the wheel built from a copy of this checkout."""
    base = tmp_path_factory.mktemp("wheel")
    # Build from a copy so the test leaves no build/ or egg-info in the checkout.
    tree = base / "tree"
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(ROOT / "src", tree / "src", ignore=skip)
    shutil.copytree(RESOURCES, tree / "resources", ignore=skip)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "-w",
        base / "dist",
        tree,
        env=env,
        cwd=base,
    )
    (wheel,) = (base / "dist").glob("caseconf_desktop-*.whl")
    venv = base / "venv"
    run(sys.executable, "-m", "venv", venv, env=env, cwd=base)
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", wheel, env=env, cwd=base)
    return venv


@pytest.fixture
def env(isolated_dirs: dict[str, Path], installed: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**keep, "QT_QPA_PLATFORM": "offscreen", "PATH": f"{installed / 'bin'}:{keep['PATH']}"}


def test_wheel_holds_every_package_and_resource_of_the_source_tree(installed: Path) -> None:
    (wheel,) = installed.parent.glob("dist/caseconf_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {n.removesuffix(".py") for n in names if n.endswith(".py")}
    expected = {
        str(p.relative_to(SOURCE_PACKAGE.parent).with_suffix(""))
        for p in SOURCE_PACKAGE.rglob("*.py")
    }
    assert expected - modules == set()
    resources = {n.removeprefix("caseconf_desktop/resources/") for n in names}
    assert set(shipped_resources()) - resources == set()


def test_installed_wheel_imports_every_module_and_opens_the_main_window(
    installed: Path, env: dict[str, str], tmp_path: Path
) -> None:
    import json

    python = installed / "bin" / "python"
    vault = tmp_path / "none.vault"
    result = run(python, "-c", _SMOKE, *source_modules(), vault, env=env, cwd=tmp_path)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["outside"] == []  # every module came from the new environment, none from src/
    assert report["resources"] == shipped_resources()
    assert (report["visible"], report["title"]) == (True, "CaseConf")
    assert report["errors"] == []
    assert "Traceback" not in result.stderr


def test_installed_caseconf_gui_command_starts_and_stays_up(
    installed: Path, env: dict[str, str], tmp_path: Path
) -> None:
    caseconf = installed / "bin" / "caseconf"
    version = run(caseconf, "--version", env=env, cwd=tmp_path)
    assert version.stdout.strip() == f"caseconf {caseconf_desktop.__version__}"
    proc = subprocess.Popen(
        [str(caseconf), "gui", "--vault", str(tmp_path / "none.vault")],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # An import error ends the process within a second or two; a working GUI waits.
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "Traceback" not in err

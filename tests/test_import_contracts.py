"""The import-linter contracts in .importlinter hold, and break when a layer is crossed.

`make test` runs `lint-imports` on the real package; these tests plant one violation in a
copy of the package and check that the contracts name it, so a contract that silently
stopped matching anything (a renamed package, a wrong option) would fail here.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import caseconf_desktop

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / ".importlinter"
PACKAGE_DIR = Path(caseconf_desktop.__file__).parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _load_qt_contract() -> ModuleType:
    """tools/ is not a package on the test path: load the contract module from its file."""
    spec = importlib.util.spec_from_file_location(
        "importlinter_qt", ROOT / "tools" / "importlinter_qt.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter not installed")

QT = {"PySide6.QtWidgets", "PySide6.QtGui"}


def lint_imports(package_parent: Path) -> subprocess.CompletedProcess[str]:
    """Run the project's contracts against the caseconf_desktop found in package_parent."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package_parent), str(ROOT)])}
    return subprocess.run(
        [str(LINT_IMPORTS), str(CONFIG), "--no-cache", "--no-logo"],
        cwd=package_parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    shutil.copytree(
        PACKAGE_DIR, tmp_path / "caseconf_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    return tmp_path


def plant(package_copy: Path, module: str, source: str) -> None:
    path = package_copy / "caseconf_desktop" / module
    path.write_text(path.read_text(encoding="utf-8") + "\n\n" + source, encoding="utf-8")


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        (
            "domain/rules.py",
            "def _lazy():\n    from caseconf_desktop.storage import vault\n",
            "domain <- storage | export",
        ),
        (
            "export/pdf.py",
            "def _lazy():\n    from caseconf_desktop.services import minutes\n",
            "domain <- storage | export",
        ),
        (
            "storage/vault.py",
            "def _lazy():\n    from caseconf_desktop.export import pdf\n",
            "domain <- storage | export",
        ),
        (
            "services/cases.py",
            "def _lazy():\n    from caseconf_desktop.ui import messages\n",
            "domain <- storage | export",
        ),
        (
            "ui/messages.py",
            "def _lazy():\n    from caseconf_desktop import cli\n",
            "domain <- storage | export",
        ),
        (
            "errors.py",
            "def _lazy():\n    from caseconf_desktop.storage import vault\n",
            "errors, paths and hardening",
        ),
        (
            "services/cases.py",
            "def _lazy():\n    from PySide6.QtWidgets import QWidget\n",
            "nothing below ui imports",
        ),
        ("domain/rules.py", "from PySide6 import QtCore, QtGui\n", "nothing below ui imports"),
        ("paths.py", "import PySide6.QtGui\n", "nothing below ui imports"),
    ],
)
def test_a_crossed_layer_breaks_its_contract(
    package_copy: Path, module: str, source: str, contract: str
) -> None:
    plant(package_copy, module, source)
    result = lint_imports(package_copy)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(line.startswith(contract) for line in broken), result.stdout


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("from PySide6.QtWidgets import QWidget", ["QtWidgets"]),
        ("import PySide6.QtGui as gui", ["QtGui"]),
        ("from PySide6 import QtCore, QtGui", ["QtGui"]),
        ("from PySide6 import (QtGui,", ["QtGui"]),
        ("from PySide6 import QtWidgets as w", ["QtWidgets"]),
        ("from PySide6.QtCore import QCoreApplication", []),
        ("from PySide6 import QtCore", []),
    ],
)
def test_the_qt_contract_reads_the_submodule_off_each_import_form(
    line: str, found: list[str]
) -> None:
    assert _load_qt_contract().forbidden_in_line(line, QT) == found

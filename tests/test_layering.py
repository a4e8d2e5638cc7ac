"""The core (domain, storage, services, export) stays free of Qt widgets and GUI classes.

Only QtCore is allowed there (QCoreApplication.translate). The CLI and the tests use the core
without a display, and the GUI thread never has to be involved in storage or export work.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import caseconf_desktop

PACKAGE_DIR = Path(caseconf_desktop.__file__).parent
CORE = ("domain", "storage", "services", "export")
FORBIDDEN_QT = ("PySide6.QtWidgets", "PySide6.QtGui")
# The GUI layer of this package imports widgets itself.
FORBIDDEN_OWN = ("caseconf_desktop.ui", "caseconf_desktop.app")


def core_files() -> list[Path]:
    files = sorted(f for pkg in CORE for f in (PACKAGE_DIR / pkg).rglob("*.py"))
    assert files, f"no modules found under {PACKAGE_DIR}"
    return files


def importer_name(path: Path) -> str:
    """Dotted name that relative imports resolve against (``pkg.__init__`` for a package)."""
    return ".".join(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)


def module_name(path: Path) -> str:
    return importer_name(path).removesuffix(".__init__")


def _is_forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN_QT + FORBIDDEN_OWN)


def _absolute(node: ast.ImportFrom, importer: str) -> str:
    """The absolute module an ImportFrom names (resolving ``from ..ui import x``)."""
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    # A module's own package is one level up; each further dot climbs one more.
    base = base[: len(base) - node.level]
    return ".".join([*base, node.module] if node.module else base)


def forbidden_imports(source: str, importer: str = "caseconf_desktop.domain.x") -> list[str]:
    """Every forbidden module the source imports, as ``line: module``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node, importer)
            names = [module, *(f"{module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (
                called in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                names = [first.value]
        line = getattr(node, "lineno", 0)
        found += [f"{line}: {n}" for n in names if _is_forbidden(n)]
    return found


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6.QtWidgets",
        "import PySide6.QtGui as gui",
        "from PySide6.QtWidgets import QWidget",
        "from PySide6 import QtCore, QtGui",
        "def f():\n    from PySide6.QtGui import QColor\n",
        "import importlib\nimportlib.import_module('PySide6.QtWidgets')",
        "from caseconf_desktop.ui import messages",
        "from ..ui.tasks import run",
        "from .. import app",
    ],
)
def test_detector_finds_each_form_of_forbidden_import(source: str) -> None:
    assert forbidden_imports(source, "caseconf_desktop.services.x")


@pytest.mark.parametrize(
    "source",
    [
        "from PySide6.QtCore import QCoreApplication",
        "import PySide6.QtCore",
        "from PySide6 import QtCore",
        "from . import uid",
        "from caseconf_desktop.storage import ui_free",
    ],
)
def test_detector_allows_qtcore_and_core_modules(source: str) -> None:
    assert forbidden_imports(source, "caseconf_desktop.services.x") == []


def test_core_modules_do_not_import_qt_widgets_or_gui() -> None:
    offences = {
        str(path.relative_to(PACKAGE_DIR)): found
        for path in core_files()
        if (found := forbidden_imports(path.read_text(encoding="utf-8"), importer_name(path)))
    }
    assert offences == {}


_PROBE = """
import importlib, json, sys
first = {}
for name in sys.argv[1:]:
    importlib.import_module(name)
    for bad in ("PySide6.QtWidgets", "PySide6.QtGui"):
        if bad in sys.modules and bad not in first:
            first[bad] = name
print(json.dumps(first))
"""


def test_importing_every_core_module_loads_no_qt_widgets_or_gui() -> None:
    """Catches what the source scan cannot: a GUI import pulled in through another module."""
    names = [module_name(p) for p in core_files()]
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *names],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {}

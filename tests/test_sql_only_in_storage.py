"""SQL lives in ``storage/`` only (issue 15): services, export, ui and the cli ask it.

Every module outside ``storage/`` is read as Python syntax: no string in it may look like
SQL (a statement keyword at its start, a clause keyword, or a ``column = ?`` comparison),
and no code may reach for a raw connection or run a statement itself (``.conn``,
``.execute``, ``.executemany``, ``.query``, ``.scalar``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import caseconf_desktop

PACKAGE_DIR = Path(caseconf_desktop.__file__).parent

STATEMENT = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|"
    r"SAVEPOINT|RELEASE|WITH|ATTACH|DETACH|VACUUM|REPLACE)\b"
)
CLAUSE = re.compile(r"\b(FROM|WHERE|ORDER BY|GROUP BY|JOIN|VALUES|LIMIT|MATCH)\b")
COMPARISON = re.compile(
    r"(\b\w+|\))\s*(=|!=|<>|<=|>=|<|>|\bLIKE|\bIS)\s*(\w+\()?(\?|:[a-z_]\w*)|\bIN\s*\("
)
RAW_ACCESS = frozenset({"conn", "_conn", "execute", "executemany", "query", "scalar"})


def modules_outside_storage() -> list[Path]:
    files = sorted(
        f for f in PACKAGE_DIR.rglob("*.py") if "storage" not in f.relative_to(PACKAGE_DIR).parts
    )
    assert files, f"no modules found under {PACKAGE_DIR}"
    return files


def looks_like_sql(text: str) -> bool:
    return bool(STATEMENT.search(text) or CLAUSE.search(text) or COMPARISON.search(text))


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the string nodes that are docstrings: prose, not statements."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def sql_found(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            if looks_like_sql(node.value):
                problems.append(f"line {node.lineno}: SQL text {node.value[:60]!r}")
        elif isinstance(node, ast.Attribute) and node.attr in RAW_ACCESS:
            problems.append(f"line {node.lineno}: raw database access .{node.attr}")
    return problems


@pytest.mark.parametrize(
    "path",
    modules_outside_storage(),
    ids=lambda p: str(p.relative_to(PACKAGE_DIR)),
)
def test_module_outside_storage_holds_no_sql(path: Path) -> None:
    problems = sql_found(path)
    assert not problems, f"{path.relative_to(PACKAGE_DIR)}:\n" + "\n".join(problems)


def test_the_sql_detector_recognises_statements_fragments_and_raw_access(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'A = "SELECT id FROM cases"\n'
        'B = "case_id = ? AND status != ?"\n'
        'D = "lower(name) = lower(?)"\n'
        "def f(vault):\n"
        '    """Select the cases FROM the vault: a docstring is prose."""\n'
        "    return vault.conn\n"
        'C = "Select a case from the list"\n',
        encoding="utf-8",
    )
    problems = sql_found(sample)
    assert [p.split(":")[0] for p in problems] == ["line 1", "line 2", "line 3", "line 6"]

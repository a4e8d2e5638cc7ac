"""Refresh the translation files in resources/translations (`make translations`).

- ``caseconf_template.ts``: every user-visible string, for translators (pyside6-lupdate
  reads ``self.tr`` and ``QCoreApplication.translate`` calls in the sources);
- ``caseconf_en.ts`` / ``.qm``: English plural forms only (the source strings are English,
  but "%n case(s)" needs a translation to read "1 case" / "2 cases");
- ``caseconf_es.ts`` / ``.qm``: the Spanish catalogue. lupdate merges new strings into the
  existing file as unfinished and keeps every translation already made; a test fails while
  any entry is unfinished, so translate them in the .ts (Qt Linguist or by hand) and rerun.

lupdate only sees literal ``tr(...)`` / ``translate("Context", ...)`` calls, but modules
outside the widgets use the one helper ``_t = i18n.tr_in("Minutes")`` (errors.py, below
i18n, keeps a ``def _t(text): return QCoreApplication.translate("Errors", text)``).
:func:`helper_calls` finds both forms and their literal call sites with ``ast`` and writes
them out as plain ``translate`` calls for lupdate, so the minutes' fixed text, the labels
and the errors reach the catalogues too.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
HELPERS = ROOT / "build" / "translations" / "helper_strings.py"

# English singular / plural for every numerus message ("%n" in the source).
ENGLISH_PLURALS = {
    "%n case(s) due for retention review.": (
        "%n case due for retention review.",
        "%n cases due for retention review.",
    ),
    "%n case(s) due for review.": ("%n case due for review.", "%n cases due for review."),
    "Merge &amp;conflicts (%n)…": ("Merge &amp;conflicts (%n)…", "Merge &amp;conflicts (%n)…"),
    "Try again in %n second(s).": ("Try again in %n second.", "Try again in %n seconds."),
    # The case overview (ui/case_overview.py).
    "%n open": ("%n open", "%n open"),
    "%n overdue": ("%n overdue", "%n overdue"),
    "Overdue by %n day(s).": ("Overdue by %n day.", "Overdue by %n days."),
    "and %n more on the Actions tab.": (
        "and %n more on the Actions tab.",
        "and %n more on the Actions tab.",
    ),
    "expires in %n day(s)": ("expires in %n day", "expires in %n days"),
    "%n consent(s) to confirm at the next conference.": (
        "%n consent to confirm at the next conference.",
        "%n consents to confirm at the next conference.",
    ),
}


def run(*args: str) -> None:
    subprocess.run(args, check=True, cwd=ROOT)  # noqa: S603 (our own Qt tools, fixed arguments)


def _helper_context(node: ast.FunctionDef) -> str | None:
    """ "Minutes" for ``def _tr(text): return QCoreApplication.translate("Minutes", text)``."""
    body = [s for s in node.body if not isinstance(s, ast.ImportFrom | ast.Import | ast.Expr)]
    if len(node.args.args) != 1 or len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (
        isinstance(call, ast.Call)
        and (
            (isinstance(call.func, ast.Attribute) and call.func.attr == "translate")
            or (isinstance(call.func, ast.Name) and call.func.id == "translate")
        )
        and len(call.args) == 2
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == node.args.args[0].arg
    ):
        return None
    return call.args[0].value


def _tr_in_context(value: ast.expr) -> str | None:
    """ "Rules" for ``_t = i18n.tr_in("Rules")`` (the one helper, see i18n.tr_in)."""
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute | ast.Name)
        and (value.func.attr if isinstance(value.func, ast.Attribute) else value.func.id) == "tr_in"
        and len(value.args) == 1
        and isinstance(value.args[0], ast.Constant)
        and isinstance(value.args[0].value, str)
    ):
        return value.args[0].value
    return None


def helper_calls(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of every literal call of a translate helper in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and (context := _helper_context(node)):
            helpers[node.name] = context
        elif isinstance(node, ast.Assign) and (context := _tr_in_context(node.value)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    helpers[target.id] = context
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in helpers
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((helpers[node.func.id], node.args[0].value, node.lineno))
    return sorted(found, key=lambda item: item[2])


def sources() -> list[str]:
    """Every Python module of the application, relative to the repository."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.py"))


def write_helper_strings(sources: list[str], dest: Path = HELPERS) -> None:
    lines = ['"""Generated by tools/translations.py for lupdate; not imported."""', ""]
    for source in sources:
        for context, text, line in helper_calls(ROOT / source):
            lines.append(f"translate({context!r}, {text!r})  # {source}:{line}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    modules = sources()
    write_helper_strings(modules)
    inputs = [*modules, str(HELPERS.relative_to(ROOT))]
    OUT.mkdir(parents=True, exist_ok=True)
    run(
        str(BIN / "pyside6-lupdate"),
        *inputs,
        "-no-obsolete",
        "-ts",
        str(OUT / "caseconf_template.ts"),
    )
    spanish = OUT / "caseconf_es.ts"
    run(
        str(BIN / "pyside6-lupdate"),
        *inputs,
        # Without -no-obsolete: a string that leaves the sources keeps its translation (as
        # "vanished"), ready for when it comes back, e.g. on another branch.
        "-source-language",
        "en",
        "-target-language",
        "es",
        "-ts",
        str(spanish),
    )
    run(str(BIN / "pyside6-lrelease"), str(spanish), "-qm", str(OUT / "caseconf_es.qm"))
    english = OUT / "caseconf_en.ts"
    run(
        str(BIN / "pyside6-lupdate"),
        *inputs,
        "-no-obsolete",
        "-pluralonly",
        "-source-language",
        "en",
        "-target-language",
        "en",
        "-ts",
        str(english),
    )
    text = english.read_text(encoding="utf-8")
    missing = []

    def fill(match: re.Match[str]) -> str:
        source = match.group(1)
        forms = ENGLISH_PLURALS.get(source)
        if forms is None:
            missing.append(source)
            return match.group(0)
        one, many = forms
        return (
            f"<source>{source}</source>\n        <translation>\n"
            f"            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n        </translation>"
        )

    text = re.sub(
        r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", fill, text, flags=re.DOTALL
    )
    english.write_text(text, encoding="utf-8")
    if missing:
        print("add English plural forms for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    run(str(BIN / "pyside6-lrelease"), str(english), "-qm", str(OUT / "caseconf_en.qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Refresh the translation files in resources/translations (`make translations`).

- ``caseconf_template.ts``: every user-visible string, for translators (pyside6-lupdate
  reads ``self.tr`` and ``QCoreApplication.translate`` calls in the sources);
- ``caseconf_en.ts`` / ``.qm``: English plural forms only (the source strings are English,
  but "%n case(s)" needs a translation to read "1 case" / "2 cases").
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent

# English singular / plural for every numerus message ("%n" in the source).
ENGLISH_PLURALS = {
    "%n case(s) due for retention review.": (
        "%n case due for retention review.",
        "%n cases due for retention review.",
    ),
    "%n case(s) due for review.": ("%n case due for review.", "%n cases due for review."),
    "Merge &amp;conflicts (%n)…": ("Merge &amp;conflicts (%n)…", "Merge &amp;conflicts (%n)…"),
    "Try again in %n second(s).": ("Try again in %n second.", "Try again in %n seconds."),
}


def run(*args: str) -> None:
    subprocess.run(args, check=True, cwd=ROOT)  # noqa: S603 (our own Qt tools, fixed arguments)


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.py"))
    OUT.mkdir(parents=True, exist_ok=True)
    run(
        str(BIN / "pyside6-lupdate"),
        *sources,
        "-no-obsolete",
        "-ts",
        str(OUT / "caseconf_template.ts"),
    )
    english = OUT / "caseconf_en.ts"
    run(
        str(BIN / "pyside6-lupdate"),
        *sources,
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

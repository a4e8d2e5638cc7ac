"""The Spanish catalogue is complete: every user-visible string has a Spanish translation.

The check runs lupdate over the sources as they are now (not over the committed template),
so a new or changed ``tr()`` string without Spanish fails here until ``make translations``
has merged it into ``caseconf_es.ts`` and someone has translated it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tools import translations

SPANISH_TS = translations.OUT / "caseconf_es.ts"
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _gone(message: ET.Element) -> bool:
    """A string no longer in the sources, kept with its translation in case it returns."""
    translation = message.find("translation")
    return translation is not None and translation.get("type") in ("vanished", "obsolete")


def _untranslated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return len(forms) < 2 or any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """caseconf_es.ts with the strings of today's sources merged in, as `make translations` does."""
    folder = tmp_path_factory.mktemp("i18n")
    helpers = folder / "helper_strings.py"
    modules = translations.sources()
    translations.write_helper_strings(modules, helpers)
    ts = folder / "caseconf_es.ts"
    shutil.copy(SPANISH_TS, ts)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *modules, str(helpers), "-no-obsolete", "-ts", str(ts)],
        check=True,
        cwd=translations.ROOT,
        capture_output=True,
    )
    return ts


def test_every_user_visible_string_has_a_spanish_translation(merged: Path) -> None:
    current = [(c, m) for c, m in _messages(merged) if not _gone(m)]
    missing = [f"{c}: {m.findtext('source')!r}" for c, m in current if _untranslated(m)]
    assert len(current) > 1000
    assert not missing, "translate in resources/translations/caseconf_es.ts:\n" + "\n".join(missing)


def test_the_spanish_catalogue_covers_every_message_of_the_template() -> None:
    template = {
        (c, m.findtext("source")) for c, m in _messages(translations.OUT / "caseconf_template.ts")
    }
    spanish = {(c, m.findtext("source")) for c, m in _messages(SPANISH_TS) if not _untranslated(m)}
    assert template <= spanish


def test_the_compiled_spanish_catalogue_is_current(tmp_path: Path) -> None:
    qm = tmp_path / "caseconf_es.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(SPANISH_TS), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == (translations.OUT / "caseconf_es.qm").read_bytes()


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_spanish_translations_keep_placeholders_plurals_and_accelerators() -> None:
    wrong = []
    for context, message in _messages(SPANISH_TS):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            same = (
                sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", form))
                and source.count("%n") == form.count("%n")
                and re.findall(r"</?\w+[^>]*>", source) == re.findall(r"</?\w+[^>]*>", form)
                # "Agencies & people" is a title, not a button: its "&" is no accelerator.
                and (_accelerators(source) == _accelerators(form) or " & " in source)
            )
            if not same:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_the_catalogue_holds_the_text_behind_translate_helpers() -> None:
    """Labels, the minutes' fixed text and errors go through one-line helpers, not tr()."""
    spanish = {(c, m.findtext("source")) for c, m in _messages(SPANISH_TS) if not _gone(m)}
    for expected in (
        ("Labels", "Carried forward"),
        ("Minutes", "Confidentiality"),
        ("MinutesPdf", "If you disagree"),
        ("Disclosure", "Name the recipient of the minutes."),
        ("Signing", "Digitally signed by {name}"),
        ("Verify", "The file carries no digital signature."),
        ("Errors", "The disk is full; the last change was not saved."),
    ):
        assert expected in spanish

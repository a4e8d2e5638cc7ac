"""Every user-visible string is extracted for translators; English plurals read naturally."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from caseconf_desktop.app import _install_translators

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_the_translator_template_holds_the_apps_strings() -> None:
    root = ET.parse(TRANSLATIONS / "caseconf_template.ts").getroot()
    sources = {m.findtext("source") for m in root.iter("message")}
    assert len(sources) > 500
    for expected in ("Unlock CaseConf", "Add entry  (Ctrl+Enter)", "Export signed minutes"):
        assert expected in sources


def test_english_plural_forms_are_installed_for_an_english_locale(qapp: QApplication) -> None:
    _install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        one = QCoreApplication.translate(
            "BackupReminder", "%n case(s) due for retention review.", "", 1
        )
        two = QCoreApplication.translate(
            "BackupReminder", "%n case(s) due for retention review.", "", 2
        )
        assert one == "1 case due for retention review."
        assert two == "2 cases due for retention review."
    finally:
        from PySide6.QtCore import QTranslator

        for t in qapp.findChildren(QTranslator):
            qapp.removeTranslator(t)
            t.deleteLater()

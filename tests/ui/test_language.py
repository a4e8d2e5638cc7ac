"""The interface language: chosen in Preferences, applied when CaseConf starts."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from caseconf_desktop.ui import settings as cfg
from caseconf_desktop.ui.dialogs.preferences import PreferencesDialog

# Starts CaseConf's application the way `caseconf gui` does, in a process of its own (the
# language is process-wide state), and prints what a widget says.
CHILD = """
from caseconf_desktop.app import make_app
from caseconf_desktop.ui import settings
from caseconf_desktop.ui.dialogs.preferences import PreferencesDialog
from PySide6.QtWidgets import QDialogButtonBox

app = make_app(["caseconf"])
dialog = PreferencesDialog(settings.Settings())
box = dialog.findChild(QDialogButtonBox)
print(dialog.windowTitle())
print(box.button(QDialogButtonBox.StandardButton.Cancel).text())
"""


def start_and_read_a_dialog() -> list[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "en_GB.UTF-8",
        "LC_ALL": "",
        "LANGUAGE": "",
    }
    result = subprocess.run(  # fixed arguments: this interpreter and the script above
        [sys.executable, "-c", CHILD],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_app_starts_in_spanish_when_the_preference_says_so() -> None:
    cfg.Settings().set(cfg.LANGUAGE, "es")
    title, cancel = start_and_read_a_dialog()
    assert title == "Preferencias"
    assert cancel == "Cancelar"  # Qt's own strings follow too


def test_the_app_starts_in_the_system_language_by_default() -> None:
    title, cancel = start_and_read_a_dialog()
    assert title == "Preferences"
    assert cancel == "Cancel"


def test_preferences_save_the_chosen_language(qtbot: QtBot) -> None:
    settings = cfg.Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's, until someone chooses
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Save).click()
    assert settings.get_str(cfg.LANGUAGE) == "es"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "es"

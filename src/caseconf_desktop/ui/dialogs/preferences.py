"""Preferences: the few settings a user changes (stored in the settings file, no case data)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from caseconf_desktop import i18n
from caseconf_desktop.ui import settings as cfg


class PreferencesDialog(QDialog):
    def __init__(self, settings: cfg.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 120)
        self.autolock.setSuffix(self.tr(" minutes"))
        self.autolock.setValue(settings.get_int(cfg.AUTOLOCK_MINUTES))
        self.autolock.setAccessibleName(self.tr("Lock after inactivity"))
        form = QFormLayout(self)
        label = QLabel(self.tr("&Lock after inactivity:"))
        label.setBuddy(self.autolock)
        form.addRow(label, self.autolock)
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        found = self.language.findData(settings.get_str(cfg.LANGUAGE))
        self.language.setCurrentIndex(max(found, 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("CaseConf uses the new language from its next start."))
        language_label = QLabel(self.tr("Lan&guage:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        self._settings.set(cfg.AUTOLOCK_MINUTES, self.autolock.value())
        self._settings.set(cfg.LANGUAGE, str(self.language.currentData()))
        self.accept()

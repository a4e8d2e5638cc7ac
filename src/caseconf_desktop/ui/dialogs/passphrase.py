"""Changing the vault's passphrase from the GUI.

The current passphrase is asked again (someone at an unlocked, unattended laptop must not
be able to take the vault over). The change itself runs on the vault thread: it derives
keys, copies the vault and checks the copy, which takes a second or more on a large vault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import errors
from caseconf_desktop.ui import messages, style
from caseconf_desktop.ui.tasks import Op, VaultExecutor
from caseconf_desktop.ui.unlock import strength, strength_hint


class PassphraseDialog(QDialog):
    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.changed = False
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setAccessibleName(self.tr("Change the passphrase"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "The vault is copied under the new passphrase, checked, and only then put in "
                "place: if anything stops the change, the current passphrase keeps working. "
                "Backups made before the change still open with the passphrase they were made "
                "with."
            )
        )
        intro.setWordWrap(True)
        self.current = self._field(self.tr("Current passphrase"))
        self.new = self._field(self.tr("New passphrase"))
        self.repeat = self._field(self.tr("Repeat the new passphrase"))
        self.strength = QLabel()
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.new.textChanged.connect(self._show_strength)
        self.error = QLabel()
        style.mark_error(self.error)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error message"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("C&urrent passphrase:"), self.current),
            (self.tr("&New passphrase:"), self.new),
            (self.tr("&Repeat:"), self.repeat),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.strength)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(
            self.tr("&Change"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.current.setFocus()

    @staticmethod
    def _field(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def _show_strength(self, text: str) -> None:
        self.strength.setText(strength_hint(self, text) if text else "")

    def change(self) -> None:
        current, new = self.current.text(), self.new.text()
        problem = ""
        if not current:
            problem = self.tr("Type the current passphrase.")
        elif weak := strength(new)[1]:
            problem = weak  # one sentence: too short, or why it is easy to guess
        elif new != self.repeat.text():
            problem = self.tr("The two new passphrases differ.")
        elif new == current:
            problem = self.tr("The new passphrase is the same as the current one.")
        if problem:
            self.error.setText(problem)
            return
        from caseconf_desktop.services import passphrase

        executor = self._executor

        def work(vault: Any) -> None:
            # Runs on the vault thread: the reopened vault replaces the old one there.
            executor.attach(passphrase.change_passphrase(vault, current, new), new)

        self.change_button.setEnabled(False)
        self.error.clear()
        Op(self, executor, work, label=self.tr("Changing the passphrase")).success(
            self._done
        ).failure(self._failed).run()

    def _done(self, _result: object) -> None:
        self.changed = True
        for field in (self.current, self.new, self.repeat):
            field.clear()
        messages.show_info(
            self, self.tr("The passphrase was changed; only the new one opens the vault now.")
        )
        self.accept()

    def _failed(self, exc: errors.KnownError) -> None:
        self.change_button.setEnabled(True)
        self.error.setText(exc.user_text)
        self.current.selectAll()
        self.current.setFocus()

"""Devices: this vault's line and fingerprint, the trusted devices, and trusting a new one.

The fingerprint is shown large on both sides so that two people can read it to each other
over the phone before trusting. Reading and trusting run on the vault thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import errors
from caseconf_desktop.ui.case_file import make_table
from caseconf_desktop.ui.models.records import Column, RecordTableModel
from caseconf_desktop.ui.tasks import Op, VaultExecutor


def fingerprint_label(name: str) -> QLabel:
    """A label for a fingerprint, large and monospaced, selectable for copying."""
    label = QLabel()
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(18)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DevicesDialog(QDialog):
    trusted_changed = Signal()

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.setWindowTitle(self.tr("Devices"))
        self.setAccessibleName(self.tr("Devices"))
        self.resize(860, 620)

        own_box = QGroupBox(self.tr("This device"))
        self.own_name = QLabel()
        self.own_name.setAccessibleName(self.tr("This device's name"))
        self.own_line = QLineEdit()
        self.own_line.setReadOnly(True)
        self.own_line.setAccessibleName(self.tr("This device's line"))
        copy = QPushButton(self.tr("&Copy line"))
        copy.clicked.connect(self._copy_line)
        self.own_fingerprint = fingerprint_label(self.tr("This device's fingerprint"))
        own_form = QFormLayout(own_box)
        own_form.addRow(self.tr("Name:"), self.own_name)
        line_row = QHBoxLayout()
        line_row.addWidget(self.own_line, 1)
        line_row.addWidget(copy)
        own_form.addRow(self.tr("Line to hand over:"), _wrap(line_row))
        own_form.addRow(self.tr("Fingerprint:"), self.own_fingerprint)
        hint = QLabel(
            self.tr(
                "Give this line to the other device (file, e-mail or USB stick), then read the "
                "fingerprint to each other: trust only if it matches."
            )
        )
        hint.setWordWrap(True)
        own_form.addRow(hint)

        self.model: RecordTableModel[Any] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda d: d.name),
                Column(self.tr("Fingerprint"), lambda d: d.fingerprint),
                Column(self.tr("Trusted since"), lambda d: d.trusted_at),
                Column(self.tr("Last bundle from it"), lambda d: (d.last_received or "")[:16]),
                Column(self.tr("Last bundle to it"), lambda d: (d.last_sent or "")[:16]),
            ],
            self,
        )
        self.table = make_table(self.model, self.tr("Trusted devices"))

        trust_box = QGroupBox(self.tr("Trust another device"))
        self.line = QLineEdit()
        self.line.setAccessibleName(self.tr("The other device's line"))
        self.line.setPlaceholderText("caseconf-device:1:…")
        self.line.textChanged.connect(self._line_changed)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name for the other device"))
        self.name.setPlaceholderText(self.tr("e.g. Laptop Westmark prison"))
        self.their_fingerprint = fingerprint_label(self.tr("The other device's fingerprint"))
        self.trust_button = QPushButton(self.tr("&Trust this device"))
        self.trust_button.setEnabled(False)
        self.trust_button.clicked.connect(self.trust)
        trust_form = QFormLayout(trust_box)
        ll = QLabel(self.tr("&Line:"))
        ll.setBuddy(self.line)
        trust_form.addRow(ll, self.line)
        nl = QLabel(self.tr("&Name:"))
        nl.setBuddy(self.name)
        trust_form.addRow(nl, self.name)
        trust_form.addRow(self.tr("Its fingerprint:"), self.their_fingerprint)
        trust_form.addRow("", self.trust_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Devices status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(QLabel(self.tr("Trusted devices:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(trust_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        def load(v: Any) -> tuple[Any, list[Any]]:
            from caseconf_desktop.services import devices

            own = devices.own_identity(v)
            return own, [d for d in devices.list_devices(v) if not d.own]

        Op(self, self._executor, load, label=self.tr("Loading devices")).success(
            self._loaded
        ).failure(self._failed).run()

    def _loaded(self, result: tuple[Any, list[Any]]) -> None:
        own, trusted = result
        self.own_name.setText(own.name)
        self.own_line.setText(own.line)
        self.own_line.setCursorPosition(0)
        self.own_fingerprint.setText(own.fingerprint)
        self.model.set_records(trusted)

    def _failed(self, exc: errors.KnownError) -> None:
        self.status.setText(exc.user_text)

    def _copy_line(self) -> None:
        # The line holds public keys and a name only: no case data, nothing to clear later.
        QGuiApplication.clipboard().setText(self.own_line.text())
        self.status.setText(self.tr("The line is on the clipboard."))

    def _line_changed(self, text: str) -> None:
        from caseconf_desktop.services import devices

        if not text.strip():
            self.their_fingerprint.setText("")
            self.trust_button.setEnabled(False)
            self.status.setText("")
            return
        try:
            parsed = devices.parse_line(text)
        except errors.KnownError as exc:
            self.their_fingerprint.setText("")
            self.trust_button.setEnabled(False)
            self.status.setText(exc.user_text)
            return
        self.their_fingerprint.setText(parsed.fingerprint)
        if not self.name.text().strip() and parsed.name:
            self.name.setText(parsed.name)
        self.trust_button.setEnabled(True)
        self.status.setText(
            self.tr("Compare the fingerprint with the other device before trusting it.")
        )

    def trust(self) -> None:
        from caseconf_desktop.services import devices

        line, name = self.line.text(), self.name.text()

        def work(v: Any) -> tuple[Any, bool]:
            return devices.trust(v, line, name)

        Op(self, self._executor, work, label=self.tr("Trusting the device")).success(
            self._trusted
        ).failure(self._failed).run()

    def _trusted(self, result: tuple[Any, bool]) -> None:
        device, created = result
        text = (
            self.tr("Now trusting {name}.") if created else self.tr("{name} was already trusted.")
        )
        self.line.clear()
        self.name.clear()
        self.status.setText(text.format(name=device.name))
        self.trusted_changed.emit()
        self.reload()


def _wrap(layout: Any) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w

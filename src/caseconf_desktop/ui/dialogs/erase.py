"""Erasing a case: a reason, a typed confirmation, then the erasure off the GUI thread.

The title names no case (window titles reach task switchers and screen recordings); the
reference appears only inside the dialog, where the user types it to confirm.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import errors
from caseconf_desktop.ui import messages, style
from caseconf_desktop.ui.tasks import Op, VaultExecutor


class EraseCaseDialog(QDialog):
    """Asks why and for the reference; emits ``erased`` once the vault has forgotten the case."""

    erased = Signal()

    def __init__(
        self,
        executor: VaultExecutor,
        case_id: str,
        reference: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self.case_id = case_id
        self.reference = reference
        self.report: Any = None
        self.setWindowTitle(self.tr("Erase a case"))
        self.setAccessibleName(self.tr("Erase a case"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "This erases case {ref} and everything recorded on it (goals, family, "
                "consents, risk history, needs, interventions, actions, conferences, their "
                "notes and the record of minutes issued) beyond recovery. Exported files and "
                "earlier backups are not touched. The audit log keeps a tombstone: the case "
                "id, who erased it, when, and the reason below."
            ).format(ref=reference)
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        self.reason.setAccessibleName(self.tr("Reason for the erasure"))
        self.reason.setPlaceholderText(
            self.tr("e.g. retention period ended; erasure request of 2026-03-01")
        )
        hint = QLabel(
            self.tr("The reason stays in the audit log: do not repeat details of the case.")
        )
        hint.setWordWrap(True)
        self.backups = QLabel(self.tr("Looking for backups that hold this case…"))
        self.backups.setWordWrap(True)
        self.backups.setAccessibleName(self.tr("Backups that still hold the case"))
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Type the case reference to confirm"))
        self.error = QLabel()
        style.mark_error(self.error)
        self.error.setWordWrap(True)
        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        form.addRow("", hint)
        confirm_label = QLabel(self.tr("Type {ref} to &confirm:").format(ref=reference))
        confirm_label.setBuddy(self.confirm)
        form.addRow(confirm_label, self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.reason.setFocus()
        self._load_backups()

    def _load_backups(self) -> None:
        from caseconf_desktop.services import retention

        case_id = self.case_id
        Op(
            self,
            self._executor,
            lambda v: retention.backups_holding(v, case_id),
            label=self.tr("Looking for backups"),
        ).success(self._backups_loaded).failure(self._backups_failed).run()

    def _backups_loaded(self, found: list[Any]) -> None:
        if not found:
            self.backups.setText(self.tr("No backup this vault has made holds this case."))
            return
        lines = [
            self.tr("{when}: {size} MiB, SHA-256 {sha}").format(
                when=b.at.strftime("%Y-%m-%d %H:%M"),
                size=round(b.size / 2**20, 1),
                sha=b.sha256[:16],
            )
            for b in found
        ]
        self.backups.setText(
            self.tr(
                "These backups made by this vault still hold the case; erase it from them "
                "too (restore each with the current vault given, then back up again), or "
                "destroy them:"
            )
            + "\n"
            + "\n".join(lines)
        )

    def _backups_failed(self, exc: errors.KnownError) -> None:
        self.backups.setText(exc.user_text)

    def _ready(self) -> bool:
        return bool(self.reason.toPlainText().strip()) and (
            self.confirm.text().strip() == self.reference
        )

    def _update(self) -> None:
        self.erase_button.setEnabled(self._ready())

    def erase(self) -> None:
        if not self._ready():
            return
        from caseconf_desktop.services import retention

        reason = self.reason.toPlainText()
        case_id = self.case_id
        self.erase_button.setEnabled(False)
        self.error.clear()
        Op(
            self,
            self._executor,
            lambda v: retention.erase_case(v, case_id, reason),
            label=self.tr("Erasing the case"),
        ).success(self._done).failure(self._failed).run()

    def _done(self, report: Any) -> None:
        self.report = report
        messages.show_info(
            self,
            self.tr("Case {ref} was erased; the audit log keeps a tombstone.").format(
                ref=self.reference
            ),
        )
        self.erased.emit()
        self.accept()

    def _failed(self, exc: errors.KnownError) -> None:
        self.error.setText(exc.user_text)
        self._update()

"""Conflicts: changes two devices made to the same field, side by side, for a person to settle.

Each row is one conflict: the record, the field, this vault's value and the other device's,
with who changed it and when. Keep this vault's value, keep the other one, or write the
value to keep; for a record deleted on one side and changed (or still used) on the other,
keep the record or delete it. Listing and resolving run on the vault thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import errors
from caseconf_desktop.ui import messages
from caseconf_desktop.ui.case_file import make_table, selected_record
from caseconf_desktop.ui.models.records import Column, RecordTableModel
from caseconf_desktop.ui.tasks import Op, VaultExecutor


def _who(side: Any) -> str:
    parts = [p for p in (side.device, side.by, side.at[:16].replace("T", " ")) if p]
    return ", ".join(parts)


class ConflictsDialog(QDialog):
    resolved = Signal(str)  # the conflict id

    def __init__(
        self,
        executor: VaultExecutor,
        parent: QWidget | None = None,
        case_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self._case_id = case_id
        self.setWindowTitle(self.tr("Conflicts"))
        self.setAccessibleName(self.tr("Conflicts"))
        self.resize(1000, 640)
        intro = QLabel(
            self.tr(
                "Two devices changed the same thing without seeing each other's change. Each "
                "record shows this vault's value until you decide; the decision travels to the "
                "other devices with the next bundle."
            )
        )
        intro.setWordWrap(True)
        self.model: RecordTableModel[Any] = RecordTableModel(
            [
                Column(self.tr("Case"), lambda c: c.case_reference),
                Column(self.tr("Record"), lambda c: f"{c.table_label}: {c.what}"),
                Column(self.tr("Field"), lambda c: c.field_label),
                Column(self.tr("This vault"), lambda c: c.local.text),
                Column(self.tr("Other device"), lambda c: " | ".join(s.text for s in c.remote)),
                Column(self.tr("Changed there by"), lambda c: "; ".join(_who(s) for s in c.remote)),
            ],
            self,
        )
        self.table = make_table(self.model, self.tr("Open conflicts"))
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_current())

        here_box = QGroupBox(self.tr("This vault"))
        self.here_value = QPlainTextEdit()
        self.here_value.setReadOnly(True)
        self.here_value.setAccessibleName(self.tr("This vault's value"))
        self.here_who = QLabel()
        self.here_who.setAccessibleName(self.tr("Who changed it here, and when"))
        hl = QVBoxLayout(here_box)
        hl.addWidget(self.here_value)
        hl.addWidget(self.here_who)
        there_box = QGroupBox(self.tr("Other device"))
        self.there_value = QPlainTextEdit()
        self.there_value.setReadOnly(True)
        self.there_value.setAccessibleName(self.tr("The other device's value"))
        self.there_who = QLabel()
        self.there_who.setAccessibleName(self.tr("Who changed it there, and when"))
        tl = QVBoxLayout(there_box)
        tl.addWidget(self.there_value)
        tl.addWidget(self.there_who)
        edit_box = QGroupBox(self.tr("Or keep this value"))
        self.edited = QPlainTextEdit()
        self.edited.setAccessibleName(self.tr("Value to keep"))
        self.keep_edited = QPushButton(self.tr("Keep &this text"))
        self.keep_edited.clicked.connect(self._keep_edited)
        el = QVBoxLayout(edit_box)
        el.addWidget(self.edited)
        el.addWidget(self.keep_edited)
        sides = QGridLayout()
        sides.addWidget(here_box, 0, 0)
        sides.addWidget(there_box, 0, 1)
        sides.addWidget(edit_box, 0, 2)

        self.keep_local = QPushButton(self.tr("Keep this &vault's"))
        self.keep_local.clicked.connect(lambda: self.resolve_current("local"))
        self.keep_remote = QPushButton(self.tr("Keep the &other device's"))
        self.keep_remote.clicked.connect(lambda: self.resolve_current("remote"))
        row = QHBoxLayout()
        row.addWidget(self.keep_local)
        row.addWidget(self.keep_remote)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Conflicts status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(sides)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show_current()
        self.reload()

    def reload(self) -> None:
        case_id = self._case_id

        def load(v: Any) -> list[Any]:
            from caseconf_desktop.services import conflicts

            return conflicts.list_conflicts(v, case_id)

        Op(self, self._executor, load, label=self.tr("Loading conflicts")).success(
            self._loaded
        ).failure(self._failed).run()

    def _loaded(self, rows: list[Any]) -> None:
        self.model.set_records(rows)
        if rows:
            self.table.setCurrentIndex(self.table.model().index(0, 0))
            self.status.setText(self.tr("{n} conflicts to settle.").format(n=len(rows)))
        else:
            self.status.setText(self.tr("No conflicts: every device's changes fitted together."))
        self._show_current()

    def _failed(self, exc: errors.KnownError) -> None:
        self.status.setText(exc.user_text)

    def current(self) -> Any:
        return selected_record(self.table)

    def _show_current(self) -> None:
        c = self.current()
        for w in (self.keep_local, self.keep_remote, self.keep_edited, self.edited):
            w.setEnabled(c is not None)
        if c is None:
            for w in (self.here_value, self.there_value, self.edited):
                w.setPlainText("")
            self.here_who.setText("")
            self.there_who.setText("")
            return
        self.here_value.setPlainText(c.local.text)
        self.here_who.setText(_who(c.local))
        self.there_value.setPlainText("\n—\n".join(s.text for s in c.remote))
        self.there_who.setText("; ".join(_who(s) for s in c.remote))
        self.keep_remote.setEnabled(len(c.remote) == 1)
        if c.kind == "deleted":
            deleted_here = c.local.value is True
            self.keep_local.setText(
                self.tr("&Delete the record") if deleted_here else self.tr("Keep the &record")
            )
            self.keep_remote.setText(
                self.tr("Keep the &record") if deleted_here else self.tr("&Delete the record")
            )
            self.edited.setPlainText("")
            self.edited.setEnabled(False)
            self.keep_edited.setEnabled(False)
        else:
            self.keep_local.setText(self.tr("Keep this &vault's"))
            self.keep_remote.setText(self.tr("Keep the &other device's"))
            self.edited.setPlainText(c.local.text)

    def _keep_edited(self) -> None:
        self.resolve_current(self.edited.toPlainText())

    def resolve_current(self, keep: str) -> None:
        c = self.current()
        if c is None:
            return
        if c.kind == "deleted":
            side = c.local if keep == "local" else c.remote[0]
            if side.value is True and not messages.ask_yes_no(
                self,
                self.tr(
                    "Delete this record, and what belongs to it, on every device that receives "
                    "your next bundle?"
                ),
            ):
                return
        ident = c.id

        def work(v: Any) -> Any:
            from caseconf_desktop.services import conflicts

            return conflicts.resolve(v, ident, keep)

        Op(self, self._executor, work, label=self.tr("Settling the conflict")).success(
            lambda _r: self._resolved(ident)
        ).failure(self._failed).run()

    def _resolved(self, ident: str) -> None:
        self.resolved.emit(ident)
        self.reload()

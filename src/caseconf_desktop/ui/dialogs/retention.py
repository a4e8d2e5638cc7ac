"""Retention reviews due: the cases whose retention review date has come.

From here a coordinator opens a case to review it (and sets a new review date in its
details) or erases it. The default retention period is the vault's (the same for the
command line and every user of the vault), not a personal preference.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop.services import retention
from caseconf_desktop.ui.case_file import make_table, selected_record
from caseconf_desktop.ui.models.records import Column, RecordTableModel
from caseconf_desktop.ui.tasks import Op, VaultExecutor


class RetentionDialog(QDialog):
    open_case = Signal(str)

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.setWindowTitle(self.tr("Retention reviews due"))
        self.setAccessibleName(self.tr("Retention reviews due"))
        self.resize(820, 480)
        intro = QLabel(
            self.tr(
                "Cases whose retention review date has come: review whether the file is still "
                "needed. Keep it (set a new review date in the case details) or erase it."
            )
        )
        intro.setWordWrap(True)
        self.model: RecordTableModel[retention.ReviewDue] = RecordTableModel(
            [
                Column(self.tr("Review date"), lambda r: r.review_date),
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Subject"), lambda r: r.subject_name),
                Column(self.tr("Status"), lambda r: r.status),
                Column(
                    self.tr("Date from"),
                    lambda r: self.tr("the case") if r.explicit else self.tr("default period"),
                ),
            ],
            self,
        )
        self.table = make_table(self.model, self.tr("Cases due for retention review"))
        self.table.activated.connect(lambda _i: self._open())
        self.years = QSpinBox()
        self.years.setRange(1, 100)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Default retention period"))
        apply = QPushButton(self.tr("&Apply"))
        apply.clicked.connect(self._set_years)
        period = QHBoxLayout()
        label = QLabel(self.tr("Default retention period (cases without their own date):"))
        label.setBuddy(self.years)
        period.addWidget(label)
        period.addWidget(self.years)
        period.addWidget(apply)
        period.addStretch(1)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of cases due"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_button = buttons.addButton(
            self.tr("&Open case"), QDialogButtonBox.ButtonRole.ActionRole
        )
        open_button.clicked.connect(self._open)
        erase = buttons.addButton(self.tr("&Erase…"), QDialogButtonBox.ButtonRole.ActionRole)
        erase.clicked.connect(self._erase)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        def work(v: Any) -> tuple[int, list[retention.ReviewDue]]:
            return retention.default_years(v), retention.due_for_review(v)

        Op(self, self._executor, work).success(self._show).run()

    def _show(self, result: tuple[int, list[retention.ReviewDue]]) -> None:
        years, rows = result
        self.years.setValue(years)
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%n case(s) due for review.", "", len(rows)))

    def _set_years(self) -> None:
        years = self.years.value()
        Op(self, self._executor, lambda v: retention.set_default_years(v, years)).success(
            lambda _r: self.reload()
        ).run()

    def _open(self) -> None:
        row = selected_record(self.table)
        if row is not None:
            self.open_case.emit(row.case_id)
            self.accept()

    def _erase(self) -> None:
        row = selected_record(self.table)
        if row is None:
            return
        from caseconf_desktop.ui.dialogs.erase import EraseCaseDialog

        dialog = EraseCaseDialog(self._executor, row.case_id, row.reference, self)
        dialog.erased.connect(self.reload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.erase_dialog = dialog
        dialog.open()

"""The audit log viewer: who did what to which case and when, filtered, and exported.

Rows come from the vault thread as immutable snapshots (the event, the actor's name, the
case reference) in a RecordTableModel; a QSortFilterProxyModel filters them by case, actor,
kind of action and period. Export writes the rows shown, as CSV or JSON, through the vault
thread, and is itself recorded in the log.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import errors
from caseconf_desktop.domain.model import AuditEvent
from caseconf_desktop.ui import messages
from caseconf_desktop.ui.models.records import Column, RecordRole, RecordTableModel, SortRole
from caseconf_desktop.ui.tasks import Op, VaultExecutor

NO_DATE = QDate(1900, 1, 1)
ALL = ""


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One event with the names a reader needs (actor's name, case reference)."""

    event: AuditEvent
    actor_name: str
    case_reference: str

    @property
    def kind(self) -> str:
        return self.event.action.split(".", 1)[0]

    @property
    def detail_text(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in sorted(self.event.detail.items()))

    def as_dict(self) -> dict[str, Any]:
        e = self.event
        return {
            "seq": e.seq,
            "at": e.at.isoformat(),
            "actor_id": e.actor,
            "actor": self.actor_name,
            "action": e.action,
            "object_type": e.object_type,
            "object_id": e.object_id,
            "case_id": e.case_id,
            "case_reference": self.case_reference,
            "detail": e.detail,
            "hash": e.hash,
        }


@dataclass(frozen=True, slots=True)
class AuditSnapshot:
    rows: list[AuditRow]
    chain_ok: bool
    first_bad_seq: int | None
    # One sentence naming the first mismatch (a broken row, or a recorded head the chain
    # no longer holds); "" when the chain is intact.
    problem: str = ""


def load(vault: Any) -> AuditSnapshot:
    """Runs on the vault thread."""
    from caseconf_desktop.services import audit_chain, casefile

    people, refs = casefile.audit_names(vault)
    report = audit_chain.verify(vault)
    rows = [
        AuditRow(
            e,
            people.get(e.actor, e.actor),
            refs.get(e.case_id or "", (e.case_id or "")[:8]),
        )
        for e in audit_chain.events(vault)
    ]
    problem = "" if report.ok else audit_chain.problem_text(report)
    return AuditSnapshot(rows, report.ok, report.first_bad_seq, problem)


class AuditFilter(QSortFilterProxyModel):
    """Keeps the rows that match every chosen filter (empty filter: anything)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.case = ALL
        self.actor = ALL
        self.kind = ALL
        self.since: date | None = None
        self.until: date | None = None
        self.setSortRole(SortRole)

    def set_filters(
        self,
        *,
        case: str = ALL,
        actor: str = ALL,
        kind: str = ALL,
        since: date | None = None,
        until: date | None = None,
    ) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateRowsFilter is deprecated
            self.beginFilterChange()
        self.case, self.actor, self.kind = case, actor, kind
        self.since, self.until = since, until
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model: Any = self.sourceModel()
        row: AuditRow = model.index(source_row, 0, source_parent).data(RecordRole)
        if row is None:
            return False
        e = row.event
        day = e.at.astimezone().date()
        return (
            (not self.case or e.case_id == self.case)
            and (not self.actor or e.actor == self.actor)
            and (not self.kind or row.kind == self.kind)
            and (self.since is None or day >= self.since)
            and (self.until is None or day <= self.until)
        )

    def rows(self) -> list[AuditRow]:
        return [self.index(r, 0).data(RecordRole) for r in range(self.rowCount())]


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("AuditDialog", "(any)"))
    edit.setDate(NO_DATE)
    edit.setAccessibleName(name)
    return edit


def _qdate(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


def to_csv(rows: list[AuditRow]) -> str:
    out = io.StringIO()
    header = [
        "seq",
        "at",
        "actor_id",
        "actor",
        "action",
        "object_type",
        "object_id",
        "case_id",
        "case_reference",
        "detail",
        "hash",
    ]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for r in rows:
        d = r.as_dict()
        d["detail"] = json.dumps(d["detail"], ensure_ascii=False, sort_keys=True)
        writer.writerow([d[k] for k in header])
    return out.getvalue()


def to_json(rows: list[AuditRow]) -> str:
    return json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2) + "\n"


class AuditDialog(QDialog):
    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.snapshot: AuditSnapshot | None = None
        self.note = ""
        self.setWindowTitle(self.tr("Audit log"))
        self.setAccessibleName(self.tr("Audit log"))
        self.resize(1100, 640)
        self.model: RecordTableModel[AuditRow] = RecordTableModel(
            [
                Column(self.tr("#"), lambda r: r.event.seq, align_right=True),
                Column(self.tr("When"), lambda r: r.event.at.astimezone()),
                Column(self.tr("Who"), lambda r: r.actor_name),
                Column(self.tr("Action"), lambda r: r.event.action),
                Column(self.tr("Case"), lambda r: r.case_reference),
                Column(self.tr("Object"), lambda r: f"{r.event.object_type} {r.event.object_id}"),
                Column(self.tr("Detail"), lambda r: r.detail_text),
            ],
            self,
        )
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in make_table
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.case_box = QComboBox()
        self.case_box.setAccessibleName(self.tr("Case"))
        self.actor_box = QComboBox()
        self.actor_box.setAccessibleName(self.tr("Who"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of action"))
        self.since = _date_edit(self.tr("From"))
        self.until = _date_edit(self.tr("Until"))
        for box in (self.case_box, self.actor_box, self.kind_box):
            box.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply_filters)
        grid = QGridLayout()
        for col, (text, widget) in enumerate(
            (
                (self.tr("&Case:"), self.case_box),
                (self.tr("&Who:"), self.actor_box),
                (self.tr("&Kind:"), self.kind_box),
                (self.tr("&From:"), self.since),
                (self.tr("&Until:"), self.until),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Audit summary"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        Op(self, self._executor, load, label=self.tr("Reading the audit log")).success(
            self._show
        ).run()

    def _show(self, snapshot: AuditSnapshot) -> None:
        self.snapshot = snapshot
        self.model.set_records(snapshot.rows)
        self._fill(
            self.case_box,
            self.tr("All cases"),
            sorted({(r.case_reference, r.event.case_id) for r in snapshot.rows if r.event.case_id}),
        )
        self._fill(
            self.actor_box,
            self.tr("Everyone"),
            sorted({(r.actor_name, r.event.actor) for r in snapshot.rows}),
        )
        self._fill(
            self.kind_box,
            self.tr("All kinds"),
            sorted({(r.kind, r.kind) for r in snapshot.rows}),
        )
        self.table.resizeColumnsToContents()
        self.apply_filters()

    @staticmethod
    def _fill(box: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, ALL)
        for text, data in items:
            box.addItem(text, data)
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    def apply_filters(self) -> None:
        self.proxy.set_filters(
            case=self.case_box.currentData() or ALL,
            actor=self.actor_box.currentData() or ALL,
            kind=self.kind_box.currentData() or ALL,
            since=_qdate(self.since),
            until=_qdate(self.until),
        )
        chain = ""
        if self.snapshot is not None:
            chain = (
                self.tr("The hash chain is intact.")
                if self.snapshot.chain_ok
                else self.snapshot.problem
            )
        self.summary.setText(
            self.tr("{shown} of {total} events shown. {chain}").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount(), chain=chain
            )
            + self.note
        )

    def export(self) -> None:
        path = messages.save_path(
            self,
            self.tr("Export the audit log"),
            f"caseconf-audit-{date.today().isoformat()}.csv",
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        if not path:
            return
        rows = self.proxy.rows()
        as_json = Path(path).suffix.lower() == ".json"
        text = to_json(rows) if as_json else to_csv(rows)
        fmt = "json" if as_json else "csv"

        def work(vault: Any) -> int:
            from caseconf_desktop.services import audit_chain
            from caseconf_desktop.services.files import atomic_write_text

            last = rows[-1].event.seq if rows else 0
            audit_chain.export_log(
                vault, len(rows), last, fmt, lambda: atomic_write_text(Path(path), text)
            )
            return len(rows)

        Op(self, self._executor, work, label=self.tr("Exporting")).success(
            lambda n: self._exported(path, n)
        ).failure(self._failed).run()

    def _exported(self, path: str, n: int) -> None:
        self.note = " " + self.tr("Exported {n} events to {path}.").format(n=n, path=path)
        self.reload()  # the export is itself a new row of the log

    def _failed(self, exc: errors.KnownError) -> None:
        messages.show_error(self, exc.user_text)

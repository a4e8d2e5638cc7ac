"""The case file: tabs over everything held on one case, editable with undo/redo.

The widget holds a snapshot (services.casefile.CaseFile) loaded on the vault thread; every
edit is an undo command whose redo/undo save through the vault thread and reload.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop.domain import model, rules
from caseconf_desktop.domain.changes import Changes
from caseconf_desktop.domain.enums import (
    ConferenceStatus,
    ConsentKind,
    ConsentState,
    InterventionKind,
    NeedDomain,
    ResponsibilityDomain,
    RiskLevel,
)
from caseconf_desktop.services import casefile, overview
from caseconf_desktop.services.casefile import CaseFile, Directory
from caseconf_desktop.services.overview import CaseOverview
from caseconf_desktop.ui import clipboard, messages, style
from caseconf_desktop.ui.case_overview import CaseOverviewPage
from caseconf_desktop.ui.forms import RecordEditor
from caseconf_desktop.ui.models.cases import RecordFilterProxy
from caseconf_desktop.ui.models.records import Column, RecordRole, RecordTableModel
from caseconf_desktop.ui.tasks import Op, VaultExecutor
from caseconf_desktop.ui.widgets.risk_chart import RiskTrendChart


def make_table(model: Any, name: str) -> QTableView:
    """A keyboard-friendly, sortable table view over a proxy of ``model``."""
    proxy = RecordFilterProxy(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Size columns from the first rows only: a 10,000-case list must not stall the window.
    view.horizontalHeader().setResizeContentsPrecision(64)
    view.setWordWrap(False)
    # Tab leaves the table (arrow keys move inside it): Qt's default walks every cell.
    view.setTabKeyNavigation(False)
    # Ctrl+C copies the current row and clears the clipboard after 30 s (case text).
    copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), view)
    copy.setContext(Qt.ShortcutContext.WidgetShortcut)
    copy.activated.connect(lambda: clipboard.copy_current_row(view))
    return view


#: Above this many rows a table stays one line a row: wrapping measures every row's height.
WRAP_ROWS_LIMIT = 400


def fit_to_width(view: QTableView, wrap: Collection[int]) -> None:
    """Show whole text without scrolling sideways: columns as wide as their content, but the
    columns in ``wrap`` (descriptions, agency names) share what is left and wrap."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in wrap
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    few = view.model().rowCount() <= WRAP_ROWS_LIMIT
    view.setWordWrap(few)
    view.setTextElideMode(Qt.TextElideMode.ElideNone if few else Qt.TextElideMode.ElideRight)
    rows = QHeaderView.ResizeMode.ResizeToContents if few else QHeaderView.ResizeMode.Interactive
    view.verticalHeader().setSectionResizeMode(rows)
    if view.findChild(QTimer, "remeasureRows") is None:
        # Rows are not measured again when a stretched column changes width (a window
        # resized): do it once the columns have settled, or wrapped text ends in "…".
        timer = QTimer(view)
        timer.setObjectName("remeasureRows")
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: _remeasure_rows(view))
        header.sectionResized.connect(lambda *_a: timer.start(0))


def _remeasure_rows(view: QTableView) -> None:
    if view.wordWrap():
        view.resizeRowsToContents()


def selected_record(view: QTableView) -> Any:
    index = view.currentIndex()
    return index.data(RecordRole) if index.isValid() else None


class RecordHost(Protocol):
    """What a RecordTab needs from the page it sits on: edit, push an undo command, save."""

    def edit_record(self, old: Any, record: Any, title: str) -> None: ...

    def push(self, command: QUndoCommand) -> None: ...

    def run_write(self, fn: Callable[[Any], Any]) -> None: ...


class SaveRecordCommand(QUndoCommand):
    """Redo saves ``new``; undo restores ``old`` (or removes a record that was added)."""

    def __init__(self, view: RecordHost, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self._view, self._old, self._new = view, old, new

    def redo(self) -> None:
        if self._new is None:
            self._view.run_write(lambda v: casefile.delete_record(v, self._old))
        else:
            self._view.run_write(lambda v: casefile.save_record(v, self._new))

    def undo(self) -> None:
        if self._old is None:
            self._view.run_write(lambda v: casefile.delete_record(v, self._new))
        else:
            self._view.run_write(lambda v: casefile.save_record(v, self._old, check=False))


class RecordTab(QWidget):
    """A list of one kind of record with Add / Edit / Delete (Insert, Enter, Delete keys)."""

    def __init__(
        self,
        view: RecordHost,
        name: str,
        columns: list[Column[Any]],
        new_record: Callable[[], Any],
        noun: str,
    ) -> None:
        super().__init__()
        self._view = view
        self._new_record = new_record
        self._noun = noun
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.table = make_table(self.model, name)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.activated.connect(lambda _i: self.edit())
        add = QPushButton(self.tr("&Add…"))
        add.setAccessibleName(self.tr("Add {noun}").format(noun=noun))
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.edit)
        delete = QPushButton(self.tr("De&lete"))
        delete.clicked.connect(self.delete)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, self.add)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete)
        buttons = QHBoxLayout()
        for b in (add, edit, delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def set_records(self, rows: list[Any]) -> None:
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        self._view.edit_record(
            None, self._new_record(), self.tr("New {noun}").format(noun=self._noun)
        )

    def edit(self) -> None:
        record = selected_record(self.table)
        if record is not None:
            self._view.edit_record(record, record, self.tr("Edit {noun}").format(noun=self._noun))

    def delete(self) -> None:
        record = selected_record(self.table)
        if record is None:
            return
        if messages.ask_yes_no(self, self.tr("Delete this {noun}?").format(noun=self._noun)):
            self._view.push(SaveRecordCommand(self._view, record, None, self.tr("Delete")))


#: Tables whose names a case file shows (owners, agencies) without being the case's own.
_DIRECTORY_TABLES = ("agencies", "people")


class CaseFileView(QWidget):
    """Everything held on one case."""

    prepare_conference = Signal(str)  # case id
    conflicts_requested = Signal(str)  # case id
    run_conference = Signal(str)  # conference id
    closed = Signal()
    loaded = Signal()  # a fresh snapshot is on screen

    def __init__(
        self, executor: VaultExecutor, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self.case_id = case_id
        self.file: CaseFile | None = None
        self.directory: Directory | None = None
        self.undo_stack = QUndoStack(self)
        self.setAccessibleName(self.tr("Case file"))

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setAccessibleName(self.tr("Case heading"))
        undo = QPushButton(self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setAccessibleName(self.tr("Undo last change"))
        undo.clicked.connect(self.undo_stack.undo)
        redo = QPushButton(self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setAccessibleName(self.tr("Redo"))
        redo.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(undo)
        top.addWidget(redo)

        self.tabs = QTabWidget()
        style.compact_tabs(self.tabs)
        self.tabs.setAccessibleName(self.tr("Case file sections"))
        self.tabs.setDocumentMode(True)
        # Short tab names ("Risk", "Minutes"; the tables inside keep their full names), so
        # the eleven tabs fit a 1024-pixel window instead of scrolling out of sight.
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        executor.changed.connect(self._changed)
        self.reload(record_view=True)

    def _changed(self, changes: Changes) -> None:
        """Any write to this case, wherever it came from (this view's own edits, a bundle
        taken in, a conference closed in the runner), or to the names it shows: reload."""
        if changes.touches_case(self.case_id) or changes.touches(*_DIRECTORY_TABLES):
            self.reload()

    # -- vault access ---------------------------------------------------------------------

    def reload(self, record_view: bool = False) -> None:
        def work(v: Any) -> tuple[CaseFile, Directory, list[Any], int, CaseOverview]:
            cf = casefile.load_case_file(v, self.case_id, record_view=record_view)
            directory = casefile.directory(v)
            return (
                cf,
                directory,
                casefile.issued_minutes(v, self.case_id),
                casefile.conflict_count(v, self.case_id),
                overview.summarise(cf, directory, date.today()),
            )

        Op(self, self._executor, work, label=self.tr("Loading the case")).success(self._show).run()

    def run_write(self, fn: Callable[[Any], Any]) -> None:
        # No reload here: what the write changed comes back through the executor's
        # `changed` signal (_changed), as every other writer's changes do.
        Op(self, self._executor, fn, label=self.tr("Saving")).failure(self._write_failed).run()

    def _write_failed(self, exc: Any) -> None:
        messages.show_error(self, exc.user_text)
        self.reload()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def edit_record(self, old: Any, record: Any, title: str) -> None:
        if self.directory is None:
            return
        checks: dict[type, Callable[[Any], dict[str, str]]] = {
            model.Case: rules.check_case,
            model.Action: rules.check_action,
        }
        check = checks.get(type(record))
        dialog = RecordEditor(record, self.directory, title, self, check=check)
        dialog.accepted_record.connect(
            lambda new: self.push(SaveRecordCommand(self, old, new, title))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.open()

    # -- tabs -----------------------------------------------------------------------------

    def _d(self) -> Directory:
        assert self.directory is not None
        return self.directory

    def _build_tabs(self) -> None:
        d = self._d
        cid = self.case_id
        today = date.today

        # The overview: the case at a glance (next conference, actions, risk trend, who
        # leads what, consents), with the case's own actions above it.
        self.overview = QWidget()
        self.overview_page = CaseOverviewPage()
        self.overview_labels: dict[str, QLabel] = self.overview_page.details
        edit_case = QPushButton(self.tr("Edit case &details…"))
        edit_case.clicked.connect(self.edit_case)
        prepare = QPushButton(self.tr("&Prepare a conference…"))
        prepare.clicked.connect(lambda: self.prepare_conference.emit(self.case_id))
        self.erase_button = QPushButton(self.tr("Erase case…"))
        self.erase_button.clicked.connect(self.erase_case)
        self.conflicts_button = QPushButton(self.tr("Merge &conflicts…"))
        self.conflicts_button.setAccessibleName(self.tr("Merge conflicts of this case"))
        self.conflicts_button.clicked.connect(lambda: self.conflicts_requested.emit(self.case_id))
        row = QHBoxLayout()
        row.addWidget(edit_case)
        row.addWidget(prepare)
        row.addWidget(self.conflicts_button)
        row.addStretch(1)
        row.addWidget(self.erase_button)
        overview_layout = QVBoxLayout(self.overview)
        overview_layout.setContentsMargins(0, style.SPACING, 0, 0)
        overview_layout.addLayout(row)
        overview_layout.addWidget(self.overview_page, 1)
        self.tabs.addTab(self.overview, self.tr("Overview"))

        self.goals = RecordTab(
            self,
            self.tr("Case goals"),
            [
                Column(self.tr("Goal"), lambda g: g.text),
                Column(self.tr("Status"), lambda g: g.status),
                Column(self.tr("Agreed"), lambda g: g.agreed_on),
                Column(self.tr("Review note"), lambda g: g.review_note),
            ],
            lambda: model.Goal(case_id=cid, text="", agreed_on=today()),
            self.tr("goal"),
        )
        self.tabs.addTab(self.goals, self.tr("Goals"))

        self.responsibilities = RecordTab(
            self,
            self.tr("Responsibility matrix"),
            [
                Column(self.tr("Domain"), lambda r: r.domain),
                Column(self.tr("Lead agency"), lambda r: d().agency_name(r.agency_id)),
                Column(self.tr("Contact"), lambda r: d().person_name(r.person_id)),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            lambda: model.Responsibility(
                case_id=cid, domain=ResponsibilityDomain.COORDINATION, agency_id=""
            ),
            self.tr("responsibility"),
        )
        self.tabs.addTab(self.responsibilities, self.tr("Responsibilities"))

        self.family = RecordTab(
            self,
            self.tr("Family members"),
            [
                Column(self.tr("Name"), lambda f: f.name),
                Column(self.tr("Relationship"), lambda f: f.relationship),
                Column(self.tr("Child"), lambda f: f.is_minor),
                Column(self.tr("Involvement"), lambda f: f.involvement),
                Column(self.tr("Support offered"), lambda f: f.support_offered),
            ],
            lambda: model.FamilyMember(case_id=cid, name=""),
            self.tr("family member"),
        )
        self.tabs.addTab(self.family, self.tr("Family"))

        self.consents = RecordTab(
            self,
            self.tr("Consents"),
            [
                Column(self.tr("Consent to"), lambda c: c.kind),
                Column(self.tr("State"), lambda c: c.state),
                Column(self.tr("Date"), lambda c: c.recorded_on),
                Column(self.tr("Scope"), lambda c: c.scope),
            ],
            lambda: model.Consent(
                case_id=cid,
                kind=ConsentKind.INFORMATION_SHARING,
                state=ConsentState.GIVEN,
                recorded_on=today(),
            ),
            self.tr("consent"),
        )
        self.tabs.addTab(self.consents, self.tr("Consents"))

        risk_page = QWidget()
        self.risk_chart = RiskTrendChart()
        self.risks = RecordTab(
            self,
            self.tr("Risk history"),
            [
                Column(self.tr("Assessed"), lambda r: r.assessed_on),
                Column(self.tr("Level"), lambda r: r.level),
                Column(self.tr("Change"), lambda r: r.change),
                Column(self.tr("Rationale"), lambda r: r.rationale),
                Column(self.tr("Label"), lambda r: "TLP:" + r.tlp.value),
            ],
            lambda: model.RiskAssessment(
                case_id=cid, level=RiskLevel.MODERATE, assessed_on=today()
            ),
            self.tr("risk assessment"),
        )
        risk_layout = QVBoxLayout(risk_page)
        risk_layout.addWidget(self.risk_chart)
        risk_layout.addWidget(self.risks, 1)
        self.tabs.addTab(risk_page, self.tr("Risk"))

        self.needs = RecordTab(
            self,
            self.tr("Needs"),
            [
                Column(self.tr("Domain"), lambda n: n.domain),
                Column(self.tr("Level"), lambda n: n.level),
                Column(self.tr("Owner agency"), lambda n: d().agency_name(n.owner_agency_id)),
                Column(self.tr("Status"), lambda n: n.status),
                Column(self.tr("Notes"), lambda n: n.notes),
            ],
            lambda: model.Need(case_id=cid, domain=NeedDomain.HOUSING),
            self.tr("need"),
        )
        self.tabs.addTab(self.needs, self.tr("Needs"))

        self.interventions = RecordTab(
            self,
            self.tr("Interventions"),
            [
                Column(self.tr("Intervention"), lambda i: i.kind),
                Column(
                    self.tr("Provider"),
                    lambda i: d().agency_name(i.provider_agency_id) or i.provider,
                ),
                Column(self.tr("Status"), lambda i: i.status),
                Column(self.tr("Engagement"), lambda i: i.engagement),
                Column(self.tr("Start"), lambda i: i.start_date),
                Column(self.tr("End"), lambda i: i.end_date),
            ],
            lambda: model.Intervention(case_id=cid, kind=InterventionKind.MENTORING),
            self.tr("intervention"),
        )
        self.tabs.addTab(self.interventions, self.tr("Interventions"))

        self.actions_tab = RecordTab(
            self,
            self.tr("Actions"),
            action_columns(d),
            lambda: model.Action(case_id=cid, description=""),
            self.tr("action"),
        )
        self.tabs.addTab(self.actions_tab, self.tr("Actions"))

        conf_page = QWidget()
        self.conf_model: RecordTableModel[model.Conference] = RecordTableModel(
            [
                Column(self.tr("Date"), lambda c: c.scheduled_for),
                Column(self.tr("Place"), lambda c: c.place),
                Column(self.tr("Status"), lambda c: c.status),
                Column(self.tr("Chair"), lambda c: d().person_name(c.chair_id)),
                Column(self.tr("Minute-taker"), lambda c: d().person_name(c.minute_taker_id)),
                Column(self.tr("Next"), lambda c: c.next_conference_date),
            ],
            self,
        )
        self.conf_table = make_table(self.conf_model, self.tr("Conferences"))
        self.conf_table.activated.connect(self._run_selected)
        new_conf = QPushButton(self.tr("Prepare a &new conference…"))
        new_conf.clicked.connect(lambda: self.prepare_conference.emit(self.case_id))
        run = QPushButton(self.tr("&Run the selected conference"))
        run.clicked.connect(lambda: self._run_selected(self.conf_table.currentIndex()))
        row2 = QHBoxLayout()
        row2.addWidget(new_conf)
        row2.addWidget(run)
        row2.addStretch(1)
        conf_layout = QVBoxLayout(conf_page)
        conf_layout.addLayout(row2)
        conf_layout.addWidget(self.conf_table)
        self.tabs.addTab(conf_page, self.tr("Conferences"))

        self.minutes_model: RecordTableModel[Any] = RecordTableModel(
            [
                Column(self.tr("Issued"), lambda m: m.issued_at),
                Column(self.tr("Audience"), lambda m: m.audience),
                Column(self.tr("Recipient"), lambda m: m.recipient),
                Column(self.tr("Label"), lambda m: "TLP:" + m.tlp),
                Column(self.tr("Signed by"), lambda m: m.signed_by),
                Column(
                    self.tr("SHA-256"), lambda m: m.sha256[:16] + "…", tooltip=lambda m: m.sha256
                ),
            ],
            self,
        )
        minutes_page = QWidget()
        QVBoxLayout(minutes_page).addWidget(
            make_table(self.minutes_model, self.tr("Exported minutes"))
        )
        self.tabs.addTab(minutes_page, self.tr("Minutes"))

    def erase_case(self) -> None:
        """Erase this case (after a reason and a typed confirmation); then close the file."""
        if self.file is None:
            return
        from caseconf_desktop.ui.dialogs.erase import EraseCaseDialog

        dialog = EraseCaseDialog(self._executor, self.case_id, self.file.case.reference, self)
        dialog.erased.connect(self.closed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.erase_dialog = dialog
        dialog.open()

    def edit_case(self) -> None:
        if self.file is not None:
            self.edit_record(self.file.case, self.file.case, self.tr("Edit case"))

    def _run_selected(self, index: QModelIndex) -> None:
        conf = index.data(RecordRole) if index.isValid() else None
        if conf is None:
            return
        if conf.status is ConferenceStatus.CLOSED:
            messages.show_info(
                self, self.tr("This conference is closed; its record is kept as it was.")
            )
            return
        self.run_conference.emit(conf.id)

    def _show(self, result: tuple[CaseFile, Directory, list[Any], int, CaseOverview]) -> None:
        self.file, self.directory, issued, n_conflicts, summary = result
        self.conflicts_button.setText(self.tr("Merge &conflicts (%n)…", "", n_conflicts))
        self.conflicts_button.setEnabled(n_conflicts > 0)
        cf = self.file
        c = cf.case
        self.heading.setText(f"{c.reference} — {c.subject_name}")
        self.summary = summary
        self.overview_page.show_overview(summary)
        self.goals.set_records(cf.goals)
        self.responsibilities.set_records(cf.responsibilities)
        self.family.set_records(cf.family)
        self.consents.set_records(cf.consents)
        self.risks.set_records(cf.risks)
        self.risk_chart.set_assessments(cf.risks)
        self.needs.set_records(cf.needs)
        self.interventions.set_records(cf.interventions)
        self.actions_tab.set_records(cf.actions)
        self.conf_model.set_records(cf.conferences)
        self.conf_table.resizeColumnsToContents()
        self.minutes_model.set_records(issued)
        self.loaded.emit()


def action_columns(directory: Callable[[], Directory | None]) -> list[Column[model.Action]]:
    def t(s: str) -> str:
        return QCoreApplication.translate("Actions", s)

    today = date.today()

    def d() -> Directory:
        return directory() or Directory({}, {})

    return [
        Column(t("Action"), lambda a: a.description),
        Column(t("Owner"), lambda a: d().person_name(a.owner_person_id)),
        Column(t("Agency"), lambda a: d().agency_name(a.owner_agency_id)),
        Column(
            t("Due"),
            lambda a: a.due,
            foreground=lambda a: style.colour("error") if a.is_overdue(today) else None,
        ),
        Column(t("Status"), lambda a: a.status),
        Column(t("Reason"), lambda a: a.not_done_reason),
    ]

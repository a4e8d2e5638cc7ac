"""The main window's list pages: cases, open actions, agencies & people, glossary."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop.domain import model
from caseconf_desktop.domain.changes import Changes
from caseconf_desktop.services import casefile, cases, conferences
from caseconf_desktop.ui import style
from caseconf_desktop.ui.case_file import RecordTab, SaveRecordCommand, fit_to_width, make_table
from caseconf_desktop.ui.forms import RecordEditor
from caseconf_desktop.ui.models.cases import CaseTableModel
from caseconf_desktop.ui.models.records import Column, RecordRole, RecordTableModel
from caseconf_desktop.ui.tasks import Op, VaultExecutor

SEARCH_DEBOUNCE_MS = 250


# What a case list row shows comes from these tables (services.cases / storage.summaries).
SUMMARY_TABLES = ("cases", "agencies", "conferences", "actions", "risk_assessments")


class CasesPage(QWidget):
    """All cases; typing filters instantly, then full-text search (entries too) refines."""

    open_case = Signal(str)
    new_case = Signal()

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.setAccessibleName(self.tr("Cases"))
        title = QLabel(self.tr("Cases"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search cases: reference, name in any script, notes…  (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of cases shown"))
        new = QPushButton(self.tr("&New case…"))
        new.clicked.connect(self.new_case)
        self.model = CaseTableModel(self, fetch=self._fetch)
        self.model.loaded.connect(self._loaded)
        self.table = make_table(self.model, self.tr("Case list"))
        self.proxy: Any = self.table.model()
        # Column widths from the first rows only: measuring every cell of a 200-row page on
        # each search held the window for 30-40 ms while typing.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(new)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._run_search)
        executor.changed.connect(self._changed)

    def reload(self) -> None:
        self._run_search()

    def _changed(self, changes: Changes) -> None:
        """A write elsewhere: update the rows of the cases it touched (shown lists only)."""
        if not self.isVisible() or not changes.touches(*SUMMARY_TABLES):
            return
        if changes.all or not changes.scoped or changes.touches("cases"):
            self.reload()  # cases may have come or gone, or their order changed
            return
        ids = sorted(changes.case_ids)
        Op(self, self._executor, lambda v: cases.summaries_of(v, ids)).success(
            self.model.update_summaries
        ).run()

    def _typed(self, text: str) -> None:
        # Instant: filter what is loaded. Then the FTS query (which also searches notes).
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()
        self._debounce.start()

    def _fetch(self, work: Any, done: Any) -> None:
        if not self._executor.is_open:
            # The page is built (and its sort order set) while the unlock page shows: the
            # list loads when it is first shown, after unlock, not as an error now.
            return
        Op(self, self._executor, work, label=self.tr("Searching")).success(done).run()

    def _run_search(self) -> None:
        self._debounce.stop()
        self.model.load(self.search.text())

    def _loaded(self) -> None:
        if self.model.rowCount() <= CaseTableModel.PAGE:  # a new list, not its next page
            self.proxy.setFilterFixedString("")
            self.table.resizeColumnsToContents()
        self._update_count()

    def _update_count(self) -> None:
        filtering = bool(self.search.text().strip()) and self.proxy.rowCount() < (
            self.model.rowCount()
        )
        n = self.proxy.rowCount() if filtering else self.model.total
        self.count.setText(self.tr("{n} cases").format(n=n))

    def _activated(self, index: Any) -> None:
        summary = index.data(RecordRole)
        if summary is not None:
            self.open_case.emit(summary.id)


class ActionsPage(QWidget):
    """Every open action across cases, overdue first."""

    open_case = Signal(str)

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.setAccessibleName(self.tr("Open actions"))
        title = QLabel(self.tr("Open actions"))
        title.setObjectName("pageTitle")
        self.model: RecordTableModel[conferences.ActionRow] = RecordTableModel(
            [
                Column(
                    self.tr("Due"),
                    lambda r: r.action.due,
                    foreground=lambda r: style.colour("error") if r.overdue else None,
                ),
                Column(self.tr("Case"), lambda r: r.case_reference),
                Column(self.tr("Action"), lambda r: r.action.description),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Agency"), lambda r: r.agency),
                Column(self.tr("Overdue"), lambda r: r.overdue),
            ],
            self,
        )
        self.table = make_table(self.model, self.tr("Open actions list"))
        self.table.activated.connect(self._activated)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def reload(self) -> None:
        Op(self, self._executor, conferences.open_actions).success(self._show).run()

    def _show(self, rows: list[conferences.ActionRow]) -> None:
        self.model.set_records(rows)
        fit_to_width(self.table, {2, 4})  # the action and its agency wrap, whole
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(
            self.tr("{n} open actions, {o} overdue.").format(n=len(rows), o=overdue)
        )

    def _activated(self, index: Any) -> None:
        row = index.data(RecordRole)
        if row is not None:
            self.open_case.emit(row.action.case_id)


class _DirectoryHost(QWidget):
    """Host for RecordTabs outside a case: saves through the vault thread and reloads."""

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.directory: casefile.Directory | None = None

    def reload(self) -> None:
        """Load the page's snapshot; each page defines what that is."""
        Op(self, self._executor, self._load).success(self._show).run()

    def _load(self, vault: Any) -> Any:
        return casefile.directory(vault)

    def _show(self, result: Any) -> None:
        self.directory = result

    def run_write(self, fn: Any) -> None:
        Op(self, self._executor, fn, label=self.tr("Saving")).success(
            lambda _r: self.reload()
        ).run()

    def push(self, command: Any) -> None:
        command.redo()

    def edit_record(self, old: Any, record: Any, title: str) -> None:
        if self.directory is None:
            return
        dialog = RecordEditor(record, self.directory, title, self)
        dialog.accepted_record.connect(
            lambda new: self.push(SaveRecordCommand(self, old, new, title))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.open()


class DirectoryPage(_DirectoryHost):
    """Agencies and the people who represent them."""

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(executor, parent)
        self.setAccessibleName(self.tr("Agencies and people"))
        title = QLabel(self.tr("Agencies && people"))
        title.setObjectName("pageTitle")
        d = lambda: self.directory or casefile.Directory({}, {})  # noqa: E731
        self.agencies = RecordTab(
            self,
            self.tr("Agencies"),
            [
                Column(self.tr("Agency"), lambda a: a.name),
                Column(self.tr("Kind"), lambda a: a.kind),
                Column(self.tr("Country"), lambda a: a.country),
            ],
            lambda: model.Agency(name=""),
            self.tr("agency"),
        )
        self.people = RecordTab(
            self,
            self.tr("People"),
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Agency"), lambda p: d().agency_name(p.agency_id)),
                Column(self.tr("Role"), lambda p: p.role_title),
                Column(self.tr("E-mail"), lambda p: p.email),
            ],
            lambda: model.Person(name=""),
            self.tr("person"),
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.agencies)
        split.addWidget(self.people)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(split)

    def _show(self, directory: casefile.Directory) -> None:
        self.directory = directory
        self.agencies.set_records(list(directory.agencies.values()))
        self.people.set_records(list(directory.people.values()))


class GlossaryPage(_DirectoryHost):
    """Agreed terms, so that agencies mean the same thing by the same word."""

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(executor, parent)
        self.setAccessibleName(self.tr("Glossary"))
        title = QLabel(self.tr("Glossary"))
        title.setObjectName("pageTitle")
        self.terms = RecordTab(
            self,
            self.tr("Glossary terms"),
            [
                Column(self.tr("Term"), lambda g: g.term),
                Column(self.tr("Agreed meaning"), lambda g: g.definition),
                Column(self.tr("Language"), lambda g: g.language),
            ],
            lambda: model.GlossaryTerm(term="", definition=""),
            self.tr("term"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.terms)

    def _load(self, vault: Any) -> tuple[casefile.Directory, list[model.GlossaryTerm]]:
        return casefile.directory(vault), casefile.glossary(vault)

    def _show(self, result: tuple[casefile.Directory, list[model.GlossaryTerm]]) -> None:
        self.directory, terms = result
        self.terms.set_records(terms)


class Tile(QPushButton):
    """A dashboard figure: the count above its label, which wraps on a narrow window.

    A push button cannot wrap its text, and "Revisiones de conservación pendientes" made
    three tiles wider than a 1024-pixel window; the text is a label inside the button.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.title = text.replace("&", "")
        # The label shows no "&": keep its letter as the button's Alt shortcut, underlined.
        self.setShortcut(QKeySequence.mnemonic(text))
        i = text.find("&")
        self._rich_title = (
            html.escape(text[:i]) + "<u>" + html.escape(text[i + 1]) + "</u>"
            + html.escape(text[i + 2 :])
            if 0 <= i < len(text) - 1
            else html.escape(self.title)
        )  # fmt: skip
        self.label = QLabel(self._rich_title)
        self.label.setObjectName("tileText")
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.label)
        self.setAccessibleName(self.title)
        # As tall as the tallest tile of its row (a wrapped label makes a tile taller).
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_count(self, count: int) -> None:
        self.label.setText(f"<span style='font-size: 18px; font-weight: 600'>{count}</span>"
                           f"<br>{self._rich_title}")  # fmt: skip
        self.setAccessibleName(f"{self.title}: {count}")  # the count is read out too
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


class DashboardPage(QWidget):
    """What needs attention across all cases; each figure opens its list below it."""

    open_case = Signal(str)
    show_conflicts = Signal()

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.board: Any = None
        self.setAccessibleName(self.tr("Dashboard"))
        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("pageTitle")
        self.tiles: dict[str, Tile] = {}
        self._labels: dict[str, str] = {}
        # Three tiles a row: the dashboard fits a 1024-pixel-wide window.
        row = QGridLayout()
        for key, text in (
            ("overdue", self.tr("&Overdue actions")),
            ("due", self.tr("Conferences &due (30 days)")),
            ("stale", self.tr("&No conference for 12 months")),
            ("retention", self.tr("&Retention reviews due")),
            ("conflicts", self.tr("Merge &conflicts")),
        ):
            button = Tile(text)
            button.setCheckable(key != "conflicts")
            button.clicked.connect(lambda _c=False, key=key: self.show_list(key))
            self._labels[key] = text.replace("&", "")
            n = len(self.tiles)
            self.tiles[key] = button
            row.addWidget(button, n // 3, n % 3)
        self.caption = QLabel()
        self.caption.setAccessibleName(self.tr("List shown"))
        self.model: RecordTableModel[Any] = RecordTableModel([], self)
        self.table = make_table(self.model, self.tr("Dashboard list"))
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        style.page_layout(layout)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self._current = "overdue"
        executor.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        """A write while the dashboard is shown (an import, a conflict resolved): recount."""
        if self.isVisible() and changes.touches(*SUMMARY_TABLES, "conflicts"):
            self.reload()

    def reload(self) -> None:
        from caseconf_desktop.services import dashboard

        Op(self, self._executor, dashboard.build, label=self.tr("Loading the dashboard")).success(
            self._show
        ).run()

    def _show(self, board: Any) -> None:
        self.board = board
        counts = {
            "overdue": board.totals.get("overdue", len(board.overdue_actions)),
            "due": board.totals.get("due", len(board.conferences_due)),
            "stale": board.totals.get("stale", len(board.no_conference_for_a_year)),
            "retention": len(board.retention_due),
            "conflicts": board.conflicts,
        }
        for key, button in self.tiles.items():
            button.set_count(counts[key])
        self.show_list(self._current)

    def show_list(self, key: str) -> None:
        if key == "conflicts":
            self.show_conflicts.emit()
            return
        self._current = key
        for k, b in self.tiles.items():
            b.setChecked(k == key)
        if self.board is None:
            return
        lists: dict[str, tuple[list[Column[Any]], list[Any]]] = {
            "overdue": (
                [
                    Column(
                        self.tr("Due"),
                        lambda r: r.action.due,
                        foreground=lambda r: style.colour("error"),
                    ),
                    Column(self.tr("Case"), lambda r: r.case_reference),
                    Column(self.tr("Action"), lambda r: r.action.description),
                    Column(self.tr("Owner"), lambda r: r.owner),
                    Column(self.tr("Agency"), lambda r: r.agency),
                ],
                self.board.overdue_actions,
            ),
            "due": (
                [
                    Column(self.tr("Next conference due"), lambda c: c.next_conference_due),
                    Column(self.tr("Case"), lambda c: c.reference),
                    Column(self.tr("Lead agency"), lambda c: c.lead_agency),
                    Column(self.tr("Risk"), lambda c: c.risk_level),
                ],
                self.board.conferences_due,
            ),
            "stale": (
                [
                    Column(
                        self.tr("Last conference"), lambda c: c.last_conference or self.tr("never")
                    ),
                    Column(self.tr("Case"), lambda c: c.reference),
                    Column(self.tr("Lead agency"), lambda c: c.lead_agency),
                ],
                self.board.no_conference_for_a_year,
            ),
            "retention": (
                [
                    Column(self.tr("Review date"), lambda r: r.review_date),
                    Column(self.tr("Case"), lambda r: r.reference),
                    Column(self.tr("Status"), lambda r: r.status),
                ],
                self.board.retention_due,
            ),
        }
        columns, rows = lists[key]
        # Empty first: rows are measured as soon as the columns change (they wrap), and the
        # new columns cannot read the old list's rows.
        self.model.set_records([])
        self.model.set_columns(columns)
        self.model.set_records(rows)
        # Descriptions and agency names wrap: the list fits a 1024-pixel window whole.
        long_text = {self.tr("Action"), self.tr("Agency"), self.tr("Lead agency")}
        fit_to_width(self.table, {i for i, c in enumerate(columns) if c.header in long_text})
        caption = self.tiles[key].accessibleName()
        total = self.board.totals.get(key, len(rows))
        if total > len(rows):
            caption += " " + self.tr("(the first {n} shown)").format(n=len(rows))
        self.caption.setText(caption)

    def _activated(self, index: Any) -> None:
        row = index.data(RecordRole)
        if row is None:
            return
        case_id = row.action.case_id if hasattr(row, "action") else getattr(row, "case_id", None)
        self.open_case.emit(case_id or row.id)

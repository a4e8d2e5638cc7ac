"""The case list: the columns a coordinator scans, with instant filtering."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal

from caseconf_desktop import i18n
from caseconf_desktop.services import cases
from caseconf_desktop.services.cases import CasePage, CaseSummary
from caseconf_desktop.ui import style
from caseconf_desktop.ui.models.records import Column, Index, RecordTableModel, SortRole

_t = i18n.tr_in("CaseTableModel")


def _risk_colour(s: CaseSummary) -> str | None:
    if s.risk_level is None:
        return None
    colours = {"very_high": style.colour("error"), "high": style.colour("caution")}
    return colours.get(s.risk_level.value)


def case_columns() -> list[Column[CaseSummary]]:
    return [
        Column(_t("Reference"), lambda s: s.reference),
        Column(_t("Subject"), lambda s: s.subject_name, tooltip=lambda s: s.pseudonym),
        Column(_t("Lead agency"), lambda s: s.lead_agency),
        Column(_t("Status"), lambda s: s.status),
        Column(_t("Risk"), lambda s: s.risk_level, foreground=_risk_colour),
        Column(
            _t("Next conference due"),
            lambda s: s.next_conference_due,
            tooltip=lambda s: (
                _t("No conference for more than 12 months") if s.no_conference_for_a_year else ""
            ),
        ),
        Column(_t("Open actions"), lambda s: s.open_actions, align_right=True),
        Column(
            _t("Overdue"),
            lambda s: s.overdue_actions,
            align_right=True,
            foreground=lambda s: style.colour("error") if s.overdue_actions else None,
        ),
    ]


def _search_text(summary: CaseSummary) -> str:
    return summary.search_text


Fetch = Callable[[Callable[[Any], CasePage], Callable[[CasePage], None]], None]


class CaseTableModel(RecordTableModel[CaseSummary]):
    """The case list, fetched a page at a time as it scrolls into view.

    The vault sorts, limits and summarises (services.cases.page); the model holds only the
    rows fetched so far. Sorting by a column asks the vault again, from the first page.
    Without a ``fetch`` function (tests, dialogs) it is a plain list set with set_records.
    """

    PAGE = 200
    loaded = Signal()

    def __init__(self, parent: QObject | None = None, fetch: Fetch | None = None) -> None:
        super().__init__(case_columns(), parent, haystack_of=_search_text)
        self._fetch = fetch
        self._search = ""
        self._order = "reference"
        self._descending = False
        self._total = 0
        self._generation = 0
        self._loading = False

    @property
    def total(self) -> int:
        """How many cases the whole list (or search) has, fetched or not."""
        return max(self._total, self.rowCount())

    def load(self, search: str = "") -> None:
        """Start the list again, from its first page, for this search."""
        if self._fetch is None:
            return
        self._search = search
        self._generation += 1
        generation = self._generation
        self._loading = True
        search_, order, descending, limit = search, self._order, self._descending, self.PAGE

        def work(vault: Any) -> CasePage:
            return cases.page(vault, search_, order=order, descending=descending, limit=limit)

        def shown(page: CasePage) -> None:
            if generation != self._generation:
                return  # a newer search or sort is on its way
            self._loading = False
            self._total = page.total
            self.set_records(page.rows)
            self.loaded.emit()

        self._fetch(work, shown)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            self._fetch is not None
            and not parent.isValid()
            and not self._loading
            and self.rowCount() < self._total
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        self._loading = True
        generation = self._generation
        search, order, descending = self._search, self._order, self._descending
        offset, limit = self.rowCount(), self.PAGE

        def work(vault: Any) -> CasePage:
            return cases.page(
                vault, search, order=order, descending=descending, offset=offset, limit=limit
            )

        def arrived(page: CasePage) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._total = page.total
            self.append_records(page.rows)
            self.loaded.emit()

        self._fetch(work, arrived)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._fetch is None or not (0 <= column < len(cases.SORT_KEYS)):
            super().sort(column, order)
            return
        key = cases.SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order, self._descending):
            return
        self._order, self._descending = key, descending
        self.load(self._search)

    def update_summaries(self, changed: list[CaseSummary]) -> None:
        """Show the new summaries of cases a change touched, where they are shown."""
        by_id = {s.id: s for s in changed}
        self.replace_records(lambda rec: by_id.get(rec.id))


class RecordFilterProxy(QSortFilterProxyModel):
    """Case-insensitive filtering over every column; sorting delegated to the source model.

    Over a RecordTableModel, a row is matched against one precomputed string and sorting is
    one Python sort of the records; other source models use Qt's generic per-cell path.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""

    def setFilterFixedString(self, pattern: str) -> None:
        self._needle = pattern.casefold()
        super().setFilterFixedString(pattern)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            return not self._needle or self._needle in source.haystack(source_row)
        return super().filterAcceptsRow(source_row, source_parent)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            source.sort(column, order)
            super().sort(-1)  # keep the source's order
            return
        super().sort(column, order)

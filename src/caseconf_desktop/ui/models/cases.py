"""The case list: the columns a coordinator scans, with instant filtering."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt

from caseconf_desktop.services.cases import CaseSummary
from caseconf_desktop.ui.models.records import Column, RecordTableModel, SortRole


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


def _risk_colour(s: CaseSummary) -> str | None:
    if s.risk_level is None:
        return None
    return {"very_high": "#b00020", "high": "#c45500"}.get(s.risk_level.value)


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
            foreground=lambda s: "#b00020" if s.overdue_actions else None,
        ),
    ]


def _search_text(summary: CaseSummary) -> str:
    return summary.search_text


class CaseTableModel(RecordTableModel[CaseSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(case_columns(), parent, haystack_of=_search_text)


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

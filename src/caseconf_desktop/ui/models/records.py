"""A table model over a list of immutable records, described by column specs.

Every list in the app (cases, actions, goals, needs, people…) is one of these: the model
holds domain snapshots, never widgets, and views read it through roles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from caseconf_desktop import i18n

T = TypeVar("T")

RecordRole = Qt.ItemDataRole.UserRole + 1  # the record itself
SortRole = Qt.ItemDataRole.UserRole + 2  # a sortable value (dates as ISO, numbers as numbers)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    value: Callable[[T], Any]
    tooltip: Callable[[T], str] | None = None
    foreground: Callable[[T], str | None] | None = None
    align_right: bool = False


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return i18n.label(value)  # "Very high", "Abierta": never the stored "very_high"
    return str(value)


def sort_key(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        rank = getattr(value, "rank", None)
        return rank if isinstance(rank, int) else str(value.value)
    if isinstance(value, bool):
        return int(value)
    return value


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: Any = None,
        haystack_of: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__(parent)
        # Optional: the text a row is filtered on, computed from the record itself (the
        # case list precomputes it on the vault thread), instead of every column's display.
        self._haystack_of = haystack_of
        self._columns = list(columns)
        self._rows: list[T] = []
        self._haystacks: list[str] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        """Show other columns (one view listing different kinds of rows in turn)."""
        self.beginResetModel()
        self._columns = list(columns)
        self._haystacks = None
        self._sort_column = -1
        self.endResetModel()

    def set_records(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = None
        if self._sort_column >= 0:
            self._sort_rows()
        self.endResetModel()

    def append_records(self, rows: Sequence[T]) -> None:
        """Add rows at the end (the next page of a list fetched as it scrolls)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._haystacks = None
        self.endInsertRows()

    def replace_records(self, replacement: Callable[[T], T | None]) -> None:
        """Swap in new versions of some rows in place; ``replacement`` returns None to keep."""
        for i, rec in enumerate(self._rows):
            new = replacement(rec)
            if new is not None:
                self._rows[i] = new
                self._haystacks = None
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._columns) - 1))

    # Filtering and sorting happen here, in one Python pass over the records, rather than
    # through per-cell data() calls from QSortFilterProxyModel: on 10,000 cases that is the
    # difference between a few milliseconds and a visible freeze.
    def haystack(self, row: int) -> str:
        """Every column's text of one row, casefolded, for filtering."""
        if self._haystacks is None:
            if self._haystack_of is not None:
                self._haystacks = [self._haystack_of(r) for r in self._rows]
            else:
                self._haystacks = [
                    "\t".join(display(c.value(r)) for c in self._columns).casefold()
                    for r in self._rows
                ]
        return self._haystacks[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not (0 <= column < len(self._columns)):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if not (0 <= self._sort_column < len(self._columns)):
            return
        value = self._columns[self._sort_column].value

        def key(rec: T) -> tuple[int, Any]:
            k = sort_key(value(rec))
            # Empty values last; strings compared without case.
            if k == "":
                return (1, "")
            return (0, k.casefold() if isinstance(k, str) else k)

        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        try:
            self._rows.sort(key=key, reverse=reverse)
        except TypeError:  # mixed types in one column: compare as text
            self._rows.sort(key=lambda r: str(key(r)), reverse=reverse)
        self._haystacks = None

    def records(self) -> list[T]:
        return list(self._rows)

    def record(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        rec = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(col.value(rec))
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(rec)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            colour = col.foreground(rec)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RecordRole:
            return rec
        if role == SortRole:
            return sort_key(col.value(rec))
        return None

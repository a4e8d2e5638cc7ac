"""The runner's agenda list: whole section titles, wrapped, never cut short with "…".

On a 1024-pixel laptop the list is narrow, and "Review of previous actions" or "Any other
business" were elided to "Review o…". Here titles wrap onto a second line instead, and the
list never becomes narrower than its longest word (with the state marker beside it), so no
word is ever cut. :func:`elided_rows` is the check the layout test uses.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

#: Widest the list asks to be: the rest belongs to the section being run.
PREFERRED_MAX_WIDTH = 220


def _text_margin(view: QListView) -> int:
    """Space Qt's item painting leaves on each side of an item's text."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


#: Measured a little narrower than painted: Qt lays text out in fractional pixels, and a
#: title that fits to the pixel when measured can need a second line when drawn.
SAFETY = 2


def wrapped_height(view: QListView, text: str, width: int) -> float:
    """Height of ``text`` wrapped into an item ``width`` pixels wide (its margins inside)."""
    room = width - 2 * _text_margin(view) - SAFETY
    fm = QFontMetricsF(view.font())
    return fm.boundingRect(QRectF(0, 0, room, 1e6), Qt.TextFlag.TextWordWrap, text).height()


class _WrappingDelegate(QStyledItemDelegate):
    """Items as wide as the list, as tall as their title wrapped at that width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self._view
        width = view.viewport().width() - 2 * view.spacing()
        text = str(index.data() or "")
        return QSize(width, math.ceil(wrapped_height(view, text, width)) + 2)


class AgendaList(QListView):
    """A list of agenda sections whose items wrap at word boundaries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setItemDelegate(_WrappingDelegate(self))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        m = self.model()
        if m is None:
            return
        for signal in (m.modelReset, m.dataChanged, m.rowsInserted, m.layoutChanged):
            signal.connect(self._refit)
        self._refit()

    def _texts(self) -> list[str]:
        m = self.model()
        if m is None:
            return []
        return [str(m.index(r, 0).data() or "") for r in range(m.rowCount())]

    def _chrome(self) -> int:
        """Width around the text: the frame, item margins, spacing, a vertical scroll bar."""
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return 2 * self.frameWidth() + 2 * _text_margin(self) + 2 * self.spacing() + scrollbar + 2

    def widest_word(self) -> int:
        """The width of the widest unbreakable piece: the marker with its first word, or a word."""
        fm = self.fontMetrics()
        widest = 0
        for text in self._texts():
            words = text.split()
            pieces = [" ".join(words[:2]), *words[2:]] if len(words) > 1 else words
            widest = max([widest, *(fm.horizontalAdvance(p) for p in pieces)])
        return widest

    def _refit(self, *_args: object) -> None:
        self.setMinimumWidth(self.widest_word() + self._chrome())
        self.updateGeometry()
        self.scheduleDelayedItemsLayout()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        whole = max((fm.horizontalAdvance(t) for t in self._texts()), default=0)
        width = min(whole + self._chrome(), PREFERRED_MAX_WIDTH)
        return QSize(max(width, self.minimumWidth()), super().sizeHint().height())


def elided_rows(view: QListView) -> list[str]:
    """The items of ``view`` whose text is not shown whole (a word cut, or a line missing)."""
    fm = QFontMetricsF(view.font())
    margin = _text_margin(view)
    cut = []
    m = view.model()
    for row in range(m.rowCount()):
        index = m.index(row, 0)
        text = str(index.data() or "")
        rect = view.visualRect(index)
        room = rect.width() - 2 * margin
        lines = fm.boundingRect(QRectF(0, 0, room, 1e6), Qt.TextFlag.TextWordWrap, text)
        too_wide = any(fm.horizontalAdvance(w) > room for w in text.split())
        if too_wide or lines.height() > rect.height() or rect.right() > view.viewport().width():
            cut.append(text)
    return cut

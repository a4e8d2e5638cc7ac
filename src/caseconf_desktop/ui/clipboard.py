"""Copying case text to the clipboard without leaving it there.

The clipboard is shared with every other program and often kept by clipboard managers, so
a copy of case text is marked as sensitive (the hint KDE's Klipper and other managers
honour, as KeePassXC does) and cleared after :data:`CLEAR_AFTER_MS` — but only if the
clipboard still holds that text: something the user copied since is left alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

CLEAR_AFTER_MS = 30_000
_HINT = "x-kde-passwordManagerHint"


class _Guard(QObject):
    """Holds the timer and the text it is waiting to clear."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_if_unchanged)

    def clear_if_unchanged(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.text and clipboard.text() == self.text:
            clipboard.clear()
        self.text = ""


_guard: _Guard | None = None


def _the_guard() -> _Guard:
    global _guard  # noqa: PLW0603 (one guard per application)
    app = QGuiApplication.instance()
    if _guard is None or _guard.parent() is not app:
        _guard = _Guard(app)
    return _guard


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Put ``text`` on the clipboard and clear it after a while if it is still there."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(_HINT, b"secret")
    QGuiApplication.clipboard().setMimeData(mime)
    guard = _the_guard()
    guard.text = text
    guard.timer.start(clear_after_ms)


def clear_now() -> None:
    """Clear a sensitive copy at once (on lock), if the clipboard still holds it."""
    guard = _the_guard()
    guard.timer.stop()
    guard.clear_if_unchanged()


def pending() -> bool:
    """True while a sensitive copy waits to be cleared."""
    return _guard is not None and _guard.timer.isActive()


def row_text(view: QAbstractItemView) -> str:
    """The current row of a table, its visible cells separated by tabs."""
    index = view.currentIndex()
    model: Any = view.model()
    if not index.isValid() or model is None:
        return ""
    cells = []
    for column in range(model.columnCount(QModelIndex())):
        value = model.index(index.row(), column).data(Qt.ItemDataRole.DisplayRole)
        cells.append("" if value is None else str(value))
    return "\t".join(cells)


def copy_current_row(view: QAbstractItemView) -> None:
    text = row_text(view)
    if text:
        copy_sensitive(text)

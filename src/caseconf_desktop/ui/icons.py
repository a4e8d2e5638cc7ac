"""CaseConf's icon set: small monochrome SVGs, drawn in the palette's text colour.

The SVGs in ``resources/icons`` (original work, EUPL-1.2, see the README there) draw with
``currentColor``. :class:`PaletteIconEngine` substitutes the colour of the application
palette at the moment the icon is painted, so the same icon reads dark on the light scheme,
light on the dark scheme, greyed when its action is disabled, and white on a selected row,
and follows a change of the system's colour scheme without being rebuilt.
"""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

#: The icons shipped, by name (the file is ``resources/icons/<name>.svg``).
NAMES = (
    "actions",
    "backup",
    "bundle-in",
    "bundle-out",
    "cases",
    "conflicts",
    "dashboard",
    "directory",
    "glossary",
    "help",
    "lock",
    "minutes",
    "new-case",
    "prepare",
    "run",
    "search",
    "settings",
)


@functools.cache
def svg_source(name: str) -> str:
    """The SVG text of icon ``name`` (drawn with ``currentColor``)."""
    if name not in NAMES:
        raise KeyError(f"no icon named {name!r}")
    folder = resources.files("caseconf_desktop.resources") / "icons"
    return (folder / f"{name}.svg").read_text(encoding="utf-8")


@functools.cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(svg_source(name).replace("currentColor", colour).encode()))


def icon_colour(mode: QIcon.Mode) -> QColor:
    """The colour an icon is drawn in for ``mode``, from the current application palette."""
    palette = QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)


class PaletteIconEngine(QIconEngine):
    """Renders one SVG icon at any size in the palette's colour for the icon's mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = _renderer(self._name, icon_colour(mode).name())
        side = min(rect.width(), rect.height())
        square = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        renderer.render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self._name)

    def key(self) -> str:
        return "caseconf-palette-svg"

    def iconName(self) -> str:
        return self._name


def icon(name: str) -> QIcon:
    """Icon ``name`` (one of :data:`NAMES`), recoloured with the palette as it changes."""
    svg_source(name)  # fail here, loudly, on a name that is not shipped
    return QIcon(PaletteIconEngine(name))

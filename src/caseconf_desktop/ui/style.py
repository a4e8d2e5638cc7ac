"""The look of CaseConf: one palette (light or dark, as the system is), spacing and type.

:func:`install` sets the Fusion style and the palette of the current system colour scheme
and follows the scheme when it changes (``QStyleHints.colorSchemeChanged``, Qt 6.5+). Every
colour the interface uses by meaning (an error, a warning, the accent of a card) comes from
:func:`colour`, so it has a light and a dark value with enough contrast on both.

Style sheets are applied to the parts of the window that need them, not application-wide:
an application style sheet makes Qt style every widget through QStyleSheetStyle, which
slows the first paint of the unlock window noticeably. The sheets are built from the
current scheme; :data:`look` announces a scheme change so their owners set them again.

Field messages are the exception: :func:`mark_error` and :func:`mark_warning` give the
label its own small sheet, so an error reads the same red in the workspace, in the unlock
page and in every dialog (dialogs are windows of their own and do not inherit the
workspace's sheet); a scheme change restyles every marked label.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QGridLayout,
    QLabel,
    QProxyStyle,
    QStyle,
    QTabWidget,
)

# -- spacing and type -----------------------------------------------------------------------

#: Space between related controls, and around a page's content (pixels, before scaling).
SPACING = 8
MARGIN = 12
#: The type scale: page title, section title, card title, a key figure.
TITLE_PX = 20
SECTION_PX = 17
CARD_TITLE_PX = 13
FIGURE_PX = 24


def page_layout(layout: QBoxLayout | QGridLayout) -> QBoxLayout | QGridLayout:
    """Give a page's top-level layout the common margins and spacing."""
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(SPACING)
    return layout


# -- the two schemes --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scheme:
    """Every colour of one scheme, by meaning."""

    dark: bool
    window: str
    sidebar: str
    base: str
    alternate: str
    text: str
    muted: str
    placeholder: str
    border: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    accent: str
    card: str
    prompts: str
    selected_tile: str
    quick_action: str
    error: str
    warning: str
    caution: str
    ok: str
    disabled_text: str


# Brand blue from the application icon (#1f5fa8). Contrast checked against base and window:
# text ≥ 12:1, muted ≥ 5:1, error and warning ≥ 5:1 on both schemes (WCAG AA for body text).
LIGHT = Scheme(
    dark=False,
    window="#f3f4f6",
    sidebar="#e9ecf0",
    base="#ffffff",
    alternate="#f5f7fa",
    text="#1b2129",
    muted="#55606d",
    placeholder="#626b76",
    border="#cdd3db",
    button="#f8f9fa",
    highlight="#1f5fa8",
    highlighted_text="#ffffff",
    link="#1a55a0",
    accent="#1f5fa8",
    card="#ffffff",
    prompts="#eef3f9",
    selected_tile="#dce8f6",
    quick_action="#eaf3e7",
    error="#b00020",
    warning="#8a4b00",
    caution="#b34d00",
    ok="#1b7f3b",
    disabled_text="#9aa1ab",
)

DARK = Scheme(
    dark=True,
    window="#1e2227",
    sidebar="#181b1f",
    base="#15181c",
    alternate="#1b1f24",
    text="#e5e8ec",
    muted="#a3acb7",
    placeholder="#8a939e",
    border="#3a424c",
    button="#2a3038",
    highlight="#2f6cba",
    highlighted_text="#ffffff",
    link="#82b1ef",
    accent="#82b1ef",
    card="#23282e",
    prompts="#222c37",
    selected_tile="#1f3a5c",
    quick_action="#22301f",
    error="#ff8a8a",
    warning="#f2b45f",
    caution="#ffa15c",
    ok="#6fd394",
    disabled_text="#6a727c",
)


#: The light scheme's field colours (tests and callers that need a fixed value).
ERROR_COLOUR = LIGHT.error
WARNING_COLOUR = LIGHT.warning


class Look(QObject):
    """The scheme in use; ``changed`` fires after the palette follows the system's."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.scheme = LIGHT
        self.installed = False


look = Look()


def scheme() -> Scheme:
    return look.scheme


def colour(name: str) -> str:
    """The current scheme's colour for a meaning: "error", "warning", "accent", "muted"…"""
    value = getattr(look.scheme, name)
    assert isinstance(value, str), name
    return value


def palette(s: Scheme) -> QPalette:
    """The Qt palette of scheme ``s`` (for the Fusion style)."""
    p = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    text, button = QColor(s.text), QColor(s.button)
    for g in (group.Active, group.Inactive, group.Disabled):
        p.setColor(g, role.Window, QColor(s.window))
        p.setColor(g, role.WindowText, text)
        p.setColor(g, role.Base, QColor(s.base))
        p.setColor(g, role.AlternateBase, QColor(s.alternate))
        p.setColor(g, role.Text, text)
        p.setColor(g, role.Button, button)
        p.setColor(g, role.ButtonText, text)
        p.setColor(g, role.BrightText, QColor(s.error))
        p.setColor(g, role.Highlight, QColor(s.highlight))
        p.setColor(g, role.HighlightedText, QColor(s.highlighted_text))
        p.setColor(g, role.Link, QColor(s.link))
        p.setColor(g, role.LinkVisited, QColor(s.link))
        p.setColor(g, role.PlaceholderText, QColor(s.placeholder))
        p.setColor(g, role.ToolTipBase, QColor(s.card))
        p.setColor(g, role.ToolTipText, text)
        p.setColor(g, role.Accent, QColor(s.highlight))
        # Fusion draws bevels and frames from these.
        p.setColor(g, role.Light, button.lighter(125 if s.dark else 108))
        p.setColor(g, role.Midlight, button.lighter(110 if s.dark else 103))
        p.setColor(g, role.Mid, QColor(s.border))
        p.setColor(g, role.Dark, QColor(s.border).darker(130))
        p.setColor(g, role.Shadow, QColor("#000000"))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(s.disabled_text))
    # An unfocused window keeps a visible (but quieter) selection.
    p.setColor(group.Inactive, role.Highlight, QColor(s.selected_tile))
    p.setColor(group.Inactive, role.HighlightedText, text)
    p.setColor(group.Disabled, role.Highlight, QColor(s.border))
    return p


def system_is_dark() -> bool:
    """Whether the system asks for a dark colour scheme (unknown: light)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() is Qt.ColorScheme.Dark


def install(app: QApplication | None = None) -> None:
    """Fusion, the palette of the system's scheme, and following the scheme from now on."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication) or look.installed:
        return
    look.installed = True
    if app.style().name().lower() != "fusion":  # often Fusion already: creating it again costs
        app.setStyle("Fusion")  # 10-17 ms of start-up
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: apply_scheme())
    apply_scheme()


def apply_scheme(dark: bool | None = None) -> None:
    """Set the palette for ``dark`` (default: the system's scheme) and restyle what needs it."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    look.scheme = DARK if (system_is_dark() if dark is None else dark) else LIGHT
    app.setPalette(palette(look.scheme))
    for widget in app.allWidgets():
        if isinstance(widget, QLabel) and widget.objectName() in ("fieldError", "fieldWarning"):
            widget.setStyleSheet(field_messages())
    look.changed.emit()


# -- field messages -----------------------------------------------------------------------------


def field_messages() -> str:
    s = look.scheme
    return (
        f"QLabel#fieldError {{ color: {s.error}; }}\nQLabel#fieldWarning {{ color: {s.warning}; }}"
    )


def mark_error(label: QLabel) -> QLabel:
    """Style ``label`` as the one kind of field error (red, under its field, wrapping)."""
    label.setObjectName("fieldError")
    label.setStyleSheet(field_messages())
    label.setWordWrap(True)
    return label


def mark_warning(label: QLabel) -> QLabel:
    """Style ``label`` as a plausibility warning: the user may save anyway."""
    label.setObjectName("fieldWarning")
    label.setStyleSheet(field_messages())
    label.setWordWrap(True)
    return label


# -- sheets ---------------------------------------------------------------------------------------


def unlock_sheet() -> str:
    s = look.scheme
    return f"""
QLabel#appTitle {{ font-size: 28px; font-weight: 600; }}
QLabel#fieldError {{ color: {s.error}; }}
QLabel#fieldWarning {{ color: {s.warning}; }}
QLabel#hint {{ color: {s.muted}; }}
"""


def toolbar_sheet() -> str:
    s = look.scheme
    return f"""
QToolBar {{ background: {s.window}; border: none; border-bottom: 1px solid {s.border};
            padding: 2px {SPACING}px; spacing: 2px; }}
QToolButton {{ padding: 3px 6px; border-radius: 4px; }}
QToolButton:hover {{ background: {s.selected_tile}; }}
QToolButton:pressed {{ background: {s.border}; }}
"""


def workspace_sheet() -> str:
    """The sheet of everything behind the unlock page: pages, case file, runner."""
    s = look.scheme
    return f"""
QLabel#appTitle {{ font-size: 28px; font-weight: 600; }}
QLabel#pageTitle {{ font-size: {TITLE_PX}px; font-weight: 600; padding: 2px 0 4px 0; }}
QLabel#sectionTitle {{ font-size: {SECTION_PX}px; font-weight: 600; }}
QLabel#panelTitle {{ font-weight: 600; }}
QLabel#prompts {{ color: {s.text}; background: {s.prompts}; border: 1px solid {s.border};
                 border-radius: 4px; padding: 6px; }}
QLabel#clock {{ font-family: monospace; font-size: 15px; padding: 2px 6px; }}
QLabel#clock[over="true"] {{ color: white; background: #b00020; border-radius: 4px; }}
QLabel#privacyBanner {{ background: #ffb000; color: black; font-weight: 600; padding: 8px;
                       border-radius: 4px; }}
QLabel#fieldError {{ color: {s.error}; }}
QLabel#fieldWarning {{ color: {s.warning}; }}
QLabel#hint {{ color: {s.muted}; }}
QLabel#hiddenNote {{ color: {s.muted}; font-size: 15px; }}
QPushButton#tile {{ font-size: 15px; padding: 10px 14px; text-align: left; }}
QPushButton#tile:checked {{ background: {s.selected_tile}; border: 1px solid {s.accent}; }}
QLabel#tileText {{ font-size: 15px; background: transparent; }}
QWidget#quickAction {{ background: {s.quick_action}; border-radius: 4px; }}
QListWidget#nav {{ background: {s.sidebar}; border: none; border-right: 1px solid {s.border};
                  padding: {SPACING}px 4px; outline: 0; }}
QListWidget#nav::item {{ padding: 6px 8px; margin: 1px 0; border-radius: 4px; color: {s.text}; }}
QListWidget#nav::item:hover {{ background: {s.selected_tile}; }}
QListWidget#nav::item:selected {{ background: {s.highlight}; color: {s.highlighted_text}; }}
QFrame#card {{ background: {s.card}; border: 1px solid {s.border}; border-radius: 6px; }}
QFrame#card:focus {{ border: 2px solid {s.accent}; }}
QFrame#card QLabel {{ background: transparent; }}
QLabel#cardTitle {{ font-size: {CARD_TITLE_PX}px; font-weight: 600; color: {s.accent}; }}
QLabel#figure {{ font-size: {FIGURE_PX}px; font-weight: 600; }}
QLabel#figure[alert="true"] {{ color: {s.error}; }}
QLabel#strong {{ font-size: 15px; font-weight: 600; }}
QLabel#muted {{ color: {s.muted}; }}
QLabel#flagError {{ color: {s.error}; }}
QLabel#flagWarning {{ color: {s.warning}; }}
"""


# -- tab bars with many tabs -----------------------------------------------------------------


class _CompactTabs(QProxyStyle):
    """The application's style, with two thirds of its space around a tab's title."""

    def pixelMetric(self, metric: Any, option: Any = None, widget: Any = None) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return value * 2 // 3
        return value


def compact_tabs(tabs: QTabWidget) -> None:
    """Narrower tabs, drawn as every other tab: the case file's eleven fit a 1024-pixel
    window in Spanish too, with no scroll arrows (a style sheet would redraw them flat)."""
    proxy = _CompactTabs(QApplication.style().name())
    proxy.setParent(tabs)  # a widget does not own the style it is given
    tabs.tabBar().setStyle(proxy)

"""The designed look: light and dark palettes after the system, icons, the toolbar, the nav."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from caseconf_desktop.ui import icons, style
from caseconf_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed


def luminance(colour: str) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("scheme", [style.LIGHT, style.DARK], ids=["light", "dark"])
def test_every_text_colour_reads_on_every_background_of_its_scheme(scheme: style.Scheme) -> None:
    # WCAG AA for body text (4.5:1); the main text well above it.
    for background in (scheme.base, scheme.window, scheme.card, scheme.alternate):
        assert contrast(scheme.text, background) >= 10, background
        for name in ("muted", "error", "warning", "accent", "link", "placeholder"):
            assert contrast(getattr(scheme, name), background) >= 4.5, (name, background)
    assert contrast(scheme.highlighted_text, scheme.highlight) >= 4.5
    assert contrast(scheme.text, scheme.prompts) >= 10
    assert contrast(scheme.text, scheme.selected_tile) >= 7


@pytest.fixture
def back_to_light() -> Iterator[None]:
    yield
    style.apply_scheme(dark=False)


def icon_pixel_colour(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> str:
    image = icon.pixmap(QSize(48, 48), mode).toImage()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                return str(pixel.name())
    raise AssertionError("the icon drew nothing")


def test_the_palette_icons_and_field_errors_follow_the_system_colour_scheme(
    qtbot: Any, seeded: Seed, back_to_light: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.style().name().lower() == "fusion"
    error = window.unlock.error
    lock = window.lock_action.icon()
    assert icon_pixel_colour(lock) == style.LIGHT.text

    # The system switches to dark (the offscreen platform has no theme to ask, so say so).
    monkeypatch.setattr(style, "system_is_dark", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: style.scheme() is style.DARK)
    window_colour = app.palette().color(QPalette.ColorRole.Window).name()
    assert window_colour == style.DARK.window
    error.ensurePolished()
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == style.DARK.error
    # The same icon object redraws in the new text colour; disabled icons are quieter.
    assert icon_pixel_colour(lock) == style.DARK.text
    assert icon_pixel_colour(lock, QIcon.Mode.Disabled) == style.DARK.disabled_text
    assert style.DARK.error in window.unlock.styleSheet()

    monkeypatch.undo()
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert style.scheme() is style.LIGHT
    assert icon_pixel_colour(lock) == style.LIGHT.text
    error.ensurePolished()
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == style.LIGHT.error
    window.close()


def test_every_shipped_icon_draws_at_16_24_and_48_pixels(qtbot: Any) -> None:
    for name in icons.NAMES:
        icon = icons.icon(name)
        for side in (16, 24, 48):
            assert not icon.pixmap(QSize(side, side)).isNull(), (name, side)
        assert icon_pixel_colour(icon)
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def unlocked_window(qtbot: Any, seeded: Seed) -> MainWindow:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.resize(1360, 860)  # a wide window (the offscreen screen is only 800 wide)
    window.show()
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    qtbot.waitUntil(lambda: window.dashboard_page.board is not None)
    return window


def menu_actions(window: MainWindow) -> set[Any]:
    found = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            found.update(menu.actions())
    return found


def test_toolbar_actions_have_icon_text_a_tooltip_naming_the_keys_and_a_menu_item(
    qtbot: Any, seeded: Seed
) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    # Built right after the unlock page's first paint, and hidden: nothing to do before the
    # vault is open.
    qtbot.waitUntil(lambda: hasattr(window, "toolbar"), timeout=10000)
    assert not window.toolbar.isVisible()
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(window.toolbar.isVisible, timeout=10000)
    in_menus = menu_actions(window)
    shown = [a for a in window.toolbar.actions() if not a.isSeparator() and a.text()]
    assert len(shown) >= 10
    for act in shown:
        assert not act.icon().isNull(), act.text()
        assert act.iconText(), act.text()
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys and f"({keys})" in act.toolTip(), act.text()
        button = window.toolbar.widgetForAction(act)
        assert button is not None and button.accessibleName(), act.text()
        assert act in in_menus, f"{act.text()} is not reachable from a menu"
        # Whole, at a laptop's width: the bar never hides an action behind its » button.
    window.resize(1024, 700)
    qtbot.wait(50)
    for act in shown:
        button = window.toolbar.widgetForAction(act)
        assert button is not None and button.isVisible(), act.text()
    # A narrow window keeps the sidebar to its icons; a wide one shows the names again.
    assert window.nav_compact
    window.resize(1360, 860)
    qtbot.waitUntil(lambda: not window.nav_compact)
    window.close()


def test_case_actions_follow_the_page_and_run_opens_the_next_conference(
    qtbot: Any, seeded: Seed
) -> None:
    from datetime import UTC, datetime, timedelta

    from caseconf_desktop.services import conferences

    window = unlocked_window(qtbot, seeded)
    assert window.new_case_action.isEnabled()
    assert not window.prepare_action.isEnabled()  # the dashboard names no case
    assert not window.nav_compact
    window.open_case(seeded.case.id)
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)
    assert window.prepare_action.isEnabled()
    assert window.minutes_action.isEnabled()  # the earlier conference is closed
    assert not window.run_action.isEnabled()  # none waiting to be run yet
    conf_id = window.executor.submit(
        lambda v: (
            conferences.prepare(
                v,
                seeded.case.id,
                datetime.now(UTC) + timedelta(days=3),
                chair_id=seeded.chair.id,
                facilitator_id=seeded.facilitator.id,
                minute_taker_id=seeded.minute_taker.id,
            ).id
        )
    ).result()
    window.case_view.reload()
    qtbot.waitUntil(window.run_action.isEnabled)
    window.run_action.trigger()
    qtbot.waitUntil(lambda: window.runner is not None and window.runner.state is not None)
    assert window.runner.conference_id == conf_id
    # The meeting gets the width: the sidebar keeps its icons, names in tooltips.
    assert window.nav_compact and window.nav.width() < 60
    assert all(window.nav.item(i).text() == "" for i in range(window.nav.count()))
    assert window.nav.item(1).toolTip() == "Cases"
    assert window.nav.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == "Cases"
    qtbot.waitUntil(lambda: window.runner.pending_saves() == 0)
    window.show_page(window.NAV.index("dashboard"))
    assert not window.nav_compact and window.nav.item(0).text() == "Dashboard"
    window.close()


def test_cards_and_field_messages_use_the_schemes_colours(qtbot: Any) -> None:
    label = style.mark_error(QLabel("Required"))
    qtbot.addWidget(label)
    assert style.LIGHT.error in label.styleSheet() or style.DARK.error in label.styleSheet()
    sheet = style.workspace_sheet()
    assert "QFrame#card" in sheet and style.scheme().card in sheet


def test_dashboard_tiles_keep_their_alt_letter_and_read_out_their_count(
    qtbot: Any, seeded: Seed
) -> None:
    window = unlocked_window(qtbot, seeded)
    tiles = window.dashboard_page.tiles
    assert tiles["overdue"].shortcut() == QKeySequence("Alt+O")
    assert tiles["overdue"].accessibleName() == "Overdue actions: 1"
    assert "<u>O</u>verdue actions" in tiles["overdue"].label.text()
    window.dashboard_page.show_list("due")
    assert tiles["due"].isChecked() and not tiles["overdue"].isChecked()
    window.close()

"""Keyboard and help: Tab leaves tables, one Tab leaves a date, F1 everywhere, Help menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from caseconf_desktop import __version__, paths
from caseconf_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def unlocked_window(qtbot: Any, seeded: Seed) -> MainWindow:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    qtbot.waitUntil(lambda: window.dashboard_page.board is not None)
    return window


def prepared_conference(window: MainWindow, seeded: Seed) -> str:
    from caseconf_desktop.services import conferences

    return str(
        window.executor.submit(
            lambda v: (
                conferences.prepare(
                    v,
                    seeded.case.id,
                    seeded.previous.scheduled_for.replace(year=2030),
                    chair_id=seeded.chair.id,
                    facilitator_id=seeded.facilitator.id,
                    minute_taker_id=seeded.minute_taker.id,
                ).id
            )
        ).result()
    )


def test_tab_goes_through_the_attendance_list_and_out_in_fewer_than_5_presses(
    qtbot: Any, seeded: Seed
) -> None:
    window = unlocked_window(qtbot, seeded)
    window.run_conference(prepared_conference(window, seeded))
    runner = window.runner
    assert runner is not None
    qtbot.waitUntil(lambda: runner.state is not None and len(runner.state.attendance) >= 3)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    table = runner.attendance.table
    # Start on the widget just before the list in the tab chain, as a user tabbing along.
    before = table.previousInFocusChain()
    while not (before.focusPolicy() & Qt.FocusPolicy.TabFocus and before.isVisible()):
        before = before.previousInFocusChain()
    before.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is before)
    tabs = 0
    while focused() is not table and tabs < 5:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        tabs += 1
    assert focused() is table, "Tab never reached the attendance list"
    # Inside, the arrow keys move between people.
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    first = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == first + 1
    while focused() is table and tabs < 5:
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        tabs += 1
    assert focused() is not table, "Tab is trapped in the attendance list"
    assert tabs < 5
    window.close()


def test_one_tab_leaves_the_prepare_dialogs_date_field(qtbot: Any, seeded: Seed) -> None:
    window = unlocked_window(qtbot, seeded)
    window.prepare_conference(seeded.case.id)
    dialog = window.prepare_dialog
    qtbot.waitUntil(lambda: dialog.chair.count() > 1)
    dialog.activateWindow()
    dialog.when.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.when)
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)
    assert focused() is dialog.place
    # The rest follows the form from top to bottom.
    for expected in (dialog.template, dialog.chair, dialog.facilitator, dialog.minute_taker):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is expected
    dialog.reject()
    window.close()


def overview_after_f1(qtbot: Any, window: MainWindow, target: QWidget) -> str:
    qtbot.keyClick(target, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: getattr(window, "help_dialog", None) is not None and window.help_dialog.isVisible()
    )
    dialog = window.help_dialog
    text = str(dialog.text())
    dialog.reject()
    window.help_dialog = None
    return text


def test_f1_shows_the_window_and_runner_shortcuts_on_every_page(qtbot: Any, seeded: Seed) -> None:
    window = unlocked_window(qtbot, seeded)
    for i in range(len(window.NAV)):
        window.show_page(i)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        text = overview_after_f1(qtbot, window, window.pages.currentWidget())
        assert "Ctrl+L" in text and "Ctrl+Shift+A" in text, window.NAV[i]
    window.open_case(seeded.case.id)
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert "Ctrl+F" in overview_after_f1(qtbot, window, window.case_view.tabs)
    window.run_conference(prepared_conference(window, seeded))
    runner = window.runner
    assert runner is not None
    qtbot.waitUntil(lambda: runner.section is not None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    text = overview_after_f1(qtbot, window, runner.composer.text)
    assert "Ctrl+Shift+C" in text and "Alt+1" in text
    window.close()


def test_help_menu_has_a_user_guide_and_about_with_version_licences_and_data_folder(
    qtbot: Any, seeded: Seed
) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.help_menu.actions()]
    assert titles == ["&Keyboard shortcuts", "&User guide", "&About CaseConf"]
    window.show_user_guide()
    guide = window.help_dialog.browser.toPlainText()
    assert "passphrase" in guide and "draft" in guide
    window.help_dialog.reject()
    window.show_about()
    about = window.help_dialog.text.text()
    assert __version__ in about
    for licence in ("LGPL-3.0", "BSD", "MIT", "DejaVu"):
        assert licence in about
    assert str(paths.data_dir()) in about
    window.help_dialog.reject()
    window.close()


def test_every_menu_action_has_a_tooltip_saying_what_it_does(qtbot: Any, seeded: Seed) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        assert menu.toolTipsVisible()
        for act in menu.actions():
            if act.isSeparator():
                continue
            assert act.toolTip() != act.iconText(), f"no tooltip on {act.text()!r}"
    window.close()


def test_case_list_rows_have_a_context_menu_to_open_prepare_and_export(
    qtbot: Any, seeded: Seed
) -> None:
    window = unlocked_window(qtbot, seeded)
    window.show_page(window.NAV.index("cases"))
    table = window.cases_page.table
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() == 1)
    pos = table.visualRect(table.model().index(0, 0)).center()
    menu = window.case_menu(pos)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Open", "&Prepare a conference…", "&Export to a bundle…"]
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: getattr(window, "prepare_dialog", None) is not None)
    window.prepare_dialog.reject()
    window.case_menu(QPoint(pos)).actions()[0].trigger()
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)
    assert window.case_view.case_id == seeded.case.id
    window.close()


def test_the_menu_key_opens_the_case_lists_context_menu_at_the_current_row(
    qtbot: Any, seeded: Seed, monkeypatch: Any
) -> None:
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_: shown.append(menu))
    window = unlocked_window(qtbot, seeded)
    window.show_page(window.NAV.index("cases"))
    table = window.cases_page.table
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() == 1)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    for key, modifier in (
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ):
        qtbot.keyClick(table, key, modifier)
        assert shown and shown[-1].actions()[0].text() == "&Open"
    assert len(shown) == 2
    window.close()

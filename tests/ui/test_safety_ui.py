"""Backup, restore, passphrase change, audit viewer, retention, erasure and the clipboard, in the GUI."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from caseconf_desktop import errors
from caseconf_desktop.domain import model
from caseconf_desktop.services import backup, vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from caseconf_desktop.ui import clipboard, messages
from caseconf_desktop.ui import settings as cfg
from caseconf_desktop.ui.dialogs.audit import AuditDialog
from caseconf_desktop.ui.main_window import MainWindow
from caseconf_desktop.ui.tasks import VaultExecutor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed

NEW = "a brand new passphrase for the gui"


def unlocked_window(qtbot: Any, seed: Seed) -> MainWindow:
    window = MainWindow(vault_path=seed.path)
    qtbot.addWidget(window)
    window.show()
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    return window


def menu_action(window: MainWindow, text: str) -> Any:
    for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x"))):
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


@pytest.fixture
def executor(qtbot: Any, seeded: Seed) -> Any:
    ex = VaultExecutor()
    ex._pool.submit(lambda: ex.attach(vaults.unlock(seeded.path, PASSPHRASE))).result()
    yield ex
    ex.shutdown()


def no_case_data_in_titles(seed: Seed) -> None:
    for widget in QApplication.topLevelWidgets():
        title = widget.windowTitle()
        assert seed.case.subject_name not in title, title
        assert seed.case.reference not in title, title


def test_vault_items_of_the_file_menu_follow_the_lock(qtbot: Any, seeded: Seed) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    assert not menu_action(window, "Back up now…").isEnabled()
    assert not menu_action(window, "Audit log…").isEnabled()
    assert menu_action(window, "Restore a backup…").isEnabled()  # works while locked
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    assert menu_action(window, "Back up now…").isEnabled()
    assert menu_action(window, "Change passphrase…").isEnabled()
    window.lock()
    assert not menu_action(window, "Back up now…").isEnabled()
    window.close()


def test_back_up_now_writes_a_checked_backup_and_records_it(
    qtbot: Any, seeded: Seed, tmp_path: Path
) -> None:
    window = unlocked_window(qtbot, seeded)
    menu_action(window, "Back up now…").trigger()
    dialog = window.safety_dialog
    dest = tmp_path / "usb" / "weekly.ccbackup"
    messages.set_next_answers(str(dest))
    dialog._browse()
    assert dialog.path.text() == str(dest)
    dialog.reminder.setValue(14)
    no_case_data_in_titles(seeded)

    dialog.run_backup()
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10000)

    assert backup.check_file(dest, PASSPHRASE) == ""
    assert str(dest) in dialog.status.text()
    assert cfg.Settings().get_int(cfg.BACKUP_REMINDER_DAYS) == 14
    last = window.executor.submit(backup.last_backup).result()
    assert last is not None
    window.close()


def age_vault(path: Path, days: int) -> None:
    with Vault.open(path, PASSPHRASE) as v:
        v.set_meta("created_at", (model.utcnow() - timedelta(days=days)).isoformat())


def test_reminder_after_unlock_when_the_last_backup_is_too_old(
    qtbot: Any, seeded: Seed, tmp_path: Path
) -> None:
    age_vault(seeded.path, 30)
    window = unlocked_window(qtbot, seeded)
    qtbot.waitUntil(lambda: "No backup for 30 days" in window.statusBar().currentMessage())
    window.close()

    with vaults.unlock(seeded.path, PASSPHRASE) as v:
        backup.backup(v, tmp_path / "b.ccbackup")
    window = unlocked_window(qtbot, seeded)
    qtbot.wait(300)
    assert "backup" not in window.statusBar().currentMessage().lower()
    window.close()


def test_restore_checks_the_backup_and_can_open_the_restored_vault(
    qtbot: Any, seeded: Seed, tmp_path: Path
) -> None:
    with vaults.unlock(seeded.path, PASSPHRASE) as v:
        made = backup.backup(v, tmp_path / "b.ccbackup")
    window = unlocked_window(qtbot, seeded)
    menu_action(window, "Restore a backup…").trigger()
    dialog = window.safety_dialog
    messages.set_next_answers(str(made.path))
    dialog._pick_source()
    target = tmp_path / "restored.vault"
    dialog.dest.setText(str(target))
    dialog.passphrase.setText("not the passphrase")
    dialog.run_restore()
    qtbot.waitUntil(lambda: "wrong" in dialog.status.text(), timeout=10000)
    assert not target.exists()

    dialog.passphrase.setText(PASSPHRASE)
    messages.set_next_answers(True)  # open the restored vault now
    dialog.run_restore()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 0, timeout=10000)

    assert window.unlock.path_box.currentText() == str(target)
    with Vault.open(target, PASSPHRASE) as restored:
        assert m.CASES.get(restored, seeded.case.id) is not None
        assert audit.events(restored)[-1].action == backup.RESTORE_ACTION
    window.close()


def test_passphrase_change_in_the_gui_keeps_the_window_working(qtbot: Any, seeded: Seed) -> None:
    window = unlocked_window(qtbot, seeded)
    menu_action(window, "Change passphrase…").trigger()
    dialog = window.safety_dialog
    no_case_data_in_titles(seeded)
    dialog.current.setText("wrong current passphrase")
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.change()
    qtbot.waitUntil(lambda: "wrong" in dialog.error.text(), timeout=10000)

    dialog.current.setText(PASSPHRASE)
    dialog.repeat.setText(NEW + "x")
    dialog.change()
    assert "differ" in dialog.error.text()

    dialog.repeat.setText(NEW)
    messages.set_next_answers(True)  # the confirmation
    dialog.change()
    qtbot.waitUntil(lambda: dialog.changed, timeout=15000)

    # The window keeps working on the reopened vault.
    count = window.executor.submit(m.CASES.count).result()
    assert count == 1
    window.close()
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(seeded.path, PASSPHRASE)
    with Vault.open(seeded.path, NEW) as v:
        assert any(e.action == "vault.passphrase_changed" for e in audit.events(v))


def test_audit_viewer_filters_by_case_actor_kind_and_period_and_exports(
    qtbot: Any, qtmodeltester: Any, executor: Any, seeded: Seed, tmp_path: Path
) -> None:
    def work(v: Vault) -> None:
        from caseconf_desktop.services import casefile

        casefile.load_case_file(v, seeded.case.id)
        with v.transaction():
            audit.append(v, "case.viewed", "case", seeded.case.id, case_id=seeded.case.id,
                         actor=seeded.chair.id)  # fmt: skip

    executor.submit(work).result()
    dialog = AuditDialog(executor)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.snapshot is not None)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    total = dialog.model.rowCount()
    assert dialog.proxy.rowCount() == total
    assert "intact" in dialog.summary.text()

    dialog.kind_box.setCurrentIndex(dialog.kind_box.findText("vault"))
    assert 0 < dialog.proxy.rowCount() < total
    assert all(r.event.action.startswith("vault.") for r in dialog.proxy.rows())

    dialog.kind_box.setCurrentIndex(0)
    dialog.case_box.setCurrentIndex(dialog.case_box.findText(seeded.case.reference))
    assert {r.event.case_id for r in dialog.proxy.rows()} == {seeded.case.id}
    dialog.actor_box.setCurrentIndex(dialog.actor_box.findText("Jonas Keller"))
    assert [r.actor_name for r in dialog.proxy.rows()] == ["Jonas Keller"]

    dialog.actor_box.setCurrentIndex(0)
    dialog.case_box.setCurrentIndex(0)
    dialog.since.setDate(dialog.since.date().currentDate().addDays(1))
    assert dialog.proxy.rowCount() == 0
    dialog.since.setDate(dialog.since.minimumDate())
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findText("case"))
    shown = dialog.proxy.rowCount()

    out = tmp_path / "audit.csv"
    messages.set_next_answers(str(out))
    dialog.export()
    qtbot.waitUntil(lambda: out.exists() and "Exported" in dialog.summary.text())
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == shown
    assert {r["action"] for r in rows} <= {"case.viewed"}
    last = executor.submit(lambda v: audit.events(v)[-1]).result()
    assert last.action == "audit.exported"
    assert last.detail == {"rows": str(shown), "format": "csv"}


def test_erase_from_the_case_file_returns_to_the_case_list(qtbot: Any, seeded: Seed) -> None:
    window = unlocked_window(qtbot, seeded)
    window.open_case(seeded.case.id)
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)
    window.case_view.erase_button.click()
    dialog = window.case_view.erase_dialog
    no_case_data_in_titles(seeded)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Retention period ended")
    qtbot.keyClicks(dialog.confirm, "CC-2026-0004")  # one digit short
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "2")
    assert dialog.erase_button.isEnabled()

    messages.set_next_answers(True)  # "the case was erased"
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: window.case_view is None, timeout=15000)

    assert window.pages.currentWidget() is window.cases_page
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() == 0)
    tomb = window.executor.submit(lambda v: audit.events(v)[-1]).result()
    assert (tomb.action, tomb.case_id) == ("case.erased", seeded.case.id)
    assert tomb.detail["reason"] == "Retention period ended"
    window.close()


def test_retention_dialog_lists_cases_due_and_opens_one(qtbot: Any, seeded: Seed) -> None:
    with Vault.open(seeded.path, PASSPHRASE) as v:
        v.execute(
            "UPDATE cases SET retention_review_date = '2020-01-01' WHERE id = ?", (seeded.case.id,)
        )
    window = unlocked_window(qtbot, seeded)
    qtbot.waitUntil(lambda: "retention review" in window.statusBar().currentMessage())
    menu_action(window, "Retention reviews due…").trigger()
    dialog = window.safety_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.table.setCurrentIndex(dialog.table.model().index(0, 0))
    dialog._open()
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)
    assert window.case_view.case_id == seeded.case.id
    window.close()


def test_sensitive_copy_is_cleared_after_the_delay_unless_replaced(qtbot: Any) -> None:
    board = QGuiApplication.clipboard()
    clipboard.copy_sensitive("Dmitri Pávlov", clear_after_ms=200)
    assert board.text() == "Dmitri Pávlov"
    assert board.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    qtbot.waitUntil(lambda: board.text() == "", timeout=3000)

    clipboard.copy_sensitive("Dmitri Pávlov", clear_after_ms=200)
    board.setText("something the user copied later")
    qtbot.wait(400)
    assert board.text() == "something the user copied later"
    assert not clipboard.pending()


def test_ctrl_c_on_a_case_table_copies_the_row_and_lock_clears_it(qtbot: Any, seeded: Seed) -> None:
    window = unlocked_window(qtbot, seeded)
    window.open_case(seeded.case.id)
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)
    view = window.case_view
    view.tabs.setCurrentWidget(view.actions_tab)
    table = view.actions_tab.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    board = QGuiApplication.clipboard()
    assert board.text().startswith("Arrange housing assessment\tJonas Keller")
    assert clipboard.pending()
    window.lock()
    assert board.text() == ""
    assert not clipboard.pending()
    window.close()


def test_settings_file_holds_no_case_data_after_a_session(
    qtbot: Any, seeded: Seed, tmp_path: Path, isolated_dirs: dict[str, Path]
) -> None:
    window = unlocked_window(qtbot, seeded)
    window.open_case(seeded.case.id)
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)
    no_case_data_in_titles(seeded)
    menu_action(window, "Back up now…").trigger()
    window.safety_dialog.path.setText(str(tmp_path / "b.ccbackup"))
    window.safety_dialog.run_backup()
    qtbot.waitUntil(lambda: window.safety_dialog.info is not None, timeout=10000)
    window.safety_dialog.reject()
    window.close()

    for folder in (isolated_dirs["config"], isolated_dirs["cache"], isolated_dirs["tmp"]):
        for f in folder.rglob("*"):
            if f.is_file():
                data = f.read_bytes()
                for secret in (seeded.case.subject_name, seeded.case.reference, "Pávlov"):
                    assert secret.encode() not in data, f

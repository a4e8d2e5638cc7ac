"""First run and unlock: create a vault, wrong passphrases, waiting after repeated failures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from caseconf_desktop.services import vaults
from caseconf_desktop.ui import settings as cfg
from caseconf_desktop.ui.main_window import MainWindow
from caseconf_desktop.ui.unlock import failure_delay_ms, strength
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed


def test_first_run_creates_a_vault_with_the_owner_profile(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "new.vault"
    window = MainWindow(vault_path=path)
    qtbot.addWidget(window)
    window.show()
    unlock = window.unlock
    assert unlock.pages.currentIndex() == 1, "a missing vault should open the create page"
    unlock.new_path.setText(str(path))
    qtbot.keyClicks(unlock.owner, "Noor Haddad")
    qtbot.keyClicks(unlock.agency, "Probation East")
    qtbot.keyClicks(unlock.new_pass, "short")
    assert "short" in unlock.strength_hint.text().lower()
    unlock.new_pass.clear()
    qtbot.keyClicks(unlock.new_pass, "four long words together")
    assert unlock.strength_hint.text() == unlock.tr("Strong.")
    qtbot.keyClicks(unlock.new_pass2, "four long words togethe")
    unlock.create_vault()
    assert "differ" in unlock.error.text()
    assert not path.exists()
    qtbot.keyClicks(unlock.new_pass2, "r")
    unlock.create_vault()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    window.close()
    vault = vaults.unlock(path, "four long words together", record=False)
    try:
        owner = vaults.owner(vault)
        assert (owner.person.name, owner.agency.name) == ("Noor Haddad", "Probation East")
    finally:
        vault.close()
    assert str(path) in cfg.Settings().get_list(cfg.RECENT_VAULTS)


def test_wrong_passphrase_says_so_and_waits_longer_after_repeated_failures(
    qtbot: Any, seeded: Seed
) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    unlock = window.unlock
    for attempt in range(1, 4):
        unlock.passphrase.setText(f"wrong {attempt}")
        unlock.unlock()
        qtbot.waitUntil(lambda: "wrong" in unlock.error.text())
        qtbot.waitUntil(lambda: not unlock.busy.isVisible())
        if attempt < 3:
            assert unlock.unlock_button.isEnabled()
            unlock.error.clear()
    assert not unlock.unlock_button.isEnabled(), "no delay after the third failure"
    assert "Try again in 1 second" in unlock.error.text()
    assert window.root.currentIndex() == 0
    qtbot.waitUntil(unlock.unlock_button.isEnabled, timeout=5000)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    window.close()


def test_delay_grows_and_is_capped() -> None:
    assert [failure_delay_ms(n) for n in (1, 2, 3, 4, 5)] == [0, 0, 1000, 2000, 4000]
    assert failure_delay_ms(50) == 30_000


def test_strength_is_zxcvbn_with_a_floor_of_3_and_a_reason_below_it() -> None:
    assert strength("Ab1!")[0] == 0 and "at least 8" in strength("Ab1!")[1]
    assert strength("password")[0] < 3 and "most common" in strength("password")[1]
    assert strength("correct horse battery staple") == (4, "")


def test_create_page_refuses_a_common_password_with_the_reason_and_writes_nothing(
    qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "weak.vault"
    window = MainWindow(vault_path=path)
    qtbot.addWidget(window)
    window.show()
    unlock = window.unlock
    unlock.new_path.setText(str(path))
    qtbot.keyClicks(unlock.owner, "Noor Haddad")
    qtbot.keyClicks(unlock.agency, "Probation East")
    for weak in ("12345678", "password", "qwertyuiop"):
        unlock.new_pass.setText(weak)
        unlock.new_pass2.setText(weak)
        assert "too easy to guess" in unlock.strength_hint.text()
        unlock.create_vault()
        assert unlock.error.text().startswith("The passphrase is too easy to guess: ")
        assert unlock.error.text().count(".") == 1, "one sentence"
        assert not path.exists()
    window.close()


def test_settings_hold_paths_but_never_the_passphrase(
    qtbot: Any, seeded: Seed, isolated_dirs: dict[str, Path]
) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    window.close()
    ini = (isolated_dirs["config"] / "caseconf.ini").read_text(encoding="utf-8")
    assert str(seeded.path) in ini
    assert PASSPHRASE not in ini
    assert seeded.case.subject_name not in ini and seeded.case.reference not in ini


def test_after_a_failure_and_after_the_wait_the_field_is_empty_focused_and_the_message_under_it(
    qtbot: Any, seeded: Seed
) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    unlock = window.unlock
    for attempt in range(1, 4):
        qtbot.keyClicks(unlock.passphrase, f"wrong {attempt}")
        unlock.unlock()
        qtbot.waitUntil(lambda: "wrong" in unlock.error.text())
        qtbot.waitUntil(lambda: not unlock.busy.isVisible())
        assert unlock.passphrase.text() == "", "the wrong passphrase stayed in the field"
        if attempt < 3:
            assert QApplication.focusWidget() is unlock.passphrase
    # The message sits right under the passphrase, not at the foot of the window.
    field = unlock.passphrase.mapTo(unlock, unlock.passphrase.rect().bottomLeft())
    message = unlock.error.mapTo(unlock, unlock.error.rect().topLeft())
    assert 0 <= message.y() - field.y() < 24
    qtbot.waitUntil(unlock.unlock_button.isEnabled, timeout=5000)
    assert unlock.passphrase.text() == ""
    assert QApplication.focusWidget() is unlock.passphrase
    unlock.passphrase.insert(PASSPHRASE)  # typed at the cursor: nothing to append to
    unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    window.close()


def test_the_wait_reads_1_second_and_2_seconds_in_english(qtbot: Any, qapp: Any) -> None:
    from PySide6.QtCore import QLocale, QTranslator

    from caseconf_desktop.app import _install_translators

    _install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        one = QCoreApplication.translate("UnlockWidget", "Try again in %n second(s).", "", 1)
        two = QCoreApplication.translate("UnlockWidget", "Try again in %n second(s).", "", 2)
        assert (one, two) == ("Try again in 1 second.", "Try again in 2 seconds.")
    finally:
        for t in qapp.findChildren(QTranslator):
            qapp.removeTranslator(t)
            t.deleteLater()

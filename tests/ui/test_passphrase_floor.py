"""The passphrase dialog refuses a guessable new passphrase and says why, in one sentence."""

from __future__ import annotations

from typing import Any

from caseconf_desktop.storage import audit
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed
from tests.ui.test_safety_ui import menu_action, unlocked_window


def test_change_dialog_refuses_a_common_password_with_the_reason_and_changes_nothing(
    qtbot: Any, seeded: Seed
) -> None:
    window = unlocked_window(qtbot, seeded)
    menu_action(window, "Change passphrase…").trigger()
    dialog = window.safety_dialog
    dialog.current.setText(PASSPHRASE)
    refused = 0
    for weak in ("12345678", "password", "Summer2024!"):
        dialog.new.setText(weak)
        dialog.repeat.setText(weak)
        assert "too easy to guess" in dialog.strength.text()
        dialog.change()
        assert dialog.error.text().startswith("The passphrase is too easy to guess: ")
        assert dialog.change_button.isEnabled() and not dialog.changed
        refused += 1
    assert refused == 3
    window.close()
    with Vault.open(seeded.path, PASSPHRASE) as v:  # the old passphrase still opens it
        assert not any(e.action == "vault.passphrase_changed" for e in audit.events(v))

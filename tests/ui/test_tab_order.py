"""Every dialog has a sensible tab order: Tab visits its fields top to bottom, left to right."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from caseconf_desktop.domain import model
from caseconf_desktop.services import casefile, vaults
from caseconf_desktop.ui import settings as cfg
from caseconf_desktop.ui.tasks import VaultExecutor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed


@pytest.fixture
def executor(qtbot: Any, seeded: Seed) -> Iterator[VaultExecutor]:
    ex = VaultExecutor()
    ex._pool.submit(lambda: ex.attach(vaults.unlock(seeded.path, PASSPHRASE))).result()
    yield ex
    ex.shutdown()


def tab_chain(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the dialog."""
    out: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog and widget not in out:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def out_of_order(dialog: QDialog) -> list[str]:
    """Tab steps that jump back up the dialog (a row above), or leftwards within a row."""
    problems = []
    chain = tab_chain(dialog)
    for before, after in itertools.pairwise(chain):
        a = before.mapTo(dialog, before.rect().center())
        b = after.mapTo(dialog, after.rect().center())
        upwards = b.y() < a.y() - before.height() // 2 - 4
        if upwards and not dialog_buttons(after):
            problems.append(f"{name(before)} -> {name(after)}")
    return problems


def dialog_buttons(widget: QWidget) -> bool:
    return type(widget.parentWidget()).__name__ == "QDialogButtonBox"


def name(widget: QWidget) -> str:
    return widget.accessibleName() or type(widget).__name__


def dialogs(executor: VaultExecutor, seeded: Seed) -> dict[str, Callable[[], QDialog]]:
    from caseconf_desktop.ui.dialogs.backup import BackupDialog, RestoreDialog
    from caseconf_desktop.ui.dialogs.passphrase import PassphraseDialog
    from caseconf_desktop.ui.dialogs.preferences import PreferencesDialog
    from caseconf_desktop.ui.dialogs.prepare import PrepareConferenceDialog
    from caseconf_desktop.ui.forms import RecordEditor

    directory = executor.submit(casefile.directory).result()
    records: list[Any] = [
        seeded.case,
        seeded.open_action,
        seeded.mentor,
        model.Goal(case_id=seeded.case.id, text="g"),
    ]
    out: dict[str, Callable[[], QDialog]] = {
        "prepare": lambda: PrepareConferenceDialog(executor, seeded.case.id),
        "passphrase": lambda: PassphraseDialog(executor),
        "backup": lambda: BackupDialog(executor, cfg.Settings()),
        "restore": lambda: RestoreDialog(executor),
        "preferences": lambda: PreferencesDialog(cfg.Settings()),
    }
    for record in records:
        out[type(record).__name__] = lambda r=record: RecordEditor(r, directory, "Edit")
    return out


def test_every_dialog_tabs_from_top_to_bottom(qtbot: Any, executor: Any, seeded: Seed) -> None:
    found = {}
    for key, make in dialogs(executor, seeded).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert len(tab_chain(dialog)) >= 2, key
        if problems := out_of_order(dialog):
            found[key] = problems
        dialog.reject()
    assert found == {}


def test_the_check_catches_a_field_that_tab_reaches_after_the_one_below_it(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    top, middle, bottom = QLineEdit(), QLineEdit(), QLineEdit()
    layout = QVBoxLayout(dialog)
    for widget in (top, middle, bottom):
        layout.addWidget(widget)
    dialog.show()
    assert out_of_order(dialog) == []
    QWidget.setTabOrder(top, bottom)
    QWidget.setTabOrder(bottom, middle)
    assert out_of_order(dialog) != []

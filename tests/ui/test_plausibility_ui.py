"""Plausibility, not bureaucracy: inline warnings the user can accept, one error style."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import ChangeDirection, RiskLevel
from caseconf_desktop.services import casefile, vaults
from caseconf_desktop.ui import style
from caseconf_desktop.ui.forms import RecordEditor
from caseconf_desktop.ui.tasks import VaultExecutor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed


@pytest.fixture
def executor(qtbot: Any, seeded: Seed) -> Iterator[VaultExecutor]:
    ex = VaultExecutor()
    ex._pool.submit(lambda: ex.attach(vaults.unlock(seeded.path, PASSPHRASE))).result()
    yield ex
    ex.shutdown()


def directory(executor: Any) -> casefile.Directory:
    return executor.submit(casefile.directory).result()


def editor(qtbot: Any, record: Any, executor: Any, parent: QWidget | None = None) -> RecordEditor:
    dialog = RecordEditor(record, directory(executor), "Edit", parent)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_birth_date_in_the_future_warns_inline_and_saving_anyway_is_allowed(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    dialog = editor(qtbot, seeded.case, executor)
    warning = dialog._warnings["date_of_birth"]
    assert not warning.isVisible()
    dialog._widgets["date_of_birth"].setDate(QDate(2030, 5, 1))  # type: ignore[attr-defined]
    assert warning.isVisible() and "future" in warning.text()
    assert warning.objectName() == "fieldWarning"
    saved: list[model.Case] = []
    dialog.accepted_record.connect(saved.append)
    dialog._accept()
    assert saved and saved[0].date_of_birth == date(2030, 5, 1), "a warning must not refuse"


def test_the_review_frequency_box_allows_only_7_to_730_days(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    dialog = editor(qtbot, seeded.case, executor)
    box = dialog._widgets["review_frequency_days"]
    assert (box.minimum(), box.maximum()) == (7, 730)  # type: ignore[attr-defined]


def test_an_action_due_in_2001_warns_but_an_unchanged_overdue_action_does_not(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    dialog = editor(qtbot, seeded.open_action, executor)  # due three days ago already
    assert not dialog._warnings["due"].isVisible(), "reopening an overdue action is no slip"
    dialog._widgets["due"].setDate(QDate(2001, 3, 1))  # type: ignore[attr-defined]
    assert "overdue" in dialog._warnings["due"].text()
    assert dialog._warnings["due"].isVisible()


def test_nonsense_email_and_phone_are_questioned_next_to_their_fields(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    dialog = editor(qtbot, seeded.mentor, executor)
    dialog._widgets["email"].setText("leyla at exit path")  # type: ignore[attr-defined]
    dialog._widgets["phone"].setText("ask reception")  # type: ignore[attr-defined]
    assert dialog._warnings["email"].isVisible() and dialog._warnings["phone"].isVisible()
    dialog._widgets["email"].setText("leyla@exit-path.example.org")  # type: ignore[attr-defined]
    dialog._widgets["phone"].setText("+44 161 496 0000")  # type: ignore[attr-defined]
    assert not dialog._warnings["email"].isVisible()
    assert not dialog._warnings["phone"].isVisible()


def test_a_conference_400_days_ago_warns_in_the_prepare_dialog(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    from caseconf_desktop.ui.dialogs.prepare import PrepareConferenceDialog

    dialog = PrepareConferenceDialog(executor, seeded.case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.when_warning.isVisible()
    dialog.when.setDate(QDate.currentDate().addDays(-400))
    assert dialog.when_warning.isVisible() and "past" in dialog.when_warning.text()


def test_field_errors_are_the_same_red_in_every_dialog_and_on_the_unlock_page(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    from caseconf_desktop.ui.dialogs.prepare import PrepareConferenceDialog
    from caseconf_desktop.ui.main_window import MainWindow

    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    prepare = PrepareConferenceDialog(executor, seeded.case.id, window)
    qtbot.addWidget(prepare)
    prepare.show()
    record = editor(qtbot, seeded.case, executor, window)
    labels: list[QLabel] = [
        window.unlock.error,
        *prepare.findChildren(QLabel, "fieldError"),
        *record.findChildren(QLabel, "fieldError"),
    ]
    assert len(labels) > 3
    for label in labels:
        label.ensurePolished()
        colour = label.palette().color(QPalette.ColorRole.WindowText).name()
        assert colour == style.ERROR_COLOUR, label.accessibleName()
    prepare.reject()
    record.reject()
    window.close()


def runner_at_risk(qtbot: Any, executor: Any, seeded: Seed) -> Any:
    from caseconf_desktop.services import conferences
    from caseconf_desktop.ui.conference.runner import AgendaRunner

    conf_id = executor.submit(
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
    runner = AgendaRunner(executor, conf_id)
    qtbot.addWidget(runner)
    runner.show()
    qtbot.waitUntil(lambda: runner.section is not None and runner.state is not None)
    return runner


def test_raising_the_risk_level_proposes_increased_and_lowering_it_decreased(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    runner = runner_at_risk(qtbot, executor, seeded)
    risk = runner.risk  # the previous conference assessed High
    assert risk.change.currentData() == ChangeDirection.NONE.value
    risk.level.setCurrentIndex(risk.level.findData(RiskLevel.VERY_HIGH.value))
    assert risk.change.currentData() == ChangeDirection.INCREASED.value
    risk.level.setCurrentIndex(risk.level.findData(RiskLevel.MODERATE.value))
    assert risk.change.currentData() == ChangeDirection.DECREASED.value
    risk.level.setCurrentIndex(risk.level.findData(RiskLevel.HIGH.value))
    assert risk.change.currentData() == ChangeDirection.NONE.value
    risk.level.setCurrentIndex(risk.level.findData(RiskLevel.VERY_HIGH.value))
    risk.flush()
    qtbot.waitUntil(
        lambda: (
            runner.state.risk is not None and runner.state.risk.change is ChangeDirection.INCREASED
        )
    )


def test_an_action_due_in_the_past_or_a_next_date_in_the_past_warns_in_the_runner(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    runner = runner_at_risk(qtbot, executor, seeded)
    bar, closing = runner.quick_action, runner.closing
    assert not bar.due_warning.text()
    bar.due.setDate(QDate(2001, 1, 1))
    assert "past" in bar.due_warning.text()
    closing.next_date.setDate(QDate.currentDate().addDays(-1))
    assert "past" in closing.next_date_warning.text()
    closing.next_date.setDate(QDate.currentDate().addDays(+90))
    assert not closing.next_date_warning.text()

"""The case file: edits with validation next to the field, undo and redo through the vault."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from caseconf_desktop.domain import model
from caseconf_desktop.services import vaults
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui.case_file import CaseFileView
from caseconf_desktop.ui.forms import RecordEditor
from caseconf_desktop.ui.tasks import VaultExecutor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed


@pytest.fixture
def executor(qtbot: Any, seeded: Seed) -> Any:
    ex = VaultExecutor()
    ex._pool.submit(lambda: ex.attach(vaults.unlock(seeded.path, PASSPHRASE))).result()
    yield ex
    ex.shutdown()


def goals_in_vault(ex: VaultExecutor, case_id: str) -> list[str]:
    return ex.submit(
        lambda v: [g.text for g in m.GOALS.where(v, "case_id = ?", (case_id,))]
    ).result()


def test_adding_a_goal_then_undo_and_redo_reach_the_vault(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    view = CaseFileView(executor, seeded.case.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    view.goals.add()
    editor: RecordEditor = view.editor
    qtbot.keyClicks(editor._widgets["text"], "Stable housing before release")
    editor._accept()
    qtbot.waitUntil(lambda: view.goals.model.rowCount() == 1)
    assert goals_in_vault(executor, seeded.case.id) == ["Stable housing before release"]

    view.undo_stack.undo()
    qtbot.waitUntil(lambda: view.goals.model.rowCount() == 0)
    assert goals_in_vault(executor, seeded.case.id) == []
    view.undo_stack.redo()
    qtbot.waitUntil(lambda: view.goals.model.rowCount() == 1)
    assert goals_in_vault(executor, seeded.case.id) == ["Stable housing before release"]


def test_an_open_case_file_follows_writes_made_elsewhere_and_ignores_other_cases(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    from caseconf_desktop.ui.tasks import Op

    view = CaseFileView(executor, seeded.case.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    loads: list[int] = []
    view.loaded.connect(lambda: loads.append(1))

    # Another case changes (a bundle taken in, another window): this file stays as it is.
    other = model.Case("OTHER-1", "Invented Elsewhere", review_frequency_days=90)
    Op(view, executor, lambda v: m.CASES.upsert(v, other)).run()
    qtbot.wait(300)
    assert loads == []

    # This case gains a goal from somewhere else: the open file shows it.
    goal = model.Goal(seeded.case.id, "Regular contact with the mentor")
    Op(view, executor, lambda v: m.GOALS.upsert(v, goal)).run()
    qtbot.waitUntil(lambda: view.goals.model.rowCount() == 1)
    assert loads == [1]


def test_invalid_case_edit_shows_the_message_next_to_the_field_and_saves_nothing(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    view = CaseFileView(executor, seeded.case.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    view.edit_case()
    editor: RecordEditor = view.editor
    editor._widgets["subject_name"].clear()
    editor._widgets["review_frequency_days"].setValue(1)
    # The box offers only the range the rule allows (7-730 days), so 1 cannot be entered.
    assert editor._widgets["review_frequency_days"].value() == 7
    editor._accept()
    assert editor.isVisible()
    assert editor._messages["subject_name"].isVisible()
    editor.reject()
    stored = executor.submit(lambda v: m.CASES.get(v, seeded.case.id)).result()
    assert stored.subject_name == seeded.case.subject_name
    assert view.undo_stack.count() == 0


def test_editing_the_case_updates_overview_and_undo_restores_it(
    qtbot: Any, executor: Any, seeded: Seed
) -> None:
    view = CaseFileView(executor, seeded.case.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    view.edit_case()
    editor: RecordEditor = view.editor
    editor._widgets["programme"].setText("Exit programme North")
    editor._accept()
    qtbot.waitUntil(lambda: view.overview_labels["programme"].text() == "Exit programme North")
    view.undo_stack.undo()
    qtbot.waitUntil(lambda: view.overview_labels["programme"].text() == "")
    stored: model.Case = executor.submit(lambda v: m.CASES.get(v, seeded.case.id)).result()
    assert stored.programme == ""


def test_runner_f1_lists_the_shortcuts(qtbot: Any, executor: Any, seeded: Seed) -> None:
    from caseconf_desktop.services import conferences
    from caseconf_desktop.ui.conference.runner import AgendaRunner

    conf_id = executor.submit(
        lambda v: (
            conferences.prepare(
                v,
                seeded.case.id,
                seeded.previous.scheduled_for,
                chair_id=seeded.chair.id,
                facilitator_id=seeded.facilitator.id,
                minute_taker_id=seeded.minute_taker.id,
            ).id
        )
    ).result()
    runner = AgendaRunner(executor, conf_id)
    qtbot.addWidget(runner)
    runner.show()
    qtbot.waitUntil(lambda: runner.section is not None)
    runner.activateWindow()
    qtbot.waitUntil(runner.isActiveWindow)
    qtbot.keyClick(runner.composer.text, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: getattr(runner, "overlay", None) is not None and runner.overlay.isVisible()
    )
    assert "Ctrl+Shift+A" in " ".join(w.text() for w in runner.overlay.findChildren(QLabel))
    runner.overlay.accept()


@pytest.mark.slow
def test_caseconf_gui_starts_and_stays_up(seeded: Seed, isolated_dirs: dict[str, Path]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "caseconf_desktop", "gui", "--vault", str(seeded.path)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        time.sleep(5)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    assert "Traceback" not in err

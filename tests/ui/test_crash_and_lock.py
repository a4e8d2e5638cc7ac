"""Nothing typed is lost: autosave survives a kill -9, and auto-lock hides and returns."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from caseconf_desktop.domain.enums import ConferenceStatus, Section
from caseconf_desktop.services import conferences, vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed
from tests.ui.runner_child import FIRST, SECOND

REPO = Path(__file__).resolve().parents[2]


def prepare_conference(seed: Seed) -> str:
    vault = vaults.unlock(seed.path, PASSPHRASE, record=False)
    try:
        conf = conferences.prepare(
            vault, seed.case.id, seed.previous.scheduled_for.replace(year=2030),
            chair_id=seed.chair.id, facilitator_id=seed.facilitator.id,
            minute_taker_id=seed.minute_taker.id,
        )  # fmt: skip
        return conf.id
    finally:
        vault.close()


def read_line(proc: subprocess.Popen[str], expected: str, timeout: float = 60) -> float:
    end = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < end:
        line = proc.stdout.readline()
        if line.strip() == expected:
            return time.monotonic()
        if not line and proc.poll() is not None:
            break
    raise AssertionError(
        f"child never printed {expected!r}: {proc.stderr.read() if proc.stderr else ''}"
    )


@pytest.mark.slow
def test_text_typed_into_the_runner_survives_kill_9_as_a_draft_and_reopens_there(
    qtbot: Any, seeded: Seed, tmp_path: Path
) -> None:
    conf_id = prepare_conference(seeded)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.runner_child", str(seeded.path), conf_id, str(pass_file)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    try:
        read_line(proc, "READY")
        read_line(proc, "A-DONE")
        # Let the autosave window (2 s) pass while the child keeps typing, then pull the plug.
        time.sleep(2.5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()

    vault = vaults.unlock(seeded.path, PASSPHRASE, record=False)
    try:
        assert vault.scalar("PRAGMA integrity_check") == "ok"
        assert audit.verify(vault).ok
        # What was typed survives as a draft of the section, not as an entry of the minutes.
        needs = [
            d.text
            for d in m.DRAFTS.where(vault, "conference_id = ? AND section = 'needs'", (conf_id,))
        ]
        entries = m.ENTRIES.count(vault, "conference_id = ? AND section = 'needs'", (conf_id,))
        conf = m.CONFERENCES.get(vault, conf_id)
    finally:
        vault.close()
    assert entries == 0
    assert len(needs) == 1, needs
    saved = needs[0]
    typed = (FIRST + SECOND).strip()
    assert saved.startswith(FIRST), "the sentence typed seconds before the kill was lost"
    assert typed.startswith(saved), "what was saved is not what was typed"
    # The child typed 10 characters a second for 2.5 s: most of that must be there too.
    assert len(saved) >= len(FIRST) + 5
    assert conf is not None and conf.status is ConferenceStatus.IN_PROGRESS
    assert conf.current_section is Section.NEEDS

    # Next unlock: the interrupted conference reopens at the section it was in.
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(
        lambda: window.runner is not None and window.runner.section is Section.NEEDS, timeout=10000
    )
    # The draft is back in the composer, still not an entry.
    qtbot.waitUntil(lambda: window.runner.composer.text.toPlainText().startswith(FIRST))
    assert window.runner.entries_model.rowCount() == 0
    window.close()


def test_auto_lock_hides_everything_closes_the_vault_and_returns_to_the_same_case(
    qtbot: Any, seeded: Seed
) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    window.idle.set_timeout_ms(60_000)
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1)
    window.open_case(seeded.case.id)
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)

    window.idle.set_timeout_ms(300)
    window.idle.start()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 0, timeout=5000)
    qtbot.waitUntil(lambda: not window.executor.is_open)
    assert window.case_view is None, "the case file stayed in memory after locking"
    assert window.cases_page.model.rowCount() == 0
    assert seeded.case.subject_name not in window.windowTitle()
    assert window.unlock.error.text()  # says why it locked

    window.idle.set_timeout_ms(60_000)
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)
    assert window.case_view.case_id == seeded.case.id
    window.close()


def test_user_input_postpones_the_auto_lock(qtbot: Any, seeded: Seed) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1)
    window.idle.set_timeout_ms(600)
    window.idle.start()
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(window.cases_page.search, "x")
    assert window.root.currentIndex() == 1, "locked although the user was typing"
    qtbot.waitUntil(lambda: window.root.currentIndex() == 0, timeout=5000)
    assert QApplication.focusWidget() in (None, window.unlock.passphrase)
    window.close()


def test_auto_lock_time_is_set_in_preferences_and_applies_at_once(qtbot: Any, seeded: Seed) -> None:
    from caseconf_desktop.ui import settings as cfg

    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    window.show_preferences()
    dialog = window.preferences_dialog
    dialog.autolock.setValue(12)
    dialog._save()
    assert cfg.Settings().get_int(cfg.AUTOLOCK_MINUTES) == 12
    assert window.idle._timer.interval() == 12 * 60_000
    window.close()

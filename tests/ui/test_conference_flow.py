"""A whole conference run from the keyboard, from unlock to close, on a real vault."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    AttendanceStatus,
    AttendeeRole,
    ConferenceStatus,
    EntryKind,
    NotDoneReason,
    RiskLevel,
    Section,
)
from caseconf_desktop.services import vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui import messages
from caseconf_desktop.ui.main_window import MainWindow
from caseconf_desktop.ui.models.records import RecordRole
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press delivered where a user's would go: to the focused widget."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    """Type like a keyboard would; QTest only knows ASCII keys, so others go as text events."""
    for ch in text:
        widget = focused()
        if ord(ch) < 128:
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


def test_complete_conference_driven_by_keyboard_is_recorded_in_the_vault(
    qtbot: Any, seeded: Seed
) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # Unlock.
    assert focused() is window.unlock.passphrase
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1)
    # The dashboard comes first; View > Cases (Alt+2) lists the cases.
    qtbot.waitUntil(lambda: window.dashboard_page.board is not None)
    press(qtbot, Qt.Key.Key_2, ALT)
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() == 1)

    # Open the case from the list.
    window.cases_page.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)

    # Prepare the conference: chair, facilitator, minute-taker, the subject invited.
    messages.set_next_answers(True)  # "Start running it now?"
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: getattr(window, "prepare_dialog", None) is not None)
    dialog = window.prepare_dialog
    qtbot.waitUntil(lambda: dialog.chair.count() > 1)
    dialog.place.setFocus()
    type_text(qtbot, "Meeting room B")
    dialog.chair.setFocus()
    type_text(qtbot, "J")
    dialog.facilitator.setFocus()
    type_text(qtbot, "M")
    dialog.minute_taker.setFocus()
    type_text(qtbot, "T")
    dialog.invite_subject.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.runner is not None and window.runner.section is Section.OPENING)
    window.activateWindow()  # the offscreen platform does not hand activation back after a dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    runner = window.runner
    assert runner is not None
    qtbot.waitUntil(lambda: runner.state is not None and len(runner.state.attendance) == 4)

    # Opening: the confidentiality statement, as a note.
    assert focused() is runner.composer.text
    type_text(qtbot, "Confidentiality statement read; all present accept it.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(runner.state.entries) == 1)

    # Review: the previous action was not done because the agency did not act.
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(
        lambda: runner.section is Section.REVIEW and runner.review.model.rowCount() == 1
    )
    assert focused() is runner.review.table
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: runner.state.review_actions[0].status is ActionStatus.NOT_DONE)

    # Risk: very high, with rationale and known unknowns; autosaved.
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: runner.section is Section.RISK)
    assert focused() is runner.risk.level
    type_text(qtbot, "V")
    press(qtbot, Qt.Key.Key_I, ALT)
    type_text(qtbot, "New contact with the former network reported by the prison.")
    press(qtbot, Qt.Key.Key_U, ALT)
    type_text(qtbot, "Content of recent phone calls.")
    press(qtbot, Qt.Key.Key_E, ALT)
    type_text(qtbot, "I")
    qtbot.waitUntil(
        lambda: runner.state.risk is not None and runner.state.risk.known_unknowns != "",
        timeout=5000,
    )

    # Needs: a note from the composer (Ctrl+N puts the cursor there).
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: runner.section is Section.NEEDS)
    type_text(qtbot, "Housing on release is not yet arranged.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: any(e.section is Section.NEEDS for e in runner.state.entries))

    # Family: an AMBER note, then the subject comes in and it leaves the screen.
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: runner.section is Section.FAMILY)
    type_text(qtbot, "Tension with the brother; police intelligence, not for the subject.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: runner.entries_model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    assert focused() is runner.attendance.table
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(len(runner.state.attendance)):
        current = runner.attendance.table.currentIndex().data(RecordRole)
        if current is not None and current.role is AttendeeRole.SUBJECT:
            break
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: runner.state.lay_in_room)
    assert runner.privacy_banner.isVisible()
    assert runner.entries_model.rowCount() == 0, "an AMBER, unshareable entry stayed on screen"
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert runner.composer.shareable.isChecked()
    assert runner.composer.tlp.currentData() == TLP.GREEN.value
    type_text(qtbot, "Family visit every second Sunday agreed with him.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: runner.entries_model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not runner.state.lay_in_room)
    qtbot.waitUntil(lambda: runner.entries_model.rowCount() == 2)

    # Attendance is recorded, not assumed: everyone came (P on each row moves down).
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(len(runner.state.attendance)):
        press(qtbot, Qt.Key.Key_P)
    qtbot.waitUntil(
        lambda: all(a.status is AttendanceStatus.PRESENT for a in runner.state.attendance)
    )

    # Actions: one line, from anywhere, then a decision with its rationale.
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: runner.section is Section.ACTIONS)
    assert focused() is runner.quick_action.description
    type_text(qtbot, "Book two mentoring sessions")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "L")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(runner.state.new_actions) == 1)
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_K, ALT)
    type_text(qtbot, "De")
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Continue mentoring twice a week.")
    press(qtbot, Qt.Key.Key_R, ALT)
    type_text(qtbot, "Engagement has been good for three months.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: any(e.kind is EntryKind.DECISION for e in runner.state.entries))

    # Closing: a summary, then review and close.
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: runner.section is Section.CLOSING)
    press(qtbot, Qt.Key.Key_M, ALT)
    type_text(qtbot, "Mentoring continues; housing to be arranged.")
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: runner.pages.currentWidget() is runner.summary)
    assert "Continue mentoring" in runner.summary.body.text()
    press(qtbot, Qt.Key.Key_Return)  # Enter alone never closes a conference
    qtbot.wait(200)
    assert not runner._closed
    messages.set_next_answers(True)  # "Close the conference now?"
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: runner._closed)

    # What the vault holds.
    conf_id = runner.conference_id
    window.close()
    vault = vaults.unlock(seeded.path, PASSPHRASE, record=False)
    try:
        conf = m.CONFERENCES.get(vault, conf_id)
        assert conf is not None
        assert conf.status is ConferenceStatus.CLOSED
        assert conf.place == "Meeting room B"
        assert (conf.chair_id, conf.facilitator_id, conf.minute_taker_id) == (
            seeded.chair.id,
            seeded.facilitator.id,
            seeded.minute_taker.id,
        )
        assert conf.next_conference_date is not None
        assert conf.summary == "Mentoring continues; housing to be arranged."
        entries = m.ENTRIES.where(vault, "conference_id = ?", (conf_id,))
        by_text = {e.text: e for e in entries}
        opening = by_text["Confidentiality statement read; all present accept it."]
        assert opening.section is Section.OPENING and opening.tlp is TLP.GREEN
        amber = by_text["Tension with the brother; police intelligence, not for the subject."]
        assert amber.tlp is TLP.AMBER and not amber.shareable_with_subject
        shared = by_text["Family visit every second Sunday agreed with him."]
        assert shared.shareable_with_subject and shared.tlp is TLP.GREEN
        decision = by_text["Continue mentoring twice a week."]
        assert decision.kind is EntryKind.DECISION
        assert decision.rationale == "Engagement has been good for three months."
        reviewed = m.ACTIONS.get(vault, seeded.open_action.id)
        assert reviewed is not None
        assert reviewed.status is ActionStatus.NOT_DONE
        assert reviewed.not_done_reason is NotDoneReason.AGENCY_DID_NOT_ACT
        assert reviewed.reviewed_in_conference_id == conf_id
        (new_action,) = m.ACTIONS.where(vault, "conference_id = ?", (conf_id,))
        assert new_action.description == "Book two mentoring sessions"
        assert new_action.owner_person_id == seeded.mentor.id
        assert new_action.owner_agency_id == seeded.cso.id
        assert new_action.due is not None
        (risk,) = m.RISKS.where(vault, "conference_id = ?", (conf_id,))
        assert risk.level is RiskLevel.VERY_HIGH
        assert risk.known_unknowns == "Content of recent phone calls."
        assert risk.rationale.startswith("New contact with the former network")
        subject = next(
            a
            for a in m.ATTENDANCE.where(vault, "conference_id = ?", (conf_id,))
            if a.role is AttendeeRole.SUBJECT
        )
        assert Section.FAMILY in subject.sections
        assert not subject.in_room
        assert audit.verify(vault).ok
    finally:
        vault.close()

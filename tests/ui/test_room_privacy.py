"""In-room privacy and drafts, through the real runner in the real main window.

While the subject or family is in the room, no visible text anywhere in the window (labels,
fields, lists and tables, tooltips, the status bar, the window title) may hold an entry the
policy withholds or a draft they may not see; the draft comes back when they leave. And a
draft is not an entry: text typed and then deleted leaves nothing in the vault or the minutes.
"""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pypdf
from PySide6.QtCore import QAbstractListModel, QAbstractProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import (
    TLP,
    AttendanceStatus,
    AttendeeRole,
    EntryKind,
    NeedDomain,
    RiskLevel,
    Section,
)
from caseconf_desktop.services import conferences, minutes, vaults
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed

SECRETS = {
    "entry": "SECRET-ENTRY police source on the brother",
    "red": "SECRET-RED intelligence report",
    "risk": "SECRET-RISK rationale about contacts",
    "need": "SECRET-NEED notes on debts",
    "action": "SECRET-ACTION surveillance review",
    "draft": "SECRET-DRAFT half-typed AMBER remark",
}
SHAREABLE = "OPEN-ENTRY family visits agreed"


def prepare(seed: Seed) -> str:
    """A conference with the subject invited and something withheld in every panel."""
    vault = vaults.unlock(seed.path, PASSPHRASE, record=False)
    try:
        conf = conferences.prepare(
            vault, seed.case.id, datetime.now(UTC) + timedelta(hours=1), place="Room 1",
            chair_id=seed.chair.id, facilitator_id=seed.facilitator.id,
            minute_taker_id=seed.minute_taker.id,
            invitees=[conferences.Invitee(name="Dmitri Pávlov", role=AttendeeRole.SUBJECT)],
        )  # fmt: skip
        conferences.start(vault, conf.id)
        with vault.transaction():
            for section in (Section.OPENING, Section.FAMILY):
                m.ENTRIES.upsert(vault, model.Entry(conf.id, section, SECRETS["entry"]))
                m.ENTRIES.upsert(vault, model.Entry(conf.id, section, SECRETS["red"], tlp=TLP.RED))
                m.ENTRIES.upsert(
                    vault,
                    model.Entry(
                        conf.id, section, SHAREABLE, tlp=TLP.GREEN, shareable_with_subject=True
                    ),
                )
            m.RISKS.upsert(
                vault,
                model.RiskAssessment(
                    seed.case.id,
                    RiskLevel.HIGH,
                    date.today(),
                    conference_id=conf.id,
                    rationale=SECRETS["risk"],
                ),
            )
            m.NEEDS.upsert(
                vault, model.Need(seed.case.id, NeedDomain.FINANCES, notes=SECRETS["need"])
            )
            m.ACTIONS.upsert(
                vault,
                model.Action(
                    seed.case.id,
                    SECRETS["action"],
                    conference_id=conf.id,
                    owner_person_id=seed.chair.id,
                    due=date.today() + timedelta(days=30),
                ),
            )
        return conf.id
    finally:
        vault.close()


def visible_texts(window: QWidget) -> list[str]:
    """Every piece of text a person in the room could read, from the whole widget tree."""
    out = [window.windowTitle()]
    if isinstance(window, QMainWindow):
        out.append(window.statusBar().currentMessage())
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        out.append(w.toolTip())
        if isinstance(w, (QLabel, QLineEdit)):
            out.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
        elif isinstance(w, (QAbstractButton, QAbstractSpinBox)):
            out.append(w.text())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            out += model_texts(w.model(), QModelIndex())
    return [t for t in out if t]


def model_texts(model_: Any, parent: QModelIndex) -> list[str]:
    out = []
    columns = 1 if isinstance(model_, QAbstractListModel) else model_.columnCount(parent)
    for r in range(model_.rowCount(parent)):
        for c in range(columns):
            index = model_.index(r, c, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    out.append(value)
            if isinstance(model_, QAbstractProxyModel) and model_.hasChildren(index):
                out += model_texts(model_, index)
    return out


def leaked(window: QWidget, secrets: list[str]) -> list[str]:
    texts = visible_texts(window)
    return [s for s in secrets if any(s in t for t in texts)]


def open_runner(qtbot: Any, seed: Seed, conf_id: str) -> tuple[MainWindow, Any]:
    window = MainWindow(vault_path=seed.path)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    qtbot.waitUntil(lambda: window.runner is not None, timeout=10000)  # resumed
    runner = window.runner
    qtbot.waitUntil(lambda: runner.state is not None and runner.section is not None)
    return window, runner


def subject_row(runner: Any) -> model.Attendance:
    return next(a for a in runner.state.attendance if a.role is AttendeeRole.SUBJECT)


def set_room(qtbot: Any, runner: Any, inside: bool) -> None:
    runner._set_room(subject_row(runner).id, inside)
    qtbot.waitUntil(lambda: runner.state.lay_in_room is inside)


def test_nothing_withheld_is_anywhere_on_screen_while_the_subject_comes_and_goes(
    qtbot: Any, seeded: Seed
) -> None:
    conf_id = prepare(seeded)
    window, runner = open_runner(qtbot, seeded, conf_id)
    everything = list(SECRETS.values())

    for section in (Section.OPENING, Section.RISK, Section.NEEDS, Section.FAMILY, Section.ACTIONS):
        runner.goto(section)
        qtbot.waitUntil(lambda s=section: runner.section is s)
        # The facilitator is typing a restricted remark when the subject walks in.
        runner.composer.text.setFocus()
        runner.composer.text.setPlainText(f"{SECRETS['draft']} in {section.value}")
        runner.composer.tlp.setCurrentIndex(runner.composer.tlp.findData(TLP.AMBER.value))
        runner.composer.shareable.setChecked(False)
        qtbot.wait(50)
        set_room(qtbot, runner, True)
        qtbot.wait(100)
        assert leaked(window, everything) == [], section
        assert runner.composer.shareable.isChecked()
        assert runner.composer.tlp.currentData() in (TLP.GREEN.value, TLP.CLEAR.value)
        if section in (Section.OPENING, Section.FAMILY):
            assert any(SHAREABLE in t for t in visible_texts(window))
        # The summary view has nothing of the record while they are in.
        runner.show_summary()
        qtbot.waitUntil(lambda: runner.pages.currentWidget() is runner.summary)
        assert leaked(window, everything) == []
        runner.show_agenda()
        # They leave: the draft comes back where it was.
        set_room(qtbot, runner, False)
        qtbot.waitUntil(lambda s=section: SECRETS["draft"] in runner.composer.text.toPlainText())
        assert runner.composer.tlp.currentData() == TLP.AMBER.value
        runner.composer.text.clear()  # an emptied draft is discarded
        runner.flush()

    # With only professionals in the room, the withheld content is there again.
    runner.goto(Section.FAMILY)
    qtbot.waitUntil(lambda: runner.entries_model.rowCount() == 3)
    assert leaked(window, [SECRETS["entry"], SECRETS["red"]]) == [
        SECRETS["entry"],
        SECRETS["red"],
    ]
    qtbot.waitUntil(lambda: runner.pending_saves() == 0)
    window.close()


def test_text_typed_then_deleted_leaves_no_entry_and_nothing_in_the_minutes(
    qtbot: Any, seeded: Seed, tmp_path: Any
) -> None:
    conf_id = prepare(seeded)
    window, runner = open_runner(qtbot, seeded, conf_id)
    runner.goto(Section.NEEDS)
    qtbot.waitUntil(lambda: runner.section is Section.NEEDS)
    runner.composer.text.setFocus()
    # A stray keystroke and a word typed as a draft, each saved by autosave, then deleted.
    for stray in ("2", "DRAFT-STRAY words that were never meant"):
        runner.composer.text.setPlainText(stray)
        qtbot.waitUntil(lambda: runner.composer.saved_hint.text() == "Draft saved", timeout=5000)
        assert not any(e.text == stray for e in runner.state.entries)
        runner.composer.text.selectAll()
        runner.composer.text.textCursor().removeSelectedText()
        runner.flush()
        qtbot.waitUntil(lambda: runner.pending_saves() == 0)
    # Something really added, for contrast.
    runner.composer.text.setPlainText("ADDED-ENTRY housing referral made")
    runner.complete_entry()
    qtbot.waitUntil(lambda: any(e.text.startswith("ADDED-ENTRY") for e in runner.state.entries))
    qtbot.waitUntil(lambda: runner.pending_saves() == 0)
    window.close()

    vault = vaults.unlock(seeded.path, PASSPHRASE, record=False)
    try:
        texts = [e.text for e in m.ENTRIES.where(vault, "conference_id = ?", (conf_id,))]
        assert "ADDED-ENTRY housing referral made" in texts
        assert "2" not in texts and not any("DRAFT-STRAY" in t for t in texts)
        assert m.DRAFTS.count(vault, "conference_id = ?", (conf_id,)) == 0
        with vault.transaction():
            m.ATTENDANCE.upsert_many(
                vault,
                [
                    dataclasses.replace(a, status=AttendanceStatus.PRESENT, in_room=False)
                    for a in m.ATTENDANCE.where(vault, "conference_id = ?", (conf_id,))
                ],
            )
        conferences.close(vault, conf_id, next_conference_date=date.today() + timedelta(days=90))
        for audience, recipient in (("full", seeded.chair.name), ("partners", seeded.mentor.name)):
            built = minutes.build_minutes(vault, conf_id, audience, recipient, agency="Exit Path")
            pdf = minutes.render(built).data
            text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
            assert "ADDED-ENTRY" in text.replace("\n", " ")
            assert "DRAFT-STRAY" not in text
            assert not any(e.text == "2" for p in built.parts for e in p.entries)
    finally:
        vault.close()


def test_a_new_entry_starts_unattributed_even_after_an_attributed_one(
    qtbot: Any, seeded: Seed
) -> None:
    conf_id = prepare(seeded)
    window, runner = open_runner(qtbot, seeded, conf_id)
    runner.goto(Section.RISK)
    qtbot.waitUntil(lambda: runner.section is Section.RISK)
    composer = runner.composer
    composer.agency.setCurrentIndex(composer.agency.findData(seeded.probation.id))
    composer.kind.setCurrentIndex(composer.kind.findData(EntryKind.INFORMATION.value))
    composer.text.setPlainText("Probation reports compliance.")
    runner.complete_entry()
    qtbot.waitUntil(lambda: any(e.section is Section.RISK for e in runner.state.entries))
    assert composer.agency.currentData() is None
    # Information needs its source: refused until an agency is named.
    composer.kind.setCurrentIndex(composer.kind.findData(EntryKind.INFORMATION.value))
    composer.text.setPlainText("Someone said something.")
    runner.complete_entry()
    assert "agency" in composer.message.text()
    qtbot.wait(200)
    assert not any(e.text == "Someone said something." for e in runner.state.entries)
    # In another section too.
    runner.goto(Section.FAMILY)
    qtbot.waitUntil(lambda: runner.section is Section.FAMILY)
    assert composer.agency.currentData() is None
    qtbot.waitUntil(lambda: runner.pending_saves() == 0)
    window.close()
    assert QApplication.instance() is not None


def test_deleting_and_editing_an_added_entry_is_undoable_and_audited(
    qtbot: Any, seeded: Seed
) -> None:
    from caseconf_desktop.storage import audit
    from caseconf_desktop.ui import messages

    conf_id = prepare(seeded)
    window, runner = open_runner(qtbot, seeded, conf_id)
    runner.goto(Section.AOB)
    qtbot.waitUntil(lambda: runner.section is Section.AOB)
    runner.composer.text.setPlainText("First wording of the remark")
    runner.complete_entry()
    qtbot.waitUntil(lambda: runner.entries_model.rowCount() == 1)

    # Edit: load it, change it, add it again; undo brings the first wording back.
    runner.entries_table.setCurrentIndex(runner.entries_table.model().index(0, 0))
    runner._edit_entry(runner.entries_table.currentIndex())
    assert runner.composer.text.toPlainText() == "First wording of the remark"
    runner.composer.text.setPlainText("Second wording of the remark")
    runner.complete_entry()
    qtbot.waitUntil(
        lambda: (
            [e.text for e in runner.state.entries if e.section is Section.AOB]
            == ["Second wording of the remark"]
        )
    )
    runner.undo_stack.undo()
    qtbot.waitUntil(
        lambda: (
            [e.text for e in runner.state.entries if e.section is Section.AOB]
            == ["First wording of the remark"]
        )
    )

    # Delete: gone from the list and the vault; undo restores it with the same identity.
    entry_id = next(e.id for e in runner.state.entries if e.section is Section.AOB)
    runner.entries_table.setCurrentIndex(runner.entries_table.model().index(0, 0))
    messages.set_next_answers(True)  # "Delete this entry?"
    runner._delete_entry()
    qtbot.waitUntil(lambda: runner.entries_model.rowCount() == 0)
    runner.undo_stack.undo()
    qtbot.waitUntil(lambda: runner.entries_model.rowCount() == 1)
    assert [e.id for e in runner.state.entries if e.section is Section.AOB] == [entry_id]
    runner.undo_stack.redo()
    qtbot.waitUntil(lambda: runner.entries_model.rowCount() == 0)
    qtbot.waitUntil(lambda: runner.pending_saves() == 0)
    window.close()

    vault = vaults.unlock(seeded.path, PASSPHRASE, record=False)
    try:
        actions = [e.action for e in audit.events(vault) if e.object_id == entry_id]
        assert actions[0] == "entries.created"
        assert "entries.updated" in actions
        assert actions.count("entries.deleted") == 2
        assert m.ENTRIES.get(vault, entry_id) is None
    finally:
        vault.close()


def test_the_room_screen_never_shows_a_draft_or_a_withheld_entry(qtbot: Any, seeded: Seed) -> None:
    conf_id = prepare(seeded)
    window, runner = open_runner(qtbot, seeded, conf_id)
    runner.goto(Section.FAMILY)
    qtbot.waitUntil(lambda: runner.section is Section.FAMILY)
    runner.toggle_projector()
    screen = runner.projector
    assert screen is not None and screen.isVisible()
    qtbot.waitUntil(lambda: any(SHAREABLE in t for t in visible_texts(screen)))
    # Professionals only: recorded entries are there, the draft being typed never is.
    runner.composer.text.setPlainText("DRAFT-ON-SCREEN not yet added")
    runner.flush()
    qtbot.waitUntil(lambda: runner.pending_saves() == 0)
    texts = visible_texts(screen)
    assert any(SECRETS["entry"] in t for t in texts)
    assert not any("DRAFT-ON-SCREEN" in t for t in texts)
    # The subject comes in: only what is shared with them stays on the room's screen.
    set_room(qtbot, runner, True)
    qtbot.waitUntil(lambda: not any(SECRETS["entry"] in t for t in visible_texts(screen)))
    assert leaked(screen, [*SECRETS.values(), "DRAFT-ON-SCREEN"]) == []
    assert any(SHAREABLE in t for t in visible_texts(screen))
    for section in (Section.RISK, Section.ACTIONS, Section.OPENING):
        runner.goto(section)
        qtbot.waitUntil(lambda s=section: runner.section is s)
        assert leaked(screen, [*SECRETS.values(), "DRAFT-ON-SCREEN"]) == [], section
    # F5 again closes it; locking the window would close it too.
    runner.toggle_projector()
    assert not screen.isVisible()
    set_room(qtbot, runner, False)
    qtbot.waitUntil(lambda: runner.pending_saves() == 0)
    window.close()


def test_the_agenda_marks_visited_and_skipped_sections_and_closing_lists_the_skipped(
    qtbot: Any, seeded: Seed
) -> None:
    conf_id = prepare(seeded)
    window, runner = open_runner(qtbot, seeded, conf_id)
    runner.goto(Section.ACTIONS)  # straight from the opening to the actions
    qtbot.waitUntil(lambda: runner.section is Section.ACTIONS)
    marks = {t.section: mark for t, mark in runner.section_marks()}
    assert marks[Section.OPENING] == "✓"
    assert marks[Section.ACTIONS] == "▶"
    # Family holds entries from the preparation, so it counts as visited.
    assert marks[Section.FAMILY] == "✓"
    for never_opened in (Section.REVIEW, Section.RISK, Section.NEEDS, Section.INTERVENTIONS):
        assert marks[never_opened] == "–", never_opened
    assert marks[Section.CLOSING] == "○"
    runner.show_summary()
    qtbot.waitUntil(lambda: runner.pages.currentWidget() is runner.summary)
    qtbot.waitUntil(lambda: bool(runner.summary.gap_checks))
    skipped = [c for c in runner.summary.gap_checks if c.startswith("skipped:")]
    assert sorted(skipped) == sorted(
        f"skipped:{s.value}"
        for s in (Section.REVIEW, Section.RISK, Section.NEEDS, Section.INTERVENTIONS)
    )
    assert not runner.summary.close_button.isEnabled()  # nothing confirmed yet
    assert not runner.summary.close_button.isDefault()
    qtbot.waitUntil(lambda: runner.pending_saves() == 0)
    window.close()

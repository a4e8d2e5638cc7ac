"""Writing the minutes' entries in the agenda runner: the composer, its autosave and undo.

An :class:`EntryEditor` is the part of the runner where the facilitator types: the list of
this section's entries, the composer below it, the draft autosave (a throttle: steady typing
saves about once a second, one write and nothing read back) and the undo stack of edits and
deletions of added entries. It reads the runner's current snapshot (``host.state``), section
and room, and writes through the vault worker; what its writes change comes back to the
runner as ``Changes``, like any other write.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import i18n
from caseconf_desktop.domain import disclosure, model, rules
from caseconf_desktop.domain.enums import TLP, EntryKind
from caseconf_desktop.services import casefile, conferences
from caseconf_desktop.ui import messages
from caseconf_desktop.ui.case_file import make_table
from caseconf_desktop.ui.forms import enum_label, fill_agencies, fill_enum, select_data
from caseconf_desktop.ui.models.records import Column, RecordRole, RecordTableModel
from caseconf_desktop.ui.tasks import Op

AUTOSAVE_MS = 1000

_t = i18n.tr_in("AgendaRunner")  # the runner's strings, translated there


def _labelled(item: model.Entry | model.Draft) -> disclosure.Labelled:
    return disclosure.Labelled(
        item.tlp, item.shareable_with_subject, item.kind, item.shareable_with_family
    )


def on_screen(item: model.Entry | model.Draft, present: disclosure.Room) -> bool:
    """May this entry or draft be on screen with these lay readers in the room?"""
    return disclosure.on_screen(_labelled(item), present)


class EntryComposer(QWidget):
    """Where the facilitator or minute-taker writes: kind, label, source, shareable, text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        fill_enum(self.kind, EntryKind, optional=False)
        self.kind.setAccessibleName(self.tr("Entry kind"))
        self.tlp = QComboBox()
        for t in TLP:
            self.tlp.addItem("TLP:" + t.value, t.value)
        self.tlp.setAccessibleName(self.tr("TLP label"))
        self.agency = QComboBox()
        self.agency.setAccessibleName(self.tr("Source agency"))
        # Whole agency names: a remark must never be attributed to the wrong agency unseen.
        # The box takes the row's free width; its list is as wide as the longest name.
        self.agency.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.agency.setMinimumContentsLength(14)
        self.shareable = QCheckBox(self.tr("S&hareable with the subject"))
        self.shareable.setAccessibleName(self.tr("Shareable with the subject"))
        self.shareable_family = QCheckBox(self.tr("with the fa&mily"))
        self.shareable_family.setAccessibleName(self.tr("Shareable with the family"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Entry text"))
        self.text.setPlaceholderText(
            self.tr(
                "Type here. What you type is kept as a draft; Ctrl+Enter adds it to the minutes."
            )
        )
        self.text.setTabChangesFocus(True)
        self.rationale = QLineEdit()
        self.rationale.setAccessibleName(self.tr("Rationale of the decision"))
        self.rationale.setPlaceholderText(self.tr("Why: the rationale of this decision"))
        self.dissent_agency = QComboBox()
        self.dissent_agency.setAccessibleName(self.tr("Agency that disagrees"))
        self.dissent_agency.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.dissent_agency.setMinimumContentsLength(14)
        self.add_button = QPushButton(self.tr("Add entry  (Ctrl+Enter)"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setAccessibleName(self.tr("Entry problem"))
        self.saved_hint = QLabel()
        self.saved_hint.setObjectName("hint")
        self.saved_hint.setAccessibleName(self.tr("Save state"))

        top = QHBoxLayout()
        for text, w in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("La&bel:"), self.tlp),
            (self.tr("Agenc&y:"), self.agency),
        ):
            label = QLabel(text)
            label.setBuddy(w)
            top.addWidget(label)
            top.addWidget(w, 1 if w is self.agency else 0)
        # Sharing on a line of its own, so the row fits a 1024-pixel window.
        sharing = QHBoxLayout()
        sharing.addWidget(self.shareable)
        sharing.addWidget(self.shareable_family)
        sharing.addStretch(1)
        sharing.addWidget(self.saved_hint)
        self.rationale_row = QWidget()
        rr = QHBoxLayout(self.rationale_row)
        rr.setContentsMargins(0, 0, 0, 0)
        rl = QLabel(self.tr("&Rationale:"))
        rl.setBuddy(self.rationale)
        rr.addWidget(rl)
        rr.addWidget(self.rationale)
        self.dissent_row = QWidget()
        dr = QHBoxLayout(self.dissent_row)
        dr.setContentsMargins(0, 0, 0, 0)
        dl = QLabel(self.tr("&Disagreeing agency:"))
        dl.setBuddy(self.dissent_agency)
        dr.addWidget(dl)
        dr.addWidget(self.dissent_agency, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(sharing)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.rationale_row)
        layout.addWidget(self.dissent_row)
        layout.addLayout(bottom)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def set_directory(self, directory: casefile.Directory) -> None:
        if self.agency.count() == 0:
            fill_agencies(self.agency, directory)
            fill_agencies(self.dissent_agency, directory)
            for box in (self.agency, self.dissent_agency):
                view = box.view()
                view.setMinimumWidth(view.sizeHintForColumn(0) + 24)

    def _kind_changed(self) -> None:
        kind = EntryKind(self.kind.currentData())
        self.rationale_row.setVisible(kind is EntryKind.DECISION)
        self.dissent_row.setVisible(kind is EntryKind.DISSENT)
        # Dissent usually comes from the agency speaking: offer it, never impose it.
        if kind is EntryKind.DISSENT and self.dissent_agency.currentData() is None:
            select_data(self.dissent_agency, self.agency.currentData())

    def load(self, draft: model.Draft) -> None:
        select_data(self.kind, draft.kind.value)
        select_data(self.tlp, draft.tlp.value)
        select_data(self.agency, draft.source_agency_id)
        self.shareable.setChecked(draft.shareable_with_subject)
        self.shareable_family.setChecked(draft.shareable_with_family)
        self.text.setPlainText(draft.text)
        self.rationale.setText(draft.rationale)
        select_data(self.dissent_agency, draft.dissenting_agency_id)
        self.message.clear()

    def reset(self, section_default: TLP, present: disclosure.Room) -> None:
        """An empty composer: a note from no agency, labelled as the policy proposes."""
        tlp, shareable, for_family = disclosure.new_entry_defaults(section_default, present)
        select_data(self.kind, EntryKind.NOTE.value)
        select_data(self.tlp, tlp.value)
        self.agency.setCurrentIndex(0)  # "(none)": every entry starts unattributed
        self.shareable.setChecked(shareable)
        self.shareable_family.setChecked(for_family)
        self.text.clear()
        self.rationale.clear()
        self.dissent_agency.setCurrentIndex(0)
        self.message.clear()

    def is_empty(self) -> bool:
        return not self.text.toPlainText().strip() and not self.rationale.text().strip()

    def apply(self, draft: model.Draft) -> model.Draft:
        kind = EntryKind(self.kind.currentData())
        return dataclasses.replace(
            draft,
            kind=kind,
            tlp=TLP(self.tlp.currentData()),
            source_agency_id=self.agency.currentData(),
            shareable_with_subject=self.shareable.isChecked(),
            shareable_with_family=self.shareable_family.isChecked(),
            text=self.text.toPlainText(),
            rationale=self.rationale.text() if kind is EntryKind.DECISION else "",
            dissenting_agency_id=self.dissent_agency.currentData()
            if kind is EntryKind.DISSENT
            else None,
        )


class EntryCommand(QUndoCommand):
    """An edit or a deletion of an added entry, undoable (each step audited by the service)."""

    def __init__(
        self,
        editor: EntryEditor,
        before: model.Entry,
        after: model.Entry | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self._before = before
        self._after = after
        self._first = after is not None  # an edit is already written when it is pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self._after is None:
            self._editor.write_entry(None, self._before)
        else:
            self._editor.write_entry(self._after, None)

    def undo(self) -> None:
        self._editor.write_entry(self._before, None)


class EntryEditor(QWidget):
    """This section's entries and the composer, with autosave and undo (see the module)."""

    def __init__(self, host: Any) -> None:
        super().__init__()
        self.host = host  # the AgendaRunner: state, section, room, template, executor
        self.setAccessibleName(_t("Entries"))
        self._draft: model.Draft | None = None  # what the composer holds
        self._last_saved: model.Draft | None = None
        self._saves_in_flight = 0
        self.undo_stack = QUndoStack(self)
        self.model: RecordTableModel[model.Entry] = RecordTableModel(
            [
                Column(_t("Kind"), lambda e: enum_label(e.kind)),
                Column(_t("Label"), lambda e: "TLP:" + e.tlp.value),
                Column(
                    _t("Agency"),
                    lambda e: (
                        self.host.state.directory.agency_name(e.source_agency_id)
                        if self.host.state
                        else ""
                    ),
                ),
                Column(
                    _t("Shared with"),
                    lambda e: " / ".join(
                        w
                        for w, on in (
                            (_t("subject"), e.shareable_with_subject),
                            (_t("family"), e.shareable_with_family),
                        )
                        if on
                    ),
                ),
                Column(
                    _t("Text"),
                    lambda e: e.text.replace("\n", " "),
                    tooltip=lambda e: e.text + (f"\n\n{e.rationale}" if e.rationale else ""),
                ),
            ],
            self,
        )
        self.table = make_table(self.model, _t("Entries of this section"))
        self.table.setSortingEnabled(False)
        self.table.activated.connect(self._edit_entry)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self._delete_entry,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        # Undo and redo of added entries (edits and deletions); in the text box, Ctrl+Z
        # stays the text box's own undo.
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
        ):
            QShortcut(
                QKeySequence(keys),
                self.table,
                slot,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.composer = EntryComposer()
        self.composer.add_button.clicked.connect(self.complete_entry)
        self.composer.text.textChanged.connect(self._typed)
        for box in (
            self.composer.kind,
            self.composer.tlp,
            self.composer.agency,
            self.composer.dissent_agency,
        ):
            box.currentIndexChanged.connect(self._typed)
        self.composer.shareable.toggled.connect(self._typed)
        self.composer.rationale.textChanged.connect(self._typed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.composer, 3)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)

    def pending_saves(self) -> int:
        return self._saves_in_flight

    def _pending_draft(self) -> model.Draft | None:
        """The newest draft of this section that may be on screen now."""
        if self.host.state is None or self.host.section is None:
            return None
        lay = self.host._lay_shown
        drafts = [
            d
            for d in self.host.state.drafts
            if d.section is self.host.section and not d.is_empty and on_screen(d, lay)
        ]
        return drafts[-1] if drafts else None

    def _show_draft(self, draft: model.Draft | None) -> None:
        """Put a draft in the composer, or empty it with the policy's defaults."""
        tmpl = self.host._template()
        self._draft = draft
        self._last_saved = draft
        self._autosave.stop()
        if draft is not None:
            self.composer.load(draft)
            self.composer.saved_hint.setText(_t("Draft"))
        elif tmpl is not None:
            self.composer.reset(tmpl.default_tlp, self.host._lay_shown)
            self.composer.saved_hint.clear()

    def new_entry(self) -> None:
        """Start a fresh entry; what was being written stays a draft of this section."""
        if not self.composer.is_empty():
            self.flush()
            self._show_draft(None)
        self.composer.text.setFocus()

    def _typed(self) -> None:
        # A throttle, not a debounce: steady typing must not postpone the save forever.
        if self._draft is None and self.composer.is_empty():
            return
        self.composer.saved_hint.setText(_t("Saving draft…"))
        if not self._autosave.isActive():
            self._autosave.start()

    def _current_draft(self) -> model.Draft | None:
        """The composer's content as a draft of the current section (None before loading)."""
        if self.host.state is None or self.host.section is None:
            return None
        if self._draft is None:
            if self.composer.is_empty():
                return None
            self._draft = model.Draft(
                conference_id=self.host.conference_id, section=self.host.section
            )
        return self.composer.apply(self._draft)

    def flush(self) -> None:
        """Save the draft now (autosave, section change, lock, quit); an emptied one goes."""
        self._autosave.stop()
        draft = self._current_draft()
        if draft is None or draft == self._last_saved:
            return
        self._last_saved = draft
        self._saves_in_flight += 1
        if draft.is_empty:
            self._draft = None  # the next keystroke starts a new draft
        Op(self, self.host._executor, lambda v: conferences.save_draft(v, draft)).success(
            lambda kept: self._draft_saved(draft, kept)
        ).run()

    def _draft_saved(self, draft: model.Draft, kept: model.Draft | None) -> None:
        # No reload: a draft changes nothing any other panel shows.
        self._saves_in_flight -= 1
        if self._draft is None or self._draft.id == draft.id:
            self.composer.saved_hint.setText(_t("Draft saved") if kept else "")
        if self.host.state is not None:
            others = [d for d in self.host.state.drafts if d.id != draft.id]
            self.host.state = dataclasses.replace(
                self.host.state, drafts=[*others, kept] if kept is not None else others
            )

    def complete_entry(self) -> None:
        """Ctrl+Enter: the draft becomes an entry of the minutes."""
        draft = self._current_draft()
        if draft is None or not draft.text.strip():
            self.composer.message.setText(_t("Write something first."))
            return
        previous = self._entry(draft.entry_id)
        position = sum(1 for e in self._entries() if e.section is draft.section)
        problems = rules.check_entry(conferences.entry_from_draft(draft, position, previous))
        if problems:
            self.composer.message.setText(" ".join(problems.values()))
            focus = {
                "rationale": self.composer.rationale,
                "dissenting_agency_id": self.composer.dissent_agency,
                "source_agency_id": self.composer.agency,
            }
            focus[next(iter(problems))].setFocus()
            return
        self._autosave.stop()
        self._saves_in_flight += 1

        def added(entry: model.Entry) -> None:
            self._saves_in_flight -= 1
            if previous is not None:
                self.undo_stack.push(EntryCommand(self, previous, entry, _t("Edit entry")))

        def refused(error: Any) -> None:
            self._saves_in_flight -= 1
            self.composer.message.setText(error.user_text)

        Op(self, self.host._executor, lambda v: conferences.add_entry(v, draft)).success(
            added
        ).failure(refused).run()
        if self.host.state is not None:
            self.host.state = dataclasses.replace(
                self.host.state, drafts=[d for d in self.host.state.drafts if d.id != draft.id]
            )
        self._show_draft(None)
        self.composer.saved_hint.setText(_t("Added"))
        self.composer.text.setFocus()

    def _entries(self) -> list[model.Entry]:
        return self.host.state.entries if self.host.state else []

    def _entry(self, entry_id: str | None) -> model.Entry | None:
        return next((e for e in self._entries() if e.id == entry_id), None) if entry_id else None

    def _edit_entry(self, index: Any) -> None:
        entry = index.data(RecordRole)
        if entry is None:
            return
        self.flush()
        draft = model.Draft(
            conference_id=entry.conference_id,
            section=entry.section,
            text=entry.text,
            kind=entry.kind,
            tlp=entry.tlp,
            source_agency_id=entry.source_agency_id,
            shareable_with_subject=entry.shareable_with_subject,
            rationale=entry.rationale,
            dissenting_agency_id=entry.dissenting_agency_id,
            entry_id=entry.id,
        )
        self._show_draft(draft)
        self._last_saved = None  # not saved as a draft yet
        self.composer.saved_hint.setText(_t("Editing an added entry"))
        self.composer.text.setFocus()

    def _delete_entry(self) -> None:
        index = self.table.currentIndex()
        entry = index.data(RecordRole) if index.isValid() else None
        if entry is None or not messages.ask_yes_no(self, _t("Delete this entry?")):
            return
        if self._draft is not None and self._draft.entry_id == entry.id:
            self._show_draft(None)
        self.undo_stack.push(EntryCommand(self, entry, None, _t("Delete entry")))

    def write_entry(self, entry: model.Entry | None, remove: model.Entry | None) -> None:
        """Undo-stack path: put ``entry`` back as it was, or delete ``remove``."""
        if entry is not None:
            Op(self, self.host._executor, lambda v: conferences.restore_entry(v, entry)).run()
        elif remove is not None:
            rid = remove.id
            Op(self, self.host._executor, lambda v: conferences.delete_entry(v, rid)).run()

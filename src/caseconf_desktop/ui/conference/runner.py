"""The agenda runner: a conference walked section by section, keyboard first.

What is typed is a *draft* of the section: it reaches the vault within about a second of
the last keystroke (and on every section change), so a crash or power cut loses at most the
last second or two, but it is not an entry until the facilitator adds it (Ctrl+Enter). Only
added entries reach lists, minutes, bundles and search; emptying a draft discards it.

When the subject or family is in the room, the disclosure policy
(:mod:`caseconf_desktop.domain.disclosure`) decides what stays on screen: withheld entries,
the section editors and a draft that may not be seen all leave it (the draft is kept and
comes back when they leave), and new entries start as shareable TLP:GREEN.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import i18n
from caseconf_desktop.domain import disclosure, model
from caseconf_desktop.domain.agenda import SectionTemplate
from caseconf_desktop.domain.changes import Changes
from caseconf_desktop.domain.enums import Section
from caseconf_desktop.services import casefile, conferences
from caseconf_desktop.services.conferences import ClosingSummary, RunnerState
from caseconf_desktop.ui import messages, style
from caseconf_desktop.ui.case_file import (
    RecordTab,
    SaveRecordCommand,
    action_columns,
    fit_to_width,
    make_table,
)
from caseconf_desktop.ui.conference.agenda import AgendaList
from caseconf_desktop.ui.conference.attendance import AttendancePanel
from caseconf_desktop.ui.conference.entries import (
    EntryEditor,
    on_screen,
)
from caseconf_desktop.ui.conference.panels import (
    ClosingPanel,
    QuickActionBar,
    ReviewPanel,
    RiskPanel,
    from_qdate,
)
from caseconf_desktop.ui.conference.projector import ProjectorView
from caseconf_desktop.ui.forms import (
    RecordEditor,
    enum_label,
)
from caseconf_desktop.ui.models.records import Column, RecordTableModel
from caseconf_desktop.ui.tasks import Op, VaultExecutor
from caseconf_desktop.ui.widgets.elided import ElidedLabel

_t = i18n.tr_in("AgendaRunner")


def shortcut_list() -> list[tuple[str, str]]:
    return [
        ("F1", _t("Show this list of shortcuts")),
        ("Ctrl+PgDown / Alt+Right", _t("Next agenda section")),
        ("Ctrl+PgUp / Alt+Left", _t("Previous agenda section")),
        ("Ctrl+1 … Ctrl+9", _t("Go to agenda section 1 … 9")),
        ("Ctrl+N", _t("Write a new entry")),
        ("Ctrl+Enter", _t("Add the entry being written")),
        ("Alt+K / Alt+B / Alt+Y / Alt+H", _t("Entry kind / TLP label / source agency / shareable")),
        ("Ctrl+Shift+A", _t("Add an action (from anywhere)")),
        ("Ctrl+Shift+P", _t("Go to the attendance list")),
        ("Space (attendance list)", _t("Mark the selected person in the room / left")),
        ("Ctrl+E", _t("Go to the entries of this section")),
        ("Enter (entries)", _t("Edit the selected entry")),
        ("Ctrl+Shift+C", _t("Review and close the conference")),
        ("F5", _t("Open or close the room screen (projector)")),
        ("Esc", _t("Leave the action line or the summary")),
    ]


class ShortcutOverlay(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        form = QFormLayout(self)
        for keys, what in shortcut_list():
            key_label = QLabel(f"<b>{keys}</b>")
            form.addRow(key_label, QLabel(what))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        form.addRow("", close)


class SummaryPage(QWidget):
    """The close view: decisions, dissent, new actions, risk change, next date."""

    back = Signal()
    confirm = Signal()
    export_minutes = Signal(str)
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Closing summary"))
        self._conf_id = ""
        self.title = QLabel(self.tr("Closing summary"))
        self.title.setObjectName("pageTitle")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.setAccessibleName(self.tr("Summary of the conference"))
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.back_button = QPushButton(self.tr("Back to the agenda  (Esc)"))
        self.back_button.clicked.connect(self.back)
        # The completeness check: one box per gap, each confirmed by the chair.
        self.gap_box = QWidget()
        self.gap_box.setAccessibleName(self.tr("Missing from the record"))
        self.gap_layout = QVBoxLayout(self.gap_box)
        self.gap_layout.setContentsMargins(0, 0, 0, 8)
        gap_title = QLabel(
            self.tr(
                "Missing from the record: the chair confirms each one (the minutes will say "
                "'not recorded' there)."
            )
        )
        gap_title.setWordWrap(True)
        font = gap_title.font()
        font.setBold(True)
        gap_title.setFont(font)
        self.gap_layout.addWidget(gap_title)
        self.gap_checks: dict[str, QCheckBox] = {}
        self.close_button = QPushButton(self.tr("&Close the conference…"))
        # Never the default button: Enter must not close a conference by accident.
        self.close_button.setAutoDefault(False)
        self.close_button.setDefault(False)
        self.close_button.clicked.connect(self._ask_close)
        self.export_button = QPushButton(self.tr("&Export minutes…"))
        self.export_button.setVisible(False)
        self.export_button.clicked.connect(lambda: self.export_minutes.emit(self._conf_id))
        self.done_button = QPushButton(self.tr("Back to the &case file"))
        self.done_button.setVisible(False)
        self.done_button.clicked.connect(self.done)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.done_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.gap_box)
        layout.addWidget(self.body, 1)
        layout.addLayout(row)
        self._blocked = False

    def acknowledged(self) -> list[str]:
        return [code for code, box in self.gap_checks.items() if box.isChecked()]

    def _update_close(self) -> None:
        confirmed = all(box.isChecked() for box in self.gap_checks.values())
        self.close_button.setEnabled(confirmed and not self._blocked)

    def _ask_close(self) -> None:
        if messages.ask_yes_no(
            self,
            self.tr(
                "Close the conference now? The record can no longer be changed, and the "
                "minutes are made from it."
            ),
        ):
            self.confirm.emit()

    def show_withheld(self) -> None:
        """With the subject or family in the room, the close view shows nothing of the record."""
        self.body.setText(
            "<p>"
            + _html_escape(
                self.tr(
                    "The closing summary is shown when only professionals are in the room. "
                    "Mark the subject and family as having left, then open it again."
                )
            )
            + "</p>"
        )
        self._set_gaps([])
        self._blocked = True
        self._update_close()
        for b in (self.export_button, self.done_button):
            b.setVisible(False)
        self.back_button.setVisible(True)
        self.back_button.setFocus()

    def _set_gaps(self, gaps: list[Any]) -> None:
        for box in self.gap_checks.values():
            box.setParent(None)
            box.deleteLater()
        self.gap_checks = {}
        for gap in gaps:
            box = QCheckBox(self.tr("Confirmed, close without it: {gap}").format(gap=gap.text))
            box.setAccessibleName(gap.text)
            box.toggled.connect(self._update_close)
            self.gap_layout.addWidget(box)
            self.gap_checks[gap.code] = box
        self.gap_box.setVisible(bool(gaps))

    def show_summary(
        self, s: ClosingSummary, directory: casefile.Directory, next_date: Any, closed: bool
    ) -> None:
        self._conf_id = s.conference.id
        esc = _html_escape
        parts: list[str] = []
        self._blocked = bool(s.unrecorded)
        if s.unrecorded and not closed:
            parts.append(
                f"<p style='color:{style.look.scheme.error}'><b>"  # the scheme's red
                + esc(self.tr("Record everyone's attendance before closing:"))
                + "</b> "
                + esc(", ".join(s.unrecorded))
                + "</p>"
            )
        self._set_gaps([] if closed else s.gaps)
        self._update_close()
        parts.append("<h3>" + esc(self.tr("Decisions")) + "</h3>")
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{esc(e.text)}<br><i>{esc(self.tr('Rationale'))}: {esc(e.rationale)}</i></li>"
                for e in s.decisions
            )
            + "</ul>"
            if s.decisions
            else "<p>" + esc(self.tr("No decisions recorded.")) + "</p>"
        )
        if s.dissent:
            parts.append(
                "<h3>"
                + esc(self.tr("Dissent"))
                + "</h3><ul>"
                + "".join(
                    "<li><b>"
                    + esc(
                        directory.agency_name(e.dissenting_agency_id)
                        or directory.agency_name(e.source_agency_id)
                        or self.tr("agency not recorded")
                    )
                    + f"</b>: {esc(e.text)}</li>"
                    for e in s.dissent
                )
                + "</ul>"
            )
        parts.append("<h3>" + esc(self.tr("New actions")) + "</h3>")
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{esc(a.description)} — {esc(directory.person_name(a.owner_person_id))}"
                f" ({esc(directory.agency_name(a.owner_agency_id))}), "
                f"{esc(self.tr('due'))} {a.due}</li>"
                for a in s.new_actions
            )
            + "</ul>"
            if s.new_actions
            else "<p>" + esc(self.tr("No new actions.")) + "</p>"
        )
        parts.append("<h3>" + esc(self.tr("Risk")) + "</h3>")
        if s.risk is not None:
            before = enum_label(s.previous_risk.level) if s.previous_risk else self.tr("none")
            parts.append(
                "<p>"
                + esc(
                    self.tr("{before} → {now} (change: {change})").format(
                        before=before,
                        now=enum_label(s.risk.level),
                        change=enum_label(s.risk.change),
                    )
                )
                + "</p>"
            )
        else:
            parts.append("<p>" + esc(self.tr("Not recorded.")) + "</p>")
        parts.append(
            "<h3>" + esc(self.tr("Next conference")) + "</h3><p>" + esc(str(next_date)) + "</p>"
        )
        if closed:
            parts.insert(0, "<p><b>" + esc(self.tr("The conference is closed.")) + "</b></p>")
        self.body.setText("".join(parts))
        self.close_button.setVisible(not closed)
        self.back_button.setVisible(not closed)
        self.export_button.setVisible(closed)
        self.done_button.setVisible(closed)
        (self.done_button if closed else self.back_button).setFocus()


def _html_escape(text: str) -> str:
    import html

    return html.escape(text)


class AgendaRunner(QWidget):
    """Runs one conference. Emits ``finished`` after close, ``export_minutes`` on request."""

    finished = Signal(str)  # conference id
    export_minutes = Signal(str)
    leave = Signal(str)  # case id: back to the case file

    def __init__(
        self, executor: VaultExecutor, conference_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self.conference_id = conference_id
        self.state: RunnerState | None = None
        self.section: Section | None = None
        self._section_started = time.monotonic()
        self._lay_shown: disclosure.Room = disclosure.NOBODY_LAY  # as last drawn
        self._visited: set[Section] = set()
        self.projector: ProjectorView | None = None
        self._closed = False
        self.setAccessibleName(self.tr("Agenda runner"))

        # -- header
        self.heading = ElidedLabel()  # a long place name must not widen the window
        self.heading.setObjectName("pageTitle")
        self.heading.setAccessibleName(self.tr("Conference"))
        self.privacy_banner = QLabel()
        self.privacy_banner.setObjectName("privacyBanner")
        self.privacy_banner.setWordWrap(True)
        self.privacy_banner.setVisible(False)
        self.privacy_banner.setAccessibleName(self.tr("Privacy notice"))

        # -- agenda list
        self.agenda_model: RecordTableModel[tuple[SectionTemplate, str]] = RecordTableModel(
            [
                Column(
                    self.tr("Agenda"),
                    lambda row: f"{row[1]}  {row[0].title}",
                    tooltip=lambda row: self.tr("{state}; {m} minutes").format(
                        state={
                            "▶": self.tr("Now"),
                            "✓": self.tr("Visited"),
                            "–": self.tr("Skipped"),
                        }.get(row[1], self.tr("To come")),
                        m=row[0].time_box_minutes,
                    ),
                )
            ],
            self,
        )
        self.agenda = AgendaList()  # whole titles, wrapped: never "Review o…"
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Agenda sections"))
        self.agenda.activated.connect(lambda i: self.goto(self._sections()[i.row()].section))
        self.agenda.clicked.connect(lambda i: self.goto(self._sections()[i.row()].section))

        # -- section header
        self.section_title = QLabel()
        self.section_title.setObjectName("sectionTitle")
        self.section_title.setAccessibleName(self.tr("Current section"))
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.clock.setAccessibleName(self.tr("Time in this section"))
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.prompts.setObjectName("prompts")
        self.prompts.setAccessibleName(self.tr("Guidance prompts"))

        # -- section-specific editors
        self.review = ReviewPanel()
        self.review.reviewed.connect(self._review_action)
        self.risk = RiskPanel()
        self.risk.changed.connect(self._save_risk)
        self.closing = ClosingPanel()
        self.closing.review_requested.connect(self.show_summary)
        self.needs_tab = self._record_tab("needs")
        self.family_tab = self._record_tab("family")
        self.interventions_tab = self._record_tab("interventions")
        self.actions_model: RecordTableModel[model.Action] = RecordTableModel(
            action_columns(lambda: self.state.directory if self.state else None),
            self,
        )
        self.actions_table = make_table(
            self.actions_model, self.tr("Actions agreed in this conference")
        )
        self.hidden_note = QLabel(self.tr("Hidden while the subject or family is in the room."))
        self.hidden_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_note.setObjectName("hiddenNote")
        self.editors = QStackedWidget()
        self.editors.setAccessibleName(self.tr("Section editor"))
        self._editor_pages: dict[str, QWidget] = {}
        for key, widget in (
            ("none", QWidget()),
            ("review", self.review),
            ("risk", self.risk),
            ("needs", self.needs_tab),
            ("family", self.family_tab),
            ("interventions", self.interventions_tab),
            ("actions", self.actions_table),
            ("closing", self.closing),
            ("hidden", self.hidden_note),
        ):
            self._editor_pages[key] = widget
            self.editors.addWidget(widget)
        # Only the page shown sets the editor's size: the review table's width must not
        # make the risk assessment scroll sideways (hidden pages' hints are ignored).
        self.editors.currentChanged.connect(self._size_by_current_editor)
        self._size_by_current_editor()

        # -- entries of this section: the list, the composer, autosave and undo
        self.entry_editor = EntryEditor(self)
        self.entries_model = self.entry_editor.model
        self.entries_table = self.entry_editor.table
        self.composer = self.entry_editor.composer
        self.undo_stack = self.entry_editor.undo_stack

        self.quick_action = QuickActionBar()
        self.quick_action.submitted.connect(self._add_action)
        self.quick_action.dismissed.connect(self._dismiss_quick_action)

        self.attendance = AttendancePanel()
        self.attendance.status_changed.connect(self._set_status)
        self.attendance.room_changed.connect(self._set_room)

        # -- layout
        centre = QWidget()
        cl = QVBoxLayout(centre)
        head = QHBoxLayout()
        head.addWidget(self.section_title, 1)
        head.addWidget(self.clock)
        cl.addLayout(head)
        cl.addWidget(self.prompts)
        split = QSplitter(Qt.Orientation.Vertical)
        # In a scroll area: on a small screen the section editor scrolls instead of forcing
        # the window wider or taller than the screen.
        editor_area = QScrollArea()
        editor_area.setWidgetResizable(True)
        editor_area.setFrameShape(QFrame.Shape.NoFrame)
        editor_area.setWidget(self.editors)
        self.editor_area = editor_area
        # Too narrow for the risk assessment beside the previous one: one above the other,
        # so the editor scrolls down, never sideways.
        editor_area.viewport().installEventFilter(self)
        editor_area.setMinimumWidth(self._risk_boxes_width(stacked=True))
        split.addWidget(editor_area)
        split.addWidget(self.entry_editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 600])  # two fifths for the section editor, whatever its hints
        cl.addWidget(split, 1)
        cl.addWidget(self.quick_action)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.agenda)
        body.addWidget(centre)
        body.addWidget(self.attendance)
        # On a small screen the agenda gives up width too (its long titles wrap) so that the
        # attendance list keeps room for names.
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 4)
        body.setStretchFactor(2, 2)
        body.setSizes([200, 760, 380])

        run_page = QWidget()
        rl = QVBoxLayout(run_page)
        rl.setContentsMargins(0, 0, 0, 0)
        self.heading.setContentsMargins(6, 0, 6, 0)  # clear of the sidebar's edge
        rl.addWidget(self.heading)
        rl.addWidget(self.privacy_banner)
        rl.addWidget(body, 1)
        self.summary = SummaryPage()
        self.summary.back.connect(self.show_agenda)
        self.summary.confirm.connect(self.close_conference)
        self.summary.export_minutes.connect(self.export_minutes)
        self.summary.done.connect(lambda: self.leave.emit(self.state.case.id if self.state else ""))
        self.pages = QStackedWidget()
        self.pages.addWidget(run_page)
        self.pages.addWidget(self.summary)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        # -- timers and shortcuts
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start()
        self._shortcuts()
        executor.changed.connect(self._changed)

        Op(
            self,
            executor,
            lambda v: (
                conferences.start(v, conference_id),
                conferences.runner_state(v, conference_id),
            )[1],
            label=self.tr("Opening the conference"),
        ).success(self._first_state).run()

    def _size_by_current_editor(self, *_args: Any) -> None:
        current = self.editors.currentWidget()
        for i in range(self.editors.count()):
            page = self.editors.widget(i)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.editors.updateGeometry()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.editor_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_risk_panel(event.size().width())
        return super().eventFilter(watched, event)

    def _risk_boxes_width(self, stacked: bool) -> int:
        """The width the risk assessment needs, its two halves one above the other (with room
        for the editor's scroll bar) or side by side."""
        layout = self.risk.layout()
        items = [layout.itemAt(i) for i in range(layout.count())] if layout else []
        widths = [w.minimumSizeHint().width() for i in items if i and (w := i.widget())]
        if stacked:
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
            return max(widths, default=0) + bar + 2
        spacing = layout.spacing() if layout else 0
        return sum(widths) + spacing * (len(widths) - 1)

    def _fit_risk_panel(self, width: int) -> None:
        """Side by side when both fit in ``width``, else one above the other."""
        layout = self.risk.layout()
        if not isinstance(layout, QBoxLayout):
            return
        fits = self._risk_boxes_width(stacked=False) <= width
        direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if layout.direction() != direction:
            layout.setDirection(direction)

    # -- shortcuts ------------------------------------------------------------------------

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def add(keys: QKeySequence | str, fn: Callable[[], Any]) -> None:
            sc = QShortcut(QKeySequence(keys), self, fn, context=ctx)
            sc.setAutoRepeat(False)

        add("Ctrl+PgDown", self.next_section)
        add("Alt+Right", self.next_section)
        add("Ctrl+PgUp", self.previous_section)
        add("Alt+Left", self.previous_section)
        for n in range(1, 10):
            add(f"Ctrl+{n}", functools.partial(self.goto_index, n - 1))
        add("Ctrl+Return", self.complete_entry)
        add("Ctrl+Enter", self.complete_entry)
        add("Ctrl+N", self.new_entry)
        add("Ctrl+Shift+A", self.show_quick_action)
        add("Ctrl+Shift+P", self.attendance.table.setFocus)
        add("Ctrl+E", self.entries_table.setFocus)
        add("Ctrl+Shift+C", self.show_summary)
        add("F1", self.show_shortcuts)
        add("F5", self.toggle_projector)
        add("Escape", self._escape)

    def show_shortcuts(self) -> None:
        self.overlay = ShortcutOverlay(self)
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.overlay.open()

    def _escape(self) -> None:
        if self.pages.currentWidget() is self.summary and not self._closed:
            self.show_agenda()
        elif self.quick_action.isVisible() and self.section is not Section.ACTIONS:
            self._dismiss_quick_action()

    # -- state ----------------------------------------------------------------------------

    def _sections(self) -> tuple[SectionTemplate, ...]:
        return self.state.template.sections if self.state else ()

    def _first_state(self, state: RunnerState) -> None:
        self.composer.set_directory(state.directory)
        self._apply(state)
        self.goto(
            state.conference.current_section or state.template.sections[0].section, save=False
        )

    def refresh(self) -> None:
        """Read everything again (after an unlock; a write refreshes only what it changed)."""
        Op(self, self._executor, lambda v: conferences.runner_state(v, self.conference_id)).success(
            self._apply
        ).run()

    def _changed(self, changes: Changes) -> None:
        """A write anywhere in the app: read again only the parts of the runner it touched."""
        state = self.state
        if state is None or (not changes.all and changes.tables <= {"drafts"}):
            return  # its own autosave: the composer already shows the draft
        conf, case = state.conference, state.case
        if not (
            changes.touches_conference(conf.id)
            or changes.touches_case(case.id)
            or changes.touches("agencies", "people")
        ):
            return

        def arrived(parts: dict[str, Any]) -> None:
            if parts and self.state is not None:
                self._apply(dataclasses.replace(self.state, **parts))

        def work(v: Any) -> dict[str, Any]:
            return conferences.runner_parts(v, conf, case, changes)

        Op(self, self._executor, work).success(arrived).run()

    def _apply(self, state: RunnerState) -> None:
        self.state = state
        c = state.case
        conf = state.conference
        self.heading.setText(
            self.tr("{ref} — conference of {date}, {place}").format(
                ref=c.reference,
                date=conf.scheduled_for.strftime("%Y-%m-%d %H:%M"),
                place=conf.place or "—",
            )
        )
        self.review.set_state(state)
        self.risk.set_state(state)
        self.closing.set_state(state)
        self.quick_action.set_state(state)
        self.attendance.set_state(state)
        self.needs_tab.set_records(state.needs)
        self.family_tab.set_records(state.family)
        self.interventions_tab.set_records(state.interventions)
        lay = state.room
        self.actions_model.set_records(
            [a for a in state.new_actions if disclosure.action_on_screen(a.for_subject, lay)]
        )
        fit_to_width(self.actions_table, {0, 2})  # descriptions and agencies wrap, whole
        if lay != self._lay_shown:
            self._room_changed(lay)
        self._render_agenda()
        self._render_section()

    def _room_changed(self, lay: disclosure.Room) -> None:
        """The subject or family came in or left: the composer follows the policy at once."""
        self._lay_shown = lay
        if lay:
            draft = self._current_draft()
            if draft is not None and not on_screen(draft, lay):
                # Kept in the vault (and in memory until saved); back when they leave.
                self.flush()
                self._show_draft(None)
            elif draft is None or draft.is_empty:
                self._show_draft(None)  # new entries start shareable and GREEN
        elif self.composer.is_empty():
            self._show_draft(self._pending_draft())

    def _template(self) -> SectionTemplate | None:
        if self.state is None or self.section is None:
            return None
        return self.state.template.section(self.section)

    def visited_sections(self) -> set[Section]:
        """Sections opened in this conference: this session's, and any that hold entries."""
        with_entries = {e.section for e in self.state.entries} if self.state else set()
        return self._visited | with_entries

    def section_marks(self) -> list[tuple[SectionTemplate, str]]:
        """The agenda as it really went: current, visited, skipped (jumped over) or to come."""
        order = [s.section for s in self._sections()]
        visited = self.visited_sections()
        furthest = max((order.index(s) for s in visited if s in order), default=-1)
        rows = []
        for i, s in enumerate(self._sections()):
            if s.section is self.section:
                mark = "▶"
            elif s.section in visited:
                mark = "✓"
            elif i < furthest:
                mark = "–"  # skipped: a later section was opened, this one never was
            else:
                mark = "○"
            rows.append((s, mark))
        return rows

    def skipped_sections(self) -> list[SectionTemplate]:
        return [s for s, mark in self.section_marks() if mark == "–"]

    def _render_agenda(self) -> None:
        rows = self.section_marks()
        self.agenda_model.set_records(rows)
        order = [s.section for s in self._sections()]
        if self.section in order:
            self.agenda.setCurrentIndex(self.agenda_model.index(order.index(self.section), 0))

    def _render_section(self) -> None:
        state, tmpl = self.state, self._template()
        if state is None or tmpl is None or self.section is None:
            return
        lay = state.room
        entries = [e for e in state.entries if e.section is self.section]
        shown = [e for e in entries if on_screen(e, lay)]
        self.entries_model.set_records(shown)
        fit_to_width(self.entries_table, {2, 4})  # whole entries: agency and text wrap
        hidden_entries = len(entries) - len(shown)
        if lay:
            who = sorted(
                {
                    enum_label(a.role)
                    for a in state.attendance
                    if a.in_room and disclosure.is_lay(a.role)
                }
            )
            self.privacy_banner.setText(
                self.tr(
                    "{who} in the room: only content labelled TLP:CLEAR or TLP:GREEN and shared "
                    "with them is on screen. Hidden in this section: {n}. New entries are shared "
                    "with them and TLP:GREEN."
                ).format(who=" / ".join(who), n=hidden_entries)
            )
        self.privacy_banner.setVisible(bool(lay))
        self.section_title.setText(tmpl.title)
        who_may = []
        if tmpl.subject_may_attend:
            who_may.append(self.tr("the subject"))
        if tmpl.family_may_attend:
            who_may.append(self.tr("family"))
        room = (
            self.tr("Open to: professionals, {who}.").format(who=", ".join(who_may))
            if who_may
            else self.tr("Professionals only.")
        )
        self.prompts.setText("\n".join(f"• {p}" for p in tmpl.prompts) + "\n" + room)
        page = {
            Section.REVIEW: "review",
            Section.RISK: "risk",
            Section.NEEDS: "needs",
            Section.FAMILY: "family",
            Section.INTERVENTIONS: "interventions",
            Section.ACTIONS: "actions",
            Section.CLOSING: "closing",
        }.get(self.section, "none")
        if page not in ("none", "actions") and not disclosure.records_on_screen(lay):
            page = "hidden"
        self.editors.setCurrentWidget(self._editor_pages[page])
        self.editor_area.setVisible(page != "none")
        self.quick_action.setVisible(
            self.section is Section.ACTIONS or self.quick_action.property("summoned") is True
        )
        self._update_clock()
        self._render_projector()

    def toggle_projector(self) -> None:
        """F5: the room's screen opens (or closes); it follows the runner from then on."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            self.projector = ProjectorView(self)
        self.projector.show()
        self._render_projector()

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()

    def _render_projector(self) -> None:
        if self.projector is None or not self.projector.isVisible() or self.state is None:
            return
        self.projector.show_state(self.state, self.section, self.section_marks(), self.clock.text())

    def _update_clock(self) -> None:
        tmpl = self._template()
        if tmpl is None:
            return
        elapsed = int(time.monotonic() - self._section_started)
        box = tmpl.time_box_minutes * 60
        text = f"{elapsed // 60:02d}:{elapsed % 60:02d} / {box // 60:02d}:00"
        self.clock.setText(text)
        if self.projector is not None and self.projector.isVisible():
            self.projector.clock.setText(text)
        self.clock.setProperty("over", elapsed > box)
        self.clock.style().unpolish(self.clock)
        self.clock.style().polish(self.clock)

    # -- navigation -----------------------------------------------------------------------

    def goto_index(self, i: int) -> None:
        sections = self._sections()
        if 0 <= i < len(sections):
            self.goto(sections[i].section)

    def next_section(self) -> None:
        if self.state is None:
            return
        nxt = self.state.template.next_section(self.section)
        if nxt is None:
            self.show_summary()
        else:
            self.goto(nxt)

    def previous_section(self) -> None:
        order = [s.section for s in self._sections()]
        if self.section in order and order.index(self.section) > 0:
            self.goto(order[order.index(self.section) - 1])

    def goto(self, section: Section, save: bool = True) -> None:
        if self.state is None:
            return
        if save:
            self.flush()
            self.risk.flush()
        if section is not self.section:
            self._section_started = time.monotonic()
        self.section = section
        self._visited.add(section)
        self._lay_shown = self.state.room
        self._show_draft(self._pending_draft())
        conf_id = self.conference_id

        def work(v: Any) -> None:
            conferences.goto_section(v, conf_id, section)
            conferences.enter_section_with_lay_people(v, conf_id, section)

        Op(self, self._executor, work).run()  # what it changes comes back through _changed
        self.pages.setCurrentIndex(0)
        self._render_agenda()
        self._render_section()
        self._focus_section()

    def _focus_section(self) -> None:
        """Each section starts where its work is: the review list, the risk level, …"""
        lay = self.state is not None and self.state.lay_in_room
        target: QWidget = self.composer.text
        if self.section is Section.REVIEW and not lay:
            target = self.review.table
        elif self.section is Section.RISK and not lay:
            target = self.risk.level
        elif self.section is Section.ACTIONS:
            target = self.quick_action.description
        elif self.section is Section.CLOSING:
            target = self.closing.next_date
        target.setFocus()

    # -- drafts, entries and autosave ------------------------------------------------------

    # -- entry editing (ui/conference/entries.py) -------------------------------------

    def new_entry(self) -> None:
        self.entry_editor.new_entry()

    def flush(self) -> None:
        """Save the draft now (section change, lock, quit); an emptied one goes."""
        self.entry_editor.flush()

    def complete_entry(self) -> None:
        self.entry_editor.complete_entry()

    def _current_draft(self) -> model.Draft | None:
        return self.entry_editor._current_draft()

    def _pending_draft(self) -> model.Draft | None:
        return self.entry_editor._pending_draft()

    def _show_draft(self, draft: model.Draft | None) -> None:
        self.entry_editor._show_draft(draft)

    def _entries(self) -> list[model.Entry]:
        return self.state.entries if self.state else []

    def _edit_entry(self, index: Any) -> None:
        self.entry_editor._edit_entry(index)

    def _delete_entry(self) -> None:
        self.entry_editor._delete_entry()

    def write_entry(self, entry: model.Entry | None, remove: model.Entry | None) -> None:
        self.entry_editor.write_entry(entry, remove)

    # -- other editors ----------------------------------------------------------------------

    def _record_tab(self, kind: str) -> RecordTab:
        def new() -> Any:
            from caseconf_desktop.domain.enums import InterventionKind, NeedDomain

            assert self.state is not None
            cid = self.state.case.id
            return {
                "needs": lambda: model.Need(case_id=cid, domain=NeedDomain.HOUSING),
                "family": lambda: model.FamilyMember(case_id=cid, name=""),
                "interventions": lambda: model.Intervention(
                    case_id=cid, kind=InterventionKind.MENTORING
                ),
            }[kind]()

        d = self._directory
        columns: dict[str, list[Column[Any]]] = {
            "needs": [
                Column(_t("Domain"), lambda n: n.domain),
                Column(_t("Level"), lambda n: n.level),
                Column(_t("Owner agency"), lambda n: d().agency_name(n.owner_agency_id)),
                Column(_t("Status"), lambda n: n.status),
                Column(_t("Notes"), lambda n: n.notes),
            ],
            "family": [
                Column(_t("Name"), lambda f: f.name),
                Column(_t("Relationship"), lambda f: f.relationship),
                Column(_t("Child"), lambda f: f.is_minor),
                Column(_t("Involvement"), lambda f: f.involvement),
                Column(_t("Support offered"), lambda f: f.support_offered),
                Column(_t("Safeguarding"), lambda f: f.safeguarding_notes),
            ],
            "interventions": [
                Column(_t("Intervention"), lambda i: i.kind),
                Column(
                    _t("Provider"), lambda i: d().agency_name(i.provider_agency_id) or i.provider
                ),
                Column(_t("Status"), lambda i: i.status),
                Column(_t("Engagement"), lambda i: i.engagement),
            ],
        }
        nouns = {
            "needs": _t("need"),
            "family": _t("family member"),
            "interventions": _t("intervention"),
        }
        return RecordTab(self, kind, columns[kind], new, nouns[kind])

    def _directory(self) -> casefile.Directory:
        return self.state.directory if self.state else casefile.Directory({}, {})

    # RecordTab host interface (same as the case file's).
    def edit_record(self, old: Any, record: Any, title: str) -> None:
        if self.state is None:
            return
        dialog = RecordEditor(record, self.state.directory, title, self)
        dialog.accepted_record.connect(
            lambda new: self.push(SaveRecordCommand(self, old, new, title))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.open()

    def push(self, command: Any) -> None:
        command.redo()

    def run_write(self, fn: Callable[[Any], Any]) -> None:
        Op(self, self._executor, fn, label=self.tr("Saving")).run()

    def _save_risk(self, risk: model.RiskAssessment) -> None:
        self.run_write(lambda v: casefile.save_record(v, risk))

    def _review_action(self, action_id: str, status: Any, reason: Any, note: str, due: Any) -> None:
        conf_id = self.conference_id
        Op(
            self,
            self._executor,
            lambda v: conferences.review_action(
                v, action_id, conf_id, status, reason=reason, note=note, carry_forward_due=due
            ),
        ).run()

    def show_quick_action(self) -> None:
        self.quick_action.setProperty("summoned", True)
        self.quick_action.setVisible(True)
        self.quick_action.description.setFocus()

    def _dismiss_quick_action(self) -> None:
        self.quick_action.setProperty("summoned", False)
        self.quick_action.setVisible(self.section is Section.ACTIONS)
        self.composer.text.setFocus()

    def _add_action(self, action: model.Action) -> None:
        self.run_write(lambda v: casefile.save_record(v, action))

    def _set_status(self, attendance_id: str, status: Any) -> None:
        self.run_write(lambda v: conferences.set_attendance_status(v, attendance_id, status))

    def _set_room(self, attendance_id: str, in_room: bool) -> None:
        self.flush()
        self.run_write(lambda v: conferences.set_in_room(v, attendance_id, in_room))

    # -- closing --------------------------------------------------------------------------

    def show_summary(self) -> None:
        self.flush()
        self.risk.flush()
        if self.state is not None and self.state.lay_in_room and not self._closed:
            self.summary.show_withheld()
            self.pages.setCurrentWidget(self.summary)
            return
        conf_id = self.conference_id
        next_date = from_qdate(self.closing.next_date.date())
        Op(
            self,
            self._executor,
            lambda v: conferences.closing_summary(v, conf_id, next_date),
        ).success(self._show_summary).run()

    def _show_summary(self, summary: ClosingSummary) -> None:
        if self.state is None:
            return
        if not self._closed:
            # Sections jumped over are part of what the chair confirms before closing.
            skipped = [
                conferences.Gap(
                    f"skipped:{t.section.value}",
                    self.tr("The section “{title}” was skipped.").format(title=t.title),
                )
                for t in self.skipped_sections()
            ]
            summary = dataclasses.replace(summary, gaps=[*skipped, *summary.gaps])
        self.summary.show_summary(
            summary, self.state.directory, from_qdate(self.closing.next_date.date()), self._closed
        )
        self.pages.setCurrentWidget(self.summary)

    def show_agenda(self) -> None:
        self.pages.setCurrentIndex(0)
        self.composer.text.setFocus()

    def close_conference(self) -> None:
        conf_id = self.conference_id
        next_date = from_qdate(self.closing.next_date.date())
        text = self.closing.summary.toPlainText().strip()

        acknowledged = self.summary.acknowledged()

        def work(v: Any) -> ClosingSummary:
            conferences.close(
                v, conf_id, next_conference_date=next_date, summary=text, acknowledged=acknowledged
            )
            return conferences.closing_summary(v, conf_id)

        Op(self, self._executor, work, label=self.tr("Closing")).success(self._after_close).run()

    def _after_close(self, summary: ClosingSummary) -> None:
        self._closed = True
        self._tick.stop()
        self._show_summary(summary)
        self.finished.emit(self.conference_id)

    def pending_saves(self) -> int:
        return self.entry_editor.pending_saves()

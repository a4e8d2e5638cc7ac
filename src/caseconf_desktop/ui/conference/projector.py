"""The projector view: a second window for the room's screen, in large type.

It shows the agenda (as it really went), the current section's prompts, the time box, the
entries added in this section and the actions agreed so far — only what the disclosure
policy lets everyone in the room *now* read, and never a draft: it reads the runner's
state (what is recorded), never its composer. What everyone sees is what gets minuted.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from caseconf_desktop.domain import disclosure, model
from caseconf_desktop.domain.agenda import SectionTemplate
from caseconf_desktop.domain.enums import EntryKind, Section
from caseconf_desktop.services.conferences import RunnerState


def _labelled(e: model.Entry) -> disclosure.Labelled:
    return disclosure.Labelled(e.tlp, e.shareable_with_subject, e.kind, e.shareable_with_family)


class ProjectorView(QWidget):
    """A top-level window the facilitator drags to the projector (F5 opens and closes it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("CaseConf: room screen"))
        self.setAccessibleName(self.tr("Room screen"))
        self.setObjectName("projector")
        self.setStyleSheet(
            "#projector { background: #ffffff; }"
            "QLabel { color: #111111; font-size: 22pt; }"
            "QLabel#projectorTitle { font-size: 34pt; font-weight: bold; }"
            "QLabel#projectorClock { font-size: 30pt; font-family: monospace; }"
            "QLabel#projectorAgenda { font-size: 18pt; color: #333333; }"
            "QLabel#projectorNote { font-size: 16pt; color: #8a4b00; }"
        )
        self.agenda = QLabel()
        self.agenda.setObjectName("projectorAgenda")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel()
        self.title.setObjectName("projectorTitle")
        self.title.setAccessibleName(self.tr("Current section"))
        self.title.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("projectorClock")
        self.clock.setAccessibleName(self.tr("Time in this section"))
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.prompts.setAccessibleName(self.tr("Guidance prompts"))
        self.recorded = QLabel()
        self.recorded.setWordWrap(True)
        self.recorded.setTextFormat(Qt.TextFormat.RichText)
        self.recorded.setAccessibleName(self.tr("Recorded in this section"))
        self.agreed = QLabel()
        self.agreed.setWordWrap(True)
        self.agreed.setTextFormat(Qt.TextFormat.RichText)
        self.agreed.setAccessibleName(self.tr("Actions agreed so far"))
        self.note = QLabel()
        self.note.setObjectName("projectorNote")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Who may see this screen"))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.clock)
        main = QVBoxLayout()
        main.addLayout(head)
        main.addWidget(self.prompts)
        main.addWidget(self.recorded)
        main.addWidget(self.agreed)
        main.addStretch(1)
        main.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.agenda)
        layout.addSpacing(32)
        layout.addLayout(main, 1)
        self.resize(1280, 720)

    def show_state(
        self,
        state: RunnerState,
        section: Section | None,
        marks: list[tuple[SectionTemplate, str]],
        clock: str,
    ) -> None:
        """Draw what is recorded, filtered by who is in the room now."""
        room = state.room
        self.agenda.setText("\n".join(f"{mark}  {t.title}" for t, mark in marks))
        tmpl = state.template.section(section) if section is not None else None
        self.title.setText(tmpl.title if tmpl else "")
        self.prompts.setText("\n".join(f"• {p}" for p in tmpl.prompts) if tmpl else "")
        self.clock.setText(clock)
        shown = [
            e
            for e in state.entries
            if e.section is section and disclosure.on_screen(_labelled(e), room)
        ]
        self.recorded.setText("".join(f"<p>{html.escape(self._entry_text(e))}</p>" for e in shown))
        agreed = [a for a in state.new_actions if disclosure.action_on_screen(a.for_subject, room)]
        if agreed:
            items = "".join(
                "<li>"
                + html.escape(a.description)
                + (
                    " — " + html.escape(state.directory.agency_name(a.owner_agency_id))
                    if a.owner_agency_id
                    else ""
                )
                + (" · " + html.escape(a.due.isoformat()) if a.due else "")
                + "</li>"
                for a in agreed
            )
            self.agreed.setText(
                "<b>" + html.escape(self.tr("Actions agreed so far")) + f"</b><ul>{items}</ul>"
            )
        else:
            self.agreed.setText("")
        self.note.setText(
            self.tr(
                "The subject or family is in the room: this screen shows only what is shared "
                "with them."
            )
            if room
            else self.tr("Professionals only in the room.")
        )

    def _entry_text(self, e: model.Entry) -> str:
        if e.kind is EntryKind.DECISION:
            return self.tr("Decision: {text}").format(text=e.text)
        return e.text

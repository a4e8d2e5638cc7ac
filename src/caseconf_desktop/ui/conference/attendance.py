"""Attendance panel: recorded as present / apologies / absent, and who is in the room now."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import i18n
from caseconf_desktop.domain import disclosure, model
from caseconf_desktop.domain.enums import AttendanceStatus
from caseconf_desktop.services.casefile import Directory
from caseconf_desktop.services.conferences import RunnerState
from caseconf_desktop.ui import style
from caseconf_desktop.ui.case_file import make_table, selected_record
from caseconf_desktop.ui.forms import enum_label
from caseconf_desktop.ui.models.records import Column, RecordTableModel

_t = i18n.tr_in("Attendance")


_STATUS_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_G: AttendanceStatus.APOLOGIES,
    Qt.Key.Key_T: AttendanceStatus.ABSENT,
}


class AttendancePanel(QWidget):
    status_changed = Signal(str, object)  # attendance id, AttendanceStatus
    room_changed = Signal(str, bool)  # attendance id, in room

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Attendance"))
        self._state: RunnerState | None = None
        d = self._directory
        self.model: RecordTableModel[model.Attendance] = RecordTableModel(
            [
                # Name over role in one cell, so the list fits a narrow laptop window
                # without scrolling sideways; long names wrap, never cut.
                Column(
                    _t("Who"),
                    lambda a: f"{a.name or d().person_name(a.person_id)}\n{enum_label(a.role)}",
                    tooltip=lambda a: d().agency_name(a.agency_id),
                ),
                Column(
                    _t("Status"),
                    lambda a: enum_label(a.status),
                    foreground=lambda a: None if a.status.is_recorded else style.colour("error"),
                    tooltip=lambda a: (
                        ""
                        if a.status.is_recorded
                        else _t("Not recorded yet: press P (present), G (apologies) or T (absent).")
                    ),
                ),
                Column(
                    _t("Room"),
                    lambda a: "●" if a.in_room else "",
                    foreground=lambda a: (
                        style.colour("caution") if a.in_room and disclosure.is_lay(a.role) else None
                    ),
                    tooltip=lambda a: _t("In the room now") if a.in_room else "",
                ),
            ],
            self,
        )
        self.table = make_table(self.model, self.tr("Attendance list"))
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Status as wide as its longest word ("Not recorded" takes two lines), room a dot.
        fm = self.table.fontMetrics()
        words = [w for s in AttendanceStatus for w in enum_label(s).split()]
        words.append(str(self.model.headerData(1, Qt.Orientation.Horizontal)))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, max(fm.horizontalAdvance(w) for w in words) + 16)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(200)
        self.table.model().sort(-1)  # invitation order: chair, minute-taker, facilitator, …
        title = QLabel(self.tr("Attendance"))
        title.setObjectName("panelTitle")
        present = QPushButton(self.tr("&Present"))
        present.clicked.connect(lambda: self._set(AttendanceStatus.PRESENT))
        apologies = QPushButton(self.tr("Apolo&gies"))
        apologies.clicked.connect(lambda: self._set(AttendanceStatus.APOLOGIES))
        absent = QPushButton(self.tr("Absen&t"))
        absent.clicked.connect(lambda: self._set(AttendanceStatus.ABSENT))
        room = QPushButton(self.tr("In room / left  (Space)"))
        room.setAccessibleName(self.tr("Toggle in the room now"))
        room.clicked.connect(self.toggle_room)
        self.table.installEventFilter(self)
        row = QHBoxLayout()
        for b in (present, apologies, absent):
            # As narrow as their words (not the style's 80-pixel minimum), so the list
            # leaves the width to the meeting on a small screen.
            text_width = b.fontMetrics().horizontalAdvance(b.text().replace("&", ""))
            b.setMinimumWidth(text_width + 2 * b.fontMetrics().averageCharWidth() + 6)
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(room)

    def _directory(self) -> Directory:
        return self._state.directory if self._state else Directory({}, {})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # In the list: Space marks the selected person as in the room or gone; P, G and T
        # record present, apologies and absent and move to the next person.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if event.key() == Qt.Key.Key_Space:
                self.toggle_room()
                return True
            status = _STATUS_KEYS.get(Qt.Key(event.key()))
            if status is not None:
                self._set(status)
                row = self.table.currentIndex().row()
                if row + 1 < self.model.rowCount():
                    self.table.selectRow(row + 1)
                return True
        return super().eventFilter(watched, event)

    def set_state(self, state: RunnerState) -> None:
        self._state = state
        row = self.table.currentIndex().row()
        self.model.set_records(state.attendance)
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def _set(self, status: AttendanceStatus) -> None:
        att = selected_record(self.table)
        if att is not None:
            self.status_changed.emit(att.id, status)

    def toggle_room(self) -> None:
        att = selected_record(self.table)
        if att is not None:
            self.room_changed.emit(att.id, not att.in_room)

"""Section editors of the agenda runner: review, risk, case records, closing."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import i18n
from caseconf_desktop.domain import model, plausibility
from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    ChangeDirection,
    NotDoneReason,
    RiskLevel,
)
from caseconf_desktop.services.conferences import RunnerState
from caseconf_desktop.ui import style
from caseconf_desktop.ui.case_file import action_columns, make_table, selected_record
from caseconf_desktop.ui.forms import DateEdit, enum_label, fill_enum, fill_people, select_data
from caseconf_desktop.ui.models.records import RecordTableModel

RISK_DOMAINS = i18n.RISK_DOMAINS
RATINGS = i18n.RATINGS


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReviewPanel(QWidget):
    """Previous actions: done, or not done with the reason; carried forward or closed."""

    reviewed = Signal(str, object, object, str, object)  # id, status, reason, note, carry due

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: RunnerState | None = None
        self.model: RecordTableModel[model.Action] = RecordTableModel(
            action_columns(lambda: self._state.directory if self._state else None),
            self,
        )
        self.table = make_table(self.model, self.tr("Previous actions to review"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Review note"))
        self.note.setPlaceholderText(self.tr("Note on this action (optional)"))
        self.carry = QCheckBox(self.tr("Carry forward, due"))
        self.carry_due = DateEdit(to_qdate(date.today() + timedelta(weeks=6)))
        self.carry_due.setCalendarPopup(True)
        self.carry_due.setDisplayFormat("yyyy-MM-dd")
        self.carry_due.setAccessibleName(self.tr("New due date"))
        self.carry_due_warning = past_date_warning(
            self.carry_due, self.tr("Check the new due date")
        )
        done = QPushButton(self.tr("D&one"))
        done.clicked.connect(lambda: self._review(ActionStatus.DONE, None))
        circ = QPushButton(self.tr("Not done: &circumstances changed"))
        circ.clicked.connect(
            lambda: self._review(ActionStatus.NOT_DONE, NotDoneReason.CHANGE_OF_CIRCUMSTANCES)
        )
        did_not = QPushButton(self.tr("Not done: agency did &not act"))
        did_not.clicked.connect(
            lambda: self._review(ActionStatus.NOT_DONE, NotDoneReason.AGENCY_DID_NOT_ACT)
        )
        close = QPushButton(self.tr("C&lose without review"))
        close.clicked.connect(lambda: self._review(ActionStatus.CLOSED, None))
        # Two by two, read row by row as Tab goes: the four fit a 1024-pixel window.
        row = QGridLayout()
        for i, w in enumerate((done, circ, did_not, close)):
            row.addWidget(w, i // 2, i % 2)
        row.setColumnStretch(2, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.note, 1)
        row2.addWidget(self.carry)
        row2.addWidget(self.carry_due)
        row2.addWidget(self.carry_due_warning)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row2)
        layout.addLayout(row)

    def set_state(self, state: RunnerState) -> None:
        self._state = state
        current = selected_record(self.table)
        self.model.set_records(state.review_actions)
        self.table.resizeColumnsToContents()
        # Keep the facilitator on the next unreviewed action.
        rows = state.review_actions
        target = next((i for i, a in enumerate(rows) if a.status.is_open), 0)
        if current is not None:
            target = next(
                (i for i, a in enumerate(rows) if a.id == current.id and a.status.is_open), target
            )
        if rows:
            self.table.selectRow(target)

    def _review(self, status: ActionStatus, reason: NotDoneReason | None) -> None:
        action = selected_record(self.table)
        if action is None:
            return
        due = from_qdate(self.carry_due.date()) if self.carry.isChecked() else None
        self.reviewed.emit(action.id, status, reason, self.note.text().strip(), due)
        self.note.clear()
        self.carry.setChecked(False)
        self.table.setFocus()


class RiskPanel(QWidget):
    """This conference's risk assessment beside the previous one; autosaved as it changes."""

    changed = Signal(object)  # RiskAssessment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: RunnerState | None = None
        self._loading = False
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Overall risk level"))
        fill_enum(self.level, RiskLevel, optional=False)
        self.framework = QLineEdit()
        self.framework.setAccessibleName(self.tr("Framework"))
        self.framework.setPlaceholderText(self.tr("e.g. VERA-2R or ERG (name and outcome only)"))
        self.ratings: dict[str, QComboBox] = {}
        grid = QGridLayout()
        # The one label table (shared with the PDFs), so nothing prints a raw key.
        domain_labels = {key: i18n.risk_domain_label(key) for key in RISK_DOMAINS}
        rating_labels = {value: i18n.rating_label(value) for value in RATINGS}
        for i, key in enumerate(RISK_DOMAINS):
            box = QComboBox()
            label_text = domain_labels[key]
            box.setAccessibleName(self.tr("{domain} rating").format(domain=label_text))
            for value in RATINGS:
                box.addItem(rating_labels[value], value)
            self.ratings[key] = box
            label = QLabel(label_text + ":")
            label.setBuddy(box)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(box, i // 2, (i % 2) * 2 + 1)
        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setTabChangesFocus(True)
        self.unknowns = QPlainTextEdit()
        self.unknowns.setAccessibleName(self.tr("Known unknowns"))
        self.unknowns.setTabChangesFocus(True)
        self.change = QComboBox()
        self.change.setAccessibleName(self.tr("Significant change since last time"))
        fill_enum(self.change, ChangeDirection, optional=False)
        self.change_note = QLineEdit()
        self.change_note.setAccessibleName(self.tr("What changed"))
        self.tlp = QComboBox()
        self.tlp.setAccessibleName(self.tr("TLP label of the assessment"))
        for t in TLP:
            self.tlp.addItem("TLP:" + t.value, t.value)

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Level:"), self.level), self.level)
        form.addRow(self._label(self.tr("Fra&mework:"), self.framework), self.framework)
        form.addRow(self.tr("Domains:"), _wrap(grid))
        form.addRow(self._label(self.tr("Rat&ionale:"), self.rationale), self.rationale)
        form.addRow(self._label(self.tr("Known &unknowns:"), self.unknowns), self.unknowns)
        form.addRow(self._label(self.tr("Chang&e:"), self.change), self.change)
        form.addRow(self._label(self.tr("&What changed:"), self.change_note), self.change_note)
        form.addRow(self._label(self.tr("Risk l&abel:"), self.tlp), self.tlp)
        current = QGroupBox(self.tr("This conference"))
        current.setLayout(form)
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        self.previous.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.previous.setAccessibleName(self.tr("Previous assessment"))
        prev_box = QGroupBox(self.tr("Previous conference"))
        QVBoxLayout(prev_box).addWidget(self.previous)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(current, 3)
        layout.addWidget(prev_box, 2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(800)
        self._timer.timeout.connect(self.flush)
        self.level.currentIndexChanged.connect(self._propose_change)
        for box in (self.level, self.change, self.tlp, *self.ratings.values()):
            box.currentIndexChanged.connect(self._edited)
        for line in (self.framework, self.change_note):
            line.textChanged.connect(self._edited)
        for text in (self.rationale, self.unknowns):
            text.textChanged.connect(self._edited)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def set_state(self, state: RunnerState) -> None:
        first = self._state is None or self._state.conference.id != state.conference.id
        self._state = state
        prev = state.previous_risk
        if prev is None:
            self.previous.setText(self.tr("No earlier assessment."))
        else:
            ratings = ", ".join(
                f"{i18n.risk_domain_label(k)}: {i18n.rating_label(v)}"
                for k, v in prev.domain_ratings.items()
            )
            self.previous.setText(
                self.tr(
                    "{date}: {level}\n{ratings}\n\nRationale: {rationale}\n\n"
                    "Known unknowns: {unknowns}"
                ).format(
                    date=prev.assessed_on,
                    level=enum_label(prev.level),
                    ratings=ratings,
                    rationale=prev.rationale,
                    unknowns=prev.known_unknowns,
                )
            )
        if first and not self._timer.isActive():
            self._load(state.risk or self._default(state))

    def _default(self, state: RunnerState) -> model.RiskAssessment:
        prev = state.previous_risk
        return model.RiskAssessment(
            case_id=state.case.id,
            conference_id=state.conference.id,
            level=prev.level if prev else RiskLevel.MODERATE,
            assessed_on=date.today(),
            framework=prev.framework if prev else "",
            domain_ratings=dict(prev.domain_ratings) if prev else {},
        )

    def _load(self, risk: model.RiskAssessment) -> None:
        self._loading = True
        self._risk = risk
        select_data(self.level, risk.level.value)
        self.framework.setText(risk.framework)
        for key, box in self.ratings.items():
            select_data(box, risk.domain_ratings.get(key, ""))
        self.rationale.setPlainText(risk.rationale)
        self.unknowns.setPlainText(risk.known_unknowns)
        select_data(self.change, risk.change.value)
        self.change_note.setText(risk.change_note)
        select_data(self.tlp, risk.tlp.value)
        self._loading = False

    def _propose_change(self) -> None:
        """A new level proposes the change against the previous conference's level.

        Raising Moderate to High while "Change" still said None made the minutes
        contradict themselves; the facilitator can still choose otherwise afterwards.
        """
        if self._loading or self._state is None or self._state.previous_risk is None:
            return
        select_data(
            self.change, proposed_change(self._state.previous_risk.level, self.level_value()).value
        )

    def level_value(self) -> RiskLevel:
        return RiskLevel(self.level.currentData())

    def _edited(self) -> None:
        if not self._loading and not self._timer.isActive():
            self._timer.start()  # throttled: saved within a second even while typing

    def current(self) -> model.RiskAssessment:
        ratings = {k: b.currentData() for k, b in self.ratings.items() if b.currentData()}
        return dataclasses.replace(
            self._risk,
            level=RiskLevel(self.level.currentData()),
            framework=self.framework.text().strip(),
            domain_ratings=ratings,
            rationale=self.rationale.toPlainText().strip(),
            known_unknowns=self.unknowns.toPlainText().strip(),
            change=ChangeDirection(self.change.currentData()),
            change_note=self.change_note.text().strip(),
            tlp=TLP(self.tlp.currentData()),
        )

    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self._timer.stop()
        if self._state is None or not hasattr(self, "_risk"):
            return
        risk = self.current()
        if risk != self._risk or self._state.risk is None:
            self._risk = risk
            self.changed.emit(risk)


def proposed_change(previous: RiskLevel, current: RiskLevel) -> ChangeDirection:
    if current.rank > previous.rank:
        return ChangeDirection.INCREASED
    if current.rank < previous.rank:
        return ChangeDirection.DECREASED
    return ChangeDirection.NONE


class ClosingPanel(QWidget):
    """Next date and summary, then on to the closing summary."""

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_date = DateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.next_date.setAccessibleName(self.tr("Next conference date"))
        self.next_date_warning = past_date_warning(self.next_date, self.tr("Check the next date"))
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            self.tr("A few sentences: what was agreed, what happens next.")
        )
        go = QPushButton(self.tr("Review and &close…  (Ctrl+Shift+C)"))
        go.clicked.connect(self.review_requested)
        form = QFormLayout(self)
        label = QLabel(self.tr("Ne&xt conference:"))
        label.setBuddy(self.next_date)
        form.addRow(label, self.next_date)
        form.addRow("", self.next_date_warning)
        label2 = QLabel(self.tr("Su&mmary:"))
        label2.setBuddy(self.summary)
        form.addRow(label2, self.summary)
        form.addRow("", go)

    def set_state(self, state: RunnerState) -> None:
        conf = state.conference
        proposed = conf.next_conference_date or (
            conf.scheduled_for.date() + timedelta(days=state.case.review_frequency_days)
        )
        if not hasattr(self, "_set"):
            self.next_date.setDate(to_qdate(proposed))
            self.summary.setPlainText(conf.summary)
            self._set = True


class QuickActionBar(QWidget):
    """Add an action in one line: what, who (person -> agency), by when. Ctrl+Shift+A."""

    submitted = Signal(object)  # Action
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickAction")
        self._state: RunnerState | None = None
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("New action"))
        self.description.setPlaceholderText(self.tr("New action: what will be done…"))
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Owner"))
        # Sized by the row, not by the longest "person (agency)": the description must not be
        # squeezed to a few letters; the list opens as wide as its entries.
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner.setMinimumContentsLength(14)
        self.due = DateEdit(to_qdate(date.today() + timedelta(weeks=4)))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due_warning = past_date_warning(self.due, self.tr("Check the due date"))
        self.for_subject = QCheckBox(self.tr("With the &subject"))
        self.for_subject.setAccessibleName(self.tr("Agreed with the subject"))
        add = QPushButton(self.tr("Add action"))
        add.clicked.connect(self.submit)
        self.message = QLabel()
        style.mark_error(self.message)
        for w in (self.description,):
            w.returnPressed.connect(self.submit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(QLabel(self.tr("Action:")))
        layout.addWidget(self.description, 3)
        layout.addWidget(self.owner, 2)
        layout.addWidget(self.due)
        layout.addWidget(self.for_subject)
        layout.addWidget(add)
        layout.addWidget(self.message)
        layout.addWidget(self.due_warning)

    def set_state(self, state: RunnerState) -> None:
        self._state = state
        if self.owner.count() == 0:
            fill_people(self.owner, state.directory, optional=True)
            self.owner.view().setMinimumWidth(self.owner.view().sizeHintForColumn(0) + 24)

    def keyPressEvent(self, event: Any) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        if self._state is None:
            return
        text = self.description.text().strip()
        owner = self.owner.currentData()
        if not text:
            self.message.setText(self.tr("Say what is to be done."))
            self.description.setFocus()
            return
        if not owner:
            self.message.setText(self.tr("Choose the owner."))
            self.owner.setFocus()
            return
        person = self._state.directory.people.get(owner)
        action = model.Action(
            case_id=self._state.case.id,
            conference_id=self._state.conference.id,
            description=text,
            owner_person_id=owner,
            owner_agency_id=person.agency_id if person else None,
            due=from_qdate(self.due.date()),
            for_subject=self.for_subject.isChecked(),
        )
        self.message.clear()
        self.description.clear()
        self.for_subject.setChecked(False)
        self.submitted.emit(action)
        self.description.setFocus()


def past_date_warning(edit: DateEdit, name: str) -> QLabel:
    """An inline warning that follows ``edit``: shown while its date is before today.

    A warning, not a refusal: a late-minuted conference may need a date that has passed.
    """
    label = style.mark_warning(QLabel())
    label.setAccessibleName(name)
    label.setVisible(False)

    def check() -> None:
        text = plausibility.past_date(from_qdate(edit.date()), date.today())
        label.setText(text)
        label.setVisible(bool(text))

    edit.dateChanged.connect(check)
    check()
    return label


def _wrap(layout: Any) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w

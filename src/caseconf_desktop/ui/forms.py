"""Record editors built from field specs, with validation messages next to each field.

One editor class serves every record type in the case file: a spec says which fields to
show and how (text, long text, choice, date, reference to an agency or person). The
editor never saves by itself: it emits the edited record, and the caller saves it through
the vault thread (so an undo command can wrap the save).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import i18n
from caseconf_desktop.domain import enums, model, plausibility, rules
from caseconf_desktop.services.casefile import Directory
from caseconf_desktop.ui import style

NO_DATE = QDate(1900, 1, 1)


_t = i18n.tr_in("Forms")


class DateEdit(QDateEdit):
    """A date field that one Tab leaves (Qt's steps through year, month and day first).

    Typing moves from part to part by itself, and Left/Right move the cursor; Tab going
    part by part made the Prepare dialog's date take five presses to leave.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateTimeEdit(QDateTimeEdit):
    """A date-and-time field that one Tab leaves, like :class:`DateEdit`."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # text | long | enum | date | datetime | bool | int | agency | person
    enum: type[Enum] | None = None
    optional: bool = True
    minimum: int = 0  # int fields: the spin box's range
    maximum: int = 100000


def enum_label(value: Enum) -> str:
    """A readable label for an enum value: the one label table, shared with the PDFs."""
    return i18n.label(value)


def specs_for(record_type: type) -> list[FieldSpec]:
    E = enums
    table: dict[type, list[FieldSpec]] = {
        model.Case: [
            FieldSpec("reference", _t("Reference"), "text", optional=False),
            FieldSpec("subject_name", _t("Subject's name (any script)"), "text", optional=False),
            FieldSpec("pseudonym", _t("Pseudonym"), "text"),
            FieldSpec("date_of_birth", _t("Date of birth"), "date"),
            FieldSpec("legal_status", _t("Legal status"), "text"),
            FieldSpec("establishment", _t("Establishment"), "text"),
            FieldSpec("sentence_start", _t("Sentence start"), "date"),
            FieldSpec("release_date", _t("Release date"), "date"),
            FieldSpec("programme", _t("Programme"), "text"),
            FieldSpec("lead_agency_id", _t("Lead agency"), "agency"),
            FieldSpec("status", _t("Status"), "enum", E.CaseStatus),
            FieldSpec(
                "review_frequency_days",
                _t("Review every (days)"),
                "int",
                minimum=rules.REVIEW_FREQUENCY_DAYS[0],
                maximum=rules.REVIEW_FREQUENCY_DAYS[1],
            ),
            FieldSpec("retention_review_date", _t("Retention review"), "date"),
        ],
        model.Goal: [
            FieldSpec("text", _t("Goal"), "long", optional=False),
            FieldSpec("status", _t("Status"), "enum", E.GoalStatus),
            FieldSpec("agreed_on", _t("Agreed on"), "date"),
            FieldSpec("review_note", _t("Review note"), "long"),
        ],
        model.Responsibility: [
            FieldSpec("domain", _t("Domain"), "enum", E.ResponsibilityDomain),
            FieldSpec("agency_id", _t("Lead agency"), "agency", optional=False),
            FieldSpec("person_id", _t("Contact person"), "person"),
            FieldSpec("note", _t("Note"), "text"),
        ],
        model.FamilyMember: [
            FieldSpec("name", _t("Name"), "text", optional=False),
            FieldSpec("relationship", _t("Relationship"), "text"),
            FieldSpec("involvement", _t("Involvement"), "long"),
            FieldSpec("support_offered", _t("Support offered"), "long"),
            FieldSpec("is_minor", _t("Child (under 18)"), "bool"),
            FieldSpec("safeguarding_notes", _t("Safeguarding"), "long"),
        ],
        model.Consent: [
            FieldSpec("kind", _t("Consent to"), "enum", E.ConsentKind),
            FieldSpec("state", _t("State"), "enum", E.ConsentState),
            FieldSpec("recorded_on", _t("Date"), "date", optional=False),
            FieldSpec("scope", _t("Scope"), "long"),
            FieldSpec("given_by", _t("Given by"), "text"),
        ],
        model.RiskAssessment: [
            FieldSpec("level", _t("Overall level"), "enum", E.RiskLevel),
            FieldSpec("assessed_on", _t("Assessed on"), "date", optional=False),
            FieldSpec("framework", _t("Framework"), "text"),
            FieldSpec("rationale", _t("Rationale"), "long"),
            FieldSpec("known_unknowns", _t("Known unknowns"), "long"),
            FieldSpec("change", _t("Significant change"), "enum", E.ChangeDirection),
            FieldSpec("change_note", _t("What changed"), "long"),
            FieldSpec("tlp", _t("TLP label"), "enum", E.TLP),
        ],
        model.Need: [
            FieldSpec("domain", _t("Domain"), "enum", E.NeedDomain),
            FieldSpec("level", _t("Level"), "enum", E.NeedLevel),
            FieldSpec("owner_agency_id", _t("Owner agency"), "agency"),
            FieldSpec("status", _t("Status"), "enum", E.NeedStatus),
            FieldSpec("notes", _t("Notes"), "long"),
        ],
        model.Intervention: [
            FieldSpec("kind", _t("Intervention"), "enum", E.InterventionKind),
            FieldSpec("provider_agency_id", _t("Provider agency"), "agency"),
            FieldSpec("provider", _t("Provider (name)"), "text"),
            FieldSpec("status", _t("Status"), "enum", E.InterventionStatus),
            FieldSpec("engagement", _t("Engagement"), "enum", E.Engagement),
            FieldSpec("start_date", _t("Start"), "date"),
            FieldSpec("end_date", _t("End"), "date"),
            FieldSpec("notes", _t("Notes"), "long"),
        ],
        model.Action: [
            FieldSpec("description", _t("Action"), "long", optional=False),
            FieldSpec("owner_person_id", _t("Owner"), "person"),
            FieldSpec("owner_agency_id", _t("Owner agency"), "agency"),
            FieldSpec("due", _t("Due"), "date"),
            FieldSpec("status", _t("Status"), "enum", E.ActionStatus),
            FieldSpec("not_done_reason", _t("Reason not done"), "enum", E.NotDoneReason),
            FieldSpec("review_note", _t("Review note"), "long"),
            FieldSpec("for_subject", _t("Agreed with the subject"), "bool"),
        ],
        model.Agency: [
            FieldSpec("name", _t("Name"), "text", optional=False),
            FieldSpec("kind", _t("Kind"), "enum", E.AgencyKind),
            FieldSpec("country", _t("Country"), "text"),
        ],
        model.Person: [
            FieldSpec("name", _t("Name"), "text", optional=False),
            FieldSpec("agency_id", _t("Agency"), "agency"),
            FieldSpec("role_title", _t("Role"), "text"),
            FieldSpec("email", _t("E-mail"), "text"),
            FieldSpec("phone", _t("Phone"), "text"),
        ],
        model.GlossaryTerm: [
            FieldSpec("term", _t("Term"), "text", optional=False),
            FieldSpec("definition", _t("Agreed meaning"), "long", optional=False),
            FieldSpec("language", _t("Language"), "text"),
        ],
    }
    return table[record_type]


def fill_enum(box: QComboBox, enum_type: type[Enum], optional: bool) -> None:
    if optional:
        box.addItem(_t("(none)"), None)
    for value in enum_type:
        box.addItem(enum_label(value), value.value)


def fill_agencies(box: QComboBox, directory: Directory, optional: bool = True) -> None:
    if optional:
        box.addItem(_t("(none)"), None)
    for agency in directory.agencies.values():
        box.addItem(agency.name, agency.id)


def fill_people(box: QComboBox, directory: Directory, optional: bool = True) -> None:
    if optional:
        box.addItem(_t("(none)"), None)
    for person in directory.people.values():
        box.addItem(directory.person_label(person.id), person.id)


def select_data(box: QComboBox, value: Any) -> None:
    i = box.findData(value)
    box.setCurrentIndex(max(i, 0))


class RecordEditor(QDialog):
    """Edit one record; emits ``accepted_record`` with the edited copy."""

    accepted_record = Signal(object)

    def __init__(
        self,
        record: Any,
        directory: Directory,
        title: str,
        parent: QWidget | None = None,
        check: Callable[[Any], dict[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self._record = record
        self._check = check
        self._specs = specs_for(type(record))
        self._widgets: dict[str, QWidget] = {}
        self._messages: dict[str, QLabel] = {}
        self._warnings: dict[str, QLabel] = {}
        form = QFormLayout()
        for spec in self._specs:
            widget = self._make(spec, getattr(record, spec.name), directory)
            widget.setAccessibleName(spec.label)
            label = QLabel(spec.label + ":")
            label.setBuddy(widget)
            message = QLabel()
            style.mark_error(message)
            message.setVisible(False)
            message.setAccessibleName(self.tr("Problem with {field}").format(field=spec.label))
            warning = style.mark_warning(QLabel())
            warning.setVisible(False)
            warning.setAccessibleName(self.tr("Check {field}").format(field=spec.label))
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(widget)
            lay.addWidget(message)
            lay.addWidget(warning)
            form.addRow(label, box)
            self._widgets[spec.name] = widget
            self._messages[spec.name] = message
            self._warnings[spec.name] = warning
            _on_change(widget, self._update_warnings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.general_message = QLabel()
        style.mark_error(self.general_message)
        self.general_message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_message)
        layout.addWidget(buttons)
        if self._specs:
            self._widgets[self._specs[0].name].setFocus()
        self._update_warnings()

    def _make(self, spec: FieldSpec, value: Any, directory: Directory) -> QWidget:
        if spec.kind == "text":
            w = QLineEdit(str(value or ""))
            return w
        if spec.kind == "long":
            t = QPlainTextEdit(str(value or ""))
            t.setTabChangesFocus(True)
            t.setMinimumHeight(60)
            return t
        if spec.kind == "int":
            s = QSpinBox()
            s.setRange(spec.minimum, spec.maximum)
            s.setValue(int(value or 0))
            return s
        if spec.kind == "bool":
            c = QCheckBox()
            c.setChecked(bool(value))
            return c
        if spec.kind == "date":
            d = DateEdit()
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setMinimumDate(NO_DATE)
            if spec.optional:
                d.setSpecialValueText(_t("(no date)"))
            d.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            return d
        if spec.kind == "datetime":
            dt = DateTimeEdit()
            dt.setCalendarPopup(True)
            dt.setDisplayFormat("yyyy-MM-dd HH:mm")
            if value:
                dt.setDateTime(QDateTime(value))
            return dt
        box = QComboBox()
        if spec.kind == "enum":
            assert spec.enum is not None
            fill_enum(box, spec.enum, spec.optional and value is None)
            select_data(box, value.value if isinstance(value, Enum) else value)
        elif spec.kind == "agency":
            fill_agencies(box, directory, spec.optional)
            select_data(box, value)
        elif spec.kind == "person":
            fill_people(box, directory, spec.optional)
            select_data(box, value)
        return box

    def _value(self, spec: FieldSpec) -> Any:
        w = self._widgets[spec.name]
        if isinstance(w, QLineEdit):
            return w.text().strip()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QDateEdit):
            d = w.date()
            return None if d == NO_DATE else date(d.year(), d.month(), d.day())
        if isinstance(w, QDateTimeEdit):
            return w.dateTime().toPython()
        if isinstance(w, QComboBox):
            data = w.currentData()
            if spec.kind == "enum" and data is not None:
                assert spec.enum is not None
                return spec.enum(data)
            return data
        raise TypeError(spec.name)

    def edited(self) -> Any:
        values = {spec.name: self._value(spec) for spec in self._specs}
        return dataclasses.replace(self._record, **values)

    def warnings(self) -> dict[str, str]:
        """Plausibility warnings about the fields the user changed (saving stays possible).

        Only changed fields: opening an action that has become overdue to add a note should
        not warn that its due date has passed.
        """
        try:
            record = self.edited()
        except ValueError:
            return {}
        found = plausibility.warnings_for(record, date.today())
        return {
            name: text
            for name, text in found.items()
            if getattr(record, name, None) != getattr(self._record, name, None)
        }

    def _update_warnings(self, *_: Any) -> None:
        found = self.warnings()
        for name, label in self._warnings.items():
            text = found.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self._messages.items():
            text = problems.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        general = [text for name, text in problems.items() if name not in self._messages]
        self.general_message.setText(" ".join(general))

    def _accept(self) -> None:
        problems: dict[str, str] = {}
        for spec in self._specs:
            value = self._value(spec)
            if not spec.optional and (value is None or value == ""):
                problems[spec.name] = _t("This field is required.")
        try:
            record = self.edited()
        except ValueError as exc:  # e.g. an impossible combination caught by a dataclass
            problems["_"] = str(exc)
            record = None
        if self._check is not None and record is not None:
            # Show every problem at once, each next to its own field.
            problems = {**self._check(record), **problems}
        if problems:
            self.show_problems(problems)
            return
        self.accepted_record.emit(record)
        self.accept()


def _on_change(widget: QWidget, slot: Callable[..., None]) -> None:
    """Connect the signal that says ``widget``'s value changed."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QDateTimeEdit):  # QDateEdit too
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)


def to_datetime(qdt: QDateTime) -> datetime:
    value = qdt.toPython()
    assert isinstance(value, datetime)
    return value

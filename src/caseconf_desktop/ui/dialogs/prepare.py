"""Prepare a conference: date, place, template, chair / facilitator / minute-taker, invitees."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import i18n
from caseconf_desktop.domain import model, plausibility, rules
from caseconf_desktop.domain.enums import AttendeeRole
from caseconf_desktop.services import casefile, conferences, templates
from caseconf_desktop.ui import style
from caseconf_desktop.ui.forms import DateTimeEdit, fill_people
from caseconf_desktop.ui.tasks import Op, VaultExecutor


class PrepareConferenceDialog(QDialog):
    prepared = Signal(str)  # conference id

    def __init__(
        self, executor: VaultExecutor, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self._case_id = case_id
        self.setWindowTitle(self.tr("Prepare a conference"))
        self.setAccessibleName(self.tr("Prepare a conference"))
        self.setMinimumWidth(620)

        self.when = DateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = QDateTime(QDate.currentDate().addDays(7), QTime(10, 0))
        self.when.setDateTime(start)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("e.g. meeting room, establishment"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Agenda template"))
        for tid in templates.available():
            self.template.addItem(templates.load(tid).name, tid)
        # The agenda in the interface's language, where there is one ("default-es").
        own = self.template.findData(f"default-{i18n.app_language()}")
        if own >= 0:
            self.template.setCurrentIndex(own)
        self.chair = QComboBox()
        self.chair.setAccessibleName(self.tr("Chair"))
        self.facilitator = QComboBox()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.minute_taker = QComboBox()
        self.minute_taker.setAccessibleName(self.tr("Minute-taker"))
        self.invitees_model = QStandardItemModel(self)
        self.invitees = QListView()
        self.invitees.setModel(self.invitees_model)
        self.invitees.setAccessibleName(self.tr("Invited professionals"))
        self.invite_subject = QCheckBox(self.tr("Invite the subject for the sections open to them"))
        self.invite_family = QCheckBox(self.tr("Invite involved family members"))
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_label.setAccessibleName(self.tr("Actions to review"))
        self.problems: dict[str, QLabel] = {}
        # A conference in the past is allowed (minuted after the fact) but said out loud.
        self.when_warning = style.mark_warning(QLabel())
        self.when_warning.setAccessibleName(self.tr("Check the date"))
        self.when_warning.setVisible(False)
        self.when.dateTimeChanged.connect(self._check_when)

        form = QFormLayout()
        for text, widget, key in (
            (self.tr("&When:"), self.when, "scheduled_for"),
            (self.tr("&Place:"), self.place, "place"),
            (self.tr("&Template:"), self.template, "template"),
            (self.tr("&Chair:"), self.chair, "chair_id"),
            (self.tr("&Facilitator:"), self.facilitator, "facilitator_id"),
            (self.tr("&Minute-taker:"), self.minute_taker, "minute_taker_id"),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            msg = QLabel()
            style.mark_error(msg)
            msg.setVisible(False)
            self.problems[key] = msg
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(widget)
            lay.addWidget(msg)
            if widget is self.when:
                lay.addWidget(self.when_warning)
            form.addRow(label, box)
        inv_label = QLabel(self.tr("&Invited (by agency):"))
        inv_label.setBuddy(self.invitees)
        form.addRow(inv_label, self.invitees)
        form.addRow("", self.invite_subject)
        form.addRow("", self.invite_family)
        form.addRow(self.tr("To review:"), self.review_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Prepare"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        def load(v: Any) -> tuple[casefile.Directory, casefile.CaseFile]:
            return casefile.directory(v), casefile.load_case_file(v, case_id, record_view=False)

        Op(self, executor, load).success(self._loaded).run()

    def _check_when(self) -> None:
        when = self.when.dateTime().toPython()
        assert isinstance(when, datetime)
        text = plausibility.past_date(when.date(), date.today())
        self.when_warning.setText(text)
        self.when_warning.setVisible(bool(text))

    def _loaded(self, result: tuple[casefile.Directory, casefile.CaseFile]) -> None:
        directory, cf = result
        self._family = cf.family
        for box in (self.chair, self.facilitator, self.minute_taker):
            fill_people(box, directory, optional=True)
        by_agency = sorted(
            directory.people.values(), key=lambda p: (directory.agency_name(p.agency_id), p.name)
        )
        for person in by_agency:
            item = QStandardItem(directory.person_label(person.id))
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(person.id, Qt.ItemDataRole.UserRole)
            self.invitees_model.appendRow(item)
        open_actions = [a for a in cf.actions if a.status.is_open]
        self.review_label.setText(
            self.tr("{n} open actions from earlier conferences will come in for review.").format(
                n=len(open_actions)
            )
        )
        self.invite_family.setEnabled(bool(cf.family))

    def chosen_invitees(self) -> list[conferences.Invitee]:
        out = []
        for row in range(self.invitees_model.rowCount()):
            item = self.invitees_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(conferences.Invitee(person_id=item.data(Qt.ItemDataRole.UserRole)))
        if self.invite_subject.isChecked():
            out.append(conferences.Invitee(name=self.tr("The subject"), role=AttendeeRole.SUBJECT))
        if self.invite_family.isChecked():
            for member in getattr(self, "_family", []):
                if not member.is_minor:
                    out.append(conferences.Invitee(name=member.name, role=AttendeeRole.FAMILY))
        return out

    def submit(self) -> None:
        when = self.when.dateTime().toPython()
        assert isinstance(when, datetime)
        chair, facilitator, minute = (
            self.chair.currentData(),
            self.facilitator.currentData(),
            self.minute_taker.currentData(),
        )
        draft = model.Conference(
            case_id=self._case_id, scheduled_for=when, chair_id=chair,
            facilitator_id=facilitator, minute_taker_id=minute,
        )  # fmt: skip
        problems = rules.check_conference(draft)
        for key, label in self.problems.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        if problems:
            return
        invitees = self.chosen_invitees()
        place = self.place.text().strip()
        template_id = self.template.currentData() or "default"

        def work(v: Any) -> str:
            conf = conferences.prepare(
                v, self._case_id, when.astimezone(), place=place, template_id=template_id,
                chair_id=chair, facilitator_id=facilitator, minute_taker_id=minute,
                invitees=invitees,
            )  # fmt: skip
            return conf.id

        Op(self, self._executor, work, label=self.tr("Preparing")).success(self._done).run()

    def _done(self, conf_id: str) -> None:
        self.prepared.emit(conf_id)
        self.accept()


def default_next_date(days: int) -> datetime:
    return datetime.combine(datetime.now().date() + timedelta(days=days), time(10, 0))

"""Export signed minutes for each recipient, and verify a received PDF.

Rendering and signing run on the vault thread (they also write the disclosure log); the
dialog shows progress per file and never blocks the window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import i18n
from caseconf_desktop.ui import messages, style
from caseconf_desktop.ui.tasks import Op, ProcessOp, VaultExecutor

ROLE_OPTION = Qt.ItemDataRole.UserRole + 1
ROLE_AUDIENCE = Qt.ItemDataRole.UserRole + 2
ROLE_LANGUAGE = Qt.ItemDataRole.UserRole + 3


def file_name(date: str, reference: str, audience: str, recipient: str) -> str:
    """A readable, safe file name: date, case, version, recipient."""
    slug = re.sub(r"[^\w]+", "-", recipient, flags=re.UNICODE).strip("-").lower() or "recipient"
    return f"{date}-{reference}-minutes-{audience}-{slug}.pdf"


@dataclass(frozen=True, slots=True)
class ExtraRecipient:
    """Someone added by hand, with the versions the policy allows them."""

    name: str
    agency: str
    allowed: tuple[Any, ...]


class ExportMinutesDialog(QDialog):
    exported = Signal(int)

    def __init__(
        self, executor: VaultExecutor, conference_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self._conference_id = conference_id
        self._meta: tuple[str, str] = ("", "")
        self.setWindowTitle(self.tr("Export signed minutes"))
        self.setAccessibleName(self.tr("Export signed minutes"))
        self.setMinimumWidth(620)

        self.recipients = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.recipients)
        self.list.setAccessibleName(self.tr("Recipients"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Version for the selected recipient"))
        self.audience.currentIndexChanged.connect(self._audience_changed)
        # Each recipient's copy in their own language (default: the interface's), chosen
        # like the version: for the recipient selected in the list.
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language for the selected recipient"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.extra = QLineEdit()
        self.extra.setAccessibleName(self.tr("Another recipient"))
        self.extra.setPlaceholderText(self.tr("Name (not on the list)"))
        self.extra_agency = QLineEdit()
        self.extra_agency.setAccessibleName(self.tr("Their agency"))
        self.extra_agency.setPlaceholderText(self.tr("Their agency (optional)"))
        self.extra_agency.setToolTip(
            self.tr("Without an agency, someone not on the list receives the summary only.")
        )
        self.extra.returnPressed.connect(self._add_extra)
        self.extra_agency.returnPressed.connect(self._add_extra)
        add = QPushButton(self.tr("A&dd recipient"))
        add.clicked.connect(self._add_extra)
        self.folder = QLineEdit(str(Path.home()))
        self.folder.setAccessibleName(self.tr("Folder for the PDF files"))
        self.sign = QCheckBox(self.tr("&Sign the minutes (PAdES)"))
        self.sign.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))

        form = QFormLayout()
        rl = QLabel(self.tr("&Recipients:"))
        rl.setBuddy(self.list)
        form.addRow(rl, self.list)
        al = QLabel(self.tr("&Version:"))
        al.setBuddy(self.audience)
        form.addRow(al, self.audience)
        ll = QLabel(self.tr("&Language:"))
        ll.setBuddy(self.language)
        form.addRow(ll, self.language)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra, 2)
        extra_row.addWidget(self.extra_agency, 2)
        extra_row.addWidget(add)
        form.addRow(self.tr("Other:"), _wrap(extra_row))
        fl = QLabel(self.tr("&Folder:"))
        fl.setBuddy(self.folder)
        form.addRow(fl, self.folder)
        form.addRow("", self.sign)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        def load(v: Any) -> tuple[list[Any], tuple[str, str]]:
            from caseconf_desktop.services import casefile, minutes

            conf = minutes.get_closed_conference(v, conference_id)
            case = casefile.get_case(v, conf.case_id)
            meta = (conf.scheduled_for.date().isoformat(), case.reference if case else "case")
            return minutes.recipient_options(v, conference_id), meta

        Op(self, executor, load, label=self.tr("Loading recipients")).success(self._loaded).failure(
            self._failed
        ).run()

    def done(self, result: int) -> None:
        # The list's model is destroyed with the dialog and would call back into a half
        # destroyed Python object: stop listening first.
        self.list.selectionModel().currentChanged.disconnect(self._current_changed)
        super().done(result)

    def _loaded(self, result: tuple[list[Any], tuple[str, str]]) -> None:
        options, self._meta = result
        for opt in options:
            item = QStandardItem()
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(opt, ROLE_OPTION)
            item.setData(i18n.app_language(), ROLE_LANGUAGE)
            _set_audience(item, opt.default_audience.value)
            self.recipients.appendRow(item)
        if self.recipients.rowCount():
            self.list.setCurrentIndex(self.recipients.index(0, 0))
        self.list.setFocus()

    def _failed(self, exc: Any) -> None:
        self.status.setText(exc.user_text)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        item = self.recipients.itemFromIndex(current)
        self.audience.blockSignals(True)
        self.audience.clear()
        if item is not None:
            # Only the versions the disclosure policy allows this person are offered.
            for a in item.data(ROLE_OPTION).allowed:
                self.audience.addItem(_audience_label(a.value), a.value)
            i = self.audience.findData(item.data(ROLE_AUDIENCE))
            self.audience.setCurrentIndex(max(i, 0))
        self.audience.blockSignals(False)
        self.language.blockSignals(True)
        if item is not None:
            self.language.setCurrentIndex(max(self.language.findData(item.data(ROLE_LANGUAGE)), 0))
        self.language.blockSignals(False)

    def _audience_changed(self) -> None:
        item = self.recipients.itemFromIndex(self.list.currentIndex())
        if item is not None:
            _set_audience(item, self.audience.currentData())

    def _language_changed(self) -> None:
        item = self.recipients.itemFromIndex(self.list.currentIndex())
        if item is not None:
            item.setData(self.language.currentData(), ROLE_LANGUAGE)
            _set_audience(item, item.data(ROLE_AUDIENCE))

    def _add_extra(self) -> None:
        """Someone not on the list: the policy places them (the subject stays the subject)."""
        from caseconf_desktop.domain import disclosure
        from caseconf_desktop.services import minutes

        name = self.extra.text().strip()
        agency = self.extra_agency.text().strip()
        if not name:
            return
        conf_id = self._conference_id

        def place(v: Any) -> ExtraRecipient:
            who = minutes.classify_recipient(v, conf_id, name, agency)
            return ExtraRecipient(who.name, who.agency, disclosure.allowed_audiences(who))

        Op(self, self._executor, place).success(self._extra_placed).failure(self._failed).run()

    def _extra_placed(self, opt: ExtraRecipient) -> None:
        item = QStandardItem()
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(opt, ROLE_OPTION)
        item.setData(i18n.app_language(), ROLE_LANGUAGE)
        _set_audience(item, opt.allowed[0].value)
        self.recipients.appendRow(item)
        self.list.setCurrentIndex(item.index())
        self.extra.clear()
        self.extra_agency.clear()

    def requests(self) -> list[tuple[str, str, str, str]]:
        """(audience, recipient name, agency given, language) for every checked recipient."""
        out = []
        for row in range(self.recipients.rowCount()):
            item = self.recipients.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            opt = item.data(ROLE_OPTION)
            agency = opt.agency if isinstance(opt, ExtraRecipient) else ""
            out.append((str(item.data(ROLE_AUDIENCE)), opt.name, agency, item.data(ROLE_LANGUAGE)))
        return out

    def export(self) -> None:
        from caseconf_desktop.services import minutes

        chosen = self.requests()
        folder = Path(self.folder.text().strip()).expanduser()
        if not chosen:
            self.status.setText(self.tr("Tick at least one recipient."))
            return
        if not folder.is_dir():
            self.status.setText(
                self.tr("The folder {folder} does not exist.").format(folder=folder)
            )
            return
        date, ref = self._meta
        reqs = [
            minutes.ExportRequest(
                minutes.Audience(aud),
                name,
                folder / file_name(date, ref, aud, name),
                agency,
                language,
            )
            for aud, name, agency, language in chosen
        ]
        sign = self.sign.isChecked()
        self.progress.setRange(0, len(reqs))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.buttons.setEnabled(False)
        conf_id = self._conference_id

        op: Op[Any] = ProcessOp(
            self,
            self._executor,
            "minutes.export_batch",
            conf_id,
            reqs,
            sign=sign,
            label=self.tr("Exporting minutes"),
        )
        op.success(self._done).failure(self._export_failed).progress(self._step).run()

    def _step(self, done: int, total: int, recipient: str) -> None:
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Written {done} of {total}: {name}").format(
                done=done, total=total, name=recipient
            )
        )

    def _done(self, issued: list[Any]) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(
            self.tr(
                "{n} PDF files written to {folder}; the disclosure log records who "
                "received which version."
            ).format(n=len(issued), folder=self.folder.text())
        )
        self.exported.emit(len(issued))

    def _export_failed(self, exc: Any) -> None:
        self.buttons.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(exc.user_text)


def _set_audience(item: QStandardItem, audience: str) -> None:
    """Record the chosen version and show it in the list, so the chair sees every choice."""
    opt = item.data(ROLE_OPTION)
    who = f"{opt.name} — {opt.agency}" if opt.agency else opt.name
    item.setData(audience, ROLE_AUDIENCE)
    language = i18n.LANGUAGES.get(item.data(ROLE_LANGUAGE) or "", "")
    item.setText(f"{who}  ·  {_short_label(audience)}  ·  {language}".removesuffix("  ·  "))


def _short_label(value: str) -> str:
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("Minutes", text)

    labels = {
        "full": t("Full"),
        "partners": t("Partners"),
        "summary": t("Summary"),
        "participant": t("Participant"),
        "family": t("Family"),
    }
    return labels.get(value, value)


def _audience_label(value: str) -> str:
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("Minutes", text)

    # Literal calls, so that the translation template sees every label.
    labels = {
        "full": t("Full (professionals who were present)"),
        "partners": t("Partners (up to TLP:AMBER)"),
        "summary": t("Summary (decisions, dissent and actions, up to TLP:GREEN)"),
        "participant": t("Participant (plain language, shared with the subject only)"),
        "family": t("Family (plain language, shared with the family only)"),
    }
    return labels.get(value, value)


def _wrap(layout: Any) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w


class VerifyMinutesDialog(QDialog):
    """Is this PDF intact, who signed it, and do we trust them?"""

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.setWindowTitle(self.tr("Verify minutes"))
        self.setAccessibleName(self.tr("Verify minutes"))
        self.setMinimumWidth(560)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.details.setAccessibleName(self.tr("Signatures"))
        choose = QPushButton(self.tr("&Choose a PDF…"))
        choose.clicked.connect(self.choose)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)
        self.report: Any = None

    def choose(self) -> None:
        path = messages.open_path(self, self.tr("Verify minutes"), self.tr("PDF files (*.pdf)"))
        if path:
            self.verify(Path(path))

    def verify(self, path: Path) -> None:
        from caseconf_desktop.services import minutes

        self.verdict.setText(self.tr("Checking {name}…").format(name=path.name))
        Op(
            self, self._executor, lambda v: minutes.verify_file(v, path), label=self.tr("Verifying")
        ).success(self._show).failure(lambda e: self.verdict.setText(e.user_text)).run()

    def _show(self, report: Any) -> None:
        self.report = report
        colour = {0: style.colour("ok"), 3: style.colour("caution")}.get(
            report.exit_code, style.colour("error")
        )
        self.verdict.setText(f"<b style='color:{colour}'>{_esc(report.summary)}</b>")
        self.details.setText("\n".join(report.lines()))


def _esc(text: str) -> str:
    import html

    return html.escape(text)


def open_export_dialog(
    parent: QWidget, executor: VaultExecutor, conference_id: str
) -> ExportMinutesDialog:
    dialog = ExportMinutesDialog(executor, conference_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_verify_dialog(parent: QWidget, executor: VaultExecutor) -> VerifyMinutesDialog:
    dialog = VerifyMinutesDialog(executor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

"""Case bundles in the GUI: an export wizard (cases, addressee, file) and the import dialog.

All bundle work — gathering, encrypting, decrypting, checking and merging — runs on the
vault thread through :class:`~caseconf_desktop.ui.tasks.Op`, which reports progress back;
the window never waits. File pickers go through ui/messages.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from caseconf_desktop import errors
from caseconf_desktop.ui import messages
from caseconf_desktop.ui.case_file import make_table
from caseconf_desktop.ui.models.records import Column, RecordRole, RecordTableModel
from caseconf_desktop.ui.tasks import Op, ProcessOp, VaultExecutor

FILTER = "CaseConf bundles (*.ccbundle);;All files (*)"


def _progress_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setVisible(False)
    bar.setAccessibleName(name)
    return bar


# -- export wizard ---------------------------------------------------------------------------


class CasesPage(QWizardPage):
    """Which cases go into the bundle."""

    def __init__(self, executor: VaultExecutor, preselect: list[str]) -> None:
        super().__init__()
        self._preselect = set(preselect)
        self.setTitle(self.tr("Cases"))
        self.setSubTitle(self.tr("Choose the cases to hand over (Ctrl or Shift for several)."))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a case"))
        self.search.setPlaceholderText(self.tr("Filter by reference, name, agency…"))
        self.model: RecordTableModel[Any] = RecordTableModel(
            [
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Subject"), lambda r: r.subject_name),
                Column(self.tr("Lead agency"), lambda r: r.lead_agency),
                Column(self.tr("Status"), lambda r: r.status),
            ],
            self,
        )
        self.table = make_table(self.model, self.tr("Cases to hand over"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.completeChanged.emit())
        proxy: Any = self.table.model()
        self.search.textChanged.connect(proxy.setFilterFixedString)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Cases chosen"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._count())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        def load(v: Any) -> list[Any]:
            from caseconf_desktop.services import cases

            return cases.list_cases(v)

        Op(self, executor, load, label=self.tr("Loading cases")).success(self._loaded).run()

    def _loaded(self, rows: list[Any]) -> None:
        self.model.set_records(rows)
        if self._preselect:
            proxy = self.table.model()
            selection = self.table.selectionModel()
            for row in range(proxy.rowCount()):
                index = proxy.index(row, 0)
                if index.data(RecordRole).id in self._preselect:
                    selection.select(
                        index,
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("{n} cases chosen").format(n=len(self.references())))

    def references(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return sorted({index.data(RecordRole).reference for index in rows})

    def isComplete(self) -> bool:
        return bool(self.references())


class DestinationPage(QWizardPage):
    """A trusted device, or a passphrase for emergencies."""

    def __init__(self, executor: VaultExecutor) -> None:
        super().__init__()
        self.setTitle(self.tr("Addressee"))
        self.setSubTitle(
            self.tr("Only the chosen device can open the bundle; it checks that it came from you.")
        )
        self.to_device = QRadioButton(self.tr("A trusted &device:"))
        self.to_device.setChecked(True)
        self.device = QComboBox()
        self.device.setAccessibleName(self.tr("Device to address the bundle to"))
        self.since_last = QCheckBox(
            self.tr("Only what &changed since the last bundle to this device")
        )
        self.to_passphrase = QRadioButton(self.tr("A &passphrase (emergencies only):"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Bundle passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the bundle passphrase"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Addressee hint"))
        for radio in (self.to_device, self.to_passphrase):
            radio.toggled.connect(self._changed)
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(self._changed)
        self.device.currentIndexChanged.connect(self._changed)
        form = QFormLayout(self)
        form.addRow(self.to_device, self.device)
        form.addRow("", self.since_last)
        form.addRow(self.to_passphrase)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat:"), self.repeat)
        form.addRow(self.hint)

        def load(v: Any) -> list[Any]:
            from caseconf_desktop.services import devices

            return devices.trusted(v)

        Op(self, executor, load, label=self.tr("Loading devices")).success(self._loaded).run()
        self._changed()

    def _loaded(self, trusted: list[Any]) -> None:
        for dev in trusted:
            self.device.addItem(f"{dev.name} — {dev.fingerprint}", dev.name)
        if not trusted:
            self.hint.setText(
                self.tr("No device is trusted yet: trust one under Hand-over → Devices first.")
            )
        self._changed()

    def _changed(self, *_args: Any) -> None:
        by_device = self.to_device.isChecked()
        self.device.setEnabled(by_device)
        self.since_last.setEnabled(by_device)
        self.passphrase.setEnabled(not by_device)
        self.repeat.setEnabled(not by_device)
        self.completeChanged.emit()

    def recipient(self) -> tuple[str | None, str | None, bool]:
        """(device name, passphrase, since last): exactly one of the first two is set."""
        if self.to_device.isChecked():
            return self.device.currentData(), None, self.since_last.isChecked()
        return None, self.passphrase.text(), False

    def isComplete(self) -> bool:
        from caseconf_desktop.services.bundles import MIN_PASSPHRASE

        if self.to_device.isChecked():
            return self.device.currentData() is not None
        text = self.passphrase.text()
        return len(text) >= MIN_PASSPHRASE and text == self.repeat.text()


class FilePage(QWizardPage):
    """Where to write the bundle, and the export itself with its progress."""

    def __init__(self, wizard: ExportBundleWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.done = False
        self.setTitle(self.tr("Bundle file"))
        self.setSubTitle(self.tr("Write the bundle, e.g. onto the USB stick."))
        self.path = QLineEdit(str(Path.home() / f"cases-{date.today().isoformat()}.ccbundle"))
        self.path.setAccessibleName(self.tr("Bundle file"))
        self.path.textChanged.connect(lambda *_: self.completeChanged.emit())
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self._choose)
        self.export_button = QPushButton(self.tr("&Write the bundle"))
        self.export_button.clicked.connect(wizard.export)
        self.progress = _progress_bar(self.tr("Export progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.export_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _choose(self) -> None:
        chosen = messages.save_path(self, self.tr("Write the bundle to"), self.path.text(), FILTER)
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return self.done


class ExportBundleWizard(QWizard):
    """Cases → addressee → file; the export runs on the vault thread with progress."""

    exported = Signal(object)  # the ExportResult

    def __init__(
        self,
        executor: VaultExecutor,
        parent: QWidget | None = None,
        case_ids: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self.setWindowTitle(self.tr("Export cases to a bundle"))
        self.setAccessibleName(self.tr("Export cases to a bundle"))
        self.resize(820, 600)
        self.cases_page = CasesPage(executor, case_ids or [])
        self.destination_page = DestinationPage(executor)
        self.file_page = FilePage(self)
        for page in (self.cases_page, self.destination_page, self.file_page):
            self.addPage(page)

    def export(self) -> None:

        references = self.cases_page.references()
        to, passphrase, since_last = self.destination_page.recipient()
        out = Path(self.file_page.path.text().strip()).expanduser()
        page = self.file_page
        page.export_button.setEnabled(False)
        page.progress.setVisible(True)
        page.progress.setRange(0, 0)
        page.status.setText(self.tr("Writing the bundle…"))
        op: Op[Any] = ProcessOp(
            self,
            self._executor,
            "bundles.export_bundle",
            references,
            out,
            to=to,
            passphrase=passphrase,
            since_last=since_last,
            label=self.tr("Writing the bundle"),
        )
        op.progress(self._progress).success(self._exported).failure(self._failed).run()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.file_page.progress.setRange(0, total)
        self.file_page.progress.setValue(done)

    def _exported(self, result: Any) -> None:
        page = self.file_page
        page.progress.setRange(0, 1)
        page.progress.setValue(1)
        addressee = result.recipient or self.tr("whoever has the passphrase")
        page.status.setText(
            self.tr("Wrote {path}: {cases} cases, {records} records, for {to}.").format(
                path=result.path, cases=result.cases, records=result.records, to=addressee
            )
        )
        page.done = True
        page.completeChanged.emit()
        self.exported.emit(result)

    def _failed(self, exc: errors.KnownError) -> None:
        page = self.file_page
        page.progress.setVisible(False)
        page.export_button.setEnabled(True)
        page.status.setText(exc.user_text)


# -- import ----------------------------------------------------------------------------------


class ImportBundleDialog(QDialog):
    """Choose a bundle, give its passphrase if it has one, and merge it."""

    imported = Signal(object)  # the ImportResult
    show_conflicts = Signal()

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.setWindowTitle(self.tr("Import a bundle"))
        self.setAccessibleName(self.tr("Import a bundle"))
        self.setMinimumWidth(640)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Bundle file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self._choose)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Bundle passphrase"))
        self.passphrase.setPlaceholderText(self.tr("only for a bundle protected by a passphrase"))
        self.progress = _progress_bar(self.tr("Import progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.clicked.connect(self.run_import)
        self.conflicts_button = self.buttons.addButton(
            self.tr("Show &conflicts"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self.show_conflicts.emit)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        fl = QLabel(self.tr("&File:"))
        fl.setBuddy(self.path)
        form.addRow(fl, _wrap(row))
        pl = QLabel(self.tr("&Passphrase:"))
        pl.setBuddy(self.passphrase)
        form.addRow(pl, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        chosen = messages.open_path(self, self.tr("Import a bundle"), FILTER)
        if chosen:
            self.path.setText(chosen)

    def run_import(self, *, apply_erasures: bool = False) -> None:

        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the bundle file first."))
            return
        path = Path(text).expanduser()
        secret = self.passphrase.text() or None
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Checking and merging the bundle…"))
        op: Op[Any] = ProcessOp(
            self,
            self._executor,
            "bundles.import_bundle",
            path,
            passphrase=secret,
            apply_erasures=apply_erasures,
            label=self.tr("Importing the bundle"),
        )
        op.progress(self._progress).success(self._imported).failure(self._failed).run()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _imported(self, result: Any) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.import_button.setEnabled(True)
        self.status.setText(
            self.tr(
                "Imported from {sender}: {created} records added, {updated} changed, "
                "{deleted} deleted, {conflicts} new conflicts."
            ).format(
                sender=result.sender,
                created=result.created,
                updated=result.updated,
                deleted=result.deleted,
                conflicts=result.conflicts,
            )
        )
        if result.erased:
            self.status.setText(
                self.status.text()
                + " "
                + self.tr("Erased here on the sender's word: {refs}.").format(
                    refs=", ".join(result.erased)
                )
            )
        self.conflicts_button.setVisible(result.conflicts > 0)
        self.imported.emit(result)

    def _failed(self, exc: errors.KnownError) -> None:
        from caseconf_desktop.services import bundles

        self.progress.setVisible(False)
        self.import_button.setEnabled(True)
        self.status.setText(exc.user_text)
        if isinstance(exc, bundles.PassphraseNeeded | bundles.WrongBundlePassphrase):
            self.passphrase.setFocus()
        elif isinstance(exc, bundles.ErasureNeedsConfirmation) and self._confirm_erasures(exc):
            self.run_import(apply_erasures=True)

    def _confirm_erasures(self, exc: Any) -> bool:
        """The coordinator confirms erasing here what the sender erased (or nothing happens)."""
        cases = "\n".join(
            self.tr("• {ref}, erased on {day}").format(ref=e.reference, day=e.day)
            for e in exc.erasures
        )
        return messages.ask_yes_no(
            self,
            self.tr(
                "The device that sent this bundle has erased these cases:\n{cases}\n\n"
                "Erase them from this vault too, beyond recovery, and import the bundle? "
                "The audit log keeps a tombstone of each. If you answer No, nothing is "
                "imported."
            ).format(cases=cases),
        )


def _wrap(layout: Any) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w

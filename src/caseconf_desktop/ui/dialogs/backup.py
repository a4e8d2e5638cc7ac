"""Back up now, restore a backup, and the reminder shown after unlock.

Backups and restores run on the vault thread (Op) with a busy indication, so the window
never freezes. The settings file keeps only the folder of the last backup and the
reminder interval, never a case detail.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import errors, i18n
from caseconf_desktop.ui import messages, style
from caseconf_desktop.ui import settings as cfg
from caseconf_desktop.ui.tasks import Op, ProcessOp, VaultExecutor

BACKUP_FOLDER: cfg.Option[list[str]] = cfg.Option("backup/folder", [])
FILTER = "CaseConf backup (*.ccbackup);;All files (*)"


_t = i18n.tr_in("BackupDialog")


def _browse_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def _when(moment: datetime | None) -> str:
    if moment is None:
        return _t("never")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupDialog(QDialog):
    """Write a checked, encrypted copy of the open vault to a file the user chooses."""

    backed_up = Signal(object)  # BackupInfo

    def __init__(
        self, executor: VaultExecutor, settings: cfg.Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self._settings = settings
        self.info: Any = None
        self.setWindowTitle(self.tr("Back up the vault"))
        self.setAccessibleName(self.tr("Back up the vault"))
        self.setModal(True)
        from caseconf_desktop.services import backup

        intro = QLabel(
            self.tr(
                "The backup is a complete copy of the vault, encrypted with the vault's "
                "current passphrase and checked after writing. Keep it on another drive "
                "(an encrypted USB stick or a network share), not next to the vault."
            )
        )
        intro.setWordWrap(True)
        self.last = QLabel(self.tr("Last backup: …"))
        self.last.setAccessibleName(self.tr("Last backup"))
        folders = settings.get_list(BACKUP_FOLDER)
        folder = Path(folders[0]) if folders else Path.home()
        self.path = QLineEdit(str(folder / backup.default_file_name()))
        self.path.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.reminder = QSpinBox()
        self.reminder.setRange(1, 365)
        self.reminder.setSuffix(self.tr(" days"))
        self.reminder.setValue(settings.get_int(cfg.BACKUP_REMINDER_DAYS))
        self.reminder.setAccessibleName(self.tr("Remind me after"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        form = QFormLayout()
        label = QLabel(self.tr("Back up &to:"))
        label.setBuddy(self.path)
        form.addRow(label, _browse_row(self.path, browse))
        remind = QLabel(self.tr("&Remind me when the last backup is older than:"))
        remind.setBuddy(self.reminder)
        form.addRow(remind, self.reminder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = self.buttons.addButton(
            self.tr("Back &up now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.run_backup)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.last)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        Op(self, executor, backup.last_backup).success(
            lambda when: self.last.setText(self.tr("Last backup: {when}").format(when=_when(when)))
        ).run()

    def _browse(self) -> None:
        chosen = messages.save_path(self, self.tr("Back up to"), self.path.text(), FILTER)
        if chosen:
            self.path.setText(chosen)

    def reject(self) -> None:
        self._settings.set(cfg.BACKUP_REMINDER_DAYS, self.reminder.value())
        super().reject()

    def run_backup(self) -> None:

        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to write the backup."))
            return
        dest = Path(text).expanduser()
        self._settings.set(cfg.BACKUP_REMINDER_DAYS, self.reminder.value())
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        ProcessOp(self, self._executor, "backup.backup", dest, label=self.tr("Backing up")).success(
            self._done
        ).failure(self._failed).run()

    def _done(self, info: Any) -> None:
        self.info = info
        self.backup_button.setEnabled(True)
        self._settings.set(BACKUP_FOLDER, [str(Path(info.path).parent)])
        megabytes = info.size / 1_000_000
        self.status.setText(
            self.tr("Backup written and checked: {path} ({mb:.1f} MB).").format(
                path=info.path, mb=megabytes
            )
        )
        self.last.setText(self.tr("Last backup: {when}").format(when=_when(datetime.now())))
        self.backed_up.emit(info)

    def _failed(self, exc: errors.KnownError) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(exc.user_text)


class RestoreDialog(QDialog):
    """Restore a backup into a new vault file, after checking it."""

    restored = Signal(str)  # the new vault's path

    def __init__(self, executor: VaultExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setAccessibleName(self.tr("Restore a backup"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "The backup is checked (every page, the audit log) and restored into a new "
                "vault file; the vault you have open is not changed. Use the passphrase the "
                "vault had when the backup was made."
            )
        )
        intro.setWordWrap(True)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Backup file"))
        pick_source = QPushButton(self.tr("B&rowse…"))
        pick_source.clicked.connect(self._pick_source)
        self.dest = QLineEdit()
        self.dest.setAccessibleName(self.tr("New vault file"))
        pick_dest = QPushButton(self.tr("Br&owse…"))
        pick_dest.clicked.connect(self._pick_dest)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the backup"))
        self.force = QCheckBox(self.tr("Replace the file if it exists"))
        self.status = QLabel()
        style.mark_error(self.status)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Restore status"))
        form = QFormLayout()
        form.addRow(self.tr("Backup:"), _browse_row(self.source, pick_source))
        form.addRow(self.tr("Restore into:"), _browse_row(self.dest, pick_dest))
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.force)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.clicked.connect(self.run_restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _pick_source(self) -> None:
        chosen = messages.open_path(self, self.tr("Choose a backup"), FILTER)
        if chosen:
            self.source.setText(chosen)
            if not self.dest.text().strip():
                self.dest.setText(str(Path(chosen).with_suffix(".vault")))

    def _pick_dest(self) -> None:
        chosen = messages.save_path(
            self, self.tr("Restore into"), self.dest.text(), "CaseConf vault (*.vault)"
        )
        if chosen:
            self.dest.setText(chosen)

    def run_restore(self) -> None:
        from caseconf_desktop.services import backup

        source, dest = self.source.text().strip(), self.dest.text().strip()
        passphrase = self.passphrase.text()
        if not source or not dest:
            self.status.setText(self.tr("Choose the backup and where to restore it."))
            return
        if not passphrase:
            self.status.setText(self.tr("Type the passphrase of the backup."))
            return
        src, dst, force = Path(source).expanduser(), Path(dest).expanduser(), self.force.isChecked()
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Checking and restoring…"))
        Op(
            self,
            self._executor,
            lambda _v: backup.restore(src, dst, passphrase, force=force),
            label=self.tr("Restoring"),
            needs_vault=False,
        ).success(self._done).failure(self._failed).run()

    def _done(self, info: Any) -> None:
        self.passphrase.clear()
        self.restored.emit(str(info.path))
        self.accept()

    def _failed(self, exc: errors.KnownError) -> None:
        self.restore_button.setEnabled(True)
        self.status.setText(exc.user_text)


def open_restored(window: Any, path: str) -> None:
    """Offer to lock the open vault and unlock the restored one."""
    text = _t("The backup was restored into {path}. Open the restored vault now?").format(path=path)
    if not messages.ask_yes_no(window, text):
        return
    window.lock()
    window._place = ("cases", "")
    window.unlock.prepare_for_relock(path)
    window.unlock.error.setText(_t("Unlock the restored vault with the passphrase of the backup."))


class BackupReminder(QObject):
    """The status bar's plural reminder (lupdate reads plural forms from ``self.tr`` only)."""

    def retention_due(self, n: int) -> str:
        return self.tr("%n case(s) due for retention review.", "", n)


def remind(window: Any, reminder_days: int) -> None:
    """After unlock: a status-bar note when a backup or retention reviews are due."""
    from caseconf_desktop.services import backup, retention

    def work(v: Any) -> tuple[int | None, int]:
        return backup.backup_due(v, reminder_days), len(retention.due_for_review(v))

    def show(result: tuple[int | None, int]) -> None:
        days, due = result
        notes = []
        if days is not None:
            notes.append(_t("No backup for {n} days: File ▸ Back up now…").format(n=days))
        if due:
            notes.append(BackupReminder().retention_due(due))
        if notes:
            window.reminder_text = "  ".join(notes)
            window.statusBar().showMessage(window.reminder_text, 60_000)

    Op(window, window.executor, work).success(show).run()

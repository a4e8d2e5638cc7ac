"""First run and unlock: create a vault, or unlock an existing one.

Key derivation (SQLCipher's PBKDF2) runs on the vault thread with a busy indication; the
window stays responsive. Repeated wrong passphrases wait longer each time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import errors, paths
from caseconf_desktop.domain import passphrase_policy as policy
from caseconf_desktop.domain.enums import Role
from caseconf_desktop.ui import settings as cfg
from caseconf_desktop.ui import style
from caseconf_desktop.ui.tasks import Op, VaultExecutor

MIN_PASSPHRASE = policy.MIN_LENGTH


def strength(passphrase: str, user_inputs: tuple[str, ...] = ()) -> tuple[int, str]:
    """zxcvbn's score 0 … 4 and, below the floor, the one-sentence reason (services)."""
    return policy.assess(passphrase, user_inputs)


def strength_hint(widget: QWidget, passphrase: str, user_inputs: tuple[str, ...] = ()) -> str:
    """What the create and change forms show under the passphrase as it is typed."""
    score, problem = strength(passphrase, user_inputs)
    if problem:
        return problem
    # One fixed context: widget.tr() would look the text up under the caller's class name,
    # which is not where the translators' catalogue files it.
    if score >= 4:
        return QCoreApplication.translate("Passphrase", "Strong.")
    return QCoreApplication.translate("Passphrase", "Good: longer is stronger.")


def failure_delay_ms(failures: int) -> int:
    """No wait for the first two mistakes, then 1, 2, 4 ... up to 30 seconds."""
    if failures < 3:
        return 0
    return int(min(30_000, 1000 * 2 ** (failures - 3)))


class UnlockWidget(QWidget):
    """Unlock page and create page in one stacked widget."""

    unlocked = Signal(str)

    def __init__(
        self,
        executor: VaultExecutor,
        settings: cfg.Settings,
        vault_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self._settings = settings
        self._failures = 0
        self.setObjectName("unlock")
        self.setAccessibleName(self.tr("Unlock CaseConf"))

        self.title = QLabel(self.tr("CaseConf"))
        self.title.setObjectName("appTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(self.tr("Multi-agency case conferences, kept encrypted on this device."))
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setWordWrap(True)

        # Each page's message sits directly under the field it is about (the passphrase, or
        # the last field of the create form), not at the foot of the window.
        self.unlock_error = self._error_label()
        self.create_error = self._error_label()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_unlock_page())
        self.pages.addWidget(self._build_create_page())

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)

        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(subtitle)
        inner.addSpacing(16)
        inner.addWidget(self.pages)
        inner.addWidget(self.busy)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 2)
        outer.addStretch(1)

        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._allow_retry)

        recent = settings.get_list(cfg.RECENT_VAULTS)
        start = str(vault_path) if vault_path else (recent[0] if recent else "")
        if not start:
            start = str(paths.default_vault_path())
        self.path_box.setEditText(start)
        self.new_path.setText(start if not Path(start).exists() else "")
        if not Path(start).exists():
            self.show_create()

    @property
    def error(self) -> QLabel:
        """The message label of the page on show."""
        return self.create_error if self.pages.currentIndex() == 1 else self.unlock_error

    def _error_label(self) -> QLabel:
        label = style.mark_error(QLabel())
        label.setAccessibleName(self.tr("Error message"))
        return label

    # -- pages ----------------------------------------------------------------------------

    def _build_unlock_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.path_box = QComboBox()
        self.path_box.setEditable(True)
        self.path_box.addItems(self._settings.get_list(cfg.RECENT_VAULTS))
        self.path_box.setAccessibleName(self.tr("Vault file"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.to_create = QPushButton(self.tr("Create a &new vault…"))
        self.to_create.setFlat(True)
        self.to_create.clicked.connect(self.show_create)
        path_label = QLabel(self.tr("&Vault:"))
        path_label.setBuddy(self.path_box)
        pass_label = QLabel(self.tr("&Passphrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(path_label, self.path_box)
        form.addRow(pass_label, self.passphrase)
        form.addRow("", self.unlock_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.to_create)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        form.addRow(buttons)
        return page

    def _build_create_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.new_path = QLineEdit()
        self.new_path.setAccessibleName(self.tr("New vault file"))
        self.owner = QLineEdit()
        self.owner.setAccessibleName(self.tr("Your name"))
        self.agency = QLineEdit()
        self.agency.setAccessibleName(self.tr("Your agency"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role"))
        self.role.addItem(self.tr("Coordinator"), Role.COORDINATOR.value)
        self.role.addItem(self.tr("Facilitator"), Role.FACILITATOR.value)
        self.new_pass = QLineEdit()
        self.new_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass.setAccessibleName(self.tr("New passphrase"))
        self.new_pass.textChanged.connect(self._update_strength)
        self.new_pass2 = QLineEdit()
        self.new_pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass2.setAccessibleName(self.tr("Repeat passphrase"))
        self.new_pass2.returnPressed.connect(self.create_vault)
        self.strength_hint = QLabel()
        self.strength_hint.setAccessibleName(self.tr("Passphrase strength"))
        self.create_button = QPushButton(self.tr("C&reate vault"))
        self.create_button.clicked.connect(self.create_vault)
        self.to_unlock = QPushButton(self.tr("&Back to unlock"))
        self.to_unlock.setFlat(True)
        self.to_unlock.clicked.connect(self.show_unlock)
        for text, widget in (
            (self.tr("Vault &file:"), self.new_path),
            (self.tr("Your &name:"), self.owner),
            (self.tr("Your &agency:"), self.agency),
            (self.tr("R&ole:"), self.role),
            (self.tr("Pa&ssphrase:"), self.new_pass),
            (self.tr("Re&peat:"), self.new_pass2),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.strength_hint)
        form.addRow("", self.create_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.to_unlock)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        form.addRow(buttons)
        self._update_strength("")
        return page

    def show_create(self) -> None:
        self.pages.setCurrentIndex(1)
        self.unlock_error.clear()
        self.create_error.clear()
        if not self.new_path.text():
            self.new_path.setText(str(paths.default_vault_path()))
        self.owner.setFocus()

    def show_unlock(self) -> None:
        self.pages.setCurrentIndex(0)
        self.unlock_error.clear()
        self.create_error.clear()
        self.passphrase.setFocus()

    def _update_strength(self, text: str) -> None:
        if len(text) < MIN_PASSPHRASE:
            hint = self.tr("Too short: use at least {n} characters.").format(n=MIN_PASSPHRASE)
        else:
            hint = strength_hint(self, text, (self.owner.text(), self.agency.text()))
        self.strength_hint.setText(hint)

    # -- actions --------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.unlock_button, self.create_button, self.passphrase, self.new_pass2):
            w.setEnabled(not busy)

    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        path = Path(self.path_box.currentText().strip()).expanduser()
        passphrase = self.passphrase.text()
        if not passphrase:
            self.unlock_error.setText(self.tr("Type the vault's passphrase."))
            return
        self._set_busy(True)
        self.unlock_error.clear()
        from caseconf_desktop.services import vaults

        def work(_: object) -> str:
            vault = vaults.unlock(path, passphrase)
            self._executor.attach(vault, passphrase)
            return str(path)

        Op(self, self._executor, work, label=self.tr("Unlocking"), needs_vault=False).success(
            self._done
        ).failure(self._unlock_failed).run()

    def _unlock_failed(self, exc: errors.KnownError) -> None:
        self._set_busy(False)
        # An empty field: typing the right passphrase must never append to the wrong one.
        self.passphrase.clear()
        self.passphrase.setFocus()
        if isinstance(exc, errors.WrongPassphrase):
            self._failures += 1
            delay = failure_delay_ms(self._failures)
            text = self.tr("The passphrase is wrong.")
            if delay:
                seconds = delay // 1000
                text += " " + self.tr("Try again in %n second(s).", "", seconds)
                self.unlock_button.setEnabled(False)
                self.passphrase.setEnabled(False)
                self._retry_timer.start(delay)
            self.unlock_error.setText(text)
        else:
            self.unlock_error.setText(exc.user_text)

    def _allow_retry(self) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.unlock_error.setText(self.tr("You can try again now."))

    def create_vault(self) -> None:
        path = Path(self.new_path.text().strip()).expanduser()
        owner, agency = self.owner.text().strip(), self.agency.text().strip()
        pw, pw2 = self.new_pass.text(), self.new_pass2.text()
        problem = ""
        if not self.new_path.text().strip():
            problem = self.tr("Choose where to keep the vault file.")
        elif not owner:
            problem = self.tr("Give your name: it is recorded as the author of your changes.")
        elif not agency:
            problem = self.tr("Give your agency.")
        elif weak := strength(pw, (owner, agency))[1]:
            problem = weak  # one sentence: too short, or why it is easy to guess
        elif pw != pw2:
            problem = self.tr("The two passphrases differ.")
        if problem:
            self.create_error.setText(problem)
            return
        role = Role(self.role.currentData())
        self._set_busy(True)
        self.create_error.clear()
        from caseconf_desktop.services import vaults

        def work(_: object) -> str:
            vault = vaults.init_vault(path, pw, owner, agency, role)
            self._executor.attach(vault, pw)
            return str(path)

        Op(
            self, self._executor, work, label=self.tr("Creating the vault"), needs_vault=False
        ).success(self._done).failure(self._create_failed).run()

    def _create_failed(self, exc: errors.KnownError) -> None:
        self._set_busy(False)
        self.create_error.setText(exc.user_text)

    def _done(self, path: str) -> None:
        self._set_busy(False)
        self._failures = 0
        self.passphrase.clear()
        self.new_pass.clear()
        self.new_pass2.clear()
        self._settings.remember_vault(path)
        self.unlocked.emit(path)

    def prepare_for_relock(self, path: str) -> None:
        """After auto-lock: the same vault, an empty passphrase field, focus in it."""
        self.pages.setCurrentIndex(0)
        self.path_box.setEditText(path)
        self.unlock_error.setText(self.tr("Locked after a period of inactivity."))
        self._set_busy(False)
        self.passphrase.setFocus()

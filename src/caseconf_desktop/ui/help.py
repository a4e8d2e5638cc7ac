"""The Help menu's dialogs: the shortcut overview (F1), a short user guide, and About.

The overview lists the main window's shortcuts beside the agenda runner's, so F1 answers
"which key does what?" on every page, not only in a running conference.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseconf_desktop import APP_NAME, __version__, i18n, paths

# The main components CaseConf ships with, and their licences (for About).
COMPONENTS = (
    ("Qt for Python (PySide6)", "LGPL-3.0"),
    ("SQLCipher (sqlcipher3)", "BSD"),
    ("ReportLab", "BSD"),
    ("pyHanko", "MIT"),
    ("platformdirs", "MIT"),
    ("DejaVu fonts", "DejaVu fonts licence (Bitstream Vera / Arev, free)"),
)


_t = i18n.tr_in("Help")


def main_window_shortcuts() -> list[tuple[str, str]]:
    """Shortcuts that work on every page once the vault is open."""
    return [
        ("F1", _t("Show this list of shortcuts")),
        ("Alt+1 … Alt+5", _t("Dashboard, cases, actions, agencies & people, glossary")),
        ("Ctrl+F", _t("Find a case")),
        ("Ctrl+L", _t("Lock the vault now")),
        ("Ctrl+Shift+N", _t("New case")),
        ("Ctrl+Shift+R", _t("Prepare a conference for the case shown")),
        ("Ctrl+R", _t("Run the case's next conference")),
        ("Ctrl+Shift+M", _t("Export the minutes of the case's last closed conference")),
        ("Ctrl+Shift+B", _t("Back up now")),
        ("Ctrl+Shift+U / Ctrl+Shift+I", _t("Hand cases over in a bundle / take a bundle in")),
        ("Tab / Shift+Tab", _t("Move to the next / previous field or list")),
        ("↑ ↓ (lists)", _t("Move between rows; Enter opens the row")),
        ("Menu key / Shift+F10 (case list)", _t("Open, prepare a conference, export")),
        ("Ctrl+Q", _t("Quit")),
    ]


def _runner_shortcuts() -> list[tuple[str, str]]:
    from caseconf_desktop.ui.conference.runner import shortcut_list

    # The runner's F1 line is the same as ours: list it once.
    return [(keys, what) for keys, what in shortcut_list() if keys != "F1"]


class ShortcutOverview(QDialog):
    """Every keyboard shortcut: the window's first, then the conference runner's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        body = QWidget()
        grid = QGridLayout(body)
        row = 0
        for title, shortcuts in (
            (self.tr("Everywhere"), main_window_shortcuts()),
            (self.tr("Running a conference"), _runner_shortcuts()),
        ):
            heading = QLabel(f"<b>{html.escape(title)}</b>")
            heading.setObjectName("panelTitle")
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for keys, what in shortcuts:
                key_label = QLabel(f"<b>{html.escape(keys)}</b>")
                key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(key_label, row, 0)
                grid.addWidget(QLabel(what), row, 1)
                row += 1
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("List of shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def text(self) -> str:
        """Everything the overview says, for tests and screen readers alike."""
        return " ".join(label.text() for label in self.findChildren(QLabel))


def user_guide_html() -> str:
    paragraphs = [
        (
            _t("Unlock"),
            _t(
                "Everything is kept in one encrypted vault file on this computer. Type its "
                "passphrase to unlock it; after a few wrong tries CaseConf waits a little "
                "longer each time. The vault locks itself when you leave it idle (File > "
                "Preferences sets how long), and Ctrl+L locks it at once."
            ),
        ),
        (
            _t("Case file"),
            _t(
                "Each case holds the subject, the lead agency and who leads which domain, the "
                "goals, family, consents, risk history, needs, interventions and actions. "
                "Open a case from the case list (Enter, or the row's context menu)."
            ),
        ),
        (
            _t("Prepare and run a conference"),
            _t(
                "Prepare a conference from the case file: date, place, agenda template, chair, "
                "facilitator and minute-taker. The runner then walks the agenda section by "
                "section. Mark who is in the room: while the subject or family is present the "
                "screen shows only what they may see. What you type is saved within seconds "
                "as a draft; only entries you add reach the minutes."
            ),
        ),
        (
            _t("Close, sign and share"),
            _t(
                "Closing shows a summary of what was recorded and what is missing. Export the "
                "minutes as signed PDF files, one version for each audience; each recipient "
                "receives only the version the disclosure rules allow. Anyone can check a "
                "received PDF with File > Verify minutes."
            ),
        ),
        (
            _t("Hand-over and safety"),
            _t(
                "Cases travel between computers as encrypted bundles (Hand-over menu); edits "
                "made on both sides become conflicts for a person to resolve, never silent "
                "overwrites. Back up regularly (File > Back up now) and keep the backup's "
                "passphrase apart from the backup."
            ),
        ),
        (
            _t("Warnings"),
            _t(
                "Orange text under a field is a warning, for instance a date in the past: "
                "check it, and save anyway if it is right. Red text is a problem that must be "
                "fixed before saving."
            ),
        ),
    ]
    return "".join(
        f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>" for title, text in paragraphs
    )


class UserGuideDialog(QDialog):
    """A few paragraphs on the whole workflow, translatable like every other string."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CaseConf user guide"))
        self.setAccessibleName(self.tr("CaseConf user guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setHtml(user_guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)


class AboutDialog(QDialog):
    """Version, the licences of the main components, and where data is kept."""

    def __init__(self, parent: QWidget | None = None, vault_path: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CaseConf"))
        self.setAccessibleName(self.tr("About CaseConf"))
        esc = html.escape
        rows = "".join(
            f"<tr><td>{esc(name)}</td><td>{esc(licence)}</td></tr>" for name, licence in COMPONENTS
        )
        places = [
            (self.tr("Default vault"), str(paths.default_vault_path())),
            (self.tr("Data folder"), str(paths.data_dir())),
            (self.tr("Settings"), str(paths.config_dir())),
            (self.tr("Logs and crash notes"), str(paths.cache_dir())),
        ]
        if vault_path:
            places.insert(0, (self.tr("Open vault"), vault_path))
        where = "".join(f"<tr><td>{esc(what)}</td><td>{esc(p)}</td></tr>" for what, p in places)
        self.text = QLabel(
            f"<h2>{esc(APP_NAME)} {esc(__version__)}</h2>"
            f"<p>{esc(self.tr('Multi-agency case conferences, kept encrypted on this device.'))}"
            f"</p><h3>{esc(self.tr('Built with'))}</h3><table cellpadding='2'>{rows}</table>"
            f"<h3>{esc(self.tr('Where your data is kept'))}</h3>"
            f"<table cellpadding='2'>{where}</table>"
            f"<p>{esc(self.tr('Nothing is sent over the network.'))}</p>"
        )
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("About CaseConf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

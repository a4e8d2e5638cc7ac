"""Composition root: QApplication, crash handler, translators, style, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from importlib import resources
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from caseconf_desktop import APP_ID, APP_NAME, ORG_NAME, __version__, paths

log = logging.getLogger("caseconf.app")


def _install_translators(app: QApplication, locale: QLocale | None = None) -> None:
    """CaseConf's strings (English included, for plural forms) and Qt's own, for the locale."""
    locale = locale or QLocale.system()
    ours = QTranslator(app)
    folder = resources.files("caseconf_desktop.resources") / "translations"
    if folder.is_dir() and ours.load(locale, "caseconf", "_", str(folder)):
        app.installTranslator(ours)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return  # Qt's own strings are English already: nothing more to load
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def preferred_locale() -> QLocale:
    """The language chosen in Preferences, else the system's."""
    from caseconf_desktop.ui import settings

    code = settings.Settings().get_str(settings.LANGUAGE)
    return QLocale(code) if code else QLocale.system()


def _crash_log_path() -> Path:
    return paths.cache_dir() / "crash.log"


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Bugs: log where it happened (not the message, which could hold case data), tell the user."""
    frames = "".join(traceback.format_tb(tb))
    try:
        path = _crash_log_path()
        paths.make_private_dir(path.parent)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- CaseConf {__version__}: {kind.__name__}\n{frames}\n")
    except OSError:
        pass
    log.error("unexpected %s (details in the crash log)", kind.__name__)
    app = QApplication.instance()
    if app is not None and not QCoreApplication.closingDown():
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "CaseConf met an unexpected problem. Your saved work is safe in the vault; "
                "the last few seconds of typing may need checking. A technical note was written "
                "to {path}.",
            ).format(path=_crash_log_path()),
        )
        box.exec()


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    # The vault thread runs Python (PDF layout, JSON, merges); hand the interpreter back to
    # the GUI thread more often than the default 5 ms so the window never feels stuck.
    sys.setswitchinterval(0.001)
    app.setDesktopFileName(APP_ID)
    icon = resources.files("caseconf_desktop.resources") / "icons" / "caseconf-256.png"
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    # The interface language becomes the default QLocale too, so date editors and
    # i18n.app_language() (each recipient's default language for minutes) follow it.
    locale = preferred_locale()
    QLocale.setDefault(locale)
    _install_translators(app, locale)
    # Case text copied to the clipboard must not outlive the app (on X11 and Wayland a
    # clipboard manager would otherwise take it over when we exit).
    app.aboutToQuit.connect(_clear_clipboard)
    return app


def _clear_clipboard() -> None:
    """At quit: clear what CaseConf put on the clipboard (only ui.clipboard ever puts any, so
    if it was never imported there is nothing to clear, and start-up need not import it)."""
    clipboard = sys.modules.get("caseconf_desktop.ui.clipboard")
    if clipboard is not None:
        clipboard.clear_now()


def run_gui(vault: Path | None = None) -> int:
    from caseconf_desktop import hardening

    hardening.protect_process()  # no core file of a window full of case text
    app = make_app()
    sys.excepthook = excepthook
    from caseconf_desktop.ui.main_window import MainWindow

    window = MainWindow(vault_path=vault)
    window.show()
    return app.exec()

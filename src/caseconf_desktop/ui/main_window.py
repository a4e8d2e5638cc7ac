"""The main window: unlock, then navigation between cases, actions, directory, glossary.

The window title never names a case or a person. Auto-lock hides everything, closes the
vault and, after unlock, returns to the same place (the same case, the same conference).
"""

from __future__ import annotations

import linecache
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from caseconf_desktop import APP_NAME
from caseconf_desktop.ui import icons, messages, style
from caseconf_desktop.ui import settings as cfg
from caseconf_desktop.ui.tasks import Op, VaultExecutor
from caseconf_desktop.ui.unlock import UnlockWidget

if TYPE_CHECKING:
    from caseconf_desktop.domain import model
    from caseconf_desktop.ui.case_file import CaseFileView
    from caseconf_desktop.ui.conference.runner import AgendaRunner

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


#: Below this width the sidebar shows its icons only (names in tooltips).
NARROW_WINDOW = 1100


def _import_pages() -> None:
    """The workspace's modules (pages, services, storage, SQLCipher), imported ahead.

    Only imports: no widget or other Qt object is made here, off the GUI thread."""
    import caseconf_desktop.ui.pages  # noqa: F401


def _forget_module_sources() -> None:
    """Drop the source lines PySide read of every module imported after it.

    PySide6 reads each newly imported module's source (through linecache) to see whether it
    uses its ``__feature__`` switches, and linecache keeps every line: about 5 MiB once the
    workspace is built. Tracebacks read what they need again.
    """
    linecache.clearcache()


class IdleWatcher(QObject):
    """Counts user input anywhere in the application; the lock fires after the idle time.

    It watches only while the vault is open (start/stop): every event of the application
    passes through it then, and none need to while the unlock page is on show.
    """

    def __init__(self, minutes: float, on_idle: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(on_idle)
        self.set_timeout_ms(int(minutes * 60_000))

    def set_timeout_ms(self, ms: int) -> None:
        self._timer.setInterval(max(ms, 1))

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # installing twice is harmless: Qt keeps one
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class MainWindow(QMainWindow):
    NAV = ("dashboard", "cases", "actions", "directory", "glossary")

    def __init__(
        self,
        executor: VaultExecutor | None = None,
        settings: cfg.Settings | None = None,
        vault_path: Path | None = None,
    ) -> None:
        super().__init__()
        style.install()  # Fusion and the palette of the system's colour scheme
        self.executor = executor or VaultExecutor(self)
        self.settings = settings or cfg.Settings()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self._place_on_screen()
        self.vault_path = ""
        self._place: tuple[str, str] = ("dashboard", "")  # where to return after a lock

        self.unlock = UnlockWidget(self.executor, self.settings, vault_path)
        self.unlock.setStyleSheet(style.unlock_sheet())
        self.unlock.unlocked.connect(self._unlocked)

        self.root = QStackedWidget()
        self.root.addWidget(self.unlock)
        self.setCentralWidget(self.root)
        self.case_view: CaseFileView | None = None
        self.runner: AgendaRunner | None = None
        self._workspace_built = False

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.executor.busy.connect(self._busy)

        self._menus()
        self._dress_actions()
        style.look.changed.connect(self._restyle)
        minutes = self.settings.get_int(cfg.AUTOLOCK_MINUTES)
        self.idle = IdleWatcher(minutes, self.lock, self)
        self.unlock.passphrase.setFocus()
        # The unlock page paints first; the rest of the window is built (and its modules
        # imported) right after its first paint, while the user types the passphrase.
        self.unlock.installEventFilter(self)

    def _place_on_screen(self) -> None:
        """Where it was last closed; the first time, 1360x860 or less on a smaller screen
        (a 1280x800 projector laptop must see the whole window, edges and buttons)."""
        saved = self.settings.get_str(cfg.WINDOW_GEOMETRY)
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1360, 860)
            return
        space = screen.availableGeometry()
        self.resize(min(1360, space.width() * 94 // 100), min(860, space.height() * 92 // 100))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.unlock and event.type() == QEvent.Type.Paint:
            self.unlock.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        """What the unlock page does not need, done while the user types the passphrase:
        a step per turn of the event loop, so a key pressed meanwhile waits for one step
        (the longest, importing the pages and the services, about 50 ms), not for all."""
        from caseconf_desktop.services import worker

        # The workspace's modules (pages, services, storage, SQLCipher: about 90 ms of
        # imports) load on a plain thread meanwhile; Python hands the interpreter back to
        # this thread every millisecond (app.make_app), so typing goes on.
        importing = threading.Thread(target=_import_pages, name="caseconf-imports", daemon=True)
        steps = [
            importing.start,
            worker.prepare,  # the worker processes' helper, while this process is small
            self._ensure_toolbar,
            self._build_workspace,  # once the imports are done (below)
            _forget_module_sources,
        ]

        def next_step() -> None:
            if steps[0] == self._build_workspace and importing.is_alive():
                QTimer.singleShot(10, self, next_step)  # not yet: look again shortly
                return
            steps.pop(0)()
            if steps:
                QTimer.singleShot(0, self, next_step)

        next_step()

    def _ensure_toolbar(self) -> None:
        if not hasattr(self, "toolbar"):
            self._toolbar()  # hidden while locked: built after the unlock page's first paint

    def _build_workspace(self) -> None:
        if self._workspace_built:
            return
        self._workspace_built = True
        self._ensure_toolbar()
        from caseconf_desktop.ui.pages import (
            ActionsPage,
            CasesPage,
            DashboardPage,
            DirectoryPage,
            GlossaryPage,
        )

        # A sidebar as in KeePassXC: an icon and a name per page; while a conference runs
        # it narrows to the icons (names in tooltips), leaving the width to the meeting.
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for icon_name, text in (
            ("dashboard", self.tr("Dashboard")),
            ("cases", self.tr("Cases")),
            ("actions", self.tr("Actions")),
            ("directory", self.tr("Agencies & people")),
            ("glossary", self.tr("Glossary")),
        ):
            item = QListWidgetItem(icons.icon(icon_name), text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setData(Qt.ItemDataRole.UserRole, text)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.pages = QStackedWidget()
        self.dashboard_page = DashboardPage(self.executor)
        self.dashboard_page.open_case.connect(self.open_case)
        self.dashboard_page.show_conflicts.connect(lambda: self.show_conflicts(None))
        self.cases_page = CasesPage(self.executor)
        self.cases_page.open_case.connect(self.open_case)
        self.cases_page.new_case.connect(self.new_case)
        self.cases_page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.cases_page.table.customContextMenuRequested.connect(self._case_list_menu)
        # From the keyboard too, at the current row (the Menu key, or Shift+F10 without one).
        for keys in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
            QShortcut(
                keys,
                self.cases_page.table,
                self._case_list_menu_at_current_row,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.actions_page = ActionsPage(self.executor)
        self.actions_page.open_case.connect(self.open_case)
        self.directory_page = DirectoryPage(self.executor)
        self.glossary_page = GlossaryPage(self.executor)
        for page in self._nav_pages():
            self.pages.addWidget(page)
        workspace = QWidget()
        workspace.setObjectName("workspace")
        workspace.setStyleSheet(style.workspace_sheet())
        self.workspace = workspace
        wl = QHBoxLayout(workspace)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(0)
        wl.addWidget(self.nav)
        wl.addWidget(self.pages, 1)
        self.root.addWidget(workspace)
        # Only the page shown sets the window's minimum size: a conference left open behind
        # the dashboard must not keep the window wider than a 1024-pixel screen.
        self.pages.currentChanged.connect(self._size_by_current_page)
        self.pages.currentChanged.connect(lambda _i: self._fit_nav())
        # A page shown for the first time (a case file, the runner) imported its modules.
        self.pages.currentChanged.connect(lambda _i: _forget_module_sources())
        self.set_nav_compact(False)
        self._fit_nav()
        self.cases_page.table.selectionModel().currentChanged.connect(
            lambda *_a: self._update_actions()
        )

    def _size_by_current_page(self, *_args: Any) -> None:
        current = self.pages.currentWidget()
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()

    def _fit_nav(self) -> None:
        """Icons only while a conference runs or on a narrow window; icons and names else."""
        if not self._workspace_built:
            return
        compact = self.width() < NARROW_WINDOW or (
            self.runner is not None and self.pages.currentWidget() is self.runner
        )
        if compact != getattr(self, "nav_compact", None):
            self.set_nav_compact(compact)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_nav()

    def set_nav_compact(self, compact: bool) -> None:
        """Icons only (names in tooltips and for screen readers) or icons and names."""
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            name = str(item.data(Qt.ItemDataRole.UserRole))
            item.setText("" if compact else name)
            item.setToolTip(name)
        # Wide enough for the longest name; icons only: the icon and the item's padding
        # (style.workspace_sheet: 8 pixels each side of an item, 4 inside the list).
        self.nav.ensurePolished()
        if compact:
            width = self.nav.iconSize().width() + 2 * style.SPACING + 2 * 4 + 5
        else:
            width = max(self.nav.sizeHintForColumn(0) + 2 * style.SPACING + 2, 140)
        self.nav.setFixedWidth(width)
        self.nav_compact = compact

    # -- menus ----------------------------------------------------------------------------

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        file_menu.addAction(self.lock_action)
        verify = QAction(self.tr("&Verify minutes…"), self)
        verify.triggered.connect(self.verify_minutes)
        file_menu.addAction(verify)
        file_menu.addSeparator()
        safety = []
        for text, handler in (
            (self.tr("&Back up now…"), self.show_backup),
            (self.tr("&Restore a backup…"), self.show_restore),
            (self.tr("Change pass&phrase…"), self.show_passphrase),
            (self.tr("A&udit log…"), self.show_audit_log),
            (self.tr("Re&tention reviews due…"), self.show_retention),
        ):
            act = QAction(text, self)
            act.triggered.connect(handler)
            file_menu.addAction(act)
            safety.append(act)
        self.backup_action = safety[0]
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        # Restore works while locked; the others need the open vault, like Lock does.
        vault_only = [a for a in safety if a.text() != self.tr("&Restore a backup…")]
        for act in vault_only:
            act.setEnabled(False)

        def follow_lock() -> None:
            for act in vault_only:
                act.setEnabled(self.lock_action.isEnabled())

        self.lock_action.changed.connect(follow_lock)
        file_menu.addSeparator()
        prefs = QAction(self.tr("&Preferences…"), self)
        prefs.setShortcut(QKeySequence.StandardKey.Preferences)
        self.prefs_action = prefs
        prefs.setIcon(icons.icon("settings"))
        prefs.triggered.connect(self.show_preferences)
        file_menu.addAction(prefs)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go = self.menuBar().addMenu(self.tr("&View"))
        for i, text in enumerate(
            (
                self.tr("&Dashboard"),
                self.tr("&Cases"),
                self.tr("&Actions"),
                self.tr("A&gencies && people"),
                self.tr("G&lossary"),
            )
        ):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            act.triggered.connect(lambda _c=False, i=i: self.show_page(i))
            go.addAction(act)
        find = QAction(self.tr("&Find a case"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        go.addAction(find)
        self.find_action = find
        self.go_menu = go
        self._case_menu()
        self._hand_over_menu()
        self._help_menu()
        self._describe_actions()

    # -- case actions: new case, prepare, run, minutes (File menu and toolbar) ----------

    def _case_menu(self) -> None:
        """At the top of the File menu: a menu of their own would need an Alt letter, and
        every letter of "Case" is already a field's or button's in the conference runner."""
        menu = self.file_menu
        made = []
        for text, keys, tip, handler in (
            (
                self.tr("&New case…"),
                "Ctrl+Shift+N",
                self.tr("Open a new case file: subject, lead agency, programme"),
                self._new_case_action,
            ),
            (
                self.tr("Prepare a &conference…"),
                "Ctrl+Shift+R",
                self.tr("Date, place, chair, facilitator and minute-taker of the case shown"),
                self._prepare_current,
            ),
            (
                self.tr("Run the ne&xt conference"),
                "Ctrl+R",
                self.tr("Open the case's next conference in the agenda runner"),
                self._run_next,
            ),
            (
                self.tr("Export &minutes…"),
                "Ctrl+Shift+M",
                self.tr("Signed PDF minutes of the case's last closed conference"),
                self._export_current_minutes,
            ),
        ):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(handler)
            act.setEnabled(False)
            made.append(act)
        first = menu.actions()[0]
        menu.insertActions(first, made)
        menu.insertSeparator(first)
        self.new_case_action, self.prepare_action, self.run_action, self.minutes_action = made
        self.lock_action.changed.connect(self._update_actions)

    def _toolbar_entries(self) -> list[tuple[QAction | None, str, str]]:
        """The toolbar's actions with their icon and short name (None: a separator or the
        stretch before Lock and Help)."""
        return [
            (self.new_case_action, "new-case", self.tr("New case")),
            (self.find_action, "search", self.tr("Find")),
            (None, "", ""),
            (self.prepare_action, "prepare", self.tr("Prepare")),
            (self.run_action, "run", self.tr("Run")),
            (self.minutes_action, "minutes", self.tr("Minutes")),
            (None, "", ""),
            (self.backup_action, "backup", self.tr("Back up")),
            (self.export_bundle_action, "bundle-out", self.tr("Hand over")),
            (self.import_bundle_action, "bundle-in", self.tr("Take in")),
            (None, "stretch", ""),
            (self.lock_action, "lock", self.tr("Lock")),
            (self.shortcuts_action, "help", self.tr("Help")),
        ]

    def _dress_actions(self) -> None:
        """Icons (in the menus too) and tooltips that say what an action does and its keys."""
        for act, icon_name, short in self._toolbar_entries():
            if act is None:
                continue
            act.setIcon(icons.icon(icon_name))
            act.setIconText(short)
            act.setIconVisibleInMenu(True)
            tip = act.statusTip() or act.toolTip()
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({keys})" if keys else tip)

    def _toolbar(self) -> None:
        """Header actions (KeePassXC's toolbar): icon and short name, tooltip with the keys."""
        bar = QToolBar(self.tr("Main actions"))
        bar.setObjectName("mainToolbar")
        bar.setAccessibleName(self.tr("Main actions"))
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        # Text beside the icon: a low bar leaves the height to the meeting on a 700-pixel screen.
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(20, 20))
        bar.setStyleSheet(style.toolbar_sheet())
        for act, kind, _short in self._toolbar_entries():
            if act is None:
                if kind == "stretch":
                    spacer = QWidget()
                    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
                    spacer.setAccessibleName(self.tr("Space"))
                    bar.addWidget(spacer)
                else:
                    bar.addSeparator()
                continue
            bar.addAction(act)
            button = bar.widgetForAction(act)
            if button is not None:
                button.setAccessibleName(act.text().replace("&", "").rstrip("…"))
                button.setAccessibleDescription(act.toolTip())
        bar.setVisible(False)  # shown once the vault is open: nothing to do before that
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _restyle(self) -> None:
        """The system switched between light and dark: the sheets take the new colours."""
        self.unlock.setStyleSheet(style.unlock_sheet())
        if self._workspace_built:
            self.toolbar.setStyleSheet(style.toolbar_sheet())
            self.workspace.setStyleSheet(style.workspace_sheet())

    def current_case_id(self) -> str | None:
        """The case the case actions act on: the open case file, else the case list's row."""
        if self.root.currentIndex() != 1 or not self._workspace_built:
            return None
        if self.case_view is not None and self.pages.currentWidget() is self.case_view:
            return self.case_view.case_id
        if self.pages.currentWidget() is self.cases_page:
            from caseconf_desktop.ui.case_file import selected_record

            summary = selected_record(self.cases_page.table)
            return str(summary.id) if summary is not None else None
        return None

    def _case_conferences(self) -> list[model.Conference]:
        view = self.case_view
        if view is None or view.file is None or self.pages.currentWidget() is not view:
            return []
        return list(view.file.conferences)

    def next_conference_id(self) -> str | None:
        """The open case file's next conference not yet closed (the earliest)."""
        from caseconf_desktop.domain.enums import ConferenceStatus

        waiting = [c for c in self._case_conferences() if c.status is not ConferenceStatus.CLOSED]
        return min(waiting, key=lambda c: c.scheduled_for).id if waiting else None

    def minutes_conference_id(self) -> str | None:
        """The conference whose minutes the toolbar exports: the runner's once it is closed,
        else the case file's selected closed conference, else its latest closed one."""
        from caseconf_desktop.domain.enums import ConferenceStatus
        from caseconf_desktop.ui.models.records import RecordRole

        if self.runner is not None and self.pages.currentWidget() is self.runner:
            return self.runner.conference_id if self.runner._closed else None
        view = self.case_view
        closed = [c for c in self._case_conferences() if c.status is ConferenceStatus.CLOSED]
        if view is not None and closed:
            index = view.conf_table.currentIndex()
            chosen = index.data(RecordRole) if index.isValid() else None
            if chosen is not None and chosen.status is ConferenceStatus.CLOSED:
                return str(chosen.id)
            return max(closed, key=lambda c: c.scheduled_for).id
        return None

    def _update_actions(self) -> None:
        """Enable the case actions for what is on screen."""
        open_ = self.lock_action.isEnabled()
        self.new_case_action.setEnabled(open_)
        self.find_action.setEnabled(open_)
        self.prepare_action.setEnabled(open_ and self.current_case_id() is not None)
        self.run_action.setEnabled(open_ and self.next_conference_id() is not None)
        self.minutes_action.setEnabled(open_ and self.minutes_conference_id() is not None)

    def _new_case_action(self) -> None:
        if self.lock_action.isEnabled():
            self.new_case()

    def _prepare_current(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self.prepare_conference(case_id)

    def _run_next(self) -> None:
        conf_id = self.next_conference_id()
        if conf_id is not None:
            self.run_conference(conf_id)

    def _export_current_minutes(self) -> None:
        conf_id = self.minutes_conference_id()
        if conf_id is not None:
            self.export_minutes(conf_id)

    # -- help: shortcuts (F1, on every page), user guide, about ---------------------------

    def _help_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        # The whole window, so F1 works on the unlock page, every page and in dialogs' parent.
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        guide = QAction(self.tr("&User guide"), self)
        guide.triggered.connect(self.show_user_guide)
        about = QAction(self.tr("&About CaseConf"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        for act in (self.shortcuts_action, guide, about):
            menu.addAction(act)
        self.help_menu = menu

    def show_shortcuts(self) -> None:
        from caseconf_desktop.ui.help import ShortcutOverview

        self._open_help(ShortcutOverview(self))

    def show_user_guide(self) -> None:
        from caseconf_desktop.ui.help import UserGuideDialog

        self._open_help(UserGuideDialog(self))

    def show_about(self) -> None:
        from caseconf_desktop.ui.help import AboutDialog

        self._open_help(AboutDialog(self, self.vault_path))

    def _open_help(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dialog
        dialog.open()

    def _describe_actions(self) -> None:
        """A tooltip (and status-bar tip) on every menu action saying what it does."""
        tips = {
            self.tr("&Lock"): self.tr("Lock the vault now; unlock with the passphrase"),
            self.tr("&Verify minutes…"): self.tr(
                "Check a received minutes PDF: intact or altered, who signed it"
            ),
            self.tr("&Back up now…"): self.tr("Write an encrypted backup of the whole vault"),
            self.tr("&Restore a backup…"): self.tr("Restore a backup into a new vault file"),
            self.tr("Change pass&phrase…"): self.tr("Change the vault's passphrase"),
            self.tr("A&udit log…"): self.tr("Who opened, changed or exported what, and when"),
            self.tr("Re&tention reviews due…"): self.tr(
                "Cases whose retention review date has come"
            ),
            self.tr("&Preferences…"): self.tr("Auto-lock time, backup reminder and more"),
            self.tr("&Quit"): self.tr("Save everything and close CaseConf"),
            self.tr("&Dashboard"): self.tr("Overdue actions, conferences due, conflicts"),
            self.tr("&Cases"): self.tr("All cases, with search"),
            self.tr("&Actions"): self.tr("Every open action across cases, overdue first"),
            self.tr("A&gencies && people"): self.tr("The agencies and people in this vault"),
            self.tr("G&lossary"): self.tr("The agreed meaning of terms"),
            self.tr("&Find a case"): self.tr("Search cases by reference, name or notes"),
            self.tr("&Export cases to a bundle…"): self.tr(
                "Hand chosen cases to another computer in an encrypted file"
            ),
            self.tr("&Import a bundle…"): self.tr("Take in the changes of a received bundle"),
            self.tr("&Conflicts…"): self.tr("Edits made on both sides, waiting for a decision"),
            self.tr("&Devices…"): self.tr("Computers this vault exchanges bundles with"),
            self.tr("&Keyboard shortcuts"): self.tr("Every keyboard shortcut (F1)"),
            self.tr("&User guide"): self.tr("A short guide to the whole workflow"),
            self.tr("&About CaseConf"): self.tr("Version, licences, and where your data is kept"),
        }
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            menu.setToolTipsVisible(True)
            for act in menu.actions():
                tip = tips.get(act.text())
                if tip and act.toolTip() == act.iconText():  # keep a tooltip set elsewhere
                    act.setToolTip(tip)
                    act.setStatusTip(tip)

    # -- case list: a context menu on each row --------------------------------------------

    def _case_list_menu(self, pos: Any) -> None:
        menu = self.case_menu(pos)
        if menu is not None:
            menu.popup(self.cases_page.table.viewport().mapToGlobal(pos))

    def _case_list_menu_at_current_row(self) -> None:
        table = self.cases_page.table
        self._case_list_menu(table.visualRect(table.currentIndex()).center())

    def case_menu(self, pos: Any) -> Any:
        """The case list's context menu for the row at ``pos`` (or the current row)."""
        from caseconf_desktop.ui.case_file import selected_record

        table = self.cases_page.table
        index = table.indexAt(pos)
        if index.isValid():
            table.setCurrentIndex(index)
        summary = selected_record(table)
        if summary is None:
            return None
        menu = QMenu(table)
        menu.setAccessibleName(self.tr("Case actions"))
        menu.setToolTipsVisible(True)
        for text, tip, handler in (
            (self.tr("&Open"), self.tr("Open the case file"), self.open_case),
            (
                self.tr("&Prepare a conference…"),
                self.tr("Date, place, chair, facilitator and minute-taker"),
                self.prepare_conference,
            ),
            (
                self.tr("&Export to a bundle…"),
                self.tr("Hand this case to another computer in an encrypted file"),
                lambda case_id: self.export_bundle([case_id]),
            ),
        ):
            act = menu.addAction(text)
            act.setToolTip(tip)
            act.triggered.connect(lambda _c=False, h=handler, i=summary.id: h(i))
        self.case_list_menu = menu  # kept alive while it is shown
        return menu

    # -- offline hand-over (bundles, devices, conflicts) ----------------------------------

    def _hand_over_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Hand-over"))
        actions = []
        for text, handler in (
            # triggered(bool) must not become the optional argument: hence the lambdas.
            (self.tr("&Export cases to a bundle…"), lambda _c=False: self.export_bundle()),
            (self.tr("&Import a bundle…"), self.import_bundle),
            (self.tr("&Conflicts…"), lambda _c=False: self.show_conflicts()),
            (self.tr("&Devices…"), self.show_devices),
        ):
            act = QAction(text, self)
            act.triggered.connect(handler)
            act.setEnabled(False)
            menu.addAction(act)
            actions.append(act)
        self.export_bundle_action, self.import_bundle_action = actions[:2]
        self.export_bundle_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.import_bundle_action.setShortcut(QKeySequence("Ctrl+Shift+I"))

        def follow_lock() -> None:
            for act in actions:
                act.setEnabled(self.lock_action.isEnabled())

        self.lock_action.changed.connect(follow_lock)
        self.hand_over_menu = menu

    def export_bundle(self, case_ids: list[str] | None = None) -> None:
        from caseconf_desktop.ui.dialogs.bundles import ExportBundleWizard

        self._open_dialog(ExportBundleWizard(self.executor, self, case_ids))

    def import_bundle(self) -> None:
        from caseconf_desktop.ui.dialogs.bundles import ImportBundleDialog

        dialog = ImportBundleDialog(self.executor, self)
        dialog.show_conflicts.connect(lambda: self.show_conflicts(None))
        self._open_dialog(dialog)

    def show_conflicts(self, case_id: str | None = None) -> None:
        """The conflicts view (of one case): for the dashboard and the case file too."""
        from caseconf_desktop.ui.dialogs.conflicts import ConflictsDialog

        self.conflicts_dialog = ConflictsDialog(self.executor, self, case_id)
        self.conflicts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflicts_dialog.open()

    def show_devices(self) -> None:
        from caseconf_desktop.ui.dialogs.devices import DevicesDialog

        self._open_dialog(DevicesDialog(self.executor, self))

    def verify_minutes(self) -> None:
        from caseconf_desktop.ui.dialogs import minutes as minutes_dialog

        self.verify_dialog = minutes_dialog.open_verify_dialog(self, self.executor)

    def _open_dialog(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.safety_dialog = dialog
        dialog.open()

    def show_backup(self) -> None:
        from caseconf_desktop.ui.dialogs.backup import BackupDialog

        self._open_dialog(BackupDialog(self.executor, self.settings, self))

    def show_restore(self) -> None:
        from caseconf_desktop.ui.dialogs.backup import RestoreDialog, open_restored

        dialog = RestoreDialog(self.executor, self)
        dialog.restored.connect(lambda path: open_restored(self, path))
        self._open_dialog(dialog)

    def show_passphrase(self) -> None:
        from caseconf_desktop.ui.dialogs.passphrase import PassphraseDialog

        self._open_dialog(PassphraseDialog(self.executor, self))

    def show_audit_log(self) -> None:
        from caseconf_desktop.ui.dialogs.audit import AuditDialog

        self._open_dialog(AuditDialog(self.executor, self))

    def show_retention(self) -> None:
        from caseconf_desktop.ui.dialogs.retention import RetentionDialog

        dialog = RetentionDialog(self.executor, self)
        dialog.open_case.connect(self.open_case)
        self._open_dialog(dialog)

    def show_preferences(self) -> None:
        from caseconf_desktop.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(
            lambda: self.idle.set_timeout_ms(self.settings.get_int(cfg.AUTOLOCK_MINUTES) * 60_000)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        dialog.open()

    def _find(self) -> None:
        if self.root.currentIndex() == 1:
            self.show_page(self.NAV.index("cases"))
            self.cases_page.search.setFocus()
            self.cases_page.search.selectAll()

    # -- unlock / lock --------------------------------------------------------------------

    def _unlocked(self, path: str) -> None:
        self._build_workspace()
        self.vault_path = path
        place, ident = self._place
        self._place = ("dashboard", "")
        row = self.NAV.index(place) if place in self.NAV else 0
        # The row first, quietly: shown without a current row, the list would pick row 0
        # itself as it takes the focus, and the page would load twice.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.root.setCurrentIndex(1)
        self.lock_action.setEnabled(True)
        self.toolbar.setVisible(True)
        self.idle.start()
        if place == "runner" and ident:
            self.run_conference(ident)
        elif place == "case" and ident:
            self.open_case(ident)
        else:
            self._nav_changed(row)
            # A conference left running (crash, power cut) reopens where it stopped.
            from caseconf_desktop.services import conferences

            Op(self, self.executor, conferences.interrupted).success(self._resume_interrupted).run()
        from caseconf_desktop.ui.dialogs.backup import remind

        remind(self, self.settings.get_int(cfg.BACKUP_REMINDER_DAYS))
        _forget_module_sources()

    def _resume_interrupted(self, interrupted: list[model.Conference]) -> None:
        if interrupted and self.runner is None:
            self.run_conference(interrupted[0].id)
            self.statusBar().showMessage(
                self.tr("An interrupted conference was reopened where it stopped."), 8000
            )

    def lock(self) -> None:
        if self.root.currentIndex() != 1:
            return
        if self.runner is not None:
            self.runner.flush()
            self.runner.risk.flush()
            self._place = ("runner", self.runner.conference_id)
        elif self.case_view is not None and self.pages.currentWidget() is self.case_view:
            self._place = ("case", self.case_view.case_id)
        else:
            self._place = (self.NAV[max(self.nav.currentRow(), 0)], "")
        self.idle.stop()
        from caseconf_desktop.ui import clipboard

        clipboard.clear_now()
        self._drop_dynamic_pages()
        self.dashboard_page.board = None
        for page in (self.dashboard_page, self.cases_page, self.actions_page):
            page.model.set_records([])
        self.directory_page.directory = None
        self.executor.close_vault()
        self.lock_action.setEnabled(False)
        self.toolbar.setVisible(False)
        self.root.setCurrentIndex(0)
        self.unlock.prepare_for_relock(self.vault_path)

    def _drop_dynamic_pages(self) -> None:
        for attr in ("case_view", "runner"):
            widget = getattr(self, attr)
            if widget is not None:
                if attr == "runner":
                    widget.close_projector()  # at once: the room must not keep seeing it
                self.pages.removeWidget(widget)
                widget.deleteLater()
                setattr(self, attr, None)
        self._fit_nav()

    # -- navigation -----------------------------------------------------------------------

    def show_page(self, i: int) -> None:
        if self.nav.currentRow() == i:
            self._nav_changed(i)  # already current: the row does not signal again
        else:
            self.nav.setCurrentRow(i)  # its signal shows (and loads) the page, once

    def _nav_changed(self, i: int) -> None:
        if i < 0 or self.root.currentIndex() != 1:
            return
        page: Any = self._nav_pages()[i]
        self.pages.setCurrentWidget(page)
        self._fit_nav()
        page.reload()
        if page is self.cases_page:
            self.cases_page.table.setFocus()
        self._update_actions()

    def _nav_pages(self) -> list[Any]:
        return [
            self.dashboard_page,
            self.cases_page,
            self.actions_page,
            self.directory_page,
            self.glossary_page,
        ]

    def open_case(self, case_id: str) -> None:

        if self.runner is not None:
            self.runner.flush()
        self._drop_dynamic_pages()
        from caseconf_desktop.ui.case_file import CaseFileView

        view = CaseFileView(self.executor, case_id)
        view.prepare_conference.connect(self.prepare_conference)
        view.run_conference.connect(self.run_conference)
        view.closed.connect(self._case_closed)
        view.conflicts_requested.connect(self.show_conflicts)
        view.loaded.connect(self._update_actions)
        self.case_view = view
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self.NAV.index("cases"))
        self.nav.blockSignals(False)
        view.tabs.setFocus()

    def _case_closed(self) -> None:
        """The case file asked to close (its case was erased): back to the case list."""
        self._drop_dynamic_pages()
        self.show_page(self.NAV.index("cases"))

    def new_case(self) -> None:
        from caseconf_desktop.domain import model
        from caseconf_desktop.services import casefile
        from caseconf_desktop.ui.forms import RecordEditor

        year = datetime.now().year

        def work(v: Any) -> tuple[casefile.Directory, str]:
            return casefile.directory(v), casefile.next_case_reference(v, year)

        def show(result: tuple[casefile.Directory, str]) -> None:
            directory, reference = result
            draft = model.Case(reference=reference, subject_name="")
            from caseconf_desktop.domain import rules

            dialog = RecordEditor(
                draft, directory, self.tr("New case"), self, check=rules.check_case
            )
            dialog.accepted_record.connect(self._create_case)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.editor = dialog
            dialog.open()

        Op(self, self.executor, work).success(show).run()

    def _create_case(self, case: model.Case) -> None:
        from caseconf_desktop.services import casefile

        Op(self, self.executor, lambda v: casefile.save_record(v, case)).success(
            lambda c: self.open_case(c.id)
        ).run()

    def prepare_conference(self, case_id: str) -> None:
        from caseconf_desktop.ui.dialogs.prepare import PrepareConferenceDialog

        dialog = PrepareConferenceDialog(self.executor, case_id, self)
        dialog.prepared.connect(self.run_conference_prompt)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prepare_dialog = dialog
        dialog.open()

    def run_conference_prompt(self, conf_id: str) -> None:
        if messages.ask_yes_no(self, self.tr("The conference is prepared. Start running it now?")):
            self.run_conference(conf_id)
        elif self.case_view is not None:
            self.case_view.reload()

    def run_conference(self, conf_id: str) -> None:
        self._drop_dynamic_pages()
        from caseconf_desktop.ui.conference.runner import AgendaRunner

        runner = AgendaRunner(self.executor, conf_id)
        runner.leave.connect(self.open_case)
        runner.export_minutes.connect(self.export_minutes)
        runner.finished.connect(lambda _c: self._update_actions())
        # F1 is the window's Help action here too (the runner's shortcuts plus the window's);
        # the runner's own F1 would make the key ambiguous, so it stands down inside the window.
        for shortcut in runner.findChildren(QShortcut):
            if shortcut.key() == QKeySequence(Qt.Key.Key_F1):
                shortcut.setEnabled(False)
        self.runner = runner
        self.pages.addWidget(runner)
        self.pages.setCurrentWidget(runner)
        self._fit_nav()  # icons only: the meeting gets the width
        self._update_actions()
        runner.composer.text.setFocus()

    def export_minutes(self, conf_id: str) -> None:
        from caseconf_desktop.ui.dialogs import minutes as minutes_dialog

        self.minutes_dialog = minutes_dialog.open_export_dialog(self, self.executor, conf_id)

    # -- plumbing -------------------------------------------------------------------------

    def _busy(self, busy: bool, label: str) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setText(label if busy else "")

    def closeEvent(self, event: Any) -> None:
        if self.runner is not None:
            self.runner.flush()
            self.runner.risk.flush()
        self.idle.stop()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.set(cfg.WINDOW_GEOMETRY, geometry)
        self.executor.shutdown()
        super().closeEvent(event)

"""One thread owns the vault; the GUI sends it work and gets results back as signals.

Modelled on Anki's collection executor: every vault access from the GUI is an
:class:`Op` whose function runs on the single vault thread and whose callbacks run on the
GUI thread, only while their owner QObject is alive. Work that takes longer than half a
second shows a busy indication through the executor's ``busy`` signal.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from caseconf_desktop import errors

if TYPE_CHECKING:  # the database module loads on first unlock, not at start-up
    from caseconf_desktop.domain.changes import Changes
    from caseconf_desktop.storage.vault import Vault

log = logging.getLogger(__name__)
T = TypeVar("T")

BUSY_AFTER_MS = 500


class _Dispatcher(QObject):
    """Carries results and progress from the vault thread to the GUI thread.

    One per application, a child of the QApplication: the receiver of the queued calls
    must outlive every executor, window and dialog, or a late result would be delivered
    to a half-destroyed object.
    """

    finished = Signal(object)
    progressed = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _finished(self, op: Op[Any]) -> None:
        op._deliver()

    @Slot(object, int, int, str)
    def _progressed(self, op: Op[Any], done: int, total: int, text: str) -> None:
        op._deliver_progress(done, total, text)


_dispatcher: _Dispatcher | None = None


def dispatcher() -> _Dispatcher:
    """The application's dispatcher (created on the GUI thread at the first Op)."""
    global _dispatcher  # noqa: PLW0603 (one per application, by design)
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher(QCoreApplication.instance())
    return _dispatcher


class VaultExecutor(QObject):
    """Owns the open vault and the single thread that may touch it."""

    busy = Signal(bool, str)  # (busy, what): drives a progress indication
    locked = Signal()
    # What an operation wrote (domain.changes.Changes), after its own callbacks ran: views
    # subscribe and refresh only what it touched.
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseconf-vault")
        dispatcher()  # created here, on the GUI thread
        self._vault: Vault | None = None
        self._secret: str | None = None
        self._pending = 0
        self._shut_down = False

    # Only ever called on the vault thread.
    def vault(self) -> Vault:
        if self._vault is None:
            raise errors.VaultError(
                QCoreApplication.translate("Tasks", "The vault is locked; unlock it to continue.")
            )
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def attach(self, vault: Vault, passphrase: str | None = None) -> None:
        """Called on the vault thread by the unlock operation.

        With the passphrase, long work (ProcessOp) can open the vault in a child process;
        it is held only while the vault is open and dropped when it closes (lock, quit).
        """
        self._vault = vault
        self._secret = passphrase

    def process_target(self) -> tuple[Path, str] | None:
        """(vault path, passphrase) for a worker process, or None: then work stays here."""
        vault, secret = self._vault, self._secret
        if vault is None or not secret:
            return None
        return vault.path, secret

    def submit(self, fn: Callable[[Vault], T]) -> Future[T]:
        """Run ``fn(vault)`` on the vault thread (no callbacks; see Op for those)."""
        return self._pool.submit(lambda: fn(self.vault()))

    def close_vault(self) -> Future[None]:
        def _close() -> None:
            self._secret = None
            if self._vault is not None:
                self._vault.close()
                self._vault = None

        return self._pool.submit(_close)

    @property
    def shut_down(self) -> bool:
        return self._shut_down

    def shutdown(self) -> None:
        """Finish queued work (saves first), close the vault, refuse anything after."""
        if self._shut_down:
            return
        self._shut_down = True
        self.close_vault().result(timeout=60)
        self._pool.shutdown(wait=True)

    def _started(self, what: str) -> None:
        self._pending += 1

    def _ended(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy.emit(False, "")


class Op(Generic[T]):
    """A unit of vault work: ``Op(parent, executor, fn).success(cb).failure(cb).run()``."""

    def __init__(
        self,
        parent: QObject,
        executor: VaultExecutor,
        fn: Callable[[Vault], T],
        *,
        label: str = "",
        needs_vault: bool = True,
    ) -> None:
        self._parent = parent
        self._executor = executor
        self._fn = fn
        self._label = label
        self._needs_vault = needs_vault
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[errors.KnownError], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._result: T | None = None
        self._error: BaseException | None = None
        self._busy_timer: QTimer | None = None
        self._changes: Changes | None = None

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[errors.KnownError], None]) -> Op[T]:
        self._on_failure = cb
        return self

    def progress(self, cb: Callable[[int, int, str], None]) -> Op[T]:
        """Progress reported by the work through :meth:`report` (any thread), shown on the GUI."""
        self._on_progress = cb
        return self

    def report(self, done: int, total: int, text: str = "") -> None:
        """Called by the work function on the vault thread; delivered to the GUI thread."""
        dispatcher().progressed.emit(self, done, total, text)

    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and shiboken6.isValid(self._parent):
            self._on_progress(done, total, text)

    def run(self) -> None:
        ex = self._executor
        if ex.shut_down:
            return  # the window is closing; results would have nowhere to go
        self._start_busy()
        ex._pool.submit(self._work)

    def _start_busy(self) -> None:
        """Count the work as pending; after BUSY_AFTER_MS the executor says it is busy."""
        ex = self._executor
        ex._started(self._label)
        # The timer belongs to the application-long dispatcher and reaches the executor only
        # through a weak reference: a timer owned by the executor whose slot held the executor
        # would, when deleted, release the executor from inside its own child's destructor.
        timer = QTimer(dispatcher())
        timer.setSingleShot(True)
        executor_ref = weakref.ref(ex)
        label = self._label

        def show_busy() -> None:
            executor = executor_ref()
            if executor is not None and shiboken6.isValid(executor):
                executor.busy.emit(True, label)

        timer.timeout.connect(show_busy)
        timer.start(BUSY_AFTER_MS)
        self._busy_timer = timer

    def _work(self) -> None:
        vault = None
        try:
            if self._needs_vault:
                vault = self._executor.vault()
                vault.changes.take()  # nothing left over belongs to this operation
                self._result = self._fn(vault)
            else:
                self._result = self._fn(None)  # type: ignore[arg-type]
        except BaseException as exc:  # delivered to the GUI thread, re-raised there if a bug
            self._error = exc
        if vault is not None and vault.is_open:
            changes = vault.changes.take()
            # Published even after a failure: work may have committed a part before it.
            self._changes = changes if changes else None
        dispatcher().finished.emit(self)

    def _deliver(self) -> None:
        if self._busy_timer is not None and shiboken6.isValid(self._busy_timer):
            self._busy_timer.stop()
            self._busy_timer.deleteLater()
        self._busy_timer = None
        if shiboken6.isValid(self._executor):
            self._executor._ended()
        try:
            self._run_callbacks()
            if self._changes is not None and shiboken6.isValid(self._executor):
                self._executor.changed.emit(self._changes)  # also when the owner has gone
        finally:
            # Drop every reference here, on the GUI thread: if the vault thread released
            # the last reference to a Qt object captured by the work function, Qt would
            # destroy it on the wrong thread.
            self._fn = None  # type: ignore[assignment]
            self._on_success = self._on_failure = self._on_progress = None
            self._result = None
            self._changes = None
            self._parent = None  # type: ignore[assignment]

    def _run_callbacks(self) -> None:
        alive = shiboken6.isValid(self._parent)
        if self._error is None:
            if alive and self._on_success is not None:
                self._on_success(self._result)  # type: ignore[arg-type]
            return
        error, self._error = self._error, None
        if isinstance(error, errors.KnownError):
            if alive and self._on_failure is not None:
                self._on_failure(error)
            elif alive:
                from caseconf_desktop.ui import messages

                messages.show_error(self._parent, error.user_text)
            return
        # A bug: hand it to the crash handler installed by app.py.
        raise error


class ProcessOp(Op[T]):
    """An Op whose work runs in a child process (services.worker), not on the vault thread.

    For rendering and signing minutes, backups and bundles: the GUI thread never competes
    with them for the interpreter, and autosaves never queue behind them. A plain thread
    waits for the child. Without a passphrase to hand the child (a vault attached without
    one, as some tests do), the job runs on the vault thread like any Op.
    """

    def __init__(
        self,
        parent: QObject,
        executor: VaultExecutor,
        job: str,
        *args: Any,
        label: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(parent, executor, self._in_thread, label=label)
        self._job, self._args, self._kwargs = job, args, kwargs

    def _in_thread(self, vault: Vault) -> T:
        from caseconf_desktop.services import worker

        fn, takes_progress = worker.job_function(self._job)
        kwargs = dict(self._kwargs)
        if takes_progress:
            kwargs["progress"] = self.report
        return fn(vault, *self._args, **kwargs)  # type: ignore[no-any-return]

    def run(self) -> None:
        ex = self._executor
        target = None if ex.shut_down else ex.process_target()
        if target is None:
            super().run()
            return
        self._start_busy()
        from caseconf_desktop import i18n

        language = i18n.app_language()
        threading.Thread(target=self._wait_for_child, args=(target, language), daemon=True).start()

    def _wait_for_child(self, target: tuple[Path, str], language: str) -> None:
        from caseconf_desktop.services import worker

        path, secret = target
        try:
            self._result, changes = worker.run(
                path,
                secret,
                self._job,
                self._args,
                self._kwargs,
                language=language,
                on_progress=self.report,
            )
            self._changes = changes if changes else None
        except BaseException as exc:
            self._error = exc
        dispatcher().finished.emit(self)

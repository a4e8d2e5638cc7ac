"""Long work in a child process: the window never waits for it.

Rendering and signing minutes, copying and checking a backup and bundle crypto are
Python- and C-heavy; on the vault thread they would hold the interpreter lock against the
GUI thread (stalls of 60–250 ms) and make every autosave queue behind them. Here they run
in a child process started with the *spawn* method (a fresh interpreter, nothing of the
parent's memory copied), which opens the vault with its own connection (SQLCipher's WAL
lets it read while the window keeps writing) and runs one of the few :data:`JOBS`.

The passphrase and the job go to the child through a pipe, never on a command line or in
the environment. The child sends back progress, then the result and what it changed
(``domain.changes.Changes``), or the known error, or — for a bug — only the exception's
type and frames (a message could hold case data). The child is protected like the app
(no core file, not dumpable) and exits when the job ends.
"""

from __future__ import annotations

import importlib
import multiprocessing
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseconf_desktop.domain.changes import Changes

#: The functions a child may run: name -> (module, function). Each takes the open vault
#: first; those marked True take a ``progress(done, total, text)`` keyword.
JOBS: dict[str, tuple[str, str, bool]] = {
    "minutes.export_batch": ("caseconf_desktop.services.minutes", "export_batch", True),
    "backup.backup": ("caseconf_desktop.services.backup", "backup", False),
    "bundles.export_bundle": ("caseconf_desktop.services.bundles", "export_bundle", True),
    "bundles.import_bundle": ("caseconf_desktop.services.bundles", "import_bundle", True),
}

Progress = Callable[[int, int, str], None]


def job_function(job: str) -> tuple[Callable[..., Any], bool]:
    """The function a job runs, and whether it takes a ``progress`` keyword."""
    module, name, takes_progress = JOBS[job]
    return getattr(importlib.import_module(module), name), takes_progress


class WorkerFailed(RuntimeError):
    """A bug in the child: its exception type and frames (never its message)."""


def prepare() -> None:
    """Start multiprocessing's resource tracker now, while the process is small.

    The first worker otherwise starts it (a fork of the whole window's process, with the
    interpreter lock held): a 50–60 ms freeze of the window at the first export or backup.
    Called once at start-up, before the window exists.
    """
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()


def run(
    vault_path: Path,
    passphrase: str,
    job: str,
    args: tuple[Any, ...] = (),
    kwargs: dict[str, Any] | None = None,
    *,
    language: str = "en",
    on_progress: Progress | None = None,
) -> tuple[Any, Changes]:
    """Run ``job`` on the vault in a child process; returns (its result, what it changed).

    Blocks the calling thread (never the GUI thread: ui.tasks.ProcessOp waits on a plain
    thread) until the child is done. A known error in the child is raised here as itself.
    """
    if job not in JOBS:
        raise ValueError(f"no such job: {job!r}")
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(target=_child, args=(theirs,), name="caseconf-worker", daemon=True)
    child.start()
    theirs.close()
    try:
        ours.send((str(vault_path), passphrase, job, args, kwargs or {}, language))
        while True:
            try:
                kind, *payload = ours.recv()
            except EOFError:
                raise WorkerFailed("the worker process ended without an answer") from None
            if kind == "progress":
                if on_progress is not None:
                    on_progress(*payload)
            elif kind == "done":
                return payload[0], payload[1]
            elif kind == "known":
                raise payload[0]
            else:
                raise WorkerFailed(payload[0])
    finally:
        ours.close()
        child.join(timeout=30)
        if child.is_alive():
            child.kill()
            child.join()


def _child(conn: Any) -> None:
    """The child's whole life: one job, then exit."""
    from caseconf_desktop import errors, hardening

    hardening.protect_process()
    try:
        path, passphrase, job, args, kwargs, language = conn.recv()
        _speak(language)
        fn, takes_progress = job_function(job)
        if takes_progress:
            kwargs["progress"] = lambda done, total, text="": conn.send(
                ("progress", done, total, text)
            )
        from caseconf_desktop.services import vaults

        vault = vaults.unlock(Path(path), passphrase, record=False)
        del passphrase
        try:
            result = fn(vault, *args, **kwargs)
            conn.send(("done", result, vault.changes.take()))
        finally:
            vault.close()
    except errors.KnownError as exc:
        conn.send(("known", exc))
    except BaseException as exc:  # a bug: its kind and where, never its text
        frames = "".join(traceback.format_tb(exc.__traceback__))
        conn.send(("bug", f"{type(exc).__name__} in the worker process\n{frames}"))
    finally:
        conn.close()


def _speak(language: str) -> None:
    """Known errors and documents in the window's language (a fresh process has none)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from caseconf_desktop import i18n

    app = QCoreApplication.instance() or QCoreApplication([])
    QLocale.setDefault(QLocale(language))
    if language in i18n.LANGUAGES:
        app.installTranslator(i18n.translator(language))
    _speak.app = app  # type: ignore[attr-defined]  # kept alive for the job

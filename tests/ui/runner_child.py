"""Child process for the crash test: runs the agenda runner and types, until it is killed.

Usage: python -m tests.ui.runner_child VAULT CONFERENCE_ID PASSPHRASE_FILE
Prints "READY", then "A-DONE" after the first sentence, then keeps typing slowly.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from caseconf_desktop.app import make_app
from caseconf_desktop.domain.enums import Section
from caseconf_desktop.services import vaults
from caseconf_desktop.ui.conference.runner import AgendaRunner
from caseconf_desktop.ui.tasks import VaultExecutor

FIRST = "The mentor reports steady engagement and a new apprenticeship offer."
SECOND = " Further notes typed slowly until the power goes out " * 4


def main() -> int:
    vault_path, conf_id, pass_file = sys.argv[1:4]
    app = make_app()
    executor = VaultExecutor()
    passphrase = Path(pass_file).read_text(encoding="utf-8")
    executor._pool.submit(
        lambda: executor.attach(vaults.unlock(Path(vault_path), passphrase))
    ).result()
    runner = AgendaRunner(executor, conf_id)
    runner.resize(1200, 800)
    runner.show()

    def wait_for(cond, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + timeout
        while not cond():
            app.processEvents()
            time.sleep(0.01)
            if time.monotonic() > end:
                raise SystemExit("timed out")

    def script() -> None:
        wait_for(lambda: runner.section is not None)
        runner.goto(Section.NEEDS)
        wait_for(
            lambda: (
                runner.state is not None
                and runner.state.conference.current_section is Section.NEEDS
            )
        )
        print("READY", flush=True)
        QTest.keyClicks(runner.composer.text, FIRST)
        print("A-DONE", flush=True)
        for ch in SECOND:
            QTest.keyClicks(runner.composer.text, ch)
            end = time.monotonic() + 0.1
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.005)
        print("ALL-TYPED", flush=True)

    QTimer.singleShot(0, script)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

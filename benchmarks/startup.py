"""Start to first paint: CaseConf's unlock window against a bare PySide6 window.

Each measurement is a fresh process (cold interpreter, warm disk cache); the parent
times from spawning it to the child's report of its first paint event. Prints a markdown
table with medians and the ratio (goal: at most 1.2x).

Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD_BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("CaseConf")
w.resize(1360, 860)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F()
w.installEventFilter(f)
w.show()
app.exec()
"""

CHILD_APP = r"""
import sys
from caseconf_desktop import cli  # the console script's own entry module, imported first
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

# The console script's path as a user starts it (`caseconf`, i.e. `caseconf gui`), with one
# probe: the first window shown gets the same paint filter as the bare window.
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False
f = F()
show = QWidget.show
def probed_show(self):
    if self.isWindow():
        self.installEventFilter(f)
    show(self)
QWidget.show = probed_show
sys.argv = ["caseconf"]
sys.exit(cli.main())
"""


def time_child(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, env=env, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "PAINTED":
        raise SystemExit("startup benchmark: the child did not paint")
    return elapsed


def compile_package() -> None:
    """Bytecode for every module, as an installed copy has (pip compiles at install time).

    Without it, a PYTHONDONTWRITEBYTECODE environment (CI's, and this machine's) would have
    every start compile CaseConf's sources again and time the compiler, not the app.
    """
    import compileall

    import caseconf_desktop

    compileall.compile_dir(str(Path(caseconf_desktop.__file__).parent), quiet=1)


def measure(runs: int) -> tuple[float, float]:
    compile_package()
    home = Path(tempfile.mkdtemp(prefix="caseconf-startup-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "CASECONF_DATA_DIR": str(home / "data"),
        "CASECONF_CONFIG_DIR": str(home / "config"),
        "CASECONF_CACHE_DIR": str(home / "cache"),
    }
    # One warm-up of each so that both start from a warm page cache.
    time_child(CHILD_BARE, env)
    time_child(CHILD_APP, env)
    bare, app = [], []
    for _ in range(runs):
        bare.append(time_child(CHILD_BARE, env))
        app.append(time_child(CHILD_APP, env))
    return statistics.median(bare), statistics.median(app)


def main(argv: list[str] | None = None) -> list[tuple[str, str, str, str, str]]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    bare, app = measure(args.runs)
    ratio = app / bare
    rows = [
        (
            "start to first paint of the unlock window",
            f"{app * 1000:.0f} ms",
            f"{bare * 1000:.0f} ms (bare PySide6 window)",
            f"{ratio:.2f}x",
            "<= 1.2x",
        )
    ]
    print("| measure | CaseConf | floor | ratio | goal |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    return rows


if __name__ == "__main__":
    main()

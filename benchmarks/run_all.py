"""Run every benchmark and write benchmarks/results.md (`make bench`).

Each benchmark builds its own synthetic data (the demo generator) in a temporary folder and
prints markdown; this script runs them one after another in fresh processes, echoes their
output and collects it, with the machine it ran on.

    .venv/bin/python benchmarks/run_all.py [--cases 10000] [--quick]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument("--quick", action="store_true", help="small data sets, for a smoke run")
    args = parser.parse_args(argv)
    n = 1000 if args.quick else args.cases
    runs: list[tuple[str, list[str]]] = [
        ("Start-up", ["startup.py", "--runs", "3" if args.quick else "7"]),
        ("The window on a big vault", ["gui_bench.py", "--cases", str(n)]),
        ("Search", ["search_bench.py", "--cases", str(n), "--repeat", "3" if args.quick else "7"]),
        ("Storage overhead of encryption", ["vault_bench.py", "--cases", str(min(n, 2000))]),
        ("Minutes", ["minutes_bench.py", "--repeat", "3" if args.quick else "5"]),
        ("Demo data", ["demo_bench.py", "--cases", str(n)]),
    ]
    if (HERE / "bundle_bench.py").exists():
        runs.append(("Bundles", ["bundle_bench.py", "--cases", str(min(n, 1000))]))
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    parts = [
        "# CaseConf benchmark results",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        "Every figure is measured in the same run as its floor; all data is synthetic.",
        "",
    ]
    failed = False
    for title, cmd in runs:
        start = time.perf_counter()
        print(f"== {title}", flush=True)
        result = subprocess.run(
            [sys.executable, str(HERE / cmd[0]), *cmd[1:]],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        took = time.perf_counter() - start
        print(result.stdout, flush=True)
        parts += [f"## {title}", ""]
        if result.returncode != 0:
            failed = True
            parts += [
                f"Failed (exit {result.returncode}): {result.stderr.strip().splitlines()[-1:]}",
                "",
            ]
        else:
            parts += [result.stdout.strip(), "", f"_({took:.0f} s)_", ""]
    out = HERE / "results.md"
    out.write_text("\n".join(parts) + "\n", encoding="utf-8")
    print(f"written {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

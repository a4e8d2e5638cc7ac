"""Benchmark: how long the demo generator takes to fill a fresh vault.

Times ``demo.generate()`` in-process and ``caseconf demo --cases N`` as a user runs it (wall
time including interpreter start-up and unlocking), each into a fresh vault in a temporary
folder, and prints a markdown table with the counts and the vault size.

    .venv/bin/python benchmarks/demo_bench.py [--cases 10000] [--seed 1] [--no-cli]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase, synthetic data only"


def _size(path: Path) -> int:
    """Bytes on disk for the vault, its WAL and shared-memory files."""
    return sum(
        p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def _env(tmp: Path) -> dict[str, str]:
    """Every CaseConf folder under the temporary directory; passphrase from the environment."""
    env = dict(os.environ)
    for name in ("data", "config", "cache"):
        folder = tmp / "home" / name
        folder.mkdir(parents=True, exist_ok=True)
        env[f"CASECONF_{name.upper()}_DIR"] = str(folder)
    env["CASECONF_PASSPHRASE"] = PASSPHRASE
    env.pop("CASECONF_VAULT", None)
    return env


def _cli(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "caseconf_desktop", *args],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def _mib(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-cli", action="store_true", help="skip the command-line timing")
    args = parser.parse_args(argv)

    import sqlcipher3

    from caseconf_desktop import demo
    from caseconf_desktop.services import vaults

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="caseconf-demo-bench-") as folder:
        tmp = Path(folder)
        env = _env(tmp)
        os.environ.update({k: v for k, v in env.items() if k.startswith("CASECONF_")})

        path = tmp / "api.vault"
        vault = vaults.init_vault(path, PASSPHRASE, "Bench Owner", "Bench Agency")
        try:
            start = time.perf_counter()
            stats = demo.generate(vault, args.cases, seed=args.seed)
            api_seconds = time.perf_counter() - start
        finally:
            vault.close()
        size = _size(path)

        rows += [
            ("cases", f"{stats['cases']:,}"),
            ("conferences", f"{stats['conferences']:,}"),
            ("entries", f"{stats['entries']:,} ({stats['entries'] / stats['cases']:.1f} per case)"),
            ("actions", f"{stats['actions']:,}"),
            ("attendance rows", f"{stats['attendance']:,}"),
            ("all records written", f"{sum(stats.values()):,}"),
            ("`demo.generate()` time", f"{api_seconds:.1f} s"),
            ("cases per second", f"{stats['cases'] / api_seconds:,.0f}"),
            (
                "vault size after close",
                f"{_mib(size)} ({size / stats['cases'] / 1024:.1f} KiB per case)",
            ),
        ]

        if not args.no_cli:
            cli_path = tmp / "cli.vault"
            common = ["--vault", str(cli_path)]
            init_seconds = _cli(
                ["init", *common, "--owner", "Bench Owner", "--agency", "Bench Agency"], env
            )
            demo_seconds = _cli(
                ["demo", *common, "--cases", str(args.cases), "--seed", str(args.seed)], env
            )
            rows += [
                ("`caseconf init` wall time", f"{init_seconds:.1f} s"),
                (f"`caseconf demo --cases {args.cases}` wall time", f"{demo_seconds:.1f} s"),
                ("CLI vault size", _mib(_size(cli_path))),
            ]

    print(f"## Demo generation: {args.cases:,} cases (seed {args.seed})")
    print()
    print(
        f"Python {platform.python_version()}, SQLCipher on SQLite {sqlcipher3.sqlite_version}, "
        f"{os.cpu_count()} CPU cores, {platform.machine()}"
    )
    print()
    print("| measure | value |")
    print("| --- | --- |")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

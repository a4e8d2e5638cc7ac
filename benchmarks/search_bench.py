"""Benchmark: case search latency on a large vault.

Builds a demo vault (default 10,000 cases, about 100,000 entries) in a temporary folder,
then times ``list_cases(vault, search=...)`` for about 30 realistic queries (names in four
scripts, prefixes, spellings without diacritics, references, common, partial and rare
words, FTS syntax) with ``limit=200`` and without a limit, and the wall time of
``caseconf cases list --search X`` as a user runs it. Prints markdown tables.

    .venv/bin/python benchmarks/search_bench.py [--cases 10000] [--repeat 7] [--no-cli]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase, synthetic data only"
LIMIT = 200


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _queries(vault: Any) -> list[tuple[str, str]]:
    """(kind, query) pairs drawn from the vault itself, so every run asks the same things."""
    from caseconf_desktop.storage.mapping import CASES

    found: dict[str, Any] = {}
    for case in CASES.where(vault, order="reference"):
        script = unicodedata.name(case.subject_name[0]).split()[0]
        if script not in found:
            found[script] = case
        if len(found) == 4:
            break
    out: list[tuple[str, str]] = []
    for script in ("LATIN", "GREEK", "CYRILLIC", "ARABIC"):
        case = found.get(script)
        if case is None:
            continue
        first, *_, last = case.subject_name.split()
        out += [
            (f"full name ({script.lower()})", case.subject_name),
            (f"surname ({script.lower()})", last),
            (f"name prefix ({script.lower()})", first[:3]),
        ]
    accented = next(
        (
            c.subject_name.split()[-1]
            for c in CASES.where(vault, "subject_name != ''", order="reference")
            if _plain(c.subject_name) != c.subject_name and _plain(c.subject_name).isascii()
        ),
        "Fernandez",
    )
    sample = CASES.where(vault, order="reference")[len(found) * 7 % 97]
    out += [
        ("without diacritics", _plain(accented)),
        ("without diacritics", "jose"),
        ("reference", sample.reference),
        ("reference prefix", sample.reference[:-2]),
        ("pseudonym", sample.pseudonym),
        ("common word", "housing"),
        ("common word", "mentor"),
        ("common word", "employment"),
        ("common word", "probation"),
        ("very common word", "the"),
        ("partial word", "hous"),
        ("partial word", "emplo"),
        ("partial word", "safeg"),
        ("rare word", "beekeeping"),
        ("rare word", "calligraphy"),
        ("rare word", "marathon"),
        ("two words", "housing mentor"),
        ("two words", "welding course"),
        ("no match", "xylophone"),
        ("FTS syntax", '"housing" AND (mentor* -'),
    ]
    return out


def _time(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm the page cache: we measure a working session, not a cold disk
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _p50(samples: list[float]) -> float:
    return statistics.median(samples)


def _p95(samples: list[float]) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("data", "config", "cache"):
        folder = tmp / "home" / name
        folder.mkdir(parents=True, exist_ok=True)
        env[f"CASECONF_{name.upper()}_DIR"] = str(folder)
    env["CASECONF_PASSPHRASE"] = PASSPHRASE
    env.pop("CASECONF_VAULT", None)
    return env


def _cli_seconds(args: list[str], env: dict[str, str], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "caseconf_desktop", *args],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _cell(text: str) -> str:
    return "`" + text.replace("|", "\\|").replace("`", "'") + "`"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per query and mode")
    parser.add_argument("--cli-repeat", type=int, default=3)
    parser.add_argument("--no-cli", action="store_true", help="skip the command-line timing")
    args = parser.parse_args(argv)

    import sqlcipher3

    from caseconf_desktop import demo
    from caseconf_desktop.services import cases, vaults

    with tempfile.TemporaryDirectory(prefix="caseconf-search-bench-") as folder:
        tmp = Path(folder)
        env = _env(tmp)
        os.environ.update({k: v for k, v in env.items() if k.startswith("CASECONF_")})
        path = tmp / "bench.vault"
        vault = vaults.init_vault(path, PASSPHRASE, "Bench Owner", "Bench Agency")
        start = time.perf_counter()
        stats = demo.generate(vault, args.cases, seed=args.seed)
        build_seconds = time.perf_counter() - start

        queries = _queries(vault)
        rows = []
        all_limited: list[float] = []
        all_unlimited: list[float] = []
        for kind, query in queries:
            matches = len(cases.list_cases(vault, query))
            limited = _time(lambda q=query: cases.list_cases(vault, q, limit=LIMIT), args.repeat)
            unlimited = _time(lambda q=query: cases.list_cases(vault, q), args.repeat)
            all_limited += limited
            all_unlimited += unlimited
            rows.append((kind, query, matches, limited, unlimited))
        everything = _time(lambda: cases.list_cases(vault, ""), args.repeat)
        first_page = _time(lambda: cases.list_cases(vault, "", limit=LIMIT), args.repeat)
        vault.close()

        cli_rows: list[tuple[str, float, float]] = []
        if not args.no_cli:
            picks = [q for q in queries if q[0].startswith(("surname (cyr", "common word"))][:2]
            picks += [q for q in queries if q[0] == "rare word"][:1]
            for _kind, query in picks:
                base = ["cases", "list", "--vault", str(path), "--search", query]
                cli_rows.append(
                    (
                        query,
                        _cli_seconds([*base, "--limit", str(LIMIT)], env, args.cli_repeat),
                        _cli_seconds(base, env, args.cli_repeat),
                    )
                )
            version = ["--version"]
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "caseconf_desktop", *version],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            startup = time.perf_counter() - start

    print(f"## Case search: {stats['cases']:,} cases, {stats['entries']:,} entries")
    print()
    print(
        f"Python {platform.python_version()}, SQLCipher on SQLite {sqlcipher3.sqlite_version}, "
        f"{os.cpu_count()} CPU cores; vault built in {build_seconds:.1f} s; "
        f"{args.repeat} timed runs per query and mode after one warm-up; times in ms."
    )
    print()
    print(
        f"| mode | p50 | p95 | max |\n| --- | --- | --- | --- |\n"
        f"| search, limit={LIMIT} (all {len(queries)} queries) | {_p50(all_limited):.1f} | "
        f"{_p95(all_limited):.1f} | {max(all_limited):.1f} |\n"
        f"| search, no limit (all {len(queries)} queries) | {_p50(all_unlimited):.1f} | "
        f"{_p95(all_unlimited):.1f} | {max(all_unlimited):.1f} |\n"
        f"| no search, limit={LIMIT} | {_p50(first_page):.1f} | {_p95(first_page):.1f} | "
        f"{max(first_page):.1f} |\n"
        f"| no search, all {stats['cases']:,} cases | {_p50(everything):.1f} | "
        f"{_p95(everything):.1f} | {max(everything):.1f} |"
    )
    print()
    print(
        f"| kind | query | matches | p50 limit {LIMIT} | p95 limit {LIMIT} "
        "| p50 no limit | p95 no limit |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for kind, query, matches, limited, unlimited in rows:
        print(
            f"| {kind} | {_cell(query)} | {matches:,} | {_p50(limited):.1f} | "
            f"{_p95(limited):.1f} | {_p50(unlimited):.1f} | {_p95(unlimited):.1f} |"
        )
    if cli_rows:
        print()
        print(
            "Command line: wall time of `caseconf cases list --search X` (median of "
            f"{args.cli_repeat}; includes interpreter start-up, key derivation and the audited "
            f"unlock). `caseconf --version` alone: {startup:.2f} s."
        )
        print()
        print(f"| query | with `--limit {LIMIT}` | no limit |")
        print("| --- | ---: | ---: |")
        for query, limited_s, unlimited_s in cli_rows:
            print(f"| {_cell(query)} | {limited_s:.2f} s | {unlimited_s:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

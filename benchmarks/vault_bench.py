"""Benchmark: the app's own storage workload with the vault key, against the same workload
through sqlcipher3 without a key (plain SQLite pages, same schema, same pragmas).

Workload: generate N demo cases (bulk writes in one transaction), list all cases, 30 searches,
load 200 case files, and 200 single-record saves each in its own transaction (the
autosave pattern). Prints a markdown table; goal: keyed / unkeyed <= 1.15x.

    .venv/bin/python benchmarks/vault_bench.py [--cases 2000]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase, synthetic data only"
QUERIES = [
    "housing",
    "mentor",
    "employment",
    "family",
    "Шев",
    "Γεω",
    "علي",
    "Jos",
    "risk",
    "CC-2025",
]


def open_unkeyed(path: Path) -> Any:
    """The floor: our Vault class over a connection that never gets a key."""
    import sqlcipher3

    from caseconf_desktop.storage import schema
    from caseconf_desktop.storage.vault import Vault, register_functions

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    # The same connection set-up as a keyed vault, minus the key (see _keyed_connection).
    register_functions(conn)
    vault = Vault(path, conn)
    vault._configure()
    schema.migrate(conn, str(path))
    return vault


def open_keyed(path: Path) -> Any:
    from caseconf_desktop.storage.vault import Vault

    return Vault.create(path, PASSPHRASE)


def seed_owner(vault: Any) -> None:
    from caseconf_desktop.domain.model import Agency, Person
    from caseconf_desktop.storage import audit
    from caseconf_desktop.storage.mapping import AGENCIES, PEOPLE

    with vault.transaction():
        agency = AGENCIES.upsert(vault, Agency(name="Bench Agency"))
        person = PEOPLE.upsert(vault, Person(name="Bench Owner", agency_id=agency.id))
        vault.set_meta("owner_person_id", person.id)
        vault.set_meta("owner_agency_id", agency.id)
        vault.set_meta("owner_role", "coordinator")
        audit.append(vault, "vault.created", "vault", person.id)


def workload(vault: Any, n_cases: int) -> dict[str, float]:
    from caseconf_desktop import demo
    from caseconf_desktop.services import casefile, cases
    from caseconf_desktop.storage.mapping import CASES, ENTRIES

    timings: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], Any]) -> None:
        start = time.perf_counter()
        fn()
        timings[name] = time.perf_counter() - start

    timed("generate", lambda: demo.generate(vault, n_cases, seed=3))
    timed("list all", lambda: cases.list_cases(vault))
    timed("search x30", lambda: [cases.list_cases(vault, q, limit=200) for q in QUERIES * 3])
    ids = [c.id for c in CASES.where(vault, order="reference")][:200]
    timed(
        "load 200 case files",
        lambda: [casefile.load_case_file(vault, i, record_view=False) for i in ids],
    )
    entries = ENTRIES.where(vault, order="rowid")[:200]

    def saves() -> None:
        for e in entries:
            casefile.save_record(
                vault, dataclasses.replace(e, text=e.text + " (edited)"), check=False
            )

    timed("200 autosaves", saves)
    return timings


def rows(n_cases: int) -> list[tuple[str, str, str, str, str]]:
    folder = Path(tempfile.mkdtemp(prefix="caseconf-vaultbench-"))
    results = {}
    for name, opener in (("keyed", open_keyed), ("unkeyed", open_unkeyed)):
        vault = opener(folder / f"{name}.db")
        seed_owner(vault)
        results[name] = workload(vault, n_cases)
        vault.close()
    out = []
    for step in results["keyed"]:
        k, u = results["keyed"][step], results["unkeyed"][step]
        out.append(
            (
                f"storage: {step}",
                f"{k * 1000:.0f} ms",
                f"{u * 1000:.0f} ms (no key)",
                f"{k / u:.2f}x",
                "",
            )
        )
    k_total, u_total = sum(results["keyed"].values()), sum(results["unkeyed"].values())
    out.append(
        (
            f"storage workload, {n_cases} cases (total)",
            f"{k_total:.2f} s",
            f"{u_total:.2f} s (sqlcipher3 without a key)",
            f"{k_total / u_total:.2f}x",
            "<= 1.15x",
        )
    )
    return out


def main(argv: list[str] | None = None) -> list[tuple[str, str, str, str, str]]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=2000)
    args = parser.parse_args(argv)
    table = rows(args.cases)
    print("| measure | CaseConf | floor | ratio | goal |")
    print("|---|---|---|---|---|")
    for r in table:
        print("| " + " | ".join(r) + " |")
    return table


if __name__ == "__main__":
    main()

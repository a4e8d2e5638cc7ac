"""Benchmark: render, sign and verify a ~30-page set of minutes.

Builds one closed conference with many entries (default 300, about 30 pages of full minutes)
in a fresh vault in a temporary folder, then times each step in-process: building the
minutes model, ReportLab rendering, pyHanko PAdES signing, verification, and the whole
``export_minutes`` (build, render, sign, record, atomic write). The first run in the process
pays for the imports and font loading ("cold"); the median of the following runs is the
"warm process" figure. Optionally also times ``caseconf minutes export`` and ``verify`` as a
user runs them (wall time including interpreter start-up and unlocking). Prints markdown.

    .venv/bin/python benchmarks/minutes_bench.py [--entries 300] [--repeat 5] [--no-cli]
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
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase, synthetic data only"


def _populate(vault: Any, entries: int) -> str:
    """One synthetic case with a closed conference holding ``entries`` contributions."""
    from caseconf_desktop.domain import model
    from caseconf_desktop.domain.enums import (
        TLP,
        AgencyKind,
        AttendanceStatus,
        AttendeeRole,
        ConferenceStatus,
        EntryKind,
        RiskLevel,
        Section,
    )
    from caseconf_desktop.storage import mapping as m

    agencies = [
        model.Agency(name, kind)
        for name, kind in [
            ("Probation Service Ost", AgencyKind.PROBATION),
            ("Polizei Mitte", AgencyKind.POLICE),
            ("Municipality of Westhaven", AgencyKind.MUNICIPALITY),
            ("Exit Mentors e.V.", AgencyKind.CSO),
        ]
    ]
    names = ["Zoë Ålund-Øster", "Γιώργος Παπαδόπουλος", "Дмитрий Ёлкин", "Şükrü Çağlar"]
    people = [model.Person(n, a.id) for n, a in zip(names, agencies, strict=True)]
    case = model.Case("BENCH-001", "يوسف العربي", lead_agency_id=agencies[0].id)
    conf = model.Conference(
        case.id,
        datetime(2025, 3, 14, 10, tzinfo=UTC),
        place="Meeting room 2",
        status=ConferenceStatus.CLOSED,
        chair_id=people[0].id,
        facilitator_id=vault.get_meta("owner_person_id"),
        minute_taker_id=people[1].id,
        next_conference_date=date(2025, 6, 13),
        summary="Progress is steady; the plan stays in place.",
    )
    sections = [s for s in Section if s not in (Section.REVIEW, Section.ACTIONS)]
    kinds = [EntryKind.NOTE, EntryKind.INFORMATION, EntryKind.DECISION, EntryKind.DISSENT]
    rows = [
        model.Entry(
            conf.id,
            sections[n % len(sections)],
            f"Contribution {n}: the partnership reviewed housing, employment, the mentoring "
            "relationship and family contact, and agreed how to follow up before the next "
            "conference. " * 2,
            kind=kinds[n % len(kinds)],
            tlp=[TLP.GREEN, TLP.AMBER, TLP.RED][n % 3],
            source_agency_id=agencies[n % len(agencies)].id,
            rationale="Proportionate to the assessed risk." if n % 4 == 2 else "",
            dissenting_agency_id=agencies[2].id if n % 4 == 3 else None,
            position=n,
        )
        for n in range(entries)
    ]
    actions = [
        model.Action(
            case.id,
            f"Action {n}: arrange a review meeting with the housing officer",
            conf.id,
            people[n % len(people)].id,
            agencies[n % len(agencies)].id,
            date(2025, 5, 1),
        )
        for n in range(40)
    ]
    with vault.transaction():
        m.AGENCIES.upsert_many(vault, agencies)
        m.PEOPLE.upsert_many(vault, people)
        m.CASES.upsert(vault, case)
        m.CONFERENCES.upsert(vault, conf)
        m.ATTENDANCE.upsert_many(
            vault,
            [
                model.Attendance(
                    conf.id,
                    p.id,
                    p.name,
                    p.agency_id,
                    AttendeeRole.PROFESSIONAL,
                    AttendanceStatus.PRESENT,  # the full version goes only to who was there
                )
                for p in people
            ],
        )
        m.ENTRIES.upsert_many(vault, rows)
        m.ACTIONS.upsert_many(vault, actions)
        m.RISKS.upsert(
            vault,
            model.RiskAssessment(
                case.id, RiskLevel.HIGH, date(2025, 3, 14), conf.id, tlp=TLP.AMBER
            ),
        )
    return conf.id


def _time(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """(first run, median of the next ``repeat`` runs, last result), in seconds."""
    start = time.perf_counter()
    result = fn()
    cold = time.perf_counter() - start
    warm: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        warm.append(time.perf_counter() - start)
    return cold, statistics.median(warm) if warm else cold, result


def _cli(args: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "caseconf_desktop", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - start, done.returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-cli", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="caseconf-minutes-bench-") as tmp_name:
        tmp = Path(tmp_name)
        env = dict(os.environ)
        for name in ("data", "config", "cache"):
            folder = tmp / "home" / name
            folder.mkdir(parents=True)
            env[f"CASECONF_{name.upper()}_DIR"] = str(folder)
            os.environ[f"CASECONF_{name.upper()}_DIR"] = str(folder)
        env["CASECONF_PASSPHRASE"] = PASSPHRASE

        from caseconf_desktop.services import identity, minutes, vaults

        vault_path = tmp / "bench.vault"
        start = time.perf_counter()
        vault = vaults.init_vault(vault_path, PASSPHRASE, "Bench Facilitator", "Bench Agency")
        init_s = time.perf_counter() - start
        conference_id = _populate(vault, args.entries)
        recipient = "Zoë Ålund-Øster"
        ident = identity.require_identity(vault)

        def build() -> Any:
            return minutes.build_minutes(vault, conference_id, "full", recipient)

        built = build()
        rows: list[tuple[str, float, float]] = []
        cold, warm, _ = _time(build, args.repeat)
        rows.append(("build the minutes model", cold, warm))
        cold, warm, rendered = _time(lambda: minutes.render(built), args.repeat)
        rows.append(("render (ReportLab)", cold, warm))

        from caseconf_desktop.export import signing, verify

        def sign() -> bytes:
            return signing.sign_pdf(
                rendered.data,
                key_pem=ident.key_pem,
                cert_pem=ident.cert_pem,
                boxes=rendered.signature_boxes,
            )

        cold, warm, signed = _time(sign, args.repeat)
        rows.append(("sign (pyHanko PAdES B-B)", cold, warm))
        trusted = identity.trusted_pems(vault)
        cold, warm, report = _time(lambda: verify.verify_pdf(signed, trusted), args.repeat)
        assert report.exit_code == 0, report.lines()
        rows.append(("verify (pyHanko)", cold, warm))
        out = tmp / "full.pdf"
        cold, warm, _ = _time(
            lambda: minutes.export_minutes(vault, conference_id, "full", recipient, out),
            args.repeat,
        )
        rows.append(("export_minutes (build+render+sign+record+write)", cold, warm))
        vault.close()

        cli_rows: list[tuple[str, float, int]] = []
        if not args.no_cli:
            cli_out = tmp / "cli.pdf"
            common = ["--vault", str(vault_path)]
            seconds, code = _cli(
                [
                    "minutes", "export", *common, "--conference", conference_id,
                    "--audience", "full", "--recipient", recipient, "--out", str(cli_out),
                ],
                env,
            )  # fmt: skip
            cli_rows.append(("caseconf minutes export", seconds, code))
            seconds, code = _cli(["minutes", "verify", str(cli_out), *common], env)
            cli_rows.append(("caseconf minutes verify", seconds, code))

        print(
            f"# Minutes benchmark ({platform.python_implementation()} {platform.python_version()})"
        )
        print()
        print(
            f"{args.entries} entries, 40 actions: **{rendered.pages} pages**, "
            f"{len(signed) / 1024:.0f} KiB signed; vault init with key generation {init_s:.2f} s."
        )
        print()
        print("| step | first run in process (s) | warm process, median (s) |")
        print("| --- | ---: | ---: |")
        for name, cold, warm in rows:
            print(f"| {name} | {cold:.3f} | {warm:.3f} |")
        if cli_rows:
            print()
            print("| command (new process) | wall time (s) | exit code |")
            print("| --- | ---: | ---: |")
            for name, seconds, code in cli_rows:
                print(f"| {name} | {seconds:.2f} | {code} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: exporting and importing case bundles (offline hand-over) at scale.

A workstation vault gets N demo cases, trusts a laptop vault, and the bench times:
the whole-case bundle of all N cases, its import into the empty laptop, a bundle of the same
cases back (everything already known: the merge finds nothing to do), and a --since-last
bundle after the laptop changed 100 entries. It also times the demo generator in a vault
that trusts a device (new records are then stamped for --since-last bundles), and the fixed
costs apart: unlocking a vault (SQLCipher's key derivation, paid once per session, not in
the rows above), decrypting the bundle (age, X25519: part of the import row), and a
passphrase bundle of one case (age's scrypt, paid on export and on import whatever the size).

    .venv/bin/python benchmarks/bundle_bench.py [--cases 1000]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase, synthetic data only"


def _mib(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    args = parser.parse_args(argv)

    import sqlcipher3

    from caseconf_desktop import demo
    from caseconf_desktop.services import bundles, devices, vaults
    from caseconf_desktop.storage import mapping as m
    from caseconf_desktop.storage.vault import Vault

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="caseconf-bundle-bench-") as folder:
        tmp = Path(folder)
        for name in ("data", "config", "cache"):
            (tmp / name).mkdir()
            os.environ[f"CASECONF_{name.upper()}_DIR"] = str(tmp / name)
        ws = vaults.init_vault(tmp / "ws.vault", PASSPHRASE, "Bench Coordinator", "Bench Agency")
        lap = vaults.init_vault(tmp / "lap.vault", PASSPHRASE, "Bench Facilitator", "Bench CSO")
        try:
            start = time.perf_counter()
            demo.generate(ws, args.cases, today=date(2025, 6, 1))
            plain = time.perf_counter() - start
            devices.trust(ws, devices.own_identity(lap).line, "laptop")
            devices.trust(lap, devices.own_identity(ws).line, "workstation")
            refs = [c.reference for c in m.CASES.where(ws, order="reference")]

            out = tmp / "all.ccbundle"
            start = time.perf_counter()
            exported = bundles.export_bundle(ws, refs, out, to="laptop")
            export_s = time.perf_counter() - start

            start = time.perf_counter()
            imported = bundles.import_bundle(lap, out)
            import_s = time.perf_counter() - start

            start = time.perf_counter()
            with contextlib.suppress(bundles.ReplayedBundle):
                bundles.import_bundle(lap, out)
            replay_s = time.perf_counter() - start

            sealed = bundles._unframe(out, out.read_bytes())[1]
            start = time.perf_counter()
            bundles._decrypt(out, sealed, devices.own_identity(lap), None)
            decrypt_s = time.perf_counter() - start

            back = tmp / "back.ccbundle"
            start = time.perf_counter()
            bundles.export_bundle(lap, refs, back, to="workstation")
            back_export_s = time.perf_counter() - start
            start = time.perf_counter()
            known = bundles.import_bundle(ws, back)
            known_s = time.perf_counter() - start

            from caseconf_desktop.services import casefile

            for entry in m.ENTRIES.where(lap, order="id")[:100]:
                casefile.save_record(lap, dataclasses.replace(entry, text=entry.text + " (seen)"))
            delta = tmp / "delta.ccbundle"
            start = time.perf_counter()
            small = bundles.export_bundle(lap, refs, delta, to="workstation", since_last=True)
            delta_export_s = time.perf_counter() - start
            start = time.perf_counter()
            merged = bundles.import_bundle(ws, delta)
            delta_import_s = time.perf_counter() - start

            one = tmp / "one.ccbundle"
            start = time.perf_counter()
            bundles.export_bundle(ws, refs[:1], one, passphrase=PASSPHRASE)
            pass_export_s = time.perf_counter() - start
            start = time.perf_counter()
            bundles.import_bundle(lap, one, passphrase=PASSPHRASE)
            pass_import_s = time.perf_counter() - start

            start = time.perf_counter()
            demo.generate(ws, args.cases, seed=2, today=date(2025, 6, 1))
            stamped = time.perf_counter() - start
        finally:
            ws.close()
            lap.close()
        start = time.perf_counter()
        Vault.open(tmp / "lap.vault", PASSPHRASE).close()
        unlock_s = time.perf_counter() - start

    n = args.cases
    rows += [
        ("cases / records in the bundle", f"{exported.cases:,} / {exported.records:,}"),
        ("bundle size", f"{_mib(exported.size)} ({exported.size / n / 1024:.1f} KiB per case)"),
        ("export (whole cases)", f"{export_s:.1f} s"),
        ("import into an empty vault", f"{import_s:.1f} s ({imported.created:,} records added)"),
        ("of the import: decrypting the bundle (age, X25519)", f"{decrypt_s:.2f} s"),
        ("import again (refused as a replay)", f"{replay_s:.2f} s"),
        ("export back from the laptop", f"{back_export_s:.1f} s"),
        (
            "import of cases already known (nothing to change)",
            f"{known_s:.1f} s ({known.unchanged:,} unchanged, {known.created} added)",
        ),
        (
            "--since-last export after 100 edited entries",
            f"{delta_export_s:.2f} s ({small.records:,} records, {small.size / 1024:.0f} KiB)",
        ),
        ("import of that bundle", f"{delta_import_s:.2f} s ({merged.updated} records changed)"),
        (f"`demo.generate({n})`, no trusted device", f"{plain:.1f} s"),
        (f"`demo.generate({n})` with a trusted device (records stamped)", f"{stamped:.1f} s"),
        (
            "passphrase bundle of 1 case: export / import (age scrypt, fixed cost)",
            f"{pass_export_s:.2f} s / {pass_import_s:.2f} s",
        ),
        ("unlocking a vault (SQLCipher key derivation, fixed cost)", f"{unlock_s:.2f} s"),
    ]
    print(f"## Case bundles: {n:,} demo cases")
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

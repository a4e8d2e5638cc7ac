"""`make bench`: every performance goal, measured side by side with its floor, in one table.

Builds its own synthetic data (the demo generator) in a temporary folder, runs each
measurement (fresh child processes where start-up or memory matter), prints one markdown
table and writes it to benchmarks/results.md with the machine it ran on.

    .venv/bin/python benchmarks/run_all.py [--cases 10000] [--quick]

Each row: what is measured, CaseConf's figure, the floor measured in the same run, the
ratio, and the goal. A measurement that breaks is printed as a failed row with its traceback
on stderr, and the run exits non-zero: a benchmark cannot rot quietly. ``--quick`` (``make
bench-quick``, run by .ci/run) measures every row on 1,000 cases in under a minute and leaves
results.md alone; its figures are a smoke test, not results. The detailed scripts (search_bench.py, minutes_bench.py, demo_bench.py,
bundle_bench.py, vault_bench.py, gui_bench.py, startup.py) print more on their own.
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
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gui_bench  # noqa: E402
import startup  # noqa: E402
import vault_bench  # noqa: E402

Row = tuple[str, str, str, str, str]
PASSPHRASE = gui_bench.PASSPHRASE


def machine() -> str:
    cpu = platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def timed(fn: Callable[[], Any], repeat: int = 1) -> float:
    best = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best.append(time.perf_counter() - start)
    return statistics.median(best)


def search_rows(vault_path: Path, n: int) -> list[Row]:
    """p50/p95 of the case search against the bare FTS5 MATCH it is built on."""
    from caseconf_desktop.services import cases, vaults

    vault = vaults.unlock(vault_path, PASSPHRASE, record=False)
    try:
        names = [
            r[0] for r in vault.query("SELECT subject_name FROM cases ORDER BY reference LIMIT 12")
        ]
        words = [
            "housing",
            "mentor",
            "employment",
            "family",
            "apprenticeship",
            "risk",
            "Jos",
            "Шев",
            "Γεω",
            "علي",
            "CC-2025",
            "probation",
        ]
        queries = [*names, *[w.split()[-1] for w in names], *words]
        app_t, floor_t, rowid_t = [], [], []
        for q in queries:
            fts = cases.fts_query(q)
            app_t.append(timed(lambda q=q: cases.list_cases(vault, q, limit=200), 3))
            # The floor: the bare MATCH that answers "which cases", each index's case_id.
            floor_t.append(
                timed(
                    lambda fts=fts: vault.query(
                        "SELECT case_id FROM case_fts WHERE case_fts MATCH :q UNION "
                        "SELECT case_id FROM entry_fts WHERE entry_fts MATCH :q",
                        {"q": fts},
                    ),
                    3,
                )
            )
            # For reference: the MATCH alone, index row ids only (no case known yet).
            rowid_t.append(
                timed(
                    lambda fts=fts: vault.query(
                        "SELECT rowid FROM case_fts WHERE case_fts MATCH :q UNION ALL "
                        "SELECT rowid FROM entry_fts WHERE entry_fts MATCH :q",
                        {"q": fts},
                    ),
                    3,
                )
            )
        entries = vault.scalar("SELECT count(*) FROM entries")
    finally:
        vault.close()

    def pct(xs: list[float], p: float) -> float:
        return sorted(xs)[min(len(xs) - 1, round(p * (len(xs) - 1)))]

    rows: list[Row] = []
    for label, p in (("p50", 0.5), ("p95", 0.95)):
        a, f = pct(app_t, p), pct(floor_t, p)
        rows.append(
            (
                f"case search {label}, {n} cases / {entries} entries, {len(queries)} queries",
                ms(a),
                f"{ms(f)} (bare FTS5 MATCH)",
                f"{a / f:.2f}x",
                "p95 <= 20 ms" if label == "p95" else "",
            )
        )
    r = pct(rowid_t, 0.95)
    rows.append(
        (
            "case search p95: the same MATCH, index row ids only (reference, no goal)",
            ms(r),
            f"{ms(pct(floor_t, 0.95))} (bare FTS5 MATCH)",
            f"{r / pct(floor_t, 0.95):.2f}x",
            "",
        )
    )
    return rows


def minutes_rows() -> list[Row]:
    """A ~30-page minutes document: render + sign, and signing alone, in a warm process."""
    import minutes_bench

    from caseconf_desktop.export import signing
    from caseconf_desktop.services import identity, minutes, vaults

    folder = Path(tempfile.mkdtemp(prefix="caseconf-bench-minutes-"))
    vault = vaults.init_vault(folder / "m.vault", PASSPHRASE, "Bench Facilitator", "Bench Agency")
    try:
        conf_id = minutes_bench._populate(vault, 300)
        ident = identity.require_identity(vault)
        built = minutes.build_minutes(vault, conf_id, "full", "Zoë Ålund-Øster")
        rendered = minutes.render(built)
        pages = rendered.pages

        def render_and_sign() -> None:
            r = minutes.render(minutes.build_minutes(vault, conf_id, "full", "Zoë Ålund-Øster"))
            signing.sign_pdf(
                r.data,
                key_pem=ident.key_pem,
                cert_pem=ident.cert_pem,
                chain_pem=ident.chain_pem,
                boxes=r.signature_boxes,
                reason="benchmark",
                location="",
            )

        def sign_only() -> None:
            signing.sign_pdf(
                rendered.data,
                key_pem=ident.key_pem,
                cert_pem=ident.cert_pem,
                chain_pem=ident.chain_pem,
                boxes=rendered.signature_boxes,
                reason="benchmark",
                location="",
            )

        render_and_sign()  # warm the process (imports, fonts)
        full = timed(render_and_sign, 3)
        sign = timed(sign_only, 5)
        floor_render = timed(lambda: _plain_pdf(built), 3)
        floor_sign = timed(lambda: sign_only_blank(ident), 5)
    finally:
        vault.close()
    return [
        (
            f"minutes: render + sign, {pages} pages (warm)",
            ms(full),
            f"{ms(floor_render)} (the same text as plain ReportLab paragraphs)",
            f"{full / floor_render:.2f}x",
            "<= 1.0 s",
        ),
        (
            f"minutes: signing alone, {pages} pages (warm)",
            ms(sign),
            f"{ms(floor_sign)} (pyHanko signing a one-page PDF)",
            f"{sign / floor_sign:.2f}x",
            "<= 0.2 s",
        ),
    ]


def _plain_pdf(built: Any) -> bytes:
    import io

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    texts = [e.text for part in built.parts for e in part.entries] or ["-"]
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build(
        [Paragraph(t.replace("&", "&amp;").replace("<", "&lt;"), style) for t in texts * 4]
    )
    return buf.getvalue()


def sign_only_blank(ident: Any) -> None:
    import io

    from reportlab.pdfgen import canvas

    from caseconf_desktop.export import signing

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "blank")
    c.showPage()
    c.save()
    signing.sign_pdf(
        buf.getvalue(),
        key_pem=ident.key_pem,
        cert_pem=ident.cert_pem,
        chain_pem=ident.chain_pem,
        boxes={},
        reason="benchmark",
        location="",
    )


def bundle_rows(n: int) -> list[Row]:
    """Bundle export and import of N cases, against the plain caseconf.v1 JSON round trip."""
    from caseconf_desktop import demo
    from caseconf_desktop.services import bundles, devices, interchange, vaults
    from caseconf_desktop.storage.mapping import CASES

    folder = Path(tempfile.mkdtemp(prefix="caseconf-bench-bundles-"))
    a = vaults.init_vault(folder / "a.vault", PASSPHRASE, "Coordinator A", "Bench Agency")
    b = vaults.init_vault(folder / "b.vault", PASSPHRASE, "Facilitator B", "Bench Agency")
    c = vaults.init_vault(folder / "c.vault", PASSPHRASE, "Plain C", "Bench Agency")
    try:
        demo.generate(a, n, seed=5)
        refs = [x.reference for x in CASES.where(a, order="reference")]
        devices.trust(a, devices.own_identity(b).line, "laptop")
        devices.trust(b, devices.own_identity(a).line, "workstation")
        out = folder / "cases.bundle"
        t_export = timed(lambda: bundles.export_bundle(a, refs, out, to="laptop"))
        t_import = timed(lambda: bundles.import_bundle(b, out))
        doc: dict[str, Any] = {}
        t_json_export = timed(lambda: doc.update(interchange.export_document(a, refs)))
        t_json_import = timed(lambda: interchange.import_document(c, doc))
    finally:
        for v in (a, b, c):
            v.close()
    return [
        (
            f"bundle export, {n} cases",
            ms(t_export),
            f"{ms(t_json_export)} (caseconf.v1 JSON export)",
            f"{t_export / t_json_export:.2f}x",
            "<= 2 s",
        ),
        (
            f"bundle import, {n} cases",
            ms(t_import),
            f"{ms(t_json_import)} (caseconf.v1 JSON import)",
            f"{t_import / t_json_import:.2f}x",
            "<= 2 s",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument("--quick", action="store_true", help="small data, a smoke run")
    args = parser.parse_args(argv)
    n = 1000 if args.quick else args.cases
    home = Path(tempfile.mkdtemp(prefix="caseconf-bench-"))
    for var in ("DATA", "CONFIG", "CACHE"):
        os.environ[f"CASECONF_{var}_DIR"] = str(home / var.lower())
    started = time.perf_counter()
    rows: list[Row] = []
    steps: list[tuple[str, Callable[[], list[Row]]]] = []
    vault_holder: dict[str, Path] = {}

    def big_vault() -> Path:
        if "v" not in vault_holder:
            vault_holder["v"] = gui_bench.build_vault(home, n)
        return vault_holder["v"]

    steps = [
        ("start-up", lambda: startup.main(["--runs", "3" if args.quick else "7"])),
        ("window on a big vault", lambda: gui_bench.rows(big_vault(), n)),
        ("search", lambda: search_rows(big_vault(), n)),
        ("storage", lambda: vault_bench.rows(min(n, 2000))[-1:]),
        ("minutes", minutes_rows),
        ("bundles", lambda: bundle_rows(min(n, 1000))),
    ]
    failed: list[str] = []
    for name, step in steps:
        print(f"-- {name}", file=sys.stderr, flush=True)
        try:
            got = step()
            if not got:
                raise RuntimeError("the step measured nothing")
            rows += got
        except Exception as exc:  # a benchmark that breaks is reported, then fails the run
            failed.append(name)
            traceback.print_exc()
            why = f"{type(exc).__name__}: {exc}"
            if isinstance(exc, subprocess.CalledProcessError):
                print(exc.stderr, file=sys.stderr)
                lines = (exc.stderr or "").strip().splitlines() or ["no output"]
                why = f"child exited {exc.returncode}: {lines[-1]}"
            rows.append((name, f"failed: {why}"[:300], "", "", ""))
    table = ["| measure | CaseConf | floor (same run) | ratio | goal |", "|---|---|---|---|---|"]
    table += ["| " + " | ".join(r) + " |" for r in rows]
    text = "\n".join(
        [
            "# CaseConf benchmark results",
            "",
            f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine()}; {n}-case demo vault; "
            f"{time.perf_counter() - started:.0f} s in all. Synthetic data only.",
            "",
            *table,
            "",
        ]
    )
    if not args.quick:
        (HERE / "results.md").write_text(text, encoding="utf-8")
    print(text)
    if failed:
        print(f"benchmark failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

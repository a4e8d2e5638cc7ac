"""Smoke test of the PyInstaller build: missing hidden imports or data show up here.

Skipped unless dist/caseconf/caseconf exists; `make package-test` builds it and runs this.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from caseconf_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "caseconf" / ("caseconf.exe" if os.name == "nt" else "caseconf")

pytestmark = [
    pytest.mark.package,
    pytest.mark.skipif(not FROZEN.exists(), reason="no frozen build (run `make package-test`)"),
]


@pytest.fixture
def env(isolated_dirs: dict[str, Path]) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CASECONF_PASSPHRASE": "frozen smoke test passphrase",
    }


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(FROZEN), *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_frozen_app_runs_the_whole_workflow(env: dict[str, str], tmp_path: Path) -> None:
    vault = tmp_path / "frozen.vault"
    v = ["--vault", str(vault)]
    assert run(env, "--version").stdout.strip() == f"caseconf {__version__}"
    assert (
        run(env, "init", "--owner", "Frozen Tester", "--agency", "Smoke Agency", *v).returncode == 0
    )
    assert run(env, "demo", "--cases", "20", *v).returncode == 0
    listed = run(env, "cases", "list", "--json", *v)
    assert listed.returncode == 0 and listed.stdout.count('"reference"') == 20
    closed = run(env, "audit", "verify", *v)
    assert closed.returncode == 0, closed.stderr

    import json

    exported = tmp_path / "case.json"
    ref = json.loads(listed.stdout)[0]["reference"]
    assert run(env, "export", "--case", ref, "--out", str(exported), *v).returncode == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["format"] == "caseconf.v1"

    # Minutes: export a closed demo conference, signed, then verify it.
    conf_id = _closed_conference_id(env, vault)
    pdf = tmp_path / "minutes.pdf"
    result = run(
        env,
        "minutes",
        "export",
        "--conference",
        conf_id,
        "--audience",
        "partners",
        "--recipient",
        "Smoke Reader",
        "--agency",  # not on the attendance list: partners only for a named agency
        "Smoke Agency",
        "--out",
        str(pdf),
        *v,
    )
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    verified = run(env, "minutes", "verify", str(pdf), *v)
    assert verified.returncode == 0, verified.stdout + verified.stderr

    # Bundles: export a case to this device's own id in passphrase mode.
    pass_file = tmp_path / "bundle-pass.txt"
    pass_file.write_text("bundle smoke passphrase", encoding="utf-8")
    bundle = tmp_path / "case.bundle"
    result = run(
        env,
        "bundle",
        "export",
        "--case",
        ref,
        "--passphrase-file",
        str(pass_file),
        "--out",
        str(bundle),
        *v,
    )
    assert result.returncode == 0, result.stderr
    assert bundle.stat().st_size > 0


def _closed_conference_id(env: dict[str, str], vault: Path) -> str:
    exported = run(env, "cases", "list", "--json", "--vault", str(vault))
    import json

    for row in json.loads(exported.stdout):
        doc = run(env, "export", "--case", row["reference"], "--vault", str(vault))
        for case in json.loads(doc.stdout)["cases"]:
            for conf in case["conferences"]:
                if conf["status"] == "closed":
                    return str(conf["id"])
    raise AssertionError("the demo has no closed conference")


def test_frozen_gui_starts_offscreen_and_stays_up(env: dict[str, str], tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [str(FROZEN), "gui", "--vault", str(tmp_path / "none.vault")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(10)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "Traceback" not in err

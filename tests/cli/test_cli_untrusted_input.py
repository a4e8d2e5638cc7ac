"""The command line against hostile input: devices and huge files, bad documents, terminal
escapes in names, and erased cases coming back from backups or bundles (issue 11, B)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from caseconf_desktop.services import bundles, retention
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.cli.conftest import assert_one_line_error, cli_made_vault, run_cli
from tests.conftest import PASSPHRASE, VaultTemplates
from tests.services.conftest import build_minutes_case
from tests.services.sync_helpers import Courier, introduce, new_vault


def document(name: str = "Ana Minimal", **case: object) -> dict[str, object]:
    return {
        "format": "caseconf.v1",
        "exported_at": "2024-05-01T10:00:00+00:00",
        "agencies": [],
        "people": [],
        "cases": [{"id": "case-1", "reference": "MIN-1", "subject": {"name": name}, **case}],
    }


@pytest.fixture
def cli_vault(tmp_path: Path, cli_env: dict[str, str], vault_templates: VaultTemplates) -> Path:
    """A vault made by ``caseconf init`` (a copy of one), in a folder of its own."""
    return cli_made_vault(vault_templates, tmp_path / "v" / "cli.vault", cli_env, "Ana", "Exit")


def test_reading_a_device_or_an_oversized_file_is_refused_in_one_sentence(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    v = ["--vault", str(cli_vault)]
    for command in (["import"], ["minutes", "verify"], ["identity", "trust"]):
        result = run_cli(*command, "/dev/zero", *v, env=cli_env)
        assert result.returncode == 2
        assert "not a regular file" in assert_one_line_error(result)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as fh:
        fh.truncate(129 * 2**20)  # sparse: nothing is written, nothing may be read
    result = run_cli("import", str(huge), *v, env=cli_env)
    assert result.returncode == 2
    assert "more than a caseconf.v1 document may be" in assert_one_line_error(result)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ('{"id": "case-\\ud800", "reference": "MIN-1", "subject": {"name": "A"}}', "cases[0].id"),
        ('{"id": "c", "reference": "MIN-\\udc00", "subject": {"name": "A"}}', "cases[0].reference"),
        (
            '{"id": "c", "reference": "MIN-1", "subject": {"name": "A"}, '
            '"created_at": "9999-12-31T23:59:59-23:59"}',
            "cases[0].created_at",
        ),
    ],
)
def test_a_bad_document_exits_2_with_one_sentence_naming_the_field(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path, text: str, path: str
) -> None:
    doc = tmp_path / "bad.json"
    doc.write_text(
        '{"format": "caseconf.v1", "exported_at": "2024-05-01T10:00:00+00:00", '
        '"agencies": [], "people": [], "cases": [' + text + "]}",
        encoding="utf-8",
    )
    result = run_cli("import", str(doc), "--vault", str(cli_vault), env=cli_env)
    assert result.returncode == 2
    assert assert_one_line_error(result).startswith(f"caseconf: {path}:")
    listed = run_cli("cases", "list", "--vault", str(cli_vault), env=cli_env)
    assert listed.stdout == ""


def test_terminal_escapes_in_a_subject_name_never_reach_the_terminal_raw(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    evil = "Eve\x1b[2J\x1b]0;owned\x07\r\nFAKE\u202eLINE\x9b31m"
    doc = tmp_path / "evil.json"
    doc.write_text(json.dumps(document(evil)), encoding="utf-8")
    v = ["--vault", str(cli_vault)]
    assert run_cli("import", str(doc), *v, env=cli_env).returncode == 0
    plain = run_cli("cases", "list", *v, env=cli_env)
    as_json = run_cli("cases", "list", "--json", *v, env=cli_env)
    for out in (plain.stdout, as_json.stdout):
        assert not any(c in out for c in "\x1b\x07\r\u202e\x9b"), repr(out)
    assert plain.stdout.count("\n") == 1  # one case, one line: no forged second line
    assert "Eve\\x1b[2J" in plain.stdout
    assert json.loads(as_json.stdout)[0]["subject"] == evil  # JSON still says exactly that


def test_restore_with_reapply_erasures_keeps_an_erased_case_erased(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    v = ["--vault", str(cli_vault)]
    doc = tmp_path / "case.json"
    doc.write_text(json.dumps(document()), encoding="utf-8")
    assert run_cli("import", str(doc), *v, env=cli_env).returncode == 0
    backup = tmp_path / "old.ccbackup"
    assert run_cli("backup", "--out", str(backup), *v, env=cli_env).returncode == 0
    erased = run_cli("case", "erase", "MIN-1", "--reason", "request", *v, env=cli_env)
    assert erased.returncode == 0, erased.stderr
    # the finding: an older backup brings the case back
    back = tmp_path / "back.vault"
    assert run_cli("restore", str(backup), "--vault", str(back), env=cli_env).returncode == 0
    assert "MIN-1" in run_cli("cases", "list", "--vault", str(back), env=cli_env).stdout
    # with the current vault given, the erasure is applied again
    kept = tmp_path / "kept.vault"
    result = run_cli(
        "restore",
        str(backup),
        "--vault",
        str(kept),
        "--reapply-erasures-from",
        str(cli_vault),
        env=cli_env,
    )
    assert result.returncode == 0, result.stderr
    assert run_cli("cases", "list", "--vault", str(kept), env=cli_env).stdout == ""
    events = run_cli("audit", "list", "--json", "--vault", str(kept), env=cli_env)
    assert [e["action"] for e in json.loads(events.stdout)].count("case.erased") == 1


def test_bundle_import_erases_what_the_sender_erased_only_with_apply_erasures(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    ws = new_vault(tmp_path / "ws", "ws", "Rania Haddad", "Probation Noord")
    lap = new_vault(tmp_path / "lap", "lap", "Joost de Wit", "Exit Mentors Noord")
    try:
        introduce(ws, lap, "laptop", "workstation")
        gone = build_minutes_case(ws, reference="GONE-1").case_id
        build_minutes_case(ws, reference="STAYS-2")
        courier = Courier(tmp_path / "usb", {"workstation": ws, "laptop": lap})
        courier.send("workstation", "laptop", ["GONE-1", "STAYS-2"])
        retention.erase_case(ws, gone, "erasure request")
        path = courier.export("workstation", "laptop", ["STAYS-2"])
    finally:
        ws.close()
        lap.close()
    args = ["bundle", "import", str(path), "--vault", str(lap.path)]
    asked = run_cli(*args, env=cli_env)
    assert asked.returncode == bundles.ErasureNeedsConfirmation.exit_code
    assert "GONE-1" in assert_one_line_error(asked) and "--apply-erasures" in asked.stderr
    done = run_cli(*args, "--apply-erasures", env=cli_env)
    assert done.returncode == 0, done.stderr
    assert "GONE-1" in done.stdout
    with Vault.open(lap.path, PASSPHRASE) as vault:
        assert m.CASES.get(vault, gone) is None
    assert os.path.exists(lap.path)

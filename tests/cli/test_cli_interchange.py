"""``caseconf import`` and ``caseconf export`` as a user runs them: real processes, real vaults."""

from __future__ import annotations

import json
from pathlib import Path

from caseconf_desktop.services import vaults
from caseconf_desktop.storage import audit
from tests.cli.conftest import assert_one_line_error, run_cli
from tests.conftest import PASSPHRASE
from tests.services.test_interchange import build_rich_case, minimal_document


def init(path: Path, env: dict[str, str], owner: str, agency: str) -> None:
    result = run_cli("init", "--owner", owner, "--agency", agency, "--vault", str(path), env=env)
    assert result.returncode == 0, result.stderr


def table_counts(path: Path) -> dict[str, int]:
    with vaults.unlock(path, PASSPHRASE, record=False) as vault:
        names = [r[0] for r in vault.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: int(vault.scalar(f'SELECT count(*) FROM "{n}"')) for n in names}


def test_export_to_a_file_then_import_into_another_vault(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    source, target = tmp_path / "source.vault", tmp_path / "target.vault"
    init(source, cli_env, "Ioana Fictivă", "Serviciul de Probațiune")
    init(target, cli_env, "Ραφαήλ Δοκιμαστικός", "Κέντρο Στήριξης")
    with vaults.unlock(source, PASSPHRASE, record=False) as vault:
        build_rich_case(vault)
    out = tmp_path / "out" / "case.json"
    out.parent.mkdir()

    exported = run_cli(
        "export", "--case", "VE-2024-017", "--out", str(out), "--vault", str(source), env=cli_env
    )
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "caseconf.v1"
    assert document["cases"][0]["subject"]["name"] == "Ярослав Ψηλός-Ħaddad"

    imported = run_cli("import", str(out), "--vault", str(target), env=cli_env)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("Cases imported: 1 (")

    listed = run_cli("cases", "list", "--json", "--vault", str(target), env=cli_env)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["reference"], r["subject"]) for r in rows] == [
        ("VE-2024-017", "Ярослав Ψηλός-Ħaddad")
    ]
    with vaults.unlock(target, PASSPHRASE, record=False) as vault:
        actions = [e.action for e in audit.events(vault)]
    assert actions.count("interchange.imported") == 1


def test_export_without_out_writes_the_document_to_stdout(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    source = tmp_path / "source.vault"
    init(source, cli_env, "Ana Fictícia", "Município Exemplo")
    with vaults.unlock(source, PASSPHRASE, record=False) as vault:
        build_rich_case(vault)
    result = run_cli("export", "--case", "VE-2024-017", "--vault", str(source), env=cli_env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["cases"][0]["reference"] == "VE-2024-017"


def test_export_of_an_unknown_case_is_one_line_error(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    source = tmp_path / "source.vault"
    init(source, cli_env, "Ana Fictícia", "Município Exemplo")
    out = tmp_path / "never.json"
    result = run_cli(
        "export", "--case", "NOPE-1", "--out", str(out), "--vault", str(source), env=cli_env
    )
    line = assert_one_line_error(result)
    assert "NOPE-1" in line
    assert not out.exists()


def test_import_of_an_invalid_document_lists_every_problem_and_changes_nothing(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    target = tmp_path / "target.vault"
    init(target, cli_env, "Ana Fictícia", "Município Exemplo")
    document = minimal_document()
    document["cases"][0]["conferences"] = [
        {
            "id": "conf-1",
            "scheduled_for": "2024-05-01T10:00:00Z",
            "entries": [{"id": "e-1", "section": "risk", "text": "Note", "tlp": "PURPLE"}],
        }
    ]
    del document["cases"][0]["reference"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = table_counts(target)

    result = run_cli("import", str(bad), "--vault", str(target), env=cli_env)

    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "caseconf: cases[0].reference: is required (and 1 more problem); nothing was imported."
    )
    # Every other problem follows, one per line with its field path.
    assert lines[1:] == ["  cases[0].conferences[0].entries[0].tlp: 'PURPLE' is not a TLP label"]
    after = table_counts(target)
    # Only the audited unlock itself was added; no case data.
    assert after.pop("audit_log") == before.pop("audit_log") + 1
    assert after == before


def test_import_of_a_file_that_is_not_json_is_one_line_error_with_line_and_column(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    target = tmp_path / "target.vault"
    init(target, cli_env, "Ana Fictícia", "Município Exemplo")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "caseconf.v1",\n "cases": [}\n', encoding="utf-8")
    result = run_cli("import", str(bad), "--vault", str(target), env=cli_env)
    line = assert_one_line_error(result)
    assert str(bad) in line
    assert "line 2, column 12" in line


def test_import_of_a_missing_file_is_one_line_error(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    target = tmp_path / "target.vault"
    init(target, cli_env, "Ana Fictícia", "Município Exemplo")
    result = run_cli("import", str(tmp_path / "absent.json"), "--vault", str(target), env=cli_env)
    line = assert_one_line_error(result)
    assert "absent.json" in line

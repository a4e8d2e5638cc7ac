"""Backup, restore, passphrase change, erasure, subject access and audit filters from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseconf_desktop.domain import model
from caseconf_desktop.services import vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.cli.conftest import assert_one_line_error, run_cli
from tests.conftest import PASSPHRASE, VaultTemplates
from tests.safety_helpers import add_canary_case, dump, has_canary, text_of_every_table

NEW = "the next passphrase 2031"


@pytest.fixture
def cli_vault(tmp_path: Path, vault_templates: VaultTemplates) -> Path:
    """A vault with the canary case and one more (a copy of one made once per session)."""
    path = tmp_path / "vaults" / "cli.vault"
    vault_templates.copy("cli-safety", _canary_vault, path)
    return path


def _canary_vault(path: Path) -> None:
    with vaults.init_vault(path, PASSPHRASE, "Nora Fiktiv", "Example Municipality") as v:
        add_canary_case(v)
        m.CASES.upsert(v, model.Case(reference="KEEP-0002", subject_name="Ilse Bewaard"))


def test_backup_and_restore_round_trip(
    cli_vault: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    out = tmp_path / "usb" / "backup.ccbackup"
    made = run_cli("backup", "--out", str(out), "--vault", str(cli_vault), env=cli_env)
    assert made.returncode == 0, made.stderr
    assert str(out) in made.stdout

    new = tmp_path / "restored" / "r.vault"
    restored = run_cli("restore", str(out), "--vault", str(new), env=cli_env)
    assert restored.returncode == 0, restored.stderr

    with Vault.open(cli_vault, PASSPHRASE) as a, Vault.open(new, PASSPHRASE) as b:
        # The restored vault's sync counter moves on on purpose (see services/sync.after_restore);
        # the backup's own head is anchored after the copy is taken (storage/audit.py).
        skip = ("audit_log", "audit_anchors", "sync_state")
        assert dump(b, skip=skip) == dump(a, skip=skip)
        assert audit.events(a)[-1].action == "vault.backup"
        assert audit.events(b)[-1].action == "vault.restored"


def test_restore_over_an_existing_file_needs_force(
    cli_vault: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    out = tmp_path / "b.ccbackup"
    assert (
        run_cli("backup", "--out", str(out), "--vault", str(cli_vault), env=cli_env).returncode == 0
    )
    existing = tmp_path / "existing.vault"
    existing.write_bytes(b"keep me")

    refused = run_cli("restore", str(out), "--vault", str(existing), env=cli_env)
    line = assert_one_line_error(refused)
    assert str(existing) in line
    assert existing.read_bytes() == b"keep me"

    forced = run_cli("restore", str(out), "--vault", str(existing), "--force", env=cli_env)
    assert forced.returncode == 0, forced.stderr
    with Vault.open(existing, PASSPHRASE) as v:
        assert m.CASES.count(v) == 2


def test_damaged_backup_is_refused_in_one_line(
    cli_vault: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    out = tmp_path / "b.ccbackup"
    assert (
        run_cli("backup", "--out", str(out), "--vault", str(cli_vault), env=cli_env).returncode == 0
    )
    data = bytearray(out.read_bytes())
    data[3 * 4096 + 700] ^= 0xFF
    out.write_bytes(bytes(data))

    result = run_cli("restore", str(out), "--vault", str(tmp_path / "r.vault"), env=cli_env)

    line = assert_one_line_error(result)
    assert "damaged" in line
    assert not (tmp_path / "r.vault").exists()


def test_passphrase_change_from_the_environment(cli_vault: Path, cli_env: dict[str, str]) -> None:
    env = {**cli_env, "CASECONF_NEW_PASSPHRASE": NEW}

    result = run_cli("passphrase", "change", "--vault", str(cli_vault), env=env)

    assert result.returncode == 0, result.stderr
    with Vault.open(cli_vault, NEW) as v:
        assert audit.events(v)[-1].action == "vault.passphrase_changed"
    old = run_cli("cases", "list", "--vault", str(cli_vault), env=cli_env)
    assert old.returncode == 3
    assert_one_line_error(old)


def test_passphrase_change_from_a_file_and_a_too_short_one_is_refused(
    cli_vault: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    refused = run_cli(
        "passphrase", "change", "--new-passphrase-file", str(short), "--vault", str(cli_vault),
        env=cli_env,
    )  # fmt: skip
    assert "at least 8" in assert_one_line_error(refused)

    good = tmp_path / "new.txt"
    good.write_text(NEW + "\n", encoding="utf-8")
    changed = run_cli(
        "passphrase", "change", "--new-passphrase-file", str(good), "--vault", str(cli_vault),
        env=cli_env,
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    with Vault.open(cli_vault, NEW) as v:
        assert m.CASES.count(v) == 2


def test_passphrase_change_without_a_new_passphrase_or_terminal_is_one_line(
    cli_vault: Path, cli_env: dict[str, str]
) -> None:
    result = run_cli("passphrase", "change", "--vault", str(cli_vault), env=cli_env)
    assert "CASECONF_NEW_PASSPHRASE" in assert_one_line_error(result)


def test_case_erase_leaves_a_tombstone_and_no_trace(
    cli_vault: Path, cli_env: dict[str, str]
) -> None:
    result = run_cli(
        "case", "erase", "CAN-0001", "--reason", "Retention period ended",
        "--vault", str(cli_vault), env=cli_env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr

    with Vault.open(cli_vault, PASSPHRASE) as v:
        refs = [c.reference for c in m.CASES.where(v)]
        assert refs == ["KEEP-0002"]
        tomb = audit.events(v, action_prefix="case.erased")
        assert len(tomb) == 1
        assert tomb[0].detail["reason"] == "Retention period ended"
        assert not has_canary(text_of_every_table(v))


def test_case_erase_needs_a_reason_and_a_known_case(
    cli_vault: Path, cli_env: dict[str, str]
) -> None:
    empty = run_cli(
        "case", "erase", "CAN-0001", "--reason", " ", "--vault", str(cli_vault), env=cli_env
    )
    assert "reason" in assert_one_line_error(empty)
    unknown = run_cli(
        "case", "erase", "NOPE-1", "--reason", "x", "--vault", str(cli_vault), env=cli_env
    )
    assert "NOPE-1" in assert_one_line_error(unknown)
    with Vault.open(cli_vault, PASSPHRASE) as v:
        assert m.CASES.count(v) == 2


def test_subject_access_writes_json_and_pdf_and_records_the_purpose(
    cli_vault: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    result = run_cli(
        "subject-access", "--case", "CAN-0001", "--out-json", str(tmp_path / "s.json"),
        "--out-pdf", str(tmp_path / "s.pdf"), "--purpose", "Request 2031-02",
        "--vault", str(cli_vault), env=cli_env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert doc["record"]["cases"][0]["reference"] == "CAN-0001"
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    with Vault.open(cli_vault, PASSPHRASE) as v:
        assert audit.events(v)[-1].detail["purpose"] == "Request 2031-02"


def test_audit_list_filters_by_action_actor_case_and_period(
    cli_vault: Path, cli_env: dict[str, str]
) -> None:
    def listed(*filters: str) -> list[dict[str, object]]:
        r = run_cli("audit", "list", "--json", *filters, "--vault", str(cli_vault), env=cli_env)
        assert r.returncode == 0, r.stderr
        return list(json.loads(r.stdout))

    everything = listed()
    unlocks = listed("--action", "vault.unlocked")
    assert unlocks and all(e["action"] == "vault.unlocked" for e in unlocks)
    vault_rows = listed("--action", "vault.")
    assert {e["action"] for e in vault_rows} >= {"vault.created", "vault.unlocked"}
    by_owner = listed("--actor", "nora fiktiv")
    assert by_owner and {e["actor"] for e in by_owner} == {everything[0]["actor"]}
    assert listed("--since", "2000-01-01", "--until", "2000-12-31") == []
    today = str(everything[-1]["at"])[:10]
    assert len(listed("--since", today, "--until", today)) >= len(everything) - 1
    assert listed("--case", "KEEP-0002") == []

    bad = run_cli("audit", "list", "--since", "last week", "--vault", str(cli_vault), env=cli_env)
    assert "--since" in assert_one_line_error(bad)
    nobody = run_cli("audit", "list", "--actor", "Nobody", "--vault", str(cli_vault), env=cli_env)
    assert "Nobody" in assert_one_line_error(nobody)


def test_retention_due_lists_cases_past_their_date(
    cli_vault: Path, cli_env: dict[str, str]
) -> None:
    with Vault.open(cli_vault, PASSPHRASE) as v:
        case = m.CASES.where(v, "reference = ?", ("KEEP-0002",))[0]
        v.execute("UPDATE cases SET retention_review_date = '2001-01-01' WHERE id = ?", (case.id,))

    result = run_cli("case", "retention-due", "--json", "--vault", str(cli_vault), env=cli_env)

    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["reference"], r["review_date"]) for r in rows] == [("KEEP-0002", "2001-01-01")]

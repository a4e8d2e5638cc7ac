"""``caseconf audit anchor`` and ``audit verify --anchor``: a head printed for the paper file
catches a log that was cut short, even when every record inside the vault was forged too."""

from __future__ import annotations

import re
from pathlib import Path

from caseconf_desktop.storage import audit
from caseconf_desktop.storage.vault import Vault
from tests.cli.conftest import assert_one_line_error, run_cli
from tests.conftest import PASSPHRASE
from tests.storage.test_audit_anchors import append_rows, cut_newest


def test_cutting_the_newest_rows_is_caught_by_a_printed_anchor(
    vault_path: Path, vault: Vault, cli_env: dict[str, str]
) -> None:
    append_rows(vault, 12)
    vault.close()
    printed = run_cli("audit", "anchor", "--vault", str(vault_path), env=cli_env)
    assert printed.returncode == 0, printed.stderr
    with Vault.open(vault_path, PASSPHRASE) as v:
        cut_newest(v, 4)
        assert audit.verify(v, ()).problem in {"truncated", "anchor"}

    broken = run_cli("audit", "verify", "--vault", str(vault_path), env=cli_env)

    assert broken.returncode == 1
    [line] = broken.stderr.splitlines()
    assert "cut short" in line and "the anchor printed on" in line


def test_a_paper_anchor_catches_a_cut_that_also_erased_every_record_in_the_vault(
    vault_path: Path, vault: Vault, cli_env: dict[str, str]
) -> None:
    append_rows(vault, 12)
    vault.close()
    printed = run_cli("audit", "anchor", "--vault", str(vault_path), env=cli_env)
    line = printed.stdout.splitlines()[-1]
    paper = line.rsplit(" ", 1)[-1]
    assert re.fullmatch(r"\d+:[0-9a-f]{64}", paper)
    with Vault.open(vault_path, PASSPHRASE) as v:
        cut_newest(v, 3)
        # The forger also removes every head the vault kept of its own.
        v.execute("DROP TRIGGER audit_anchors_no_delete")
        for table in ("audit_anchors", "minutes_issued", "sync_bundles"):
            v.execute(f"DELETE FROM {table}")

    fooled = run_cli("audit", "verify", "--vault", str(vault_path), env=cli_env)
    assert fooled.returncode == 0  # what stays inside the vault can be forged with it
    caught = run_cli("audit", "verify", "--anchor", paper, "--vault", str(vault_path), env=cli_env)
    assert caught.returncode == 1
    assert "you gave" in caught.stderr and "Traceback" not in caught.stderr
    assert len(caught.stderr.splitlines()) == 1


def test_audit_anchor_prints_the_current_head_with_a_time(
    vault_path: Path, vault: Vault, cli_env: dict[str, str]
) -> None:
    vault.close()
    printed = run_cli("audit", "anchor", "--vault", str(vault_path), env=cli_env)
    assert printed.returncode == 0, printed.stderr
    first = printed.stdout.splitlines()[0]
    with Vault.open(vault_path, PASSPHRASE) as v:
        seq, digest = audit.head(v)
        assert f"row {seq}, SHA-256 {digest}" in first
        assert re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", first)
        assert audit.recorded_anchors(v)[-1].source == "printed"
    ok = run_cli("audit", "verify", "--anchor", f"{seq}:{digest}", "--vault", str(vault_path),
                 env=cli_env)  # fmt: skip
    assert ok.returncode == 0, ok.stderr


def test_a_malformed_anchor_is_one_sentence_and_exit_2(
    vault_path: Path, vault: Vault, cli_env: dict[str, str]
) -> None:
    vault.close()
    bad = run_cli("audit", "verify", "--anchor", "12:nothex", "--vault", str(vault_path),
                  env=cli_env)  # fmt: skip
    assert bad.returncode == 2
    assert "SEQ:HASH" in assert_one_line_error(bad)

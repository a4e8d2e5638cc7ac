"""Bad destinations, numbers and passphrase files get one sentence, a non-zero exit and no
write, never a traceback (found by trying the command line as a hostile tester would)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import assert_one_line_error, cli_made_vault, run_cli
from tests.conftest import VaultTemplates


@pytest.fixture
def cli_vault(tmp_path: Path, cli_env: dict[str, str], vault_templates: VaultTemplates) -> Path:
    path = cli_made_vault(vault_templates, tmp_path / "v" / "cli.vault", cli_env, "Ana", "Exit")
    made = run_cli("demo", "--cases", "2", "--vault", str(path), env=cli_env)
    assert made.returncode == 0, made.stderr
    return path


def _reference(vault: Path, env: dict[str, str]) -> str:
    listed = run_cli("cases", "list", "--json", "--vault", str(vault), env=env)
    return str(json.loads(listed.stdout)[0]["reference"])


def test_an_export_never_replaces_a_device_a_pipe_a_link_or_a_folder(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    ref = _reference(cli_vault, cli_env)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = tmp_path / "target.json"
    target.write_text("kept")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    cases = {
        fifo: "a device or a pipe",
        link: "is a link",
        tmp_path: "is a folder",
        tmp_path / "missing" / "x.json": "There is no folder",
    }
    for out, words in cases.items():
        for command in (
            ["export", "--case", ref, "--out", str(out)],
            ["backup", "--out", str(out)],
        ):
            if command[0] == "backup" and "There is no folder" in words:
                continue  # a backup makes its folder
            result = run_cli(*command, "--vault", str(cli_vault), env=cli_env)
            assert result.returncode == 2, (command, out)
            assert words in assert_one_line_error(result), (command, out)
    assert fifo.exists() and not fifo.is_file()  # still the pipe
    assert link.is_symlink() and target.read_text() == "kept"
    assert not (tmp_path / "missing").exists()


def test_an_empty_passphrase_file_is_named_not_a_database_error(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    for content in ("", "\n"):
        file = tmp_path / "pass.txt"
        file.write_text(content)
        result = run_cli(
            "cases", "list", "--vault", str(cli_vault), "--passphrase-file", str(file),
            env=cli_env,
        )  # fmt: skip
        assert result.returncode == 2
        assert "is empty" in assert_one_line_error(result)


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["cases", "list", "--limit", "9223372036854775808"], "--limit"),
        (["cases", "list", "--limit", "-1"], "--limit"),
        (["case", "retention-due", "--years", "2026"], "--years"),
        (["demo", "--cases", "99999999999999999999"], "--cases"),
    ],
)
def test_numbers_out_of_range_are_refused_before_anything_is_done(
    cli_vault: Path, cli_env: dict[str, str], args: list[str], option: str
) -> None:
    before = cli_vault.stat().st_mtime_ns
    result = run_cli(*args, "--vault", str(cli_vault), env=cli_env)
    assert result.returncode == 2
    assert f"{option} must be a whole number from" in assert_one_line_error(result)
    assert cli_vault.stat().st_mtime_ns == before


def test_a_name_the_system_refuses_and_a_closed_or_full_stdout_are_one_sentence(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    too_long = tmp_path / ("a" * 300 + ".vault")
    result = run_cli("cases", "list", "--vault", str(too_long), env=cli_env)
    assert result.returncode == 2
    assert "File name too long" in assert_one_line_error(result)

    closed = subprocess.run(
        [sys.executable, "-m", "caseconf_desktop", "cases", "list", "--vault", str(cli_vault)],
        env=cli_env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True, timeout=120, check=False,
        preexec_fn=lambda: os.close(1),  # standard output closed, as `>&-` does
    )  # fmt: skip
    assert closed.returncode == 2
    assert "no standard output" in assert_one_line_error(closed)

    if Path("/dev/full").exists():
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [sys.executable, "-m", "caseconf_desktop", "cases", "list", "--json",
                 "--vault", str(cli_vault)],
                env=cli_env, stdin=subprocess.DEVNULL, stdout=full, stderr=subprocess.PIPE,
                text=True, timeout=120, check=False,
            )  # fmt: skip
        assert result.returncode == 2
        assert "No space left" in assert_one_line_error(result)


def test_a_bundle_command_without_the_vault_passphrase_names_its_own_option(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = {k: v for k, v in cli_env.items() if k != "CASECONF_PASSPHRASE"}
    bundle_pass = tmp_path / "bundle-pass.txt"
    bundle_pass.write_text("a bundle passphrase long enough for the floor 2026")
    result = run_cli(
        "bundle", "import", str(tmp_path / "none.ccbundle"), "--vault", str(cli_vault),
        "--passphrase-file", str(bundle_pass), env=env,
    )  # fmt: skip
    assert result.returncode == 2
    assert "use --vault-passphrase-file," in assert_one_line_error(result)

"""The ``caseconf`` command line: version, init, options, and one-line errors without tracebacks."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import pytest

from caseconf_desktop import __version__, cli
from caseconf_desktop.services import vaults
from tests.cli.conftest import assert_one_line_error, cli_made_vault, run_cli
from tests.conftest import PASSPHRASE, VaultTemplates

INIT = ("init", "--owner", "Nora Fiktiv", "--agency", "Example Municipality")


def folder_state(folder: Path) -> dict[str, str]:
    return {
        f.name: hashlib.sha256(f.read_bytes()).hexdigest()
        for f in sorted(folder.iterdir())
        if f.is_file()
    }


@pytest.fixture
def cli_vault(tmp_path: Path, cli_env: dict[str, str], vault_templates: VaultTemplates) -> Path:
    """A vault made by ``caseconf init`` (a copy of one), in a folder of its own."""
    path = tmp_path / "vaults" / "cli.vault"
    return cli_made_vault(vault_templates, path, cli_env, INIT[2], INIT[4])


def leaf_parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every (command words, parser) that runs a handler, e.g. (("audit", "verify"), ...)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [(path, parser)]
    return [leaf for name, p in subs[0].choices.items() for leaf in leaf_parsers(p, (*path, name))]


def required_arguments(parser: argparse.ArgumentParser) -> list[str]:
    """Placeholder values for whatever the parser insists on."""
    argv: list[str] = []
    for action in parser._actions:
        value = str(next(iter(action.choices))) if action.choices else "x"
        if action.option_strings and action.required:
            argv += [action.option_strings[0], value]
        elif not action.option_strings and action.nargs is None:
            argv.append(value)
    return argv


def test_version_prints_the_package_version(cli_env: dict[str, str]) -> None:
    result = run_cli("--version", env=cli_env)
    assert result.returncode == 0
    assert result.stdout.strip() == f"caseconf {__version__}"


def test_init_creates_a_vault_with_the_owner_profile(cli_vault: Path) -> None:
    with vaults.unlock(cli_vault, PASSPHRASE, record=False) as v:
        owner = vaults.owner(v)
    assert owner.person.name == "Nora Fiktiv"
    assert owner.agency.name == "Example Municipality"


def test_init_prints_one_confirmation_line(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = tmp_path / "new.vault"
    result = run_cli(*INIT, "--vault", str(path), env=cli_env)
    assert result.returncode == 0
    assert result.stderr == ""
    [line] = result.stdout.splitlines()
    assert str(path) in line
    assert path.is_file()


def test_init_twice_refuses_with_one_line_and_leaves_the_vault_unchanged(
    cli_vault: Path, cli_env: dict[str, str]
) -> None:
    before = folder_state(cli_vault.parent)
    result = run_cli(*INIT, "--vault", str(cli_vault), env=cli_env)
    line = assert_one_line_error(result)
    assert str(cli_vault) in line
    assert folder_state(cli_vault.parent) == before


def test_cases_list_json_on_an_empty_vault_prints_an_empty_list(
    cli_vault: Path, cli_env: dict[str, str]
) -> None:
    result = run_cli("cases", "list", "--json", "--vault", str(cli_vault), env=cli_env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_every_subcommand_takes_vault_and_passphrase_file_after_its_name() -> None:
    leaves = leaf_parsers(cli.build_parser())
    assert {" ".join(words) for words, _ in leaves} >= {"init", "cases list", "audit verify"}
    for words, leaf in leaves:
        # On bundle export|import the contract gives --passphrase-file to the bundle's own
        # passphrase; the vault's is then --vault-passphrase-file.
        bundle = words[0] == "bundle"
        vault_option = "--vault-passphrase-file" if bundle else "--passphrase-file"
        argv = [*words, *required_arguments(leaf), "--vault", "V.vault", vault_option, "P"]
        if bundle:
            argv += ["--passphrase-file", "B"]
        args = cli.build_parser().parse_args(argv)
        assert args.vault == "V.vault", words
        assert args.passphrase_file == "P", words
        if bundle:
            assert args.bundle_passphrase_file == "B", words
        assert args.handler is leaf.get_default("handler"), words


def test_caseconf_vault_environment_variable_is_the_default(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = {**cli_env, "CASECONF_VAULT": str(cli_vault)}
    listed = run_cli("cases", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []
    verified = run_cli("audit", "verify", env=env)
    assert verified.returncode == 0, verified.stderr
    # --vault still wins over the environment.
    elsewhere = run_cli("cases", "list", "--vault", str(tmp_path / "absent.vault"), env=env)
    assert "absent.vault" in assert_one_line_error(elsewhere)


def test_wrong_passphrase_is_one_line_and_leaves_the_vault_unchanged(
    cli_vault: Path, cli_env: dict[str, str]
) -> None:
    before = folder_state(cli_vault.parent)
    env = {**cli_env, "CASECONF_PASSPHRASE": "definitely wrong passphrase"}
    result = run_cli("cases", "list", "--vault", str(cli_vault), env=env)
    line = assert_one_line_error(result)
    assert "passphrase" in line
    assert result.stdout == ""
    assert folder_state(cli_vault.parent) == before


def test_missing_passphrase_without_a_terminal_is_one_line(
    cli_vault: Path, cli_env: dict[str, str]
) -> None:
    env = {k: v for k, v in cli_env.items() if k != "CASECONF_PASSPHRASE"}
    before = folder_state(cli_vault.parent)
    result = run_cli("cases", "list", "--vault", str(cli_vault), env=env)
    assert "passphrase" in assert_one_line_error(result).lower()
    assert folder_state(cli_vault.parent) == before


def test_missing_vault_is_one_line(tmp_path: Path, cli_env: dict[str, str]) -> None:
    result = run_cli("cases", "list", "--vault", str(tmp_path / "absent.vault"), env=cli_env)
    assert "absent.vault" in assert_one_line_error(result)
    assert not (tmp_path / "absent.vault").exists()


@pytest.mark.parametrize(
    "argv",
    [("frobnicate",), ("cases", "frobnicate"), ("cases",), ("cases", "list", "--no-such-flag")],
    ids=["unknown-command", "unknown-subcommand", "missing-subcommand", "unknown-option"],
)
def test_usage_errors_exit_2_without_traceback(
    argv: tuple[str, ...], cli_env: dict[str, str]
) -> None:
    result = run_cli(*argv, env=cli_env)
    assert result.returncode == 2
    assert_one_line_error(result)


@pytest.mark.parametrize(
    "content",
    [PASSPHRASE + "\n", PASSPHRASE + "\r\n", PASSPHRASE, "\ufeff" + PASSPHRASE + "\r\n"],
    ids=["lf", "crlf", "no-newline", "byte-order-mark"],
)
def test_passphrase_file_is_read_without_its_line_ending(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path, content: str
) -> None:
    env = {k: v for k, v in cli_env.items() if k != "CASECONF_PASSPHRASE"}
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(content.encode("utf-8"))
    result = run_cli(
        "audit", "verify", "--vault", str(cli_vault), "--passphrase-file", str(secret), env=env
    )
    assert result.returncode == 0, result.stderr


def test_passphrase_file_takes_precedence_over_the_environment(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text("a different passphrase\n", encoding="utf-8")
    result = run_cli(
        "audit", "verify", "--vault", str(cli_vault), "--passphrase-file", str(secret), env=cli_env
    )
    assert "passphrase" in assert_one_line_error(result)


def test_unreadable_passphrase_file_is_one_line(
    cli_vault: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-file.txt"
    result = run_cli(
        "cases", "list", "--vault", str(cli_vault), "--passphrase-file", str(missing), env=cli_env
    )
    assert "no-such-file.txt" in assert_one_line_error(result)

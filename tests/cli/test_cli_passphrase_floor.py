"""``init`` and ``passphrase change`` refuse guessable passphrases with zxcvbn's reason, and
the command line waits after a wrong passphrase, longer each time, per vault."""

from __future__ import annotations

import hashlib
import json
import re
import time
from pathlib import Path

import pytest

from caseconf_desktop import cli
from caseconf_desktop.services import passphrase, unlock_attempts, vaults
from caseconf_desktop.storage.vault import Vault
from tests.cli.conftest import assert_one_line_error, run_cli
from tests.conftest import PASSPHRASE

WEAK = ["12345678", "password", "qwertyuiop", "Summer2024!", "aaaaaaaaaaaa"]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_refuses_each_weak_passphrase_with_its_reason_and_creates_nothing(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    folder = tmp_path / "vaults"
    refused = 0
    for weak in WEAK:
        env = {**cli_env, "CASECONF_PASSPHRASE": weak}
        result = run_cli(
            "init", "--owner", "Noor Haddad", "--agency", "Probation East",
            "--vault", str(folder / "v.vault"), env=env,
        )  # fmt: skip
        assert result.returncode == 2
        line = assert_one_line_error(result)
        assert line.startswith("caseconf: The passphrase is too easy to guess: ")
        refused += 1
    assert refused == len(WEAK)
    assert not folder.exists()


def test_passphrase_change_refuses_a_weak_new_one_and_leaves_the_vault_byte_identical(
    vault: Vault, vault_path: Path, cli_env: dict[str, str]
) -> None:
    vault.close()
    before = sha(vault_path)
    for weak in WEAK:
        env = {**cli_env, "CASECONF_NEW_PASSPHRASE": weak}
        result = run_cli("passphrase", "change", "--vault", str(vault_path), env=env)
        assert result.returncode == 2
        assert "too easy to guess" in assert_one_line_error(result)
    assert sha(vault_path) == before
    Vault.open(vault_path, PASSPHRASE).close()


def test_the_passphrases_of_the_demo_and_the_tests_pass_the_floor() -> None:
    makefile = (Path(__file__).parents[2] / "Makefile").read_text(encoding="utf-8")
    demo = re.search(r"^DEMO_PASSPHRASE := (.+)$", makefile, re.M)
    assert demo is not None
    for text in (demo.group(1).strip(), PASSPHRASE, "the next passphrase 2031"):
        assert passphrase.weakness(text) == "", text


def test_the_service_refuses_a_weak_passphrase_before_creating_the_file(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    with pytest.raises(Exception, match="too easy to guess"):
        vaults.init_vault(path, "password1", "Noor Haddad", "Probation East")
    assert not path.exists()


# -- waiting after a wrong passphrase ------------------------------------------------------


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the waits on a fake clock instead of sleeping through them."""
    now = [1_000_000.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        now[0] += seconds

    monkeypatch.setattr(unlock_attempts, "sleep", sleep)
    monkeypatch.setattr(unlock_attempts, "clock", lambda: now[0])
    return slept


def attempt(path: Path, secret: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("CASECONF_PASSPHRASE", secret)
    return cli.main(["cases", "list", "--vault", str(path)])


def test_wrong_passphrases_make_the_command_line_wait_1_2_4_8_seconds_per_vault(
    vault: Vault, vault_path: Path, tmp_path: Path, waits: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    vault.close()
    other = tmp_path / "other.vault"
    vaults.init_vault(other, PASSPHRASE, "Mila Horvat", "Police Noord").close()

    codes = [attempt(vault_path, f"wrong guess number {i}", monkeypatch) for i in range(4)]
    assert codes == [3, 3, 3, 3]
    assert waits == [1.0, 2.0, 4.0, 8.0]

    waits.clear()
    assert attempt(other, "wrong guess elsewhere", monkeypatch) == 3
    assert waits == [1.0], "each vault has its own count"

    waits.clear()
    assert attempt(vault_path, PASSPHRASE, monkeypatch) == 0
    assert waits == []
    assert attempt(vault_path, "wrong again", monkeypatch) == 3
    assert waits == [1.0], "a right passphrase resets the count"


def test_the_delay_is_capped() -> None:
    assert [unlock_attempts.delay_for(n) for n in range(7)] == [0, 1, 2, 4, 8, 16, 30]
    assert unlock_attempts.delay_for(10_000) == unlock_attempts.MAX_DELAY


def test_a_command_started_during_the_wait_waits_its_turn_first(
    vault: Vault, vault_path: Path, waits: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    for i in range(3):
        attempt(vault_path, f"wrong {i}", monkeypatch)
    # Three failures set a 4 s wait; a command started 1 s after the last one waits 3 s more,
    # even with the right passphrase (as a parallel guesser would have to).
    unlock_attempts._save(vault_path, 3, unlock_attempts.clock() - 1.0)
    waits.clear()
    assert attempt(vault_path, PASSPHRASE, monkeypatch) == 0
    assert waits == [3.0]


def test_the_failure_count_is_kept_outside_the_vault_without_case_data_or_path(
    vault: Vault, vault_path: Path, waits: list[float], monkeypatch: pytest.MonkeyPatch,
    isolated_dirs: dict[str, Path],
) -> None:  # fmt: skip
    vault.close()
    before = sha(vault_path)
    attempt(vault_path, "wrong guess", monkeypatch)
    assert sha(vault_path) == before
    files = [p for p in isolated_dirs["state"].rglob("*") if p.is_file()]
    assert [p.name for p in files] == [unlock_attempts.counter_file(vault_path).name]
    assert re.fullmatch(r"[0-9a-f]{32}", files[0].name)
    data = json.loads(files[0].read_text(encoding="ascii"))
    assert set(data) == {"failures", "last"} and data["failures"] == 1
    assert vault_path.name not in files[0].read_text(encoding="ascii")


def test_the_default_delay_really_waits(
    vault: Vault, vault_path: Path, cli_env: dict[str, str]
) -> None:
    vault.close()
    env = {**cli_env, "CASECONF_PASSPHRASE": "not the right passphrase"}
    took = []
    for _ in range(2):
        started = time.monotonic()
        result = run_cli("cases", "list", "--vault", str(vault_path), env=env)
        took.append(time.monotonic() - started)
        assert result.returncode == 3
        assert "passphrase is wrong" in assert_one_line_error(result)
    assert took[0] >= 1.0 and took[1] >= 2.0, took

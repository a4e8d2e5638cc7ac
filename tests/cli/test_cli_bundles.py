"""``caseconf device``, ``bundle`` and ``conflicts`` as a user runs them: real processes."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from caseconf_desktop.services import casefile, vaults
from caseconf_desktop.storage import mapping as m
from tests.cli.conftest import assert_one_line_error, run_cli
from tests.conftest import PASSPHRASE
from tests.services.conftest import build_minutes_case

REF = "CC-2025-017"


def cli(env: dict[str, str], vault: Path, *args: str) -> str:
    result = run_cli(*args, "--vault", str(vault), env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def set_programme(path: Path, case_id: str, programme: str) -> None:
    with vaults.unlock(path, PASSPHRASE, record=False) as vault:
        case = m.CASES.get(vault, case_id)
        assert case is not None
        casefile.save_record(vault, dataclasses.replace(case, programme=programme))


def setup_pair(tmp_path: Path, env: dict[str, str]) -> tuple[Path, Path, str]:
    ws, lap = tmp_path / "ws.vault", tmp_path / "lap.vault"
    cli(env, ws, "init", "--owner", "Rania Haddad", "--agency", "Probation Noord")
    cli(env, lap, "init", "--owner", "Joost de Wit", "--agency", "Exit Mentors Noord")
    ws_line, ws_fp = cli(env, ws, "device", "id").splitlines()
    lap_line = cli(env, lap, "device", "id").splitlines()[0]
    assert ws_line.startswith("caseconf-device:1:") and ws_fp.startswith("Fingerprint: ")
    trusted = cli(env, lap, "device", "trust", ws_line, "--name", "workstation")
    assert ws_fp.removeprefix("Fingerprint: ") in trusted  # compare it aloud with this
    cli(env, ws, "device", "trust", lap_line, "--name", "laptop")
    with vaults.unlock(ws, PASSPHRASE, record=False) as vault:
        case_id = build_minutes_case(vault, reference=REF).case_id
    return ws, lap, case_id


def test_hand_over_a_case_then_settle_a_conflict(tmp_path: Path, cli_env: dict[str, str]) -> None:
    ws, lap, case_id = setup_pair(tmp_path, cli_env)
    listed = json.loads(cli(cli_env, ws, "device", "list", "--json"))
    assert [(d["name"], d["this_vault"]) for d in listed] == [
        ("Rania Haddad (Probation Noord)", True),
        ("laptop", False),
    ]
    out = tmp_path / "usb" / "case.ccbundle"
    out.parent.mkdir()
    wrote = cli(cli_env, ws, "bundle", "export", "--case", REF, "--to", "laptop", "--out", str(out))
    assert wrote.startswith(f"Wrote {out}: 1 cases")
    imported = cli(cli_env, lap, "bundle", "import", str(out))
    assert "from workstation" in imported and "0 new conflicts" in imported

    set_programme(ws, case_id, "Workstation programme")
    set_programme(lap, case_id, "Laptop programme")
    back = tmp_path / "usb" / "back.ccbundle"
    cli(
        cli_env, lap, "bundle", "export", "--case", REF, "--to", "workstation", "--out", str(back),
        "--since-last",
    )  # fmt: skip
    assert "1 new conflicts" in cli(cli_env, ws, "bundle", "import", str(back))
    (conflict,) = json.loads(cli(cli_env, ws, "conflicts", "list", "--json"))
    assert conflict["case"] == REF and conflict["field"] == "programme"
    assert conflict["local"]["value"] == "Workstation programme"
    assert [(s["value"], s["device"], s["by"]) for s in conflict["remote"]] == [
        ("Laptop programme", "laptop", "Joost de Wit")
    ]
    text = cli(cli_env, ws, "conflicts", "list")
    assert conflict["id"][:8] in text and "Laptop programme" in text

    resolved = cli(cli_env, ws, "conflicts", "resolve", conflict["id"][:8], "--keep", "remote")
    assert resolved.startswith(f"Resolved conflict {conflict['id'][:8]}")
    assert json.loads(cli(cli_env, ws, "conflicts", "list", "--json")) == []
    with vaults.unlock(ws, PASSPHRASE, record=False) as vault:
        assert m.CASES.get(vault, case_id).programme == "Laptop programme"  # type: ignore[union-attr]

    # importing the same bundle again says so, changes nothing, and has its own exit code
    again = run_cli("bundle", "import", str(back), "--vault", str(ws), env=cli_env)
    line = assert_one_line_error(again)
    assert again.returncode == 4 and "already imported" in line


def test_bad_bundles_and_bad_lines_are_one_sentence_each(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    ws, lap, _ = setup_pair(tmp_path, cli_env)
    damaged = run_cli(
        "device", "trust", "caseconf-device:1:nonsense", "--name", "x", "--vault", str(ws),
        env=cli_env,
    )  # fmt: skip
    assert "device line is incomplete" in assert_one_line_error(damaged)

    out = tmp_path / "case.ccbundle"
    secret = tmp_path / "secret.txt"
    secret.write_text("a passphrase for emergencies\n", encoding="utf-8")
    # The contract's form: on bundle commands --passphrase-file is the bundle's passphrase.
    cli(
        cli_env, ws, "bundle", "export", "--case", REF, "--passphrase-file", str(secret),
        "--out", str(out),
    )  # fmt: skip
    needs = run_cli("bundle", "import", str(out), "--vault", str(lap), env=cli_env)
    assert "protected by a passphrase" in assert_one_line_error(needs)

    data = bytearray(out.read_bytes())
    data[-20] ^= 0x40
    tampered = tmp_path / "tampered.ccbundle"
    tampered.write_bytes(bytes(data))
    altered = run_cli(
        "bundle", "import", str(tampered), "--bundle-passphrase-file", str(secret),
        "--vault", str(lap), env=cli_env,
    )  # fmt: skip
    assert "altered or damaged" in assert_one_line_error(altered)

    ok = cli(cli_env, lap, "bundle", "import", str(out), "--bundle-passphrase-file", str(secret))
    assert ok.startswith("Imported bundle ")
    neither = run_cli(
        "bundle", "export", "--case", REF, "--out", str(tmp_path / "x"), "--vault", str(ws),
        env=cli_env,
    )  # fmt: skip
    assert "--to NAME" in assert_one_line_error(neither)


def test_bundle_commands_take_the_vault_passphrase_from_vault_passphrase_file(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    vault = tmp_path / "v.vault"
    cli(cli_env, vault, "init", "--owner", "Pat Example", "--agency", "Exit North")
    cli(cli_env, vault, "demo", "--cases", "2")
    ref = run_cli("cases", "list", "--json", "--vault", str(vault), env=cli_env).stdout
    reference = json.loads(ref)[0]["reference"]
    vault_pass = tmp_path / "vault-pass.txt"
    vault_pass.write_text(PASSPHRASE + "\n", encoding="utf-8")
    bundle_pass = tmp_path / "bundle-pass.txt"
    bundle_pass.write_text("an emergency bundle passphrase\n", encoding="utf-8")
    env = {k: v for k, v in cli_env.items() if k != "CASECONF_PASSPHRASE"}
    out = tmp_path / "b.ccbundle"
    result = run_cli(
        "bundle", "export", "--case", reference, "--passphrase-file", str(bundle_pass),
        "--vault-passphrase-file", str(vault_pass), "--out", str(out), "--vault", str(vault),
        env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0


def test_demo_cases_handed_over_arrive_whole(tmp_path: Path, cli_env: dict[str, str]) -> None:
    """Demo cases carry actions forward from earlier ones: every record arrives, linked."""
    ws, lap, _ = setup_pair(tmp_path, cli_env)
    cli(cli_env, ws, "demo", "--cases", "4")
    references = [c["reference"] for c in json.loads(cli(cli_env, ws, "cases", "list", "--json"))]
    out = tmp_path / "demo.ccbundle"
    cases = [arg for ref in references for arg in ("--case", ref)]
    cli(cli_env, ws, "bundle", "export", *cases, "--to", "laptop", "--out", str(out))
    imported = cli(cli_env, lap, "bundle", "import", str(out))
    assert "0 changed, 0 deleted, 0 new conflicts" in imported
    with (
        vaults.unlock(ws, PASSPHRASE, record=False) as sent,
        vaults.unlock(lap, PASSPHRASE, record=False) as received,
    ):
        actions = {a.id: a.carried_forward_from_id for a in m.ACTIONS.where(sent)}
        assert any(actions.values()), "the demo should carry some action forward"
        assert {a.id: a.carried_forward_from_id for a in m.ACTIONS.where(received)} == actions
        assert m.ENTRIES.count(received) == m.ENTRIES.count(sent)

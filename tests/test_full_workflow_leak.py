"""A whole working life of a vault, with canary strings: none escapes into any file but the
vault (encrypted), its backups (encrypted) and the exports the user explicitly asked for."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pytest

from caseconf_desktop.storage.vault import Vault
from tests.cli.conftest import run_cli
from tests.conftest import PASSPHRASE
from tests.safety_helpers import decrypted_pages

CANARY = "LEAKBIRD-Łódź-Ψυχή-Жар-7c1e"
NEEDLES = {
    "utf-8": CANARY.encode("utf-8"),
    "utf-16-le": CANARY.encode("utf-16-le"),
    "ascii-prefix": b"LEAKBIRD",  # a partial leak through an escaping encoder
    "escaped-json": json.dumps(CANARY).encode("ascii")[1:12],
}
NEW_PASSPHRASE = "workflow passphrase two 2030"


def files_under(folders: Iterable[Path]) -> list[Path]:
    return sorted({f for folder in folders for f in folder.rglob("*") if f.is_file()})


def leaks(files: Iterable[Path]) -> list[str]:
    found = []
    for f in files:
        data = f.read_bytes()
        found += [f"{f}: {name}" for name, needle in NEEDLES.items() if needle in data]
    return found


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    assert CANARY not in result.stderr
    return result


def plant_canaries(document: dict[str, object]) -> None:
    case = document["cases"][0]  # type: ignore[index]
    case["subject"]["name"] = f"{CANARY} Subject"
    case["subject"]["pseudonym"] = CANARY
    for goal in case["goals"]:
        goal["text"] = f"Goal of {CANARY}"
    for member in case["family_members"]:
        member["name"] = f"{CANARY} Relative"
    for conference in case["conferences"]:
        for entry in conference["entries"]:
            entry["text"] = f"Said about {CANARY}"


@pytest.mark.slow
def test_full_workflow_leaves_no_canary_outside_the_vault_and_explicit_exports(
    tmp_path: Path, isolated_dirs: dict[str, Path]
) -> None:
    vault = isolated_dirs["data"] / "caseconf.vault"
    exports = tmp_path / "exports"  # what the user explicitly asked to have written
    inputs = tmp_path / "inputs"  # the user's own file to import
    exports.mkdir()
    inputs.mkdir()
    env = {
        **os.environ,
        "CASECONF_PASSPHRASE": PASSPHRASE,
        "CASECONF_VAULT": str(vault),
        "QT_QPA_PLATFORM": "offscreen",
    }

    ok(run_cli("init", "--owner", "Flo Workflow", "--agency", "Exit Works", env=env))
    ok(run_cli("demo", "--cases", "5", env=env))
    listed = json.loads(ok(run_cli("cases", "list", "--json", env=env)).stdout)
    reference = next(c["reference"] for c in listed if c["subject"])

    original = inputs / "case.json"
    ok(run_cli("export", "--case", reference, "--out", str(original), env=env))
    document = json.loads(original.read_text(encoding="utf-8"))
    plant_canaries(document)
    planted = inputs / "planted.json"
    planted.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    ok(run_cli("import", str(planted), env=env))

    found = ok(run_cli("cases", "list", "--search", "Ψυχή", env=env))
    assert reference in found.stdout  # the canary is really in the vault and its index
    ok(run_cli("export", "--case", reference, "--out", str(exports / "case.json"), env=env))
    conference = document["cases"][0]["conferences"][0]["id"]  # type: ignore[index]
    minutes = run_cli(
        "minutes", "export", "--conference", conference, "--audience", "partners",
        "--recipient", "Pat Recipient", "--agency", "Partner Agency",
        "--out", str(exports / "minutes.pdf"), env=env,
    )  # fmt: skip
    ok(minutes)
    access = run_cli(
        "subject-access", "--case", reference, "--out-json", str(exports / "sar.json"),
        "--out-pdf", str(exports / "sar.pdf"), env=env,
    )  # fmt: skip
    ok(access)
    backups = tmp_path / "backups"
    ok(run_cli("backup", "--out", str(backups / "vault.ccbackup"), env=env))
    restored = tmp_path / "restored" / "restored.vault"
    ok(run_cli("restore", str(backups / "vault.ccbackup"), "--vault", str(restored), env=env))
    ok(run_cli("audit", "list", "--json", env=env))
    ok(run_cli("audit", "verify", env=env))
    ok(run_cli("passphrase", "change", env={**env, "CASECONF_NEW_PASSPHRASE": NEW_PASSPHRASE}))
    env["CASECONF_PASSPHRASE"] = NEW_PASSPHRASE
    ok(run_cli("case", "erase", reference, "--reason", "Retention period ended", env=env))
    ok(run_cli("audit", "verify", env=env))

    explicit = files_under([exports, inputs])
    assert {f.name for f in explicit} >= {"case.json", "sar.json", "sar.pdf", "minutes.pdf"}
    assert leaks([exports / "case.json", exports / "sar.json", planted])  # the scanner works
    everything = files_under([tmp_path])
    assert vault in everything and restored in everything
    assert leaks(f for f in everything if f not in explicit) == []

    # The erased case is gone from the vault itself, not only hidden by the encryption.
    assert not any(
        needle in decrypted_pages(vault, NEW_PASSPHRASE).lower()
        for needle in (b"leakbird", "Ψυχή".lower().encode())
    )
    with Vault.open(vault, NEW_PASSPHRASE) as v:
        assert v.scalar("SELECT count(*) FROM cases WHERE reference = ?", (reference,)) == 0

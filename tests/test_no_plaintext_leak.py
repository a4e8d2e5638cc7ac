"""Case content never reaches the disk in plain text: not in the vault, its WAL, or any user folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from caseconf_desktop.domain.enums import Section
from caseconf_desktop.domain.model import Case, Conference, Entry, FamilyMember, utcnow
from caseconf_desktop.storage.mapping import CASES, CONFERENCES, ENTRIES, FAMILY
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

CANARY = "CANARY-Zoë-Ωμέγα-Щука-مرحبا-7f3a"
NEEDLES = {
    "utf-8": CANARY.encode("utf-8"),
    "utf-16-le": CANARY.encode("utf-16-le"),
    # The ASCII part alone would show a partial leak (e.g. through an escaping encoder).
    "ascii-prefix": b"CANARY-Zo",
}


def files_under(folders: Iterable[Path]) -> list[Path]:
    return sorted({f for folder in folders for f in folder.rglob("*") if f.is_file()})


def leaks(folders: Iterable[Path]) -> list[str]:
    found = []
    for f in files_under(folders):
        data = f.read_bytes()
        found += [f"{f}: {name}" for name, needle in NEEDLES.items() if needle in data]
    return found


def caseconf(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASECONF_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "caseconf_desktop", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,  # pipes, not files: output that reaches a file is the user's choice
        text=True,
        timeout=120,
        check=False,
    )


def write_canary_case(vault: Vault) -> Case:
    with vault.transaction():
        case = CASES.upsert(
            vault,
            Case(reference="LEAK-1", subject_name=f"{CANARY} Subject", pseudonym=CANARY),
        )
        conference = CONFERENCES.upsert(vault, Conference(case_id=case.id, scheduled_for=utcnow()))
        ENTRIES.upsert(
            vault,
            Entry(
                conference_id=conference.id,
                section=Section.FAMILY,
                text=f"Entry mentioning {CANARY}",
                rationale=CANARY,
            ),
        )
        FAMILY.upsert(vault, FamilyMember(case_id=case.id, name=CANARY, safeguarding_notes=CANARY))
    return case


def test_scanner_finds_the_canary_in_a_plain_file(isolated_dirs: dict[str, Path]) -> None:
    probe = isolated_dirs["cache"] / "probe.txt"
    probe.write_text(f"before {CANARY} after", encoding="utf-16-le")
    assert leaks([isolated_dirs["cache"]])
    probe.unlink()
    assert leaks([isolated_dirs["cache"]]) == []


def test_case_content_never_appears_in_plain_text_on_disk(
    vault: Vault, vault_path: Path, isolated_dirs: dict[str, Path]
) -> None:
    folders = [*isolated_dirs.values(), vault_path.parent]
    case = write_canary_case(vault)
    assert FAMILY.where(vault, "case_id = ?", (case.id,))[0].name == CANARY

    # While the vault is open the new pages sit in the WAL: it must be encrypted too.
    assert Path(f"{vault_path}-wal").exists()
    assert leaks(folders) == []
    vault.close()
    assert leaks(folders) == []

    found = caseconf("cases", "list", "--search", "Щука", "--vault", str(vault_path))
    assert found.returncode == 0, found.stderr
    assert "LEAK-1" in found.stdout  # the search really ran over the canary
    listed = caseconf("audit", "list", "--json", "--vault", str(vault_path))
    assert listed.returncode == 0, listed.stderr
    events = json.loads(listed.stdout)
    assert events

    assert CANARY not in listed.stdout
    assert leaks(folders) == []


def test_audit_rows_hold_no_case_content(vault: Vault) -> None:
    write_canary_case(vault)
    path = vault.path
    vault.close()
    for args in (("cases", "list", "--search", CANARY), ("audit", "list", "--json")):
        assert caseconf(*args, "--vault", str(path)).returncode == 0

    with Vault.open(path, PASSPHRASE) as v:
        rows = v.query("SELECT * FROM audit_log")
    assert len(rows) >= 3  # vault.created plus one unlock per command
    for row in rows:
        for value in row:
            assert "CANARY" not in str(value)
            assert "Щука" not in str(value)

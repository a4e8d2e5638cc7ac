"""Real vaults that hand cases to each other with real bundle files, for the sync tests."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyrage

from caseconf_desktop.domain.enums import Role
from caseconf_desktop.services import bundles, devices, vaults
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

CASE_TABLES = [
    m.AGENCIES,
    m.PEOPLE,
    m.CASES,
    m.RESPONSIBILITIES,
    m.GOALS,
    m.FAMILY,
    m.CONSENTS,
    m.CONFERENCES,
    m.ATTENDANCE,
    m.ENTRIES,
    m.RISKS,
    m.NEEDS,
    m.INTERVENTIONS,
    m.ACTIONS,
]


def new_vault(folder: Path, name: str, owner: str, agency: str) -> Vault:
    folder.mkdir(parents=True, exist_ok=True)
    return vaults.init_vault(folder / f"{name}.vault", PASSPHRASE, owner, agency, Role.COORDINATOR)


def introduce(a: Vault, b: Vault, a_calls_b: str, b_calls_a: str) -> None:
    """Each vault trusts the other under the given name."""
    devices.trust(a, devices.own_identity(b).line, a_calls_b)
    devices.trust(b, devices.own_identity(a).line, b_calls_a)


class Courier:
    """Carries bundles between named vaults through files in one folder."""

    def __init__(self, folder: Path, vaults_by_name: dict[str, Vault]) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.vaults = vaults_by_name
        self.count = 0

    def export(
        self, src: str, dst: str, references: Iterable[str], *, since_last: bool = False
    ) -> Path:
        self.count += 1
        out = self.folder / f"{self.count:03d}-{src}-to-{dst}.ccbundle"
        bundles.export_bundle(
            self.vaults[src], list(references), out, to=dst, since_last=since_last
        )
        return out

    def send(
        self, src: str, dst: str, references: Iterable[str], *, since_last: bool = False
    ) -> bundles.ImportResult:
        path = self.export(src, dst, references, since_last=since_last)
        return bundles.import_bundle(self.vaults[dst], path)


def records(vault: Vault) -> dict[str, dict[str, Any]]:
    """Every synced record by table and id, as domain objects."""
    return {t.name: {r.id: r for r in t.where(vault)} for t in CASE_TABLES}


def content(vault: Vault, *, skip_directory: bool = False) -> dict[str, set[tuple[Any, ...]]]:
    """The rows of every synced table, for comparing what two vaults show."""
    out: dict[str, set[tuple[Any, ...]]] = {}
    for t in CASE_TABLES:
        if skip_directory and t.name in ("agencies", "people"):
            continue
        out[t.name] = set(vault.query(t.select_sql))
    return out


def merge_state(vault: Vault) -> dict[str, set[tuple[Any, ...]]]:
    """What merging depends on: versions (with case), and the open conflicts."""
    return {
        "versions": set(
            vault.query("SELECT tbl, rid, field, case_id, siblings FROM sync_versions")
        ),
        "conflicts": set(vault.query("SELECT id, tbl, rid, field, case_id FROM conflicts")),
    }


def full_dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ordinary table (FTS shadow tables included): nothing may change."""
    names = [
        str(r[0])
        for r in vault.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {name: sorted(vault.query(f'SELECT * FROM "{name}"'), key=repr) for name in names}


def unseal(receiver: Vault, path: Path) -> dict[str, bytes]:
    """The members of a bundle addressed to ``receiver`` (a test looking inside)."""
    data = path.read_bytes()
    sealed = data[data.index(b"\n") + 1 :]
    identity = devices.age_identity(devices.own_identity(receiver))
    payload = pyrage.decrypt(sealed, [identity])
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def seal(receiver: Vault, members: dict[str, bytes], *, version: int = 1) -> bytes:
    """A bundle file for ``receiver`` holding exactly these members (for tampering tests)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    recipient = devices.age_recipient(devices.own_identity(receiver).age_recipient)
    sealed = pyrage.encrypt(buffer.getvalue(), [recipient])
    return b"caseconf-bundle/%d %d\n" % (version, len(sealed)) + sealed


def manifest_of(members: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(members["manifest.json"])

"""Test setup: offscreen Qt, every user folder under tmp_path, and real vault fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseconf_desktop import errors, paths
from caseconf_desktop.domain.enums import Role
from caseconf_desktop.services import vaults
from caseconf_desktop.storage.vault import Vault

PASSPHRASE = "test passphrase ünïcödé 42"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """No test touches the real home: data, config, cache and temp all live in tmp_path."""
    names = ("data", "config", "cache", "state", "tmp")
    dirs = {name: tmp_path / "_home" / name for name in names}
    for d in dirs.values():
        d.mkdir(parents=True)
    monkeypatch.setenv("CASECONF_DATA_DIR", str(dirs["data"]))
    monkeypatch.setenv("CASECONF_CONFIG_DIR", str(dirs["config"]))
    monkeypatch.setenv("CASECONF_CACHE_DIR", str(dirs["cache"]))
    monkeypatch.setenv("CASECONF_STATE_DIR", str(dirs["state"]))
    monkeypatch.setenv("XDG_STATE_HOME", str(dirs["state"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs["data"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs["config"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(dirs["cache"]))
    monkeypatch.setenv("TMPDIR", str(dirs["tmp"]))
    monkeypatch.delenv("CASECONF_VAULT", raising=False)
    monkeypatch.delenv("CASECONF_PASSPHRASE", raising=False)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(dirs["tmp"]))
    return dirs


@pytest.fixture
def vault_path(isolated_dirs: dict[str, Path]) -> Path:
    return isolated_dirs["data"] / "test.vault"


class VaultTemplates:
    """Vaults built once per test session (once per xdist worker), copied for each test.

    Creating a vault derives its key from the passphrase (PBKDF2, the slow part by design)
    and makes the owner's signing and device identities. A byte copy of a closed template is
    the same real SQLCipher vault in a file of the test's own; the copy is opened with the
    template's raw key (SQLCipher's ``x'...'`` key form), so no key is derived per test.
    Copies share the template's owner, ids and identities: a test that needs a second vault
    with a different identity creates it with ``vaults.init_vault``.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._built: dict[tuple[str, date], tuple[Path, str, Any]] = {}

    def copy(self, name: str, build: Callable[[Path], Any], dest: Path) -> tuple[str, Any]:
        """Copy template ``name`` (made by ``build(path)`` on first use) to ``dest``.

        Returns the key that opens the copy and what ``build`` returned. Templates are
        rebuilt when the date changes: seeded data is dated relative to today.
        """
        slot = (name, date.today())
        if slot not in self._built:
            path = self._folder / f"{name}-{slot[1].isoformat()}.vault"
            made = build(path)
            raw = _raw_key(path)
            # Closed cleanly: everything is in the one file a copy takes.
            assert not any(Path(f"{path}{s}").exists() for s in ("-wal", "-shm", "-journal"))
            self._built[slot] = (path, raw, made)
        template, raw, made = self._built[slot]
        paths.make_private_dir(dest.parent)
        # Owner-only from the first byte, as Vault.create makes it.
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(template.read_bytes())
        return raw, made


def _raw_key(path: Path) -> str:
    """The key SQLCipher 4 derives from PASSPHRASE and the file's salt, as a raw key.

    Falls back to the passphrase itself if the raw key does not open the file (a SQLCipher
    with other key-derivation defaults): slower, never wrong.
    """
    salt = path.read_bytes()[:16]
    derived = hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32)
    raw = f"x'{derived.hex()}'"
    try:
        Vault.open(path, raw).close()
    except errors.WrongPassphrase:
        return PASSPHRASE
    return raw


@pytest.fixture(scope="session")
def vault_templates(tmp_path_factory: pytest.TempPathFactory) -> VaultTemplates:
    return VaultTemplates(tmp_path_factory.mktemp("vault-templates"))


def _owner_vault(path: Path) -> None:
    vaults.init_vault(
        path, PASSPHRASE, "Ana Test-Owner", "Test Exit Service", Role.COORDINATOR
    ).close()


@pytest.fixture
def vault(vault_path: Path, vault_templates: VaultTemplates) -> Iterator[Vault]:
    """A fresh, real SQLCipher vault with an owner profile, in the test's own file."""
    raw, _ = vault_templates.copy("owner", _owner_vault, vault_path)
    v = Vault.open(vault_path, raw)
    yield v
    v.close()

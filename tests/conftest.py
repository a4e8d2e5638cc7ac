"""Test setup: offscreen Qt, every user folder under tmp_path, and real vault fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """A fresh, real SQLCipher vault with an owner profile."""
    v = vaults.init_vault(
        vault_path, PASSPHRASE, "Ana Test-Owner", "Test Exit Service", Role.COORDINATOR
    )
    yield v
    v.close()

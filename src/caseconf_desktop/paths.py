"""Where CaseConf keeps its files.

platformdirs gives the per-user folders on Linux, Windows and macOS; the environment
variables CASECONF_DATA_DIR, CASECONF_CONFIG_DIR and CASECONF_CACHE_DIR override them
(tests and portable installs use this).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from caseconf_desktop import APP_NAME, ORG_NAME

VAULT_FILENAME = "caseconf.vault"


def _dir(env: str, default: str) -> Path:
    value = os.environ.get(env)
    return Path(value) if value else Path(default)


def data_dir() -> Path:
    return _dir("CASECONF_DATA_DIR", platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def config_dir() -> Path:
    return _dir("CASECONF_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, ORG_NAME))


def cache_dir() -> Path:
    return _dir("CASECONF_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME, ORG_NAME))


def default_vault_path() -> Path:
    """The vault used when neither --vault nor CASECONF_VAULT is given."""
    env = os.environ.get("CASECONF_VAULT")
    if env:
        return Path(env)
    return data_dir() / VAULT_FILENAME

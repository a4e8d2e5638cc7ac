"""Where CaseConf keeps its files.

platformdirs gives the per-user folders on Linux, Windows and macOS; the environment
variables CASECONF_DATA_DIR, CASECONF_CONFIG_DIR, CASECONF_CACHE_DIR and CASECONF_STATE_DIR
override them (tests and portable installs use this). Folders CaseConf creates are
owner-only (0700), whatever the umask.
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


def state_dir() -> Path:
    """Small local state that is neither data nor a preference (unlock-failure counters)."""
    return _dir("CASECONF_STATE_DIR", platformdirs.user_state_dir(APP_NAME, ORG_NAME))


def make_private_dir(folder: Path) -> Path:
    """Create ``folder`` and any missing parents as owner-only (0700); returns it.

    ``Path.mkdir(mode=...)`` applies the mode to the last folder only, and the umask to all
    (umask 000 gives 0777). Folders that already exist are left as they are: they are the
    user's. On Windows the mode is ignored and the profile folder's ACL applies.
    """
    folder = Path(folder)
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue  # created meanwhile by someone else: theirs
        # The umask can only take bits away (0277 would leave it unwritable): exactly 0700.
        os.chmod(path, 0o700)
    return folder


def default_vault_path() -> Path:
    """The vault used when neither --vault nor CASECONF_VAULT is given."""
    env = os.environ.get("CASECONF_VAULT")
    if env:
        return Path(env)
    return data_dir() / VAULT_FILENAME

"""Looking people up in the directory by what a user types."""

from __future__ import annotations

from caseconf_desktop.domain.model import Person
from caseconf_desktop.storage.mapping import PEOPLE
from caseconf_desktop.storage.vault import Vault


def named(vault: Vault, name: str) -> list[Person]:
    """Everyone whose name is ``name``, ignoring the case of ASCII letters (SQLite's lower)."""
    return PEOPLE.where(vault, "lower(name) = lower(?)", (name,))

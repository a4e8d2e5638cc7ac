"""Cases looked up by what people type: their reference."""

from __future__ import annotations

from caseconf_desktop.domain.model import Case
from caseconf_desktop.storage.mapping import CASES
from caseconf_desktop.storage.vault import Vault


def by_reference(vault: Vault, reference: str) -> Case | None:
    found = CASES.where(vault, "reference = ?", (reference,))
    return found[0] if found else None

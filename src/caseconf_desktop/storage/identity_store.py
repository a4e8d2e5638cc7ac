"""Signing identities and trusted signer certificates (services/identity.py).

The dataclasses are the service's (``SigningIdentity``, ``TrustedCertificate``); it hands in
the :class:`~caseconf_desktop.storage.mapping.Table` that maps each, and gets its objects
back.
"""

from __future__ import annotations

from typing import TypeVar

from caseconf_desktop.storage.mapping import Table
from caseconf_desktop.storage.vault import Vault

T = TypeVar("T")


def active(vault: Vault, table: Table[T]) -> T | None:
    """The signing identity in use, if the vault has one."""
    found = table.where(vault, "active = 1")
    return found[0] if found else None


def deactivate_all(vault: Vault) -> None:
    """No identity is in use (until the caller stores a new active one)."""
    vault.execute("UPDATE signing_identity SET active = 0 WHERE active = 1")


def trusted_in_order(vault: Vault, table: Table[T]) -> list[T]:
    """The trusted certificates, in the order they were added."""
    return table.where(vault, order="added_at, subject")


def by_fingerprint(vault: Vault, table: Table[T], fingerprint: str) -> T | None:
    found = table.where(vault, "fingerprint = ?", (fingerprint,))
    return found[0] if found else None

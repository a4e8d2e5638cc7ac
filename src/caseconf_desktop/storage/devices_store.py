"""Device identities and trusted devices (services/devices.py), and when bundles last went.

The dataclasses are the service's (``DeviceIdentity``, ``TrustedDevice``); it hands in the
:class:`~caseconf_desktop.storage.mapping.Table` that maps each, and gets its objects back.
"""

from __future__ import annotations

from typing import TypeVar

from caseconf_desktop.storage.mapping import Table
from caseconf_desktop.storage.vault import Vault

T = TypeVar("T")


def identities(vault: Vault, table: Table[T]) -> list[T]:
    """This vault's device identities, the first one made first (it is the one in use)."""
    return table.where(vault, order="created_at, id")


def devices_by_name(vault: Vault, table: Table[T]) -> list[T]:
    """The trusted devices in the order of their names."""
    return table.where(vault, order="name")


def named(vault: Vault, table: Table[T], name: str, *, other_than: str | None = None) -> list[T]:
    """The trusted devices called ``name`` (except the one with id ``other_than``)."""
    if other_than is None:
        return table.where(vault, "name = ?", (name,))
    return table.where(vault, "name = ? AND id != ?", (name, other_than))


def last_bundles(vault: Vault) -> dict[tuple[str, str], str]:
    """(device id, "in" or "out") -> when the last bundle from or to that device was made."""
    return {
        (str(dev), str(direction)): str(at)
        for dev, direction, at in vault.query(
            "SELECT device_id, direction, max(at) FROM sync_bundles "
            "WHERE device_id IS NOT NULL GROUP BY device_id, direction"
        )
    }

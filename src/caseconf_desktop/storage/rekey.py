"""Holding the vault alone while it is copied under a new passphrase (services/passphrase.py).

The change is made by copy, not by ``PRAGMA rekey``: see services/passphrase.py for why.
While the copy is made, the vault leaves WAL mode (which SQLite refuses while any other
connection is open) and keeps an exclusive lock, so nobody reads or writes it meanwhile.
"""

from __future__ import annotations

import contextlib

import sqlcipher3

from caseconf_desktop import errors
from caseconf_desktop.storage.vault import Vault, known_errors


def take_exclusive(vault: Vault) -> None:
    """Leave WAL mode and hold an exclusive lock until :func:`release` (or the vault closes).

    Raises Locked when another connection has the vault open; the vault is then released
    and stays usable.
    """
    conn = vault._conn
    with known_errors(vault.path):
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            # Leaving WAL mode needs the only connection; it also checkpoints and removes
            # the WAL, so no stale log can be replayed into the new file after the rename.
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise errors.Locked(str(vault.path))
            # A write transaction takes the exclusive lock now and, in this mode, keeps it.
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except BaseException:
            release(vault)
            raise


def release(vault: Vault) -> None:
    """Back to normal sharing and WAL mode (after a failure: the vault stays usable).

    Does nothing for a closed vault; database errors are ignored.
    """
    conn = vault._conn
    if conn is None:
        return
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("PRAGMA locking_mode = NORMAL")
        # The lock is dropped at the next access in NORMAL mode.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")

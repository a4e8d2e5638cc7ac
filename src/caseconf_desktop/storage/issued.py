"""The disclosure log of minutes: who received which version of which conference's minutes.

One row of ``minutes_issued`` (schema version 2) per copy given out, with its SHA-256 and the
audit-chain head it was issued against. Rows are only ever added; a case's erasure removes
them with the case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from caseconf_desktop.domain import model
from caseconf_desktop.storage.mapping import Table
from caseconf_desktop.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class IssuedMinutes:
    """One copy of the minutes given to one recipient (a row of ``minutes_issued``)."""

    conference_id: str
    case_id: str
    audience: str
    recipient: str
    tlp: str
    sha256: str
    audit_head_hash: str
    issued_at: datetime = field(default_factory=model.utcnow)
    signed_by: str = ""
    signer_fingerprint: str = ""
    id: str = field(default_factory=model.new_id)


ISSUED = Table(IssuedMinutes, "minutes_issued")

_IN_ORDER = "issued_at, rowid"


def record(vault: Vault, issued: IssuedMinutes) -> IssuedMinutes:
    """Add one copy to the log (inside the caller's transaction)."""
    return ISSUED.upsert(vault, issued)


def every_copy(vault: Vault) -> list[IssuedMinutes]:
    """Every copy issued from this vault, oldest first."""
    return ISSUED.where(vault, order=_IN_ORDER)


def of_conference(vault: Vault, conference_id: str) -> list[IssuedMinutes]:
    """The copies of one conference's minutes, oldest first."""
    return ISSUED.where(vault, "conference_id = ?", (conference_id,), order=_IN_ORDER)


def of_case(vault: Vault, case_id: str, *, newest_first: bool = False) -> list[IssuedMinutes]:
    """The copies of any minutes of one case, oldest (or newest) first."""
    order = "issued_at DESC, rowid DESC" if newest_first else _IN_ORDER
    return ISSUED.where(vault, "case_id = ?", (case_id,), order=order)


def with_sha256(vault: Vault, sha256: str) -> list[IssuedMinutes]:
    """The copies whose file had this SHA-256 (a received PDF traced back to its issue)."""
    return ISSUED.where(vault, "sha256 = ?", (sha256,))

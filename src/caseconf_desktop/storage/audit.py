"""The append-only, hash-chained audit log.

Each row's hash covers its own fields and the previous row's hash, so changing or
removing a row breaks every hash after it. Triggers in the schema make UPDATE and DELETE
fail; :func:`verify` recomputes the chain to catch what raw file surgery could still do.
Rows hold ids and action names only, never case content.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from caseconf_desktop.domain.model import AuditEvent, utcnow

GENESIS = "0" * 64

_COLUMNS = "seq, at, actor, action, object_type, object_id, case_id, detail, prev_hash, hash"


def _digest(
    seq: int,
    at: str,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    case_id: str | None,
    detail: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        [seq, at, actor, action, object_type, object_id, case_id, detail, prev_hash],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def head(vault: Any) -> tuple[int, str]:
    """(sequence number, hash) of the newest row; (0, GENESIS) for an empty log."""
    rows = vault.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    return (int(rows[0][0]), str(rows[0][1])) if rows else (0, GENESIS)


def append(
    vault: Any,
    action: str,
    object_type: str,
    object_id: str,
    *,
    case_id: str | None = None,
    detail: dict[str, str] | None = None,
    actor: str | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add one row. Call inside the transaction that makes the change it records."""
    if actor is None:
        actor = vault.get_meta("owner_person_id", "system")
    seq, prev = head(vault)
    seq += 1
    when = (at or utcnow()).isoformat()
    detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    digest = _digest(seq, when, actor, action, object_type, object_id, case_id, detail_json, prev)
    vault.execute(
        f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, when, actor, action, object_type, object_id, case_id, detail_json, prev, digest),
    )
    return AuditEvent(
        seq,
        datetime.fromisoformat(when),
        actor,
        action,
        object_type,
        object_id,
        case_id,
        detail or {},
        prev,
        digest,
    )


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    rows: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str = ""


def verify(vault: Any) -> ChainReport:
    """Recompute the whole chain; report the first row that does not fit."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    cur = vault.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")
    for row in cur:
        seq, at, actor, action, otype, oid, case_id, detail, prev_hash, digest = row
        count += 1
        if seq != expected_seq:
            return ChainReport(False, count, prev, expected_seq, "missing")
        if prev_hash != prev:
            return ChainReport(False, count, prev, seq, "link")
        if _digest(seq, at, actor, action, otype, oid, case_id, detail, prev_hash) != digest:
            return ChainReport(False, count, prev, seq, "hash")
        prev = digest
        expected_seq += 1
    return ChainReport(True, count, prev)


def events(
    vault: Any,
    *,
    case_id: str | None = None,
    limit: int | None = None,
    actor: str | None = None,
    action_prefix: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[AuditEvent]:
    """Rows in chain order, optionally filtered; ``since`` is inclusive, ``until`` exclusive."""
    sql = f"SELECT {_COLUMNS} FROM audit_log"
    clauses: list[str] = []
    params: list[Any] = []
    if case_id is not None:
        clauses.append("case_id = ?")
        params.append(case_id)
    if actor is not None:
        clauses.append("actor = ?")
        params.append(actor)
    if action_prefix:
        # "case." matches case.viewed and case.erased; a full name matches only itself.
        clauses.append("(action = ? OR substr(action, 1, length(?)) = ?)")
        params += [action_prefix, action_prefix, action_prefix]
    # Rows store UTC ISO 8601 text of one fixed shape, so text order is time order.
    if since is not None:
        clauses.append("at >= ?")
        params.append(since.astimezone(UTC).isoformat())
    if until is not None:
        clauses.append("at < ?")
        params.append(until.astimezone(UTC).isoformat())
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY seq"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    out = []
    for seq, at, who, action, otype, oid, cid, detail, prev_hash, digest in vault.query(
        sql, params
    ):
        out.append(
            AuditEvent(
                seq,
                datetime.fromisoformat(at),
                who,
                action,
                otype,
                oid,
                cid,
                json.loads(detail),
                prev_hash,
                digest,
            )
        )
    return out

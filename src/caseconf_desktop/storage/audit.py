"""The append-only, hash-chained audit log.

Each row's hash covers its own fields and the previous row's hash, so changing or
removing a row breaks every hash after it. Triggers in the schema make UPDATE and DELETE
fail and accept an INSERT only as the next link of the chain; :func:`verify` recomputes
the chain to catch what raw file surgery could still do.

Someone who holds the passphrase can still drop the triggers, rewrite rows and recompute
every hash after them, or cut the newest rows off: the chain alone cannot tell. So
:func:`verify` also checks the chain against every head recorded when it was shown to
someone else (issued minutes, bundles sent, backups, printed anchors, heads given on the
command line): each must still be a row of the chain. Only heads kept outside the vault (a
PDF, a bundle, a backup, a paper anchor) are out of a forger's reach; the copies kept inside
make a forgery that forgets one of them visible. Rows hold ids and action names only, never
case content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
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
class Event:
    """One row to append with :func:`append_many` (the arguments of :func:`append`)."""

    action: str
    object_type: str
    object_id: str
    case_id: str | None = None
    detail: dict[str, str] | None = None


def append_many(
    vault: Any, events: Sequence[Event], *, actor: str | None = None, at: datetime | None = None
) -> tuple[int, str]:
    """Add rows in order, each chained to the one before, in one statement.

    The same rows as one :func:`append` per event (one actor and time for all of them);
    the schema's trigger still accepts each only as the next link of the chain. Call inside
    the transaction that makes the change they record. Returns the new head (seq, hash).
    """
    seq, prev = head(vault)
    if not events:
        return seq, prev
    if actor is None:
        actor = vault.get_meta("owner_person_id", "system")
    when = (at or utcnow()).isoformat()
    rows: list[tuple[Any, ...]] = []
    for event in events:
        seq += 1
        detail_json = json.dumps(event.detail or {}, ensure_ascii=False, sort_keys=True)
        # The row's columns up to prev_hash are what its hash covers, in that order.
        fields = (
            seq,
            when,
            actor,
            event.action,
            event.object_type,
            event.object_id,
            event.case_id,
            detail_json,
            prev,
        )
        digest = _digest(*fields)
        rows.append((*fields, digest))
        prev = digest
    vault.executemany(
        f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
    )
    return seq, prev


@dataclass(frozen=True, slots=True)
class Anchor:
    """A head of the chain recorded somewhere: the chain must still contain it.

    ``source`` says where (:data:`SOURCES`), ``ref`` which record (an id or a SHA-256, never
    a file name or case content), ``seq`` the row when it was recorded (None when only the
    hash was kept), ``at`` when it was recorded (ISO 8601, "" when unknown).
    """

    source: str
    ref: str
    seq: int | None
    hash: str
    at: str = ""


# Where heads are recorded. minutes: minutes_issued.audit_head_hash; bundle:
# sync_bundles (direction 'out': our own head when we sent it); backup and printed:
# audit_anchors; log: the audit_head a backup row carries in its detail; given: a head
# passed to verify() (a paper anchor, one read off a PDF).
SOURCES = ("minutes", "bundle", "backup", "printed", "log", "given")


@dataclass(frozen=True, slots=True)
class ChainReport:
    """What :func:`verify` found. ``problem`` is "" when ok, else one of:

    missing / link / hash: the row ``first_bad_seq`` does not fit the chain;
    anchor: the chain does not hold the head ``mismatch`` recorded (rewritten);
    truncated: ``mismatch`` recorded a row the chain no longer reaches (cut short).
    """

    ok: bool
    rows: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str = ""
    mismatch: Anchor | None = None
    anchors_checked: int = 0


def verify(vault: Any, extra: Sequence[Anchor] = ()) -> ChainReport:
    """Recompute the whole chain, then check it against every recorded head.

    Reports the first row that does not fit; for an intact chain, the earliest recorded
    head (``extra`` first: the caller's own, e.g. a paper anchor) that the chain does not
    hold.
    """
    prev = GENESIS
    expected_seq = 1
    count = 0
    in_log: list[Anchor] = []
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
        if '"audit_head"' in detail:
            claimed = json.loads(detail).get("audit_head")
            if isinstance(claimed, str):
                in_log.append(Anchor("log", str(seq), None, claimed, at))
        prev = digest
        expected_seq += 1
    anchors = [*extra, *sorted([*recorded_anchors(vault), *in_log], key=lambda a: a.at)]
    for checked, anchor in enumerate(anchors, 1):
        problem = _anchor_problem(vault, anchor, count)
        if problem:
            return ChainReport(False, count, prev, anchor.seq, problem, anchor, checked)
    return ChainReport(True, count, prev, anchors_checked=len(anchors))


def _anchor_problem(vault: Any, anchor: Anchor, rows: int) -> str:
    """Empty when the chain holds ``anchor``, else "anchor" or "truncated"."""
    if anchor.seq is not None:
        if anchor.seq == 0:
            return "" if anchor.hash == GENESIS else "anchor"
        if anchor.seq > rows:
            return "truncated"
        found = vault.query("SELECT hash FROM audit_log WHERE seq = ?", (anchor.seq,))
        return "" if found and found[0][0] == anchor.hash else "anchor"
    if anchor.hash == GENESIS:
        return ""
    found = vault.query("SELECT 1 FROM audit_log WHERE hash = ?", (anchor.hash,))
    return "" if found else "anchor"


def _has_table(vault: Any, name: str) -> bool:
    return bool(
        vault.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    )


def recorded_anchors(vault: Any) -> list[Anchor]:
    """Every head this vault recorded outside the log itself (older vaults lack some tables)."""
    out: list[Anchor] = []
    if _has_table(vault, "minutes_issued"):
        for ref, digest, at in vault.query(
            "SELECT id, audit_head_hash, issued_at FROM minutes_issued"
        ):
            out.append(Anchor("minutes", str(ref), None, str(digest), str(at)))
    if _has_table(vault, "sync_bundles"):
        for ref, seq, digest, at in vault.query(
            "SELECT id, audit_seq, audit_hash, created_at FROM sync_bundles "
            "WHERE direction = 'out' AND audit_hash IS NOT NULL"
        ):
            out.append(
                Anchor("bundle", str(ref), None if seq is None else int(seq), str(digest), str(at))
            )
    if _has_table(vault, "audit_anchors"):
        for kind, ref, seq, digest, at in vault.query(
            "SELECT kind, ref, seq, hash, at FROM audit_anchors ORDER BY id"
        ):
            out.append(Anchor(str(kind), str(ref), int(seq), str(digest), str(at)))
    return out


def record_anchor(
    vault: Any, kind: str, ref: str = "", *, seq: int | None = None, digest: str | None = None
) -> Anchor:
    """Note that the head (``seq``, ``digest``), by default the current one, left the vault."""
    if seq is None or digest is None:
        seq, digest = head(vault)
    at = utcnow().isoformat()
    vault.execute(
        "INSERT INTO audit_anchors(kind, ref, seq, hash, at) VALUES (?, ?, ?, ?, ?)",
        (kind, ref, seq, digest, at),
    )
    return Anchor(kind, ref, seq, digest, at)


def parse_anchor(text: str) -> Anchor | None:
    """``SEQ:HASH`` as ``audit anchor`` prints it, as a given anchor; None if malformed."""
    seq_text, sep, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if not sep or not seq_text.strip().isdigit() or len(digest) != 64:
        return None
    if any(c not in "0123456789abcdef" for c in digest):
        return None
    return Anchor("given", text.strip(), int(seq_text), digest)


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

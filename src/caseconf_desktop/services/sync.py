"""Lossless merge of case records between devices (the engine under bundles and conflicts).

Every field of every synced record is a *multi-value register*: a set of concurrent
versions ("siblings"), each with

- the value (in caseconf.v1 JSON form, so that every vault compares the same text),
- its *dot*: the device that wrote it and that device's change counter at the time,
- its *context*: the dots it supersedes, as a version vector (device -> counter),
- when and by whom it was written (for the conflicts view).

A sibling is obsolete when another sibling's context covers its dot. Merging two registers
is the union of their siblings minus the obsolete ones: commutative, associative and
idempotent, so importing bundles twice or in any order converges to the same state. When
a register keeps two siblings with different values, two devices changed the same field
without seeing each other's change: that is a *conflict*. The table column shows one of
them (this device's own value when it has one, otherwise the newest), and the conflict is
listed until a person resolves it; resolving writes a value whose context covers both.

What is stored (see the migration in storage/schema.py and storage/tracking.py):

- a field never changed since the record was created has no version row at all: its
  register is implicitly ``[(column value, creation dot)]``, the same in every vault that
  holds the record. So the demo generator's 600,000 records cost no tracking rows;
- ``sync_pending``: what triggers noted since the last merge (changed fields, deletions);
  :func:`commit` turns it into versions at the start of every export, import and conflict
  resolution, one change counter (tick) per commit;
- ``sync_versions``: the registers of fields changed after creation, and ``_deleted``, the
  register of a deletion. A deletion's context covers every version the deleting device
  had seen; a record stays (with a "deleted there, changed here" conflict) while it has a
  version its deleter had not seen, or while a live record still refers to it;
- ``sync_changes``: per record, the tick of its last change and whether it came from a
  peer's bundle, for ``--since-last`` bundles; ``conflicts``: the open conflicts.

Everything here runs inside the caller's transaction.
"""

from __future__ import annotations

import json
import operator
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain.model import utcnow
from caseconf_desktop.services import devices
from caseconf_desktop.services.codec import MAX_TEXT, WRITE_ORDER, Codec, codec, encodable
from caseconf_desktop.storage import bulk, sync_store
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.tracking import DELETED
from caseconf_desktop.storage.vault import Vault

# The creation of a record: the implicit version of every field never changed since.
CREATION: tuple[str, int] = ("", 1)
_CONFLICT_NS = uuid.UUID("0b9a4e1c-5d0f-4a57-9a39-4c0a4d7f5a11")


_tr = i18n.tr_in("Sync")


def canon(value: Any) -> str:
    """One text per value, so that equal values compare equal in every vault."""
    # The common shapes without a JSON round trip (a bundle of 1,000 cases has 700,000).
    if isinstance(value, str):
        return "s" + value
    if value is None:
        return "n"
    if isinstance(value, bool):
        return "b1" if value else "b0"
    if isinstance(value, int):
        return f"i{value}"
    return "j" + json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# -- registers -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sibling:
    """One version of one field: value, who wrote it (dot), what it supersedes (ctx)."""

    value: Any
    dot: tuple[str, int]
    ctx: Mapping[str, int] = field(default_factory=dict)
    at: str = ""
    by: str = ""

    @property
    def device(self) -> str:
        return self.dot[0]

    def key(self) -> tuple[str, int, str]:
        return (self.dot[0], self.dot[1], canon(self.value))

    def as_json(self) -> dict[str, Any]:
        return {
            "v": self.value,
            "dot": [self.dot[0], self.dot[1]],
            "ctx": dict(sorted(self.ctx.items())),
            "at": self.at,
            "by": self.by,
        }

    @classmethod
    def from_json(cls, data: Any) -> Sibling:
        """Read a stored or received sibling; ValueError when it is not one."""
        if not isinstance(data, dict) or set(data) != {"v", "dot", "ctx", "at", "by"}:
            raise ValueError("not a version")
        dot = data["dot"]
        ctx = data["ctx"]
        if (
            not isinstance(dot, list)
            or len(dot) != 2
            or not isinstance(dot[0], str)
            or not _counter(dot[1])
            or not isinstance(ctx, dict)
            or not all(isinstance(k, str) and _counter(v) for k, v in ctx.items())
            or not _is_label(data["at"])
            or not _is_label(data["by"])
            or not _is_label(dot[0])
            or len(ctx) > _MAX_DEVICES
            or not all(_is_label(k) for k in ctx)
        ):
            raise ValueError("not a version")
        return cls(data["v"], (dot[0], int(dot[1])), dict(ctx), data["at"], data["by"])


# A version's device ids, time and author are short labels; a version vector names at most
# this many devices (a real one names the few that edited the field).
_MAX_LABEL = 512
_MAX_DEVICES = 1_000


def _is_label(value: Any) -> bool:
    return type(value) is str and len(value) <= _MAX_LABEL and "\0" not in value


def _counter(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62


Register = tuple[Sibling, ...]


def covers(ctx: Mapping[str, int], dot: tuple[str, int]) -> bool:
    return ctx.get(dot[0], 0) >= dot[1]


def normalize(siblings: Iterable[Sibling]) -> Register:
    """The surviving siblings: duplicates merged, obsolete ones dropped, in a fixed order."""
    unique: dict[tuple[str, int, str], Sibling] = {}
    for s in siblings:
        k = s.key()
        seen = unique.get(k)
        if seen is None or (s.at, s.by, canon(s.ctx)) > (seen.at, seen.by, canon(seen.ctx)):
            unique[k] = s
    items = list(unique.values())
    alive = [
        s
        for s in items
        if not any(t is not s and t.dot != s.dot and covers(t.ctx, s.dot) for t in items)
    ]
    return tuple(sorted(alive, key=Sibling.key))


def merge(a: Register, b: Register) -> Register:
    if not a:
        return normalize(b)
    if not b:
        return normalize(a)
    return normalize((*a, *b))


def knowledge(reg: Iterable[Sibling]) -> dict[str, int]:
    """Every dot a register's siblings are or supersede, as one version vector."""
    out: dict[str, int] = {}
    for s in reg:
        for dev, n in (*s.ctx.items(), s.dot):
            if out.get(dev, 0) < n:
                out[dev] = n
    return out


def join(*vectors: Mapping[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for vec in vectors:
        for dev, n in vec.items():
            if out.get(dev, 0) < n:
                out[dev] = n
    return out


def write(
    reg: Register,
    superseded: Iterable[Sibling],
    value: Any,
    device: str,
    counter: int,
    at: str,
    by: str,
    extra: Mapping[str, int] | None = None,
) -> Register:
    """A new version by ``device`` that supersedes ``superseded`` (and its own earlier ones).

    Siblings not superseded stay: a local edit of a field in conflict replaces this
    device's value and keeps the other device's, so the conflict is still there to resolve.
    """
    ctx = join(knowledge(superseded), extra or {})
    own = knowledge(reg).get(device, 0)
    if own:
        ctx = join(ctx, {device: own})
    new = Sibling(value, (device, counter), ctx, at, by)
    return normalize((*reg, new))


def display(reg: Register, device: str) -> Sibling:
    """The sibling the table shows: this device's own if it has one, else the newest."""
    own = [s for s in reg if s.device == device]
    pool = own or list(reg)
    return max(pool, key=lambda s: (s.at, s.dot[0], s.dot[1], canon(s.value)))


def in_conflict(reg: Register) -> bool:
    return len({canon(s.value) for s in reg}) > 1


def is_implicit(name: str, reg: Register) -> bool:
    """A register that needs no row: the field as created, never changed."""
    return name != DELETED and len(reg) == 1 and reg[0].dot == CREATION


State = dict[str, Register]


def deletion_context(state: Mapping[str, Register]) -> dict[str, int] | None:
    """What the deleting device(s) had seen, or None when the record is not deleted."""
    d = state.get(DELETED, ())
    if not d or any(s.value is not True for s in d):
        return None
    return join(*(join(s.ctx, {s.dot[0]: s.dot[1]}) for s in d))


def live_by_itself(state: Mapping[str, Register]) -> bool:
    """Not deleted, or changed somewhere its deleter had not seen."""
    seen = deletion_context(state)
    if seen is None:
        return True
    return any(
        not covers(seen, s.dot) for name, reg in state.items() if name != DELETED for s in reg
    )


def deletion_disputed(state: Mapping[str, Register]) -> bool:
    return any(s.value is True for s in state.get(DELETED, ()))


def state_keys(state: Mapping[str, Register]) -> dict[str, tuple[tuple[str, int, str], ...]]:
    return {name: tuple(s.key() for s in reg) for name, reg in state.items() if reg}


# -- tables and values ---------------------------------------------------------------------

SYNCED: tuple[m.Table[Any], ...] = tuple(t for t in WRITE_ORDER if t is not m.GLOSSARY)
BY_NAME: dict[str, m.Table[Any]] = {t.name: t for t in SYNCED}
DIRECTORY = ("agencies", "people")

# table -> [(column, target)], or target -> [(table, column)]
Links = dict[str, list[tuple[str, str]]]


def references(vault: Vault) -> tuple[Links, Links]:
    """(synced table -> [(column, target)], synced target -> [(any table, column)]).

    Read from this vault's own schema on every call (a merge asks a few times), so that
    vaults at different schema versions open in one process never share the answer.
    Referrers include tables that are not synced (the disclosure log of issued minutes):
    a record they still refer to is not deleted by a bundle, it becomes a conflict.
    """
    refs: Links = {}
    referrers: Links = {}
    for key in sync_store.foreign_keys(vault):
        if key.target not in BY_NAME:
            continue
        if key.table in BY_NAME:
            refs.setdefault(key.table, []).append((key.column, key.target))
        referrers.setdefault(key.target, []).append((key.table, key.column))
    return refs, referrers


def load_rows(vault: Vault, name: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    c = codec(name)
    out: dict[str, dict[str, Any]] = {}
    for row in bulk.rows_in(vault, c.table, "id", ids):
        values = c.row_json(row)
        out[values["id"]] = values
    return out


def load_states(vault: Vault, name: str, ids: Iterable[str]) -> dict[str, State]:
    out: dict[str, State] = {}
    for rid, fname, siblings in sync_store.versions_of(vault, name, ids):
        reg = tuple(Sibling.from_json(s) for s in json.loads(siblings))
        out.setdefault(rid, {})[fname] = reg
    return out


def full_state(c: Codec, tracked: State, values: Mapping[str, Any] | None) -> State:
    """Tracked registers plus the implicit ones of fields unchanged since creation."""
    state = dict(tracked)
    if values is not None:
        for col in c.fields:
            if col not in state:
                state[col] = (Sibling(values[col], CREATION),)
    return state


def store_state(vault: Vault, name: str, rid: str, case_id: str | None, state: State) -> None:
    registers = [
        (fname, json.dumps([s.as_json() for s in reg], ensure_ascii=False))
        for fname, reg in sorted(state.items())
        if reg and not is_implicit(fname, reg)
    ]
    sync_store.replace_versions(vault, name, rid, case_id, registers)


def case_of(vault: Vault, name: str, values: Mapping[str, Any] | None, rid: str) -> str | None:
    if name == "cases":
        return rid
    if name in DIRECTORY or values is None:
        return None
    if "case_id" in values:
        return str(values["case_id"]) if values["case_id"] is not None else None
    conf = values.get("conference_id")
    if not conf:
        return None
    found = bulk.conference_case(vault, conf)
    if found is None:
        found = sync_store.filed_case(vault, "conferences", conf)
    return found or None


def now_text() -> str:
    return utcnow().isoformat()


# -- sessions and local changes ------------------------------------------------------------


@dataclass
class Session:
    """One merge step: this device, who acts, and the change counter (tick) it writes with."""

    vault: Vault
    device: str
    by: str
    tick: int

    def next_tick(self) -> int:
        self.tick = sync_store.next_tick(self.vault)
        return self.tick


# How far a restored backup moves its change counter on: further than the device can have
# counted since the backup was made, so that its new changes never reuse a counter value
# other devices have already seen from it (they would take them for old news).
RESTORE_JUMP = 2**32


def after_restore(vault: Vault) -> None:
    """Call once on a vault restored from a backup, before it makes or takes bundles."""
    with vault.transaction():
        sync_store.advance_clock(vault, RESTORE_JUMP)


def begin(vault: Vault) -> Session:
    """Take a new tick and turn the pending local changes into versions (in a transaction)."""
    own = devices.own_identity(vault)
    session = Session(vault, own.id, devices.owner_label(vault), 0)
    session.next_tick()
    commit(session)
    return session


def commit(session: Session) -> int:
    """Record what triggers noted since the last commit; returns the records touched."""
    vault = session.vault
    rows = sync_store.pending(vault)
    if not rows:
        return 0
    noted: dict[str, dict[str, _Noted]] = {}
    for row in rows:
        note = noted.setdefault(row.table, {}).setdefault(row.rid, _Noted())
        if row.field == "":
            note.inserted = True
        elif row.field == DELETED:
            note.deleted_at = row.at
            note.case_id = row.case_id
            note.conference_id = row.conference_id
        else:
            note.fields[row.field] = row.at
        note.at = max(note.at, row.at)
    touched = 0
    conference_cases: dict[str, str | None] = {}
    for t in SYNCED:
        notes = noted.get(t.name)
        if notes:
            touched += _commit_table(session, codec(t.name), notes, conference_cases)
    sync_store.forget_pending(vault, rows[-1].seq)
    return touched


def _commit_table(
    session: Session, c: Codec, notes: dict[str, _Noted], conference_cases: dict[str, str | None]
) -> int:
    """Turn one table's noted changes into versions; returns the records touched."""
    vault = session.vault
    current = load_rows(vault, c.name, notes)
    states = load_states(vault, c.name, notes)
    touched = 0
    for rid, note in notes.items():
        values = current.get(rid)
        state = states.get(rid, {})
        if values is not None:
            changed = _commit_edit(session, c, state, values, note)
            case_id = case_of(vault, c.name, values, rid)
        elif note.deleted_at:
            state = _commit_delete(session, state, note)
            changed = True
            case_id = note.case_id
            if case_id is None and note.conference_id:
                case_id = conference_cases.get(note.conference_id) or case_of(
                    vault, c.name, {"conference_id": note.conference_id}, rid
                )
        else:
            continue
        if c.name == "conferences":
            conference_cases[rid] = case_id
        if not changed:
            continue
        touched += 1
        store_state(vault, c.name, rid, case_id, state)
        stamp(vault, c.name, rid, case_id, session.tick, None)
        refresh_conflicts(vault, c.name, rid, case_id, state if values is not None else None)
    return touched


@dataclass
class _Noted:
    fields: dict[str, str] = field(default_factory=dict)  # field -> time of the last change
    inserted: bool = False
    deleted_at: str = ""
    case_id: str | None = None
    conference_id: str | None = None
    at: str = ""


def _commit_edit(
    session: Session, c: Codec, state: State, values: dict[str, Any], note: _Noted
) -> bool:
    changed = False
    fields = dict(note.fields)
    if note.inserted and deletion_disputed(state):
        # A deleted record is back (undo, or imported again): revoke the deletion
        # everywhere, and make its values win over the implicit ones of other devices.
        seen = join(*(knowledge(reg) for reg in state.values()), {CREATION[0]: CREATION[1]})
        d = state.get(DELETED, ())
        state[DELETED] = write(d, d, False, session.device, session.tick, note.at, session.by, seen)
        fields = {col: note.at for col in c.fields}
        changed = True
    for col, at in fields.items():
        if col not in c.spec:
            continue
        value = values[col]
        reg = state.get(col)
        if reg is None:
            # Unchanged since creation until now: the creation version is what is superseded.
            reg = (Sibling(None, CREATION),)
            superseded: Sequence[Sibling] = reg
        else:
            shown = display(reg, session.device)
            if canon(shown.value) == canon(value):
                continue
            superseded = [s for s in reg if canon(s.value) == canon(shown.value)]
        state[col] = write(reg, superseded, value, session.device, session.tick, at, session.by)
        changed = True
    return changed


def _commit_delete(session: Session, state: State, note: _Noted) -> State:
    seen = join(*(knowledge(reg) for reg in state.values()), {CREATION[0]: CREATION[1]})
    d = state.get(DELETED, ())
    state[DELETED] = write(
        d, d, True, session.device, session.tick, note.deleted_at, session.by, seen
    )
    return state


def stamp(
    vault: Vault, name: str, rid: str, case_id: str | None, tick: int, origin: str | None
) -> None:
    """Note a record's last change (tick) and whether a peer's bundle (origin) brought it."""
    sync_store.stamp(vault, [(name, rid, case_id, tick, origin)])


def conflict_id(name: str, rid: str, fname: str, reg: Register) -> str:
    dots = ",".join(f"{s.dot[0]}:{s.dot[1]}" for s in reg)
    return str(uuid.uuid5(_CONFLICT_NS, f"{name}:{rid}:{fname}:{dots}"))


def refresh_conflicts(
    vault: Vault, name: str, rid: str, case_id: str | None, state: State | None
) -> int:
    """Bring the record's rows in ``conflicts`` in line with its state; returns new ones.

    ``state`` is None for a record that is not in its table (deleted): it has no conflicts.
    """
    before = sync_store.conflicts_of(vault, name, rid)
    wanted: list[tuple[str, str]] = []
    if state is not None:
        for fname, reg in sorted(state.items()):
            if fname == DELETED:
                if deletion_disputed(state):
                    wanted.append((conflict_id(name, rid, fname, reg), fname))
            elif in_conflict(reg):
                wanted.append((conflict_id(name, rid, fname, reg), fname))
    if {i for i, _ in wanted} == set(before):
        return 0
    now = now_text()
    sync_store.replace_conflicts(
        vault, name, rid, case_id, [(i, fname, before.get(i, now)) for i, fname in wanted]
    )
    return sum(1 for i, _ in wanted if i not in before)


# -- gathering records for a bundle --------------------------------------------------------


@dataclass
class Record:
    """A record as a bundle carries it: all values (None when deleted) and its versions."""

    table: str
    id: str
    values: dict[str, Any] | None
    versions: State = field(default_factory=dict)
    case_id: str | None = None  # only for a deleted record, whose values do not say it

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "values": self.values}
        if self.values is None and self.case_id:
            out["case"] = self.case_id
        if self.versions:
            out["versions"] = {
                name: [s.as_json() for s in reg] for name, reg in sorted(self.versions.items())
            }
        return out


def _case_tables() -> list[m.Table[Any]]:
    return [t for t in SYNCED if "case_id" in t.columns]


def _conference_tables() -> list[m.Table[Any]]:
    return [t for t in SYNCED if "conference_id" in t.columns and "case_id" not in t.columns]


def gather(
    vault: Vault,
    case_ids: Sequence[str],
    *,
    since: Mapping[str, int] | None = None,
    peer: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Record]:
    """The records of these cases to send: whole cases, or for a case with a mark in
    ``since`` only what changed after it (and did not come from ``peer`` itself), with the
    records those refer to, so that the receiver can always place them."""
    since = dict(since or {})
    whole = [cid for cid in case_ids if cid not in since]
    gathering = _Gathering(vault)
    if whole:
        gathering.whole_cases(whole)
    gathering.changed_since(since, peer or "")
    gathering.follow_references()
    return gathering.records(progress)


class _Gathering:
    """The phases of :func:`gather`, sharing what is wanted so far and the rows loaded."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.wanted: dict[str, set[str]] = {t.name: set() for t in SYNCED}
        self.rows: dict[str, dict[str, dict[str, Any]]] = {t.name: {} for t in SYNCED}

    def take(self, name: str, raw_rows: Iterable[Any]) -> None:
        c = codec(name)
        for raw in raw_rows:
            values = c.row_json(raw)
            self.rows[name][values["id"]] = values
            self.wanted[name].add(values["id"])

    def whole_cases(self, whole: list[str]) -> None:
        """Every live record of these cases, and the deleted ones (versions only)."""
        vault = self.vault
        self.take("cases", bulk.rows_in(vault, m.CASES, "id", whole))
        for t in _case_tables():
            self.take(t.name, bulk.rows_in(vault, t, "case_id", whole))
        conferences = [cid for cid, v in self.rows["conferences"].items() if v["case_id"] in whole]
        for t in _conference_tables():
            self.take(t.name, bulk.rows_in(vault, t, "conference_id", conferences))
        for tbl, rid in sync_store.deleted_in_cases(vault, whole):
            self.wanted[tbl].add(rid)

    def changed_since(self, since: Mapping[str, int], peer: str) -> None:
        """What sync_changes stamped after each case's mark (and the directory's changes)."""
        for cid, mark in since.items():
            changed = sync_store.changed_since(self.vault, cid, mark, peer)
            for tbl, rid in changed:
                if tbl in self.wanted:
                    self.wanted[tbl].add(rid)
            if changed:
                self.wanted["cases"].add(cid)  # the receiver may have deleted it meanwhile
        if since:
            for tbl, rid in sync_store.changed_since(self.vault, "", min(since.values()), peer):
                if tbl in DIRECTORY:
                    self.wanted[tbl].add(rid)

    def follow_references(self) -> None:
        """Fetch what is wanted but not loaded yet, and follow references until nothing is new."""
        refs, _ = references(self.vault)
        looked: dict[str, set[str]] = {t.name: set() for t in SYNCED}
        followed: set[tuple[str, str]] = set()
        growing = True
        while growing:
            for t in SYNCED:
                missing = self.wanted[t.name] - self.rows[t.name].keys() - looked[t.name]
                if missing:
                    looked[t.name].update(missing)
                    self.take(t.name, bulk.rows_in(self.vault, t, "id", missing))
            growing = self._follow(refs, followed)

    def _follow(self, refs: Links, followed: set[tuple[str, str]]) -> bool:
        """Want what the loaded rows not followed yet refer to; True when that is new."""
        growing = False
        for t in SYNCED:
            for rid, values in self.rows[t.name].items():
                if (t.name, rid) in followed:
                    continue
                followed.add((t.name, rid))
                for column, target in refs.get(t.name, ()):
                    ref = values.get(column)
                    if ref and ref not in self.wanted[target]:
                        self.wanted[target].add(ref)
                        growing = True
        return growing

    def records(self, progress: Callable[[int, int], None] | None) -> list[Record]:
        """Every wanted record that this vault has, live (values) or deleted (versions)."""
        out: list[Record] = []
        total = sum(len(v) for v in self.wanted.values())
        for t in SYNCED:
            ids = sorted(self.wanted[t.name])
            rows = self.rows[t.name]
            states = load_states(self.vault, t.name, ids)
            dead = [rid for rid in ids if rid not in rows and rid in states]
            dead_cases = sync_store.deletion_cases(self.vault, t.name, dead)
            for rid in ids:
                found = rows.get(rid)
                versions = states.get(rid, {})
                if found is None and not versions:
                    continue  # referred to but unknown here; the receiver checks
                case_id = dead_cases.get(rid) if found is None else None
                out.append(Record(t.name, rid, found, versions, case_id))
                if progress is not None and len(out) % 5000 == 0:
                    progress(len(out), total)
        return out


# -- applying received records -------------------------------------------------------------


class SyncError(errors.KnownError):
    """A bundle or merge that was refused; nothing was written."""


class IncompleteBundle(SyncError):
    """A bundle refers to a record that neither it nor this vault holds."""

    def __init__(self, table: str, rid: str) -> None:
        super().__init__(
            _tr(
                "The bundle refers to a record this vault does not have ({table} {id}); ask the "
                "sender for a whole-case bundle (without --since-last). Nothing was imported."
            ).format(table=table, id=rid[:8])
        )


class ReferenceClash(SyncError):
    """A received case has the reference of another case in this vault."""

    def __init__(self, reference: str) -> None:
        super().__init__(
            _tr(
                "The bundle holds a case with reference {ref}, but another case in this vault "
                "already has that reference; rename one of them first. Nothing was imported."
            ).format(ref=reference)
        )


@dataclass
class ApplyReport:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    cases: set[str] = field(default_factory=set)
    new_cases: set[str] = field(default_factory=set)


@dataclass
class _Merged:
    table: str
    id: str
    state: State
    values: dict[str, Any] | None  # what the row shows (None: not enough to build a row)
    live: bool
    existed: bool
    stored: dict[str, Any] | None
    same_as_received: bool
    case_id: str | None = None  # as the sender said, for a deleted record
    had_versions: bool = False


Key = tuple[str, str]  # (table, record id)


def apply(session: Session, received: Sequence[Record], origin: str) -> ApplyReport:
    """Merge received records into the vault (inside the caller's transaction)."""
    vault = session.vault
    merging = _Applying(session, origin)
    sync_store.set_applying(vault, True)
    bulk.defer_foreign_keys(vault)
    merging.merge_received(received)
    _check_references_of_cases(vault, merging.merged)
    written, candidates = merging.write_rows()
    _place_references(vault, written, merging.merged, merging.unchanged, merging.report)
    deleted = _delete_unreferenced(vault, session, candidates, merging.report)
    merging.keep_books(deleted)
    sync_store.set_applying(vault, False)
    return merging.report


class _Applying:
    """The phases of :func:`apply`, sharing the merged records and the report.

    1. :meth:`merge_received`: each received record's state merged with this vault's;
    2. :meth:`write_rows`: the rows that change, written (deletions only collected);
    3. ``_place_references`` and ``_delete_unreferenced`` (module functions);
    4. :meth:`keep_books`: versions, stamps and conflicts of everything that changed.
    """

    def __init__(self, session: Session, origin: str) -> None:
        self.session = session
        self.vault = session.vault
        self.origin = origin
        self.report = ApplyReport()
        self.merged: dict[Key, _Merged] = {}
        # Received but already known as they are: only needed if a live record must get
        # back one this vault had deleted.
        self.unchanged: dict[Key, _Merged] = {}

    def merge_received(self, received: Sequence[Record]) -> None:
        by_table: dict[str, list[Record]] = {}
        for rec in received:
            by_table.setdefault(rec.table, []).append(rec)
        for t in SYNCED:
            recs = by_table.get(t.name)
            if not recs:
                continue
            c = codec(t.name)
            ids = [r.id for r in recs]
            rows = load_rows(self.vault, t.name, ids)
            states = load_states(self.vault, t.name, ids)
            name, merged = t.name, self.merged
            for rec in recs:
                row = rows.get(rec.id)
                tracked = states.get(rec.id)
                if row is None and tracked is None and not rec.versions and rec.values is not None:
                    # New here and never changed anywhere (most of a first bundle): taken as
                    # it is. Its state is all implicit (as created), so it is left empty
                    # rather than spelled out.
                    merged[(name, rec.id)] = _Merged(
                        name, rec.id, {}, rec.values, True, False, None, True, rec.case_id
                    )
                else:
                    self._merge_one(c, rec, row, tracked or {})

    def _merge_one(self, c: Codec, rec: Record, row: dict[str, Any] | None, tracked: State) -> None:
        key = (c.name, rec.id)
        if row is not None and not tracked and not rec.versions and row == rec.values:
            self.report.unchanged += 1  # the same record as created, on both sides
            return
        local = full_state(c, tracked, row)
        incoming = full_state(c, rec.versions, rec.values)
        state: State = {
            name: merge(local.get(name, ()), incoming.get(name, ()))
            for name in sorted(set(local) | set(incoming))
        }
        keys = state_keys(state)
        target = self.merged
        if keys == state_keys(local):
            self.report.unchanged += 1
            target = self.unchanged
        target[key] = _Merged(
            c.name,
            rec.id,
            state,
            _shown(c, rec.id, state, self.session.device),
            live_by_itself(state),
            row is not None,
            row,
            keys == state_keys(incoming),
            rec.case_id,
            bool(tracked),
        )

    def write_rows(self) -> tuple[list[_Merged], list[_Merged]]:
        """Insert and update the rows of live records; returns (written, to delete maybe)."""
        written: list[_Merged] = []
        candidates: list[_Merged] = []
        grouped: dict[str, list[_Merged]] = {}
        for (name, _), mr in self.merged.items():
            grouped.setdefault(name, []).append(mr)
        for t in SYNCED:
            c = codec(t.name)
            make = _db_rows(c)
            inserts: list[tuple[Any, ...]] = []
            for mr in grouped.get(t.name, []):
                if mr.live and mr.stored is None and mr.values is not None:
                    inserts.append(make(mr.values))  # new here: most records of a bundle
                    self.report.created += 1
                    written.append(mr)
                elif mr.live:
                    if self._write_live(c, mr, inserts):
                        written.append(mr)
                elif mr.existed:
                    if mr.values is not None and mr.stored is not None and mr.values != mr.stored:
                        _update_row(self.vault, c, mr.values, mr.stored)
                    candidates.append(mr)
            bulk.write_rows(self.vault, t, inserts)
        return written, candidates

    def _write_live(self, c: Codec, mr: _Merged, inserts: list[tuple[Any, ...]]) -> bool:
        """Update a live record's row now, or add it to ``inserts``; False when unchanged."""
        if mr.values is None:
            raise IncompleteBundle(c.name, mr.id)
        if mr.stored is None:
            inserts.append(_db_rows(c)(mr.values))
            self.report.created += 1
            return True
        if mr.values != mr.stored:
            _update_row(self.vault, c, mr.values, mr.stored)
            self.report.updated += 1
            return True
        return False

    def keep_books(self, deleted: set[Key]) -> None:
        """Store versions, stamps and conflicts of everything that changed."""
        vault, report = self.vault, self.report
        cases_of = _CaseOf(vault, self.merged)
        had_conflicts = _with_conflicts(vault, self.merged)
        tick, origin = self.session.tick, self.origin
        stamps: list[sync_store.Stamp] = []
        for key, mr in self.merged.items():
            case_id = mr.case_id = cases_of(mr)
            if mr.state or mr.had_versions:
                if mr.had_versions or not all(is_implicit(n, r) for n, r in mr.state.items()):
                    store_state(vault, mr.table, mr.id, case_id, mr.state)
                self._refresh_conflicts(mr, deleted, had_conflicts)
            elif key in had_conflicts:
                # A record taken as created has no versions and nothing in dispute.
                self._refresh_conflicts(mr, deleted, had_conflicts)
            stamps.append((mr.table, mr.id, case_id, tick, origin if mr.same_as_received else None))
            if case_id:
                report.cases.add(case_id)
                if mr.table == "cases" and not mr.existed:
                    report.new_cases.add(case_id)
        sync_store.stamp(vault, stamps)

    def _refresh_conflicts(self, mr: _Merged, deleted: set[Key], had_conflicts: set[Key]) -> None:
        here = (mr.table, mr.id) not in deleted and (mr.live or mr.existed)
        disputed = DELETED in mr.state or any(len(reg) > 1 for reg in mr.state.values())
        if (mr.table, mr.id) in had_conflicts or (here and disputed):
            self.report.conflicts += refresh_conflicts(
                self.vault, mr.table, mr.id, mr.case_id, mr.state if here else None
            )


class _CaseOf:
    """The case of each merged record, with one query per conference not in the bundle."""

    def __init__(self, vault: Vault, merged: Mapping[Key, _Merged]) -> None:
        self.vault = vault
        self.conferences: dict[str, str | None] = {}
        for (name, rid), mr in merged.items():
            values = mr.values or mr.stored
            if name == "conferences" and values is not None:
                self.conferences[rid] = values["case_id"]

    def __call__(self, mr: _Merged) -> str | None:
        if mr.table == "cases":
            return mr.id
        if mr.table in DIRECTORY:
            return None
        values = mr.values or mr.stored
        found: str | None = None
        if values is not None and "case_id" in values:
            found = values["case_id"]
        elif values is not None and values.get("conference_id"):
            conf = str(values["conference_id"])
            if conf not in self.conferences:
                self.conferences[conf] = case_of(self.vault, mr.table, values, mr.id)
            found = self.conferences[conf]
        if found is None:
            # A deleted record: the case its versions were filed under, or the sender's word.
            found = sync_store.filed_case(self.vault, mr.table, mr.id) or mr.case_id
        return found


def _with_conflicts(vault: Vault, merged: Mapping[Key, _Merged]) -> set[Key]:
    by_table: dict[str, list[str]] = {}
    for name, rid in merged:
        by_table.setdefault(name, []).append(rid)
    out: set[Key] = set()
    for name, ids in by_table.items():
        out.update((name, rid) for rid in sync_store.with_conflicts(vault, name, ids))
    return out


def _shown(c: Codec, rid: str, state: State, device: str) -> dict[str, Any] | None:
    values: dict[str, Any] = {"id": rid}
    for col in c.fields:
        reg = state.get(col)
        if not reg:
            return None
        values[col] = display(reg, device).value
    return values


# Shapes whose JSON and database forms differ (codec.Codec converts them through the domain).
# Moments do not: a merged value is in canonical form (parse_records puts received ones in
# it, stored ones are read in it), and a canonical moment is stored as the same text.
_CONVERTED = frozenset({"bool", "sections", "ratings"})
# Shapes with few distinct values: each converted once per table and remembered.
_FEW_VALUES = frozenset({"bool", "sections"})
_ROW_MAKERS: dict[str, Callable[[Mapping[str, Any]], tuple[Any, ...]]] = {}


def _db_rows(c: Codec) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """``c.db_row`` for many rows of one table, for the tens of thousands a bundle creates.

    The values are taken with one ``itemgetter`` and only the columns whose forms differ
    are converted (by ``c.db_value``); a flag or a list of sections is converted once per
    distinct value. tests/services/test_merge.py holds it to ``c.db_row`` on every table,
    received moments in other offsets among them.
    """
    found = _ROW_MAKERS.get(c.name)
    if found is not None:
        return found
    get = operator.itemgetter(*c.columns)
    converted = [
        (i, col, c.spec[col].shape in _FEW_VALUES)
        for i, col in enumerate(c.columns)
        if c.spec[col].shape in _CONVERTED
    ]
    memo: dict[tuple[int, Any], Any] = {}

    def make(values: Mapping[str, Any]) -> tuple[Any, ...]:
        row: tuple[Any, ...] = get(values)
        if not converted:
            return row
        out = list(row)
        for i, col, few in converted:
            value = out[i]
            if value is None:
                continue
            if few:
                key = (i, tuple(value) if type(value) is list else value)
                done = memo.get(key)
                if done is None:
                    if len(memo) > 4096:
                        memo.clear()
                    done = memo[key] = c.db_value(col, value)
                out[i] = done
            else:
                out[i] = c.db_value(col, value)
        return tuple(out)

    _ROW_MAKERS[c.name] = make
    return make


def _update_row(vault: Vault, c: Codec, values: dict[str, Any], stored: Mapping[str, Any]) -> None:
    changed = [col for col in c.fields if values[col] != stored.get(col)]
    bulk.update_columns(
        vault, c.name, values["id"], [(col, c.db_value(col, values[col])) for col in changed]
    )


def _check_references_of_cases(vault: Vault, merged: Mapping[Key, _Merged]) -> None:
    refs: dict[str, str] = {}
    for (name, rid), mr in merged.items():
        if name != "cases" or not mr.live or mr.values is None:
            continue
        ref = str(mr.values["reference"])
        if ref in refs:
            raise ReferenceClash(ref)
        refs[ref] = rid
    for ref, rid in refs.items():
        other = bulk.other_case_with_reference(vault, ref, rid)
        if other is None:
            continue
        moving = merged.get(("cases", other))
        if moving is not None and moving.values is not None and moving.values["reference"] != ref:
            continue  # the other case is renamed by the same bundle
        raise ReferenceClash(ref)


def _place_references(
    vault: Vault,
    written: list[_Merged],
    merged: dict[Key, _Merged],
    unchanged: dict[Key, _Merged],
    report: ApplyReport,
) -> None:
    """Every record written refers to records that exist; bring back deleted ones."""
    refs, _ = references(vault)
    queue = list(written)
    while queue:
        by_table: dict[str, list[dict[str, Any]]] = {}
        for mr in queue:
            assert mr.values is not None
            by_table.setdefault(mr.table, []).append(mr.values)
        wanted: dict[str, set[str]] = {}
        for name, rows in by_table.items():
            for column, target in refs.get(name, ()):
                found = {str(ref) for values in rows if (ref := values.get(column))}
                if found:
                    wanted.setdefault(target, set()).update(found)
        queue = []
        for target, ids in wanted.items():
            found = bulk.existing_ids(vault, target, ids)
            for rid in sorted(ids - found):
                back = merged.get((target, rid)) or unchanged.pop((target, rid), None)
                if back is None or back.values is None:
                    raise IncompleteBundle(target, rid)
                # Deleted (here or there), yet a live record refers to it: it stays, and the
                # deletion becomes a conflict for a person to settle.
                bulk.write_rows(vault, BY_NAME[target], [codec(target).db_row(back.values)])
                back.live = True
                merged[(target, rid)] = back
                report.created += 1
                queue.append(back)


def _delete_unreferenced(
    vault: Vault, session: Session, candidates: list[_Merged], report: ApplyReport
) -> set[Key]:
    """Delete records that are deleted and that no live record refers to, children first.

    Records kept earlier only because something referred to them are looked at again.
    """
    _, referrers = references(vault)
    pool: dict[Key, str | None] = {(mr.table, mr.id): None for mr in candidates}
    for key in sync_store.deletion_conflicts(vault):
        if key in pool:
            continue
        state = load_states(vault, key[0], [key[1]]).get(key[1], {})
        if not live_by_itself(state):
            pool[key] = None
    order = {t.name: i for i, t in enumerate(SYNCED)}
    deleted: set[Key] = set()
    progress = True
    while progress:
        progress = False
        for key in sorted(pool, key=lambda k: (-order[k[0]], k[1])):
            if key in deleted:
                continue
            tbl, rid = key
            if any(
                bulk.is_referred_to(vault, src, column, tbl, rid)
                for src, column in referrers.get(tbl, ())
            ):
                continue
            bulk.delete(vault, tbl, rid)
            deleted.add(key)
            report.deleted += 1
            progress = True
    # Records that were kept only by a reference and are now gone have no conflict left.
    for tbl, rid in deleted:
        sync_store.drop_conflicts(vault, tbl, rid)
    return deleted


# -- received records ------------------------------------------------------------------------


class MalformedRecords(ValueError):
    """Received records that do not fit the model (the bundle module reports it)."""


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_RECORD_KEYS = frozenset({"id", "values", "versions", "case"})


def parse_records(name: str, data: Any, raw: bytes | None = None) -> list[Record]:
    """Check one table's records from a bundle and turn them into :class:`Record` s.

    ``raw`` is the JSON text ``data`` was read from, if at hand: it tells cheaply whether
    the slow check for lone surrogates is needed.
    """
    if name not in BY_NAME:
        raise MalformedRecords(f"unknown table {name!r}")
    c = codec(name)
    if not isinstance(data, list):
        raise MalformedRecords(f"{name}: not a list")
    # JSON may spell a lone surrogate (a backslash-u escape of d800), which is no character
    # and cannot be stored: one pass over the whole member finds it.
    suspect = raw is None or _SURROGATE_ESCAPE.search(raw) is not None
    if suspect and not encodable(json.dumps(data, ensure_ascii=False)):
        raise MalformedRecords(f"{name}: text that is not valid Unicode")
    seen: set[str] = set()
    return [_parse_record(c, item, seen) for item in data]


def _parse_record(c: Codec, item: Any, seen: set[str]) -> Record:
    name = c.name
    if not isinstance(item, dict) or not item.keys() <= _RECORD_KEYS:
        raise MalformedRecords(f"{name}: not a record")
    rid = item.get("id")
    if not isinstance(rid, str) or not 0 < len(rid) <= 128 or rid in seen:
        raise MalformedRecords(f"{name}: bad or repeated id")
    seen.add(rid)
    values = item.get("values")
    if values is not None:
        values = _parse_values(c, rid, values)
    # Most records carry no versions (never changed since created): no register to check.
    versions = _parse_versions(c, rid, item["versions"]) if "versions" in item else {}
    if values is None and not versions:
        raise MalformedRecords(f"{_where(c, rid)}: neither values nor versions")
    case_id = item.get("case")
    if case_id is not None and (not isinstance(case_id, str) or not 0 < len(case_id) <= 128):
        raise MalformedRecords(f"{_where(c, rid)}: bad case")
    return Record(name, rid, values, versions, case_id if values is None else None)


def _where(c: Codec, rid: str) -> str:
    """A received record as a refusal names it."""
    return f"{c.name} {rid[:8]}"


# Per table: the column names a received record's values must have, exactly.
_COLUMN_SETS: dict[str, frozenset[str]] = {}


def _parse_values(c: Codec, rid: str, values: Any) -> dict[str, Any]:
    """A received record's values, checked, with moments and ratings in canonical form."""
    columns = _COLUMN_SETS.get(c.name)
    if columns is None:
        columns = _COLUMN_SETS[c.name] = frozenset(c.columns)
    if not isinstance(values, dict) or values.keys() != columns:
        raise MalformedRecords(f"{_where(c, rid)}: fields do not match")
    if values["id"] != rid:
        raise MalformedRecords(f"{_where(c, rid)}: id does not match")
    check = c.check
    for col in c.fields:
        if not check(col, values[col]):
            raise MalformedRecords(f"{_where(c, rid)}: {_flaw(values[col])} in {col}")
    # Moments in UTC and ratings in key order, as every vault writes them.
    for col in c.normalised:
        if values[col] is not None:
            values[col] = c.canonical(col, values[col])
    return values


def _parse_versions(c: Codec, rid: str, raw_versions: Any) -> State:
    if not isinstance(raw_versions, dict):
        raise MalformedRecords(f"{_where(c, rid)}: bad versions")
    where = _where(c, rid)
    return {fname: _parse_register(c, where, fname, given) for fname, given in raw_versions.items()}


def _parse_register(c: Codec, where: str, fname: Any, given: Any) -> Register:
    if (fname != DELETED and fname not in c.spec) or fname == "id":
        raise MalformedRecords(f"{where}: unknown field {fname!r}")
    if not isinstance(given, list) or not given:
        raise MalformedRecords(f"{where}: bad versions of {fname}")
    try:
        reg = [Sibling.from_json(s) for s in given]
    except ValueError as exc:
        raise MalformedRecords(f"{where}: bad version of {fname}") from exc
    for s in reg:
        ok = isinstance(s.value, bool) if fname == DELETED else c.check(fname, s.value)
        if not ok:
            raise MalformedRecords(f"{where}: {_flaw(s.value)} in {fname}")
    if fname != DELETED and fname in c.normalised:
        reg = [
            s if s.value is None else Sibling(c.canonical(fname, s.value), s.dot, s.ctx, s.at, s.by)
            for s in reg
        ]
    return normalize(reg)


def _flaw(value: Any) -> str:
    """Why a received value was refused, when it is text: too long, or holding a NUL."""
    texts = [value] if isinstance(value, str) else []
    if isinstance(value, dict):
        texts = [t for kv in value.items() for t in kv if isinstance(t, str)]
    for t in texts:
        if len(t) > MAX_TEXT:
            return f"text longer than {MAX_TEXT} characters"
        if "\0" in t:
            return "a NUL character"
    return "bad value"


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()

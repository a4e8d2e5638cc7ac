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
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors
from caseconf_desktop.domain.model import LOCAL_TIME_FIELDS, utcnow
from caseconf_desktop.services import devices
from caseconf_desktop.services import interchange as ic
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.tracking import DELETED
from caseconf_desktop.storage.vault import Vault

# The creation of a record: the implicit version of every field never changed since.
CREATION: tuple[str, int] = ("", 1)
_CHUNK = 500
_CONFLICT_NS = uuid.UUID("0b9a4e1c-5d0f-4a57-9a39-4c0a4d7f5a11")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


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

SYNCED: tuple[m.Table[Any], ...] = tuple(t for t in ic._WRITE_ORDER if t is not m.GLOSSARY)
BY_NAME: dict[str, m.Table[Any]] = {t.name: t for t in SYNCED}
DIRECTORY = ("agencies", "people")


class Codec:
    """One table's values between the database (column form) and bundles (JSON form).

    The JSON form is caseconf.v1's (services/interchange.py), reached through the domain
    objects with interchange's own converters, so both formats agree on every value. Text,
    numbers, enum values and dates are the same in both forms, so those columns skip the
    round trip through domain objects (a bundle of 1,000 cases holds 700,000 values).
    """

    def __init__(self, table: m.Table[Any]) -> None:
        self.table = table
        self.name = table.name
        self.columns: list[str] = list(table.columns)
        self.fields = [c for c in self.columns if c != "id"]
        specs = {s.attr: s for s in ic._field_specs(table.cls, ())}
        self.specs = [specs[c] for c in self.columns]
        self.spec = specs
        self._from_db = table._from_db
        self._to_db = table._to_db
        self._enums: dict[str, frozenset[str]] = {}
        self._checkers: dict[str, Callable[[Any], bool]] = {}
        self._same = [s.shape in _SAME_IN_BOTH for s in self.specs]
        self.normalised = [c for c in self.fields if specs[c].shape in ("datetime", "ratings")]
        # Per column: None when both forms are the same value, else JSON -> database.
        self._to_db_direct: list[Callable[[Any], Any] | None] = [
            None if same else _via_domain(spec, conv)
            for same, spec, conv in zip(self._same, self.specs, self._to_db, strict=True)
        ]

    def row_json(self, row: Sequence[Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for col, spec, same, conv, raw in zip(
            self.columns, self.specs, self._same, self._from_db, row, strict=True
        ):
            out[col] = raw if same or raw is None else self._json(spec, conv(raw))
        return out

    @staticmethod
    def _json(spec: Any, value: Any) -> Any:
        # Meeting times keep the offset they were given: their local time is what matters.
        if value is not None and spec.shape == "datetime" and spec.attr not in LOCAL_TIME_FIELDS:
            value = value.astimezone(UTC)
        return ic._to_json(spec, value)

    def db_value(self, col: str, value: Any) -> Any:
        i = self.columns.index(col)
        return self._to_db[i](ic._from_json(self.specs[i], value))

    def db_row(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        row = [values[col] for col in self.columns]
        for i, conv in enumerate(self._to_db_direct):
            if conv is not None and row[i] is not None:
                row[i] = conv(row[i])
        return tuple(row)

    def check(self, col: str, value: Any) -> bool:
        """Whether a received value fits the field (type, enum, date format).

        Text is not checked for lone surrogates here: :func:`parse_records` checks a whole
        member at once, and typed text comes from Qt, which has none.
        """
        checker = self._checkers.get(col)
        if checker is None:
            spec = self.spec.get(col)
            if spec is None:
                return False
            checker = self._checkers[col] = self._checker(col, spec)
        return checker(value)

    def _checker(self, col: str, spec: Any) -> Callable[[Any], bool]:
        shape = spec.shape
        fits: Callable[[Any], bool]
        if shape == "str":
            fits = _is_text
        elif shape == "int":
            fits = _is_int
        elif shape == "bool":
            fits = _is_bool
        elif shape in ("date", "datetime"):

            def fits(v: Any) -> bool:
                return type(v) is str and ic._parses(shape, v)

        elif shape == "enum":
            known = self._enum_values(col)

            def fits(v: Any) -> bool:
                return type(v) is str and v in known

        elif shape == "sections":
            from caseconf_desktop.domain.enums import Section

            sections = frozenset(str(x.value) for x in Section)

            def fits(v: Any) -> bool:
                return type(v) is list and all(type(x) is str and x in sections for x in v)

        elif shape == "ratings":

            def fits(v: Any) -> bool:
                return type(v) is dict and all(_is_text(k) and _is_text(x) for k, x in v.items())

        else:  # pragma: no cover - a new field shape needs a check here
            raise TypeError(f"{self.name}.{col}: no check for {shape!r}")
        if spec.nullable:
            inner = fits

            def fits(v: Any) -> bool:
                return v is None or inner(v)

        return fits

    def _enum_values(self, col: str) -> frozenset[str]:
        found = self._enums.get(col)
        if found is None:
            spec = self.spec[col]
            found = self._enums[col] = frozenset(str(e.value) for e in spec.enum or ())
        return found

    def text(self, col: str, value: Any) -> str:
        """A value as a person reads it in the conflicts view."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return _tr("yes") if value else _tr("no")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, dict):
            return ", ".join(f"{k}: {v}" for k, v in value.items())
        return str(value)

    def parse_text(self, col: str, text: str) -> Any:
        """A value typed by a person (``conflicts resolve --keep TEXT``), checked."""
        spec = self.spec[col]
        value: Any = text
        if spec.shape == "int":
            try:
                value = int(text.strip())
            except ValueError:
                value = None
        elif spec.shape == "bool":
            value = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}
            value = value.get(text.strip().lower())
        elif spec.shape in ("sections", "ratings"):
            try:
                value = json.loads(text)
            except ValueError:
                value = None
        elif spec.shape in ("date", "datetime", "enum"):
            value = text.strip()
        if spec.shape != "str" and text.strip() == "" and spec.nullable:
            value = None
        if (
            (value is None and not spec.nullable)
            or not self.check(col, value)
            or not _encodable(json.dumps(value, ensure_ascii=False))
        ):
            raise errors.InvalidInput(
                _tr("{text} is not a valid value for {field}.").format(text=repr(text), field=col)
            )
        if spec.shape == "datetime" and value is not None:
            return self._json(spec, ic._from_json(spec, value))
        return value


# Shapes whose database form and JSON form are the same value (checked values only).
_SAME_IN_BOTH = frozenset({"str", "int", "enum", "date"})


def _via_domain(spec: Any, to_db: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return to_db(ic._from_json(spec, value))

    return convert


def _is_text(v: Any) -> bool:
    return type(v) is str and len(v) <= ic.MAX_TEXT and "\0" not in v


def _flaw(value: Any) -> str:
    """Why a received value was refused, when it is text: too long, or holding a NUL."""
    texts = [value] if isinstance(value, str) else []
    if isinstance(value, dict):
        texts = [t for kv in value.items() for t in kv if isinstance(t, str)]
    for t in texts:
        if len(t) > ic.MAX_TEXT:
            return f"text longer than {ic.MAX_TEXT} characters"
        if "\0" in t:
            return "a NUL character"
    return "bad value"


def _is_int(v: Any) -> bool:
    return type(v) is int and -(2**63) <= v < 2**63


def _is_bool(v: Any) -> bool:
    return type(v) is bool


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


CODECS: dict[str, Codec] = {}


def codec(name: str) -> Codec:
    found = CODECS.get(name)
    if found is None:
        found = CODECS[name] = Codec(BY_NAME[name])
    return found


_REFS: dict[str, list[tuple[str, str]]] = {}
_REFERRERS: dict[str, list[tuple[str, str]]] = {}


def references(
    vault: Vault,
) -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]]:
    """(synced table -> [(column, target)], synced target -> [(any table, column)]).

    Referrers include tables that are not synced (the disclosure log of issued minutes):
    a record they still refer to is not deleted by a bundle, it becomes a conflict.
    """
    if not _REFS:
        tables = vault.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
        for (name,) in tables:
            for row in vault.query(f'PRAGMA foreign_key_list("{name}")'):
                target, column = str(row[2]), str(row[3])
                if target not in BY_NAME:
                    continue
                if name in BY_NAME:
                    _REFS.setdefault(str(name), []).append((column, target))
                _REFERRERS.setdefault(target, []).append((str(name), column))
    return _REFS, _REFERRERS


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    batch = sorted(set(values))
    for start in range(0, len(batch), _CHUNK):
        yield batch[start : start + _CHUNK]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def load_rows(vault: Vault, name: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    c = codec(name)
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        sql = f"{c.table.select_sql} WHERE id IN ({_marks(len(chunk))})"
        for row in vault.query(sql, chunk):
            values = c.row_json(row)
            out[values["id"]] = values
    return out


def load_states(vault: Vault, name: str, ids: Iterable[str]) -> dict[str, State]:
    out: dict[str, State] = {}
    for chunk in _chunks(ids):
        rows = vault.query(
            f"SELECT rid, field, siblings FROM sync_versions WHERE tbl = ? "
            f"AND rid IN ({_marks(len(chunk))})",
            (name, *chunk),
        )
        for rid, fname, siblings in rows:
            reg = tuple(Sibling.from_json(s) for s in json.loads(siblings))
            out.setdefault(str(rid), {})[str(fname)] = reg
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
    vault.execute("DELETE FROM sync_versions WHERE tbl = ? AND rid = ?", (name, rid))
    rows = [
        (name, rid, fname, case_id, json.dumps([s.as_json() for s in reg], ensure_ascii=False))
        for fname, reg in sorted(state.items())
        if reg and not is_implicit(fname, reg)
    ]
    if rows:
        vault.executemany(
            "INSERT INTO sync_versions(tbl, rid, field, case_id, siblings) VALUES (?, ?, ?, ?, ?)",
            rows,
        )


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
    found = vault.scalar("SELECT case_id FROM conferences WHERE id = ?", (conf,))
    if found is None:
        found = vault.scalar(
            "SELECT case_id FROM sync_versions WHERE tbl = 'conferences' AND rid = ? LIMIT 1",
            (conf,),
        )
    return str(found) if found else None


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
        self.tick = int(self.vault.scalar("SELECT clock FROM sync_state WHERE id = 1")) + 1
        self.vault.execute("UPDATE sync_state SET clock = ? WHERE id = 1", (self.tick,))
        return self.tick


# How far a restored backup moves its change counter on: further than the device can have
# counted since the backup was made, so that its new changes never reuse a counter value
# other devices have already seen from it (they would take them for old news).
RESTORE_JUMP = 2**32


def after_restore(vault: Vault) -> None:
    """Call once on a vault restored from a backup, before it makes or takes bundles."""
    with vault.transaction():
        vault.execute("UPDATE sync_state SET clock = clock + ? WHERE id = 1", (RESTORE_JUMP,))


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
    rows = vault.query(
        "SELECT seq, tbl, rid, field, at, case_id, conference_id FROM sync_pending ORDER BY seq"
    )
    if not rows:
        return 0
    last = int(rows[-1][0])
    noted: dict[str, dict[str, _Noted]] = {}
    for _seq, tbl, rid, raw_field, at, case_id, conf_id in rows:
        note = noted.setdefault(str(tbl), {}).setdefault(str(rid), _Noted())
        fname = str(raw_field)
        if fname == "":
            note.inserted = True
        elif fname == DELETED:
            note.deleted_at = str(at)
            note.case_id = case_id
            note.conference_id = conf_id
        else:
            note.fields[fname] = str(at)
        note.at = max(note.at, str(at))
    touched = 0
    conference_cases: dict[str, str | None] = {}
    for t in SYNCED:
        notes = noted.get(t.name)
        if not notes:
            continue
        c = codec(t.name)
        current = load_rows(vault, t.name, notes)
        states = load_states(vault, t.name, notes)
        for rid, note in notes.items():
            values = current.get(rid)
            state = states.get(rid, {})
            if values is not None:
                changed = _commit_edit(session, c, state, values, note)
                case_id = case_of(vault, t.name, values, rid)
            elif note.deleted_at:
                state = _commit_delete(session, state, note)
                changed = True
                case_id = note.case_id
                if case_id is None and note.conference_id:
                    case_id = conference_cases.get(note.conference_id) or case_of(
                        vault, t.name, {"conference_id": note.conference_id}, rid
                    )
            else:
                continue
            if t.name == "conferences":
                conference_cases[rid] = case_id
            if not changed:
                continue
            touched += 1
            store_state(vault, t.name, rid, case_id, state)
            stamp(vault, t.name, rid, case_id, session.tick, None)
            refresh_conflicts(vault, t.name, rid, case_id, state if values is not None else None)
    vault.execute("DELETE FROM sync_pending WHERE seq <= ?", (last,))
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


# Keyed by case first: a --since-last bundle reads one case's stamps, and new records of one
# case land next to each other (the directory's records have the case '').
_STAMP = (
    "INSERT INTO sync_changes(tbl, rid, case_id, seq, origin) VALUES (?, ?, coalesce(?, ''), ?, ?) "
    "ON CONFLICT(case_id, tbl, rid) DO UPDATE SET seq = excluded.seq, origin = excluded.origin"
)


def stamp(
    vault: Vault, name: str, rid: str, case_id: str | None, tick: int, origin: str | None
) -> None:
    vault.execute(_STAMP, (name, rid, case_id, tick, origin))


def conflict_id(name: str, rid: str, fname: str, reg: Register) -> str:
    dots = ",".join(f"{s.dot[0]}:{s.dot[1]}" for s in reg)
    return str(uuid.uuid5(_CONFLICT_NS, f"{name}:{rid}:{fname}:{dots}"))


def refresh_conflicts(
    vault: Vault, name: str, rid: str, case_id: str | None, state: State | None
) -> int:
    """Bring the record's rows in ``conflicts`` in line with its state; returns new ones.

    ``state`` is None for a record that is not in its table (deleted): it has no conflicts.
    """
    before = {
        str(i): str(at)
        for i, at in vault.query(
            "SELECT id, detected_at FROM conflicts WHERE tbl = ? AND rid = ?", (name, rid)
        )
    }
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
    vault.execute("DELETE FROM conflicts WHERE tbl = ? AND rid = ?", (name, rid))
    now = now_text()
    vault.executemany(
        "INSERT INTO conflicts(id, tbl, rid, field, case_id, detected_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(i, name, rid, fname, case_id, before.get(i, now)) for i, fname in wanted],
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


def _rows_where(vault: Vault, t: m.Table[Any], column: str, values: Iterable[str]) -> list[Any]:
    out: list[Any] = []
    for chunk in _chunks(values):
        out.extend(vault.query(f"{t.select_sql} WHERE {column} IN ({_marks(len(chunk))})", chunk))
    return out


def gather(  # noqa: C901 (listed in pyproject.toml)
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
    wanted: dict[str, set[str]] = {t.name: set() for t in SYNCED}
    rows: dict[str, dict[str, dict[str, Any]]] = {t.name: {} for t in SYNCED}

    def take(name: str, raw_rows: Iterable[Any]) -> None:
        c = codec(name)
        for raw in raw_rows:
            values = c.row_json(raw)
            rows[name][values["id"]] = values
            wanted[name].add(values["id"])

    # Whole cases: every live record, and the deleted ones (versions only).
    if whole:
        take("cases", _rows_where(vault, m.CASES, "id", whole))
        for t in _case_tables():
            take(t.name, _rows_where(vault, t, "case_id", whole))
        conferences = [cid for cid, v in rows["conferences"].items() if v["case_id"] in whole]
        for t in _conference_tables():
            take(t.name, _rows_where(vault, t, "conference_id", conferences))
        for chunk in _chunks(whole):
            for tbl, rid in vault.query(
                f"SELECT tbl, rid FROM sync_versions WHERE field = '{DELETED}' "
                f"AND case_id IN ({_marks(len(chunk))})",
                chunk,
            ):
                wanted[str(tbl)].add(str(rid))
    # Changed since the mark: what sync_changes stamped after it.
    for cid, mark in since.items():
        changed = vault.query(
            "SELECT tbl, rid FROM sync_changes WHERE case_id = ? AND seq > ? "
            "AND (origin IS NULL OR origin != ?)",
            (cid, mark, peer or ""),
        )
        for tbl, rid in changed:
            if str(tbl) in wanted:
                wanted[str(tbl)].add(str(rid))
        if changed:
            wanted["cases"].add(cid)  # the receiver may have deleted it meanwhile
    if since:
        low = min(since.values())
        for tbl, rid in vault.query(
            "SELECT tbl, rid FROM sync_changes WHERE case_id = '' AND seq > ? "
            "AND (origin IS NULL OR origin != ?)",
            (low, peer or ""),
        ):
            if str(tbl) in DIRECTORY:
                wanted[str(tbl)].add(str(rid))
    refs, _ = references(vault)
    # Fetch what is wanted but not loaded yet, and follow references until nothing is new.
    looked: dict[str, set[str]] = {t.name: set() for t in SYNCED}
    followed: set[tuple[str, str]] = set()
    growing = True
    while growing:
        growing = False
        for t in SYNCED:
            missing = wanted[t.name] - rows[t.name].keys() - looked[t.name]
            if missing:
                looked[t.name].update(missing)
                take(t.name, _rows_where(vault, t, "id", missing))
        for t in SYNCED:
            for rid, values in rows[t.name].items():
                if (t.name, rid) in followed:
                    continue
                followed.add((t.name, rid))
                for column, target in refs.get(t.name, ()):
                    ref = values.get(column)
                    if ref and ref not in wanted[target]:
                        wanted[target].add(ref)
                        growing = True
    dead_cases: dict[tuple[str, str], str | None] = {}
    out: list[Record] = []
    total = sum(len(v) for v in wanted.values())
    done = 0
    for t in SYNCED:
        ids = sorted(wanted[t.name])
        states = load_states(vault, t.name, ids)
        dead = [rid for rid in ids if rid not in rows[t.name] and rid in states]
        for chunk in _chunks(dead):
            for rid, case_id in vault.query(
                f"SELECT rid, case_id FROM sync_versions WHERE tbl = ? AND field = '{DELETED}' "
                f"AND rid IN ({_marks(len(chunk))})",
                (t.name, *chunk),
            ):
                dead_cases[(t.name, str(rid))] = None if case_id is None else str(case_id)
        for rid in ids:
            found = rows[t.name].get(rid)
            versions = states.get(rid, {})
            if found is None and not versions:
                continue  # referred to but unknown here; the receiver checks
            case_id = dead_cases.get((t.name, rid)) if found is None else None
            out.append(Record(t.name, rid, found, versions, case_id))
            done += 1
            if progress is not None and done % 5000 == 0:
                progress(done, total)
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


def apply(session: Session, received: Sequence[Record], origin: str) -> ApplyReport:  # noqa: C901
    """Merge received records into the vault (inside the caller's transaction)."""
    vault = session.vault
    report = ApplyReport()
    vault.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
    vault.execute("PRAGMA defer_foreign_keys = ON")
    by_table: dict[str, list[Record]] = {}
    for rec in received:
        by_table.setdefault(rec.table, []).append(rec)
    merged: dict[tuple[str, str], _Merged] = {}
    # Received but already known as they are: only needed if a live record must get back
    # one this vault had deleted.
    unchanged: dict[tuple[str, str], _Merged] = {}
    for t in SYNCED:
        recs = by_table.get(t.name)
        if not recs:
            continue
        c = codec(t.name)
        ids = [r.id for r in recs]
        rows = load_rows(vault, t.name, ids)
        states = load_states(vault, t.name, ids)
        for rec in recs:
            row = rows.get(rec.id)
            tracked = states.get(rec.id, {})
            if row is not None and not tracked and not rec.versions and row == rec.values:
                report.unchanged += 1  # the same record as created, on both sides
                continue
            if row is None and not tracked and not rec.versions and rec.values is not None:
                # New here and never changed anywhere: take it as it is. Its state is all
                # implicit (as created), so it is left empty rather than spelled out.
                merged[(t.name, rec.id)] = _Merged(
                    t.name,
                    rec.id,
                    {},
                    rec.values,
                    True,
                    False,
                    None,
                    True,
                    rec.case_id,
                )
                continue
            local = full_state(c, tracked, row)
            incoming = full_state(c, rec.versions, rec.values)
            state: State = {
                name: merge(local.get(name, ()), incoming.get(name, ()))
                for name in sorted(set(local) | set(incoming))
            }
            keys = state_keys(state)
            shown = _shown(c, rec.id, state, session.device)
            target = merged
            if keys == state_keys(local):
                report.unchanged += 1
                target = unchanged
            target[(t.name, rec.id)] = _Merged(
                t.name,
                rec.id,
                state,
                shown,
                live_by_itself(state),
                row is not None,
                row,
                keys == state_keys(incoming),
                rec.case_id,
                bool(tracked),
            )
    _check_references_of_cases(vault, merged)
    written: list[_Merged] = []
    candidates: list[_Merged] = []
    grouped: dict[str, list[_Merged]] = {}
    for (name, _), mr in merged.items():
        grouped.setdefault(name, []).append(mr)
    for t in SYNCED:
        c = codec(t.name)
        batch = grouped.get(t.name, [])
        inserts: list[tuple[Any, ...]] = []
        for mr in batch:
            if mr.live:
                if mr.values is None:
                    raise IncompleteBundle(t.name, mr.id)
                if mr.stored is None:
                    inserts.append(c.db_row(mr.values))
                    report.created += 1
                    written.append(mr)
                elif mr.values != mr.stored:
                    _update_row(vault, c, mr.values, mr.stored)
                    report.updated += 1
                    written.append(mr)
            elif mr.existed:
                if mr.values is not None and mr.stored is not None and mr.values != mr.stored:
                    _update_row(vault, c, mr.values, mr.stored)
                candidates.append(mr)
        if inserts:
            vault.executemany(t.upsert_sql, inserts)
    _place_references(vault, written, merged, unchanged, report)
    deleted = _delete_unreferenced(vault, session, candidates, report)
    # Store versions, stamps and conflicts of everything that changed.
    cases_of = _CaseOf(vault, merged)
    had_conflicts = _with_conflicts(vault, merged)
    stamps: list[tuple[Any, ...]] = []
    for mr in merged.values():
        mr.case_id = cases_of(mr)
        if mr.had_versions or not all(is_implicit(n, reg) for n, reg in mr.state.items()):
            store_state(vault, mr.table, mr.id, mr.case_id, mr.state)
        stamps.append(
            (
                mr.table,
                mr.id,
                mr.case_id,
                session.tick,
                origin if mr.same_as_received else None,
            )
        )
        here = (mr.table, mr.id) not in deleted and (mr.live or mr.existed)
        disputed = DELETED in mr.state or any(len(reg) > 1 for reg in mr.state.values())
        if (mr.table, mr.id) in had_conflicts or (here and disputed):
            report.conflicts += refresh_conflicts(
                vault, mr.table, mr.id, mr.case_id, mr.state if here else None
            )
        if mr.case_id:
            report.cases.add(mr.case_id)
            if mr.table == "cases" and not mr.existed:
                report.new_cases.add(mr.case_id)
    vault.executemany(_STAMP, stamps)
    vault.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
    return report


class _CaseOf:
    """The case of each merged record, with one query per conference not in the bundle."""

    def __init__(self, vault: Vault, merged: Mapping[tuple[str, str], _Merged]) -> None:
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
            stored = self.vault.scalar(
                "SELECT case_id FROM sync_versions WHERE tbl = ? AND rid = ? LIMIT 1",
                (mr.table, mr.id),
            )
            found = str(stored) if stored else mr.case_id
        return found


def _with_conflicts(
    vault: Vault, merged: Mapping[tuple[str, str], _Merged]
) -> set[tuple[str, str]]:
    by_table: dict[str, list[str]] = {}
    for name, rid in merged:
        by_table.setdefault(name, []).append(rid)
    out: set[tuple[str, str]] = set()
    for name, ids in by_table.items():
        for chunk in _chunks(ids):
            rows = vault.query(
                f"SELECT rid FROM conflicts WHERE tbl = ? AND rid IN ({_marks(len(chunk))})",
                (name, *chunk),
            )
            out.update((name, str(r[0])) for r in rows)
    return out


def _shown(c: Codec, rid: str, state: State, device: str) -> dict[str, Any] | None:
    values: dict[str, Any] = {"id": rid}
    for col in c.fields:
        reg = state.get(col)
        if not reg:
            return None
        values[col] = display(reg, device).value
    return values


def _update_row(vault: Vault, c: Codec, values: dict[str, Any], stored: Mapping[str, Any]) -> None:
    changed = [col for col in c.fields if values[col] != stored.get(col)]
    if not changed:
        return
    sets = ", ".join(f"{col} = ?" for col in changed)
    params = [c.db_value(col, values[col]) for col in changed]
    vault.execute(f"UPDATE {c.name} SET {sets} WHERE id = ?", (*params, values["id"]))


def _check_references_of_cases(vault: Vault, merged: Mapping[tuple[str, str], _Merged]) -> None:
    refs: dict[str, str] = {}
    for (name, rid), mr in merged.items():
        if name != "cases" or not mr.live or mr.values is None:
            continue
        ref = str(mr.values["reference"])
        if ref in refs:
            raise ReferenceClash(ref)
        refs[ref] = rid
    for ref, rid in refs.items():
        other = vault.scalar("SELECT id FROM cases WHERE reference = ? AND id != ?", (ref, rid))
        if other is None:
            continue
        moving = merged.get(("cases", str(other)))
        if moving is not None and moving.values is not None and moving.values["reference"] != ref:
            continue  # the other case is renamed by the same bundle
        raise ReferenceClash(ref)


def _place_references(
    vault: Vault,
    written: list[_Merged],
    merged: dict[tuple[str, str], _Merged],
    unchanged: dict[tuple[str, str], _Merged],
    report: ApplyReport,
) -> None:
    """Every record written refers to records that exist; bring back deleted ones."""
    refs, _ = references(vault)
    queue = list(written)
    while queue:
        wanted: dict[str, set[str]] = {}
        for mr in queue:
            assert mr.values is not None
            for column, target in refs.get(mr.table, ()):
                ref = mr.values.get(column)
                if ref:
                    wanted.setdefault(target, set()).add(str(ref))
        queue = []
        for target, ids in wanted.items():
            found: set[str] = set()
            for chunk in _chunks(ids):
                found.update(
                    str(r[0])
                    for r in vault.query(
                        f"SELECT id FROM {target} WHERE id IN ({_marks(len(chunk))})", chunk
                    )
                )
            for rid in sorted(ids - found):
                back = merged.get((target, rid)) or unchanged.pop((target, rid), None)
                if back is None or back.values is None:
                    raise IncompleteBundle(target, rid)
                # Deleted (here or there), yet a live record refers to it: it stays, and the
                # deletion becomes a conflict for a person to settle.
                vault.execute(BY_NAME[target].upsert_sql, codec(target).db_row(back.values))
                back.live = True
                merged[(target, rid)] = back
                report.created += 1
                queue.append(back)


def _delete_unreferenced(
    vault: Vault, session: Session, candidates: list[_Merged], report: ApplyReport
) -> set[tuple[str, str]]:
    """Delete records that are deleted and that no live record refers to, children first.

    Records kept earlier only because something referred to them are looked at again.
    """
    _, referrers = references(vault)
    pool: dict[tuple[str, str], str | None] = {(mr.table, mr.id): None for mr in candidates}
    for tbl, rid in vault.query(f"SELECT tbl, rid FROM conflicts WHERE field = '{DELETED}'"):
        key = (str(tbl), str(rid))
        if key in pool:
            continue
        state = load_states(vault, key[0], [key[1]]).get(key[1], {})
        if not live_by_itself(state):
            pool[key] = None
    order = {t.name: i for i, t in enumerate(SYNCED)}
    deleted: set[tuple[str, str]] = set()
    progress = True
    while progress:
        progress = False
        for key in sorted(pool, key=lambda k: (-order[k[0]], k[1])):
            if key in deleted:
                continue
            tbl, rid = key
            used = any(
                vault.scalar(
                    f'SELECT 1 FROM "{src}" WHERE "{column}" = ? AND id != ? LIMIT 1'
                    if src == tbl
                    else f'SELECT 1 FROM "{src}" WHERE "{column}" = ? LIMIT 1',
                    (rid, rid) if src == tbl else (rid,),
                )
                for src, column in referrers.get(tbl, ())
            )
            if used:
                continue
            vault.execute(f"DELETE FROM {tbl} WHERE id = ?", (rid,))
            deleted.add(key)
            report.deleted += 1
            progress = True
    # Records that were kept only by a reference and are now gone have no conflict left.
    for tbl, rid in deleted:
        vault.execute("DELETE FROM conflicts WHERE tbl = ? AND rid = ?", (tbl, rid))
    return deleted


# -- received records ------------------------------------------------------------------------


class MalformedRecords(ValueError):
    """Received records that do not fit the model (the bundle module reports it)."""


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def parse_records(name: str, data: Any, raw: bytes | None = None) -> list[Record]:  # noqa: C901
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
    if suspect and not _encodable(json.dumps(data, ensure_ascii=False)):
        raise MalformedRecords(f"{name}: text that is not valid Unicode")
    out: list[Record] = []
    seen: set[str] = set()
    wanted_fields = set(c.columns)
    for item in data:
        if not isinstance(item, dict) or not set(item) <= {"id", "values", "versions", "case"}:
            raise MalformedRecords(f"{name}: not a record")
        rid = item.get("id")
        if not isinstance(rid, str) or not 0 < len(rid) <= 128 or rid in seen:
            raise MalformedRecords(f"{name}: bad or repeated id")
        seen.add(rid)
        values = item.get("values")
        if values is not None:
            if not isinstance(values, dict) or set(values) != wanted_fields:
                raise MalformedRecords(f"{name} {rid[:8]}: fields do not match")
            if values["id"] != rid:
                raise MalformedRecords(f"{name} {rid[:8]}: id does not match")
            for col in c.fields:
                if not c.check(col, values[col]):
                    raise MalformedRecords(f"{name} {rid[:8]}: {_flaw(values[col])} in {col}")
            values = _canonical(c, values)
        versions: State = {}
        raw_versions = item.get("versions", {})
        if not isinstance(raw_versions, dict):
            raise MalformedRecords(f"{name} {rid[:8]}: bad versions")
        for fname, given in raw_versions.items():
            if (fname != DELETED and fname not in c.spec) or fname == "id":
                raise MalformedRecords(f"{name} {rid[:8]}: unknown field {fname!r}")
            if not isinstance(given, list) or not given:
                raise MalformedRecords(f"{name} {rid[:8]}: bad versions of {fname}")
            try:
                reg = [Sibling.from_json(s) for s in given]
            except ValueError as exc:
                raise MalformedRecords(f"{name} {rid[:8]}: bad version of {fname}") from exc
            for s in reg:
                ok = isinstance(s.value, bool) if fname == DELETED else c.check(fname, s.value)
                if not ok:
                    raise MalformedRecords(f"{name} {rid[:8]}: {_flaw(s.value)} in {fname}")
            if fname != DELETED:
                reg = [_canonical_sibling(c, fname, s) for s in reg]
            versions[fname] = normalize(reg)
        if values is None and not versions:
            raise MalformedRecords(f"{name} {rid[:8]}: neither values nor versions")
        case_id = item.get("case")
        if case_id is not None and (not isinstance(case_id, str) or not 0 < len(case_id) <= 128):
            raise MalformedRecords(f"{name} {rid[:8]}: bad case")
        out.append(Record(name, rid, values, versions, case_id if values is None else None))
    return out


def _canonical(c: Codec, values: dict[str, Any]) -> dict[str, Any]:
    """Moments in UTC and ratings in key order, as every vault writes them."""
    for col in c.normalised:
        if values[col] is not None:
            spec = c.spec[col]
            values[col] = c._json(spec, ic._from_json(spec, values[col]))
    return values


def _canonical_sibling(c: Codec, col: str, s: Sibling) -> Sibling:
    spec = c.spec[col]
    if spec.shape in ("datetime", "ratings") and s.value is not None:
        return Sibling(c._json(spec, ic._from_json(spec, s.value)), s.dot, s.ctx, s.at, s.by)
    return s


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()

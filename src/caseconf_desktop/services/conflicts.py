"""Conflicts between devices: listing them with both values, and settling them.

A conflict is a field two devices changed without seeing each other's change, or a record
one device deleted while another changed it (or still uses it). The record shows this
vault's value until a person resolves the conflict here; the resolution is an ordinary
change that supersedes both values, so it travels to the other devices with the next
bundle and settles the conflict there too. See services/sync.py for the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlcipher3

from caseconf_desktop import errors, i18n
from caseconf_desktop.services import devices, sync
from caseconf_desktop.services.codec import Codec, codec
from caseconf_desktop.storage import audit, bulk, sync_store
from caseconf_desktop.storage.tracking import DELETED
from caseconf_desktop.storage.vault import Vault

LOCAL = "local"
REMOTE = "remote"
KIND_FIELD = "field"
KIND_DELETED = "deleted"
_SHORT_ID = 6


_tr = i18n.tr_in("Conflicts")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message for lupdate where it is defined; translated when it is shown."""
    return text


_TABLE_LABELS = {
    "agencies": QT_TRANSLATE_NOOP("Conflicts", "Agency"),
    "people": QT_TRANSLATE_NOOP("Conflicts", "Person"),
    "cases": QT_TRANSLATE_NOOP("Conflicts", "Case"),
    "responsibilities": QT_TRANSLATE_NOOP("Conflicts", "Responsibility"),
    "goals": QT_TRANSLATE_NOOP("Conflicts", "Goal"),
    "family_members": QT_TRANSLATE_NOOP("Conflicts", "Family member"),
    "consents": QT_TRANSLATE_NOOP("Conflicts", "Consent"),
    "conferences": QT_TRANSLATE_NOOP("Conflicts", "Conference"),
    "attendance": QT_TRANSLATE_NOOP("Conflicts", "Attendance"),
    "entries": QT_TRANSLATE_NOOP("Conflicts", "Conference entry"),
    "risk_assessments": QT_TRANSLATE_NOOP("Conflicts", "Risk assessment"),
    "needs": QT_TRANSLATE_NOOP("Conflicts", "Need"),
    "interventions": QT_TRANSLATE_NOOP("Conflicts", "Intervention"),
    "actions": QT_TRANSLATE_NOOP("Conflicts", "Action"),
}

# The field that names a record of each table in the list.
_LABEL_FIELDS = {
    "agencies": ("name",),
    "people": ("name",),
    "cases": ("reference",),
    "responsibilities": ("domain",),
    "goals": ("text",),
    "family_members": ("name",),
    "consents": ("kind", "recorded_on"),
    "conferences": ("scheduled_for", "place"),
    "attendance": ("name", "role"),
    "entries": ("section", "text"),
    "risk_assessments": ("assessed_on", "level"),
    "needs": ("domain",),
    "interventions": ("kind", "provider"),
    "actions": ("description",),
}


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a conflict: the value, and which device made it, who and when."""

    value: Any  # caseconf.v1 JSON form; True/False for "deleted"/"kept" in a deletion conflict
    text: str
    device_id: str
    device: str
    by: str
    at: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "text": self.text,
            "device_id": self.device_id,
            "device": self.device,
            "by": self.by,
            "at": self.at,
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    case_id: str | None
    case_reference: str
    table: str
    record_id: str
    field: str
    kind: str  # KIND_FIELD or KIND_DELETED
    what: str  # the record, as a person recognises it
    local: Side
    remote: tuple[Side, ...]
    detected_at: str

    @property
    def short_id(self) -> str:
        return self.id[:8]

    @property
    def table_label(self) -> str:
        return _tr(_TABLE_LABELS.get(self.table, self.table))

    @property
    def field_label(self) -> str:
        if self.kind == KIND_DELETED:
            return _tr("deleted or kept")
        return self.field.replace("_", " ")

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_id": self.case_id,
            "case": self.case_reference,
            "table": self.table,
            "record_id": self.record_id,
            "field": self.field,
            "kind": self.kind,
            "what": self.what,
            "local": self.local.as_dict(),
            "remote": [s.as_dict() for s in self.remote],
            "detected_at": self.detected_at,
        }


def count(vault: Vault, case_id: str | None = None) -> int:
    """Open conflicts (cheap: for the dashboard and the case header)."""
    return sync_store.conflict_count(vault, case_id)


def list_conflicts(vault: Vault, case_id: str | None = None) -> list[Conflict]:
    """Every open conflict (of one case), oldest first, with both sides."""
    with vault.transaction():
        session = sync.begin(vault)
        rows = sync_store.conflicts(vault, case_id)
        names = _Names(vault)
        return [_view(vault, session, names, *row) for row in rows]


class _Names:
    """Device names, looked up once per listing."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.cache: dict[str, str] = {}

    def __call__(self, device_id: str) -> str:
        if device_id not in self.cache:
            self.cache[device_id] = devices.display_name(self.vault, device_id)
        return self.cache[device_id]


def _view(
    vault: Vault,
    session: sync.Session,
    names: _Names,
    cid: str,
    table: str,
    rid: str,
    fname: str,
    case_id: str | None,
    detected_at: str,
) -> Conflict:
    c = codec(table)
    state = sync.load_states(vault, table, [rid]).get(rid, {})
    values = sync.load_rows(vault, table, [rid]).get(rid)
    reference = bulk.case_reference(vault, case_id) if case_id else ""

    def side(s: sync.Sibling, text: str) -> Side:
        # A value never changed since the record was created has no device of its own
        # (every vault holds it alike): it is this vault's value, named as such.
        device = session.device if s.dot == sync.CREATION else s.device
        return Side(s.value, text, device, names(device), s.by, s.at)

    if fname == DELETED:
        local, remote = _deletion_sides(session, state, side)
        kind = KIND_DELETED
    else:
        reg = state.get(fname, ())
        shown = sync.display(reg, session.device) if reg else sync.Sibling(None, sync.CREATION)
        local = side(shown, c.text(fname, shown.value))
        others: dict[str, sync.Sibling] = {}
        for s in reg:
            k = sync.canon(s.value)
            if k == sync.canon(shown.value):
                continue
            if k not in others or (s.at, s.dot) > (others[k].at, others[k].dot):
                others[k] = s
        remote = tuple(
            side(s, c.text(fname, s.value)) for s in sorted(others.values(), key=lambda s: s.at)
        )
        kind = KIND_FIELD
    return Conflict(
        id=str(cid),
        case_id=str(case_id) if case_id else None,
        case_reference=reference,
        table=str(table),
        record_id=str(rid),
        field=str(fname),
        kind=kind,
        what=_what(c, values),
        local=local,
        remote=remote,
        detected_at=str(detected_at),
    )


def _deletion_sides(
    session: sync.Session, state: sync.State, side: Any
) -> tuple[Side, tuple[Side, ...]]:
    deletions = [s for s in state.get(DELETED, ()) if s.value is True]
    keeps = [s for s in state.get(DELETED, ()) if s.value is not True]
    seen = sync.join(*(sync.join(s.ctx, {s.dot[0]: s.dot[1]}) for s in deletions))
    changes = [
        s
        for name, reg in state.items()
        if name != DELETED
        for s in reg
        if not sync.covers(seen, s.dot)
    ]
    newest = max(deletions, key=lambda s: (s.at, s.dot))
    deleted = side(newest, _tr("deleted"))
    pool = keeps + changes
    if pool:
        newest_keep = max(pool, key=lambda s: (s.at, s.dot))
        text = _tr("kept") if newest_keep in keeps else _tr("changed, so kept")
        found = side(newest_keep, text)
        kept = Side(False, text, found.device_id, found.device, found.by, found.at)
    else:
        kept = Side(
            False,
            _tr("still used by other records here"),
            session.device,
            _tr("this vault"),
            "",
            "",
        )
    if any(s.device == session.device for s in deletions):
        return deleted, (kept,)
    return kept, (deleted,)


def _what(c: Codec, values: dict[str, Any] | None) -> str:
    if values is None:
        return ""
    parts = [c.text(f, values.get(f)) for f in _LABEL_FIELDS.get(c.name, ())]
    text = " · ".join(p for p in parts if p)
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


def find(vault: Vault, ident: str) -> tuple[str, str, str, str, str | None]:
    """(id, table, record, field, case) of a conflict by its id or a unique start of it."""
    ident = ident.strip().lower()
    if len(ident) < _SHORT_ID:
        raise errors.InvalidInput(
            _tr("Give at least {n} characters of the conflict id.").format(n=_SHORT_ID)
        )
    rows = sync_store.conflicts_starting(vault, ident)
    if not rows:
        raise errors.NotFound(
            _tr("There is no open conflict {id}; see 'caseconf conflicts list'.").format(id=ident)
        )
    if len(rows) > 1:
        raise errors.InvalidInput(
            _tr("{id} fits more than one conflict; give more of the id.").format(id=ident)
        )
    row = rows[0]
    return row.id, row.table, row.rid, row.field, row.case_id


def resolve(vault: Vault, ident: str, keep: str) -> Conflict:
    """Settle a conflict: keep ``local``, ``remote``, or a value given as text.

    Returns the conflict as it was. Deleting (keeping a deletion) removes the record and
    what hangs off it, exactly as deleting it in the app does.
    """
    with vault.transaction():
        session = sync.begin(vault)
        cid, table, rid, fname, case_id = find(vault, ident)
        before = _view(vault, session, _Names(vault), cid, table, rid, fname, case_id, "")
        if before.kind == KIND_DELETED:
            if keep not in (LOCAL, REMOTE):
                raise errors.InvalidInput(
                    _tr("A deleted-or-kept conflict is settled with --keep local or remote.")
                )
            chosen = before.local if keep == LOCAL else before.remote[0]
            if chosen.value is True:
                _delete(vault, session, table, rid)
            else:
                _keep(vault, session, table, rid, case_id)
            kept = "deleted" if chosen.value is True else "kept"
        else:
            c = codec(table)
            if keep == LOCAL:
                value = before.local.value
            elif keep == REMOTE:
                if len(before.remote) != 1:
                    raise errors.InvalidInput(
                        _tr(
                            "This field has {n} other values; give the value to keep as text."
                        ).format(n=len(before.remote))
                    )
                value = before.remote[0].value
            else:
                value = c.parse_text(fname, keep)
            _set(vault, session, table, rid, fname, value, case_id)
            kept = keep if keep in (LOCAL, REMOTE) else "value"
        audit.append(
            vault,
            "conflict.resolved",
            table,
            rid,
            case_id=case_id,
            detail={"conflict": cid, "field": fname, "kept": kept},
        )
    return before


def _set(
    vault: Vault,
    session: sync.Session,
    table: str,
    rid: str,
    fname: str,
    value: Any,
    case_id: str | None,
) -> None:
    c = codec(table)
    state = sync.load_states(vault, table, [rid]).get(rid, {})
    reg = state.get(fname, ())
    tick = session.next_tick()
    state[fname] = sync.write(reg, reg, value, session.device, tick, sync.now_text(), session.by)
    sync_store.set_applying(vault, True)
    try:
        bulk.update_columns(vault, table, rid, [(fname, c.db_value(fname, value))])
    finally:
        sync_store.set_applying(vault, False)
    sync.store_state(vault, table, rid, case_id, state)
    sync.stamp(vault, table, rid, case_id, tick, None)
    sync.refresh_conflicts(vault, table, rid, case_id, state)


def _keep(vault: Vault, session: sync.Session, table: str, rid: str, case_id: str | None) -> None:
    state = sync.load_states(vault, table, [rid]).get(rid, {})
    values = sync.load_rows(vault, table, [rid]).get(rid)
    full = sync.full_state(codec(table), state, values)
    seen = sync.join(*(sync.knowledge(reg) for reg in full.values()))
    tick = session.next_tick()
    d = state.get(DELETED, ())
    state[DELETED] = sync.write(
        d, d, False, session.device, tick, sync.now_text(), session.by, seen
    )
    sync.store_state(vault, table, rid, case_id, state)
    sync.stamp(vault, table, rid, case_id, tick, None)
    sync.refresh_conflicts(vault, table, rid, case_id, state)


def _delete(vault: Vault, session: sync.Session, table: str, rid: str) -> None:
    try:
        bulk.delete(vault, table, rid)
    except sqlcipher3.IntegrityError as exc:
        raise errors.InvalidInput(
            _tr(
                "The record is still used by other records in this vault; keep it, or change "
                "those first."
            )
        ) from exc
    # The triggers noted the deletion (and what it took with it); record it now.
    session.next_tick()
    sync.commit(session)

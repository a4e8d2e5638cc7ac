"""Field-by-field mapping between domain dataclasses and table rows.

Column names equal field names, so one description per dataclass serves reading,
writing and bulk import. Conversions: dates and moments as ISO 8601 text, enums as their
value, booleans as 0/1, tuples and dicts as JSON.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, Generic, TypeVar

from caseconf_desktop.domain import model

T = TypeVar("T")

Converter = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _converters(hint: Any) -> tuple[Converter, Converter]:
    """(to_db, from_db) for one annotated type."""
    optional = False
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        hint = args[0]
        origin = typing.get_origin(hint)
    to_db: Converter
    from_db: Converter
    if hint is bool:
        to_db, from_db = int, bool
    elif hint is datetime:
        to_db, from_db = datetime.isoformat, datetime.fromisoformat
    elif hint is date:
        to_db, from_db = date.isoformat, date.fromisoformat
    elif isinstance(hint, type) and issubclass(hint, Enum):
        enum_type = hint
        to_db, from_db = (lambda v: v.value), enum_type
    elif origin is tuple:
        (item, _ellipsis) = typing.get_args(hint)
        item_from = _converters(item)[1]
        to_db = lambda v: json.dumps([getattr(x, "value", x) for x in v])  # noqa: E731
        from_db = lambda s: tuple(item_from(x) for x in json.loads(s))  # noqa: E731
    elif origin is dict:
        to_db = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
        from_db = json.loads
    else:
        to_db, from_db = _identity, _identity
    if optional:
        inner_to, inner_from = to_db, from_db
        to_db = lambda v: None if v is None else inner_to(v)  # noqa: E731
        from_db = lambda v: None if v is None else inner_from(v)  # noqa: E731
    return to_db, from_db


class Table(Generic[T]):
    """Reads and writes one dataclass type to one table."""

    def __init__(self, cls: type[T], name: str) -> None:
        self.cls = cls
        self.name = name
        hints = typing.get_type_hints(cls)
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        self.columns: list[str] = [f.name for f in fields]
        pairs = [_converters(hints[f.name]) for f in fields]
        self._to_db = [p[0] for p in pairs]
        self._from_db = [p[1] for p in pairs]
        cols = ", ".join(self.columns)
        marks = ", ".join("?" for _ in self.columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in self.columns if c != "id")
        # The fields that say which case and conference a record belongs to, if any.
        case_attr = "id" if cls is model.Case else ("case_id" if "case_id" in self.columns else "")
        conference_attr = (
            "id"
            if cls is model.Conference
            else ("conference_id" if "conference_id" in self.columns else "")
        )
        self._scope = (case_attr, conference_attr)
        self.select_sql = f"SELECT {cols} FROM {name}"
        self.upsert_sql = (
            f"INSERT INTO {name} ({cols}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}"
        )
        self._upsert_parts = (f"INSERT INTO {name} ({cols}) VALUES ", f"({marks})", updates)
        self._upsert_rows: dict[int, str] = {}

    def upsert_rows_sql(self, n: int) -> str:
        """:attr:`upsert_sql` for ``n`` rows in one statement: n × len(columns) parameters."""
        sql = self._upsert_rows.get(n)
        if sql is None:
            head, row, updates = self._upsert_parts
            values = ", ".join([row] * n)
            sql = self._upsert_rows[n] = f"{head}{values} ON CONFLICT(id) DO UPDATE SET {updates}"
        return sql

    def to_row(self, obj: T) -> tuple[Any, ...]:
        return tuple(
            conv(getattr(obj, col)) for conv, col in zip(self._to_db, self.columns, strict=True)
        )

    def from_row(self, row: Sequence[Any]) -> T:
        values = {
            col: conv(val) for col, conv, val in zip(self.columns, self._from_db, row, strict=True)
        }
        return self.cls(**values)

    # The vault argument is typed loosely to keep this module free of a Vault import cycle.
    def get(self, vault: Any, record_id: str) -> T | None:
        rows = vault.query(f"{self.select_sql} WHERE id = ?", (record_id,))
        return self.from_row(rows[0]) if rows else None

    def where(
        self, vault: Any, clause: str = "", params: Iterable[Any] = (), order: str = ""
    ) -> list[T]:
        sql = self.select_sql
        if clause:
            sql += f" WHERE {clause}"
        if order:
            sql += f" ORDER BY {order}"
        return [self.from_row(r) for r in vault.query(sql, tuple(params))]

    def upsert(self, vault: Any, obj: T) -> T:
        self._note(vault, [obj])
        vault.execute(self.upsert_sql, self.to_row(obj), noted=True)
        return obj

    def upsert_many(self, vault: Any, objs: Iterable[T]) -> None:
        objs = list(objs)
        self._note(vault, objs)
        vault.executemany(self.upsert_sql, (self.to_row(o) for o in objs), noted=True)

    def delete(self, vault: Any, record_id: str) -> bool:
        if any(self._scope):
            found = self.get(vault, record_id)  # to know its case; a missing one changes nothing
            if found is not None:
                self._note(vault, [found])
        else:
            vault.changes.note(self.name)
        cur = vault.execute(f"DELETE FROM {self.name} WHERE id = ?", (record_id,), noted=True)
        return bool(cur.rowcount)

    def _note(self, vault: Any, objs: list[Any]) -> None:
        """Tell the vault's change log which cases and conferences these records belong to."""
        case_attr, conference_attr = self._scope
        vault.changes.note(
            self.name,
            (getattr(o, case_attr) for o in objs) if case_attr else (),
            (getattr(o, conference_attr) for o in objs) if conference_attr else (),
        )

    def count(self, vault: Any, clause: str = "", params: Iterable[Any] = ()) -> int:
        sql = f"SELECT count(*) FROM {self.name}"
        if clause:
            sql += f" WHERE {clause}"
        return int(vault.scalar(sql, tuple(params)))


AGENCIES = Table(model.Agency, "agencies")
PEOPLE = Table(model.Person, "people")
CASES = Table(model.Case, "cases")
RESPONSIBILITIES = Table(model.Responsibility, "responsibilities")
GOALS = Table(model.Goal, "goals")
FAMILY = Table(model.FamilyMember, "family_members")
CONSENTS = Table(model.Consent, "consents")
CONFERENCES = Table(model.Conference, "conferences")
ATTENDANCE = Table(model.Attendance, "attendance")
ENTRIES = Table(model.Entry, "entries")
DRAFTS = Table(model.Draft, "drafts")  # local only: never tracked, synced or indexed
RISKS = Table(model.RiskAssessment, "risk_assessments")
NEEDS = Table(model.Need, "needs")
INTERVENTIONS = Table(model.Intervention, "interventions")
ACTIONS = Table(model.Action, "actions")
GLOSSARY = Table(model.GlossaryTerm, "glossary")

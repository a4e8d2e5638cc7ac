"""caseconf.v1 values: one description of every field, and its JSON form.

The JSON interchange format (services/interchange.py) and the bundles between devices
(services/sync.py) write records in the same caseconf.v1 JSON form. This module is the one
place that says what that form is:

- :func:`field_specs`: each field of a domain dataclass as a :class:`FieldSpec` (its shape,
  whether it may be empty, its enum, the table an id in it refers to);
- :func:`to_json` / :func:`from_json`: a domain value to its JSON form and back;
  :func:`parses` checks the dates and moments a schema cannot;
- :class:`Codec`: one table's rows between the database (column form) and the flat JSON
  form bundles carry, with a fast check of each received value (a bundle of 1,000 cases
  holds 700,000 values; a caseconf.v1 document is checked by its JSON Schema instead, so
  that each problem is named by its field path).
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain import enums, model
from caseconf_desktop.storage.mapping import (
    ACTIONS,
    AGENCIES,
    ATTENDANCE,
    CASES,
    CONFERENCES,
    CONSENTS,
    ENTRIES,
    FAMILY,
    GLOSSARY,
    GOALS,
    INTERVENTIONS,
    NEEDS,
    PEOPLE,
    RESPONSIBILITIES,
    RISKS,
    Table,
)

# The longest text any field may hold (a conference summary of 15,000 words fits). Both
# documents and bundles refuse longer text.
MAX_TEXT = 100_000


# The messages of the bundle codec keep the context they were translated under.
_tr = i18n.tr_in("Sync")


# Tables in the order their rows may be written (each only refers to those before it,
# except actions carried forward from other actions written with them).
WRITE_ORDER: tuple[Table[Any], ...] = (
    AGENCIES,
    PEOPLE,
    GLOSSARY,
    CASES,
    RESPONSIBILITIES,
    GOALS,
    FAMILY,
    CONSENTS,
    CONFERENCES,
    ATTENDANCE,
    ENTRIES,
    RISKS,
    NEEDS,
    INTERVENTIONS,
    ACTIONS,
)

# Field of a dataclass -> the table its id must be found in.
REFERENCES: dict[str, str] = {
    "agency_id": "agencies",
    "lead_agency_id": "agencies",
    "source_agency_id": "agencies",
    "dissenting_agency_id": "agencies",
    "owner_agency_id": "agencies",
    "provider_agency_id": "agencies",
    "person_id": "people",
    "chair_id": "people",
    "facilitator_id": "people",
    "minute_taker_id": "people",
    "owner_person_id": "people",
    "conference_id": "conferences",
    "reviewed_in_conference_id": "conferences",
    "carried_forward_from_id": "actions",
}


# -- fields ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One dataclass field and where and how it appears in a document."""

    attr: str
    path: tuple[str, ...]
    shape: str  # str, int, bool, date, datetime, enum, sections, ratings
    nullable: bool
    enum: type[StrEnum] | None = None
    target: str | None = None  # table an id in this field must exist in


def _shape(cls: type, name: str, hint: Any) -> tuple[str, type[StrEnum] | None]:
    if hint is bool:
        return "bool", None
    if hint is int:
        return "int", None
    if hint is str:
        return "str", None
    if hint is datetime:
        return "datetime", None
    if hint is date:
        return "date", None
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return "enum", hint
    if typing.get_origin(hint) is tuple:
        return "sections", None
    if typing.get_origin(hint) is dict:
        return "ratings", None
    # A new field type needs a mapping here.
    raise TypeError(
        f"{cls.__name__}.{name}: no caseconf.v1 mapping for {hint!r}"
    )  # pragma: no cover


def field_specs(
    cls: type, implied: Sequence[str] = (), paths: Mapping[str, tuple[str, ...]] | None = None
) -> tuple[FieldSpec, ...]:
    """The fields of a dataclass, less those ``implied`` by where a record is nested.

    ``paths`` places a field elsewhere in a document (a case's ``subject.name``).
    """
    hints = typing.get_type_hints(cls)
    out: list[FieldSpec] = []
    for f in dataclasses.fields(cls):
        if f.name in implied:
            continue
        hint = hints[f.name]
        nullable = False
        if typing.get_origin(hint) in (types.UnionType, typing.Union):
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            nullable = True
            hint = args[0]
        kind, enum_type = _shape(cls, f.name, hint)
        path = (paths or {}).get(f.name, (f.name,))
        target = REFERENCES.get(f.name) if f.name != "id" else None
        out.append(FieldSpec(f.name, path, kind, nullable, enum_type, target))
    # The id leads every record in the document.
    out.sort(key=lambda fl: fl.attr != "id")
    return tuple(out)


# -- values ----------------------------------------------------------------------------------


def to_json(spec: FieldSpec, value: Any) -> Any:
    """A domain value in its JSON form, as stored (a moment keeps the offset it has)."""
    if value is None:
        return None
    if spec.shape in ("date", "datetime"):
        return value.isoformat()
    if spec.shape == "enum":
        return value.value
    if spec.shape == "sections":
        return [s.value for s in value]
    if spec.shape == "ratings":
        return dict(sorted(value.items()))
    return value


def from_json(spec: FieldSpec, value: Any) -> Any:
    """Convert a value that validation has already accepted."""
    if value is None:
        return None
    if spec.shape == "date":
        return date.fromisoformat(value)
    if spec.shape == "datetime":
        moment = datetime.fromisoformat(value)
        return moment if spec.attr in model.LOCAL_TIME_FIELDS else moment.astimezone(UTC)
    if spec.shape == "enum":
        assert spec.enum is not None
        return spec.enum(value)
    if spec.shape == "sections":
        return tuple(enums.Section(v) for v in value)
    if spec.shape == "ratings":
        return dict(sorted(value.items()))
    if spec.shape == "int":
        return int(value)
    return value


def normal_json(spec: FieldSpec, value: Any) -> Any:
    """A domain value in the JSON form every vault writes alike: moments in UTC.

    Meeting times keep the offset they were given: their local time is what matters.
    """
    if value is not None and spec.shape == "datetime" and spec.attr not in model.LOCAL_TIME_FIELDS:
        value = value.astimezone(UTC)
    return to_json(spec, value)


def canonical(spec: FieldSpec, value: Any) -> Any:
    """A checked JSON value as every vault writes it (moments in UTC, ratings in key order)."""
    if value is None or spec.shape not in ("datetime", "ratings"):
        return value
    return normal_json(spec, from_json(spec, value))


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})", re.ASCII
)


def parses(kind: str, value: str) -> bool:
    """Whether text is a caseconf.v1 date (``kind`` "date") or moment ("datetime")."""
    try:
        if kind == "date":
            return bool(_DATE.fullmatch(value)) and bool(date.fromisoformat(value))
        # Stored in UTC: a moment whose UTC time falls outside years 1 to 9999 is refused
        # here, not when it is converted (9999-12-31T23:59:59-23:59 overflows).
        return bool(_DATETIME.fullmatch(value)) and bool(
            datetime.fromisoformat(value).astimezone(UTC)
        )
    except (ValueError, OverflowError):
        return False


def encodable(text: str) -> bool:
    """Whether text can be stored (JSON may spell a lone surrogate, which is no character)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_text(v: Any) -> bool:
    return type(v) is str and len(v) <= MAX_TEXT and "\0" not in v


def _is_int(v: Any) -> bool:
    return type(v) is int and -(2**63) <= v < 2**63


def _is_bool(v: Any) -> bool:
    return type(v) is bool


# -- one table's rows ------------------------------------------------------------------------

# Shapes whose database form and JSON form are the same value (checked values only).
_SAME_IN_BOTH = frozenset({"str", "int", "enum", "date"})


def _via_domain(spec: FieldSpec, to_db: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return to_db(from_json(spec, value))

    return convert


class Codec:
    """One table's values between the database (column form) and bundles (flat JSON form).

    Both forms are reached through the domain objects with this module's converters, so
    documents and bundles agree on every value. Text, numbers, enum values and dates are
    the same in both forms, so those columns skip the round trip through domain objects.
    """

    def __init__(self, table: Table[Any]) -> None:
        self.table = table
        self.name = table.name
        self.columns: list[str] = list(table.columns)
        self.fields = [c for c in self.columns if c != "id"]
        specs = {s.attr: s for s in field_specs(table.cls)}
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
            out[col] = raw if same or raw is None else normal_json(spec, conv(raw))
        return out

    def db_value(self, col: str, value: Any) -> Any:
        i = self.columns.index(col)
        return self._to_db[i](from_json(self.specs[i], value))

    def db_row(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        row = [values[col] for col in self.columns]
        for i, conv in enumerate(self._to_db_direct):
            if conv is not None and row[i] is not None:
                row[i] = conv(row[i])
        return tuple(row)

    def canonical(self, col: str, value: Any) -> Any:
        """A checked value of ``col`` as every vault writes it."""
        return canonical(self.spec[col], value)

    def check(self, col: str, value: Any) -> bool:
        """Whether a received value fits the field (type, enum, date format).

        Text is not checked for lone surrogates here: sync.parse_records checks a whole
        member at once, and typed text comes from Qt, which has none.
        """
        checker = self._checkers.get(col)
        if checker is None:
            spec = self.spec.get(col)
            if spec is None:
                return False
            checker = self._checkers[col] = self._checker(col, spec)
        return checker(value)

    def _checker(self, col: str, spec: FieldSpec) -> Callable[[Any], bool]:
        shape = spec.shape
        fits: Callable[[Any], bool]
        if shape == "str":
            fits = is_text
        elif shape == "int":
            fits = _is_int
        elif shape == "bool":
            fits = _is_bool
        elif shape in ("date", "datetime"):

            def fits(v: Any) -> bool:
                return type(v) is str and parses(shape, v)

        elif shape == "enum":
            known = self._enum_values(col)

            def fits(v: Any) -> bool:
                return type(v) is str and v in known

        elif shape == "sections":
            sections = frozenset(str(x.value) for x in enums.Section)

            def fits(v: Any) -> bool:
                return type(v) is list and all(type(x) is str and x in sections for x in v)

        elif shape == "ratings":

            def fits(v: Any) -> bool:
                return type(v) is dict and all(is_text(k) and is_text(x) for k, x in v.items())

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
            or not encodable(json.dumps(value, ensure_ascii=False))
        ):
            shown = repr(text if len(text) <= 60 else text[:57] + "…")  # a sentence, not a dump
            if len(text) > MAX_TEXT:
                raise errors.InvalidInput(
                    _tr("{text} is longer than {field} may be ({n} characters at most).").format(
                        text=shown, field=col, n=f"{MAX_TEXT:,}"
                    )
                )
            raise errors.InvalidInput(
                _tr("{text} is not a valid value for {field}.").format(text=shown, field=col)
            )
        if spec.shape == "datetime" and value is not None:
            return normal_json(spec, from_json(spec, value))
        return value


_BY_NAME: dict[str, Table[Any]] = {t.name: t for t in WRITE_ORDER}
_CODECS: dict[str, Codec] = {}


def codec(name: str) -> Codec:
    """The codec of one table (built once: it depends on the model only, not on a vault)."""
    found = _CODECS.get(name)
    if found is None:
        found = _CODECS[name] = Codec(_BY_NAME[name])
    return found

"""caseconf.v1: the documented, versioned JSON interchange format (import and export).

A document carries whole cases (subject, conferences with attendance, entries and actions,
and every case-level list) plus the agencies and people they refer to and the glossary.
The shipped JSON Schema (``resources/caseconf.v1.schema.json``) is the contract; import
validates against it and then checks what a schema cannot (ids that must exist, dates that
must parse, ids used twice, a reference that belongs to another case). Every problem is
reported with its field path, and nothing is written unless the whole document is valid.

One description per record kind (:data:`_KINDS`) drives export, validation and import, and
it is derived from the domain dataclasses, so a field added to the model is carried here
without a second list to keep in step (the schema file must gain it too; a test checks).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain import enums
from caseconf_desktop.domain.model import Case, utcnow
from caseconf_desktop.services import cases as case_service
from caseconf_desktop.services import codec
from caseconf_desktop.services.codec import FieldSpec
from caseconf_desktop.storage import audit, bulk
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
from caseconf_desktop.storage.vault import Vault

FORMAT = "caseconf.v1"
SCHEMA_FILE = "caseconf.v1.schema.json"

# The longest text any field may hold (the same cap as in bundles), and how deeply a
# document may nest (caseconf.v1 itself nests 6 levels).
MAX_TEXT = codec.MAX_TEXT
MAX_DEPTH = 32

FieldPath = tuple[str | int, ...]


_tr = i18n.tr_in("Interchange")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message for translation where it is defined; :func:`_tr` translates it later.

    Named like Qt's marker so that lupdate finds these strings.
    """
    return text


# -- public results and errors ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: cases in the document, records created and records updated."""

    cases: int
    created: int
    updated: int


class InvalidDocument(errors.InvalidInput):
    """A document that failed validation. ``problems`` lists every problem, in document order."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        first = self.problems[0]
        more = len(self.problems) - 1
        if more == 0:
            text = _tr("{problem}; nothing was imported.").format(problem=first)
        elif more == 1:
            text = _tr("{problem} (and 1 more problem); nothing was imported.").format(
                problem=first
            )
        else:
            text = _tr("{problem} (and {count} more problems); nothing was imported.").format(
                problem=first, count=more
            )
        super().__init__(text)


# -- the record kinds ----------------------------------------------------------------------

# Case fields that live in the nested ``subject`` object.
_CASE_SUBJECT = {
    "subject_name": ("subject", "name"),
    "pseudonym": ("subject", "pseudonym"),
    "date_of_birth": ("subject", "date_of_birth"),
    "legal_status": ("subject", "legal_status"),
}


@dataclass(frozen=True, slots=True)
class _Kind:
    """One kind of record: its list key in the document, its table and its nesting."""

    key: str
    table: Table[Any]
    fields: tuple[FieldSpec, ...]
    implied: tuple[str, ...] = ()  # dataclass fields given by where the record is nested
    owner: str | None = None  # implied field that must not change for an existing record
    scope: str | None = None  # context field this record's id provides to its children
    children: tuple[_Kind, ...] = ()
    sort: Callable[[Any], Any] = lambda obj: obj.id


def _kind(
    key: str,
    table: Table[Any],
    *,
    implied: Sequence[str] = (),
    owner: str | None = None,
    scope: str | None = None,
    children: Sequence[_Kind] = (),
    sort: Callable[[Any], Any] = lambda obj: obj.id,
    paths: Mapping[str, tuple[str, ...]] | None = None,
) -> _Kind:
    return _Kind(
        key=key,
        table=table,
        fields=codec.field_specs(table.cls, implied, paths),
        implied=tuple(implied),
        owner=owner,
        scope=scope,
        children=tuple(children),
        sort=sort,
    )


def _order(enum_type: type[StrEnum]) -> Callable[[StrEnum], int]:
    members = list(enum_type)
    return members.index


_section_rank = _order(enums.Section)
_role_rank = _order(enums.AttendeeRole)
_CASE_CHILD = ("case_id",)
_CONFERENCE_CHILD = ("conference_id",)
_ACTION_IMPLIED = ("case_id", "conference_id")

_ATTENDANCE = _kind(
    "attendance",
    ATTENDANCE,
    implied=_CONFERENCE_CHILD,
    owner="conference_id",
    sort=lambda a: (_role_rank(a.role), a.name, a.person_id or "", a.id),
)
_ENTRY = _kind(
    "entries",
    ENTRIES,
    implied=_CONFERENCE_CHILD,
    owner="conference_id",
    sort=lambda e: (_section_rank(e.section), e.position, e.created_at, e.id),
)
# Actions agreed in a conference sit inside it; those agreed outside any conference sit in
# the case. Both are rows of one table.
_CONFERENCE_ACTION = _kind(
    "actions",
    ACTIONS,
    implied=_ACTION_IMPLIED,
    owner="case_id",
    sort=lambda a: (a.created_at, a.id),
)
_CASE_ACTION = _CONFERENCE_ACTION
_CONFERENCE = _kind(
    "conferences",
    CONFERENCES,
    implied=_CASE_CHILD,
    owner="case_id",
    scope="conference_id",
    sort=lambda c: (c.scheduled_for, c.id),
    children=(_ATTENDANCE, _ENTRY, _CONFERENCE_ACTION),
)

_CASE = _kind(
    "cases",
    CASES,
    scope="case_id",
    paths=_CASE_SUBJECT,
    children=(
        _kind(
            "responsibilities",
            RESPONSIBILITIES,
            implied=_CASE_CHILD,
            owner="case_id",
            sort=lambda r: (list(enums.ResponsibilityDomain).index(r.domain), r.id),
        ),
        _kind(
            "goals",
            GOALS,
            implied=_CASE_CHILD,
            owner="case_id",
            sort=lambda g: (g.position, g.id),
        ),
        _kind(
            "family_members",
            FAMILY,
            implied=_CASE_CHILD,
            owner="case_id",
            sort=lambda m: (m.name, m.id),
        ),
        _kind(
            "consents",
            CONSENTS,
            implied=_CASE_CHILD,
            owner="case_id",
            sort=lambda c: (c.recorded_on, c.kind.value, c.id),
        ),
        _kind(
            "risk_assessments",
            RISKS,
            implied=_CASE_CHILD,
            owner="case_id",
            sort=lambda r: (r.assessed_on, r.id),
        ),
        _kind(
            "needs",
            NEEDS,
            implied=_CASE_CHILD,
            owner="case_id",
            sort=lambda n: (list(enums.NeedDomain).index(n.domain), n.id),
        ),
        _kind(
            "interventions",
            INTERVENTIONS,
            implied=_CASE_CHILD,
            owner="case_id",
            sort=lambda i: (i.start_date or date.min, i.id),
        ),
        _CASE_ACTION,
        _CONFERENCE,
    ),
)

_AGENCY = _kind("agencies", AGENCIES, sort=lambda a: (a.name, a.id))
_PERSON = _kind("people", PEOPLE, sort=lambda p: (p.name, p.id))
_GLOSSARY = _kind("glossary", GLOSSARY, sort=lambda g: (g.language, g.term, g.id))

# Top-level lists, in the order a document presents them.
_KINDS: tuple[_Kind, ...] = (_AGENCY, _PERSON, _GLOSSARY, _CASE)

# Tables in the order their rows may be written (each only refers to those before it,
# except actions carried forward from other actions in the same document).
_WRITE_ORDER = codec.WRITE_ORDER

# -- values (their JSON form is services/codec.py's) -------------------------------------

# services/bundles.py checks an erasure's moment by this name.
_parses = codec.parses


def _record_json(kind: _Kind, obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for spec in kind.fields:
        node = out
        for step in spec.path[:-1]:
            node = node.setdefault(step, {})
        node[spec.path[-1]] = codec.to_json(spec, getattr(obj, spec.attr))
    return out


_MISSING = object()


def _lookup(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = data
    for step in path:
        if not isinstance(node, dict) or step not in node:
            return _MISSING
        node = node[step]
    return node


# -- loading ------------------------------------------------------------------------------


def load_document(path: Path) -> dict[str, Any]:
    """Read a caseconf.v1 file. Unreadable files and invalid JSON raise InvalidInput."""
    from caseconf_desktop.services import files

    path = Path(path)
    raw = files.read_user_file(path, files.DOCUMENT)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise errors.InvalidInput(
            _tr("{path} is not UTF-8 text, so it is not a caseconf.v1 file.").format(path=path)
        ) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise errors.InvalidInput(
            _tr("{path} is not valid JSON: {problem} at line {line}, column {column}.").format(
                path=path, problem=exc.msg, line=exc.lineno, column=exc.colno
            )
        ) from exc
    except RecursionError as exc:
        raise errors.InvalidInput(
            _tr("{path} is nested too deeply to be a caseconf.v1 document.").format(path=path)
        ) from exc
    if not isinstance(document, dict):
        raise errors.InvalidInput(
            _tr("{path} is not a caseconf.v1 document: its top level is not a JSON object.").format(
                path=path
            )
        )
    return document


# -- schema validation ---------------------------------------------------------------------

# What each named definition of the schema means, for messages in the domain's words.
_DEF_MESSAGES: dict[str, str] = {
    "format": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not a format this version reads (caseconf.v1)"
    ),
    "id": QT_TRANSLATE_NOOP("Interchange", "{value} is not an id (1 to 128 characters)"),
    "date": QT_TRANSLATE_NOOP("Interchange", "{value} is not a date (YYYY-MM-DD)"),
    "datetime": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not a date and time (YYYY-MM-DDTHH:MM:SS+00:00)"
    ),
    "attendee_identity": QT_TRANSLATE_NOOP("Interchange", "needs a person_id or a name"),
    "tlp": QT_TRANSLATE_NOOP("Interchange", "{value} is not a TLP label"),
    "agency_kind": QT_TRANSLATE_NOOP("Interchange", "{value} is not an agency kind"),
    "case_status": QT_TRANSLATE_NOOP("Interchange", "{value} is not a case status"),
    "conference_status": QT_TRANSLATE_NOOP("Interchange", "{value} is not a conference status"),
    "section": QT_TRANSLATE_NOOP("Interchange", "{value} is not an agenda section"),
    "entry_kind": QT_TRANSLATE_NOOP("Interchange", "{value} is not an entry kind"),
    "attendance_status": QT_TRANSLATE_NOOP("Interchange", "{value} is not an attendance status"),
    "attendee_role": QT_TRANSLATE_NOOP("Interchange", "{value} is not an attendee role"),
    "risk_level": QT_TRANSLATE_NOOP("Interchange", "{value} is not a risk level"),
    "change_direction": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not a direction of risk change"
    ),
    "need_domain": QT_TRANSLATE_NOOP("Interchange", "{value} is not a need domain"),
    "need_level": QT_TRANSLATE_NOOP("Interchange", "{value} is not a need level"),
    "need_status": QT_TRANSLATE_NOOP("Interchange", "{value} is not a need status"),
    "intervention_kind": QT_TRANSLATE_NOOP("Interchange", "{value} is not an intervention kind"),
    "intervention_status": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not an intervention status"
    ),
    "engagement": QT_TRANSLATE_NOOP("Interchange", "{value} is not an engagement level"),
    "action_status": QT_TRANSLATE_NOOP("Interchange", "{value} is not an action status"),
    "not_done_reason": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not a reason for an action not done"
    ),
    "consent_kind": QT_TRANSLATE_NOOP("Interchange", "{value} is not a consent kind"),
    "consent_state": QT_TRANSLATE_NOOP("Interchange", "{value} is not a consent state"),
    "goal_status": QT_TRANSLATE_NOOP("Interchange", "{value} is not a goal status"),
    "responsibility_domain": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not a responsibility domain"
    ),
}

_TYPE_MESSAGES: dict[str, str] = {
    "string": QT_TRANSLATE_NOOP("Interchange", "{value} is not text"),
    "integer": QT_TRANSLATE_NOOP("Interchange", "{value} is not a whole number"),
    "boolean": QT_TRANSLATE_NOOP("Interchange", "{value} is not true or false"),
    "array": QT_TRANSLATE_NOOP("Interchange", "{value} is not a list"),
    "object": QT_TRANSLATE_NOOP("Interchange", "{value} is not an object"),
}


class _Schema:
    """The shipped schema, loaded once, with its definitions indexed for messages."""

    _instance: _Schema | None = None

    def __init__(self) -> None:
        from jsonschema import Draft202012Validator

        text = (
            resources.files("caseconf_desktop.resources")
            .joinpath(SCHEMA_FILE)
            .read_text(encoding="utf-8")
        )
        self.schema: dict[str, Any] = json.loads(text)
        Draft202012Validator.check_schema(self.schema)
        # Validate against a copy whose "$ref"s point straight at the definition objects:
        # resolving references dominated the time of importing a large document (jsonschema
        # looks each one up again for every record). Same definitions, same messages.
        working = json.loads(text)
        self.validator = Draft202012Validator(_inline_refs(working, working["$defs"]))
        self.defs: dict[int, str] = {id(sub): name for name, sub in working["$defs"].items()}

    @classmethod
    def get(cls) -> _Schema:
        if cls._instance is None:
            cls._instance = _Schema()
        return cls._instance


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """Replace local "$ref"s by the definition objects themselves (shared, not copied)."""
    prefix = "#/$defs/"
    if isinstance(node, list):
        return [_inline_refs(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    for key, value in list(node.items()):
        if key != "$defs":
            node[key] = _inline_refs(value, defs)
    if key_ref := node.get("$ref"):
        if not (isinstance(key_ref, str) and key_ref.startswith(prefix)):
            return node
        target = defs[key_ref[len(prefix) :]]
        rest = {k: v for k, v in node.items() if k not in ("$ref", "description")}
        return {"allOf": [target], **rest} if rest else target
    if "$defs" in node:
        for name, sub in list(node["$defs"].items()):
            _inline_refs(sub, defs)
            node["$defs"][name] = sub
    return node


def load_schema() -> dict[str, Any]:
    """The caseconf.v1 JSON Schema as shipped (a copy; callers may change it)."""
    copied: dict[str, Any] = json.loads(json.dumps(_Schema.get().schema))
    return copied


def _show(value: Any) -> str:
    """A value as it appears in a message: short, on one line."""
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:57] + "…")
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _schema_problems(document: Any) -> list[tuple[FieldPath, str]]:
    schema = _Schema.get()
    out: list[tuple[FieldPath, str]] = []
    for error in schema.validator.iter_errors(document):
        out.extend(_describe(schema, error))
    return out


def _describe(schema: _Schema, error: Any) -> Iterator[tuple[FieldPath, str]]:  # noqa: C901
    path: FieldPath = tuple(error.absolute_path)
    validator = error.validator
    instance = error.instance
    def_name = schema.defs.get(id(error.schema))
    if def_name in _DEF_MESSAGES:
        yield path, _tr(_DEF_MESSAGES[def_name]).format(value=_show(instance))
        return
    if validator in ("anyOf", "oneOf"):
        # A nullable field: report why the non-null alternative did not fit.
        for sub in error.context or ():
            if sub.validator == "type" and sub.validator_value == "null":
                continue
            yield from _describe(schema, sub)
        return
    if validator == "required":
        for name in error.validator_value:
            if isinstance(instance, dict) and name not in instance:
                yield (*path, name), _tr("is required")
        return
    if validator == "additionalProperties":
        known = error.schema.get("properties", {})
        for name in instance:
            if name not in known:
                yield (*path, name), _tr("is not a caseconf.v1 field here")
        return
    value = _show(instance)
    if validator == "type":
        expected = error.validator_value
        if isinstance(expected, list):
            expected = next((t for t in expected if t != "null"), "string")
        template = _TYPE_MESSAGES.get(
            expected, QT_TRANSLATE_NOOP("Interchange", "{value} is wrong")
        )
        yield path, _tr(template).format(value=value)
    elif validator == "minLength":
        yield path, _tr("must not be empty")
    elif validator == "maxLength":
        yield path, _tr("is longer than {limit} characters").format(limit=error.validator_value)
    elif validator == "minimum":
        yield (
            path,
            _tr("{value} is less than {limit}").format(value=value, limit=error.validator_value),
        )
    elif validator == "maximum":
        yield (
            path,
            _tr("{value} is more than {limit}").format(value=value, limit=error.validator_value),
        )
    elif validator == "uniqueItems":
        yield path, _tr("lists the same value twice")
    else:
        yield path, _tr("{value} is not allowed here ({rule})").format(value=value, rule=validator)


# -- semantic validation and the import plan ------------------------------------------------


@dataclass(slots=True)
class _Record:
    kind: _Kind
    path: FieldPath
    data: dict[str, Any]
    context: dict[str, str | None]

    @property
    def id(self) -> str | None:
        value = self.data.get("id")
        return value if isinstance(value, str) and value else None


def _collect(
    kind: _Kind, items: Any, path: FieldPath, context: dict[str, str | None], out: list[_Record]
) -> None:
    if not isinstance(items, list):
        return
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        record = _Record(kind, (*path, index), item, context)
        out.append(record)
        if kind.scope is not None:
            inner = {**context, kind.scope: record.id}
            if kind.scope == "case_id":
                inner["conference_id"] = None
            for child in kind.children:
                _collect(child, item.get(child.key), (*path, index, child.key), inner, out)


_TARGET_MESSAGES: dict[str, str] = {
    "agencies": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not an agency in this document or the vault"
    ),
    "people": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not a person in this document or the vault"
    ),
    "conferences": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not a conference in this document or the vault"
    ),
    "actions": QT_TRANSLATE_NOOP(
        "Interchange", "{value} is not an action in this document or the vault"
    ),
}


class _Plan:
    """Checks a document against itself and the vault, then turns it into rows to write."""

    def __init__(self, vault: Vault, document: dict[str, Any]) -> None:
        self.vault = vault
        self.document = document
        self.problems: list[tuple[FieldPath, str]] = []
        self.records: list[_Record] = []
        for kind in _KINDS:
            _collect(kind, document.get(kind.key), (kind.key,), {}, self.records)
        self.existing: dict[str, dict[str, Any]] = {}
        self.glossary_ids: dict[str, str] = {}  # document id -> vault id of the same term

    def problem(self, path: FieldPath, template: str, **values: Any) -> None:
        self.problems.append((path, _tr(template).format(**values)))

    def check(self) -> None:
        if not self._check_text():
            # Text that is no Unicode cannot even be looked up in the vault; what is wrong
            # with it is reported, and the checks against the vault wait for a fixed file.
            return
        self._check_ids_and_values()
        self._load_existing()
        self._check_references()
        self._check_owners()
        self._check_case_references()
        self._check_search_ids()
        self._check_glossary()

    def _check_text(self) -> bool:
        """False when some text cannot be stored (a lone surrogate); each one is reported."""
        # JSON may spell a lone UTF-16 surrogate (backslash-u-d800), which is no character
        # and cannot be stored; one quick pass finds out whether a slow search is needed.
        try:
            json.dumps(self.document, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            for path in _unencodable(self.document, ()):
                self.problem(
                    path,
                    QT_TRANSLATE_NOOP(
                        "Interchange", "contains a character that is not valid Unicode text"
                    ),
                )
            return False
        return True

    def _check_ids_and_values(self) -> None:
        seen: dict[str, FieldPath] = {}
        for record in self.records:
            rid = record.id
            if rid is not None:
                if rid in seen:
                    self.problem(
                        (*record.path, "id"),
                        QT_TRANSLATE_NOOP(
                            "Interchange", "{value} is used twice in the document (also at {other})"
                        ),
                        value=_show(rid),
                        other=format_path((*seen[rid], "id")),
                    )
                else:
                    seen[rid] = record.path
            for spec in record.kind.fields:
                if spec.shape not in ("date", "datetime"):
                    continue
                value = _lookup(record.data, spec.path)
                if isinstance(value, str) and not codec.parses(spec.shape, value):
                    self.problem(
                        (*record.path, *spec.path),
                        _DEF_MESSAGES[spec.shape],
                        value=_show(value),
                    )
        self.defined: dict[str, set[str]] = {}
        for record in self.records:
            if record.id is not None:
                self.defined.setdefault(record.kind.table.name, set()).add(record.id)

    def _load_existing(self) -> None:
        for table in _WRITE_ORDER:
            ids = self.defined.get(table.name, set())
            self.existing[table.name] = {
                obj.id: obj for obj in bulk.objects_in(self.vault, table, "id", ids)
            }

    def _check_references(self) -> None:
        wanted: dict[str, list[tuple[FieldPath, str]]] = {}
        for record in self.records:
            for spec in record.kind.fields:
                if spec.target is None:
                    continue
                value = _lookup(record.data, spec.path)
                if isinstance(value, str) and value not in self.defined.get(spec.target, ()):
                    wanted.setdefault(spec.target, []).append(((*record.path, *spec.path), value))
        for target, uses in wanted.items():
            found = bulk.existing_ids(self.vault, target, (v for _, v in uses))
            for path, value in uses:
                if value not in found:
                    self.problem(path, _TARGET_MESSAGES[target], value=_show(value))

    def _check_owners(self) -> None:
        for record in self.records:
            kind = record.kind
            rid = record.id
            if kind.owner is None or rid is None:
                continue
            stored = self.existing[kind.table.name].get(rid)
            expected = record.context.get(kind.owner)
            if stored is None or expected is None or getattr(stored, kind.owner) == expected:
                continue
            template = (
                QT_TRANSLATE_NOOP("Interchange", "{value} belongs to another case in the vault")
                if kind.owner == "case_id"
                else QT_TRANSLATE_NOOP(
                    "Interchange", "{value} belongs to another conference in the vault"
                )
            )
            self.problem((*record.path, "id"), template, value=_show(rid))

    def _check_case_references(self) -> None:
        seen: dict[str, FieldPath] = {}
        mine: list[tuple[FieldPath, str, str | None]] = []
        for record in self.records:
            if record.kind is not _CASE:
                continue
            reference = record.data.get("reference")
            if not isinstance(reference, str) or not reference:
                continue
            path = (*record.path, "reference")
            if reference in seen:
                self.problem(
                    path,
                    QT_TRANSLATE_NOOP(
                        "Interchange", "{value} is used twice in the document (also at {other})"
                    ),
                    value=_show(reference),
                    other=format_path(seen[reference]),
                )
                continue
            seen[reference] = path
            mine.append((path, reference, record.id))
        owners = bulk.case_ids_by_reference(self.vault, (ref for _, ref, _ in mine))
        for path, reference, case_id in mine:
            owner = owners.get(reference)
            if owner is not None and owner != case_id:
                self.problem(
                    path,
                    QT_TRANSLATE_NOOP(
                        "Interchange", "{value} already belongs to another case in the vault"
                    ),
                    value=_show(reference),
                )

    def _check_search_ids(self) -> None:
        # Cases and entries share one id space in the search index: an entry may not take
        # the id of a stored case, nor a case that of a stored entry.
        for kind in (_CASE, _ENTRY):
            ids = {r.id for r in self.records if r.kind is kind and r.id is not None}
            fresh = ids - self.existing[kind.table.name].keys()
            taken = bulk.ids_in_search_index(self.vault, fresh)
            for record in self.records:
                if record.kind is kind and record.id in taken:
                    self.problem(
                        (*record.path, "id"),
                        QT_TRANSLATE_NOOP(
                            "Interchange",
                            "{value} is already the id of another record in the vault",
                        ),
                        value=_show(record.id),
                    )

    def _check_glossary(self) -> None:
        terms = [r for r in self.records if r.kind is _GLOSSARY and r.id is not None]
        if not terms:
            return
        stored = {(g.term, g.language): g for g in GLOSSARY.where(self.vault)}
        existing = self.existing[GLOSSARY.name]
        doc_ids = {r.id for r in terms}
        seen: dict[tuple[str, str], FieldPath] = {}
        for record in terms:
            rid = record.id
            assert rid is not None
            term = record.data.get("term")
            language = record.data.get(
                "language", existing[rid].language if rid in existing else "en"
            )
            if not isinstance(term, str) or not isinstance(language, str):
                continue
            key = (term, language)
            path = (*record.path, "term")
            if key in seen:
                self.problem(
                    path,
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "{value} ({language}) is used twice in the document (also at {other})",
                    ),
                    value=_show(term),
                    language=language,
                    other=format_path(seen[key]),
                )
                continue
            seen[key] = path
            twin = stored.get(key)
            if twin is None or twin.id == rid:
                continue
            if rid in existing or twin.id in doc_ids:
                self.problem(
                    path,
                    QT_TRANSLATE_NOOP(
                        "Interchange", "{value} ({language}) is already another term in the vault"
                    ),
                    value=_show(term),
                    language=language,
                )
            else:
                # The same agreed term under another id (each vault seeds its own glossary):
                # update the vault's entry rather than adding a twin.
                self.glossary_ids[rid] = twin.id
                existing[twin.id] = twin

    # -- building rows ----------------------------------------------------------------------

    def rows(self) -> tuple[dict[str, list[Any]], int, int]:
        """Objects to upsert per table, and the counts of records created and updated."""
        out: dict[str, list[Any]] = {t.name: [] for t in _WRITE_ORDER}
        created = updated = 0
        for record in self.records:
            kind = record.kind
            rid = record.id
            assert rid is not None
            rid = self.glossary_ids.get(rid, rid) if kind is _GLOSSARY else rid
            values: dict[str, Any] = {"id": rid}
            for name in kind.implied:
                values[name] = record.context.get(name)
            for spec in kind.fields:
                if spec.attr == "id":
                    continue
                raw = _lookup(record.data, spec.path)
                if raw is not _MISSING:
                    values[spec.attr] = codec.from_json(spec, raw)
            stored = self.existing[kind.table.name].get(rid)
            if stored is None:
                created += 1
                obj = kind.table.cls(**values)
            else:
                updated += 1
                obj = dataclasses.replace(stored, **values)
            out[kind.table.name].append(obj)
        return out, created, updated


def _unencodable(node: Any, path: FieldPath) -> Iterator[FieldPath]:
    """Paths of the strings (values or field names) that cannot be encoded as UTF-8."""

    def bad(text: str) -> bool:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False

    if isinstance(node, str):
        if bad(node):
            yield path
    elif isinstance(node, dict):
        for key, value in node.items():
            if bad(key):
                yield (*path, key.encode("utf-8", "backslashreplace").decode("ascii"))
            else:
                yield from _unencodable(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _unencodable(value, (*path, index))


def format_path(path: FieldPath) -> str:
    """``('cases', 0, 'reference')`` -> ``cases[0].reference``."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        elif not step.isidentifier():
            text += f"[{step!r}]"  # an unknown field with an odd name, shown quoted
        else:
            text += f".{step}" if text else step
    return text or _tr("document")


def _position(document: Any, path: FieldPath) -> tuple[int, ...]:
    """Where a path sits in the document, so that problems are listed in reading order."""
    key: list[int] = [0 if path[:1] == ("format",) else 1]
    node = document
    for step in path:
        if isinstance(node, dict):
            keys = list(node)
            # A missing field is reported before the fields that are there.
            key.append(keys.index(step) if step in node else -1)
            node = node.get(step)
        elif isinstance(node, list) and isinstance(step, int):
            key.append(step)
            node = node[step] if step < len(node) else None
        else:
            key.append(0)
            node = None
    return tuple(key)


def _sorted_problems(document: Any, found: Iterable[tuple[FieldPath, str]]) -> list[str]:
    unique: dict[FieldPath, str] = {}
    for path, text in found:
        unique.setdefault(path, text)
    ordered = sorted(unique.items(), key=lambda item: _position(document, item[0]))
    return [_one_line(f"{format_path(path)}: {text}") for path, text in ordered]


def _one_line(text: str) -> str:
    """Escape line breaks and other unprintable characters a document smuggled into a message."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


# -- import -------------------------------------------------------------------------------


def _shape_problems(document: Any) -> list[tuple[FieldPath, str]]:
    """Nesting too deep, text too long, NUL characters: found in one pass without recursion.

    Checked before anything else, so that no later step (the schema, messages, the
    database) ever sees a document that could exhaust the stack or memory.
    """
    out: list[tuple[FieldPath, str]] = []
    stack: list[tuple[Any, FieldPath]] = [(document, ())]
    while stack and len(out) < 20:
        node, path = stack.pop()
        if isinstance(node, str):
            if len(node) > MAX_TEXT:
                out.append((path, _tr("is longer than {limit} characters").format(limit=MAX_TEXT)))
            elif "\0" in node:
                out.append((path, _tr("contains a NUL character")))
            continue
        if not isinstance(node, dict | list):
            continue
        if len(path) >= MAX_DEPTH:
            out.append((path, _tr("is nested too deeply for a caseconf.v1 document")))
            continue
        if isinstance(node, dict):
            for key, value in node.items():
                step = key if isinstance(key, str) else str(key)
                if len(step) > 128 or "\0" in step:
                    out.append((path, _tr("has a field name that is not a caseconf.v1 field")))
                    continue
                stack.append((value, (*path, step)))
        else:
            stack.extend((value, (*path, i)) for i, value in enumerate(node))
    return out


def _sorted_shape_problems(document: Any, found: list[tuple[FieldPath, str]]) -> list[str]:
    # Paths of a document too deep to sort by position are listed as found.
    return [_one_line(f"{format_path(p)}: {t}") for p, t in found]


_ATTENDANCE_IDS = uuid.UUID("6f1c2a8e-5d0b-4c1e-9a57-2b4f0e8d3c11")


def derive_attendance_ids(document: Any) -> Any:
    """Give attendance rows without an id a stable one, from their conference and person.

    Another system may push the documented fields only: an attendance row names a person
    (``person_id``) or a lay attendee (``name``) but has no id of its own. The id is derived
    (UUID 5 of the conference id and the person id or the normalised name), so importing the
    same document twice updates the same rows. Rows with nothing to derive from are left for
    validation to refuse. Returns a copy; the caller's document is not changed.
    """
    if not isinstance(document, dict) or not isinstance(document.get("cases"), list):
        return document
    # Copied only along cases -> conferences -> attendance (never deeply: a hostile document
    # may nest thousands of levels, which the shape checks refuse afterwards).
    out = dict(document)
    out["cases"] = [dict(c) if isinstance(c, dict) else c for c in document["cases"]]
    for case in out["cases"]:
        conferences = case.get("conferences") if isinstance(case, dict) else None
        if not isinstance(conferences, list):
            continue
        case["conferences"] = [dict(c) if isinstance(c, dict) else c for c in conferences]
        for conf in case["conferences"]:
            rows = conf.get("attendance") if isinstance(conf, dict) else None
            if not isinstance(rows, list) or not isinstance(conf.get("id"), str):
                continue
            conf["attendance"] = [dict(r) if isinstance(r, dict) else r for r in rows]
            for row in conf["attendance"]:
                if not isinstance(row, dict) or "id" in row:
                    continue
                who = row.get("person_id") or row.get("name")
                if isinstance(who, str) and who.strip():
                    key = who if row.get("person_id") else " ".join(who.casefold().split())
                    row["id"] = str(uuid.uuid5(_ATTENDANCE_IDS, f"{conf['id']}\n{key}"))
    return out


def validate(vault: Vault, document: Any) -> list[str]:
    """Every problem that would stop ``document`` from importing (empty when it is valid)."""
    document = derive_attendance_ids(document)
    shape = _shape_problems(document)
    if shape:
        return _sorted_shape_problems(document, shape)
    found = _schema_problems(document)
    if isinstance(document, dict):
        plan = _Plan(vault, document)
        plan.check()
        found.extend(plan.problems)
    return _sorted_problems(document, found)


def import_document(vault: Vault, document: dict[str, Any]) -> ImportResult:
    """Validate the whole document, then create or update its records in one transaction."""
    document = derive_attendance_ids(document)
    shape = _shape_problems(document)
    if shape:
        raise InvalidDocument(_sorted_shape_problems(document, shape))
    found = _schema_problems(document)
    if not isinstance(document, dict):
        raise InvalidDocument(_sorted_problems(document, found))
    with vault.transaction():
        # Checked inside the write transaction, so what was checked is what is written to.
        plan = _Plan(vault, document)
        plan.check()
        problems = _sorted_problems(document, [*found, *plan.problems])
        if problems:
            raise InvalidDocument(problems)
        rows, created, updated = plan.rows()
        # An action may be carried forward from another action later in the same document.
        bulk.defer_foreign_keys(vault)
        for table in _WRITE_ORDER:
            table.upsert_many(vault, rows[table.name])
        cases = len(rows[CASES.name])
        audit.append(
            vault,
            "interchange.imported",
            "document",
            _digest(document),
            detail={"cases": str(cases), "created": str(created), "updated": str(updated)},
        )
    return ImportResult(cases=cases, created=created, updated=updated)


def _digest(document: dict[str, Any]) -> str:
    """An id for the imported document (its SHA-256), so the audit row names no content."""
    canonical = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# -- export -------------------------------------------------------------------------------


def export_document(vault: Vault, references: list[str]) -> dict[str, Any]:
    """The cases with these references as one caseconf.v1 document (each export audited)."""
    chosen: list[Case] = [
        case_service.get_by_reference(vault, ref) for ref in dict.fromkeys(references)
    ]
    with vault.transaction():
        document = _build_document(vault, chosen)
        for case in chosen:
            audit.append(
                vault, "case.exported", "case", case.id, case_id=case.id, detail={"format": FORMAT}
            )
    return document


def export_json(vault: Vault, reference: str) -> str:
    """One case as pretty-printed caseconf.v1 JSON text."""
    document = export_document(vault, [reference])
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _build_document(vault: Vault, chosen: list[Case]) -> dict[str, Any]:
    case_ids = [c.id for c in chosen]
    by_parent: dict[tuple[str, str], list[Any]] = {}
    exported: list[tuple[_Kind, Any]] = [(_CASE, c) for c in chosen]

    def gather(kinds: Iterable[_Kind], column: str, parents: list[str]) -> None:
        for kind in kinds:
            if kind.table is ACTIONS:
                continue  # fetched once per case below, then split by conference
            objs = bulk.objects_in(vault, kind.table, column, parents)
            for obj in objs:
                by_parent.setdefault((kind.key, getattr(obj, column)), []).append(obj)
            exported.extend((kind, o) for o in objs)

    gather(_CASE.children, "case_id", case_ids)
    conference_ids = [c.id for key, cs in by_parent.items() if key[0] == "conferences" for c in cs]
    gather(_CONFERENCE.children, "conference_id", conference_ids)
    known_conferences = set(conference_ids)
    for action in bulk.objects_in(vault, ACTIONS, "case_id", case_ids):
        parent = action.conference_id if action.conference_id in known_conferences else None
        by_parent.setdefault(("actions", parent or action.case_id), []).append(action)
        exported.append((_CASE_ACTION, action))

    def record(kind: _Kind, obj: Any) -> dict[str, Any]:
        data = _record_json(kind, obj)
        for child in kind.children:
            children = sorted(by_parent.get((child.key, obj.id), []), key=child.sort)
            data[child.key] = [record(child, c) for c in children]
        return data

    agencies, people = _referenced(vault, exported)
    return {
        "format": FORMAT,
        "exported_at": utcnow().isoformat(),
        "agencies": [record(_AGENCY, a) for a in sorted(agencies, key=_AGENCY.sort)],
        "people": [record(_PERSON, p) for p in sorted(people, key=_PERSON.sort)],
        "glossary": [
            record(_GLOSSARY, g) for g in sorted(GLOSSARY.where(vault), key=_GLOSSARY.sort)
        ],
        "cases": [record(_CASE, c) for c in chosen],
    }


def _referenced(vault: Vault, exported: list[tuple[_Kind, Any]]) -> tuple[list[Any], list[Any]]:
    """The agencies and people the exported records refer to, and those people's agencies."""
    wanted: dict[str, set[str]] = {"agencies": set(), "people": set()}
    for kind, obj in exported:
        for spec in kind.fields:
            if spec.target in wanted and getattr(obj, spec.attr) is not None:
                wanted[spec.target].add(getattr(obj, spec.attr))
    people = bulk.objects_in(vault, PEOPLE, "id", wanted["people"])
    wanted["agencies"].update(p.agency_id for p in people if p.agency_id is not None)
    agencies = bulk.objects_in(vault, AGENCIES, "id", wanted["agencies"])
    return agencies, people

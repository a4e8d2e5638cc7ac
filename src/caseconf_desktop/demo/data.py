"""The invented material the demo is made from, read from ``resources/demo/*.json``.

Four files, each a table of made-up content: ``partnership.json`` (agencies, their staff and
who leads on what), ``people.json`` (names of subjects and families by script, pseudonyms,
family relationships), ``case_file.json`` (legal situations, goals, needs, risks) and
``conference.json`` (what is said at a conference, actions, review notes). Enum-valued fields
hold the enums' values and are read back as enums here, so a misspelt value fails on
loading. Lists keep their order in the files, and the generator draws from them in that
order: reordering a list changes the demo a seed makes.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from caseconf_desktop.domain.enums import (
    ActionStatus,
    AgencyKind,
    ConsentKind,
    EntryKind,
    InterventionKind,
    NeedDomain,
    NotDoneReason,
    ResponsibilityDomain,
    Section,
)

PACKAGE = "caseconf_desktop.resources"
FOLDER = "demo"


@dataclass(frozen=True, slots=True)
class AgencySpec:
    name: str
    kind: AgencyKind
    short: str  # how minutes texts name it: "the prison", "probation"
    people: tuple[tuple[str, str], ...]  # (name, role title)


@dataclass(frozen=True, slots=True)
class NamePool:
    """First names and surnames of one script; a surname as (male form, female form)."""

    weight: float
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Relationship:
    name: str
    gender: str  # "female", "male", or "either" (drawn, mostly female)
    own_surname: bool  # a partner has their own family name


@dataclass(frozen=True, slots=True)
class Legal:
    status: str
    weight: float
    custody: bool
    lead: AgencyKind
    sentenced: bool
    released: bool
    establishment: str  # where everyone in this situation is held ("" if it varies)


@dataclass(frozen=True, slots=True)
class ActionText:
    text: str
    owner: AgencyKind
    for_subject: bool


@dataclass(frozen=True, slots=True)
class DemoData:
    # the partnership
    country: str
    phone_prefix: str
    agencies: tuple[AgencySpec, ...]
    responsibility_agencies: dict[ResponsibilityDomain, tuple[AgencyKind, ...]]
    need_owner: dict[NeedDomain, AgencyKind]
    intervention_provider: dict[InterventionKind, AgencyKind]
    # people
    names: dict[str, NamePool]
    codewords: tuple[str, ...]
    relationships_adult: tuple[Relationship, ...]
    relationships_minor: tuple[Relationship, ...]
    # the case file
    legal: tuple[Legal, ...]
    establishments_custody: tuple[str, ...]
    establishments_community: tuple[str, ...]
    programmes: tuple[str, ...]
    goals: tuple[str, ...]
    family_involvement: tuple[str, ...]
    family_support_offered: tuple[str, ...]
    safeguarding: tuple[str, ...]
    consent_scope: dict[ConsentKind, str]
    need_notes: dict[NeedDomain, tuple[str, ...]]
    intervention_notes: tuple[str, ...]
    risk_frameworks: tuple[str, ...]
    risk_rationale: tuple[str, ...]
    known_unknowns: tuple[str, ...]
    case_phrases: dict[str, str]
    # the conference
    places: tuple[str, ...]
    slots: dict[str, tuple[str, ...]]
    texts: dict[tuple[Section, EntryKind], tuple[str, ...]]
    follow_ups: tuple[str, ...]
    rare_details: tuple[str, ...]
    rationales: tuple[str, ...]
    actions: tuple[ActionText, ...]
    review_notes: dict[ActionStatus, tuple[str, ...]]
    not_done_notes: dict[NotDoneReason, tuple[str, ...]]
    conference_phrases: dict[str, str]


def _read(name: str) -> dict[str, Any]:
    text = resources.files(PACKAGE).joinpath(FOLDER, name).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"{FOLDER}/{name} holds no JSON object")
    return data


def _strings(values: list[Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


def _relationship(raw: dict[str, Any]) -> Relationship:
    gender = str(raw["gender"])
    if gender not in ("female", "male", "either"):
        raise ValueError(f"{FOLDER}/people.json: unknown gender {gender!r}")
    return Relationship(str(raw["name"]), gender, bool(raw.get("own_surname", False)))


@functools.cache
def load() -> DemoData:
    """The demo material (read once)."""
    partnership = _read("partnership.json")
    people = _read("people.json")
    case_file = _read("case_file.json")
    conference = _read("conference.json")
    return DemoData(
        country=str(partnership["country"]),
        phone_prefix=str(partnership["phone_prefix"]),
        agencies=tuple(
            AgencySpec(
                str(a["name"]),
                AgencyKind(a["kind"]),
                str(a["short"]),
                tuple((str(p["name"]), str(p["title"])) for p in a["people"]),
            )
            for a in partnership["agencies"]
        ),
        responsibility_agencies={
            ResponsibilityDomain(k): tuple(AgencyKind(a) for a in v)
            for k, v in partnership["responsibility_agencies"].items()
        },
        need_owner={NeedDomain(k): AgencyKind(v) for k, v in partnership["need_owner"].items()},
        intervention_provider={
            InterventionKind(k): AgencyKind(v)
            for k, v in partnership["intervention_provider"].items()
        },
        names={
            str(script): NamePool(
                float(pool["weight"]),
                _strings(pool["male"]),
                _strings(pool["female"]),
                tuple((str(m), str(f)) for m, f in pool["surnames"]),
            )
            for script, pool in people["scripts"].items()
        },
        codewords=_strings(people["codewords"]),
        relationships_adult=tuple(_relationship(r) for r in people["relationships"]["adult"]),
        relationships_minor=tuple(_relationship(r) for r in people["relationships"]["minor"]),
        legal=tuple(
            Legal(
                str(item["status"]),
                float(item["weight"]),
                bool(item["custody"]),
                AgencyKind(item["lead"]),
                bool(item["sentenced"]),
                bool(item["released"]),
                str(item.get("establishment", "")),
            )
            for item in case_file["legal"]
        ),
        establishments_custody=_strings(case_file["establishments"]["custody"]),
        establishments_community=_strings(case_file["establishments"]["community"]),
        programmes=_strings(case_file["programmes"]),
        goals=_strings(case_file["goals"]),
        family_involvement=_strings(case_file["family_involvement"]),
        family_support_offered=_strings(case_file["family_support_offered"]),
        safeguarding=_strings(case_file["safeguarding"]),
        consent_scope={ConsentKind(k): str(v) for k, v in case_file["consent_scope"].items()},
        need_notes={NeedDomain(k): _strings(v) for k, v in case_file["need_notes"].items()},
        intervention_notes=_strings(case_file["intervention_notes"]),
        risk_frameworks=_strings(case_file["risk_frameworks"]),
        risk_rationale=_strings(case_file["risk_rationale"]),
        known_unknowns=_strings(case_file["known_unknowns"]),
        case_phrases={str(k): str(v) for k, v in case_file["phrases"].items()},
        places=_strings(conference["places"]),
        slots={str(k): _strings(v) for k, v in conference["slots"].items()},
        texts={
            (Section(section), EntryKind(kind)): _strings(texts)
            for section, by_kind in conference["texts"].items()
            for kind, texts in by_kind.items()
        },
        follow_ups=_strings(conference["follow_ups"]),
        rare_details=_strings(conference["rare_details"]),
        rationales=_strings(conference["rationales"]),
        actions=tuple(
            ActionText(str(a["text"]), AgencyKind(a["owner"]), bool(a["for_subject"]))
            for a in conference["actions"]
        ),
        review_notes={ActionStatus(k): _strings(v) for k, v in conference["review_notes"].items()},
        not_done_notes={
            NotDoneReason(k): _strings(v) for k, v in conference["not_done_notes"].items()
        },
        conference_phrases={str(k): str(v) for k, v in conference["phrases"].items()},
    )

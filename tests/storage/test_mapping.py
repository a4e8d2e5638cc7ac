"""Every Table mapper writes every field of its dataclass and reads back the same value and type."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    AgencyKind,
    AttendanceStatus,
    AttendeeRole,
    CaseStatus,
    ChangeDirection,
    ConferenceStatus,
    ConsentKind,
    ConsentState,
    Engagement,
    EntryKind,
    GoalStatus,
    InterventionKind,
    InterventionStatus,
    NeedDomain,
    NeedLevel,
    NeedStatus,
    NotDoneReason,
    ResponsibilityDomain,
    RiskLevel,
    Section,
)
from caseconf_desktop.storage import mapping
from caseconf_desktop.storage.vault import Vault

ALL_TABLES: dict[str, mapping.Table[Any]] = {
    t.name: t for t in vars(mapping).values() if isinstance(t, mapping.Table)
}

MOMENT = datetime(2024, 11, 5, 9, 45, 30, 123456, tzinfo=UTC)


def samples() -> dict[str, Any]:
    """One record per table, every field set to something other than its default.

    Records refer to each other (in insertion order), so foreign keys hold.
    """
    agency = model.Agency(name="Nordstadt Probation «Ost»", kind=AgencyKind.PROBATION, country="DE")
    person = model.Person(
        name="Ilse Beispiel-Fiktiv",
        agency_id=agency.id,
        role_title="Case manager",
        email="ilse@example.invalid",
        phone="+49 000 000000",
    )
    case = model.Case(
        reference="MAP-0001",
        subject_name="Karl Erfunden",
        pseudonym="K. E.",
        date_of_birth=date(1991, 2, 28),
        legal_status="Licence",
        establishment="JVA Musterstadt",
        sentence_start=date(2019, 6, 1),
        release_date=date(2025, 1, 31),
        programme="Exit DE",
        lead_agency_id=agency.id,
        status=CaseStatus.PAUSED,
        review_frequency_days=42,
        retention_review_date=date(2031, 12, 31),
        created_at=MOMENT,
    )
    entry_id = model.new_id()
    conference = model.Conference(
        case_id=case.id,
        scheduled_for=MOMENT + timedelta(days=3),
        place="Room 2, Town Hall",
        template="release",
        status=ConferenceStatus.IN_PROGRESS,
        chair_id=person.id,
        facilitator_id=person.id,
        minute_taker_id=person.id,
        current_section=Section.RISK,
        started_at=MOMENT + timedelta(days=3, minutes=1),
        closed_at=MOMENT + timedelta(days=3, hours=2),
        next_conference_date=date(2025, 3, 1),
        summary="Plan agreed; 'quotes' and \"double quotes\" survive.",
    )
    parent_action = model.Action(case_id=case.id, description="Earlier action")
    return {
        "agencies": agency,
        "people": person,
        "cases": case,
        "conferences": conference,
        "_parent_action": parent_action,
        "responsibilities": model.Responsibility(
            case_id=case.id,
            domain=ResponsibilityDomain.SUPERVISION,
            agency_id=agency.id,
            person_id=person.id,
            note="Leads licence supervision",
        ),
        "goals": model.Goal(
            case_id=case.id,
            text="Stable housing",
            status=GoalStatus.ACHIEVED,
            agreed_on=date(2024, 4, 4),
            review_note="Tenancy signed",
            position=3,
        ),
        "family_members": model.FamilyMember(
            case_id=case.id,
            name="Greta Erfunden",
            relationship="Sister",
            involvement="Visits monthly",
            support_offered="Family counselling",
            is_minor=True,
            safeguarding_notes="None known",
        ),
        "consents": model.Consent(
            case_id=case.id,
            kind=ConsentKind.FAMILY_INVOLVEMENT,
            state=ConsentState.WITHDRAWN,
            recorded_on=date(2024, 8, 15),
            scope="Sister only",
            given_by="Subject",
        ),
        "attendance": model.Attendance(
            conference_id=conference.id,
            person_id=person.id,
            name="Ilse Beispiel-Fiktiv",
            agency_id=agency.id,
            role=AttendeeRole.FAMILY,
            status=AttendanceStatus.APOLOGIES,
            sent_information=True,
            sections=(Section.OPENING, Section.FAMILY, Section.CLOSING),
            in_room=True,
        ),
        "entries": model.Entry(
            conference_id=conference.id,
            section=Section.NEEDS,
            text="Needs a GP appointment",
            kind=EntryKind.DISSENT,
            tlp=TLP.AMBER_STRICT,
            source_agency_id=agency.id,
            shareable_with_subject=True,
            shareable_with_family=True,
            rationale="Disagrees with the risk level",
            dissenting_agency_id=agency.id,
            position=7,
            id=entry_id,
            created_at=MOMENT.astimezone(timezone(timedelta(hours=2))),
        ),
        "drafts": model.Draft(
            conference_id=conference.id,
            section=Section.FAMILY,
            text="Half-typed remark about the brother",
            kind=EntryKind.DECISION,
            tlp=TLP.RED,
            source_agency_id=agency.id,
            shareable_with_subject=True,
            shareable_with_family=True,
            rationale="Because",
            dissenting_agency_id=agency.id,
            entry_id=entry_id,
            updated_at=MOMENT,
        ),
        "risk_assessments": model.RiskAssessment(
            case_id=case.id,
            level=RiskLevel.VERY_HIGH,
            assessed_on=date(2024, 11, 8),
            conference_id=conference.id,
            framework="VERA-2R",
            domain_ratings={"beliefs": "high", "social": "low", "ümlaut": "ÿes"},
            rationale="New contacts",
            known_unknowns="Online activity",
            change=ChangeDirection.INCREASED,
            change_note="Since release",
            tlp=TLP.RED,
        ),
        "needs": model.Need(
            case_id=case.id,
            domain=NeedDomain.MENTAL_HEALTH,
            level=NeedLevel.HIGH,
            owner_agency_id=agency.id,
            status=NeedStatus.NOT_MET,
            notes="Waiting list",
        ),
        "interventions": model.Intervention(
            case_id=case.id,
            kind=InterventionKind.THEOLOGICAL_DIALOGUE,
            provider_agency_id=agency.id,
            provider="Dialogue Project",
            status=InterventionStatus.STOPPED,
            engagement=Engagement.PARTIAL,
            start_date=date(2024, 1, 10),
            end_date=date(2024, 9, 30),
            notes="Stopped by provider",
        ),
        "actions": model.Action(
            case_id=case.id,
            description="Arrange GP registration",
            conference_id=conference.id,
            owner_person_id=person.id,
            owner_agency_id=agency.id,
            due=date(2025, 5, 1),
            status=ActionStatus.NOT_DONE,
            not_done_reason=NotDoneReason.AGENCY_DID_NOT_ACT,
            review_note="Chased twice",
            reviewed_in_conference_id=conference.id,
            carried_forward_from_id=parent_action.id,
            for_subject=True,
            created_at=MOMENT,
        ),
        "glossary": model.GlossaryTerm(
            term="Disengagement", definition="Leaving the group", language="de"
        ),
    }


def insert_in_order(vault: Vault, records: dict[str, Any]) -> None:
    with vault.transaction():
        for name, obj in records.items():
            table = mapping.ACTIONS if name == "_parent_action" else ALL_TABLES[name]
            table.upsert(vault, obj)


def typed(value: Any) -> Any:
    """A value with its exact type, so a str is not mistaken for a StrEnum, nor 1 for True."""
    if isinstance(value, tuple):
        return ("tuple", tuple(typed(v) for v in value))
    if isinstance(value, dict):
        return ("dict", sorted((k, typed(v)) for k, v in value.items()))
    if isinstance(value, datetime):
        return (datetime, value, value.utcoffset())
    return (type(value), value)


def assert_same(got: Any, expected: Any) -> None:
    assert got == expected
    for f in dataclasses.fields(expected):
        assert typed(getattr(got, f.name)) == typed(getattr(expected, f.name)), f.name


def minimal(obj: Any) -> Any:
    """The same record (same id) with only its required fields; everything else default."""
    required = {
        f.name: getattr(obj, f.name)
        for f in dataclasses.fields(obj)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    return type(obj)(**required, id=obj.id)


def test_samples_cover_every_table() -> None:
    assert set(ALL_TABLES) == {k for k in samples() if not k.startswith("_")}


@pytest.mark.parametrize("name", sorted(ALL_TABLES))
def test_sample_sets_every_field_to_a_non_default_value(name: str) -> None:
    obj = samples()[name]
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.default is not dataclasses.MISSING:
            assert value != f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert value != f.default_factory(), f.name
        else:
            assert value not in (None, "", (), {}), f.name


@pytest.mark.parametrize("name", sorted(ALL_TABLES))
def test_table_round_trips_every_field(vault: Vault, name: str) -> None:
    records = samples()
    insert_in_order(vault, records)
    table = ALL_TABLES[name]
    obj = records[name]

    assert_same(table.get(vault, obj.id), obj)
    assert table.get(vault, "no-such-id") is None
    [found] = table.where(vault, "id = ?", (obj.id,))
    assert_same(found, obj)


@pytest.mark.parametrize("name", sorted(ALL_TABLES))
def test_upsert_of_an_existing_id_updates_every_column(vault: Vault, name: str) -> None:
    records = samples()
    insert_in_order(vault, records)
    table = ALL_TABLES[name]
    full = records[name]
    before = table.count(vault)

    bare = table.upsert(vault, minimal(full))
    assert_same(table.get(vault, full.id), bare)

    table.upsert(vault, full)
    assert_same(table.get(vault, full.id), full)
    assert table.count(vault) == before


def test_upsert_many_and_delete(vault: Vault) -> None:
    terms = [model.GlossaryTerm(term=f"Term {i}", definition=f"Meaning {i}") for i in range(5)]
    mapping.GLOSSARY.upsert_many(vault, terms)
    assert mapping.GLOSSARY.count(vault, "language = ?", ("en",)) == 5

    assert mapping.GLOSSARY.delete(vault, terms[0].id) is True
    assert mapping.GLOSSARY.delete(vault, terms[0].id) is False
    assert [t.term for t in mapping.GLOSSARY.where(vault, order="term")] == [
        f"Term {i}" for i in range(1, 5)
    ]


def test_columns_hold_iso_text_enum_values_and_json(vault: Vault) -> None:
    """SQL in services compares and filters these columns directly, so their form matters."""
    records = samples()
    insert_in_order(vault, records)
    action, attendance, risk = (
        records["actions"],
        records["attendance"],
        records["risk_assessments"],
    )

    due, status, for_subject, created = vault.query(
        "SELECT due, status, for_subject, created_at FROM actions WHERE id = ?", (action.id,)
    )[0]
    assert (due, status, for_subject) == ("2025-05-01", "not_done", 1)
    assert created == MOMENT.isoformat()
    sections = vault.scalar("SELECT sections FROM attendance WHERE id = ?", (attendance.id,))
    assert json.loads(sections) == ["opening", "family", "closing"]
    ratings = vault.scalar("SELECT domain_ratings FROM risk_assessments WHERE id = ?", (risk.id,))
    assert json.loads(ratings) == risk.domain_ratings
    assert vault.scalar("SELECT tlp FROM entries") == "AMBER+STRICT"

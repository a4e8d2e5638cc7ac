"""caseconf.v1 import and export against real vaults."""

from __future__ import annotations

import copy
import dataclasses
import enum
import json
import time
import typing
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseconf_desktop import errors
from caseconf_desktop.domain import enums, model
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
    Role,
    Section,
)
from caseconf_desktop.services import cases, interchange, vaults
from caseconf_desktop.storage import audit, mapping
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

# Every dataclass whose records belong to an exported case (the audit log is not exported).
CASE_DATACLASSES = [
    model.Agency,
    model.Person,
    model.Case,
    model.Responsibility,
    model.Goal,
    model.FamilyMember,
    model.Consent,
    model.Conference,
    model.Attendance,
    model.Entry,
    model.RiskAssessment,
    model.Need,
    model.Intervention,
    model.Action,
    model.GlossaryTerm,
]

TABLE_OF = {t.cls: t for t in vars(mapping).values() if isinstance(t, mapping.Table)}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def build_rich_case(vault: Vault, reference: str = "VE-2024-017") -> list[Any]:
    """One case with every field of every dataclass set to a non-default value somewhere.

    Returns every record written, so that tests can check the coverage claim itself.
    """
    greek = model.Agency("Υπηρεσία Επιτήρησης Αθηνών", AgencyKind.PROBATION, "GR")
    cyrillic = model.Agency("Служба пробации Софии", AgencyKind.POLICE, "BG")
    arabic = model.Agency("جمعية الإرشاد الأسري", AgencyKind.CSO, "MA")
    latin = model.Agency("Établissement pénitentiaire Łódź-Český", AgencyKind.PRISON, "PL")
    agencies = [greek, cyrillic, arabic, latin]
    chair = model.Person(
        "Ελένη Παπαδοπούλου", greek.id, "Προϊσταμένη", "eleni@example.invalid", "+30 210 000"
    )
    facilitator = model.Person(
        "Дмитрий Иванов", cyrillic.id, "Фасилитатор", "d.ivanov@example.invalid", "+359 2 000"
    )
    minute_taker = model.Person(
        "فاطمة الزهراء بنعلي", arabic.id, "مرشدة", "fz@example.invalid", "+212 5 000"
    )
    mentor = model.Person(
        "Zoë Ñúñez-Dvořák", latin.id, "Mentorka", "zoe@example.invalid", "+48 42 000"
    )
    people = [chair, facilitator, minute_taker, mentor]
    case = model.Case(
        reference=reference,
        subject_name="Ярослав Ψηλός-Ħaddad",
        pseudonym="Subject Ω",
        date_of_birth=date(1994, 2, 28),
        legal_status="Υπό επιτήρηση (άρθρο 187Α)",
        establishment="Centre pénitentiaire de Łódź",
        sentence_start=date(2019, 6, 1),
        release_date=date(2025, 3, 15),
        programme="Программа выхода «Мост»",
        lead_agency_id=greek.id,
        status=CaseStatus.PAUSED,
        review_frequency_days=42,
        retention_review_date=date(2031, 1, 31),
        created_at=at("2023-11-05T08:30:00"),
    )
    responsibilities = [
        model.Responsibility(
            case.id, ResponsibilityDomain.SUPERVISION, greek.id, chair.id, "Ελέγχει τους όρους"
        )
    ]
    goals = [
        model.Goal(
            case.id,
            "Σταθερή κατοικία πριν την αποφυλάκιση",
            GoalStatus.ACHIEVED,
            date(2024, 1, 10),
            "Επιτεύχθηκε τον Μάρτιο",
            3,
        )
    ]
    family = [
        model.FamilyMember(
            case.id,
            "Мария Петрова",
            "сестра",
            "посещает ежемесячно",
            "семейная консультация",
            True,
            "Безопасность детей проверена",
        )
    ]
    consents = [
        model.Consent(
            case.id,
            ConsentKind.FAMILY_INVOLVEMENT,
            ConsentState.WITHDRAWN,
            date(2024, 2, 1),
            "فقط الأخت",
            "الشخص المعني",
        )
    ]
    first = model.Conference(
        case_id=case.id,
        scheduled_for=at("2024-03-04T09:00:00"),
        place="Αίθουσα 2, Κορυδαλλός",
        template="prison-pre-release",
        status=ConferenceStatus.CLOSED,
        chair_id=chair.id,
        facilitator_id=facilitator.id,
        minute_taker_id=minute_taker.id,
        current_section=Section.CLOSING,
        started_at=at("2024-03-04T09:02:10"),
        closed_at=at("2024-03-04T10:47:00"),
        next_conference_date=date(2024, 6, 3),
        summary="Συμφωνήθηκε σχέδιο αποφυλάκισης",
    )
    second = model.Conference(case.id, at("2024-06-03T13:30:00"), place="Zoom")
    conferences = [first, second]
    attendance = [
        model.Attendance(
            first.id,
            person_id=mentor.id,
            agency_id=latin.id,
            role=AttendeeRole.GUEST,
            status=AttendanceStatus.APOLOGIES,
            sent_information=True,
        ),
        model.Attendance(
            first.id,
            name="Ярослав (subject)",
            role=AttendeeRole.SUBJECT,
            sections=(Section.OPENING, Section.FAMILY, Section.CLOSING),
            in_room=True,
        ),
    ]
    entries = [
        model.Entry(
            first.id,
            Section.RISK,
            "Η συμμετοχή βελτιώθηκε· δεν υπάρχουν νέες επαφές",
            kind=EntryKind.DISSENT,
            tlp=TLP.AMBER_STRICT,
            source_agency_id=cyrillic.id,
            shareable_with_subject=True,
            shareable_with_family=True,
            rationale="Оценка основана на двух источниках",
            dissenting_agency_id=arabic.id,
            position=2,
            created_at=at("2024-03-04T09:40:00"),
        ),
        model.Entry(first.id, Section.OPENING, "Confidentiality statement read", tlp=TLP.CLEAR),
    ]
    risks = [
        model.RiskAssessment(
            case.id,
            RiskLevel.VERY_HIGH,
            date(2024, 3, 4),
            conference_id=first.id,
            framework="VERA-2R",
            domain_ratings={"intent": "high", "protective": "λίγοι", "capability": "низкая"},
            rationale="تحسن في المشاركة",
            known_unknowns="Contacts abroad",
            change=ChangeDirection.DECREASED,
            change_note="Less contact with the old network",
            tlp=TLP.RED,
        )
    ]
    needs = [
        model.Need(
            case.id,
            NeedDomain.HOUSING,
            NeedLevel.HIGH,
            greek.id,
            NeedStatus.IN_PROGRESS,
            "Κατάλυμα κοντά στην οικογένεια",
        )
    ]
    interventions = [
        model.Intervention(
            case.id,
            InterventionKind.THEOLOGICAL_DIALOGUE,
            arabic.id,
            "الشيخ يوسف",
            InterventionStatus.ACTIVE,
            Engagement.PARTIAL,
            date(2023, 12, 1),
            date(2024, 12, 1),
            "جلسات أسبوعية",
        )
    ]
    earlier = model.Action(
        case.id,
        "Найти жильё",
        owner_person_id=facilitator.id,
        owner_agency_id=cyrillic.id,
        due=date(2024, 2, 1),
        status=ActionStatus.NOT_DONE,
        not_done_reason=NotDoneReason.AGENCY_DID_NOT_ACT,
        review_note="Η υπηρεσία δεν ενήργησε",
        reviewed_in_conference_id=first.id,
        for_subject=True,
        created_at=at("2023-12-01T10:00:00"),
    )
    carried = model.Action(
        case.id,
        "Βρείτε κατάλυμα (συνέχεια)",
        conference_id=first.id,
        owner_person_id=chair.id,
        owner_agency_id=greek.id,
        due=date(2024, 5, 31),
        status=ActionStatus.CARRIED_FORWARD,
        carried_forward_from_id=earlier.id,
        created_at=at("2024-03-04T10:30:00"),
    )
    actions = [earlier, carried]
    glossary = [
        model.GlossaryTerm("Απεμπλοκή", "Αποχώρηση από βίαιη ομάδα", "el"),
        model.GlossaryTerm("exit work", "Support to leave a violent extremist milieu"),
    ]
    written: list[Any] = [
        *agencies,
        *people,
        case,
        *responsibilities,
        *goals,
        *family,
        *consents,
        *conferences,
        *attendance,
        *entries,
        *risks,
        *needs,
        *interventions,
        *actions,
        *glossary,
    ]
    with vault.transaction():
        for obj in written:
            TABLE_OF[type(obj)].upsert(vault, obj)
    return written


def make_vault(path: Path, owner: str = "Second Owner", agency: str = "Second Agency") -> Vault:
    return vaults.init_vault(path, PASSPHRASE, owner, agency, Role.FACILITATOR)


@pytest.fixture
def second(tmp_path: Path) -> Any:
    v = make_vault(tmp_path / "second.vault")
    yield v
    v.close()


def dump(vault: Vault) -> dict[str, list[Any]]:
    """Every row of every table, search index and audit log included."""
    names = [r[0] for r in vault.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: sorted(vault.query(f'SELECT * FROM "{n}"'), key=repr) for n in sorted(names)}


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


# -- round trip ----------------------------------------------------------------------------


def test_rich_case_sets_every_field_of_every_dataclass_to_a_non_default_value(
    vault: Vault,
) -> None:
    written = build_rich_case(vault)
    for cls in CASE_DATACLASSES:
        objs = [o for o in written if type(o) is cls]
        assert objs, cls.__name__
        for f in dataclasses.fields(cls):
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                continue
            default = (
                f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
            )
            assert any(getattr(o, f.name) != default for o in objs), f"{cls.__name__}.{f.name}"


def test_export_then_import_into_fresh_vault_then_export_gives_identical_document(
    vault: Vault, second: Vault
) -> None:
    written = build_rich_case(vault)
    first_doc = interchange.export_document(vault, ["VE-2024-017"])
    # Through text, as a file would carry it.
    text = json.dumps(first_doc, ensure_ascii=False, indent=2)
    result = interchange.import_document(second, json.loads(text))
    again = interchange.export_document(second, ["VE-2024-017"])

    assert without_time(again) == without_time(first_doc)
    assert result == interchange.ImportResult(cases=1, created=len(written), updated=0)
    # Every record arrived with every field, not only the JSON shape.
    for obj in written:
        assert TABLE_OF[type(obj)].get(second, obj.id) == obj


def test_export_names_in_every_script_appear_unescaped_in_the_json_text(vault: Vault) -> None:
    build_rich_case(vault)
    text = interchange.export_json(vault, "VE-2024-017")
    for name in ("Ελένη Παπαδοπούλου", "Дмитрий Иванов", "فاطمة الزهراء بنعلي", "Zoë Ñúñez-Dvořák"):
        assert name in text
    assert json.loads(text)["format"] == "caseconf.v1"
    assert text.startswith('{\n  "format": "caseconf.v1"')


def test_export_document_has_the_contract_fields(vault: Vault) -> None:
    build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    assert {"format", "exported_at", "agencies", "people", "cases", "glossary"} <= doc.keys()
    assert {"id", "name", "kind"} <= doc["agencies"][0].keys()
    assert {"id", "name", "agency_id", "role_title"} <= doc["people"][0].keys()
    case = doc["cases"][0]
    assert case["subject"] == {
        "name": "Ярослав Ψηλός-Ħaddad",
        "pseudonym": "Subject Ω",
        "date_of_birth": "1994-02-28",
        "legal_status": "Υπό επιτήρηση (άρθρο 187Α)",
    }
    conference = next(c for c in case["conferences"] if c["status"] == "closed")
    assert conference["scheduled_for"] == "2024-03-04T09:00:00+00:00"
    assert {"person_id", "name", "agency_id", "role", "status", "sections"} <= conference[
        "attendance"
    ][0].keys()
    risk_entry = next(e for e in conference["entries"] if e["section"] == "risk")
    assert risk_entry["kind"] == "dissent"
    assert risk_entry["tlp"] == "AMBER+STRICT"
    assert risk_entry["shareable_with_subject"] is True
    assert [a["description"] for a in conference["actions"]] == ["Βρείτε κατάλυμα (συνέχεια)"]
    assert [a["description"] for a in case["actions"]] == ["Найти жильё"]
    subject_row = next(a for a in conference["attendance"] if a["role"] == "subject")
    assert subject_row["sections"] == ["opening", "family", "closing"]


def test_export_carries_only_referenced_agencies_and_people(vault: Vault) -> None:
    build_rich_case(vault)
    owner = vaults.owner(vault)
    unrelated = mapping.AGENCIES.upsert(vault, model.Agency("Unrelated Agency"))
    doc = interchange.export_document(vault, ["VE-2024-017"])
    agency_ids = {a["id"] for a in doc["agencies"]}
    person_ids = {p["id"] for p in doc["people"]}
    assert len(agency_ids) == 4 and len(person_ids) == 4
    assert unrelated.id not in agency_ids
    assert owner.agency.id not in agency_ids
    assert owner.person.id not in person_ids


def test_export_includes_the_agency_of_a_referenced_person(vault: Vault) -> None:
    home = mapping.AGENCIES.upsert(vault, model.Agency("Home agency of the chair"))
    chair = mapping.PEOPLE.upsert(vault, model.Person("Chair Person", home.id))
    case = mapping.CASES.upsert(vault, model.Case("REF-1", "Subject One"))
    mapping.CONFERENCES.upsert(
        vault, model.Conference(case.id, at("2024-01-01T10:00:00"), chair_id=chair.id)
    )
    doc = interchange.export_document(vault, ["REF-1"])
    assert [a["id"] for a in doc["agencies"]] == [home.id]
    assert [p["id"] for p in doc["people"]] == [chair.id]


def test_export_of_unknown_reference_is_not_found_and_audits_nothing(vault: Vault) -> None:
    before = dump(vault)
    with pytest.raises(errors.NotFound, match="NO-SUCH-REF"):
        interchange.export_json(vault, "NO-SUCH-REF")
    assert dump(vault) == before


def test_each_exported_case_gets_one_audit_row_with_its_case_id(vault: Vault) -> None:
    build_rich_case(vault, "REF-A")
    other = mapping.CASES.upsert(vault, model.Case("REF-B", "Subject B"))
    interchange.export_document(vault, ["REF-A", "REF-B", "REF-A"])
    exported = [e for e in audit.events(vault) if e.action == "case.exported"]
    case_a = cases.get_by_reference(vault, "REF-A")
    assert [(e.object_type, e.case_id) for e in exported] == [
        ("case", case_a.id),
        ("case", other.id),
    ]
    assert audit.verify(vault).ok


def test_import_writes_one_audit_row_with_counts_only(vault: Vault, second: Vault) -> None:
    build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    before = len(audit.events(second))
    result = interchange.import_document(second, doc)
    new = audit.events(second)[before:]
    assert [e.action for e in new] == ["interchange.imported"]
    assert new[0].object_type == "document"
    assert new[0].case_id is None
    assert new[0].detail == {
        "cases": "1",
        "created": str(result.created),
        "updated": "0",
    }
    assert audit.verify(second).ok


# -- updates -------------------------------------------------------------------------------


def test_import_of_existing_ids_updates_them_and_the_search_index(
    vault: Vault, second: Vault
) -> None:
    written = build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    interchange.import_document(second, copy.deepcopy(doc))
    case = doc["cases"][0]
    case["subject"]["name"] = "Radomír Kovářík"
    case["status"] = "closed"
    entry = case["conferences"][0]["entries"][0]
    entry["text"] = "Rewritten by the pushing system: Quetzalcoatl"
    entry["tlp"] = "GREEN"

    result = interchange.import_document(second, doc)

    assert result == interchange.ImportResult(cases=1, created=0, updated=len(written))
    stored = mapping.CASES.get(second, case["id"])
    assert stored is not None
    assert (stored.subject_name, stored.status) == ("Radomír Kovářík", CaseStatus.CLOSED)
    stored_entry = mapping.ENTRIES.get(second, entry["id"])
    assert stored_entry is not None and stored_entry.tlp is TLP.GREEN
    assert [r.reference for r in cases.list_cases(second, "Kovářík")] == ["VE-2024-017"]
    assert cases.list_cases(second, "Ψηλός") == []
    assert [r.reference for r in cases.list_cases(second, "Quetzalcoatl")] == ["VE-2024-017"]
    assert mapping.CASES.count(second) == 1


def test_import_of_new_records_under_an_existing_case_adds_them(vault: Vault) -> None:
    build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    goals = doc["cases"][0]["goals"]
    goals.append({"id": "goal-from-other-system", "text": "Begin vocational training"})
    result = interchange.import_document(vault, doc)
    assert result.created == 1
    goal = mapping.GOALS.get(vault, "goal-from-other-system")
    assert goal is not None
    assert (goal.text, goal.status, goal.position) == (
        "Begin vocational training",
        GoalStatus.OPEN,
        0,
    )
    assert goal.case_id == doc["cases"][0]["id"]


def test_omitted_optional_fields_keep_their_stored_values(vault: Vault) -> None:
    build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    case = doc["cases"][0]
    for key in ("establishment", "programme", "created_at", "review_frequency_days"):
        del case[key]
    case["subject"] = {"name": "Renamed Subject"}
    interchange.import_document(vault, doc)
    stored = mapping.CASES.get(vault, case["id"])
    assert stored is not None
    assert stored.subject_name == "Renamed Subject"
    assert stored.pseudonym == "Subject Ω"
    assert stored.programme == "Программа выхода «Мост»"
    assert stored.review_frequency_days == 42
    assert stored.created_at == at("2023-11-05T08:30:00")


def test_references_to_records_already_in_the_vault_are_accepted(vault: Vault) -> None:
    owner = vaults.owner(vault)
    doc = minimal_document()
    doc["cases"][0]["lead_agency_id"] = owner.agency.id
    doc["cases"][0]["conferences"] = [
        {"id": "conf-1", "scheduled_for": "2024-05-01T10:00:00Z", "chair_id": owner.person.id}
    ]
    result = interchange.import_document(vault, doc)
    assert result == interchange.ImportResult(cases=1, created=2, updated=0)
    conference = mapping.CONFERENCES.get(vault, "conf-1")
    assert conference is not None and conference.chair_id == owner.person.id
    assert conference.scheduled_for == at("2024-05-01T10:00:00")


def test_moments_with_an_offset_are_stored_in_utc(vault: Vault) -> None:
    doc = minimal_document()
    doc["cases"][0]["created_at"] = "2024-05-01T12:15:00+02:00"
    interchange.import_document(vault, doc)
    stored = mapping.CASES.get(vault, "case-1")
    assert stored is not None and stored.created_at == at("2024-05-01T10:15:00")


def test_an_action_carried_forward_from_a_later_action_in_the_document_imports(
    vault: Vault,
) -> None:
    doc = minimal_document()
    doc["cases"][0]["actions"] = [
        {"id": "act-new", "description": "Follow-up", "carried_forward_from_id": "act-old"},
        {"id": "act-old", "description": "Original", "status": "carried_forward"},
    ]
    interchange.import_document(vault, doc)
    new = mapping.ACTIONS.get(vault, "act-new")
    assert new is not None and new.carried_forward_from_id == "act-old"


def test_a_glossary_term_the_vault_already_has_under_another_id_is_updated_not_doubled(
    vault: Vault,
) -> None:
    mine = mapping.GLOSSARY.upsert(vault, model.GlossaryTerm("exit work", "Old wording"))
    doc = minimal_document()
    doc["glossary"] = [{"id": "their-id", "term": "exit work", "definition": "New wording"}]
    result = interchange.import_document(vault, doc)
    assert result.updated == 1
    assert mapping.GLOSSARY.count(vault) == 1
    stored = mapping.GLOSSARY.get(vault, mine.id)
    assert stored is not None and stored.definition == "New wording"


# -- refusals ------------------------------------------------------------------------------


def minimal_document() -> dict[str, Any]:
    return {
        "format": "caseconf.v1",
        "exported_at": "2024-05-01T10:00:00+00:00",
        "agencies": [],
        "people": [],
        "cases": [{"id": "case-1", "reference": "MIN-1", "subject": {"name": "Ana Minimal"}}],
    }


def _entry(doc: dict[str, Any]) -> dict[str, Any]:
    closed = next(c for c in doc["cases"][0]["conferences"] if c["status"] == "closed")
    return next(e for e in closed["entries"] if e["section"] == "risk")


def _index_of_closed(doc: dict[str, Any]) -> int:
    return [c["status"] for c in doc["cases"][0]["conferences"]].index("closed")


def _wrong_tlp(doc: dict[str, Any]) -> str:
    entry = _entry(doc)
    conferences = doc["cases"][0]["conferences"]
    i = _index_of_closed(doc)
    j = conferences[i]["entries"].index(entry)
    entry["tlp"] = "PURPLE"
    return f"cases[0].conferences[{i}].entries[{j}].tlp: 'PURPLE' is not a TLP label"


def _missing_reference(doc: dict[str, Any]) -> str:
    del doc["cases"][0]["reference"]
    return "cases[0].reference: is required"


def _dangling_agency(doc: dict[str, Any]) -> str:
    doc["cases"][0]["lead_agency_id"] = "no-such-agency"
    return (
        "cases[0].lead_agency_id: 'no-such-agency' is not an agency in this document or the vault"
    )


def _bad_date(doc: dict[str, Any]) -> str:
    i = _index_of_closed(doc)
    doc["cases"][0]["conferences"][i]["actions"][0]["due"] = "2024-13-40"
    return f"cases[0].conferences[{i}].actions[0].due: '2024-13-40' is not a date (YYYY-MM-DD)"


def _wrong_format(doc: dict[str, Any]) -> str:
    doc["format"] = "caseconf.v2"
    return "format: 'caseconf.v2' is not a format this version reads (caseconf.v1)"


def _wrong_section(doc: dict[str, Any]) -> str:
    i = _index_of_closed(doc)
    j = doc["cases"][0]["conferences"][i]["entries"].index(_entry(doc))
    _entry(doc)["section"] = "gossip"
    return f"cases[0].conferences[{i}].entries[{j}].section: 'gossip' is not an agenda section"


def _wrong_kind(doc: dict[str, Any]) -> str:
    i = _index_of_closed(doc)
    j = doc["cases"][0]["conferences"][i]["entries"].index(_entry(doc))
    _entry(doc)["kind"] = "rumour"
    return f"cases[0].conferences[{i}].entries[{j}].kind: 'rumour' is not an entry kind"


def _dangling_person(doc: dict[str, Any]) -> str:
    i = _index_of_closed(doc)
    doc["cases"][0]["conferences"][i]["chair_id"] = "ghost"
    return (
        f"cases[0].conferences[{i}].chair_id: 'ghost' is not a person in this document or the vault"
    )


def _dangling_dissent(doc: dict[str, Any]) -> str:
    i = _index_of_closed(doc)
    j = doc["cases"][0]["conferences"][i]["entries"].index(_entry(doc))
    _entry(doc)["dissenting_agency_id"] = "ghost-agency"
    return (
        f"cases[0].conferences[{i}].entries[{j}].dissenting_agency_id: 'ghost-agency' "
        "is not an agency in this document or the vault"
    )


def _bad_moment(doc: dict[str, Any]) -> str:
    doc["cases"][0]["created_at"] = "2024-05-01 10:00"
    return (
        "cases[0].created_at: '2024-05-01 10:00' is not a date and time (YYYY-MM-DDTHH:MM:SS+00:00)"
    )


def _duplicate_id(doc: dict[str, Any]) -> str:
    doc["cases"][0]["goals"][0]["id"] = doc["agencies"][0]["id"]
    return (
        f"cases[0].goals[0].id: '{doc['agencies'][0]['id']}' is used twice in the document "
        "(also at agencies[0].id)"
    )


def _wrong_type(doc: dict[str, Any]) -> str:
    doc["cases"][0]["review_frequency_days"] = "often"
    return "cases[0].review_frequency_days: 'often' is not a whole number"


def _unknown_field(doc: dict[str, Any]) -> str:
    doc["cases"][0]["refrence"] = "typo"
    return "cases[0].refrence: is not a caseconf.v1 field here"


def _nameless_attendee(doc: dict[str, Any]) -> str:
    i = _index_of_closed(doc)
    rows = doc["cases"][0]["conferences"][i]["attendance"]
    k = next(n for n, a in enumerate(rows) if a["role"] == "subject")
    rows[k]["name"] = ""
    return f"cases[0].conferences[{i}].attendance[{k}]: needs a person_id or a name"


def _bad_section_list(doc: dict[str, Any]) -> str:
    i = _index_of_closed(doc)
    rows = doc["cases"][0]["conferences"][i]["attendance"]
    k = next(n for n, a in enumerate(rows) if a["role"] == "subject")
    rows[k]["sections"] = ["opening", "lunch"]
    return (
        f"cases[0].conferences[{i}].attendance[{k}].sections[1]: 'lunch' is not an agenda section"
    )


def _lone_surrogate(doc: dict[str, Any]) -> str:
    doc["cases"][0]["subject"]["name"] = json.loads('"Ana \\ud800"')
    return "cases[0].subject.name: contains a character that is not valid Unicode text"


def _too_large(doc: dict[str, Any]) -> str:
    doc["cases"][0]["goals"][0]["position"] = 10**30
    return f"cases[0].goals[0].position: {10**30} is more than 2147483647"


BAD_DOCUMENTS = [
    _wrong_tlp,
    _missing_reference,
    _dangling_agency,
    _bad_date,
    _wrong_format,
    _wrong_section,
    _wrong_kind,
    _dangling_person,
    _dangling_dissent,
    _bad_moment,
    _duplicate_id,
    _wrong_type,
    _unknown_field,
    _nameless_attendee,
    _bad_section_list,
    _lone_surrogate,
    _too_large,
]


@pytest.mark.parametrize("spoil", BAD_DOCUMENTS, ids=lambda f: f.__name__.strip("_"))
def test_bad_document_is_refused_with_the_field_path_and_nothing_is_written(
    vault: Vault, second: Vault, spoil: Any
) -> None:
    build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    expected = spoil(doc)
    before = dump(second)

    with pytest.raises(interchange.InvalidDocument) as caught:
        interchange.import_document(second, doc)

    assert caught.value.problems == [expected]
    assert caught.value.user_text == f"{expected}; nothing was imported."
    assert isinstance(caught.value, errors.InvalidInput)
    assert dump(second) == before


def test_all_problems_are_collected_and_counted_in_the_message(vault: Vault, second: Vault) -> None:
    build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    expected = [
        _wrong_format(doc),
        _missing_reference(doc),
        _dangling_agency(doc),
        _wrong_tlp(doc),
    ]
    before = dump(second)
    with pytest.raises(interchange.InvalidDocument) as caught:
        interchange.import_document(second, doc)
    assert caught.value.problems == expected
    assert caught.value.user_text == f"{expected[0]} (and 3 more problems); nothing was imported."
    assert interchange.validate(second, doc) == expected
    assert dump(second) == before


def test_a_reference_held_by_another_case_in_the_vault_is_refused(vault: Vault) -> None:
    mapping.CASES.upsert(vault, model.Case("MIN-1", "Someone Else"))
    before = dump(vault)
    with pytest.raises(interchange.InvalidDocument) as caught:
        interchange.import_document(vault, minimal_document())
    assert caught.value.problems == [
        "cases[0].reference: 'MIN-1' already belongs to another case in the vault"
    ]
    assert dump(vault) == before


def test_a_conference_of_another_case_in_the_vault_cannot_be_moved_by_import(
    vault: Vault,
) -> None:
    other = mapping.CASES.upsert(vault, model.Case("OTHER", "Other Subject"))
    mapping.CONFERENCES.upsert(
        vault, model.Conference(other.id, at("2024-01-01T10:00:00"), id="conf-x")
    )
    doc = minimal_document()
    doc["cases"][0]["conferences"] = [{"id": "conf-x", "scheduled_for": "2024-02-01T10:00:00Z"}]
    with pytest.raises(interchange.InvalidDocument) as caught:
        interchange.import_document(vault, doc)
    assert caught.value.problems == [
        "cases[0].conferences[0].id: 'conf-x' belongs to another case in the vault"
    ]


def test_an_entry_may_not_take_the_id_of_a_stored_case(vault: Vault) -> None:
    taken = mapping.CASES.upsert(vault, model.Case("OTHER", "Other Subject"))
    doc = minimal_document()
    doc["cases"][0]["conferences"] = [
        {
            "id": "conf-1",
            "scheduled_for": "2024-02-01T10:00:00Z",
            "entries": [{"id": taken.id, "section": "opening", "text": "Hello"}],
        }
    ]
    before = dump(vault)
    with pytest.raises(interchange.InvalidDocument) as caught:
        interchange.import_document(vault, doc)
    assert caught.value.problems == [
        f"cases[0].conferences[0].entries[0].id: '{taken.id}' is already the id of another "
        "record in the vault"
    ]
    assert dump(vault) == before


def test_the_same_reference_twice_in_one_document_is_refused(vault: Vault) -> None:
    doc = minimal_document()
    doc["cases"].append({"id": "case-2", "reference": "MIN-1", "subject": {"name": "Twin"}})
    with pytest.raises(interchange.InvalidDocument) as caught:
        interchange.import_document(vault, doc)
    assert caught.value.problems == [
        "cases[1].reference: 'MIN-1' is used twice in the document (also at cases[0].reference)"
    ]


def test_a_document_that_is_not_an_object_is_refused(vault: Vault) -> None:
    with pytest.raises(interchange.InvalidDocument) as caught:
        interchange.import_document(vault, [])  # type: ignore[arg-type]
    assert caught.value.problems == ["document: [] is not an object"]


# -- loading files -------------------------------------------------------------------------


def test_load_document_names_the_file_line_and_column_of_a_json_syntax_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "caseconf.v1",\n  "cases": [,]\n}\n', encoding="utf-8")
    with pytest.raises(errors.InvalidInput) as caught:
        interchange.load_document(path)
    text = caught.value.user_text
    assert str(path) in text
    assert "line 3, column 13" in text
    assert "\n" not in text


def test_load_document_refuses_a_missing_file_and_a_json_array(tmp_path: Path) -> None:
    with pytest.raises(errors.InvalidInput, match="no file"):
        interchange.load_document(tmp_path / "absent.json")
    array = tmp_path / "array.json"
    array.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(errors.InvalidInput, match="not a JSON object"):
        interchange.load_document(array)


def test_load_document_reads_utf8_with_or_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(minimal_document(), ensure_ascii=False).encode())
    assert interchange.load_document(path) == minimal_document()


# -- the schema ----------------------------------------------------------------------------

SCHEMA_ENUMS = {
    "tlp": enums.TLP,
    "agency_kind": enums.AgencyKind,
    "case_status": enums.CaseStatus,
    "conference_status": enums.ConferenceStatus,
    "section": enums.Section,
    "entry_kind": enums.EntryKind,
    "attendance_status": enums.AttendanceStatus,
    "attendee_role": enums.AttendeeRole,
    "risk_level": enums.RiskLevel,
    "change_direction": enums.ChangeDirection,
    "need_domain": enums.NeedDomain,
    "need_level": enums.NeedLevel,
    "need_status": enums.NeedStatus,
    "intervention_kind": enums.InterventionKind,
    "intervention_status": enums.InterventionStatus,
    "engagement": enums.Engagement,
    "action_status": enums.ActionStatus,
    "not_done_reason": enums.NotDoneReason,
    "consent_kind": enums.ConsentKind,
    "consent_state": enums.ConsentState,
    "goal_status": enums.GoalStatus,
    "responsibility_domain": enums.ResponsibilityDomain,
}

# Schema definition of each record, and the fields implied by where it is nested.
SCHEMA_RECORDS = {
    "agency": (model.Agency, set()),
    "person": (model.Person, set()),
    "glossary_term": (model.GlossaryTerm, set()),
    "case": (model.Case, set()),
    "responsibility": (model.Responsibility, {"case_id"}),
    "goal": (model.Goal, {"case_id"}),
    "family_member": (model.FamilyMember, {"case_id"}),
    "consent": (model.Consent, {"case_id"}),
    "risk_assessment": (model.RiskAssessment, {"case_id"}),
    "need": (model.Need, {"case_id"}),
    "intervention": (model.Intervention, {"case_id"}),
    "action": (model.Action, {"case_id", "conference_id"}),
    "conference": (model.Conference, {"case_id"}),
    "attendance": (model.Attendance, {"conference_id"}),
    "entry": (model.Entry, {"conference_id"}),
}


def shipped_schema() -> dict[str, Any]:
    text = (
        resources.files("caseconf_desktop.resources")
        .joinpath("caseconf.v1.schema.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


def enum_values(schema: dict[str, Any], name: str) -> list[Any]:
    return schema["$defs"][name]["enum"]


def test_schema_enums_equal_the_domain_enums_in_order() -> None:
    schema = shipped_schema()
    for name, enum_type in SCHEMA_ENUMS.items():
        assert enum_values(schema, name) == [m.value for m in enum_type], name
    # Every enum a record field uses has its definition in the schema.
    used = set()
    for cls, _ in SCHEMA_RECORDS.values():
        for hint in typing.get_type_hints(cls).values():
            for part in (hint, *typing.get_args(hint)):
                if isinstance(part, type) and issubclass(part, enum.Enum):
                    used.add(part)
    assert used == set(SCHEMA_ENUMS.values())


def test_schema_has_a_property_for_every_field_of_every_case_dataclass() -> None:
    defs = shipped_schema()["$defs"]
    for def_name, (cls, implied) in SCHEMA_RECORDS.items():
        properties = set(defs[def_name]["properties"])
        if cls is model.Case:
            properties |= {f"subject.{p}" for p in defs["subject"]["properties"]}
        expected = {f.name for f in dataclasses.fields(cls)} - implied
        if cls is model.Case:
            expected = (
                expected - {"subject_name", "pseudonym", "date_of_birth", "legal_status"}
            ) | {
                "subject.name",
                "subject.pseudonym",
                "subject.date_of_birth",
                "subject.legal_status",
            }
        assert expected <= properties, (def_name, expected - properties)
        assert not implied & properties, def_name


def test_schema_is_valid_draft_2020_12_and_accepts_an_export(vault: Vault) -> None:
    from jsonschema import Draft202012Validator

    schema = shipped_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    assert list(Draft202012Validator(schema).iter_errors(doc)) == []


# -- scale ---------------------------------------------------------------------------------


def thousand_case_document(n: int = 1000) -> dict[str, Any]:
    agencies = [{"id": f"ag-{i}", "name": f"Agency {i}", "kind": "probation"} for i in range(20)]
    people = [
        {
            "id": f"p-{i}",
            "name": f"Person {i}",
            "agency_id": f"ag-{i % 20}",
            "role_title": "Officer",
        }
        for i in range(50)
    ]
    docs_cases = []
    for i in range(n):
        conferences = []
        for k in range(2):
            cid = f"c{i}-conf{k}"
            conferences.append(
                {
                    "id": cid,
                    "scheduled_for": f"2024-0{k + 1}-15T09:00:00+00:00",
                    "status": "closed",
                    "chair_id": f"p-{i % 50}",
                    "facilitator_id": f"p-{(i + 1) % 50}",
                    "minute_taker_id": f"p-{(i + 2) % 50}",
                    "attendance": [
                        {
                            "id": f"{cid}-att{a}",
                            "person_id": f"p-{(i + a) % 50}",
                            "role": "professional",
                            "status": "present",
                        }
                        for a in range(3)
                    ],
                    "entries": [
                        {
                            "id": f"{cid}-e{e}",
                            "section": "risk",
                            "kind": "note",
                            "text": f"Note {e} about case {i}",
                            "tlp": "AMBER",
                            "source_agency_id": f"ag-{e % 20}",
                        }
                        for e in range(5)
                    ],
                    "actions": [
                        {
                            "id": f"{cid}-a{a}",
                            "description": "Follow up",
                            "owner_person_id": f"p-{a}",
                            "due": "2024-06-30",
                        }
                        for a in range(2)
                    ],
                }
            )
        docs_cases.append(
            {
                "id": f"case-{i}",
                "reference": f"BULK-{i:05d}",
                "subject": {"name": f"Subject {i}"},
                "lead_agency_id": f"ag-{i % 20}",
                "needs": [{"id": f"case-{i}-need", "domain": "housing"}],
                "risk_assessments": [
                    {
                        "id": f"case-{i}-risk",
                        "level": "moderate",
                        "assessed_on": "2024-01-15",
                        "conference_id": f"c{i}-conf0",
                    }
                ],
                "conferences": conferences,
            }
        )
    return {
        "format": "caseconf.v1",
        "exported_at": "2024-07-01T00:00:00+00:00",
        "agencies": agencies,
        "people": people,
        "cases": docs_cases,
    }


@pytest.mark.slow
def test_importing_a_thousand_cases_takes_seconds_not_minutes(vault: Vault) -> None:
    doc = thousand_case_document()
    started = time.perf_counter()
    result = interchange.import_document(vault, doc)
    elapsed = time.perf_counter() - started
    assert result.cases == 1000
    # 70 address-book records; per case: case, need, risk, 2 conferences x (1 + 3 + 5 + 2)
    assert result.created == 70 + 1000 * 25
    assert mapping.ENTRIES.count(vault) == 10_000
    assert len(cases.list_cases(vault, "BULK")) == 1000
    assert elapsed < 60, f"import took {elapsed:.1f} s"


# -- robustness ----------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=5,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out.extend(_paths(value, (*prefix, index)))
    return out


# Source documents for the property below, per vault (hypothesis reuses the function's vault).
_FUZZ_SOURCES: dict[str, dict[str, Any]] = {}


@settings(
    max_examples=60,
    deadline=None,
    database=None,  # no .hypothesis folder in the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_mangled_document_is_imported_or_refused_and_a_refusal_writes_nothing(
    vault: Vault, data: st.DataObject
) -> None:
    doc = _FUZZ_SOURCES.get(str(vault.path))
    if doc is None:
        build_rich_case(vault, "FUZZ-SOURCE")
        doc = interchange.export_document(vault, ["FUZZ-SOURCE"])
        doc["cases"][0]["reference"] = "FUZZ-TARGET"
        _FUZZ_SOURCES[str(vault.path)] = doc
    mangled = copy.deepcopy(doc)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(mangled)))
        parent = mangled
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and data.draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(JSON_VALUES)
    before = dump(vault)
    try:
        interchange.import_document(vault, mangled)
    except interchange.InvalidDocument as refused:
        assert refused.problems
        assert all("\n" not in p and ": " in p for p in refused.problems)
        assert dump(vault) == before


# -- what another system may push ------------------------------------------------------------


def test_attendance_rows_without_ids_import_with_stable_derived_ids(
    vault: Vault, second: Vault
) -> None:
    build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    del doc["exported_at"]  # informative only: another system may leave it out
    rows = [a for c in doc["cases"][0]["conferences"] for a in c.get("attendance", [])]
    assert rows
    for row in rows:
        del row["id"]
    first = interchange.import_document(second, doc)
    ids = {a.id for a in mapping.ATTENDANCE.where(second)}
    assert first.created > 0 and len(ids) == len(rows)
    again = interchange.import_document(second, doc)  # the same rows, updated in place
    assert {a.id for a in mapping.ATTENDANCE.where(second)} == ids
    assert again.created == 0


def test_an_attendance_row_with_nothing_to_derive_an_id_from_is_refused(vault: Vault) -> None:
    build_rich_case(vault)
    doc = interchange.export_document(vault, ["VE-2024-017"])
    conf = next(c for c in doc["cases"][0]["conferences"] if c.get("attendance"))
    row = conf["attendance"][0]
    for key in ("id", "person_id", "name"):
        row.pop(key, None)
    problems = interchange.validate(vault, doc)
    assert problems and any("attendance[0]" in p for p in problems)

"""A closed conference with canary strings at every TLP level, for the minutes tests.

``build_minutes_case`` writes a whole case through the Table mappers: agencies, people
with names in several scripts, a previous conference whose actions are reviewed, a closed
conference with entries of every kind at every label (shareable with the subject or not),
risk assessments, needs, family, interventions and actions. Each piece of case content is a
unique canary string, so a test can prove where it appears and where it must not.

The PDF and CLI tests import it (``from tests.services.conftest import ...``), so the
fixture data is written once.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    AgencyKind,
    AttendanceStatus,
    AttendeeRole,
    ChangeDirection,
    ConferenceStatus,
    Engagement,
    EntryKind,
    InterventionKind,
    InterventionStatus,
    NeedDomain,
    NeedLevel,
    NeedStatus,
    NotDoneReason,
    RiskLevel,
    Section,
)
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault

# Invented people; names in several scripts on purpose.
CHAIR = "Zoë Ålund-Øster"
MINUTE_TAKER = "Γιώργος Παπαδόπουλος"
POLICE_OFFICER = "Дмитрий Ёлкин"
HEALTH_WORKER = "Łukasz Żółć"
MENTOR = "Şükrü Çağlar"
SUBJECT = "يوسف العربي"
MOTHER = "مريم العربي"
OWNER = "Ana Test-Owner"  # the vault fixture's owner: the facilitator

TLPS = list(TLP)


def tag(tlp: TLP) -> str:
    """TLP as it appears inside canary strings (no '+' so substring checks stay simple)."""
    return tlp.name


@dataclass(frozen=True)
class Canary:
    text: str
    tlp: TLP
    shareable: bool
    kind: EntryKind
    section: Section


@dataclass
class MinutesCase:
    case_id: str
    conference_id: str
    previous_conference_id: str
    agencies: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    canaries: list[Canary] = field(default_factory=list)


def entry_text(kind: EntryKind, tlp: TLP, shareable: bool) -> str:
    return f"CANARY-{kind.name}-{tag(tlp)}-{'SHARE' if shareable else 'NOSHARE'}"


def build_minutes_case(
    vault: Vault,
    *,
    reference: str = "CC-2025-017",
    status: ConferenceStatus = ConferenceStatus.CLOSED,
    current_risk_tlp: TLP = TLP.AMBER,
    filler_entries: int = 0,
    with_canaries: bool = True,
) -> MinutesCase:
    """Write the fixture case into ``vault`` and return its ids and canaries."""
    owner_id = vault.get_meta("owner_person_id")
    agencies = {
        "probation": model.Agency("Probation Service Ost", AgencyKind.PROBATION),
        "police": model.Agency("Polizei Mitte", AgencyKind.POLICE),
        "municipality": model.Agency("Municipality of Westhaven", AgencyKind.MUNICIPALITY),
        "health": model.Agency("Westhaven Health Trust", AgencyKind.HEALTH),
        "cso": model.Agency("Exit Mentors e.V.", AgencyKind.CSO),
        "prison": model.Agency("Justizvollzugsanstalt Nord", AgencyKind.PRISON),
    }
    people = {
        CHAIR: model.Person(CHAIR, agencies["probation"].id),
        MINUTE_TAKER: model.Person(MINUTE_TAKER, agencies["municipality"].id),
        POLICE_OFFICER: model.Person(POLICE_OFFICER, agencies["police"].id),
        HEALTH_WORKER: model.Person(HEALTH_WORKER, agencies["health"].id),
        MENTOR: model.Person(MENTOR, agencies["cso"].id),
    }
    case = model.Case(
        reference=reference,
        subject_name=SUBJECT,
        pseudonym="Y.A.",
        lead_agency_id=agencies["probation"].id,
    )
    previous = model.Conference(
        case_id=case.id,
        scheduled_for=datetime(2024, 12, 10, 10, 0, tzinfo=UTC),
        status=ConferenceStatus.CLOSED,
        chair_id=people[CHAIR].id,
        facilitator_id=owner_id,
        minute_taker_id=people[MINUTE_TAKER].id,
        next_conference_date=date(2025, 3, 14),
    )
    conf = model.Conference(
        case_id=case.id,
        scheduled_for=datetime(2025, 3, 14, 10, 0, tzinfo=UTC),
        place="Justizvollzugsanstalt Nord, room 2",
        status=status,
        chair_id=people[CHAIR].id,
        facilitator_id=owner_id,
        minute_taker_id=people[MINUTE_TAKER].id,
        started_at=datetime(2025, 3, 14, 10, 2, tzinfo=UTC),
        closed_at=datetime(2025, 3, 14, 11, 40, tzinfo=UTC)
        if status is ConferenceStatus.CLOSED
        else None,
        next_conference_date=date(2025, 6, 13),
        summary="CANARY-CLOSING-SUMMARY" if with_canaries else "",
    )
    attendance = [
        model.Attendance(
            conf.id, people[CHAIR].id, CHAIR, agencies["probation"].id, AttendeeRole.CHAIR
        ),
        model.Attendance(conf.id, owner_id, OWNER, None, AttendeeRole.FACILITATOR),
        model.Attendance(
            conf.id,
            people[MINUTE_TAKER].id,
            MINUTE_TAKER,
            agencies["municipality"].id,
            AttendeeRole.MINUTE_TAKER,
        ),
        model.Attendance(conf.id, people[POLICE_OFFICER].id, POLICE_OFFICER, agencies["police"].id),
        model.Attendance(
            conf.id,
            people[HEALTH_WORKER].id,
            HEALTH_WORKER,
            agencies["health"].id,
            status=AttendanceStatus.APOLOGIES,
            sent_information=True,
        ),
        model.Attendance(
            conf.id, people[MENTOR].id, MENTOR, agencies["cso"].id, status=AttendanceStatus.ABSENT
        ),
        model.Attendance(
            conf.id,
            None,
            SUBJECT,
            None,
            AttendeeRole.SUBJECT,
            sections=(Section.OPENING, Section.ACTIONS),
        ),
        model.Attendance(
            conf.id, None, MOTHER, None, AttendeeRole.FAMILY, sections=(Section.OPENING,)
        ),
    ]
    # Attendance is recorded, never assumed: everyone not marked otherwise came.
    attendance = [
        dataclasses.replace(a, status=AttendanceStatus.PRESENT)
        if a.status is AttendanceStatus.NOT_RECORDED
        else a
        for a in attendance
    ]
    result = MinutesCase(
        case_id=case.id,
        conference_id=conf.id,
        previous_conference_id=previous.id,
        agencies={k: a.id for k, a in agencies.items()},
        people={k: p.id for k, p in people.items()},
    )
    entries: list[model.Entry] = []
    sections = [
        Section.OPENING,
        Section.RISK,
        Section.NEEDS,
        Section.FAMILY,
        Section.INTERVENTIONS,
        Section.AOB,
    ]
    position = 0
    if with_canaries:
        for i, tlp in enumerate(TLPS):
            for shareable in (True, False):
                for kind in (
                    EntryKind.NOTE,
                    EntryKind.INFORMATION,
                    EntryKind.DECISION,
                    EntryKind.DISSENT,
                ):
                    section = sections[(i + position) % len(sections)]
                    text = entry_text(kind, tlp, shareable)
                    position += 1
                    entries.append(
                        model.Entry(
                            conference_id=conf.id,
                            section=section,
                            text=text,
                            kind=kind,
                            tlp=tlp,
                            source_agency_id=agencies["police"].id,
                            shareable_with_subject=shareable,
                            rationale=text.replace("CANARY-", "RATIONALE-")
                            if kind in (EntryKind.DECISION, EntryKind.DISSENT)
                            else "",
                            dissenting_agency_id=agencies["municipality"].id
                            if kind is EntryKind.DISSENT
                            else None,
                            position=position,
                        )
                    )
                    result.canaries.append(Canary(text, tlp, shareable, kind, section))
    for n in range(filler_entries):
        position += 1
        entries.append(
            model.Entry(
                conference_id=conf.id,
                section=sections[n % len(sections)],
                text=(
                    f"Filler entry {n}: the partnership discussed progress with housing, "
                    "employment and the mentoring relationship, and agreed to keep the "
                    "current plan under review. " * 3
                ),
                kind=EntryKind.DECISION if n % 5 == 0 else EntryKind.NOTE,
                tlp=TLP.GREEN,
                rationale="Filler rationale." if n % 5 == 0 else "",
                position=position,
            )
        )
    risks = [
        model.RiskAssessment(
            case.id,
            RiskLevel.VERY_HIGH,
            date(2024, 6, 1),
            framework="VERA-2R",
            rationale="CANARY-RISK-RED-OLD",
            tlp=TLP.RED,
        ),
        model.RiskAssessment(
            case.id,
            RiskLevel.MODERATE,
            date(2024, 12, 10),
            conference_id=previous.id,
            framework="VERA-2R",
            rationale="CANARY-RISK-GREEN-PREVIOUS",
            tlp=TLP.GREEN,
        ),
        model.RiskAssessment(
            case.id,
            RiskLevel.HIGH,
            date(2025, 3, 14),
            conference_id=conf.id,
            framework="VERA-2R",
            domain_ratings={"intent": "moderate", "capability": "low"},
            rationale=f"CANARY-RISK-{tag(current_risk_tlp)}-CURRENT",
            known_unknowns="CANARY-KNOWN-UNKNOWNS",
            change=ChangeDirection.INCREASED,
            change_note="CANARY-RISK-CHANGE-NOTE",
            tlp=current_risk_tlp,
        ),
    ]
    needs = [
        model.Need(
            case.id,
            NeedDomain.HOUSING,
            NeedLevel.HIGH,
            agencies["municipality"].id,
            NeedStatus.IN_PROGRESS,
            "CANARY-NEED-NOTES",
        ),
    ]
    family = [
        model.FamilyMember(
            case.id,
            MOTHER,
            "mother",
            "attends family sessions",
            "family support group",
            safeguarding_notes="CANARY-FAMILY-SAFEGUARDING",
        ),
    ]
    interventions = [
        model.Intervention(
            case.id,
            InterventionKind.MENTORING,
            agencies["cso"].id,
            "Exit Mentors e.V.",
            InterventionStatus.ACTIVE,
            Engagement.GOOD,
            date(2024, 9, 1),
            notes="CANARY-INTERVENTION-NOTES",
        ),
    ]
    created = datetime(2024, 12, 10, 11, 0, tzinfo=UTC)
    actions = [
        model.Action(
            case.id,
            "CANARY-REVIEW-DONE",
            previous.id,
            people[POLICE_OFFICER].id,
            agencies["police"].id,
            date(2025, 2, 1),
            ActionStatus.DONE,
            reviewed_in_conference_id=conf.id,
            created_at=created,
        ),
        model.Action(
            case.id,
            "CANARY-REVIEW-NOT-DONE",
            previous.id,
            people[HEALTH_WORKER].id,
            agencies["health"].id,
            date(2025, 2, 15),
            ActionStatus.NOT_DONE,
            NotDoneReason.AGENCY_DID_NOT_ACT,
            "CANARY-REVIEW-NOTE",
            reviewed_in_conference_id=conf.id,
            created_at=created,
        ),
        model.Action(
            case.id,
            "CANARY-REVIEW-SUBJECT",
            previous.id,
            None,
            agencies["cso"].id,
            date(2025, 1, 31),
            ActionStatus.DONE,
            reviewed_in_conference_id=conf.id,
            for_subject=True,
            created_at=created,
        ),
        model.Action(
            case.id,
            "CANARY-ACTION-PROFESSIONAL",
            conf.id,
            people[POLICE_OFFICER].id,
            agencies["police"].id,
            date(2025, 4, 30),
            created_at=created + timedelta(days=94),
        ),
        model.Action(
            case.id,
            "CANARY-ACTION-SUBJECT",
            conf.id,
            None,
            agencies["cso"].id,
            date(2025, 5, 15),
            for_subject=True,
            created_at=created + timedelta(days=94),
        ),
    ]
    with vault.transaction():
        m.AGENCIES.upsert_many(vault, agencies.values())
        m.PEOPLE.upsert_many(vault, people.values())
        m.CASES.upsert(vault, case)
        m.CONFERENCES.upsert(vault, previous)
        m.CONFERENCES.upsert(vault, conf)
        m.ATTENDANCE.upsert_many(vault, attendance)
        m.ENTRIES.upsert_many(vault, entries)
        m.RISKS.upsert_many(vault, risks)
        m.NEEDS.upsert_many(vault, needs)
        m.FAMILY.upsert_many(vault, family)
        m.INTERVENTIONS.upsert_many(vault, interventions)
        m.ACTIONS.upsert_many(vault, actions)
    return result


@pytest.fixture
def minutes_case(vault: Vault) -> MinutesCase:
    return build_minutes_case(vault)

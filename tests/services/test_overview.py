"""The case overview: next conference, urgent actions, risk trend, who leads, consents."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from caseconf_desktop.domain import model
from caseconf_desktop.domain.directory import Directory
from caseconf_desktop.domain.enums import (
    ActionStatus,
    ConferenceStatus,
    ConsentKind,
    ConsentState,
    ResponsibilityDomain,
    RiskLevel,
)
from caseconf_desktop.services import overview
from caseconf_desktop.services.casefile import CaseFile
from caseconf_desktop.services.overview import ConsentStanding

TODAY = date(2026, 6, 15)


def case_file(**lists: list[object]) -> tuple[CaseFile, Directory]:
    agency = model.Agency("Probation North")
    person = model.Person("Jonas Keller", agency.id)
    case = model.Case(
        reference="CC-1",
        subject_name="Dmitri Pávlov",
        lead_agency_id=agency.id,
        review_frequency_days=90,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    fields = {
        name: lists.get(name, [])
        for name in (
            "responsibilities",
            "goals",
            "family",
            "consents",
            "risks",
            "needs",
            "interventions",
            "actions",
            "conferences",
        )
    }
    for key, records in fields.items():
        fields[key] = [
            r(case, agency, person) if callable(r) else r
            for r in records  # builders get the ids
        ]
    cf = CaseFile(case=case, **fields)  # type: ignore[arg-type]
    return cf, Directory({agency.id: agency}, {person.id: person})


def test_the_earliest_conference_not_closed_is_next_with_its_place() -> None:
    def conf(days: int, status: ConferenceStatus, place: str) -> object:
        when = datetime(2026, 6, 15, 10, tzinfo=UTC) + timedelta(days=days)
        return lambda c, a, p: model.Conference(c.id, when, place=place, status=status)

    cf, d = case_file(
        conferences=[
            conf(-90, ConferenceStatus.CLOSED, "Old room"),
            conf(30, ConferenceStatus.PLANNED, "Later room"),
            conf(7, ConferenceStatus.PLANNED, "Room 2"),
        ]
    )
    nxt = overview.summarise(cf, d, TODAY).next_conference
    assert nxt.place == "Room 2" and nxt.when is not None and nxt.when.date() == date(2026, 6, 22)
    assert not nxt.overdue


def test_with_none_planned_the_agreed_date_or_the_review_frequency_says_when_one_is_due() -> None:
    held = datetime(2026, 1, 10, 10, tzinfo=UTC)

    def closed(next_date: date | None) -> object:
        return lambda c, a, p: model.Conference(
            c.id, held, status=ConferenceStatus.CLOSED, next_conference_date=next_date
        )

    cf, d = case_file(conferences=[closed(date(2026, 7, 1))])
    nxt = overview.summarise(cf, d, TODAY).next_conference
    assert (nxt.due_by, nxt.agreed, nxt.overdue) == (date(2026, 7, 1), True, False)
    cf, d = case_file(conferences=[closed(None)])
    nxt = overview.summarise(cf, d, TODAY).next_conference
    assert (nxt.due_by, nxt.agreed, nxt.overdue) == (date(2026, 4, 10), False, True)


def test_open_actions_are_counted_and_the_most_urgent_come_first_with_owner() -> None:
    def action(text: str, due: date | None, status: ActionStatus = ActionStatus.OPEN) -> object:
        return lambda c, a, p: model.Action(
            c.id, text, owner_person_id=p.id, owner_agency_id=a.id, due=due, status=status
        )

    cf, d = case_file(
        actions=[
            action("No date", None),
            action("Later", date(2026, 7, 1)),
            action("Done long ago", date(2026, 1, 1), ActionStatus.DONE),
            action("Overdue", date(2026, 6, 1)),
            action("Soon", date(2026, 6, 20)),
            action("Much later", date(2026, 9, 1)),
        ]
    )
    o = overview.summarise(cf, d, TODAY)
    assert (o.open_actions, o.overdue_actions) == (5, 1)
    assert [a.description for a in o.urgent_actions] == ["Overdue", "Soon", "Later", "Much later"]
    first = o.urgent_actions[0]
    assert (first.owner, first.agency, first.overdue) == ("Jonas Keller", "Probation North", True)


def test_the_risk_trend_is_the_last_four_levels_oldest_first_and_its_direction() -> None:
    levels = [RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.MODERATE]

    def assessed(level: RiskLevel, month: int) -> object:
        return lambda c, a, p: model.RiskAssessment(c.id, level, date(2026, month, 1))

    # Stored newest first: the order they come in must not matter.
    cf, d = case_file(risks=[assessed(lv, i + 1) for i, lv in reversed(list(enumerate(levels)))])
    risk = overview.summarise(cf, d, TODAY).risk
    assert risk.levels == (RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.MODERATE)
    assert risk.direction == -1 and risk.assessments == 5 and risk.latest_on == date(2026, 5, 1)
    assert overview.summarise(*case_file(), TODAY).risk.levels == ()


def test_consents_expire_a_year_after_they_were_given_and_are_flagged_30_days_before() -> None:
    def consent(kind: ConsentKind, state: ConsentState, on: date) -> object:
        return lambda c, a, p: model.Consent(c.id, kind, state, on)

    cf, d = case_file(
        consents=[
            consent(ConsentKind.INFORMATION_SHARING, ConsentState.GIVEN, date(2025, 6, 1)),
            # The newest record of a kind counts.
            consent(ConsentKind.PARTICIPATION, ConsentState.GIVEN, date(2024, 1, 1)),
            consent(ConsentKind.PARTICIPATION, ConsentState.GIVEN, date(2025, 7, 1)),
        ]
    )
    by_kind = {c.kind: c for c in overview.summarise(cf, d, TODAY).consents}
    sharing = by_kind[ConsentKind.INFORMATION_SHARING]
    assert sharing.standing is ConsentStanding.EXPIRED and sharing.expires_on == date(2026, 6, 1)
    participation = by_kind[ConsentKind.PARTICIPATION]
    assert participation.standing is ConsentStanding.EXPIRING
    assert participation.expires_on == date(2026, 7, 1)
    assert by_kind[ConsentKind.FAMILY_INVOLVEMENT].standing is ConsentStanding.MISSING
    withdrawn = model.Consent("c", ConsentKind.PARTICIPATION, ConsentState.WITHDRAWN, TODAY)
    assert overview.consent_standing(withdrawn, TODAY) is ConsentStanding.WITHDRAWN
    fresh = model.Consent("c", ConsentKind.PARTICIPATION, ConsentState.GIVEN, TODAY)
    assert overview.consent_standing(fresh, TODAY) is ConsentStanding.VALID


def test_the_lead_agency_and_responsibilities_are_named() -> None:
    cf, d = case_file(
        responsibilities=[
            lambda c, a, p: model.Responsibility(
                c.id, ResponsibilityDomain.COORDINATION, a.id, p.id
            )
        ]
    )
    o = overview.summarise(cf, d, TODAY)
    assert o.lead_agency == "Probation North"
    line = o.responsibilities[0]
    assert (line.domain, line.agency, line.person) == (
        ResponsibilityDomain.COORDINATION,
        "Probation North",
        "Jonas Keller",
    )

"""Plausibility warnings: past dates, a birth date in the future, e-mail and phone slips."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseconf_desktop.domain import model, plausibility
from caseconf_desktop.domain.enums import ActionStatus

TODAY = date(2026, 6, 1)


def test_a_birth_date_in_the_future_is_questioned_but_one_in_the_past_is_not() -> None:
    case = model.Case(reference="CC-1", subject_name="A", date_of_birth=date(2030, 1, 1))
    assert "date_of_birth" in plausibility.case_warnings(case, TODAY)
    earlier = model.Case(reference="CC-1", subject_name="A", date_of_birth=date(1990, 1, 1))
    assert plausibility.case_warnings(earlier, TODAY) == {}


def test_an_open_action_due_in_2001_would_be_overdue_at_once() -> None:
    action = model.Action(case_id="c", description="x", due=date(2001, 3, 1))
    assert "overdue" in plausibility.action_warnings(action, TODAY)["due"]
    done = model.Action(
        case_id="c", description="x", due=date(2001, 3, 1), status=ActionStatus.DONE
    )
    assert plausibility.action_warnings(done, TODAY) == {}


def test_a_conference_400_days_ago_and_a_next_date_in_the_past_are_questioned() -> None:
    conf = model.Conference(
        case_id="c",
        scheduled_for=datetime.combine(TODAY - timedelta(days=400), datetime.min.time(), UTC),
        next_conference_date=TODAY - timedelta(days=1),
    )
    warnings = plausibility.conference_warnings(conf, TODAY)
    assert set(warnings) == {"scheduled_for", "next_conference_date"}
    assert (TODAY - timedelta(days=400)).isoformat() in warnings["scheduled_for"]


@given(st.dates())
def test_only_dates_before_today_are_called_past(day: date) -> None:
    assert bool(plausibility.past_date(day, TODAY)) == (day < TODAY)


@pytest.mark.parametrize(
    "text",
    ["", "mira@exit-path.example.org", "j.keller+cc@probation.gov.uk", "леила@пример.рф"],
)
def test_plausible_email_addresses_pass(text: str) -> None:
    assert plausibility.email_looks_valid(text)


@pytest.mark.parametrize(
    "text", ["mira", "mira@", "@example.org", "mira@example", "a b@example.org", "a@@b.org"]
)
def test_nonsense_email_addresses_are_questioned(text: str) -> None:
    assert not plausibility.email_looks_valid(text)
    assert "email" in plausibility.person_warnings(model.Person("P", email=text))


@pytest.mark.parametrize(
    "text", ["", "+44 20 7946 0958", "(030) 123-4567", "0161 496 0000", "+49 30/1234567"]
)
def test_plausible_phone_numbers_pass(text: str) -> None:
    assert plausibility.phone_looks_valid(text)


@pytest.mark.parametrize("text", ["call me", "12", "+44 20 7946 0958 ext. 12", "1" * 25])
def test_nonsense_phone_numbers_are_questioned(text: str) -> None:
    assert not plausibility.phone_looks_valid(text)
    assert "phone" in plausibility.person_warnings(model.Person("P", phone=text))

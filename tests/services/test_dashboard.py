"""The dashboard lists exactly what needs a coordinator's attention."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import CaseStatus, ConferenceStatus
from caseconf_desktop.services import dashboard
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault


def conference(case: model.Case, days_ago: int, status: ConferenceStatus) -> model.Conference:
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days_ago)
    return model.Conference(case_id=case.id, scheduled_for=when, status=status)


def test_dashboard_lists_overdue_due_stale_and_retention(vault: Vault) -> None:
    today = date.today()
    recent = model.Case("D-1", "Recent Conference", review_frequency_days=30)
    stale = model.Case("D-2", "Nothing For A Year", review_frequency_days=90)
    closed = model.Case("D-3", "Closed Case", status=CaseStatus.CLOSED)
    expired = model.Case(
        "D-4", "Retention Reached", retention_review_date=today - timedelta(days=1)
    )
    with vault.transaction():
        for c in (recent, stale, closed, expired):
            m.CASES.upsert(vault, c)
        m.CONFERENCES.upsert(vault, conference(recent, 20, ConferenceStatus.CLOSED))
        m.CONFERENCES.upsert(vault, conference(stale, 400, ConferenceStatus.CLOSED))
        m.CONFERENCES.upsert(vault, conference(expired, 10, ConferenceStatus.CLOSED))
        m.ACTIONS.upsert(vault, model.Action(recent.id, "late one", due=today - timedelta(days=2)))
        m.ACTIONS.upsert(vault, model.Action(recent.id, "not yet", due=today + timedelta(days=2)))
    board = dashboard.build(vault, today)
    assert [r.action.description for r in board.overdue_actions] == ["late one"]
    # recent: last conference 20 days ago, every 30 days -> due within the next 30 days.
    assert "D-1" in [c.reference for c in board.conferences_due]
    assert [c.reference for c in board.no_conference_for_a_year] == ["D-2"]
    assert "D-3" not in [
        c.reference for c in board.conferences_due + board.no_conference_for_a_year
    ]
    assert [r.reference for r in board.retention_due] == ["D-4"]
    assert board.conflicts == 0

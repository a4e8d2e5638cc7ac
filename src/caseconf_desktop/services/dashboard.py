"""The coordinator's dashboard: what needs attention across all cases.

Overdue actions, conferences due soon, cases with no conference for 12 months (practice
checklist item 8), retention reviews due, and merge conflicts awaiting a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from caseconf_desktop.domain.enums import CaseStatus
from caseconf_desktop.services import cases, conferences, retention
from caseconf_desktop.services import conflicts as conflict_service
from caseconf_desktop.services.cases import CaseSummary
from caseconf_desktop.storage.vault import Vault

DUE_SOON_DAYS = 30


@dataclass(frozen=True, slots=True)
class Dashboard:
    overdue_actions: list[conferences.ActionRow]
    conferences_due: list[CaseSummary]
    no_conference_for_a_year: list[CaseSummary]
    retention_due: list[retention.ReviewDue]
    conflicts: int


def build(vault: Vault, today: date | None = None) -> Dashboard:
    today = today or date.today()
    active = [c for c in cases.list_cases(vault) if c.status is CaseStatus.ACTIVE]
    soon = today + timedelta(days=DUE_SOON_DAYS)
    due = sorted(
        (c for c in active if c.next_conference_due is not None and c.next_conference_due <= soon),
        key=lambda c: (c.next_conference_due, c.reference),
    )
    stale = [c for c in active if c.no_conference_for_a_year]
    overdue = [r for r in conferences.open_actions(vault, today) if r.overdue]
    return Dashboard(
        overdue_actions=overdue,
        conferences_due=due,
        no_conference_for_a_year=stale,
        retention_due=retention.due_for_review(vault, today=today),
        conflicts=conflict_service.count(vault),
    )

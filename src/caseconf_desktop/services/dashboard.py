"""The coordinator's dashboard: what needs attention across all cases.

Overdue actions, conferences due soon, cases with no conference for 12 months (practice
checklist item 8), retention reviews due, and merge conflicts awaiting a person. Read from
the per-case summaries (storage/summaries.py): no pass over every case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from caseconf_desktop.services import conferences, retention
from caseconf_desktop.services.cases import CaseSummary, summary_of
from caseconf_desktop.storage import summaries, sync_store
from caseconf_desktop.storage.vault import Vault

DUE_SOON_DAYS = 30
NO_CONFERENCE_DAYS = 365
# Each list holds its most urgent rows; the tiles count them all (the Actions page and the
# case list show everything).
LIST_LIMIT = 300


@dataclass(frozen=True, slots=True)
class Dashboard:
    overdue_actions: list[conferences.ActionRow]
    conferences_due: list[CaseSummary]
    no_conference_for_a_year: list[CaseSummary]
    retention_due: list[retention.ReviewDue]
    conflicts: int
    # How many there are in all, by list ("overdue", "due", "stale"); a list may hold fewer.
    totals: dict[str, int] = field(default_factory=dict)


def build(vault: Vault, today: date | None = None, limit: int | None = LIST_LIMIT) -> Dashboard:
    today = today or date.today()
    due, due_total = summaries.due_by(vault, today, today + timedelta(days=DUE_SOON_DAYS), limit)
    stale, stale_total = summaries.without_conference_since(
        vault, today, today - timedelta(days=NO_CONFERENCE_DAYS), limit
    )
    late, late_total = summaries.overdue_actions(vault, today, limit)
    overdue = [
        conferences.ActionRow(action, reference, owner, agency, True)
        for action, reference, owner, agency in late
    ]
    return Dashboard(
        overdue_actions=overdue,
        conferences_due=[summary_of(r) for r in due],
        no_conference_for_a_year=[summary_of(r) for r in stale],
        retention_due=retention.due_for_review(vault, today=today),
        # The count alone, from storage: the merge machinery (services.sync) is not loaded
        # into the window for a number on a tile.
        conflicts=sync_store.conflict_count(vault),
        totals={"overdue": late_total, "due": due_total, "stale": stale_total},
    )

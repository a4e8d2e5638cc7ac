"""Per-case summaries stay current through every write, and the case list pages in SQLite."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, date, datetime, timedelta

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import ActionStatus, ConferenceStatus, RiskLevel
from caseconf_desktop.services import cases, dashboard
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage import summaries
from caseconf_desktop.storage.vault import Vault

TODAY = date.today()


def _case(vault: Vault, ref: str, name: str = "Invented Person") -> model.Case:
    case = model.Case(ref, name, review_frequency_days=60)
    with vault.transaction():
        m.CASES.upsert(vault, case)
    return case


def _summary(vault: Vault, case: model.Case) -> summaries.SummaryRow:
    (row,) = summaries.by_ids(vault, TODAY, [case.id])
    return row


def test_summary_follows_actions_conferences_and_risk_as_they_change(vault: Vault) -> None:
    case = _case(vault, "S-1")
    assert _summary(vault, case).open_actions == 0
    late = model.Action(case.id, "late", due=TODAY - timedelta(days=3))
    with vault.transaction():
        m.ACTIONS.upsert(vault, late)
        m.ACTIONS.upsert(vault, model.Action(case.id, "later", due=TODAY + timedelta(days=3)))
    row = _summary(vault, case)
    assert (row.open_actions, row.overdue_actions) == (2, 1)

    with vault.transaction():
        m.ACTIONS.upsert(vault, dataclasses.replace(late, status=ActionStatus.DONE))
    row = _summary(vault, case)
    assert (row.open_actions, row.overdue_actions) == (1, 0)

    held = datetime.now(UTC).replace(microsecond=0) - timedelta(days=10)
    conf = model.Conference(case_id=case.id, scheduled_for=held, status=ConferenceStatus.CLOSED)
    with vault.transaction():
        m.CONFERENCES.upsert(vault, conf)
        m.RISKS.upsert(vault, model.RiskAssessment(case.id, RiskLevel.HIGH, held.date()))
    row = _summary(vault, case)
    assert row.last_conference == held.date().isoformat()
    # No conference planned: due one review period after the last.
    assert row.next_due == (held.date() + timedelta(days=60)).isoformat()
    assert row.risk_level == "high"

    with vault.transaction():
        m.CONFERENCES.delete(vault, conf.id)
    assert _summary(vault, case).last_conference is None


def test_an_erased_case_takes_its_summary_with_it(vault: Vault) -> None:
    case = _case(vault, "S-2")
    with vault.transaction():
        m.ACTIONS.upsert(vault, model.Action(case.id, "something"))
    summaries.refresh(vault)
    with vault.transaction():
        m.CASES.delete(vault, case.id)
    summaries.refresh(vault)
    assert summaries.by_ids(vault, TODAY, [case.id]) == []
    assert vault.scalar("SELECT count(*) FROM case_summaries") == 0
    assert vault.scalar("SELECT count(*) FROM case_summaries_stale") == 0


def test_refresh_recomputes_only_the_cases_that_changed(vault: Vault) -> None:
    first, second = _case(vault, "S-3"), _case(vault, "S-4")
    summaries.refresh(vault)
    assert summaries.refresh(vault) == 0
    with vault.transaction():
        m.ACTIONS.upsert(vault, model.Action(second.id, "only this case"))
    assert summaries.refresh(vault) == 1
    assert _summary(vault, first).open_actions == 0
    assert _summary(vault, second).open_actions == 1


def test_case_list_pages_are_sorted_and_cut_inside_the_database(vault: Vault) -> None:
    for i in range(25):
        _case(vault, f"P-{i:03d}", name=f"Person {24 - i:02d}")
    first = cases.page(vault, limit=10)
    assert [s.reference for s in first.rows] == [f"P-{i:03d}" for i in range(10)]
    assert first.total == 25
    last = cases.page(vault, offset=20, limit=10)
    assert [s.reference for s in last.rows] == [f"P-{i:03d}" for i in range(20, 25)]
    by_name = cases.page(vault, order="subject_name", limit=3)
    assert [s.subject_name for s in by_name.rows] == ["Person 00", "Person 01", "Person 02"]
    newest_first = cases.page(vault, order="reference", descending=True, limit=1)
    assert newest_first.rows[0].reference == "P-024"


def test_case_list_page_of_a_search_counts_only_the_matches(vault: Vault) -> None:
    _case(vault, "Q-1", "Aurelio Invented")
    _case(vault, "Q-2", "Berenike Invented")
    _case(vault, "Q-3", "Aurelio Madeup")
    found = cases.page(vault, "aurelio", limit=1)
    assert [s.reference for s in found.rows] == ["Q-1"]
    assert found.total == 2


def test_dashboard_reads_summaries_for_a_new_case_without_a_conference(vault: Vault) -> None:
    case = _case(vault, "N-1")
    board = dashboard.build(vault, TODAY)
    assert [s.reference for s in board.no_conference_for_a_year] == [case.reference]


def test_dashboard_lists_hold_their_first_rows_and_the_tiles_count_them_all(
    vault: Vault,
) -> None:
    for i in range(5):
        case = _case(vault, f"T-{i}")
        with vault.transaction():
            m.ACTIONS.upsert(
                vault, model.Action(case.id, f"late {i}", due=TODAY - timedelta(days=10 - i))
            )
    board = dashboard.build(vault, TODAY, limit=2)
    assert [r.action.description for r in board.overdue_actions] == ["late 0", "late 1"]
    assert [s.reference for s in board.no_conference_for_a_year] == ["T-0", "T-1"]
    assert board.totals == {"overdue": 5, "due": 0, "stale": 5}
    whole = dashboard.build(vault, TODAY)
    assert len(whole.overdue_actions) == whole.totals["overdue"] == 5


def _ascii_nocase(text: str) -> str:
    """SQLite's NOCASE: ASCII letters folded, everything else compared as it is."""
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


_RANK = {None: 0, "low": 1, "moderate": 2, "high": 3, "very_high": 4}
_KEYS = {
    "reference": lambda r: r.reference,
    "subject_name": lambda r: _ascii_nocase(r.subject_name),
    "lead_agency": lambda r: _ascii_nocase(r.lead_agency),
    "status": lambda r: r.status,
    "risk_level": lambda r: _RANK[r.risk_level],
    "next_due": lambda r: (r.next_due is None, r.next_due or ""),
    "open_actions": lambda r: r.open_actions,
    "overdue_actions": lambda r: r.overdue_actions,
}


def test_every_sort_key_orders_the_list_and_its_pages_add_up_to_it(vault: Vault) -> None:
    from caseconf_desktop import demo

    demo.generate(vault, 40, seed=3)
    assert set(_KEYS) == set(cases.SORT_KEYS)
    for match in ("", cases.fts_query("housing")):
        for order, key in _KEYS.items():
            for descending in (False, True):
                whole = summaries.page(
                    vault, TODAY, match=match, order=order, descending=descending
                )
                pages = [
                    row
                    for offset in range(0, len(whole) + 7, 7)
                    for row in summaries.page(
                        vault,
                        TODAY,
                        match=match,
                        order=order,
                        descending=descending,
                        offset=offset,
                        limit=7,
                    )
                ]
                assert pages == whole, (order, descending, match)
                assert len(whole) == summaries.count(vault, match) > 0
                for a, b in itertools.pairwise(whole):
                    ka, kb = key(a), key(b)
                    assert (ka >= kb) if descending else (ka <= kb), (order, a, b)
                    if ka == kb:
                        assert a.reference < b.reference, (order, a, b)

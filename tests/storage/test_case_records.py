"""storage/case_records.py and storage/issued.py: the lookups services make instead of SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from caseconf_desktop.domain import model
from caseconf_desktop.storage import audit, case_records, issued
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault


def _case(vault: Vault, reference: str) -> model.Case:
    return m.CASES.upsert(vault, model.Case(reference=reference, subject_name="A. Subject"))


def test_references_starting_with_a_prefix_take_it_literally(vault: Vault) -> None:
    for reference in ("CC-2026-1", "CCX2026-2", "cc-2026-3", "CC_2026-4", "CC%2026-5"):
        _case(vault, reference)
    assert case_records.case_references_starting(vault, "CC-2026-") == ["CC-2026-1"]
    assert case_records.case_references_starting(vault, "CC_2026") == ["CC_2026-4"]
    assert case_records.case_references_starting(vault, "CC%") == ["CC%2026-5"]


def test_exists_and_the_case_of_a_conference(vault: Vault) -> None:
    case = _case(vault, "CC-2026-00001")
    conf = m.CONFERENCES.upsert(
        vault, model.Conference(case_id=case.id, scheduled_for=datetime.now(UTC))
    )
    assert case_records.exists(vault, m.CASES, case.id)
    assert not case_records.exists(vault, m.CASES, conf.id)
    assert case_records.case_of_conference(vault, conf.id) == case.id
    assert case_records.case_of_conference(vault, "no such conference") is None


def test_the_latest_audit_row(vault: Vault) -> None:
    audit.append(vault, "case.viewed", "case", "abc", case_id=None)
    assert case_records.latest_audit_row(vault) == ("case.viewed", "abc")


def test_open_actions_come_by_due_date_with_undated_last(vault: Vault) -> None:
    case = _case(vault, "CC-2026-00001")
    today = date(2026, 3, 16)
    dues = [today + timedelta(days=9), None, today - timedelta(days=2)]
    for n, due in enumerate(dues):
        m.ACTIONS.upsert(vault, model.Action(case_id=case.id, description=f"a{n}", due=due))
    rows = case_records.open_actions(vault)
    assert [r.action.description for r in rows] == ["a2", "a0", "a1"]
    assert {(r.case_reference, r.owner, r.agency) for r in rows} == {("CC-2026-00001", "", "")}


def test_the_disclosure_log_of_a_case_oldest_or_newest_first(vault: Vault) -> None:
    case = _case(vault, "CC-2026-00001")
    conf = m.CONFERENCES.upsert(
        vault, model.Conference(case_id=case.id, scheduled_for=datetime.now(UTC))
    )
    start = datetime(2026, 3, 16, 9, tzinfo=UTC)
    for n in range(3):
        issued.record(
            vault,
            issued.IssuedMinutes(
                conference_id=conf.id,
                case_id=case.id,
                audience="partner",
                recipient=f"r{n}",
                tlp="amber",
                sha256=f"{n:064d}",
                audit_head_hash="0" * 64,
                issued_at=start + timedelta(hours=n),
            ),
        )
    assert [c.recipient for c in issued.of_case(vault, case.id)] == ["r0", "r1", "r2"]
    newest = issued.of_case(vault, case.id, newest_first=True)
    assert [c.recipient for c in newest] == ["r2", "r1", "r0"]
    assert [c.recipient for c in issued.with_sha256(vault, f"{1:064d}")] == ["r1"]
    assert issued.of_conference(vault, conf.id) == issued.every_copy(vault)

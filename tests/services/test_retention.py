"""Retention review dates, and erasure that leaves nothing of the case but a tombstone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from caseconf_desktop import errors
from caseconf_desktop.domain import model
from caseconf_desktop.services import cases, retention
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.safety_helpers import (
    add_canary_case,
    decrypted_pages,
    dump,
    has_canary,
    text_of_every_table,
)

TODAY = date(2030, 6, 15)


def opened(vault: Vault, reference: str, created: date, own: date | None = None) -> model.Case:
    return m.CASES.upsert(
        vault,
        model.Case(
            reference=reference,
            subject_name=f"Person {reference}",
            created_at=datetime(created.year, created.month, created.day, tzinfo=UTC),
            retention_review_date=own,
        ),
    )


def test_cases_due_use_their_own_date_or_the_default_period(vault: Vault) -> None:
    opened(vault, "OWN-PAST", date(2029, 1, 1), own=date(2030, 6, 15))
    opened(vault, "OWN-FUTURE", date(2010, 1, 1), own=date(2030, 6, 16))
    opened(vault, "OLD", date(2025, 6, 15))  # exactly 5 years: due today
    opened(vault, "RECENT", date(2025, 6, 16))

    due = retention.due_for_review(vault, today=TODAY)

    assert [(d.reference, d.review_date, d.explicit) for d in due] == [
        ("OLD", date(2030, 6, 15), False),
        ("OWN-PAST", date(2030, 6, 15), True),
    ]


def test_default_period_comes_from_the_vault_and_a_parameter_overrides_it(vault: Vault) -> None:
    opened(vault, "THREE", date(2027, 6, 1))
    assert retention.default_years(vault) == retention.DEFAULT_YEARS
    assert retention.due_for_review(vault, today=TODAY) == []

    retention.set_default_years(vault, 3)

    assert retention.default_years(vault) == 3
    assert [d.reference for d in retention.due_for_review(vault, today=TODAY)] == ["THREE"]
    assert retention.due_for_review(vault, today=TODAY, years=10) == []
    assert audit.events(vault)[-1].action == "retention.default_changed"


def test_default_period_outside_1_to_100_years_is_refused(vault: Vault) -> None:
    with pytest.raises(errors.InvalidInput):
        retention.set_default_years(vault, 0)
    assert retention.default_years(vault) == retention.DEFAULT_YEARS


def test_erasure_leaves_no_trace_of_the_case_text_in_any_table(vault: Vault) -> None:
    target = add_canary_case(vault, "CAN-0001")
    other = opened(vault, "KEEP-1", date(2026, 1, 1))
    before = text_of_every_table(vault)
    for word in target.words:  # the scan sees every field before the erasure
        assert word.encode() in before, word

    report = retention.erase_case(vault, target.case.id, "Retention period ended")

    assert not has_canary(text_of_every_table(vault))
    assert report.records["cases"] == 1
    assert report.records["entries"] == 1
    assert report.records["minutes_issued"] == 1
    for table in ("responsibilities", "goals", "family_members", "consents", "attendance"):
        assert report.records[table] == 1, table
    assert m.CASES.get(vault, target.case.id) is None
    assert m.CASES.get(vault, other.id) is not None
    # Shared records of the partnership are not the case's and stay.
    assert m.AGENCIES.get(vault, target.agency.id) is not None
    assert m.PEOPLE.get(vault, target.person.id) is not None


def test_erasure_leaves_no_trace_in_the_decrypted_pages_of_the_file(
    vault: Vault, vault_path: Path
) -> None:
    target = add_canary_case(vault)
    retention.erase_case(vault, target.case.id, "Erasure request")
    vault.close()

    plain = decrypted_pages(vault_path, PASSPHRASE)

    assert not has_canary(plain)
    assert b"Shared Probation" in plain  # the decryption really reads the pages
    wal = Path(f"{vault_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_plain_delete_leaves_words_in_the_search_index_that_both_scans_find(
    vault: Vault, vault_path: Path
) -> None:
    target = add_canary_case(vault)
    with vault.transaction():
        vault.execute("DELETE FROM cases WHERE id = ?", (target.case.id,))
    # An FTS5 delete only records a tombstone: the words stay in the index segments.
    assert has_canary(text_of_every_table(vault))
    vault.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()

    assert has_canary(decrypted_pages(vault_path, PASSPHRASE))


def test_erasure_leaves_a_content_free_tombstone_and_the_chain_verifies(vault: Vault) -> None:
    target = add_canary_case(vault)
    owner = vault.get_meta("owner_person_id")
    before = len(audit.events(vault))

    retention.erase_case(vault, target.case.id, "  Retention   period ended ")

    rows = audit.events(vault)
    assert len(rows) == before + 1
    tomb = rows[-1]
    assert tomb.action == retention.ERASED_ACTION
    assert tomb.case_id == target.case.id
    assert tomb.object_id == target.case.id
    assert tomb.actor == owner
    assert tomb.detail["reason"] == "Retention period ended"
    assert abs(tomb.at - model.utcnow()) < timedelta(minutes=1)
    assert audit.verify(vault).ok
    assert [e.action for e in retention.erased_cases(vault)] == [retention.ERASED_ACTION]


def test_full_text_search_finds_nothing_of_the_erased_case(vault: Vault) -> None:
    target = add_canary_case(vault)
    keep = add_canary_case(vault, "CAN-0002")
    # The second case shares no words with the first except the prefix; rename its fields.
    m.CASES.upsert(vault, replace(keep.case, subject_name="Ilse Bewaard", pseudonym=""))

    retention.erase_case(vault, target.case.id, "Retention period ended")

    assert [c.reference for c in cases.list_cases(vault, "KanarieSubject")] == []
    assert [c.reference for c in cases.list_cases(vault, "Bewaard")] == ["CAN-0002"]
    assert [c.reference for c in cases.list_cases(vault, "KanarieEntryText")] == ["CAN-0002"]
    assert int(vault.scalar("SELECT count(*) FROM fts_rowids")) == 2  # CAN-0002 and its entry


def test_erasure_without_a_reason_changes_nothing(vault: Vault) -> None:
    target = add_canary_case(vault)
    before = dump(vault)

    with pytest.raises(errors.InvalidInput):
        retention.erase_case(vault, target.case.id, "   ")

    assert dump(vault) == before


def test_erasing_an_unknown_case_is_a_known_error(vault: Vault) -> None:
    with pytest.raises(errors.NotFound):
        retention.erase_case(vault, "no-such-case", "Retention period ended")
    with pytest.raises(errors.NotFound):
        retention.erase_by_reference(vault, "NOPE-1", "Retention period ended")

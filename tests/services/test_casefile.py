"""The case file service: the reference offered for a new case, and what the audit view names."""

from __future__ import annotations

import pytest

from caseconf_desktop.domain import model
from caseconf_desktop.services import casefile, retention
from caseconf_desktop.storage.vault import Vault


def _case(vault: Vault, reference: str) -> model.Case:
    return casefile.save_record(vault, model.Case(reference=reference, subject_name="A. Subject"))


def test_the_first_case_of_a_year_is_number_one(vault: Vault) -> None:
    assert casefile.next_case_reference(vault, 2026) == "CC-2026-00001"


def test_the_offer_is_one_above_the_highest_number_of_that_year(vault: Vault) -> None:
    for reference in ("CC-2026-00001", "CC-2026-00007", "CC-2025-00040", "CC-2027-00900"):
        _case(vault, reference)
    assert casefile.next_case_reference(vault, 2026) == "CC-2026-00008"
    assert casefile.next_case_reference(vault, 2025) == "CC-2025-00041"


@pytest.mark.parametrize("remove", ["erase", "delete"])
def test_after_a_case_is_removed_the_offer_repeats_no_reference_in_use(
    vault: Vault, remove: str
) -> None:
    cases = [_case(vault, f"CC-2026-{n:05d}") for n in (1, 2, 3)]
    if remove == "erase":
        retention.erase_case(vault, cases[1].id, "Erasure request")
    else:
        casefile.delete_record(vault, cases[1])
    in_use = {c.reference for c in cases} - {cases[1].reference}
    # Counting the cases would offer CC-2026-00003 again: the reference of a case in use.
    offered = casefile.next_case_reference(vault, 2026)
    assert offered == "CC-2026-00004"
    assert offered not in in_use
    _case(vault, offered)  # the UNIQUE reference accepts it


def test_references_that_only_look_alike_are_not_counted(vault: Vault) -> None:
    for reference in ("CC-2026-12a", "cc-2026-00050", "XCC-2026-00070", "CC-2026-"):
        _case(vault, reference)
    assert casefile.next_case_reference(vault, 2026) == "CC-2026-00001"


def test_the_audit_view_gets_names_and_references_by_id(vault: Vault) -> None:
    case = _case(vault, "CC-2026-00001")
    people, references = casefile.audit_names(vault)
    owner = vault.get_meta("owner_person_id")
    assert people[owner] == "Ana Test-Owner"
    assert references == {case.id: "CC-2026-00001"}

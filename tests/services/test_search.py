"""Case search over the FTS5 indexes, on a demo vault with names in four scripts."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from caseconf_desktop import demo
from caseconf_desktop.domain.model import Case, Entry
from caseconf_desktop.services import cases
from caseconf_desktop.storage import summaries
from caseconf_desktop.storage.mapping import CASES, CONFERENCES, ENTRIES
from caseconf_desktop.storage.vault import Vault


@pytest.fixture
def demo_vault(vault: Vault) -> Vault:
    demo.generate(vault, 40, seed=5)
    return vault


def _ids(vault: Vault, search: str, limit: int | None = None) -> list[str]:
    return [s.id for s in cases.list_cases(vault, search, limit=limit)]


def _case_named_in(vault: Vault, script: str) -> Case:
    for case in CASES.where(vault, order="reference"):
        if unicodedata.name(case.subject_name[0]).startswith(script):
            return case
    raise AssertionError(f"the demo has no {script} name")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@pytest.mark.parametrize("script", ["CYRILLIC", "GREEK", "ARABIC", "LATIN"])
def test_finds_a_case_by_its_subject_name_in_any_script(demo_vault: Vault, script: str) -> None:
    case = _case_named_in(demo_vault, script)
    assert case.id in _ids(demo_vault, case.subject_name)
    surname = case.subject_name.split()[-1]
    assert case.id in _ids(demo_vault, surname)


def test_every_result_of_a_name_search_contains_that_name(demo_vault: Vault) -> None:
    case = _case_named_in(demo_vault, "CYRILLIC")
    found = cases.list_cases(demo_vault, case.subject_name)
    assert found
    for summary in found:
        assert all(w.lower() in summary.subject_name.lower() for w in case.subject_name.split())


@pytest.mark.parametrize("script", ["CYRILLIC", "GREEK", "ARABIC", "LATIN"])
def test_finds_a_case_by_the_first_letters_of_a_name(demo_vault: Vault, script: str) -> None:
    case = _case_named_in(demo_vault, script)
    first_name = case.subject_name.split()[0]
    assert case.id in _ids(demo_vault, first_name[:3])


@pytest.mark.parametrize("script", ["CYRILLIC", "GREEK", "LATIN"])
def test_search_ignores_letter_case(demo_vault: Vault, script: str) -> None:
    case = _case_named_in(demo_vault, script)
    assert case.id in _ids(demo_vault, case.subject_name.upper())
    assert case.id in _ids(demo_vault, case.subject_name.lower())


def test_a_spelling_without_diacritics_finds_the_accented_name(vault: Vault) -> None:
    CASES.upsert(vault, Case(reference="T-1", subject_name="José Ibáñez"))
    CASES.upsert(vault, Case(reference="T-2", subject_name="Jiří Dvořák"))
    assert [s.reference for s in cases.list_cases(vault, "Jose")] == ["T-1"]
    assert [s.reference for s in cases.list_cases(vault, "jose ibanez")] == ["T-1"]
    assert [s.reference for s in cases.list_cases(vault, "JIRI DVORAK")] == ["T-2"]
    assert [s.reference for s in cases.list_cases(vault, "josé")] == ["T-1"]


def test_demo_latin_names_are_found_without_their_diacritics(demo_vault: Vault) -> None:
    checked = 0
    for case in CASES.where(demo_vault):
        plain = _strip_marks(case.subject_name)
        if plain == case.subject_name or not plain.isascii():
            continue  # no diacritics, or letters like Ł/Ø that are not composed marks
        assert case.id in _ids(demo_vault, plain), case.subject_name
        checked += 1
    assert checked > 0


def test_greek_name_is_found_without_its_accents(vault: Vault) -> None:
    CASES.upsert(vault, Case(reference="T-3", subject_name="Γιώργος Παπαδόπουλος"))
    assert [s.reference for s in cases.list_cases(vault, "Γιωργος")] == ["T-3"]
    # ... and with them, and a Cyrillic letter with a diacritic typed plainly.
    assert [s.reference for s in cases.list_cases(vault, "Γιώργος")] == ["T-3"]
    CASES.upsert(vault, Case(reference="T-4", subject_name="Артём Йовановић"))
    assert [s.reference for s in cases.list_cases(vault, "Артем")] == ["T-4"]


def test_a_vault_indexed_before_folding_is_folded_by_its_migration(vault_path: Path) -> None:
    from caseconf_desktop.storage import schema

    path = vault_path.with_name("v3.vault")
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.set_key("old vault passphrase")
    for script in schema.MIGRATIONS[:3]:  # stop at version 3, before folding existed
        conn.execute("BEGIN")
        for statement in schema._statements(script):
            conn.execute(statement)
        conn.execute("COMMIT")
    conn.execute("PRAGMA user_version = 3")
    conn.execute(
        "INSERT INTO cases(id, reference, subject_name, status, created_at) "
        "VALUES ('c1', 'T-9', 'Σωκράτης Ρήγας', 'active', '2026-01-01T00:00:00+00:00')"
    )
    conn.close()
    with Vault.open(path, "old vault passphrase") as upgraded:
        assert upgraded.schema_version == schema.CURRENT_VERSION
        assert [s.reference for s in cases.list_cases(upgraded, "Σωκρατης Ρηγας")] == ["T-9"]


def _cases_whose_entries_contain(vault: Vault, word: str) -> set[str]:
    pattern = re.compile(rf"\b{re.escape(word)}", re.IGNORECASE)
    rows = vault.query(
        "SELECT f.case_id, e.text, e.rationale FROM entries e"
        " JOIN conferences f ON f.id = e.conference_id"
    )
    return {str(cid) for cid, text, why in rows if pattern.search(text) or pattern.search(why)}


@pytest.mark.parametrize("word", ["employment", "mentor", "housing", "safeguarding", "licen"])
def test_entry_text_search_returns_exactly_the_cases_that_mention_it(
    demo_vault: Vault, word: str
) -> None:
    expected = _cases_whose_entries_contain(demo_vault, word)
    assert expected, f"the demo never mentions {word}"
    found = set(_ids(demo_vault, word))
    # Case fields (programme, establishment) can match too, so the result may be larger.
    assert expected <= found
    extra = found - expected
    for case_id in extra:
        case = CASES.get(demo_vault, case_id)
        assert case is not None
        fields = " ".join([case.programme, case.establishment, case.pseudonym]).lower()
        assert word in fields


def test_every_word_must_match(demo_vault: Vault) -> None:
    both = set(_ids(demo_vault, "housing mentor"))
    assert both
    assert both <= set(_ids(demo_vault, "housing"))
    assert both <= set(_ids(demo_vault, "mentor"))
    assert _ids(demo_vault, "housing qqqnotaword") == []


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"unbalanced quote',
        "*",
        "hous*",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "housing AND",
        "AND housing",
        "housing OR mentor",
        "(housing",
        "housing)",
        "()",
        "-housing",
        "housing -mentor",
        "subject_name:José",
        "^housing",
        "{text}: housing",
        "'; DROP TABLE cases; --",
        "+",
        "   ",
        "CC-2026-",
    ],
)
def test_fts_syntax_in_a_search_never_raises(demo_vault: Vault, text: str) -> None:
    result = cases.list_cases(demo_vault, text)
    assert isinstance(result, list)
    assert demo_vault.scalar("SELECT count(*) FROM cases") == 40


def test_operator_words_are_searched_as_plain_words(demo_vault: Vault) -> None:
    assert set(_ids(demo_vault, "housing AND mentor")) <= set(_ids(demo_vault, "housing mentor"))
    assert set(_ids(demo_vault, "-housing")) == set(_ids(demo_vault, "housing"))


def test_finds_a_case_by_reference_and_pseudonym(demo_vault: Vault) -> None:
    case = CASES.where(demo_vault, order="reference")[7]
    assert _ids(demo_vault, case.reference) == [case.id]
    assert case.id in _ids(demo_vault, case.pseudonym)


def test_an_empty_search_lists_every_case_in_reference_order(demo_vault: Vault) -> None:
    everything = cases.list_cases(demo_vault, "")
    assert len(everything) == 40
    refs = [s.reference for s in everything]
    assert refs == sorted(refs)
    assert [s.reference for s in cases.list_cases(demo_vault, "", limit=5)] == refs[:5]


def test_limit_caps_a_search_in_reference_order(demo_vault: Vault) -> None:
    full = cases.list_cases(demo_vault, "the")
    assert len(full) > 5
    assert [s.id for s in cases.list_cases(demo_vault, "the", limit=5)] == [s.id for s in full[:5]]


def _some_entry(vault: Vault) -> tuple[Entry, str]:
    entry = ENTRIES.where(vault, order="id")[3]
    conf = CONFERENCES.get(vault, entry.conference_id)
    assert conf is not None
    return entry, conf.case_id


def test_an_edited_entry_text_is_found_by_its_new_words_only(demo_vault: Vault) -> None:
    entry, case_id = _some_entry(demo_vault)
    assert _ids(demo_vault, "zebrafish") == []
    with demo_vault.transaction():
        ENTRIES.upsert(demo_vault, dataclasses.replace(entry, text="Talked about zebrafish."))
    assert _ids(demo_vault, "zebrafish") == [case_id]
    with demo_vault.transaction():
        ENTRIES.upsert(demo_vault, dataclasses.replace(entry, text="Talked about axolotls."))
    assert _ids(demo_vault, "zebrafish") == []
    assert _ids(demo_vault, "axolotl") == [case_id]


def test_an_edited_rationale_is_searchable(demo_vault: Vault) -> None:
    entry, case_id = _some_entry(demo_vault)
    with demo_vault.transaction():
        ENTRIES.upsert(demo_vault, dataclasses.replace(entry, rationale="Because of the quokka."))
    assert _ids(demo_vault, "quokka") == [case_id]


def test_a_new_entry_is_searchable_at_once(demo_vault: Vault) -> None:
    entry, case_id = _some_entry(demo_vault)
    new = Entry(conference_id=entry.conference_id, section=entry.section, text="Narwhal sighting.")
    with demo_vault.transaction():
        ENTRIES.upsert(demo_vault, new)
    assert _ids(demo_vault, "narwhal") == [case_id]
    with demo_vault.transaction():
        ENTRIES.delete(demo_vault, new.id)
    assert _ids(demo_vault, "narwhal") == []


def test_a_renamed_subject_is_found_by_the_new_name_only(demo_vault: Vault) -> None:
    case = _case_named_in(demo_vault, "ARABIC")
    old_surname = case.subject_name.split()[-1]
    with demo_vault.transaction():
        CASES.upsert(demo_vault, dataclasses.replace(case, subject_name="Wilhelmina Quastenberg"))
    assert _ids(demo_vault, "Quastenberg") == [case.id]
    assert case.id not in _ids(demo_vault, old_surname)


def test_a_deleted_case_disappears_from_search_and_from_the_index(demo_vault: Vault) -> None:
    case = _case_named_in(demo_vault, "GREEK")
    entry_words = _ids(demo_vault, "confidentiality")
    assert case.id in entry_words
    with demo_vault.transaction():
        assert CASES.delete(demo_vault, case.id)
    assert case.id not in _ids(demo_vault, case.subject_name)
    assert case.id not in _ids(demo_vault, "confidentiality")
    # Erasure must not leave the case's words behind in the search index.
    assert demo_vault.scalar("SELECT count(*) FROM entry_fts WHERE case_id = ?", (case.id,)) == 0
    assert demo_vault.scalar("SELECT count(*) FROM case_fts WHERE case_id = ?", (case.id,)) == 0
    index_rows = demo_vault.scalar("SELECT count(*) FROM entry_fts")
    assert index_rows == demo_vault.scalar("SELECT count(*) FROM entries")
    assert demo_vault.scalar("SELECT count(*) FROM fts_rowids") == index_rows + 39
    # The narrow map from an entry's index row to its case follows the index row for row.
    assert demo_vault.scalar("SELECT count(*) FROM entry_fts_case") == index_rows
    assert (
        demo_vault.scalar(
            "SELECT count(*) FROM entry_fts f JOIN entry_fts_case m ON m.fts_rowid = f.rowid"
            " WHERE m.case_id IS f.case_id"
        )
        == index_rows
    )


def test_case_list_counts_actions_through_the_per_case_index(demo_vault: Vault) -> None:
    # Through actions_open_due the overdue count scans every overdue action in the vault
    # once per listed case: 50 s to list 10,000 demo cases instead of well under a second.
    plan = demo_vault.query(
        "EXPLAIN QUERY PLAN " + summaries.SUMMARY_SELECT, {"today": "2026-01-01"}
    )
    details = " | ".join(str(row[3]) for row in plan)
    assert "actions_case" in details
    assert "actions_open_due" not in details


def test_an_entry_that_arrives_before_its_conference_is_found_once_the_conference_is_there(
    vault: Vault,
) -> None:
    # A bundle may carry a conference's entries ahead of the conference itself (a merge
    # that keeps a conference one device deleted): the search must still find them.
    from datetime import UTC, datetime

    from caseconf_desktop.domain import model
    from caseconf_desktop.domain.enums import Section
    from caseconf_desktop.storage import bulk
    from caseconf_desktop.storage.mapping import CONFERENCES, ENTRIES

    case = model.Case("ORD-1", "Invented Ordering", review_frequency_days=90)
    conf = model.Conference(case_id=case.id, scheduled_for=datetime.now(UTC))
    entry = model.Entry(conf.id, Section.NEEDS, "Beekeeping course at the allotment")
    with vault.transaction():
        CASES.upsert(vault, case)
        bulk.defer_foreign_keys(vault)
        ENTRIES.upsert(vault, entry)  # its conference is not stored yet
        CONFERENCES.upsert(vault, conf)
    assert _ids(vault, "beekeeping") == [case.id]
    assert vault.scalar("SELECT count(*) FROM entry_fts_case WHERE case_id IS NULL") == 0
    assert vault.scalar("SELECT count(*) FROM entry_fts WHERE case_id IS NULL") == 0

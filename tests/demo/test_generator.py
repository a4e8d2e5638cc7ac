"""The demo generator: realistic coverage of the model, determinism, and repeat runs."""

from __future__ import annotations

import json
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseconf_desktop import demo, errors
from caseconf_desktop.demo import data as demo_data
from caseconf_desktop.domain import disclosure
from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    AttendeeRole,
    ConferenceStatus,
    EntryKind,
    NotDoneReason,
    Role,
    Section,
)
from caseconf_desktop.services import cases, vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.mapping import ACTIONS, ATTENDANCE, CONFERENCES, ENTRIES
from caseconf_desktop.storage.vault import Vault

PASSPHRASE = "demo test passphrase 123"
TODAY = date(2026, 3, 16)

# Every table the generator fills, with the columns that identify the data.
DEMO_TABLES = [
    "cases",
    "responsibilities",
    "goals",
    "family_members",
    "consents",
    "conferences",
    "attendance",
    "entries",
    "risk_assessments",
    "needs",
    "interventions",
    "actions",
    "glossary",
]


@pytest.fixture
def demo_vault(vault: Vault) -> Vault:
    demo.generate(vault, 30, seed=1)
    return vault


def _distinct(vault: Vault, sql: str) -> set[object]:
    return {row[0] if len(row) == 1 else tuple(row) for row in vault.query(sql)}


def _script(name: str) -> str:
    """The script of the first letter of a name: LATIN, GREEK, CYRILLIC or ARABIC."""
    return unicodedata.name(name[0]).split()[0]


def test_small_demo_has_every_tlp_level_entry_kind_and_section(demo_vault: Vault) -> None:
    assert _distinct(demo_vault, "SELECT tlp FROM entries") == {t.value for t in TLP}
    assert _distinct(demo_vault, "SELECT kind FROM entries") == {k.value for k in EntryKind}
    assert _distinct(demo_vault, "SELECT section FROM entries") == {s.value for s in Section}
    combos = _distinct(demo_vault, "SELECT section, kind FROM entries")
    assert combos == {(s.value, k.value) for s in Section for k in EntryKind}


def test_small_demo_has_every_action_status_and_not_done_reason(demo_vault: Vault) -> None:
    actions = ACTIONS.where(demo_vault)
    assert {a.status for a in actions} == set(ActionStatus)
    not_done = {a.not_done_reason for a in actions if a.status is ActionStatus.NOT_DONE}
    assert not_done == set(NotDoneReason)
    today = date.today()
    assert any(a.is_overdue(today) for a in actions)
    assert any(a.status is ActionStatus.OPEN and not a.is_overdue(today) for a in actions)
    assert all(a.owner_person_id and a.owner_agency_id and a.due for a in actions)


def test_carried_forward_actions_point_at_the_action_they_continue(demo_vault: Vault) -> None:
    by_id = {a.id: a for a in ACTIONS.where(demo_vault)}
    carried = [a for a in by_id.values() if a.carried_forward_from_id]
    assert carried
    for action in carried:
        original = by_id[str(action.carried_forward_from_id)]
        assert original.status is ActionStatus.CARRIED_FORWARD
        assert original.reviewed_in_conference_id == action.conference_id
        assert original.description == action.description


def test_reviewed_actions_record_where_they_were_reviewed(demo_vault: Vault) -> None:
    reviewed = [
        a
        for a in ACTIONS.where(demo_vault)
        if a.status in (ActionStatus.DONE, ActionStatus.NOT_DONE, ActionStatus.CARRIED_FORWARD)
    ]
    assert reviewed
    assert all(a.reviewed_in_conference_id and a.review_note for a in reviewed)
    assert all(
        (a.not_done_reason is not None) == (a.status is ActionStatus.NOT_DONE)
        for a in reviewed
        if a.status is not ActionStatus.CARRIED_FORWARD
    )


def test_subject_and_family_attend_only_some_sections(demo_vault: Vault) -> None:
    lay = [a for a in ATTENDANCE.where(demo_vault) if disclosure.is_lay(a.role)]
    roles = {a.role for a in lay}
    assert roles == {AttendeeRole.SUBJECT, AttendeeRole.FAMILY}
    assert all(a.sections for a in lay)
    assert all(Section.RISK not in a.sections for a in lay)
    assert any(len(a.sections) < len(Section) for a in lay)


def test_attendance_records_apologies_with_and_without_information(demo_vault: Vault) -> None:
    rows = demo_vault.query(
        "SELECT DISTINCT sent_information FROM attendance WHERE status = 'apologies'"
    )
    assert {r[0] for r in rows} == {0, 1}


def test_subject_names_are_written_in_four_scripts(demo_vault: Vault) -> None:
    names = [r[0] for r in demo_vault.query("SELECT subject_name FROM cases")]
    assert {_script(n) for n in names} == {"LATIN", "GREEK", "CYRILLIC", "ARABIC"}
    latin = [n for n in names if _script(n) == "LATIN"]
    assert any(not n.isascii() for n in latin), "Latin names should carry diacritics"


def test_chair_facilitator_and_minute_taker_are_three_different_people(
    demo_vault: Vault,
) -> None:
    conferences = CONFERENCES.where(demo_vault)
    assert conferences
    for conf in conferences:
        trio = {conf.chair_id, conf.facilitator_id, conf.minute_taker_id}
        assert None not in trio
        assert len(trio) == 3


def test_every_closed_conference_has_a_risk_assessment_and_a_confidentiality_statement(
    demo_vault: Vault,
) -> None:
    closed = [c for c in CONFERENCES.where(demo_vault) if c.status is ConferenceStatus.CLOSED]
    assessed = _distinct(demo_vault, "SELECT conference_id FROM risk_assessments")
    assert {c.id for c in closed} == assessed
    for conf in closed:
        opening = ENTRIES.where(
            demo_vault, "conference_id = ? AND section = 'opening'", (conf.id,), "position"
        )
        assert "confidentiality statement" in opening[0].text
    ratings = json.loads(demo_vault.scalar("SELECT domain_ratings FROM risk_assessments"))
    assert set(ratings) == {"engagement", "intent", "capability", "protective_factors"}
    assert demo_vault.scalar("SELECT count(*) FROM risk_assessments WHERE known_unknowns = ''") == 0


def test_conferences_are_planned_ahead_and_some_cases_are_stale(demo_vault: Vault) -> None:
    today = date.today()
    planned = [c for c in CONFERENCES.where(demo_vault) if c.status is ConferenceStatus.PLANNED]
    assert planned
    assert all(c.scheduled_for.date() >= today for c in planned)
    per_case = _distinct(demo_vault, "SELECT count(*) FROM conferences GROUP BY case_id")
    assert per_case <= {1, 2, 3, 4}
    stale = [
        s
        for s in cases.list_cases(demo_vault)
        if s.last_conference is not None and s.last_conference < today - timedelta(days=365)
    ]
    assert stale
    assert all(s.no_conference_for_a_year for s in stale)


def test_decisions_carry_a_rationale_and_dissent_names_the_agency(demo_vault: Vault) -> None:
    entries = ENTRIES.where(demo_vault)
    decisions = [e for e in entries if e.kind is EntryKind.DECISION]
    dissents = [e for e in entries if e.kind is EntryKind.DISSENT]
    assert all(e.rationale for e in decisions)
    assert all(e.dissenting_agency_id for e in dissents)
    assert all(e.dissenting_agency_id is None for e in entries if e.kind is not EntryKind.DISSENT)
    assert all(e.source_agency_id for e in entries)


def test_only_clear_or_green_entries_are_shareable_with_the_subject(demo_vault: Vault) -> None:
    shareable = [e for e in ENTRIES.where(demo_vault) if e.shareable_with_subject]
    assert shareable
    assert {e.tlp for e in shareable} <= {TLP.CLEAR, TLP.GREEN}


def test_case_files_have_matrix_goals_family_consents_needs_and_interventions(
    demo_vault: Vault,
) -> None:
    n_cases = demo_vault.scalar("SELECT count(*) FROM cases")
    for table in ("responsibilities", "goals", "consents", "needs", "interventions"):
        with_rows = demo_vault.scalar(f"SELECT count(DISTINCT case_id) FROM {table}")
        assert with_rows == n_cases, table
    assert demo_vault.scalar("SELECT count(*) FROM family_members WHERE is_minor = 1") > 0
    assert (
        demo_vault.scalar(
            "SELECT count(*) FROM family_members WHERE is_minor = 1 AND safeguarding_notes = ''"
        )
        == 0
    )
    assert _distinct(demo_vault, "SELECT state FROM consents") == {"given", "withdrawn"}
    assert (
        demo_vault.scalar(
            "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM responsibilities r"
            " WHERE r.case_id = c.id AND r.domain = 'coordination' AND r.agency_id = c.lead_agency_id)"
        )
        == 0
    )


def test_demo_partnership_has_ten_kinds_of_agency_with_people(demo_vault: Vault) -> None:
    kinds = _distinct(
        demo_vault,
        "SELECT a.kind FROM agencies a JOIN people p ON p.agency_id = a.id"
        " WHERE a.id != (SELECT value FROM meta WHERE key = 'owner_agency_id')",
    )
    assert kinds == {spec.kind.value for spec in demo_data.load().agencies}
    assert len(kinds) == 10


def test_entries_average_about_ten_per_case(vault: Vault) -> None:
    stats = demo.generate(vault, 300, seed=7)
    assert 8 <= stats["entries"] / stats["cases"] <= 12


def test_returned_counts_match_what_the_vault_holds(vault: Vault) -> None:
    stats = demo.generate(vault, 12, seed=3)
    for key, table in [
        ("cases", "cases"),
        ("conferences", "conferences"),
        ("entries", "entries"),
        ("actions", "actions"),
        ("attendance", "attendance"),
        ("risk_assessments", "risk_assessments"),
    ]:
        assert stats[key] == vault.scalar(f"SELECT count(*) FROM {table}"), key
    assert stats["cases"] == 12


def _dump(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    owner_agency = vault.get_meta("owner_agency_id")
    owner_person = vault.get_meta("owner_person_id")
    out = {t: vault.query(f"SELECT * FROM {t} ORDER BY id") for t in DEMO_TABLES}
    out["agencies"] = vault.query(
        "SELECT * FROM agencies WHERE id != ? ORDER BY id", (owner_agency,)
    )
    out["people"] = vault.query("SELECT * FROM people WHERE id != ? ORDER BY id", (owner_person,))
    return out


def test_same_seed_gives_identical_data(vault: Vault, tmp_path: Path) -> None:
    other = vaults.init_vault(tmp_path / "other.vault", PASSPHRASE, "Someone Else", "Other")
    try:
        demo.generate(vault, 15, seed=42, today=TODAY)
        demo.generate(other, 15, seed=42, today=TODAY)
        first, second = _dump(vault), _dump(other)
    finally:
        other.close()
    assert first["cases"]
    assert first == second


def test_another_seed_gives_other_data(vault: Vault, tmp_path: Path) -> None:
    other = vaults.init_vault(tmp_path / "other.vault", PASSPHRASE, "Someone Else", "Other")
    try:
        demo.generate(vault, 5, seed=1, today=TODAY)
        demo.generate(other, 5, seed=2, today=TODAY)
        first = vault.query("SELECT id, subject_name FROM cases ORDER BY reference")
        second = other.query("SELECT id, subject_name FROM cases ORDER BY reference")
    finally:
        other.close()
    assert first != second


def test_running_demo_twice_adds_cases_without_reference_collisions(vault: Vault) -> None:
    demo.generate(vault, 8, seed=1)
    agencies = vault.scalar("SELECT count(*) FROM agencies")
    people = vault.scalar("SELECT count(*) FROM people")
    second = demo.generate(vault, 8, seed=1)

    refs = [r[0] for r in vault.query("SELECT reference FROM cases")]
    assert len(refs) == 16
    assert len(set(refs)) == 16
    numbers = sorted(int(r.rsplit("-", 1)[1]) for r in refs)
    assert numbers == list(range(1, 17))
    assert second["cases"] == 8
    assert second["agencies"] == 0
    assert second["people"] == 0
    assert second["glossary_terms"] == 0
    assert vault.scalar("SELECT count(*) FROM agencies") == agencies
    assert vault.scalar("SELECT count(*) FROM people") == people
    assert vault.scalar("SELECT count(*) FROM entries") > second["entries"]


def test_numbering_continues_after_the_highest_existing_reference(vault: Vault) -> None:
    from caseconf_desktop.domain.model import Case
    from caseconf_desktop.storage.mapping import CASES

    CASES.upsert(vault, Case(reference="CC-2019-00041", subject_name="Hand Made"))
    CASES.upsert(vault, Case(reference="OTHER-99999", subject_name="Other Scheme"))
    demo.generate(vault, 2, seed=1)
    refs = sorted(
        r[0] for r in vault.query("SELECT reference FROM cases WHERE reference LIKE 'CC-%'")
    )
    assert [r.rsplit("-", 1)[1] for r in refs] == ["00041", "00042", "00043"]


def test_demo_writes_one_audit_row_with_counts_only(vault: Vault) -> None:
    stats = demo.generate(vault, 5, seed=1)
    rows = [e for e in audit.events(vault) if e.action == "demo.generated"]
    assert len(rows) == 1
    assert rows[0].detail["cases"] == "5"
    assert rows[0].detail["entries"] == str(stats["entries"])
    assert all(value.isdigit() for value in rows[0].detail.values())
    assert rows[0].case_id is None
    assert audit.verify(vault).ok


def test_demo_seeds_the_glossary_once(vault: Vault) -> None:
    demo.generate(vault, 1, seed=1)
    terms = {r[0] for r in vault.query("SELECT term FROM glossary")}
    for term in ("disengagement", "deradicalisation", "exit work", "case conference"):
        assert term in terms
    for term in ("lead agency", "protective factor", "TLP:AMBER", "known unknowns"):
        assert term in terms
    assert len(terms) == len(demo.seed_glossary()) >= 15
    assert demo.generate(vault, 1, seed=1)["glossary_terms"] == 0
    assert vault.scalar("SELECT count(*) FROM glossary") == len(terms)


def test_zero_cases_is_refused_and_writes_nothing(vault: Vault) -> None:
    before = vault.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(errors.InvalidInput):
        demo.generate(vault, 0)
    assert vault.scalar("SELECT count(*) FROM agencies") == 1
    assert vault.scalar("SELECT count(*) FROM audit_log") == before


def test_demo_runs_on_a_facilitator_vault(tmp_path: Path) -> None:
    v = vaults.init_vault(
        tmp_path / "f.vault", PASSPHRASE, "Fac Ilitator", "Exit", Role.FACILITATOR
    )
    try:
        assert demo.generate(v, 3, seed=9)["cases"] == 3
    finally:
        v.close()

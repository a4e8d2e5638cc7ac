"""Rows in bulk: many rows a statement, with the triggers' work (search index) row by row."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import ConferenceStatus, EntryKind, Section
from caseconf_desktop.storage import bulk
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault, fold


def _entries(conference_id: str, n: int) -> list[model.Entry]:
    return [
        model.Entry(
            conference_id,
            Section.RISK,
            f"Größe Étienne word{i:04d} lives in Zürich",
            EntryKind.NOTE,
            rationale="" if i % 3 else f"reason{i}",
            position=i,
        )
        for i in range(n)
    ]


def _index_of(vault: Vault) -> dict[str, tuple[str, str, str]]:
    """Entry id -> (text, rationale, case id) as the search index holds it."""
    rows = vault.query(
        "SELECT r.record_id, f.text, f.rationale, f.case_id FROM fts_rowids AS r "
        "JOIN entry_fts AS f ON f.rowid = r.fts_rowid "
        "WHERE r.record_id IN (SELECT id FROM entries)"  # cases' ids map to case_fts rows
    )
    return {str(rid): (str(t), str(r), str(c)) for rid, t, r, c in rows}


def test_many_rows_are_written_and_indexed_each_as_one_row_would_be(vault: Vault) -> None:
    case = model.Case(reference="BULK-1", subject_name="Ana Bulk")
    conf = model.Conference(
        case.id, datetime(2025, 5, 6, 10, 0, tzinfo=UTC), status=ConferenceStatus.PLANNED
    )
    per = bulk.ROW_PARAMETERS // len(m.ENTRIES.columns)
    entries = _entries(conf.id, 2 * per + 7)  # two statements of many rows, and the rest
    with vault.transaction():
        m.CASES.upsert(vault, case)
        m.CONFERENCES.upsert(vault, conf)
        bulk.write_rows(vault, m.ENTRIES, [m.ENTRIES.to_row(e) for e in entries])

    stored = {e.id: e for e in m.ENTRIES.where(vault)}
    assert stored == {e.id: e for e in entries}
    assert _index_of(vault) == {
        e.id: (str(fold(e.text)), str(fold(e.rationale)), case.id) for e in entries
    }

    # Written again, changed: the rows are updated (upsert) and so is their index.
    changed = [dataclasses.replace(e, text=f"changed {e.position}") for e in entries]
    with vault.transaction():
        bulk.write_rows(vault, m.ENTRIES, [m.ENTRIES.to_row(e) for e in changed])
    assert {e.id: e for e in m.ENTRIES.where(vault)} == {e.id: e for e in changed}
    assert _index_of(vault) == {e.id: (e.text, str(fold(e.rationale)), case.id) for e in changed}
    word = "word0042"
    hits = vault.query("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH ?", (word,))
    assert hits == [(0,)]
    hits = vault.query("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'changed'")
    assert hits == [(len(entries),)]


def test_a_handful_of_rows_and_none_at_all(vault: Vault) -> None:
    agencies = [model.Agency(f"Agency {i}") for i in range(3)]
    with vault.transaction():
        bulk.write_rows(vault, m.AGENCIES, [])
        bulk.write_rows(vault, m.AGENCIES, [m.AGENCIES.to_row(a) for a in agencies[:1]])
        bulk.write_rows(vault, m.AGENCIES, [m.AGENCIES.to_row(a) for a in agencies])
    names = {a.name for a in m.AGENCIES.where(vault)}
    assert {a.name for a in agencies} <= names

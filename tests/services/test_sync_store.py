"""The merge reads each vault's own schema (issue 15): nothing learnt from one vault sticks.

Which tables refer to which is read from the vault being merged, on every merge, so two
vaults open in one process (a test run, the GUI with a restored copy) at different schema
states never share the answer.
"""

from __future__ import annotations

from pathlib import Path

from caseconf_desktop.services import casefile, conflicts, sync
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage import sync_store
from caseconf_desktop.storage.vault import Vault
from tests.services.sync_helpers import Courier, introduce, new_vault
from tests.services.test_merge import REF, build_case

# A table only one of the vaults has: as a later migration (or another tool) might add.
VISITS = "CREATE TABLE visit_log (id TEXT PRIMARY KEY, goal_id TEXT REFERENCES goals(id))"


def test_each_vault_answers_from_its_own_schema(vault: Vault, tmp_path: Path) -> None:
    other = new_vault(tmp_path / "other", "other", "Mila Horvat", "Police Noord")
    try:
        other.execute(VISITS)
        # The vault with the extra table is asked first: what it says may not stick.
        _, referrers_other = sync.references(other)
        _, referrers = sync.references(vault)
        assert ("visit_log", "goal_id") in referrers_other["goals"]
        assert ("visit_log", "goal_id") not in referrers.get("goals", [])
        assert sync.references(other)[1] == referrers_other
        # A table added to an open vault is seen by its next merge.
        vault.execute(VISITS)
        assert ("visit_log", "goal_id") in sync.references(vault)[1]["goals"]
        keys = sync_store.foreign_keys(vault)
        assert sync_store.ForeignKey("visit_log", "goal_id", "goals") in keys
        assert sync_store.ForeignKey("entries", "conference_id", "conferences") in keys
    finally:
        other.close()


def test_a_record_only_this_vault_still_uses_is_kept_when_a_bundle_deletes_it(
    tmp_path: Path,
) -> None:
    ws = new_vault(tmp_path / "ws", "ws", "Rania Haddad", "Probation Noord")
    lap = new_vault(tmp_path / "lap", "lap", "Joost de Wit", "Exit Mentors Noord")
    try:
        introduce(ws, lap, "laptop", "workstation")
        courier = Courier(tmp_path / "usb", {"workstation": ws, "laptop": lap})
        shared = build_case(ws)
        courier.send("workstation", "laptop", [REF])
        # Only the laptop's schema has the log, and it refers to a goal.
        lap.execute(VISITS)
        lap.execute("INSERT INTO visit_log(id, goal_id) VALUES ('v1', ?)", (shared.goals[0],))
        # The workstation merges first (its export reads its own schema), then the laptop.
        casefile.delete_record(ws, m.GOALS.get(ws, shared.goals[0]))
        courier.send("workstation", "laptop", [REF], since_last=True)
        assert m.GOALS.get(ws, shared.goals[0]) is None
        assert m.GOALS.get(lap, shared.goals[0]) is not None
        (conflict,) = conflicts.list_conflicts(lap)
        assert (conflict.table, conflict.kind) == ("goals", conflicts.KIND_DELETED)
    finally:
        ws.close()
        lap.close()


def test_stamps_in_bulk_are_those_written_one_by_one(vault: Vault) -> None:
    """Many stamps go many to a statement, in key order: each is stored as given."""
    from caseconf_desktop.storage import bulk

    n = 2 * (bulk.ROW_PARAMETERS // 5) + 3  # two statements of many rows, and the rest
    stamps: list[sync_store.Stamp] = [
        (
            "goals",
            f"rid-{i:05d}",
            None if i % 7 == 0 else f"case-{i % 11}",
            3,
            "peer" if i % 2 else None,
        )
        for i in range(n)
    ]
    with vault.transaction():
        sync_store.stamp(vault, stamps)
        sync_store.stamp(vault, [("goals", "rid-00001", "case-1", 9, None)])
        # Stamped again: each record keeps one stamp, the newest.
        sync_store.stamp(vault, [(t, r, c, 4, "other") for t, r, c, _, _ in stamps[:500]])
    rows = vault.query(
        "SELECT case_id, tbl, rid, seq, origin FROM sync_changes WHERE tbl = 'goals'"
    )
    expected = {(c or "", t, r): (3, o) for t, r, c, _, o in stamps}
    expected.update({(c or "", t, r): (4, "other") for t, r, c, _, _ in stamps[:500]})
    assert {(c, t, r): (s, o) for c, t, r, s, o in rows} == expected

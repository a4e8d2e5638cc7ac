"""Merging case records between two and three real vaults through real bundle files."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseconf_desktop import demo, errors
from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    ConferenceStatus,
    EntryKind,
    Section,
)
from caseconf_desktop.services import bundles, casefile, conflicts, devices, sync
from caseconf_desktop.storage import audit, tracking
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.sync_helpers import (
    CASE_TABLES,
    Courier,
    content,
    introduce,
    merge_state,
    new_vault,
    records,
)
from tests.services.test_interchange import build_rich_case

REF = "HO-2025-001"


@dataclasses.dataclass
class Shared:
    case_id: str
    conference_id: str
    goals: list[str]
    entries: list[str]
    actions: list[str]


def build_case(vault: Vault, reference: str = REF) -> Shared:
    """A small case: a conference with entries, goals and actions (synthetic names)."""
    agency = m.AGENCIES.upsert(vault, model.Agency("Exit Mentors Noord"))
    mentor = m.PEOPLE.upsert(vault, model.Person("Ilse Vermeulen", agency.id))
    case = model.Case(reference=reference, subject_name="Tomasz Wiśniewski", programme="Bridge")
    conf = model.Conference(
        case_id=case.id,
        scheduled_for=datetime(2025, 5, 6, 10, 0, tzinfo=UTC),
        place="Room 2",
        status=ConferenceStatus.IN_PROGRESS,
        facilitator_id=mentor.id,
    )
    goals = [model.Goal(case.id, f"Goal {i}", position=i) for i in range(2)]
    entries = [
        model.Entry(
            conf.id, Section.RISK, f"Entry {i}", EntryKind.NOTE, TLP.AMBER, agency.id, position=i
        )
        for i in range(3)
    ]
    actions = [
        model.Action(case.id, f"Action {i}", conf.id, mentor.id, agency.id, date(2025, 6, 1))
        for i in range(2)
    ]
    with vault.transaction():
        m.CASES.upsert(vault, case)
        m.CONFERENCES.upsert(vault, conf)
        m.GOALS.upsert_many(vault, goals)
        m.ENTRIES.upsert_many(vault, entries)
        m.ACTIONS.upsert_many(vault, actions)
    return Shared(
        case.id, conf.id, [g.id for g in goals], [e.id for e in entries], [a.id for a in actions]
    )


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Courier, Shared]]:
    """A coordinator's workstation with a case, and a facilitator's laptop that has it too."""
    ws = new_vault(tmp_path / "ws", "ws", "Rania Haddad", "Probation Noord")
    lap = new_vault(tmp_path / "lap", "lap", "Joost de Wit", "Exit Mentors Noord")
    introduce(ws, lap, "laptop", "workstation")
    courier = Courier(tmp_path / "usb", {"workstation": ws, "laptop": lap})
    shared = build_case(ws)
    courier.send("workstation", "laptop", [REF])
    yield courier, shared
    ws.close()
    lap.close()


def edit(vault: Vault, table: m.Table[Any], rid: str, **changes: Any) -> None:
    record = table.get(vault, rid)
    assert record is not None
    casefile.save_record(vault, dataclasses.replace(record, **changes), check=False)


# -- round trip --------------------------------------------------------------------------


def test_round_trip_preserves_every_field_of_every_record(tmp_path: Path) -> None:
    ws = new_vault(tmp_path / "ws", "ws", "Rania Haddad", "Probation Noord")
    lap = new_vault(tmp_path / "lap", "lap", "Joost de Wit", "Exit Mentors Noord")
    introduce(ws, lap, "laptop", "workstation")
    written = build_rich_case(ws)
    courier = Courier(tmp_path / "usb", {"workstation": ws, "laptop": lap})
    result = courier.send("workstation", "laptop", ["VE-2024-017"])
    got = records(lap)
    synced = [r for r in written if not isinstance(r, model.GlossaryTerm)]
    assert result.created == len(synced)
    for original in synced:
        table = casefile.TABLES[type(original)]
        assert got[table.name][original.id] == original
    # and back again, unchanged: nothing new, nothing in conflict
    back = courier.send("laptop", "workstation", ["VE-2024-017"])
    assert (back.created, back.updated, back.deleted, back.conflicts) == (0, 0, 0, 0)
    assert conflicts.count(ws) == conflicts.count(lap) == 0


def test_search_finds_received_cases_and_changed_entry_text(
    pair: tuple[Courier, Shared],
) -> None:
    from caseconf_desktop.services import cases

    courier, shared = pair
    lap = courier.vaults["laptop"]
    assert [c.reference for c in cases.list_cases(lap, "Wiśniewski")] == [REF]
    edit(courier.vaults["workstation"], m.ENTRIES, shared.entries[0], text="Greenhouse job")
    courier.send("workstation", "laptop", [REF], since_last=True)
    assert [c.reference for c in cases.list_cases(lap, "greenhouse")] == [REF]


# -- edits --------------------------------------------------------------------------------


def test_edits_to_different_fields_and_records_merge_without_conflict(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    edit(ws, m.CASES, shared.case_id, programme="Bridge II")
    edit(lap, m.CASES, shared.case_id, establishment="Westmark Prison")
    edit(lap, m.ENTRIES, shared.entries[0], text="Housing found on the laptop")
    edit(ws, m.GOALS, shared.goals[1], text="Goal agreed at the workstation")
    courier.send("workstation", "laptop", [REF], since_last=True)
    courier.send("laptop", "workstation", [REF], since_last=True)
    for vault in (ws, lap):
        case = m.CASES.get(vault, shared.case_id)
        assert case is not None
        assert (case.programme, case.establishment) == ("Bridge II", "Westmark Prison")
        assert m.ENTRIES.get(vault, shared.entries[0]).text == "Housing found on the laptop"  # type: ignore[union-attr]
        assert m.GOALS.get(vault, shared.goals[1]).text == "Goal agreed at the workstation"  # type: ignore[union-attr]
        assert conflicts.count(vault) == 0
    assert content(ws, skip_directory=True) == content(lap, skip_directory=True)


def test_concurrent_edits_of_one_field_become_a_conflict_keeping_both_values(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    edit(ws, m.ENTRIES, shared.entries[1], text="Workstation wording")
    edit(lap, m.ENTRIES, shared.entries[1], text="Laptop wording")
    to_lap = courier.send("workstation", "laptop", [REF], since_last=True)
    to_ws = courier.send("laptop", "workstation", [REF], since_last=True)
    assert to_lap.conflicts == to_ws.conflicts == 1
    # each vault keeps showing its own value until a person decides
    assert m.ENTRIES.get(ws, shared.entries[1]).text == "Workstation wording"  # type: ignore[union-attr]
    assert m.ENTRIES.get(lap, shared.entries[1]).text == "Laptop wording"  # type: ignore[union-attr]
    (on_ws,) = conflicts.list_conflicts(ws)
    (on_lap,) = conflicts.list_conflicts(lap)
    assert on_ws.id == on_lap.id  # the same conflict, named the same everywhere
    assert (on_ws.table, on_ws.record_id, on_ws.field) == ("entries", shared.entries[1], "text")
    assert on_ws.case_reference == REF
    assert on_ws.local.value == "Workstation wording"
    assert on_ws.local.by == "Rania Haddad"
    assert on_ws.local.device_id == devices.own_identity(ws).id
    (theirs,) = on_ws.remote
    assert theirs.value == "Laptop wording"
    assert (theirs.device, theirs.by) == ("laptop", "Joost de Wit")
    assert datetime.fromisoformat(theirs.at) <= datetime.now(UTC)
    assert on_lap.local.value == "Laptop wording"
    assert on_lap.remote[0].value == "Workstation wording"


def test_resolving_a_conflict_travels_and_settles_it_on_the_other_device(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    edit(ws, m.CASES, shared.case_id, programme="Workstation programme")
    edit(lap, m.CASES, shared.case_id, programme="Laptop programme")
    courier.send("workstation", "laptop", [REF], since_last=True)
    courier.send("laptop", "workstation", [REF], since_last=True)
    (conflict,) = conflicts.list_conflicts(ws)
    conflicts.resolve(ws, conflict.short_id, conflicts.REMOTE)
    assert m.CASES.get(ws, shared.case_id).programme == "Laptop programme"  # type: ignore[union-attr]
    assert conflicts.count(ws) == 0
    courier.send("workstation", "laptop", [REF], since_last=True)
    assert conflicts.count(lap) == 0
    assert m.CASES.get(lap, shared.case_id).programme == "Laptop programme"  # type: ignore[union-attr]
    (row,) = [e for e in audit.events(ws) if e.action == "conflict.resolved"]
    assert row.detail == {"conflict": conflict.id, "field": "programme", "kept": "remote"}


def test_a_conflict_can_be_settled_with_a_new_value_given_as_text(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    edit(ws, m.CASES, shared.case_id, review_frequency_days=30)
    edit(lap, m.CASES, shared.case_id, review_frequency_days=60)
    courier.send("laptop", "workstation", [REF], since_last=True)
    (conflict,) = conflicts.list_conflicts(ws)
    with pytest.raises(errors.InvalidInput, match="not a valid value"):
        conflicts.resolve(ws, conflict.id, "every other week")
    conflicts.resolve(ws, conflict.id, "45")
    assert m.CASES.get(ws, shared.case_id).review_frequency_days == 45  # type: ignore[union-attr]
    courier.send("workstation", "laptop", [REF], since_last=True)
    assert m.CASES.get(lap, shared.case_id).review_frequency_days == 45  # type: ignore[union-attr]
    assert conflicts.count(lap) == 0


def test_editing_a_field_in_conflict_keeps_the_conflict_until_it_is_resolved(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    edit(ws, m.GOALS, shared.goals[0], text="A")
    edit(lap, m.GOALS, shared.goals[0], text="B")
    courier.send("laptop", "workstation", [REF], since_last=True)
    edit(ws, m.GOALS, shared.goals[0], text="A, reworded")
    (conflict,) = conflicts.list_conflicts(ws)
    assert conflict.local.value == "A, reworded"
    assert [s.value for s in conflict.remote] == ["B"]


def test_entries_and_actions_created_on_both_sides_are_all_kept(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    added = []
    for vault, who in ((ws, "workstation"), (lap, "laptop")):
        entry = model.Entry(
            shared.conference_id, Section.NEEDS, f"Note from the {who}", EntryKind.NOTE, TLP.GREEN
        )
        action = model.Action(shared.case_id, f"Action from the {who}", shared.conference_id)
        casefile.save_record(vault, entry)
        casefile.save_record(vault, action, check=False)
        added += [("entries", entry.id), ("actions", action.id)]
    courier.send("workstation", "laptop", [REF], since_last=True)
    courier.send("laptop", "workstation", [REF], since_last=True)
    for vault in (ws, lap):
        got = records(vault)
        assert all(rid in got[table] for table, rid in added)
        assert len(got["entries"]) == 5 and len(got["actions"]) == 4
        assert conflicts.count(vault) == 0


# -- deletions ----------------------------------------------------------------------------


def test_deletions_propagate_with_what_hangs_off_them(pair: tuple[Courier, Shared]) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    goal = m.GOALS.get(ws, shared.goals[0])
    conference = m.CONFERENCES.get(ws, shared.conference_id)
    casefile.delete_record(ws, goal)
    casefile.delete_record(ws, conference)  # takes its entries with it
    result = courier.send("workstation", "laptop", [REF], since_last=True)
    assert result.deleted == 1 + 1 + 3
    assert m.GOALS.get(lap, shared.goals[0]) is None
    assert m.CONFERENCES.get(lap, shared.conference_id) is None
    assert m.ENTRIES.count(lap) == 0
    # actions agreed in it stay, no longer tied to it (as on the workstation)
    assert {a.conference_id for a in m.ACTIONS.where(lap)} == {None}
    assert content(lap, skip_directory=True) == content(ws, skip_directory=True)
    assert conflicts.count(lap) == 0


def test_a_record_deleted_on_one_side_and_changed_on_the_other_stays_with_a_conflict(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    casefile.delete_record(ws, m.GOALS.get(ws, shared.goals[1]))
    edit(lap, m.GOALS, shared.goals[1], text="Still our goal")
    courier.send("workstation", "laptop", [REF], since_last=True)
    courier.send("laptop", "workstation", [REF], since_last=True)
    for vault in (ws, lap):
        assert m.GOALS.get(vault, shared.goals[1]).text == "Still our goal"  # type: ignore[union-attr]
    (on_ws,) = conflicts.list_conflicts(ws)
    assert on_ws.kind == conflicts.KIND_DELETED
    assert on_ws.local.value is True  # this vault deleted it
    assert on_ws.remote[0].device == "laptop"
    (on_lap,) = conflicts.list_conflicts(lap)
    assert on_lap.local.value is False and on_lap.remote[0].value is True
    # the workstation insists: deleted everywhere after the next bundle
    conflicts.resolve(ws, on_ws.id, conflicts.LOCAL)
    assert m.GOALS.get(ws, shared.goals[1]) is None
    courier.send("workstation", "laptop", [REF], since_last=True)
    assert m.GOALS.get(lap, shared.goals[1]) is None
    assert conflicts.count(ws) == conflicts.count(lap) == 0


def test_keeping_a_record_another_device_deleted_brings_it_back_there(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    casefile.delete_record(ws, m.ACTIONS.get(ws, shared.actions[0]))
    edit(lap, m.ACTIONS, shared.actions[0], status=ActionStatus.DONE)
    courier.send("workstation", "laptop", [REF], since_last=True)
    (on_lap,) = conflicts.list_conflicts(lap)
    conflicts.resolve(lap, on_lap.id, conflicts.LOCAL)
    courier.send("laptop", "workstation", [REF], since_last=True)
    kept = m.ACTIONS.get(ws, shared.actions[0])
    assert kept is not None and kept.status is ActionStatus.DONE
    assert conflicts.count(ws) == conflicts.count(lap) == 0


def test_a_conference_deleted_while_the_laptop_added_entries_to_it_is_kept(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    casefile.delete_record(ws, m.CONFERENCES.get(ws, shared.conference_id))
    late = model.Entry(
        shared.conference_id, Section.AOB, "Said at the end", EntryKind.NOTE, TLP.GREEN
    )
    casefile.save_record(lap, late)
    courier.send("laptop", "workstation", [REF], since_last=True)
    courier.send("workstation", "laptop", [REF], since_last=True)
    for vault in (ws, lap):
        assert m.CONFERENCES.get(vault, shared.conference_id) is not None
        assert [e.id for e in m.ENTRIES.where(vault)] == [late.id]  # the deleted ones stay deleted
        (conflict,) = conflicts.list_conflicts(vault)
        assert (conflict.table, conflict.kind) == ("conferences", conflicts.KIND_DELETED)


# -- idempotence and order --------------------------------------------------------------------


def test_importing_a_bundle_twice_is_refused_as_a_replay_and_changes_nothing(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    edit(ws, m.CASES, shared.case_id, programme="Once")
    path = courier.export("workstation", "laptop", [REF])
    bundles.import_bundle(lap, path)
    before = (content(lap), merge_state(lap))
    with pytest.raises(bundles.ReplayedBundle, match="already imported"):
        bundles.import_bundle(lap, path)
    assert (content(lap), merge_state(lap)) == before


def test_since_last_bundle_holds_only_what_changed(pair: tuple[Courier, Shared]) -> None:
    courier, shared = pair
    ws = courier.vaults["workstation"]
    edit(ws, m.GOALS, shared.goals[0], text="Changed")
    path = courier.export("workstation", "laptop", [REF], since_last=True)
    from tests.services.sync_helpers import manifest_of, unseal

    counts = manifest_of(unseal(courier.vaults["laptop"], path))["counts"]
    # the goal, its case, and the case's lead agency chain at most; never the whole case
    assert counts["goals"] == 1
    assert "entries" not in counts and "actions" not in counts
    full = manifest_of(
        unseal(courier.vaults["laptop"], courier.export("workstation", "laptop", [REF]))
    )
    assert full["counts"]["entries"] == 3


def test_a_new_entry_reaches_the_other_device_in_a_since_last_bundle(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    lap, ws = courier.vaults["laptop"], courier.vaults["workstation"]
    entry = model.Entry(
        shared.conference_id, Section.FAMILY, "Mother visited", EntryKind.NOTE, TLP.GREEN
    )
    casefile.save_record(lap, entry)
    courier.send("laptop", "workstation", [REF], since_last=True)
    assert m.ENTRIES.get(ws, entry.id) == entry


def test_three_vaults_converge_through_a_coordinator(tmp_path: Path) -> None:
    ws = new_vault(tmp_path / "ws", "ws", "Rania Haddad", "Probation Noord")
    one = new_vault(tmp_path / "one", "one", "Joost de Wit", "Exit Mentors Noord")
    two = new_vault(tmp_path / "two", "two", "Amal Benali", "Family Support Noord")
    introduce(ws, one, "laptop-1", "workstation")
    introduce(ws, two, "laptop-2", "workstation")
    courier = Courier(tmp_path / "usb", {"workstation": ws, "laptop-1": one, "laptop-2": two})
    shared = build_case(ws)
    courier.send("workstation", "laptop-1", [REF])
    courier.send("workstation", "laptop-2", [REF])
    edit(one, m.CASES, shared.case_id, pseudonym="T.W.")
    edit(two, m.CASES, shared.case_id, programme="Family track")
    edit(one, m.ENTRIES, shared.entries[2], text="Laptop one")
    edit(two, m.ENTRIES, shared.entries[2], text="Laptop two")
    casefile.delete_record(two, m.GOALS.get(two, shared.goals[0]))
    courier.send("laptop-1", "workstation", [REF], since_last=True)
    courier.send("laptop-2", "workstation", [REF], since_last=True)
    courier.send("workstation", "laptop-1", [REF], since_last=True)
    courier.send("workstation", "laptop-2", [REF], since_last=True)
    case_ids = {v: m.CASES.get(v, shared.case_id) for v in (ws, one, two)}
    for case in case_ids.values():
        assert case is not None and (case.pseudonym, case.programme) == ("T.W.", "Family track")
    for vault in (ws, one, two):
        assert m.GOALS.get(vault, shared.goals[0]) is None
    ids = {tuple(c.id for c in conflicts.list_conflicts(v)) for v in (ws, one, two)}
    assert len(ids) == 1 and len(next(iter(ids))) == 1  # one conflict, the same everywhere
    assert m.ENTRIES.get(one, shared.entries[2]).text == "Laptop one"  # type: ignore[union-attr]
    assert m.ENTRIES.get(two, shared.entries[2]).text == "Laptop two"  # type: ignore[union-attr]
    # the coordinator settles it; both laptops follow
    (conflict,) = conflicts.list_conflicts(ws)
    conflicts.resolve(ws, conflict.id, "Agreed wording")
    courier.send("workstation", "laptop-1", [REF], since_last=True)
    courier.send("workstation", "laptop-2", [REF], since_last=True)
    for vault in (ws, one, two):
        assert m.ENTRIES.get(vault, shared.entries[2]).text == "Agreed wording"  # type: ignore[union-attr]
        assert conflicts.count(vault) == 0
    assert content(one, skip_directory=True) == content(two, skip_directory=True)
    assert content(ws, skip_directory=True) == content(one, skip_directory=True)


# -- import order does not matter (property) ------------------------------------------------

_TARGETS = [
    ("cases", "programme"),
    ("cases", "establishment"),
    ("goals", "text"),
    ("entries", "text"),
    ("actions", "description"),
    ("conferences", "place"),
]


class _World:
    """Template vaults made once: two devices with the shared case, and a receiver."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        a = new_vault(folder, "a", "Rania Haddad", "Probation Noord")
        b = new_vault(folder, "b", "Joost de Wit", "Exit Mentors Noord")
        r = new_vault(folder, "r", "Lena Vos", "Municipality Noord")
        introduce(a, b, "b", "a")
        introduce(a, r, "r", "a")
        introduce(b, r, "r", "b")
        self.shared = build_case(a)
        courier = Courier(folder / "setup", {"a": a, "b": b, "r": r})
        courier.send("a", "b", [REF])
        courier.send("a", "r", [REF])
        # b got the case from a, not from r: a bundle from b may change it on r only once
        # r has sent it to b (bundles stay in their lane). Exporting is enough.
        courier.export("r", "b", [REF])
        for v in (a, b, r):
            v.close()

    def copy(self, name: str, dest: Path) -> Vault:
        dest.mkdir(parents=True, exist_ok=True)
        target = dest / f"{name}.vault"
        shutil.copyfile(self.folder / f"{name}.vault", target)
        return Vault.open(target, PASSPHRASE)


_WORLD: dict[str, _World] = {}


def _world() -> _World:
    if "w" not in _WORLD:
        _WORLD["w"] = _World(Path(tempfile.mkdtemp(prefix="caseconf-merge-world-")))
    return _WORLD["w"]


_op = st.one_of(
    st.tuples(
        st.just("edit"),
        st.sampled_from("ab"),
        st.integers(0, len(_TARGETS) - 1),
        st.integers(0, 2),
        st.integers(0, 2),
    ),
    st.tuples(st.just("add"), st.sampled_from("ab"), st.integers(0, 9), st.just(0), st.just(0)),
    st.tuples(st.just("delete"), st.sampled_from("ab"), st.integers(0, 2), st.just(0), st.just(0)),
    st.tuples(st.just("bundle"), st.sampled_from("ab"), st.booleans(), st.just(0), st.just(0)),
    st.tuples(st.just("exchange"), st.sampled_from("ab"), st.just(0), st.just(0), st.just(0)),
)


@settings(
    max_examples=10,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(_op, min_size=2, max_size=9), seed=st.integers(0, 2**16))
def test_import_order_does_not_change_the_result(
    ops: list[tuple[str, str, Any, int, int]], seed: int
) -> None:
    world = _world()
    folder = Path(tempfile.mkdtemp(prefix="caseconf-merge-example-"))
    a, b = world.copy("a", folder / "a"), world.copy("b", folder / "b")
    vaults = {"a": a, "b": b}
    try:
        courier = Courier(folder / "usb", {"a": a, "b": b, "r": world.copy("r", folder / "r0")})
        courier.vaults["r"].close()
        shared = world.shared
        sent: list[Path] = []
        deletable = [
            ("goals", shared.goals[0]),
            ("entries", shared.entries[0]),
            ("actions", shared.actions[1]),
        ]
        ids = {
            "cases": shared.case_id,
            "goals": shared.goals[1],
            "entries": shared.entries[1],
            "actions": shared.actions[0],
            "conferences": shared.conference_id,
        }
        for kind, dev, arg, value, _ in ops:
            vault = vaults[dev]
            if kind == "edit":
                table_name, field_name = _TARGETS[arg]
                table = sync.BY_NAME[table_name]
                record = table.get(vault, ids[table_name])
                if record is not None:
                    edit(vault, table, record.id, **{field_name: f"{dev}{value}"})
            elif kind == "add":
                if m.CONFERENCES.get(vault, shared.conference_id) is not None:
                    casefile.save_record(
                        vault,
                        model.Entry(
                            shared.conference_id,
                            Section.AOB,
                            f"{dev} note {arg}",
                            EntryKind.NOTE,
                            TLP.GREEN,
                        ),
                    )
            elif kind == "delete":
                table_name, rid = deletable[arg]
                record = sync.BY_NAME[table_name].get(vault, rid)
                if record is not None:
                    casefile.delete_record(vault, record)
            elif kind == "bundle":
                sent.append(courier.export(dev, "r", [REF], since_last=bool(arg)))
            else:
                other = "b" if dev == "a" else "a"
                bundles.import_bundle(
                    vaults[other], courier.export(dev, other, [REF], since_last=True)
                )
        sent += [courier.export("a", "r", [REF], since_last=True), courier.export("b", "r", [REF])]
        shuffled = list(sent)
        random.Random(seed).shuffle(shuffled)
        results = []
        for n, order in enumerate((sent, shuffled, list(reversed(sent)))):
            receiver = world.copy("r", folder / f"r{n + 1}")
            try:
                for path in order:
                    bundles.import_bundle(receiver, path)
                results.append((content(receiver), merge_state(receiver)))
            finally:
                receiver.close()
        assert results[0] == results[1] == results[2]
    finally:
        for v in (a, b):
            v.close()
        shutil.rmtree(folder, ignore_errors=True)


# -- the register itself (pure functions, many examples) ------------------------------------


@settings(max_examples=150, deadline=None, database=None)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from("xyz"),
            st.sampled_from(["write", "pull"]),
            st.sampled_from("xyz"),
            st.integers(0, 3),
        ),
        min_size=1,
        max_size=25,
    ),
    seed=st.integers(0, 2**16),
)
def test_merging_registers_in_any_order_gives_the_same_register(
    steps: list[tuple[str, str, str, int]], seed: int
) -> None:
    """Three devices write one field and pull each other's state; every merge order agrees."""
    regs: dict[str, sync.Register] = {d: (sync.Sibling("start", sync.CREATION),) for d in "xyz"}
    clock = dict.fromkeys("xyz", 0)
    history: list[sync.Register] = []
    for device, action, other, value in steps:
        if action == "write":
            clock[device] += 1
            reg = regs[device]
            shown = sync.display(reg, device)
            superseded = [s for s in reg if sync.canon(s.value) == sync.canon(shown.value)]
            regs[device] = sync.write(reg, superseded, f"v{value}", device, clock[device], "", "")
        else:
            regs[device] = sync.merge(regs[device], regs[other])
        history.append(regs[device])
    orders = [list(history) for _ in range(3)]
    rng = random.Random(seed)
    for order in orders[1:]:
        rng.shuffle(order)
    finals = []
    for order in orders:
        acc: sync.Register = ()
        for reg in order:
            acc = sync.merge(acc, reg)
        finals.append(acc)
    assert finals[0] == finals[1] == finals[2]
    # merging is idempotent and every device's final state is covered
    assert sync.merge(finals[0], finals[0]) == finals[0]
    for reg in regs.values():
        assert sync.merge(finals[0], reg) == finals[0]


# -- what tracking costs ------------------------------------------------------------------------


def test_generated_records_cost_no_tracking_rows_until_they_change(vault: Vault) -> None:
    demo.generate(vault, 3, today=date(2025, 6, 1))
    assert vault.scalar("SELECT count(*) FROM sync_versions") == 0
    assert vault.scalar("SELECT count(*) FROM sync_pending") == 0
    assert vault.scalar("SELECT count(*) FROM sync_changes") == 0
    case = m.CASES.where(vault)[0]
    edit(vault, m.CASES, case.id, programme="Changed")
    assert vault.query("SELECT tbl, field FROM sync_pending") == [("cases", "programme")]


def test_rows_made_for_many_records_are_those_the_codec_makes(vault: Vault) -> None:
    """The merge's fast row maker writes what Codec.db_row writes, on every table."""
    from caseconf_desktop.services.codec import codec

    build_rich_case(vault)
    for t in sync.SYNCED:
        c = codec(t.name)
        at = t.columns.index("id")
        stored = {row[at]: tuple(row) for row in vault.query(t.select_sql)}
        assert stored, t.name
        values = sync.load_rows(vault, t.name, stored)
        for rid, row in stored.items():
            made = sync._db_rows(c)(values[rid])
            assert made == c.db_row(values[rid]) == row, (t.name, rid)
            assert [type(v) for v in made] == [type(v) for v in row], (t.name, rid)
        # Moments as another device may write them, received: stored as the codec stores them.
        moments = [col for col in c.fields if c.spec[col].shape == "datetime"]
        for n, spelling in enumerate(_MOMENT_SPELLINGS):
            received = [
                {"id": rid, "values": {**v, **{col: spelling for col in moments}}}
                for rid, v in values.items()
            ]
            for rec in sync.parse_records(t.name, json.loads(json.dumps(received))):
                assert rec.values is not None
                made = sync._db_rows(c)(rec.values)
                assert made == c.db_row(rec.values), (t.name, n)
                assert [type(v) for v in made] == [type(v) for v in c.db_row(rec.values)]


_MOMENT_SPELLINGS = (
    "2024-03-04T09:00:00Z",
    "2024-03-04T10:30+01:30",
    "2024-03-04T09:00:00.250000-05:00",
    "2024-03-04T09:00:00.000000+00:00",
    "2024-12-31T23:59:59.999999-23:59",
)


def test_tracking_triggers_cover_every_column_of_every_synced_table() -> None:
    """A column added to the model needs a migration that re-creates the table's triggers."""
    assert {t.name: tuple(t.columns) for t in CASE_TABLES} == tracking.CURRENT_COLUMNS
    assert [t.name for t in sync.SYNCED] == [t.name for t in CASE_TABLES]


def test_erasing_a_case_leaves_none_of_its_values_in_the_merge_records(
    pair: tuple[Courier, Shared],
) -> None:
    from caseconf_desktop.services import retention

    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    edit(ws, m.GOALS, shared.goals[0], text="ERASE-ME-WS")
    edit(lap, m.GOALS, shared.goals[0], text="ERASE-ME-LAP")
    edit(ws, m.ENTRIES, shared.entries[2], text="ERASE-ME-ENTRY")
    casefile.delete_record(ws, m.ENTRIES.get(ws, shared.entries[2]))
    courier.send("laptop", "workstation", [REF], since_last=True)
    assert conflicts.count(ws) == 1
    retention.erase_case(ws, shared.case_id, "retention period ended")
    leftovers = [
        row
        for table in ("sync_versions", "sync_pending", "sync_changes", "conflicts", "sync_marks")
        for row in ws.query(f"SELECT * FROM {table}")
    ]
    assert not any("ERASE-ME" in repr(row) for row in leftovers)
    assert conflicts.count(ws) == 0


def test_a_conference_with_issued_minutes_here_is_not_deleted_by_a_bundle(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    ws, lap = courier.vaults["workstation"], courier.vaults["laptop"]
    with lap.transaction():  # the disclosure log: minutes of this conference went out
        lap.execute(
            "INSERT INTO minutes_issued(id, conference_id, case_id, audience, recipient, tlp, "
            "sha256, audit_head_hash, issued_at) VALUES ('m1', ?, ?, 'full', 'Chair', 'RED', "
            "'00', '00', '2025-05-06T12:00:00+00:00')",
            (shared.conference_id, shared.case_id),
        )
    casefile.delete_record(ws, m.CONFERENCES.get(ws, shared.conference_id))
    courier.send("workstation", "laptop", [REF], since_last=True)
    assert m.CONFERENCES.get(lap, shared.conference_id) is not None
    assert lap.scalar("SELECT count(*) FROM minutes_issued") == 1
    (conflict,) = conflicts.list_conflicts(lap)
    assert (conflict.table, conflict.kind) == ("conferences", conflicts.KIND_DELETED)
    assert conflict.local.text == "still used by other records here"


def test_a_restored_vault_counts_on_past_what_other_devices_saw_from_it(
    pair: tuple[Courier, Shared],
) -> None:
    courier, shared = pair
    lap = courier.vaults["laptop"]
    before = int(lap.scalar("SELECT clock FROM sync_state"))
    sync.after_restore(lap)
    edit(lap, m.GOALS, shared.goals[0], text="After the restore")
    courier.send("laptop", "workstation", [REF], since_last=True)
    (reg,) = [
        json.loads(s)
        for (s,) in courier.vaults["workstation"].query(
            "SELECT siblings FROM sync_versions WHERE rid = ? AND field = 'text'",
            (shared.goals[0],),
        )
    ]
    assert reg[0]["dot"][1] > before + sync.RESTORE_JUMP

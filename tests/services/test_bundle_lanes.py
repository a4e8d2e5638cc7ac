"""Bundles stay in their lane, and erasure is final everywhere (security issue 11, B).

Attacks come from a *trusted* device: the laptop's real signing key signs every crafted
manifest, and the bundle is sealed to the workstation as a real one is. Each refusal must
name the case, and leave every row of the workstation's vault as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseconf_desktop.services import bundles, conflicts, devices, retention, sync
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.services.conftest import build_minutes_case
from tests.services.sync_helpers import Courier, full_dump, introduce, new_vault, seal, unseal
from tests.services.test_bundles import resign

A, B, C = "LANE-A-1", "LANE-B-2", "LANE-C-3"


class Lanes:
    """A workstation with cases A, B (handed to the laptop) and C (never handed over)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ws = new_vault(folder / "ws", "ws", "Rania Haddad", "Probation Noord")
        self.lap = new_vault(folder / "lap", "lap", "Joost de Wit", "Exit Mentors Noord")
        self.other = new_vault(folder / "other", "other", "Mila Horvat", "Police Noord")
        introduce(self.ws, self.lap, "laptop", "workstation")
        introduce(self.ws, self.other, "other", "workstation")
        self.ids = {ref: build_minutes_case(self.ws, reference=ref).case_id for ref in (A, B, C)}
        self.courier = Courier(
            folder / "usb", {"workstation": self.ws, "laptop": self.lap, "other": self.other}
        )
        self.courier.send("workstation", "laptop", [A, B])
        self.lap_id = devices.own_identity(self.lap).id
        self.crafts = 0

    def honest(self, refs: list[str]) -> dict[str, bytes]:
        """The members of a real bundle from the laptop to the workstation."""
        return unseal(self.ws, self.courier.export("laptop", "workstation", refs))

    def records_of_c(self) -> dict[str, list[dict[str, Any]]]:
        """Case C's records as the workstation sends them (to the other device)."""
        members = unseal(self.other, self.courier.export("workstation", "other", [C]))
        return {
            name[len("records/") : -len(".json")]: json.loads(data)
            for name, data in members.items()
            if name.startswith("records/")
        }

    def crafted(self, members: dict[str, bytes], **manifest_changes: Any) -> Path:
        """The members under a manifest changed as given, signed with the laptop's key."""
        manifest = json.loads(members["manifest.json"])
        manifest.update(manifest_changes)
        signed = resign(self.lap, {**members, "manifest.json": json.dumps(manifest).encode()})
        self.crafts += 1
        out = self.folder / "usb" / f"crafted-{self.crafts}.ccbundle"
        out.write_bytes(seal(self.ws, signed))
        return out

    def version(self, value: Any, n: int) -> dict[str, Any]:
        """A version by the laptop that supersedes the value as created."""
        return {"v": value, "dot": [self.lap_id, n], "ctx": {"": 1}, "at": "2025-05-01", "by": "x"}

    def close(self) -> None:
        for v in (self.ws, self.lap, self.other):
            v.close()


@pytest.fixture
def lanes(tmp_path: Path) -> Iterator[Lanes]:
    world = Lanes(tmp_path)
    yield world
    world.close()


def refused_whole(vault: Vault, path: Path, kind: type[Exception], *words: str) -> str:
    before = full_dump(vault)
    with pytest.raises(kind) as info:
        bundles.import_bundle(vault, path)
    text = str(info.value)
    assert type(info.value) is kind and all(w in text for w in words), text
    assert "\n" not in text and text.endswith("nothing was imported.")
    assert full_dump(vault) == before
    return text


def with_records(members: dict[str, bytes], table: str, extra: list[dict[str, Any]]) -> None:
    name = f"records/{table}.json"
    items = json.loads(members.get(name, b"[]"))
    members[name] = json.dumps([*items, *extra]).encode()


# -- finding 4: a trusted device's bundle touches only its own lane ---------------------------


def test_a_bundle_that_edits_a_case_its_manifest_does_not_list_is_refused(lanes: Lanes) -> None:
    b = m.CASES.get(lanes.lap, lanes.ids[B])
    assert b is not None
    members = lanes.honest([A, B])
    path = lanes.crafted(members, cases=[lanes.ids[A]])  # B's records stay in the bundle
    refused_whole(lanes.ws, path, bundles.UnlistedCase, B, "does not list")


def test_a_trusted_device_cannot_edit_a_case_it_was_never_sent(lanes: Lanes) -> None:
    members = lanes.honest([A])
    record = lanes.records_of_c()["cases"][0]
    record["versions"] = {"subject_name": [lanes.version("Rewritten by the laptop", 10**6)]}
    with_records(members, "cases", [record])
    path = lanes.crafted(members, cases=[lanes.ids[A], lanes.ids[C]])
    refused_whole(lanes.ws, path, bundles.CaseNotExchanged, C, "laptop", "never sent")
    assert m.CASES.get(lanes.ws, lanes.ids[C]).subject_name != "Rewritten by the laptop"  # type: ignore[union-attr]


def test_a_trusted_device_cannot_delete_a_case_it_was_never_sent(lanes: Lanes) -> None:
    members = lanes.honest([A])
    deletion = {
        "id": lanes.ids[C],
        "values": None,
        "case": lanes.ids[C],
        "versions": {"_deleted": [lanes.version(True, 10**6)]},
    }
    with_records(members, "cases", [deletion])
    path = lanes.crafted(members, cases=[lanes.ids[A], lanes.ids[C]])
    refused_whole(lanes.ws, path, bundles.CaseNotExchanged, C)
    assert m.CASES.get(lanes.ws, lanes.ids[C]) is not None


def test_a_record_of_a_case_never_exchanged_cannot_be_moved_into_a_listed_one(
    lanes: Lanes,
) -> None:
    """The case a record has here counts too: an entry of C re-filed under A is refused."""
    members = lanes.honest([A])
    entry = lanes.records_of_c()["entries"][0]
    a_conference = json.loads(members["records/conferences.json"])[0]["id"]
    entry["values"]["conference_id"] = a_conference
    entry["values"]["text"] = "moved"
    with_records(members, "entries", [entry])
    path = lanes.crafted(members)  # lists A only, as the honest bundle did
    refused_whole(lanes.ws, path, bundles.UnlistedCase, C)


def test_an_erasure_tombstone_for_a_case_never_exchanged_is_not_acted_on(lanes: Lanes) -> None:
    members = lanes.honest([A])
    erasure = {"case_id": lanes.ids[C], "erased_at": "2025-05-01T10:00:00+00:00"}
    result = bundles.import_bundle(lanes.ws, lanes.crafted(members, erasures=[erasure]))
    assert result.erased == ()
    assert m.CASES.get(lanes.ws, lanes.ids[C]) is not None


def test_every_case_a_bundle_changes_gets_its_own_audit_row(lanes: Lanes) -> None:
    for ref, value in ((A, "Track A"), (B, "Track B")):
        case = m.CASES.get(lanes.lap, lanes.ids[ref])
        assert case is not None
        from dataclasses import replace

        from caseconf_desktop.services import casefile

        casefile.save_record(lanes.lap, replace(case, programme=value))
    seq = audit.head(lanes.ws)[0]
    result = lanes.courier.send("laptop", "workstation", [A, B], since_last=True)
    rows = [e for e in audit.events(lanes.ws) if e.seq > seq and e.action == "case.imported"]
    assert {e.case_id for e in rows} == {lanes.ids[A], lanes.ids[B]}
    assert all(
        e.detail["changed"] == "yes" and e.detail["bundle"] == result.bundle_id for e in rows
    )


def test_the_conflict_view_names_this_vault_for_a_value_never_changed_here(
    lanes: Lanes,
) -> None:
    """A concurrent edit that does not supersede the value as created makes a conflict whose
    local side is this vault's value: it must not read "unknown device"."""
    members = lanes.honest([A])
    items = json.loads(members["records/cases.json"])
    record = next(r for r in items if r["id"] == lanes.ids[A])
    concurrent = lanes.version("T.W.", 10**6)
    concurrent["ctx"] = {}
    record["versions"] = {"pseudonym": [concurrent]}
    members["records/cases.json"] = json.dumps(items).encode()
    bundles.import_bundle(lanes.ws, lanes.crafted(members))
    (conflict,) = [c for c in conflicts.list_conflicts(lanes.ws) if c.field == "pseudonym"]
    sides = {s.value: s for s in (conflict.local, *conflict.remote)}
    own = devices.own_identity(lanes.ws)
    as_created = sides["Y.A."]  # the vault's own value, never changed since creation
    assert as_created.device_id == own.id
    assert "this vault" in as_created.device and "unknown" not in as_created.device
    assert sides["T.W."].device == "laptop"


def test_a_trusted_device_cannot_revive_a_case_deleted_here_that_it_was_never_sent(
    lanes: Lanes,
) -> None:
    """A case deleted here is still held (its versions remain): it stays out of the lane."""
    from caseconf_desktop.services import casefile

    record = lanes.records_of_c()["cases"][0]
    # An edit the deletion here never saw would bring the case back (as a conflict).
    record["versions"] = {"subject_name": [lanes.version("Rewritten by the laptop", 10**6)]}
    case = m.CASES.get(lanes.ws, lanes.ids[C])
    assert case is not None
    casefile.delete_record(lanes.ws, case)
    members = lanes.honest([A])
    with_records(members, "cases", [record])
    path = lanes.crafted(members, cases=[lanes.ids[A], lanes.ids[C]])
    refused_whole(lanes.ws, path, bundles.CaseNotExchanged, C, "laptop")
    assert m.CASES.get(lanes.ws, lanes.ids[C]) is None


def test_checking_the_lane_asks_the_vault_per_table_not_per_case(
    lanes: Lanes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lane of a bundle of one case or of many costs the same number of queries."""
    sender = devices.get(lanes.ws, lanes.lap_id)
    assert sender is not None
    calls = {"n": 0}
    query, scalar = Vault.query, Vault.scalar

    def counted_query(self: Vault, sql: str, params: Any = ()) -> list[Any]:
        calls["n"] += 1
        return query(self, sql, params)

    def counted_scalar(self: Vault, sql: str, params: Any = ()) -> Any:
        calls["n"] += 1
        return scalar(self, sql, params)

    monkeypatch.setattr(Vault, "query", counted_query)
    monkeypatch.setattr(Vault, "scalar", counted_scalar)
    counts = []
    for refs in ([A], [A, B]):
        members = lanes.honest(refs)
        manifest = json.loads(members["manifest.json"])
        records = [
            rec
            for name, data in sorted(members.items())
            if name.startswith("records/")
            for rec in sync.parse_records(name[len("records/") : -len(".json")], json.loads(data))
        ]
        calls["n"] = 0
        touched = bundles._check_lanes(lanes.ws, Path("x"), manifest, sender, records)
        assert set(touched) == {lanes.ids[r] for r in refs}
        counts.append(calls["n"])
    assert counts[0] == counts[1]


# -- finding 3: an erased case stays erased --------------------------------------------------


def test_a_bundle_carrying_an_erased_case_is_refused_with_its_reference_and_the_date(
    lanes: Lanes,
) -> None:
    retention.erase_case(lanes.ws, lanes.ids[B], "retention period ended")
    path = lanes.courier.export("laptop", "workstation", [A, B])
    refused_whole(lanes.ws, path, bundles.ErasedCase, B, date.today().isoformat(), "erased")
    assert m.CASES.get(lanes.ws, lanes.ids[B]) is None


def test_an_erasure_travels_as_a_signed_tombstone_and_is_applied_once_confirmed(
    lanes: Lanes,
) -> None:
    retention.erase_case(lanes.ws, lanes.ids[B], "erasure request of 2025-04-30")
    erased_at = retention.tombstones(lanes.ws)[lanes.ids[B]].erased_at
    path = lanes.courier.export("workstation", "laptop", [A])
    manifest = json.loads(unseal(lanes.lap, path)["manifest.json"])
    assert manifest["erasures"] == [{"case_id": lanes.ids[B], "erased_at": erased_at}]
    before = full_dump(lanes.lap)
    with pytest.raises(bundles.ErasureNeedsConfirmation, match=B) as info:
        bundles.import_bundle(lanes.lap, path)
    assert "--apply-erasures" in str(info.value) and full_dump(lanes.lap) == before
    result = bundles.import_bundle(lanes.lap, path, apply_erasures=True)
    assert result.erased == (B,)
    assert m.CASES.get(lanes.lap, lanes.ids[B]) is None
    assert m.CASES.get(lanes.lap, lanes.ids[A]) is not None
    assert not lanes.lap.query("SELECT 1 FROM conferences WHERE case_id = ?", (lanes.ids[B],))
    tomb = retention.tombstones(lanes.lap)[lanes.ids[B]]
    assert tomb.erased_at == erased_at
    # ... and the laptop's next bundle carries neither the case nor a reason to refuse it
    lanes.courier.send("laptop", "workstation", [A], since_last=True)


# -- finding 7: caps on members, texts and NULs ----------------------------------------------


def test_a_member_above_the_member_cap_is_refused_before_it_is_unpacked(
    lanes: Lanes, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = lanes.honest([A])
    path = lanes.crafted(members)
    monkeypatch.setattr(bundles, "MAX_MEMBER_BYTES", 1024)
    refused_whole(lanes.ws, path, bundles.MemberTooLarge, "records/", "MiB a member may be")


@pytest.mark.parametrize(
    ("value", "words"),
    [("x" * 100_001, "longer than 100000 characters"), ("before\0after", "NUL character")],
)
def test_text_too_long_or_with_a_nul_in_a_signed_bundle_is_refused(
    lanes: Lanes, value: str, words: str
) -> None:
    members = lanes.honest([A])
    items = json.loads(members["records/cases.json"])
    record = next(r for r in items if r["id"] == lanes.ids[A])
    record["versions"] = {"programme": [lanes.version(value, 10**6)]}
    members["records/cases.json"] = json.dumps(items).encode()
    refused_whole(lanes.ws, lanes.crafted(members), bundles.MalformedBundle, words)


def test_crafted_bundles_from_a_trusted_device_are_all_refused_and_change_nothing(
    lanes: Lanes,
) -> None:
    """The done-when of issue 11: an unlisted case, an erased case, a case never exchanged."""
    retention.erase_case(lanes.ws, lanes.ids[B], "retention period ended")
    honest_b = lanes.honest([A, B])
    c_record = lanes.records_of_c()["cases"][0]
    c_record["versions"] = {"programme": [lanes.version("Changed", 10**6)]}
    never = lanes.honest([A])
    with_records(never, "cases", [c_record])
    unlisted = lanes.honest([A])
    with_records(unlisted, "cases", [c_record])
    attempts = {
        bundles.UnlistedCase: lanes.crafted(unlisted),
        bundles.ErasedCase: lanes.crafted(honest_b),
        bundles.CaseNotExchanged: lanes.crafted(never, cases=[lanes.ids[A], lanes.ids[C]]),
    }
    before = full_dump(lanes.ws)
    refusals = 0
    for kind, path in attempts.items():
        with pytest.raises(sync.SyncError) as info:
            bundles.import_bundle(lanes.ws, path)
        assert type(info.value) is kind, info.value
        refusals += 1
        assert full_dump(lanes.ws) == before
    assert refusals == 3

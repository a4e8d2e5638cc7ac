"""The audit log: a hash chain that triggers keep append-only and verify() checks end to end."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from caseconf_desktop.domain.model import Case
from caseconf_desktop.services import vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.mapping import CASES
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE


def caseconf(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASECONF_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "caseconf_desktop", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def append_rows(vault: Vault, n: int) -> None:
    case = CASES.upsert(vault, Case(reference="AUD-1", subject_name="Lena Ausgedacht"))
    with vault.transaction():
        for i in range(n):
            audit.append(
                vault, "case.updated", "case", case.id, case_id=case.id, detail={"n": str(i)}
            )


def drop_append_only_triggers(vault: Vault) -> None:
    vault.execute("DROP TRIGGER audit_log_no_update")
    vault.execute("DROP TRIGGER audit_log_no_delete")


def test_init_writes_vault_created_as_first_row(vault: Vault) -> None:
    first = audit.events(vault)[0]
    owner = vaults.owner(vault)
    assert first.seq == 1
    assert first.action == "vault.created"
    assert first.actor == owner.person.id
    assert first.object_id == owner.person.id
    assert first.prev_hash == audit.GENESIS
    assert audit.verify(vault).ok


def test_append_links_each_row_to_the_previous_and_verify_is_ok(vault: Vault) -> None:
    before = len(audit.events(vault))
    append_rows(vault, 5)
    rows = audit.events(vault)

    assert [e.seq for e in rows] == list(range(1, before + 6))
    assert [e.detail for e in rows[-5:]] == [{"n": str(i)} for i in range(5)]
    assert audit.head(vault) == (rows[-1].seq, rows[-1].hash)
    for prev, cur in itertools.pairwise(rows):
        assert cur.prev_hash == prev.hash
    assert len({e.hash for e in rows}) == len(rows)
    report = audit.verify(vault)
    assert report.ok
    assert report.rows == before + 5
    assert report.head_hash == rows[-1].hash
    assert report.first_bad_seq is None


def test_append_many_chains_its_rows_like_one_append_each(vault: Vault) -> None:
    before = audit.head(vault)
    events = [
        audit.Event("bundle.imported", "bundle", "b-1", detail={"cases": "2"}),
        *(audit.Event("case.imported", "case", c, c, {"n": c}) for c in ("c-1", "c-2")),
    ]
    with vault.transaction():
        head = audit.append_many(vault, events)
    rows = audit.events(vault)[-3:]

    assert [(e.action, e.object_id, e.case_id, e.detail) for e in rows] == [
        ("bundle.imported", "b-1", None, {"cases": "2"}),
        ("case.imported", "c-1", "c-1", {"n": "c-1"}),
        ("case.imported", "c-2", "c-2", {"n": "c-2"}),
    ]
    assert [e.seq for e in rows] == [before[0] + 1, before[0] + 2, before[0] + 3]
    assert rows[0].prev_hash == before[1]
    for prev, cur in itertools.pairwise(rows):
        assert cur.prev_hash == prev.hash
    assert head == audit.head(vault) == (rows[-1].seq, rows[-1].hash)
    assert audit.verify(vault).ok
    assert audit.append_many(vault, []) == head


def test_append_many_is_refused_whole_when_a_row_does_not_follow_the_chain(vault: Vault) -> None:
    """The schema's trigger checks each row: a stale head makes the whole statement fail."""
    real_head = audit.head
    before = audit.head(vault)
    audit.append(vault, "case.viewed", "case", "abc")
    stale = pytest.MonkeyPatch()
    stale.setattr(audit, "head", lambda v: before)
    try:
        with pytest.raises(sqlcipher3.IntegrityError), vault.transaction():
            audit.append_many(vault, [audit.Event("case.viewed", "case", "x")] * 3)
    finally:
        stale.undo()
    assert audit.head is real_head
    assert len(audit.events(vault)) == before[0] + 1
    assert audit.verify(vault).ok


def test_append_returns_the_event_it_stored(vault: Vault) -> None:
    event = audit.append(vault, "case.viewed", "case", "abc", case_id="abc", detail={"k": "v"})
    assert audit.events(vault)[-1] == event
    assert audit.events(vault, case_id="abc") == [event]


def test_update_of_an_audit_row_is_refused(vault: Vault) -> None:
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        vault.execute("UPDATE audit_log SET action = 'vault.forged' WHERE seq = 1")
    assert audit.events(vault)[0].action == "vault.created"


def test_delete_of_an_audit_row_is_refused(vault: Vault) -> None:
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        vault.execute("DELETE FROM audit_log WHERE seq = 1")
    assert audit.events(vault)[0].action == "vault.created"


def test_changed_action_is_reported_at_its_row(vault: Vault) -> None:
    append_rows(vault, 5)
    drop_append_only_triggers(vault)
    vault.execute("UPDATE audit_log SET action = 'case.viewed' WHERE seq = 4")

    report = audit.verify(vault)

    assert not report.ok
    assert report.first_bad_seq == 4
    assert report.problem == "hash"


def test_changed_hash_is_reported_at_its_row(vault: Vault) -> None:
    append_rows(vault, 5)
    drop_append_only_triggers(vault)
    vault.execute("UPDATE audit_log SET hash = ? WHERE seq = 3", ("f" * 64,))

    report = audit.verify(vault)

    assert not report.ok
    assert report.first_bad_seq == 3


def test_deleted_middle_row_is_detected(vault: Vault) -> None:
    append_rows(vault, 5)
    drop_append_only_triggers(vault)
    vault.execute("DELETE FROM audit_log WHERE seq = 3")

    report = audit.verify(vault)

    assert not report.ok
    assert report.first_bad_seq == 3
    assert report.problem == "missing"


def test_cli_audit_verify_exits_0_on_intact_chain_and_1_after_tampering(vault_path: Path) -> None:
    with vaults.init_vault(vault_path, PASSPHRASE, "Tom Erdacht", "Example Police") as v:
        append_rows(v, 4)

    intact = caseconf("audit", "verify", "--vault", str(vault_path))
    assert intact.returncode == 0, intact.stderr
    assert intact.stderr == ""

    with Vault.open(vault_path, PASSPHRASE) as v:
        drop_append_only_triggers(v)
        v.execute("UPDATE audit_log SET object_id = 'other' WHERE seq = 3")

    broken = caseconf("audit", "verify", "--vault", str(vault_path))
    assert broken.returncode == 1
    assert "Traceback" not in broken.stderr
    [line] = broken.stderr.splitlines()
    assert "row 3" in line

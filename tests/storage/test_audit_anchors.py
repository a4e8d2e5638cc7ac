"""The audit chain from the forger's side: REPLACE, gap-filling inserts, rewritten and
truncated tails, each caught by the append-only trigger or by a head recorded elsewhere
(issued minutes, a bundle sent, a backup, a printed or paper anchor)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from caseconf_desktop import cli
from caseconf_desktop.services import backup
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services import conftest as mb

_ALL_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "audit_log_append_only")
_ROW = "seq, at, actor, action, object_type, object_id, case_id, detail, prev_hash, hash"


def append_rows(vault: Vault, n: int) -> None:
    with vault.transaction():
        for i in range(n):
            audit.append(vault, "case.viewed", "case", f"case-{i}", detail={"n": str(i)})


def row(vault: Vault, seq: int) -> tuple[object, ...]:
    (found,) = vault.query(f"SELECT {_ROW} FROM audit_log WHERE seq = ?", (seq,))
    return tuple(found)


def forged(vault: Vault, template: int, prev: str, /, **changes: object) -> tuple[object, ...]:
    """Row ``template`` with ``changes``, linked to ``prev``, hashed as audit.append would."""
    fields = dict(zip(_ROW.split(", "), row(vault, template), strict=True))
    fields.update(changes)
    fields["prev_hash"] = prev
    values = [fields[k] for k in _ROW.split(", ")[:-1]]
    return (*values, audit._digest(*values))  # type: ignore[arg-type]


def drop_every_trigger(vault: Vault) -> None:
    for name in _ALL_TRIGGERS:
        vault.execute(f"DROP TRIGGER IF EXISTS {name}")


def rewrite_from(vault: Vault, start: int) -> None:
    """What a forger with the passphrase does: change row ``start``, recompute every hash after."""
    drop_every_trigger(vault)
    prev = str(row(vault, start - 1)[-1])
    last = int(vault.scalar("SELECT max(seq) FROM audit_log"))
    with vault.transaction():
        for seq in range(start, last + 1):
            changes = {"action": "case.viewed", "object_id": "forged"} if seq == start else {}
            new = forged(vault, seq, prev, **changes)
            vault.execute(
                "UPDATE audit_log SET action = ?, object_id = ?, prev_hash = ?, hash = ? "
                "WHERE seq = ?",
                (new[3], new[5], new[8], new[9], seq),
            )
            prev = str(new[9])


def cut_newest(vault: Vault, n: int) -> None:
    drop_every_trigger(vault)
    last = int(vault.scalar("SELECT max(seq) FROM audit_log"))
    vault.execute("DELETE FROM audit_log WHERE seq > ?", (last - n,))


# -- the append-only trigger -----------------------------------------------------------------


@pytest.mark.parametrize("verb", ["REPLACE", "INSERT OR REPLACE"])
def test_replace_of_an_existing_row_is_refused_with_every_trigger_in_place(
    vault: Vault, verb: str
) -> None:
    append_rows(vault, 5)
    before = audit.events(vault)
    prev = str(row(vault, 2)[-1])
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        vault.execute(
            f"{verb} INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            forged(vault, 3, prev, action="case.viewed"),
        )
    assert audit.events(vault) == before
    assert audit.verify(vault).ok


def test_replace_reusing_an_old_hash_cannot_delete_the_row_that_holds_it(vault: Vault) -> None:
    append_rows(vault, 5)
    before = audit.events(vault)
    seq, digest = audit.head(vault)
    # The next seq and the right link, but row 2's hash: REPLACE would delete row 2.
    values = (*forged(vault, seq, digest, seq=seq + 1)[:-1], before[1].hash)
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        vault.execute("REPLACE INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
    assert audit.events(vault) == before


def test_inserts_that_fill_a_gap_skip_a_row_or_fork_the_chain_are_refused(vault: Vault) -> None:
    append_rows(vault, 5)
    seq, digest = audit.head(vault)
    vault.execute("DROP TRIGGER audit_log_no_delete")
    vault.execute("DELETE FROM audit_log WHERE seq = 3")
    second = str(row(vault, 2)[-1])
    attempts = {
        "refill row 3": forged(vault, 4, second, seq=3, object_id="forged"),
        "skip a row": forged(vault, seq, digest, seq=seq + 2),
        "fork from row 2": forged(vault, seq, second, seq=seq + 1),
    }
    refused = 0
    for values in attempts.values():
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            vault.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
        refused += 1
    assert refused == 3
    assert vault.scalar("SELECT count(*) FROM audit_log WHERE seq = 3") == 0
    # The honest next row still goes in.
    audit.append(vault, "case.viewed", "case", "after")


# -- heads recorded elsewhere ----------------------------------------------------------------


def test_rewriting_rows_10_to_the_end_is_caught_by_the_backup_head(
    vault: Vault, tmp_path: Path
) -> None:
    append_rows(vault, 12)
    info = backup.backup(vault, tmp_path / "b.ccbackup")
    append_rows(vault, 3)
    assert audit.verify(vault).ok

    rewrite_from(vault, 10)
    report = audit.verify(vault)

    assert not report.ok
    assert report.problem == "anchor"
    assert report.mismatch is not None
    assert report.mismatch.hash == info.audit_head
    assert report.mismatch.source in {"log", "backup"}


def test_a_backup_records_the_head_it_holds_outside_the_log(vault: Vault, tmp_path: Path) -> None:
    info = backup.backup(vault, tmp_path / "b.ccbackup")
    (anchor,) = [a for a in audit.recorded_anchors(vault) if a.source == "backup"]
    assert (anchor.ref, anchor.hash) == (info.sha256, info.audit_head)
    assert audit.events(vault)[anchor.seq - 1].hash == info.audit_head  # type: ignore[operator]
    report = audit.verify(vault)
    assert report.ok and report.anchors_checked >= 2


def test_rewriting_the_tail_is_caught_by_issued_minutes(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = mb.build_minutes_case(vault)
    append_rows(vault, 10)
    monkeypatch.setenv("CASECONF_PASSPHRASE", PASSPHRASE)
    code = cli.main([
        "minutes", "export", "--vault", str(vault_path), "--conference", case.conference_id,
        "--audience", "full", "--recipient", mb.CHAIR, "--out", str(tmp_path / "m.pdf"),
        "--no-sign",
    ])  # fmt: skip
    assert code == 0
    (issued_head,) = [r[0] for r in vault.query("SELECT audit_head_hash FROM minutes_issued")]
    start = next(e.seq for e in audit.events(vault) if e.hash == issued_head) - 2

    rewrite_from(vault, start)
    report = audit.verify(vault)

    assert not report.ok
    assert report.mismatch is not None
    assert (report.mismatch.source, report.mismatch.hash) == ("minutes", issued_head)


def test_rewriting_the_tail_is_caught_by_a_bundle_sent(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mb.build_minutes_case(vault, reference="CC-2025-099")
    secret = tmp_path / "bundle-secret.txt"
    secret.write_text("a bundle passphrase for the usb stick\n", encoding="utf-8")
    monkeypatch.setenv("CASECONF_PASSPHRASE", PASSPHRASE)
    code = cli.main([
        "bundle", "export", "--vault", str(vault_path), "--case", "CC-2025-099",
        "--passphrase-file", str(secret), "--out", str(tmp_path / "x.ccbundle"),
    ])  # fmt: skip
    assert code == 0
    (sent,) = [a for a in audit.recorded_anchors(vault) if a.source == "bundle"]
    assert sent.seq is not None

    rewrite_from(vault, sent.seq - 1)
    report = audit.verify(vault)

    assert not report.ok
    assert report.mismatch == sent
    assert report.problem == "anchor"

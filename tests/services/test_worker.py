"""Long work runs in a child process on its own connection, and comes back whole.

Real vaults, real PDFs and a real backup; the child is a spawned interpreter.
"""

from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest

from caseconf_desktop import errors
from caseconf_desktop.services import minutes, worker
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.conftest import CHAIR, MENTOR, MinutesCase


def _children() -> list[int]:
    me = str(os.getpid())
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == me:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc (Linux)")
def test_minutes_are_exported_in_a_child_that_never_sees_the_passphrase_in_argv_or_env(
    vault: Vault, minutes_case: MinutesCase, tmp_path: Path
) -> None:
    requests = [
        minutes.ExportRequest(minutes.Audience.FULL, CHAIR, tmp_path / "full.pdf"),
        minutes.ExportRequest(
            minutes.Audience.PARTNERS, MENTOR, tmp_path / "partners.pdf", agency="Exit Mentors"
        ),
    ]
    seen: list[tuple[int, int, str]] = []
    exposed: list[str] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append((done, total, text))
        for pid in _children():  # the worker, alive while it reports
            for part in ("cmdline", "environ"):
                try:
                    data = Path(f"/proc/{pid}/{part}").read_bytes()
                except PermissionError:
                    continue  # not dumpable: only root may read it (run as root, CI checks it)
                if PASSPHRASE.encode() in data:
                    exposed.append(f"{pid}/{part}")

    issued, changes = worker.run(
        vault.path,
        PASSPHRASE,
        "minutes.export_batch",
        (minutes_case.conference_id, requests),
        {"sign": False},
        on_progress=progress,
    )
    assert [i.recipient for i in issued] == [CHAIR, MENTOR]
    assert [s[:2] for s in seen] == [(1, 2), (2, 2)]
    assert exposed == []
    for request in requests:
        text = "".join(p.extract_text() for p in pypdf.PdfReader(request.path).pages)
        assert "CC-2025-017" in text
    # What the child wrote is reported: the disclosure log of issued minutes.
    assert changes.touches("minutes_issued")
    # And it is in the vault the parent has open (its own connection saw the commit).
    assert len(minutes.issued_minutes(vault, minutes_case.conference_id)) == 2


def test_a_known_error_in_the_child_arrives_as_itself_with_its_sentence(
    vault: Vault, minutes_case: MinutesCase, tmp_path: Path
) -> None:
    missing = tmp_path / "no such folder" / "full.pdf"
    request = minutes.ExportRequest(minutes.Audience.FULL, CHAIR, missing)
    with pytest.raises(errors.KnownError) as in_child:
        worker.run(
            vault.path,
            PASSPHRASE,
            "minutes.export_batch",
            (minutes_case.conference_id, [request]),
            {"sign": False},
        )
    with pytest.raises(errors.KnownError) as here:
        minutes.export_batch(vault, minutes_case.conference_id, [request], sign=False)
    assert type(in_child.value) is type(here.value)
    assert in_child.value.user_text == here.value.user_text
    assert not missing.exists()


def test_a_wrong_passphrase_fails_in_the_child_as_in_the_app(vault: Vault) -> None:
    with pytest.raises(errors.WrongPassphrase):
        worker.run(vault.path, "not the passphrase", "backup.backup", (vault.path.parent / "b",))


def test_only_the_listed_jobs_run(vault: Vault) -> None:
    with pytest.raises(ValueError, match="no such job"):
        worker.run(vault.path, PASSPHRASE, "os.system", ("true",))


def test_known_errors_survive_a_copy_with_their_own_sentence() -> None:
    import pickle

    original = errors.WrongPassphrase("/some/where.vault")
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is errors.WrongPassphrase
    assert copy.user_text == original.user_text
    assert copy.exit_code == original.exit_code

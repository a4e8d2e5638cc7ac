"""`caseconf minutes export --language`: each recipient's copy in their own language."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from caseconf_desktop import cli
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services import conftest as mb


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASECONF_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def case(vault: Vault) -> mb.MinutesCase:
    return mb.build_minutes_case(vault)


def export_text(
    vault_path: Path, case: mb.MinutesCase, out: Path, audience: str, recipient: str, *extra: str
) -> str:
    code = cli.main([
        "minutes", "export", "--vault", str(vault_path), "--conference", case.conference_id,
        "--audience", audience, "--recipient", recipient, "--out", str(out), "--no-sign", *extra,
    ])  # fmt: skip
    assert code == 0
    return "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)


def test_minutes_export_in_spanish_has_spanish_headings(
    vault_path: Path, case: mb.MinutesCase, tmp_path: Path
) -> None:
    text = export_text(vault_path, case, tmp_path / "es.pdf", "full", mb.CHAIR, "--language", "es")
    for heading in ("Asistencia", "Revisión de las acciones anteriores", "Confidencialidad"):
        assert heading in text
    for english in ("Attendance", "Review of previous actions", "Confidentiality"):
        assert english not in text
    assert "Multi-agency case conference" not in text


def test_minutes_export_without_language_stays_english(
    vault_path: Path, case: mb.MinutesCase, tmp_path: Path
) -> None:
    text = export_text(vault_path, case, tmp_path / "en.pdf", "full", mb.CHAIR)
    assert "Review of previous actions" in text
    assert "Asistencia" not in text


def test_spanish_participant_version_writes_dates_out_in_spanish(
    vault_path: Path, case: mb.MinutesCase, tmp_path: Path
) -> None:
    out = tmp_path / "participant-es.pdf"
    text = export_text(
        vault_path, case, out, "participant", mb.SUBJECT, "--language", "es"
    ).replace("\u00a0", " ")
    assert "14 de marzo de 2025" in text
    assert "Si no está de acuerdo" in text
    assert pypdf.PdfReader(out).trailer["/Root"]["/Lang"] == "es"


def test_entered_content_stays_as_typed_in_a_spanish_copy(
    vault_path: Path, case: mb.MinutesCase, tmp_path: Path
) -> None:
    english = export_text(vault_path, case, tmp_path / "en.pdf", "full", mb.CHAIR)
    spanish = export_text(
        vault_path, case, tmp_path / "es.pdf", "full", mb.CHAIR, "--language", "es"
    )
    assert case.canaries
    for canary in case.canaries:
        assert (canary.text in english) == (canary.text in spanish)
    for name in (mb.CHAIR, mb.POLICE_OFFICER, mb.HEALTH_WORKER):
        assert (name in english) == (name in spanish)

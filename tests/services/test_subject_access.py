"""Subject access: everything held on one person, as JSON and as a PDF a person can read."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseconf_desktop import errors
from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import TLP
from caseconf_desktop.services import casefile, interchange, subject_access
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.safety_helpers import add_canary_case


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_json_holds_the_whole_case_its_disclosures_and_who_accessed_it(
    vault: Vault, tmp_path: Path
) -> None:
    target = add_canary_case(vault)
    add_canary_case(vault, "OTHER-1")
    casefile.load_case_file(vault, target.case.id)  # a recorded view

    result = subject_access.export(
        vault, "CAN-0001", tmp_path / "sar.json", purpose="Request received 2030-01-02"
    )

    doc = json.loads((tmp_path / "sar.json").read_text(encoding="utf-8"))
    assert doc["format"] == subject_access.FORMAT
    assert doc["purpose"] == "Request received 2030-01-02"
    assert doc["reference"] == "CAN-0001"
    record = doc["record"]
    assert record["format"] == interchange.FORMAT
    assert [c["reference"] for c in record["cases"]] == ["CAN-0001"]
    text = json.dumps(record, ensure_ascii=False)
    for word in target.words:
        if "Recipient" not in word:  # the disclosure log is its own section
            assert word in text, word
    assert [d["recipient"] for d in doc["disclosures"]] == [target.words[-1]]
    actions = [e["action"] for e in doc["access_log"]]
    assert "case.viewed" in actions
    assert {e["actor"] for e in doc["access_log"]} == {"Ana Test-Owner (Test Exit Service)"}
    assert result.records > 10
    assert result.disclosures == 1
    assert result.pdf_path is None


def test_pdf_is_readable_text_in_any_script(vault: Vault, tmp_path: Path) -> None:
    target = add_canary_case(vault)
    m.CASES.upsert(
        vault,
        model.Case(
            **{
                **{f: getattr(target.case, f) for f in target.case.__dataclass_fields__},
                "subject_name": "Zoë Ωμέγα Щукина",
            }
        ),
    )

    subject_access.export(
        vault, "CAN-0001", tmp_path / "sar.json", tmp_path / "sar.pdf", purpose="SAR 17"
    )

    reader = PdfReader(tmp_path / "sar.pdf")
    text = pdf_text(tmp_path / "sar.pdf")
    assert "Zoë Ωμέγα Щукина" in text
    assert "SAR 17" in text
    for word in ("KanarieGoal", "KanarieFamilyName", "KanarieEntryText", "KanarieRecipient"):
        assert word in text, word
    assert "Shared Officer" in text  # ids shown as names
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert all("+" in f for f in fonts)  # embedded subsets, not the 14 standard fonts
    assert reader.metadata is not None
    assert "Zoë" not in str(reader.metadata.title)


def test_export_is_audited_with_its_purpose_and_no_content(vault: Vault, tmp_path: Path) -> None:
    target = add_canary_case(vault)

    subject_access.export(
        vault, "CAN-0001", tmp_path / "s.json", tmp_path / "s.pdf", purpose="Court order 55"
    )

    event = audit.events(vault)[-1]
    assert event.action == subject_access.ACTION
    assert event.case_id == target.case.id
    assert event.detail == {"purpose": "Court order 55", "formats": "json,pdf"}
    for row in vault.query("SELECT * FROM audit_log"):
        assert "Kanarie" not in repr(row)
    assert audit.verify(vault).ok


def test_unknown_case_writes_nothing_and_records_nothing(vault: Vault, tmp_path: Path) -> None:
    before = len(audit.events(vault))
    with pytest.raises(errors.NotFound):
        subject_access.export(vault, "NOPE-1", tmp_path / "s.json", tmp_path / "s.pdf")
    assert not (tmp_path / "s.json").exists()
    assert not (tmp_path / "s.pdf").exists()
    assert len(audit.events(vault)) == before


def test_failed_write_leaves_no_audit_row_claiming_a_disclosure(
    vault: Vault, tmp_path: Path
) -> None:
    add_canary_case(vault)
    before = len(audit.events(vault))
    with pytest.raises(errors.InvalidInput):
        subject_access.export(vault, "CAN-0001", tmp_path / "missing-folder" / "s.json")
    assert len(audit.events(vault)) == before


def test_default_purpose_is_a_subject_access_request(vault: Vault, tmp_path: Path) -> None:
    add_canary_case(vault)
    subject_access.export(vault, "CAN-0001", tmp_path / "s.json")
    assert audit.events(vault)[-1].detail["purpose"] == "Subject access request"


def test_the_review_list_names_the_entries_the_policy_would_not_give_the_subject(
    vault: Vault, tmp_path: Path
) -> None:
    target = add_canary_case(vault)
    entries = m.ENTRIES.where(
        vault,
        "conference_id IN (SELECT id FROM conferences WHERE case_id = ?)",
        (target.case.id,),
    )
    assert entries
    with vault.transaction():
        shared = entries[0]
        m.ENTRIES.upsert(
            vault,
            dataclasses.replace(shared, tlp=TLP.GREEN, shareable_with_subject=True),
        )
    subject_access.export(vault, "CAN-0001", tmp_path / "sar.json")
    doc = json.loads((tmp_path / "sar.json").read_text(encoding="utf-8"))
    flagged = set(doc["review"]["not_for_the_subject"])
    assert shared.id not in flagged
    expected = {
        e.id
        for e in entries[1:]
        if not (e.shareable_with_subject and e.tlp in (TLP.CLEAR, TLP.GREEN))
    }
    assert flagged == expected


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports (tmp_path also holds the test's home)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _exports(vault: Vault) -> int:
    rows = vault.query("SELECT COUNT(*) FROM audit_log WHERE action = ?", (subject_access.ACTION,))
    return int(rows[0][0])


@pytest.mark.parametrize("pdf", ["missing-folder/s.pdf", "a-folder"])
def test_a_pdf_that_cannot_be_written_leaves_no_json_and_no_audit_row(
    vault: Vault, out: Path, pdf: str
) -> None:
    add_canary_case(vault)
    (out / "a-folder").mkdir()
    before = _exports(vault)
    with pytest.raises(errors.KnownError):
        subject_access.export(vault, "CAN-0001", out / "s.json", out / pdf)
    assert not (out / "s.json").exists()
    assert (out / "a-folder").is_dir() and not any((out / "a-folder").iterdir())
    assert sorted(p.name for p in out.iterdir()) == ["a-folder"]  # no staged leftovers
    assert _exports(vault) == before


def test_a_failure_after_the_json_is_in_place_removes_it_and_records_nothing(
    vault: Vault, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_canary_case(vault)
    before = _exports(vault)
    real_replace = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if str(dst).endswith("s.pdf"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(subject_access.os, "replace", replace)
    with pytest.raises(errors.KnownError):
        subject_access.export(vault, "CAN-0001", out / "s.json", out / "s.pdf")
    assert list(out.iterdir()) == []
    assert _exports(vault) == before


def test_the_same_file_for_json_and_pdf_is_refused_and_nothing_is_written(
    vault: Vault, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_canary_case(vault)
    before = _exports(vault)
    monkeypatch.chdir(out)
    for pdf in (Path("same.out"), out / "same.out", Path("sub/../same.out")):
        with pytest.raises(errors.InvalidInput, match="two different files"):
            subject_access.export(vault, "CAN-0001", Path("same.out"), pdf)
    assert list(out.iterdir()) == []
    assert _exports(vault) == before


def test_a_file_already_at_the_json_destination_survives_a_failed_export(
    vault: Vault, out: Path
) -> None:
    add_canary_case(vault)
    (out / "s.json").write_text("older export\n", encoding="utf-8")
    with pytest.raises(errors.KnownError):
        subject_access.export(vault, "CAN-0001", out / "s.json", out / "no" / "s.pdf")
    assert (out / "s.json").read_text(encoding="utf-8") == "older export\n"


def test_a_normal_export_writes_both_files_and_audits_once(vault: Vault, out: Path) -> None:
    add_canary_case(vault)
    before = _exports(vault)
    result = subject_access.export(
        vault, "CAN-0001", out / "s.json", out / "s.pdf", purpose="SAR 3"
    )
    assert json.loads((out / "s.json").read_text(encoding="utf-8"))["purpose"] == "SAR 3"
    assert (out / "s.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.iterdir()) == ["s.json", "s.pdf"]
    assert (result.json_path, result.pdf_path) == (out / "s.json", out / "s.pdf")
    assert _exports(vault) == before + 1

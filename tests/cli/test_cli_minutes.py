"""``caseconf minutes export|verify|countersign`` and ``caseconf identity …``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseconf_desktop import cli
from caseconf_desktop.domain.enums import ConferenceStatus
from caseconf_desktop.services import minutes, vaults
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.vault import Vault
from tests.cli.conftest import assert_one_line_error, run_cli
from tests.conftest import PASSPHRASE
from tests.services import conftest as mb


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASECONF_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def case(vault: Vault) -> mb.MinutesCase:
    return mb.build_minutes_case(vault)


@pytest.fixture
def colleague(isolated_dirs: dict[str, Path]) -> Iterator[Path]:
    """Another vault (the chair's), whose trusted list starts with only its own certificate."""
    path = isolated_dirs["data"] / "colleague.vault"
    vaults.init_vault(path, PASSPHRASE, mb.CHAIR, "Probation Service Ost").close()
    yield path


def run(*argv: str | Path) -> int:
    return cli.main([str(a) for a in argv])


def export(vault_path: Path, case: mb.MinutesCase, out: Path, *extra: str) -> int:
    return run(
        "minutes", "export", "--vault", vault_path, "--conference", case.conference_id,
        "--audience", "full", "--recipient", mb.CHAIR, "--out", out, *extra,
    )  # fmt: skip


def test_export_then_verify_exits_0_and_names_the_signer(
    vault_path: Path, case: mb.MinutesCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "full.pdf"
    assert export(vault_path, case, out) == 0
    assert "TLP:RED" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert run("minutes", "verify", out, "--vault", vault_path) == 0
    text = capsys.readouterr().out
    assert "Ana Test-Owner (Test Exit Service)" in text
    assert "intact" in text and "trusted" in text


def test_verify_json_reports_verdict_signer_and_time(
    vault_path: Path, case: mb.MinutesCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "full.pdf"
    export(vault_path, case, out)
    capsys.readouterr()
    assert run("minutes", "verify", out, "--json", "--vault", vault_path) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["verdict"] == "trusted" and report["exit_code"] == 0
    (sig,) = report["signatures"]
    assert sig["signer"] == "Ana Test-Owner"
    assert sig["coverage"] == "entire_file"
    assert sig["signed_at"]
    assert report["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def test_export_records_the_copy_in_the_disclosure_log_and_a_content_free_audit_row(
    vault: Vault, vault_path: Path, case: mb.MinutesCase, tmp_path: Path
) -> None:
    out = tmp_path / "full.pdf"
    assert export(vault_path, case, out) == 0
    (issued,) = minutes.issued_minutes(vault, case.conference_id)
    assert issued.recipient == mb.CHAIR and issued.audience == "full" and issued.tlp == "RED"
    assert issued.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert issued.signed_by.endswith("CN=Ana Test-Owner")
    chain = {e.hash for e in audit.events(vault)}
    assert issued.audit_head_hash in chain
    event = next(e for e in audit.events(vault) if e.action == "minutes.exported")
    assert event.object_id == case.conference_id
    assert event.detail["issue_id"] == issued.id
    assert event.detail["sha256"] == issued.sha256
    assert mb.CHAIR not in json.dumps(event.detail, ensure_ascii=False)
    assert audit.verify(vault).ok


def test_full_minutes_for_someone_not_present_are_refused_and_nothing_is_written(
    vault: Vault,
    vault_path: Path,
    case: mb.MinutesCase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    head = audit.head(vault)
    out = tmp_path / "refused.pdf"
    code = run(
        "minutes", "export", "--vault", vault_path, "--conference", case.conference_id,
        "--audience", "full", "--recipient", mb.MENTOR, "--out", out,
    )  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and mb.MENTOR in err[0] and "present" in err[0]
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert minutes.issued_minutes(vault) == []
    # The CLI's own unlock row is the only audit row added.
    assert [e.action for e in audit.events(vault)][head[0] :] == ["vault.unlocked"]


def test_minutes_of_an_open_conference_are_refused(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = mb.build_minutes_case(vault, status=ConferenceStatus.IN_PROGRESS)
    assert export(vault_path, case, tmp_path / "x.pdf") == 2
    assert "not closed" in capsys.readouterr().err


def test_unsigned_and_tampered_minutes_exit_1_with_what_is_wrong(
    vault_path: Path, case: mb.MinutesCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unsigned = tmp_path / "unsigned.pdf"
    assert export(vault_path, case, unsigned, "--no-sign") == 0
    capsys.readouterr()
    assert run("minutes", "verify", unsigned, "--vault", vault_path) == 1
    assert "no digital signature" in capsys.readouterr().err

    signed = tmp_path / "signed.pdf"
    export(vault_path, case, signed)
    data = bytearray(signed.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    capsys.readouterr()
    assert run("minutes", "verify", tampered, "--vault", vault_path) == 1
    err = capsys.readouterr().err
    assert "changed" in err or "damaged" in err


def test_untrusted_signer_exits_3_until_its_certificate_is_trusted(
    vault_path: Path,
    case: mb.MinutesCase,
    colleague: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "full.pdf"
    export(vault_path, case, out)
    capsys.readouterr()
    assert run("minutes", "verify", out, "--vault", colleague) == 3
    err = capsys.readouterr().err
    assert "Ana Test-Owner" in err and "does not trust" in err

    cert = tmp_path / "facilitator.pem"
    assert run("identity", "export-cert", "--out", cert, "--vault", vault_path) == 0
    assert "fingerprint" in capsys.readouterr().out
    assert run("identity", "trust", cert, "--vault", colleague) == 0
    assert "Now trusting Ana Test-Owner" in capsys.readouterr().out
    assert run("identity", "trust", cert, "--vault", colleague) == 0
    assert "already trusted" in capsys.readouterr().out
    assert run("minutes", "verify", out, "--vault", colleague) == 0


def test_identity_export_cert_prints_pem_to_stdout(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("identity", "export-cert", "--vault", vault_path) == 0
    assert capsys.readouterr().out.startswith("-----BEGIN CERTIFICATE-----")


def test_trusting_a_file_that_is_no_certificate_is_a_one_sentence_error(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("hello")
    assert run("identity", "trust", bogus, "--vault", vault_path) == 2
    assert "not an X.509 certificate" in capsys.readouterr().err


def test_chair_countersigns_from_their_own_vault(
    vault_path: Path,
    case: mb.MinutesCase,
    colleague: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "full.pdf"
    export(vault_path, case, out)
    cert = tmp_path / "facilitator.pem"
    run("identity", "export-cert", "--out", cert, "--vault", vault_path)
    run("identity", "trust", cert, "--vault", colleague)
    signed = tmp_path / "countersigned.pdf"
    assert run("minutes", "countersign", out, "--out", signed, "--vault", colleague) == 0
    capsys.readouterr()
    assert run("minutes", "verify", signed, "--json", "--vault", colleague) == 0
    report = json.loads(capsys.readouterr().out)
    assert [s["signer"] for s in report["signatures"]] == ["Ana Test-Owner", mb.CHAIR]
    # The facilitator's vault does not know the chair yet.
    assert run("minutes", "verify", signed, "--vault", vault_path) == 3


def test_verify_of_a_missing_file_is_a_one_sentence_error(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("minutes", "verify", tmp_path / "nope.pdf", "--vault", vault_path) == 2
    assert "Cannot read" in capsys.readouterr().err


@pytest.mark.slow
def test_verify_exit_codes_from_a_real_process(
    vault: Vault,
    vault_path: Path,
    case: mb.MinutesCase,
    colleague: Path,
    tmp_path: Path,
    cli_env: dict[str, str],
) -> None:
    out = tmp_path / "full.pdf"
    result = run_cli(
        "minutes", "export", "--vault", str(vault_path), "--conference", case.conference_id,
        "--audience", "partners", "--recipient", mb.HEALTH_WORKER, "--out", str(out), env=cli_env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    ok = run_cli("minutes", "verify", str(out), "--vault", str(vault_path), env=cli_env)
    assert ok.returncode == 0, ok.stderr
    untrusted = run_cli("minutes", "verify", str(out), "--vault", str(colleague), env=cli_env)
    assert untrusted.returncode == 3
    assert "Traceback" not in untrusted.stderr
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x20
    out.write_bytes(bytes(data))
    bad = run_cli("minutes", "verify", str(out), "--vault", str(vault_path), env=cli_env)
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr and "pyhanko" not in bad.stderr.lower()
    refused = run_cli(
        "minutes", "export", "--vault", str(vault_path), "--conference", case.conference_id,
        "--audience", "full", "--recipient", mb.MENTOR, "--out", str(tmp_path / "r.pdf"),
        env=cli_env,
    )  # fmt: skip
    assert mb.MENTOR in assert_one_line_error(refused)


# -- the disclosure policy on the command line ---------------------------------------------


@pytest.mark.parametrize(
    ("audience", "recipient"),
    [
        ("partners", mb.SUBJECT),
        ("summary", mb.SUBJECT),
        ("full", mb.SUBJECT),
        ("partners", mb.MOTHER),
        ("full", mb.MENTOR),  # recorded absent
        ("full", mb.HEALTH_WORKER),  # sent apologies
        ("full", "Someone Not Listed"),
        ("partners", "Someone Not Listed"),
    ],
)
def test_minutes_export_refuses_a_version_the_recipient_may_not_have(
    vault: Vault,
    vault_path: Path,
    case: mb.MinutesCase,
    tmp_path: Path,
    cli_env: dict[str, str],
    audience: str,
    recipient: str,
) -> None:
    out = tmp_path / "refused.pdf"
    before = audit.head(vault)[0]
    result = run_cli(
        "minutes", "export", "--vault", str(vault_path), "--conference", case.conference_id,
        "--audience", audience, "--recipient", recipient, "--out", str(out), "--no-sign",
        env=cli_env,
    )  # fmt: skip
    line = assert_one_line_error(result)
    assert recipient in line
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []
    assert minutes.issued_minutes(vault) == []
    # Opening the vault is audited; nothing else was written.
    assert [e.action for e in audit.events(vault) if e.seq > before] == ["vault.unlocked"]


def test_the_subject_cannot_borrow_an_agency_to_get_the_partner_version(
    vault_path: Path, case: mb.MinutesCase, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    out = tmp_path / "subject.pdf"
    result = run_cli(
        "minutes", "export", "--vault", str(vault_path), "--conference", case.conference_id,
        "--audience", "partners", "--recipient", mb.SUBJECT.upper(), "--agency", "Polizei Mitte",
        "--out", str(out), "--no-sign", env=cli_env,
    )  # fmt: skip
    assert "participant" in assert_one_line_error(result)
    assert not out.exists()


def test_a_named_agency_lets_someone_not_listed_receive_the_partner_version(
    vault_path: Path, case: mb.MinutesCase, tmp_path: Path
) -> None:
    out = tmp_path / "housing.pdf"
    code = run(
        "minutes", "export", "--vault", vault_path, "--conference", case.conference_id,
        "--audience", "partners", "--recipient", "Housing Officer", "--agency", "Westhaven Housing",
        "--out", out, "--no-sign",
    )  # fmt: skip
    assert code == 0 and out.exists()


def test_meeting_time_prints_in_its_own_zone_on_a_machine_in_utc(
    vault: Vault, vault_path: Path, case: mb.MinutesCase, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    import dataclasses
    from datetime import datetime, timedelta, timezone

    import pypdf

    from caseconf_desktop.storage import mapping as m

    at_ten = datetime(2026, 12, 18, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    conf = m.CONFERENCES.get(vault, case.conference_id)
    assert conf is not None
    m.CONFERENCES.upsert(vault, dataclasses.replace(conf, scheduled_for=at_ten))
    out = tmp_path / "full.pdf"
    result = run_cli(
        "minutes", "export", "--vault", str(vault_path), "--conference", case.conference_id,
        "--audience", "full", "--recipient", mb.CHAIR, "--out", str(out), "--no-sign",
        env={**cli_env, "TZ": "UTC"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "2026-12-18 10:00 (UTC+01:00)" in text
    assert "09:00" not in text

"""Signing identities, PAdES signatures and their verification, checked with pyHanko."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfWriter
from pypdf.annotations import FreeText

from caseconf_desktop import errors
from caseconf_desktop.domain.enums import Role
from caseconf_desktop.export import signing
from caseconf_desktop.export.verify import Verdict, verify_pdf
from caseconf_desktop.services import identity, minutes, vaults
from caseconf_desktop.services.minutes import Audience
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services import conftest as mb


@pytest.fixture
def other_vault(isolated_dirs: dict[str, Path]) -> Iterator[Vault]:
    """A colleague's vault: its own owner, its own signing identity."""
    v = vaults.init_vault(
        isolated_dirs["data"] / "chair.vault",
        PASSPHRASE,
        mb.CHAIR,
        "Probation Service Ost",
        Role.FACILITATOR,
    )
    yield v
    v.close()


def export(vault: Vault, tmp_path: Path, name: str = "minutes.pdf", **kw: object) -> bytes:
    case = mb.build_minutes_case(vault, reference=f"CC-{name}")
    out = tmp_path / name
    minutes.export_minutes(vault, case.conference_id, Audience.FULL, mb.CHAIR, out, **kw)  # type: ignore[arg-type]
    return out.read_bytes()


def pyhanko_status(data: bytes, trusted_pem: str) -> list[object]:
    reader = PdfFileReader(io.BytesIO(data))
    roots = list(load_certs_from_pemder_data(trusted_pem.encode("ascii")))
    vc = ValidationContext(trust_roots=roots)
    return [validate_pdf_signature(s, vc) for s in reader.embedded_signatures]


def flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1 :]


# -- identity ------------------------------------------------------------------------------


def test_a_new_vault_has_a_p256_identity_naming_owner_and_agency(vault: Vault) -> None:
    ident = identity.active_identity(vault)
    assert ident is not None
    cert = x509.load_pem_x509_certificate(ident.cert_pem.encode())
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Ana Test-Owner"
    assert (
        cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
        == "Test Exit Service"
    )
    key = serialization.load_pem_private_key(ident.key_pem.encode(), None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert key.curve.name == "secp256r1"
    assert [c.fingerprint for c in identity.trusted_certificates(vault)] == [ident.fingerprint]
    assert any(e.action == "identity.created" for e in audit.events(vault))


def test_the_private_key_lives_only_inside_the_encrypted_vault(
    vault: Vault, vault_path: Path
) -> None:
    ident = identity.active_identity(vault)
    assert ident is not None
    body = ident.key_pem.splitlines()[1].encode()
    vault.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for f in vault_path.parent.iterdir():
        assert body not in f.read_bytes(), f
        assert f.suffix not in (".pem", ".key", ".p12")
    assert "key_pem" not in repr(ident)


def test_exported_certificate_carries_no_private_key(vault: Vault) -> None:
    pem = identity.export_certificate(vault)
    assert pem.startswith("-----BEGIN CERTIFICATE-----")
    assert "PRIVATE KEY" not in pem


def test_trusting_a_certificate_accepts_pem_and_der_once(vault: Vault, other_vault: Vault) -> None:
    pem = identity.export_certificate(other_vault)
    der = x509.load_pem_x509_certificate(pem.encode()).public_bytes(serialization.Encoding.DER)
    cert, created = identity.trust_certificate(vault, der)
    assert created
    again, created_again = identity.trust_certificate(vault, pem.encode())
    assert not created_again and again.fingerprint == cert.fingerprint
    assert len(identity.trusted_certificates(vault)) == 2


def test_trusting_garbage_is_a_clear_error_and_changes_nothing(vault: Vault) -> None:
    before = identity.trusted_certificates(vault)
    with pytest.raises(errors.InvalidInput, match=r"not an X\.509 certificate"):
        identity.trust_certificate(vault, b"not a certificate at all")
    assert identity.trusted_certificates(vault) == before


def test_a_vault_from_before_signing_gets_an_identity_on_first_use(vault: Vault) -> None:
    vault.execute("DELETE FROM signing_identity")
    assert identity.active_identity(vault) is None
    ident = identity.require_identity(vault)
    assert identity.describe_pem(ident.cert_pem).common_name == "Ana Test-Owner"


def make_p12(password: bytes) -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Organisation Signer"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Exit Mentors e.V."),
        ]
    )
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"org", key, cert, None, serialization.BestAvailableEncryption(password)
    )


def test_an_imported_pkcs12_identity_signs_and_verifies_as_trusted(
    vault: Vault, tmp_path: Path
) -> None:
    ident = identity.import_pkcs12(vault, make_p12(b"s3cret"), "s3cret")
    assert identity.active_identity(vault) == ident
    data = export(vault, tmp_path)
    report = verify_pdf(data, identity.trusted_pems(vault))
    assert report.verdict is Verdict.TRUSTED
    assert report.signatures[0].signer == "Organisation Signer"


def test_a_wrong_pkcs12_password_is_refused_and_keeps_the_old_identity(vault: Vault) -> None:
    before = identity.active_identity(vault)
    with pytest.raises(errors.InvalidInput, match="password is wrong"):
        identity.import_pkcs12(vault, make_p12(b"right"), "wrong")
    assert identity.active_identity(vault) == before


# -- signing and validation -----------------------------------------------------------------


def test_signed_minutes_validate_with_pyhanko_as_intact_trusted_and_whole(
    vault: Vault, tmp_path: Path
) -> None:
    data = export(vault, tmp_path)
    own = identity.export_certificate(vault)
    (status,) = pyhanko_status(data, own)
    assert status.intact and status.valid and status.trusted  # type: ignore[attr-defined]
    assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE  # type: ignore[attr-defined]
    assert status.bottom_line  # type: ignore[attr-defined]
    report = verify_pdf(data, [own])
    assert report.verdict is Verdict.TRUSTED and report.exit_code == 0
    (sig,) = report.signatures
    assert sig.signer == "Ana Test-Owner" and sig.organisation == "Test Exit Service"
    assert sig.signed_at is not None
    assert report.unsigned_fields == ("Chair",)


def test_the_signature_is_visible_where_the_renderer_left_room(
    vault: Vault, tmp_path: Path
) -> None:
    data = export(vault, tmp_path)
    reader = PdfFileReader(io.BytesIO(data))
    (sig,) = reader.embedded_signatures
    rect = [float(v) for v in sig.sig_field["/Rect"]]
    assert rect[2] - rect[0] > 100 and rect[3] - rect[1] > 40
    page = sig.sig_field["/P"]
    assert page == reader.root["/Pages"]["/Kids"][-1]
    assert "/AP" in sig.sig_field


def test_a_signer_outside_the_trusted_list_is_untrusted_but_intact(
    vault: Vault, other_vault: Vault, tmp_path: Path
) -> None:
    data = export(other_vault, tmp_path)
    report = verify_pdf(data, identity.trusted_pems(vault))
    assert report.verdict is Verdict.UNTRUSTED and report.exit_code == 3
    assert report.signatures[0].intact and not report.signatures[0].trusted
    assert mb.CHAIR in report.summary
    identity.trust_certificate(vault, identity.export_certificate(other_vault).encode())
    assert verify_pdf(data, identity.trusted_pems(vault)).verdict is Verdict.TRUSTED


def signed_ranges(data: bytes) -> list[tuple[int, int]]:
    reader = PdfFileReader(io.BytesIO(data))
    (sig,) = reader.embedded_signatures
    a, b, c, d = (int(x) for x in sig.sig_object["/ByteRange"])
    return [(a, a + b), (c, c + d)]


def test_any_single_changed_byte_in_the_signed_file_fails_verification(
    vault: Vault, tmp_path: Path
) -> None:
    data = export(vault, tmp_path)
    trusted = identity.trusted_pems(vault)
    offsets: list[int] = []
    for start, end in signed_ranges(data):
        step = max((end - start) // 12, 1)
        offsets += list(range(start + 1, end - 1, step))
    assert len(offsets) >= 20
    for offset in offsets:
        report = verify_pdf(flip(data, offset), trusted)
        assert report.verdict is Verdict.INVALID, offset
        assert report.exit_code == 1


def test_a_changed_byte_in_the_page_content_is_reported_as_altered(
    vault: Vault, tmp_path: Path
) -> None:
    data = export(vault, tmp_path)
    offset = data.index(b"stream", len(data) // 4) + 20  # inside a content stream
    report = verify_pdf(flip(data, offset), identity.trusted_pems(vault))
    assert report.verdict is Verdict.INVALID
    assert "changed after" in report.summary or "not a readable PDF" in report.summary


def test_an_annotation_appended_with_pypdf_fails_verification(vault: Vault, tmp_path: Path) -> None:
    data = export(vault, tmp_path)
    writer = PdfWriter(io.BytesIO(data), incremental=True)
    writer.add_annotation(0, FreeText(text="forged note", rect=(50, 50, 250, 100)))
    out = io.BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), identity.trusted_pems(vault))
    assert report.verdict is Verdict.INVALID and report.exit_code == 1
    assert "after" in report.summary


@pytest.mark.parametrize("change", ["metadata", "same-root-again", "new-page"])
def test_an_unsigned_incremental_revision_fails_verification(
    vault: Vault, tmp_path: Path, change: str
) -> None:
    data = export(vault, tmp_path)
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    if change == "metadata":
        info = writer.trailer["/Info"]
        info["/Title"] = generic.TextStringObject("Something else")
        writer.update_container(info)
    elif change == "same-root-again":
        writer.update_root()  # a revision that rewrites the catalogue unchanged
    elif change == "new-page":
        from pyhanko.pdf_utils.writer import PageObject

        writer.insert_page(
            PageObject(
                contents=writer.add_object(generic.StreamObject(stream_data=b"")),
                media_box=[0, 0, 595, 842],
            )
        )
    out = io.BytesIO()
    writer.write(out)
    assert len(out.getvalue()) > len(data)
    report = verify_pdf(out.getvalue(), identity.trusted_pems(vault))
    assert report.verdict is Verdict.INVALID, report.lines()


def test_an_unsigned_pdf_and_a_non_pdf_fail_verification(vault: Vault, tmp_path: Path) -> None:
    data = export(vault, tmp_path, sign=False)
    report = verify_pdf(data, identity.trusted_pems(vault))
    assert report.verdict is Verdict.INVALID and "no digital signature" in report.summary
    junk = verify_pdf(b"%PDF-1.7 this is not really a PDF", identity.trusted_pems(vault))
    assert junk.verdict is Verdict.INVALID and junk.exit_code == 1


# -- countersigning -------------------------------------------------------------------------


def test_a_countersignature_gives_two_valid_signatures(
    vault: Vault, other_vault: Vault, tmp_path: Path
) -> None:
    data = export(vault, tmp_path)
    path = tmp_path / "minutes.pdf"
    identity.trust_certificate(other_vault, identity.export_certificate(vault).encode())
    report = minutes.countersign_file(other_vault, path)
    assert report.verdict is Verdict.TRUSTED
    countersigned = path.read_bytes()
    assert countersigned.startswith(data)  # an incremental update: the original stays
    assert [s.field_name for s in report.signatures] == ["Facilitator", "Chair"]
    assert [s.signer for s in report.signatures] == ["Ana Test-Owner", mb.CHAIR]

    statuses = pyhanko_status(countersigned, identity.export_certificate(vault))
    first, second = statuses
    assert first.intact and first.valid and first.bottom_line  # type: ignore[attr-defined]
    assert first.coverage is SignatureCoverageLevel.ENTIRE_REVISION  # type: ignore[attr-defined]
    assert first.modification_level is ModificationLevel.FORM_FILLING  # type: ignore[attr-defined]
    assert second.intact and second.valid  # type: ignore[attr-defined]
    assert second.coverage is SignatureCoverageLevel.ENTIRE_FILE  # type: ignore[attr-defined]

    # The facilitator's vault sees an untrusted chair until it trusts the chair's certificate.
    mine = minutes.verify_file(vault, path)
    assert mine.verdict is Verdict.UNTRUSTED
    identity.trust_certificate(vault, identity.export_certificate(other_vault).encode())
    assert minutes.verify_file(vault, path).verdict is Verdict.TRUSTED


def test_an_annotation_after_the_countersignature_fails_verification(
    vault: Vault, other_vault: Vault, tmp_path: Path
) -> None:
    export(vault, tmp_path)
    path = tmp_path / "minutes.pdf"
    minutes.countersign_file(other_vault, path)
    writer = PdfWriter(io.BytesIO(path.read_bytes()), incremental=True)
    writer.add_annotation(0, FreeText(text="late addition", rect=(50, 50, 250, 100)))
    out = io.BytesIO()
    writer.write(out)
    assert verify_pdf(out.getvalue(), identity.trusted_pems(vault)).verdict is Verdict.INVALID


def test_countersigning_is_refused_for_altered_or_fully_signed_minutes(
    vault: Vault, other_vault: Vault, tmp_path: Path
) -> None:
    data = export(vault, tmp_path)
    start, end = signed_ranges(data)[0]
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(flip(data, (start + end) // 2))
    with pytest.raises(errors.InvalidInput, match="cannot be countersigned"):
        minutes.countersign_file(other_vault, altered)
    assert altered.read_bytes() == flip(data, (start + end) // 2)

    path = tmp_path / "minutes.pdf"
    minutes.countersign_file(other_vault, path)
    with pytest.raises(errors.InvalidInput, match="no empty signature field"):
        minutes.countersign_file(other_vault, path)


def test_countersign_records_a_content_free_audit_row(
    vault: Vault, other_vault: Vault, tmp_path: Path
) -> None:
    export(vault, tmp_path)
    minutes.countersign_file(other_vault, tmp_path / "minutes.pdf", tmp_path / "countersigned.pdf")
    event = audit.events(other_vault)[-1]
    assert event.action == "minutes.countersigned"
    assert event.object_type == "file"  # the chair's vault did not issue these minutes
    assert set(event.detail) == {"sha256", "previous_sha256"}
    assert (tmp_path / "countersigned.pdf").exists()


def test_empty_signature_fields_lists_the_chair_until_it_is_signed(
    vault: Vault, tmp_path: Path
) -> None:
    data = export(vault, tmp_path)
    assert signing.empty_signature_fields(data) == ["Chair"]


def test_only_the_conference_chair_may_countersign(vault: Vault, tmp_path: Path) -> None:
    data = export(vault, tmp_path)
    path = tmp_path / "minutes.pdf"
    before = audit.head(vault)
    with pytest.raises(errors.InvalidInput, match="not its chair"):
        minutes.countersign_file(vault, path)  # the facilitator's own vault
    assert path.read_bytes() == data
    assert audit.head(vault) == before


def test_verify_reports_a_countersignature_by_someone_other_than_the_chair(
    vault: Vault, tmp_path: Path
) -> None:
    """An attacker skips the app's check and fills the chair's field with a trusted key."""
    data = export(vault, tmp_path)
    ident = identity.require_identity(vault)
    forged = signing.countersign_pdf(
        data, key_pem=ident.key_pem, cert_pem=ident.cert_pem, chain_pem=ident.chain_pem
    )
    report = verify_pdf(forged, identity.trusted_pems(vault))
    assert report.verdict is Verdict.INVALID
    assert report.exit_code != 0
    assert "not the chair" in report.summary


def test_the_issuer_is_labelled_by_the_role_they_held(vault: Vault, tmp_path: Path) -> None:
    case = mb.build_minutes_case(vault, reference="CC-roles")
    built = minutes.build_minutes(vault, case.conference_id, Audience.FULL, mb.CHAIR, signed=True)
    assert built.signer_role == "Facilitator"  # the owner facilitated the fixture conference
    assert built.signer_field == "Facilitator"
    m.CONFERENCES.upsert(
        vault,
        dataclasses.replace(
            m.CONFERENCES.get(vault, case.conference_id),  # type: ignore[type-var]
            facilitator_id=case.people[mb.MENTOR],
        ),
    )
    built = minutes.build_minutes(vault, case.conference_id, Audience.FULL, mb.CHAIR, signed=True)
    assert built.signer_role == "Issued by"
    assert built.signer_field == "Issuer"

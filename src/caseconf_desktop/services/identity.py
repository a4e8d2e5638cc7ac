"""The vault's signing identity and the signer certificates it trusts.

Every vault gets a signing identity when it is created: an ECDSA P-256 key pair and a
self-signed X.509 certificate naming the owner and their agency. An organisation that runs
its own certificate authority may import a PKCS#12 file instead. The private key is kept
only inside the encrypted vault (never in a file); the certificate can be exported so that
colleagues add it to the trusted list of their own vaults, which is what makes a received
PDF verify as *trusted* rather than merely *intact*.

``cryptography`` is imported inside the functions: the GUI imports this module early and
must start fast.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain.model import new_id, utcnow
from caseconf_desktop.storage import audit, identity_store
from caseconf_desktop.storage.mapping import AGENCIES, PEOPLE, Table

if TYPE_CHECKING:
    from caseconf_desktop.storage.vault import Vault

# How long a generated certificate is valid. Minutes are verified against the current
# time (PAdES B-B has no timestamp), so this is how long a signature keeps verifying.
VALIDITY_YEARS = 10
# Accept a few hours of clock difference between the signer's and the verifier's computer.
_BACKDATE = timedelta(days=1)
# X.509 upper bound for commonName and organizationName (RFC 5280 ub-common-name).
_NAME_MAX = 64

SOURCE_GENERATED = "generated"
SOURCE_PKCS12 = "pkcs12"
SOURCE_OWN = "own"
SOURCE_IMPORTED = "imported"


_tr = i18n.tr_in("Identity")


@dataclass(frozen=True, slots=True)
class SigningIdentity:
    """The key and certificate this vault signs minutes with (one row of signing_identity)."""

    subject: str
    fingerprint: str
    cert_pem: str
    key_pem: str = field(repr=False)
    source: str = SOURCE_GENERATED
    chain_pem: str = ""
    created_at: datetime = field(default_factory=utcnow)
    active: bool = True
    id: str = field(default_factory=new_id)

    @property
    def display_name(self) -> str:
        return describe_pem(self.cert_pem).display


@dataclass(frozen=True, slots=True)
class TrustedCertificate:
    """A signer certificate this vault trusts (its own, or a colleague's it imported)."""

    fingerprint: str
    subject: str
    pem: str
    source: str = SOURCE_IMPORTED
    added_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class CertificateInfo:
    """What a person needs to recognise a certificate."""

    common_name: str
    organisation: str
    subject: str
    fingerprint: str
    not_before: datetime
    not_after: datetime

    @property
    def display(self) -> str:
        if self.organisation:
            return f"{self.common_name} ({self.organisation})"
        return self.common_name or self.subject


IDENTITIES = Table(SigningIdentity, "signing_identity")
TRUSTED = Table(TrustedCertificate, "trusted_certificates")


# -- certificates ---------------------------------------------------------------------------


def format_fingerprint(fingerprint: str) -> str:
    """``ab12cd…`` as ``AB:12:CD:…``, the form people compare over the phone."""
    fp = fingerprint.upper()
    return ":".join(fp[i : i + 2] for i in range(0, len(fp), 2))


def load_certificate(data: bytes) -> Any:
    """Parse one certificate from PEM or DER bytes; a clear error for anything else."""
    from cryptography import x509

    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise errors.InvalidInput(
            _tr("The file is not an X.509 certificate (PEM or DER).")
        ) from exc


def _info(cert: Any) -> CertificateInfo:
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    def first(oid: Any) -> str:
        attrs = cert.subject.get_attributes_for_oid(oid)
        return str(attrs[0].value) if attrs else ""

    der = cert.public_bytes(serialization.Encoding.DER)
    return CertificateInfo(
        common_name=first(NameOID.COMMON_NAME),
        organisation=first(NameOID.ORGANIZATION_NAME),
        subject=cert.subject.rfc4514_string(),
        fingerprint=hashlib.sha256(der).hexdigest(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
    )


def describe_pem(pem: str | bytes) -> CertificateInfo:
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    return _info(load_certificate(data))


def _pem(cert: Any) -> str:
    from cryptography.hazmat.primitives import serialization

    return str(cert.public_bytes(serialization.Encoding.PEM).decode("ascii"))


def _key_pem(key: Any) -> str:
    from cryptography.hazmat.primitives import serialization

    # Unencrypted PKCS#8: the vault's SQLCipher encryption is what protects it at rest.
    return str(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode("ascii")
    )


def _self_signed(owner_name: str, agency_name: str) -> tuple[Any, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, owner_name[:_NAME_MAX])]
    if agency_name:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, agency_name[:_NAME_MAX]))
    name = x509.Name(attrs)
    now = utcnow()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _BACKDATE)
        .not_valid_after(now + timedelta(days=365 * VALIDITY_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # non-repudiation: pyHanko requires it by default
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


# -- the vault's identity -------------------------------------------------------------------


def active_identity(vault: Vault) -> SigningIdentity | None:
    return identity_store.active(vault, IDENTITIES)


def _store(vault: Vault, ident: SigningIdentity, action: str) -> SigningIdentity:
    with vault.transaction():
        identity_store.deactivate_all(vault)
        IDENTITIES.upsert(vault, ident)
        _trust(vault, ident.cert_pem, SOURCE_OWN)
        audit.append(
            vault,
            action,
            "signing_identity",
            ident.id,
            detail={"fingerprint": ident.fingerprint, "source": ident.source},
        )
    return ident


def create_identity(vault: Vault, owner_name: str, agency_name: str) -> SigningIdentity:
    """Generate a key pair and a self-signed certificate naming the owner and agency.

    Becomes the active identity (an earlier one is kept, inactive) and is trusted by this
    vault. Joins the caller's transaction when there is one (vault creation).
    """
    owner_name = owner_name.strip()
    agency_name = agency_name.strip()
    if not owner_name:
        raise errors.InvalidInput(_tr("A signing identity needs the owner's name."))
    key, cert = _self_signed(owner_name, agency_name)
    info = _info(cert)
    ident = SigningIdentity(
        subject=info.subject,
        fingerprint=info.fingerprint,
        cert_pem=_pem(cert),
        key_pem=_key_pem(key),
        source=SOURCE_GENERATED,
    )
    return _store(vault, ident, "identity.created")


def require_identity(vault: Vault) -> SigningIdentity:
    """The active identity; a vault created before signing existed gets one now."""
    ident = active_identity(vault)
    if ident is not None:
        return ident
    person = PEOPLE.get(vault, vault.get_meta("owner_person_id"))
    agency = AGENCIES.get(vault, vault.get_meta("owner_agency_id"))
    if person is None:
        raise errors.InvalidInput(
            _tr("This vault has no owner profile, so it cannot create a signing identity.")
        )
    return create_identity(vault, person.name, agency.name if agency else "")


def import_pkcs12(vault: Vault, data: bytes, password: str | None) -> SigningIdentity:
    """Use an organisation's own key and certificate (a PKCS#12 file) from now on."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    secret = password.encode("utf-8") if password else None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, secret)
    except ValueError as exc:
        raise errors.InvalidInput(
            _tr("The PKCS#12 file cannot be opened: the password is wrong or the file is damaged.")
        ) from exc
    if key is None or cert is None:
        raise errors.InvalidInput(
            _tr("The PKCS#12 file must hold both a private key and its certificate.")
        )
    if not isinstance(
        key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey
    ):
        raise errors.InvalidInput(
            _tr("The key in the PKCS#12 file is of a kind that cannot sign PDFs (use RSA or EC).")
        )
    spki = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if key.public_key().public_bytes(*spki) != cert.public_key().public_bytes(*spki):
        raise errors.InvalidInput(
            _tr("The private key in the PKCS#12 file does not belong to its certificate.")
        )
    info = _info(cert)
    ident = SigningIdentity(
        subject=info.subject,
        fingerprint=info.fingerprint,
        cert_pem=_pem(cert),
        key_pem=_key_pem(key),
        chain_pem="".join(_pem(c) for c in extra or ()),
        source=SOURCE_PKCS12,
    )
    return _store(vault, ident, "identity.imported")


def export_certificate(vault: Vault) -> str:
    """The active identity's certificate as PEM text, for colleagues to trust."""
    return require_identity(vault).cert_pem


# -- the trusted list -----------------------------------------------------------------------


def trusted_certificates(vault: Vault) -> list[TrustedCertificate]:
    return identity_store.trusted_in_order(vault, TRUSTED)


def _trust(vault: Vault, pem: str, source: str) -> tuple[TrustedCertificate, bool]:
    info = describe_pem(pem)
    existing = identity_store.by_fingerprint(vault, TRUSTED, info.fingerprint)
    if existing is not None:
        return existing, False
    cert = TrustedCertificate(
        fingerprint=info.fingerprint, subject=info.subject, pem=pem, source=source
    )
    TRUSTED.upsert(vault, cert)
    return cert, True


def trust_certificate(vault: Vault, data: bytes) -> tuple[TrustedCertificate, bool]:
    """Add a colleague's certificate (PEM or DER) to the trusted list.

    Returns the entry and whether it was new. Check the fingerprint with its owner
    through another channel first: trusting a certificate is trusting its key.
    """
    pem = _pem(load_certificate(data))
    with vault.transaction():
        cert, created = _trust(vault, pem, SOURCE_IMPORTED)
        if created:
            audit.append(
                vault,
                "identity.trusted",
                "trusted_certificate",
                cert.id,
                detail={"fingerprint": cert.fingerprint},
            )
    return cert, created


def distrust_certificate(vault: Vault, fingerprint: str) -> bool:
    """Remove a certificate from the trusted list; False when it was not there."""
    fp = fingerprint.replace(":", "").lower()
    found = identity_store.by_fingerprint(vault, TRUSTED, fp)
    if found is None:
        return False
    with vault.transaction():
        TRUSTED.delete(vault, found.id)
        audit.append(
            vault,
            "identity.distrusted",
            "trusted_certificate",
            found.id,
            detail={"fingerprint": fp},
        )
    return True


def trusted_pems(vault: Vault) -> list[str]:
    """PEM texts of every trusted certificate, for the verifier."""
    return [c.pem for c in trusted_certificates(vault)]

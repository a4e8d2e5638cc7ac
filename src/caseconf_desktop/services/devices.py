"""Device identities for offline hand-over: who may send bundles to whom.

Every vault is one *device* with two key pairs, made at ``init`` (or on first use for an
older vault) and kept only inside the encrypted vault:

- an age X25519 identity: bundles addressed to this device are encrypted to its public
  recipient (``age1…``) and only this vault can open them;
- an Ed25519 key pair: every bundle this device makes carries a signature over its
  manifest, which the receiving vault checks against the key it pinned when it trusted us.

A device is handed to another vault as one line of text (:func:`device_line`)::

    caseconf-device:1:<device uuid>:<age1… recipient>:<Ed25519 public key, base64url>:<name>

and both sides compare a short fingerprint of it (:func:`fingerprint`, eight groups of four
hex digits from SHA-256) over the phone before trusting. The name at the end is only a
suggestion: ``trust`` records the device under the name the receiving person chooses, and
the fingerprint does not cover the name, so renaming never changes it.

``cryptography`` and ``pyrage`` are imported inside the functions: the GUI imports this
module early and must start fast.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain.model import new_id, utcnow
from caseconf_desktop.storage import audit, devices_store, sync_store
from caseconf_desktop.storage.mapping import PEOPLE, Table

if TYPE_CHECKING:
    from caseconf_desktop.storage.vault import Vault

LINE_PREFIX = "caseconf-device"
LINE_VERSION = "1"
_NAME_MAX = 80
_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")


_tr = i18n.tr_in("Devices")


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    """This vault's own device: its keys (the private ones never leave the vault)."""

    name: str
    age_identity: str = field(repr=False)
    age_recipient: str
    sign_private: str = field(repr=False)  # raw Ed25519 private key, base64url
    sign_public: str  # raw Ed25519 public key, base64url
    created_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    @property
    def line(self) -> str:
        return device_line(self.id, self.age_recipient, self.sign_public, self.name)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.id, self.age_recipient, self.sign_public)


@dataclass(frozen=True, slots=True)
class TrustedDevice:
    """A device this vault accepts bundles from and addresses bundles to."""

    name: str  # the name this vault knows it by (``--to NAME``)
    age_recipient: str
    sign_public: str
    fingerprint: str
    announced_name: str = ""  # the name the device gave itself in its line
    trusted_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """One row of ``device list``: this vault's own device or a trusted one."""

    id: str
    name: str
    fingerprint: str
    own: bool
    trusted_at: datetime | None
    last_sent: str | None
    last_received: str | None


@dataclass(frozen=True, slots=True)
class ParsedLine:
    id: str
    age_recipient: str
    sign_public: str
    name: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.id, self.age_recipient, self.sign_public)


IDENTITY = Table(DeviceIdentity, "device_identity")
DEVICES = Table(TrustedDevice, "devices")


# -- lines and fingerprints ---------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def clean_name(name: str) -> str:
    """A device name on one line: control characters become spaces, runs of space one."""
    text = "".join(c if c.isprintable() else " " for c in name)
    return " ".join(text.split())[:_NAME_MAX]


def device_line(device_id: str, age_recipient: str, sign_public: str, name: str) -> str:
    return ":".join(
        (LINE_PREFIX, LINE_VERSION, device_id, age_recipient, sign_public, clean_name(name))
    )


def fingerprint(device_id: str, age_recipient: str, sign_public: str) -> str:
    """Eight groups of four hex digits (128 bits of SHA-256) to read aloud and compare."""
    keyed = ":".join((LINE_PREFIX, LINE_VERSION, device_id, age_recipient, sign_public))
    digest = hashlib.sha256(keyed.encode("ascii")).hexdigest()[:32].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def parse_line(line: str) -> ParsedLine:
    """Check a device line; a clear error says what is wrong with it."""
    text = line.strip()
    parts = text.split(":", 5)
    if parts[0] != LINE_PREFIX or len(parts) < 2:
        raise errors.InvalidInput(
            _tr("That is not a CaseConf device line: it must start with 'caseconf-device:'.")
        )
    if parts[1] != LINE_VERSION:
        raise errors.InvalidInput(
            _tr(
                "That device line has version {found}; this CaseConf reads version {known}."
            ).format(found=parts[1], known=LINE_VERSION)
        )
    if len(parts) < 5:
        raise errors.InvalidInput(
            _tr(
                "The device line is incomplete: it needs the device id, two keys and a name; "
                "copy the whole line."
            )
        )
    if len(parts) < 6:
        parts.append("")
    _prefix, _version, device_id, recipient, public, name = parts
    try:
        device_id = str(uuid.UUID(device_id))
    except ValueError as exc:
        raise errors.InvalidInput(
            _tr("The device line is damaged: its device id is not a UUID.")
        ) from exc
    if not _AGE_RECIPIENT.fullmatch(recipient):
        raise errors.InvalidInput(
            _tr("The device line is damaged: its encryption key is not an age recipient.")
        )
    import pyrage

    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except pyrage.RecipientError as exc:
        raise errors.InvalidInput(
            _tr("The device line is damaged: its encryption key is not an age recipient.")
        ) from exc
    try:
        raw = _unb64(public)
    except (binascii.Error, ValueError) as exc:
        raise errors.InvalidInput(
            _tr("The device line is damaged: its signing key is not valid base64.")
        ) from exc
    if len(raw) != 32 or _b64(raw) != public:
        raise errors.InvalidInput(
            _tr("The device line is damaged: its signing key is not an Ed25519 public key.")
        )
    return ParsedLine(device_id, recipient, public, clean_name(name))


# -- this vault's device ------------------------------------------------------------------


def _generate(name: str) -> DeviceIdentity:
    import pyrage
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    age_identity = pyrage.x25519.Identity.generate()
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return DeviceIdentity(
        name=clean_name(name) or "CaseConf",
        age_identity=str(age_identity),
        age_recipient=str(age_identity.to_public()),
        sign_private=_b64(private),
        sign_public=_b64(public),
    )


def create_identity(vault: Vault, name: str) -> DeviceIdentity:
    """Make this vault's device identity (joins the caller's transaction, e.g. ``init``)."""
    ident = _generate(name)
    with vault.transaction():
        IDENTITY.upsert(vault, ident)
        audit.append(
            vault, "device.created", "device", ident.id, detail={"fingerprint": ident.fingerprint}
        )
    return ident


def _default_name(vault: Vault) -> str:
    person = PEOPLE.get(vault, vault.get_meta("owner_person_id"))
    if person is None:
        return "CaseConf"
    from caseconf_desktop.storage.mapping import AGENCIES

    agency = AGENCIES.get(vault, person.agency_id) if person.agency_id else None
    return f"{person.name} ({agency.name})" if agency else person.name


def own_identity(vault: Vault) -> DeviceIdentity:
    """This vault's device, created on first use for a vault made before devices existed."""
    found = devices_store.identities(vault, IDENTITY)
    if found:
        return found[0]
    return create_identity(vault, _default_name(vault))


def owner_label(vault: Vault) -> str:
    """Who makes this vault's changes, as recorded next to a changed value."""
    person = PEOPLE.get(vault, vault.get_meta("owner_person_id"))
    return person.name if person else ""


def rename(vault: Vault, name: str) -> DeviceIdentity:
    name = clean_name(name)
    if not name:
        raise errors.InvalidInput(_tr("The device name must not be empty."))
    ident = own_identity(vault)
    from dataclasses import replace

    with vault.transaction():
        ident = IDENTITY.upsert(vault, replace(ident, name=name))
    return ident


# -- trusted devices ----------------------------------------------------------------------


def trusted(vault: Vault) -> list[TrustedDevice]:
    return devices_store.devices_by_name(vault, DEVICES)


def by_name(vault: Vault, name: str) -> TrustedDevice:
    found = devices_store.named(vault, DEVICES, name.strip())
    if not found:
        raise errors.NotFound(
            _tr("No trusted device is called {name}; see 'caseconf device list'.").format(name=name)
        )
    return found[0]


def get(vault: Vault, device_id: str) -> TrustedDevice | None:
    return DEVICES.get(vault, device_id)


def display_name(vault: Vault, device_id: str) -> str:
    """A device id as people know it: this vault, a trusted name, or a short id."""
    if not device_id:
        return _tr("unknown device")
    own = own_identity(vault)
    if device_id == own.id:
        return _tr("{name} (this vault)").format(name=own.name)
    dev = DEVICES.get(vault, device_id)
    if dev is not None:
        return dev.name
    return _tr("device {short}").format(short=device_id[:8])


def trust(vault: Vault, line: str, name: str) -> tuple[TrustedDevice, bool]:
    """Record a device from its line under ``name``; (device, newly trusted)."""
    parsed = parse_line(line)
    name = clean_name(name)
    if not name:
        raise errors.InvalidInput(_tr("Give the device a name (--name) to address it by."))
    with vault.transaction():
        own = own_identity(vault)
        if parsed.id == own.id:
            raise errors.InvalidInput(_tr("That line is this vault's own device."))
        existing = DEVICES.get(vault, parsed.id)
        if existing is not None:
            if (existing.age_recipient, existing.sign_public) != (
                parsed.age_recipient,
                parsed.sign_public,
            ):
                raise errors.InvalidInput(
                    _tr(
                        "A device with the same id is already trusted as {name} with "
                        "different keys; nothing was changed."
                    ).format(name=existing.name)
                )
            if existing.name == name:
                return existing, False
        clash = devices_store.named(vault, DEVICES, name, other_than=parsed.id)
        if clash:
            raise errors.InvalidInput(
                _tr("Another trusted device is already called {name}.").format(name=name)
            )
        device = TrustedDevice(
            name=name,
            age_recipient=parsed.age_recipient,
            sign_public=parsed.sign_public,
            fingerprint=parsed.fingerprint,
            announced_name=parsed.name,
            trusted_at=existing.trusted_at if existing else utcnow(),
            id=parsed.id,
        )
        DEVICES.upsert(vault, device)
        # From now on new records are stamped, so that --since-last bundles find them.
        sync_store.log_inserts(vault)
        audit.append(
            vault,
            "device.trusted" if existing is None else "device.renamed",
            "device",
            device.id,
            detail={"fingerprint": device.fingerprint},
        )
    return device, existing is None


def list_devices(vault: Vault) -> list[DeviceInfo]:
    """This vault's device first, then the trusted ones by name."""
    own = own_identity(vault)
    last = devices_store.last_bundles(vault)
    out = [DeviceInfo(own.id, own.name, own.fingerprint, True, None, None, None)]
    for dev in trusted(vault):
        out.append(
            DeviceInfo(
                dev.id,
                dev.name,
                dev.fingerprint,
                False,
                dev.trusted_at,
                last.get((dev.id, "out")),
                last.get((dev.id, "in")),
            )
        )
    return out


# -- keys in use ----------------------------------------------------------------------------


def signing_key(ident: DeviceIdentity) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(_unb64(ident.sign_private))


def verifying_key(sign_public: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(_unb64(sign_public))


def age_identity(ident: DeviceIdentity) -> Any:
    import pyrage

    return pyrage.x25519.Identity.from_str(ident.age_identity)


def age_recipient(recipient: str) -> Any:
    import pyrage

    return pyrage.x25519.Recipient.from_str(recipient)

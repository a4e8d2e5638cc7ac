"""Creating and unlocking vaults, and the owner's profile kept inside them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain.enums import AgencyKind, Role
from caseconf_desktop.domain.model import Agency, Person, utcnow
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.mapping import AGENCIES, PEOPLE
from caseconf_desktop.storage.vault import Vault

_tr = i18n.tr_in("Vaults")


@dataclass(frozen=True, slots=True)
class Owner:
    """Who this vault belongs to: recorded as the actor of every audit row."""

    person: Person
    agency: Agency
    role: Role


def init_vault(
    path: Path,
    passphrase: str,
    owner_name: str,
    agency_name: str,
    role: Role = Role.COORDINATOR,
) -> Vault:
    """Create a vault with its owner's profile. Refuses an existing file."""
    owner_name = owner_name.strip()
    agency_name = agency_name.strip()
    if not owner_name:
        raise errors.InvalidInput(_tr("The owner's name must not be empty."))
    if not agency_name:
        raise errors.InvalidInput(_tr("The owner's agency must not be empty."))
    from caseconf_desktop.services import passphrase as policy

    # Before anything is written: a weak passphrase creates no file at all.
    policy.check_strength(passphrase, (owner_name, agency_name))
    vault = Vault.create(path, passphrase)
    try:
        with vault.transaction():
            agency = AGENCIES.upsert(vault, Agency(name=agency_name, kind=AgencyKind.OTHER))
            person = PEOPLE.upsert(vault, Person(name=owner_name, agency_id=agency.id))
            vault.set_meta("owner_person_id", person.id)
            vault.set_meta("owner_agency_id", agency.id)
            vault.set_meta("owner_role", role.value)
            vault.set_meta("created_at", utcnow().isoformat())
            audit.append(vault, "vault.created", "vault", person.id, actor=person.id)
            from caseconf_desktop.services import identity

            identity.create_identity(vault, owner_name, agency_name)
            from caseconf_desktop.services import devices

            devices.create_identity(vault, f"{owner_name} ({agency_name})")
    except BaseException:
        vault.close()
        raise
    return vault


def unlock(path: Path, passphrase: str, *, record: bool = True) -> Vault:
    """Open a vault; the unlock itself is an audited event."""
    vault = Vault.open(path, passphrase)
    _remove_leftovers(Path(path))
    if record:
        try:
            with vault.transaction():
                audit.append(vault, "vault.unlocked", "vault", vault.get_meta("owner_person_id"))
        except BaseException:
            vault.close()
            raise
    return vault


def _remove_leftovers(path: Path) -> None:
    """Copies a killed restore (``.NAME.*.part``) or passphrase change (``.NAME.*.rekey``)
    left next to the vault: encrypted, but holding data that may since have been erased.

    Safe once the vault is open: a passphrase change in progress holds the vault exclusively
    (opening would have failed), and one that starts now needs our connection closed first.
    """
    from caseconf_desktop.services import backup

    folder = path.parent if str(path.parent) else Path(".")
    for suffix in (".part", ".rekey"):
        backup.remove_leftovers(folder, path.name, suffix)


def owner(vault: Vault) -> Owner:
    person = PEOPLE.get(vault, vault.get_meta("owner_person_id"))
    agency = AGENCIES.get(vault, vault.get_meta("owner_agency_id"))
    if person is None or agency is None:
        raise errors.Corrupt(str(vault.path))
    return Owner(person, agency, Role(vault.get_meta("owner_role", Role.COORDINATOR.value)))

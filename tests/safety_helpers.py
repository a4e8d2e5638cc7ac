"""Shared by the trust-and-safety tests: a case full of canaries, table dumps, page decryption."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import (
    TLP,
    AgencyKind,
    AttendeeRole,
    ConsentKind,
    ConsentState,
    EntryKind,
    InterventionKind,
    NeedDomain,
    ResponsibilityDomain,
    RiskLevel,
    Section,
)
from caseconf_desktop.services.minutes import ISSUED, IssuedMinutes
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault

# One word per field, so a trace names where it came from; all share the prefix.
PREFIX = "Kanarie"


def canary(field: str) -> str:
    return f"{PREFIX}{field}Ωж"


def has_canary(blob: bytes) -> bool:
    """Case-insensitive: full-text indexes keep words lower-cased."""
    return PREFIX.lower().encode() in blob.lower()


@dataclass(frozen=True)
class CanaryCase:
    case: model.Case
    conference: model.Conference
    agency: model.Agency
    person: model.Person
    words: tuple[str, ...]


def add_canary_case(vault: Vault, reference: str = "CAN-0001") -> CanaryCase:
    """A case with every kind of record, each text field holding its own canary word."""
    words: list[str] = []

    def w(field: str) -> str:
        words.append(canary(field))
        return canary(field)

    with vault.transaction():
        agency = m.AGENCIES.upsert(vault, model.Agency("Shared Probation", AgencyKind.PROBATION))
        person = m.PEOPLE.upsert(vault, model.Person("Shared Officer", agency.id))
        case = m.CASES.upsert(
            vault,
            model.Case(
                reference=reference,
                subject_name=w("Subject"),
                pseudonym=w("Pseudonym"),
                legal_status=w("Legal"),
                establishment=w("Establishment"),
                programme=w("Programme"),
                lead_agency_id=agency.id,
                date_of_birth=date(1990, 4, 1),
            ),
        )
        cid = case.id
        m.RESPONSIBILITIES.upsert(
            vault,
            model.Responsibility(cid, ResponsibilityDomain.RISK, agency.id, person.id, w("Resp")),
        )
        m.GOALS.upsert(vault, model.Goal(cid, w("Goal"), review_note=w("GoalReview")))
        m.FAMILY.upsert(
            vault,
            model.FamilyMember(
                cid,
                w("FamilyName"),
                relationship=w("Relationship"),
                involvement=w("Involvement"),
                support_offered=w("Support"),
                safeguarding_notes=w("Safeguarding"),
            ),
        )
        m.CONSENTS.upsert(
            vault,
            model.Consent(
                cid,
                ConsentKind.PARTICIPATION,
                ConsentState.GIVEN,
                date.today(),
                scope=w("Scope"),
                given_by=w("GivenBy"),
            ),
        )
        conf = m.CONFERENCES.upsert(
            vault,
            model.Conference(
                cid,
                model.utcnow() - timedelta(days=3),
                place=w("Place"),
                summary=w("Summary"),
                chair_id=person.id,
            ),
        )
        m.ATTENDANCE.upsert(
            vault,
            model.Attendance(conf.id, name=w("Attendee"), role=AttendeeRole.FAMILY),
        )
        m.ENTRIES.upsert(
            vault,
            model.Entry(
                conf.id,
                Section.RISK,
                w("EntryText"),
                EntryKind.DECISION,
                TLP.RED,
                rationale=w("Rationale"),
            ),
        )
        m.RISKS.upsert(
            vault,
            model.RiskAssessment(
                cid,
                RiskLevel.HIGH,
                date.today(),
                conference_id=conf.id,
                framework=w("Framework"),
                rationale=w("RiskRationale"),
                known_unknowns=w("Unknowns"),
                change_note=w("ChangeNote"),
                domain_ratings={"intent": w("Rating")},
            ),
        )
        m.NEEDS.upsert(vault, model.Need(cid, NeedDomain.HOUSING, notes=w("NeedNotes")))
        m.INTERVENTIONS.upsert(
            vault,
            model.Intervention(
                cid, InterventionKind.MENTORING, provider=w("Provider"), notes=w("IntNotes")
            ),
        )
        m.ACTIONS.upsert(
            vault,
            model.Action(
                cid,
                w("ActionText"),
                conference_id=conf.id,
                owner_person_id=person.id,
                review_note=w("ActionReview"),
            ),
        )
        ISSUED.upsert(
            vault,
            IssuedMinutes(
                conference_id=conf.id,
                case_id=cid,
                audience="full",
                recipient=w("Recipient"),
                tlp="RED",
                sha256="0" * 64,
                audit_head_hash="0" * 64,
            ),
        )
    return CanaryCase(case, conf, agency, person, tuple(words))


def all_tables(vault: Any) -> list[str]:
    """Every table in the file, virtual and FTS shadow tables included."""
    rows = vault.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    return [str(r[0]) for r in rows]


def dump(vault: Any, *, skip: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ordinary table, sorted, for comparing two vaults.

    The case summaries are a cache, brought up to date whenever a writer closes the vault
    or someone reads them; what they mean is compared instead (the view they are kept from).
    """
    out = {}
    for name in all_tables(vault):
        sql = vault.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (name,))
        if name in skip or str(sql).upper().startswith("CREATE VIRTUAL"):
            continue
        if name in ("case_summaries", "case_summaries_stale"):
            continue
        rows = vault.query(f'SELECT * FROM "{name}"')
        out[name] = sorted(rows, key=repr)
    if vault.scalar("SELECT 1 FROM sqlite_master WHERE name = 'case_summaries_live'"):
        out["case_summaries_live"] = sorted(
            vault.query("SELECT * FROM case_summaries_live"), key=repr
        )
    return out


def text_of_every_table(vault: Any) -> bytes:
    """Every value of every table as bytes (text as UTF-8, blobs as they are)."""
    chunks: list[bytes] = []
    for name in all_tables(vault):
        for row in vault.query(f'SELECT * FROM "{name}"'):
            for value in row:
                if isinstance(value, bytes):
                    chunks.append(value)
                elif value is not None:
                    chunks.append(str(value).encode("utf-8"))
    return b"\x00".join(chunks)


PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page


def decrypted_pages(path: Path, passphrase: str) -> bytes:
    """The plaintext of every page of a SQLCipher 4 file (default settings), free space too.

    Written from SQLCipher's documented format so a test can look where SQL cannot: unused
    space inside pages and pages on the free list.
    """
    data = path.read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), data[:16], 256_000, 32)
    out = []
    for offset in range(0, len(data) - len(data) % PAGE, PAGE):
        page = data[offset : offset + PAGE]
        start = 16 if offset == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize())
    return b"".join(out)

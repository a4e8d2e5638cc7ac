"""Subject access: everything this vault holds on one person, as JSON and a readable PDF.

The JSON is the case's caseconf.v1 document (the same one ``caseconf export`` writes, so it
can be read by any tool that reads the interchange format) wrapped with what a data
subject may also ask for: who the information was disclosed to (the minutes disclosure
log) and who consulted or changed the case file (the audit log, with the actors' names).
The PDF shows the same content for a person to read. Both files are written as one unit
inside the transaction that records the disclosure (with its purpose) in the audit log:
both are staged next to their destinations first (a full disk or a folder that cannot be
written fails there, before anything is in place), then both are renamed into place; when
either rename or the commit fails, a file already put in place is removed and the audit row
rolls back. So either both files exist and the export is audited, or neither file is left
and nothing is recorded: no file of personal data that the audit log does not know about.

The export holds everything, including information labelled TLP:RED and information
about third parties; the controller reviews it before anything is disclosed.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain import disclosure
from caseconf_desktop.domain.enums import TLP, EntryKind
from caseconf_desktop.domain.model import utcnow
from caseconf_desktop.services import cases as case_service
from caseconf_desktop.services import interchange
from caseconf_desktop.services.files import atomic_write_bytes, check_destination
from caseconf_desktop.storage import audit, issued
from caseconf_desktop.storage.mapping import AGENCIES, PEOPLE
from caseconf_desktop.storage.vault import Vault

FORMAT = "caseconf.subject-access.v1"
ACTION = "case.subject_access_exported"
MAX_PURPOSE = 300


_tr = i18n.tr_in("SubjectAccess")


def default_purpose() -> str:
    return _tr("Subject access request")


@dataclass(frozen=True, slots=True)
class SubjectAccessResult:
    case_id: str
    json_path: Path
    pdf_path: Path | None
    records: int
    disclosures: int
    access_events: int


def check_purpose(purpose: str) -> str:
    text = " ".join(purpose.split())
    if not text:
        raise errors.InvalidInput(_tr("Say what the export is for (--purpose)."))
    if len(text) > MAX_PURPOSE:
        raise errors.InvalidInput(
            _tr("The purpose must be at most {n} characters long.").format(n=MAX_PURPOSE)
        )
    return text


# -- the document ---------------------------------------------------------------------------


def _disclosures(vault: Vault, case_id: str) -> list[dict[str, Any]]:
    return [
        {
            "issued_at": copy.issued_at.isoformat(),
            "conference_id": copy.conference_id,
            "audience": copy.audience,
            "recipient": copy.recipient,
            "tlp": copy.tlp,
            "sha256": copy.sha256,
            "signed_by": copy.signed_by,
        }
        for copy in issued.of_case(vault, case_id)
    ]


def _actor_names(vault: Vault, ids: Iterable[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for person_id in set(ids):
        person = PEOPLE.get(vault, person_id)
        if person is not None:
            agency = AGENCIES.get(vault, person.agency_id) if person.agency_id else None
            names[person_id] = f"{person.name} ({agency.name})" if agency else person.name
    return names


def build_document(vault: Vault, reference: str, purpose: str) -> dict[str, Any]:
    """The subject-access document for the case with this reference (audits the export)."""
    case = case_service.get_by_reference(vault, reference)
    record = interchange.export_document(vault, [reference])
    events = audit.events(vault, case_id=case.id)
    names = _actor_names(vault, (e.actor for e in events))
    owner = _actor_names(vault, [vault.get_meta("owner_person_id")])
    return {
        "format": FORMAT,
        "generated_at": utcnow().isoformat(),
        "purpose": purpose,
        "prepared_by": next(iter(owner.values()), ""),
        "case_id": case.id,
        "reference": case.reference,
        "record": record,
        "disclosures": _disclosures(vault, case.id),
        "access_log": [
            {
                "at": e.at.isoformat(),
                "actor": names.get(e.actor, e.actor),
                "action": e.action,
                "object_type": e.object_type,
                "object_id": e.object_id,
            }
            for e in events
        ],
        "audit_head": audit.head(vault)[1],
        "review": {"not_for_the_subject": _not_for_the_subject(record)},
    }


def _not_for_the_subject(record: dict[str, Any]) -> list[str]:
    """Entries the disclosure policy would not give the subject: the controller's review list.

    The export holds everything (the law gives the person a right to their data, with
    exemptions a person decides on); the policy only says where to look first.
    """
    out = []
    for case in record.get("cases", []):
        for conf in case.get("conferences", []):
            for e in conf.get("entries", []):
                item = disclosure.Labelled(
                    TLP(e["tlp"]), bool(e.get("shareable_with_subject")), EntryKind(e["kind"])
                )
                if not disclosure.entry_in(disclosure.Audience.PARTICIPANT, item):
                    out.append(str(e["id"]))
    return out


def _count_records(node: Any) -> int:
    if isinstance(node, list):
        return sum(_count_records(x) for x in node)
    if isinstance(node, dict):
        own = 1 if "id" in node else 0
        return own + sum(_count_records(v) for v in node.values() if isinstance(v, list))
    return 0


def export(
    vault: Vault,
    reference: str,
    json_path: Path,
    pdf_path: Path | None = None,
    *,
    purpose: str = "",
) -> SubjectAccessResult:
    """Write the subject-access JSON (and PDF), recording the disclosure and its purpose.

    Both files and the audit row go together: on any failure no file is left at either
    destination and no audit row is added (a file already there before is kept, unless
    the failure comes after it was replaced: then it is removed with the new one).
    """
    purpose = check_purpose(purpose or default_purpose())
    json_path = Path(json_path)
    pdf_path = Path(pdf_path) if pdf_path is not None else None
    _check_destinations(json_path, pdf_path)
    formats = "json,pdf" if pdf_path is not None else "json"
    placed: list[Path] = []
    try:
        with vault.transaction():
            document = build_document(vault, reference, purpose)
            text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
            outputs = [(json_path, text.encode("utf-8"))]
            if pdf_path is not None:
                outputs.append((pdf_path, _render_pdf(document)))
            case = document["record"]["cases"][0]
            audit.append(
                vault,
                ACTION,
                "case",
                document["case_id"],
                case_id=document["case_id"],
                detail={"purpose": purpose, "formats": formats},
            )
            _write_all(outputs, placed)
    except BaseException:
        # A rename or the commit failed after a file was put in place: the audit row is
        # rolled back, so the file goes too.
        for path in placed:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return SubjectAccessResult(
        case_id=document["case_id"],
        json_path=json_path,
        pdf_path=pdf_path,
        records=_count_records(case),
        disclosures=len(document["disclosures"]),
        access_events=len(document["access_log"]),
    )


# -- writing both files as one unit ---------------------------------------------------------


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and a.samefile(b)  # two names of one file
    except (OSError, RuntimeError):  # a link loop: compare the names as written
        return os.path.abspath(a) == os.path.abspath(b)


def _cannot_write(path: Path) -> errors.InvalidInput:
    return errors.InvalidInput(
        QCoreApplication.translate("Files", "Cannot write {path}.").format(path=path)
    )


def _check_destinations(json_path: Path, pdf_path: Path | None) -> None:
    """Refuse, before any work, destinations the export could not put both files in."""
    if pdf_path is not None and _same_file(json_path, pdf_path):
        raise errors.InvalidInput(_tr("The JSON and the PDF must go to two different files."))
    for path in (json_path, pdf_path):
        if path is not None:
            # A new or ordinary file in a folder that exists: never a folder, a link, a
            # device or a pipe, which the rename would replace.
            check_destination(path)


def _write_all(outputs: list[tuple[Path, bytes]], placed: list[Path]) -> None:
    """Stage every file next to its destination, then rename them all into place.

    Staging (files.atomic_write_bytes: a whole, synced file or an error naming the folder)
    is where a full disk or an unwritable folder fails, with nothing in place yet. Each
    destination renamed into place is added to ``placed`` so the caller can remove it if
    a later step fails.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in outputs:
            folder = path.parent if str(path.parent) else Path(".")
            temp = folder / f".{path.name}.{secrets.token_hex(6)}.staged"
            staged.append((temp, path))
            atomic_write_bytes(temp, data)
        for temp, path in staged:
            try:
                os.replace(temp, path)
            except OSError as exc:
                raise _cannot_write(path) from exc
            placed.append(path)
    finally:
        for temp, _path in staged:
            with contextlib.suppress(OSError):
                temp.unlink()


def _render_pdf(document: dict[str, Any]) -> bytes:
    # Imported here: ReportLab is slow to import and only the PDF needs it.
    from caseconf_desktop.export import subject_access_pdf

    return subject_access_pdf.render(document)

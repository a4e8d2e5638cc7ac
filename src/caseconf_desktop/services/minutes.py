"""Minutes of a closed conference, built for one audience and one recipient.

What each version contains is decided by :mod:`caseconf_desktop.domain.disclosure` and
composed by :func:`caseconf_desktop.domain.minutes.compose`; this module reads the closed
record from the vault, asks the policy about recipients, and exports: it renders
(:mod:`caseconf_desktop.export.pdf`), signs (PAdES, :mod:`caseconf_desktop.export.signing`)
and records the copy in the disclosure log ``minutes_issued`` (who received which version,
its SHA-256 and the audit-chain head it was issued against) in one transaction with the
file write. ReportLab and pyHanko are imported only when a PDF is made, so the GUI starts
fast.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain import disclosure, model
from caseconf_desktop.domain.disclosure import Audience, Recipient, normalise_name
from caseconf_desktop.domain.enums import AttendanceStatus, AttendeeRole, ConferenceStatus
from caseconf_desktop.domain.minutes import (
    ConferenceRecord,
    FullMinutesRefused,
    IssuedCopy,
    Minutes,
    RecipientRefused,
    Signer,
    chair_key,
    check_recipient,
    compose,
)
from caseconf_desktop.services import casefile, identity
from caseconf_desktop.storage import audit, case_records, issued
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.issued import ISSUED, IssuedMinutes

if TYPE_CHECKING:
    from caseconf_desktop.export.pdf import RenderedPdf
    from caseconf_desktop.export.verify import VerificationReport
    from caseconf_desktop.storage.vault import Vault

__all__ = [
    "ISSUED",
    "Audience",
    "ConferenceNotClosed",
    "FullMinutesRefused",
    "IssuedMinutes",
    "Minutes",
    "RecipientRefused",
    "normalise_name",
]


_tr = i18n.tr_in("Minutes")

#: The longest recipient name or agency a copy is made out to: it is printed on every page
#: (beyond some hundred characters the page layout cannot place it).
RECIPIENT_MAX = 200


class ConferenceNotClosed(errors.KnownError):
    """Minutes are made from the closed record only."""


# -- reading the record ---------------------------------------------------------------------


def get_closed_conference(vault: Vault, conference_id: str) -> model.Conference:
    conf = m.CONFERENCES.get(vault, conference_id)
    if conf is None:
        raise errors.NotFound(_tr("There is no conference with id {id}.").format(id=conference_id))
    if conf.status is not ConferenceStatus.CLOSED:
        raise ConferenceNotClosed(
            _tr("The conference {id} is not closed yet; close it before exporting minutes.").format(
                id=conference_id
            )
        )
    return conf


def conference_record(vault: Vault, conference_id: str) -> ConferenceRecord:
    """Everything any version of this conference's minutes could draw from."""
    conf = get_closed_conference(vault, conference_id)
    case = m.CASES.get(vault, conf.case_id)
    if case is None:  # pragma: no cover - guarded by the foreign key
        raise errors.Corrupt(str(vault.path))
    copies = issued.of_conference(vault, conf.id)
    return ConferenceRecord(
        conference=conf,
        case=case,
        directory=casefile.directory(vault),
        attendance=tuple(case_records.attendance_of_conference(vault, conf.id)),
        entries=tuple(case_records.entries_of_conference(vault, conf.id)),
        reviewed_actions=tuple(case_records.actions_reviewed_at(vault, conf.id)),
        agreed_actions=tuple(case_records.actions_agreed_at(vault, conf.id, by_due=True)),
        risks=tuple(case_records.risks_of_case(vault, case.id)),
        needs=tuple(case_records.needs_of_case(vault, case.id)),
        family=tuple(case_records.family_of_case(vault, case.id)),
        interventions=tuple(case_records.interventions_of_case(vault, case.id, undated_last=True)),
        issued=tuple(IssuedCopy(i.recipient, Audience(i.audience), i.issued_at) for i in copies),
        goals=tuple(case_records.goals_of_case(vault, case.id)),
        responsibilities=tuple(
            case_records.responsibilities_of_case(vault, case.id, as_recorded=True)
        ),
        audit_head_hash=audit.head(vault)[1],
    )


def _signer(vault: Vault) -> Signer | None:
    ident = identity.active_identity(vault)
    if ident is None:
        return None
    return Signer(ident.display_name, vault.get_meta("owner_person_id") or None)


def build_minutes(
    vault: Vault,
    conference_id: str,
    audience: Audience | str,
    recipient: str,
    *,
    agency: str = "",
    now: datetime | None = None,
    signed: bool = False,
    language: str = i18n.DEFAULT_LANGUAGE,
) -> Minutes:
    """The minutes of a closed conference as ``audience`` may see them, for ``recipient``.

    The fixed text (headings, sentences, labels, dates) is in ``language``, the recipient's;
    what people entered stays as typed. Raises :class:`ConferenceNotClosed`,
    :class:`RecipientRefused` or NotFound in the interface's language (they are for the
    user, not the recipient); reads only, so a refusal changes nothing.
    """
    for value in (recipient, agency):
        if len(value) > RECIPIENT_MAX:
            raise errors.InvalidInput(
                _tr(
                    "A recipient's name or agency is at most {max} characters; {n} were given."
                ).format(max=RECIPIENT_MAX, n=len(value))
            )
    record = conference_record(vault, conference_id)
    who = record.recipient(recipient, agency)
    check_recipient(record, Audience(audience), who)
    with i18n.language(language):
        return compose(
            record,
            audience,
            who,
            now=now or model.utcnow(),
            signer=_signer(vault) if signed else None,
            language=language,
        )


# -- recipients -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecipientOption:
    """Someone the export dialog offers, with the versions they may receive."""

    name: str
    agency: str
    role: AttendeeRole
    status: AttendanceStatus
    default_audience: Audience
    allowed: tuple[Audience, ...]


def recipient_options(vault: Vault, conference_id: str) -> list[RecipientOption]:
    """Everyone invited to the conference, each with the versions the policy allows."""
    record = conference_record(vault, conference_id)
    out: list[RecipientOption] = []
    seen: set[str] = set()
    for a in record.attendance:
        name = record.attendee_name(a)
        key = normalise_name(name)
        if not name or key in seen:
            continue
        seen.add(key)
        who = record.recipient(name)
        allowed = disclosure.allowed_audiences(who)
        out.append(
            RecipientOption(name, record.attendee_agency(a), a.role, a.status, allowed[0], allowed)
        )
    return out


def classify_recipient(vault: Vault, conference_id: str, name: str, agency: str = "") -> Recipient:
    """Where someone not (or not yet) in the options stands: for ad-hoc recipients."""
    return conference_record(vault, conference_id).recipient(name, agency)


# -- the disclosure log ---------------------------------------------------------------------


# The log's rows (IssuedMinutes) and table (ISSUED) live in storage/issued.py.


def issued_minutes(vault: Vault, conference_id: str | None = None) -> list[IssuedMinutes]:
    """Copies issued, oldest first: of one conference's minutes, or of all."""
    if conference_id is None:
        return issued.every_copy(vault)
    return issued.of_conference(vault, conference_id)


# -- rendering, signing, exporting ----------------------------------------------------------


def render(minutes: Minutes) -> RenderedPdf:
    """The PDF of ``minutes``, its fixed text in the language the minutes were built in."""
    from caseconf_desktop.export import pdf

    with i18n.language(minutes.language):
        return pdf.render_minutes(minutes)


def preview(
    vault: Vault,
    conference_id: str,
    audience: Audience | str,
    recipient: str,
    *,
    agency: str = "",
    language: str = i18n.DEFAULT_LANGUAGE,
) -> bytes:
    """The unsigned PDF exactly as it will be signed, for a look before signing.

    Nothing is recorded: a preview is not a disclosure.
    """
    minutes = build_minutes(
        vault, conference_id, audience, recipient, agency=agency, signed=True, language=language
    )
    return render(minutes).data


@dataclass(frozen=True, slots=True)
class ExportRequest:
    audience: Audience
    recipient: str
    path: Path
    agency: str = ""  # for a recipient who is not on the attendance list
    language: str = i18n.DEFAULT_LANGUAGE  # of the fixed text of the recipient's copy


def export_minutes(
    vault: Vault,
    conference_id: str,
    audience: Audience | str,
    recipient: str,
    out: Path,
    *,
    sign: bool = True,
    agency: str = "",
    language: str = i18n.DEFAULT_LANGUAGE,
) -> IssuedMinutes:
    """Render, sign and write one copy; record who received which version.

    The file is written (atomically) inside the transaction that records it, so either
    both the file and its disclosure-log row exist afterwards, or neither does.
    """
    from caseconf_desktop.services.files import atomic_write_bytes

    ident = identity.require_identity(vault) if sign else None
    minutes = build_minutes(
        vault,
        conference_id,
        audience,
        recipient,
        agency=agency,
        signed=ident is not None,
        language=language,
    )
    rendered = render(minutes)
    data = rendered.data
    if ident is not None:
        from caseconf_desktop.export import signing

        with i18n.language(language):  # the signature's visible text and its reason
            data = signing.sign_pdf(
                data,
                key_pem=ident.key_pem,
                cert_pem=ident.cert_pem,
                chain_pem=ident.chain_pem,
                boxes=rendered.signature_boxes,
                reason=_tr("Minutes of a multi-agency case conference"),
                location=minutes.place,
                field_name=minutes.signer_field,
            )
    digest = hashlib.sha256(data).hexdigest()
    copy = IssuedMinutes(
        conference_id=minutes.conference_id,
        case_id=minutes.case_id,
        audience=minutes.audience.value,
        recipient=minutes.recipient,
        tlp=minutes.tlp.value,
        sha256=digest,
        audit_head_hash=minutes.audit_head_hash,
        signed_by=ident.subject if ident else "",
        signer_fingerprint=ident.fingerprint if ident else "",
    )
    with vault.transaction():
        issued.record(vault, copy)
        # Content-free: the recipient's name lives in the disclosure log, not here.
        audit.append(
            vault,
            "minutes.exported",
            "conference",
            minutes.conference_id,
            case_id=minutes.case_id,
            detail={
                "issue_id": copy.id,
                "audience": copy.audience,
                "tlp": copy.tlp,
                "sha256": digest,
                "signed": "yes" if ident else "no",
            },
        )
        atomic_write_bytes(Path(out), data)
    return copy


Progress = Callable[[int, int, str], None]


def export_batch(
    vault: Vault,
    conference_id: str,
    requests: Iterable[ExportRequest],
    *,
    sign: bool = True,
    progress: Progress | None = None,
) -> list[IssuedMinutes]:
    """One signed PDF per request, for the export dialog's progress bar.

    ``progress(done, total, recipient)`` is called after each file. Every request is
    checked before the first file is written, so a refused ``full`` copy stops the batch
    before anything is issued.
    """
    todo = list(requests)
    for r in todo:
        build_minutes(vault, conference_id, r.audience, r.recipient, agency=r.agency)
    out: list[IssuedMinutes] = []
    for n, r in enumerate(todo, 1):
        out.append(
            export_minutes(
                vault,
                conference_id,
                r.audience,
                r.recipient,
                r.path,
                sign=sign,
                agency=r.agency,
                language=r.language,
            )
        )
        if progress is not None:
            progress(n, len(todo), r.recipient)
    return out


def _read(path: Path) -> bytes:
    """A received PDF: a regular file within the size cap for PDFs, or one sentence why not."""
    from caseconf_desktop.services import files

    return files.read_user_file(Path(path), files.PDF)


def verify_file(vault: Vault, path: Path) -> VerificationReport:
    """Check a received PDF against this vault's trusted signer certificates."""
    from caseconf_desktop.export import verify

    data = _read(path)
    return verify.verify_pdf(data, identity.trusted_pems(vault))


def countersign_file(vault: Vault, source: Path, out: Path | None = None) -> VerificationReport:
    """Add this vault's signature (the chair's) to signed minutes, as an incremental update.

    Refuses a document that is altered or unsigned. Writes ``out`` (default: in place)
    atomically and returns the verification of the countersigned file.
    """
    from caseconf_desktop.export import signing, verify
    from caseconf_desktop.services.files import atomic_write_bytes

    data = _read(source)
    before = verify.verify_pdf(data, identity.trusted_pems(vault))
    if before.verdict is verify.Verdict.INVALID:
        raise errors.InvalidInput(
            _tr("{path} cannot be countersigned: {problem}").format(
                path=source, problem=before.summary
            )
        )
    ident = identity.require_identity(vault)
    key = verify.expected_chair_key(data)
    if key and chair_key(identity.describe_pem(ident.cert_pem).common_name) != key:
        raise errors.InvalidInput(
            _tr(
                "Only the chair of this conference may countersign these minutes, and "
                "{name} is not its chair."
            ).format(name=ident.display_name)
        )
    signed = signing.countersign_pdf(
        data,
        key_pem=ident.key_pem,
        cert_pem=ident.cert_pem,
        chain_pem=ident.chain_pem,
        reason=_tr("Countersigned by the chair"),
    )
    old = hashlib.sha256(data).hexdigest()
    new = hashlib.sha256(signed).hexdigest()
    issue = issued.with_sha256(vault, old)
    with vault.transaction():
        audit.append(
            vault,
            "minutes.countersigned",
            "minutes_issued" if issue else "file",
            issue[0].id if issue else old,
            case_id=issue[0].case_id if issue else None,
            detail={"sha256": new, "previous_sha256": old},
        )
        atomic_write_bytes(Path(out or source), signed)
    return verify.verify_pdf(signed, identity.trusted_pems(vault))

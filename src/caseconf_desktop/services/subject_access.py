"""Subject access: everything this vault holds on one person, as JSON and a readable PDF.

The JSON is the case's caseconf.v1 document (the same one ``caseconf export`` writes, so it
can be read by any tool that reads the interchange format) wrapped with what a data
subject may also ask for: who the information was disclosed to (the minutes disclosure
log) and who consulted or changed the case file (the audit log, with the actors' names).
The PDF shows the same content for a person to read. Both are written atomically inside
the transaction that records the disclosure (with its purpose) in the audit log, so an
export that fails to write leaves no audit row claiming it happened.

The export holds everything, including information labelled TLP:RED and information
about third parties; the controller reviews it before anything is disclosed.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors
from caseconf_desktop.domain import disclosure
from caseconf_desktop.domain.enums import TLP, EntryKind
from caseconf_desktop.domain.model import utcnow
from caseconf_desktop.services import cases as case_service
from caseconf_desktop.services import interchange
from caseconf_desktop.services.files import atomic_write_bytes
from caseconf_desktop.storage import audit
from caseconf_desktop.storage.mapping import AGENCIES, PEOPLE
from caseconf_desktop.storage.vault import Vault

FORMAT = "caseconf.subject-access.v1"
ACTION = "case.subject_access_exported"
MAX_PURPOSE = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubjectAccess", text)


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
    has_table = vault.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'minutes_issued'"
    )
    if not has_table:
        return []
    rows = vault.query(
        "SELECT issued_at, conference_id, audience, recipient, tlp, sha256, signed_by "
        "FROM minutes_issued WHERE case_id = ? ORDER BY issued_at",
        (case_id,),
    )
    keys = ("issued_at", "conference_id", "audience", "recipient", "tlp", "sha256", "signed_by")
    return [dict(zip(keys, (str(v) for v in row), strict=True)) for row in rows]


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
    """Write the subject-access JSON (and PDF), recording the disclosure and its purpose."""
    purpose = check_purpose(purpose or default_purpose())
    with vault.transaction():
        document = build_document(vault, reference, purpose)
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        pdf = render_pdf(document) if pdf_path is not None else None
        case = document["record"]["cases"][0]
        audit.append(
            vault,
            ACTION,
            "case",
            document["case_id"],
            case_id=document["case_id"],
            detail={"purpose": purpose, "formats": "json,pdf" if pdf is not None else "json"},
        )
        atomic_write_bytes(Path(json_path), text.encode("utf-8"))
        if pdf is not None and pdf_path is not None:
            atomic_write_bytes(Path(pdf_path), pdf)
    return SubjectAccessResult(
        case_id=document["case_id"],
        json_path=Path(json_path),
        pdf_path=Path(pdf_path) if pdf_path is not None else None,
        records=_count_records(case),
        disclosures=len(document["disclosures"]),
        access_events=len(document["access_log"]),
    )


# -- the PDF --------------------------------------------------------------------------------

# Keys shown elsewhere or meaningless to a reader.
_HIDDEN = {"id", "case_id", "conference_id", "position", "template", "current_section"}
_SECTIONS = (
    ("responsibilities", "Responsibilities"),
    ("goals", "Goals"),
    ("family_members", "Family"),
    ("consents", "Consents"),
    ("risk_assessments", "Risk assessments"),
    ("needs", "Needs"),
    ("interventions", "Interventions"),
    ("actions", "Actions"),
    ("conferences", "Conferences"),
)


_CODE = re.compile(r"[a-z]+(?:_[a-z]+)+")


def _label(key: str) -> str:
    text = key.removesuffix("_id").replace("_", " ")
    return _tr(text[:1].upper() + text[1:])


class _Names:
    def __init__(self, record: dict[str, Any]) -> None:
        self.agencies = {a["id"]: a["name"] for a in record.get("agencies", [])}
        self.people = {p["id"]: p["name"] for p in record.get("people", [])}

    def value(self, key: str, value: Any) -> str:
        if value is None or value in ("", []):
            return "—"
        if isinstance(value, bool):
            return _tr("yes") if value else _tr("no")
        if isinstance(value, list):
            return ", ".join(self.value(key, v) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{k}: {v}" for k, v in value.items())
        if key.endswith("_id") and isinstance(value, str):
            return self.agencies.get(value) or self.people.get(value) or value
        text = str(value)
        if key.endswith(("_at", "_for")) and "T" in text:
            return text[:16].replace("T", " ")
        if _CODE.fullmatch(text):  # a stored enum value such as "education_employment"
            return text.replace("_", " ")
        return text


def render_pdf(document: dict[str, Any]) -> bytes:
    """A readable A4 PDF of the document, in the shipped DejaVu fonts (any script)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from caseconf_desktop.export.pdf import FONT, FONT_BOLD, register_fonts, visual

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=10)
    h3 = ParagraphStyle("h3", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6)

    def para(text: Any, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(visual(str(text))).replace("\n", "<br/>"), style)

    def pairs(rows: list[tuple[str, str]]) -> Table:
        table = Table(
            [[para(k, small), para(v)] for k, v in rows],
            colWidths=[4.2 * cm, A4[0] - 3.6 * cm - 4.2 * cm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    record = document["record"]
    names = _Names(record)
    case = record["cases"][0]
    story: list[Any] = [
        para(_tr("Information held about {name}").format(name=case["subject"]["name"]), h1),
        para(
            _tr("Case {reference}. Prepared {when} by {who}. Purpose: {purpose}.").format(
                reference=case["reference"],
                when=str(document["generated_at"])[:10],
                who=document["prepared_by"] or "—",
                purpose=document["purpose"],
            )
        ),
        Spacer(1, 4),
        para(
            _tr(
                "This document holds everything recorded about the person in this vault, "
                "including restricted (TLP:RED) information and information about other "
                "people. Review it before disclosing any part of it."
            ),
            small,
        ),
        para(
            _tr(
                "Of the conference entries, {n} are labelled above TLP:GREEN or not marked "
                "shareable with the person; look at them first."
            ).format(n=len(document.get("review", {}).get("not_for_the_subject", []))),
            small,
        ),
        para(_tr("The person"), h2),
    ]
    subject = [(_label(k), names.value(k, v)) for k, v in case["subject"].items()]
    scalars = [
        (_label(k), names.value(k, v))
        for k, v in case.items()
        if k not in _HIDDEN and k != "subject" and not isinstance(v, list)
    ]
    story.append(pairs(subject + scalars))

    def records(items: list[dict[str, Any]], level: ParagraphStyle, title: str) -> None:
        story.append(para(f"{title} ({len(items)})", level))
        if not items:
            story.append(para(_tr("None recorded."), small))
        for n, item in enumerate(items, 1):
            rows = [
                (_label(k), names.value(k, v))
                for k, v in item.items()
                if k not in _HIDDEN and not (isinstance(v, list) and v and isinstance(v[0], dict))
            ]
            story.append(Spacer(1, 3))
            story.append(para(f"{title} — {n}", small))
            story.append(pairs(rows))
            for key, value in item.items():
                if isinstance(value, list) and value and isinstance(value[0], dict):
                    records(value, h3, _tr(_label(key)))

    for key, title in _SECTIONS:
        records(case.get(key, []), h2, _tr(title))

    story.append(para(_tr("Disclosures of minutes"), h2))
    if not document["disclosures"]:
        story.append(para(_tr("None recorded."), small))
    for d in document["disclosures"]:
        story.append(
            para(
                _tr("{when}: {audience} version (TLP:{tlp}) to {recipient}").format(
                    when=d["issued_at"][:16].replace("T", " "),
                    audience=d["audience"],
                    tlp=d["tlp"],
                    recipient=d["recipient"],
                ),
                small,
            )
        )
    story.append(para(_tr("Who consulted or changed the case file"), h2))
    for e in document["access_log"]:
        story.append(
            para(
                f"{e['at'][:16].replace('T', ' ')} — {e['actor']} — {e['action']}",
                small,
            )
        )
    story.append(Spacer(1, 8))
    story.append(para(_tr("Audit chain head: {head}").format(head=document["audit_head"]), small))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=1.8 * cm,
        rightMargin=1.8 * cm,
        topMargin=1.8 * cm,
        bottomMargin=1.8 * cm,
        initialFontName=FONT,  # else every page starts in (unembedded) Helvetica
        title=_tr("Subject access export"),
        author=document["prepared_by"],
    )

    def footer(canvas: Any, page: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(
            1.8 * cm,
            1.0 * cm,
            _tr("Subject access export — case {reference} — page {n}").format(
                reference=case["reference"], n=page.page
            ),
        )
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()

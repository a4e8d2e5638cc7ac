"""ReportLab rendering of the subject-access document (a readable A4 PDF for a person).

The service (:mod:`caseconf_desktop.services.subject_access`) builds the document, a plain
dict holding the case's caseconf.v1 record, the disclosures and the access log; this
module only draws it, in the shipped DejaVu fonts so any script prints.

This module imports ReportLab at the top: import it lazily (the service does).
"""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from caseconf_desktop import i18n
from caseconf_desktop.export.pdf import FONT, FONT_BOLD, register_fonts, visual

# The service's translation context: the PDF's strings were translated there before.
_tr = i18n.tr_in("SubjectAccess")


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


def render(document: dict[str, Any]) -> bytes:
    """A readable A4 PDF of the document, in the shipped DejaVu fonts (any script)."""
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

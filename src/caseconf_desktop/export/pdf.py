"""ReportLab rendering of one version of the minutes.

The renderer draws what :class:`~caseconf_desktop.domain.minutes.Minutes` holds and
decides nothing about who may see what. Every page carries the document's TLP label in
the header and the footer (TLP 2.0 colours on black), ``Page x of y`` and the recipient's
name as a light diagonal watermark. Text uses the DejaVu Sans files shipped in
``resources/fonts`` (embedded as subsets with a ToUnicode map, so names in Latin with
diacritics, Greek and Cyrillic extract as the same text); Arabic-script text is shaped and
put in visual right-to-left order before ReportLab draws it, since ReportLab does neither.

This module imports ReportLab at the top: import it lazily (the services do).
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caseconf_desktop import i18n
from caseconf_desktop.domain import disclosure
from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    AttendanceStatus,
    EntryKind,
    RiskLevel,
    Section,
)
from caseconf_desktop.domain.minutes import CHAIR_FIELD, CHAIR_KEY_PREFIX
from caseconf_desktop.i18n import label, rating_label, risk_domain_label

if TYPE_CHECKING:
    from caseconf_desktop.domain.minutes import (
        ActionLine,
        EntryLine,
        Minutes,
        MinutesPart,
        RiskLine,
    )

FONT = "CaseConfSans"
#: No text on the paper is smaller than this (points): legible when printed and copied.
MIN_FONT_SIZE = 8.0
FONT_BOLD = "CaseConfSans-Bold"

PAGE = A4
MARGIN = 1.8 * cm
HEADER_Y = PAGE[1] - 1.0 * cm
FOOTER_Y = 0.8 * cm

# FIRST TLP 2.0: the label's text colour, always on a black background.
TLP_COLOURS = {
    TLP.CLEAR: colors.HexColor("#FFFFFF"),
    TLP.GREEN: colors.HexColor("#33FF00"),
    TLP.AMBER: colors.HexColor("#FFC000"),
    TLP.AMBER_STRICT: colors.HexColor("#FFC000"),
    TLP.RED: colors.HexColor("#FF2B2B"),
}

FACILITATOR_FIELD = "Facilitator"


_tr = i18n.tr_in("MinutesPdf")


# -- fonts and scripts ----------------------------------------------------------------------

_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Register the shipped TTF files with ReportLab once per process."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = resources.files("caseconf_desktop.resources").joinpath("fonts")
    for name, filename in _FONT_FILES.items():
        if name not in registered:
            data = folder.joinpath(filename).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


# Hebrew, Arabic, Syriac, Thaana, N'Ko, … and the Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def visual(text: str, *, ltr: bool = False) -> str:
    """Text as ReportLab must draw it: Arabic letters joined, right-to-left runs reversed.

    A paragraph takes the direction of its first letter (what a person typed in Arabic
    reads right to left); ``ltr`` fixes it left to right, for the document's own sentences
    that begin with a name ("مريم المصري was in the room for: …" must not end "….").
    """
    if not _RTL.search(text):
        return text
    from bidi.algorithm import get_display  # type: ignore[import-untyped]

    reshape = _reshaper().reshape
    base = "L" if ltr else None
    return "\n".join(str(get_display(reshape(line), base_dir=base)) for line in text.split("\n"))


@functools.cache
def _reshaper() -> Any:
    """An Arabic shaper that forms only the ligatures the shipped font can draw.

    Left to itself the shaper turns "الله" (in names such as عبد الله) into U+FDF2, a glyph
    DejaVu Sans lacks, which would print as a box in signed minutes; letters joined one by
    one read the same and always have a glyph.
    """
    from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]
    from arabic_reshaper.ligatures import LIGATURES  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFontFile

    covered = set()
    for name in (FONT, FONT_BOLD):
        data = resources.files("caseconf_desktop.resources").joinpath("fonts", _FONT_FILES[name])
        covered |= set(TTFontFile(io.BytesIO(data.read_bytes())).charToGlyph)
    missing = {
        name: False
        for name, (_match, forms) in LIGATURES
        if any(ord(c) not in covered for c in forms if c)
    }
    return ArabicReshaper(configuration=missing)


def _markup(text: str, *, ltr: bool = False) -> str:
    return escape(visual(text, ltr=ltr)).replace("\n", "<br/>")


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """Where a visible signature goes: page index (from 0) and a rectangle in points."""

    page_index: int
    x1: float
    y1: float
    x2: float
    y2: float

    def as_ints(self) -> tuple[int, int, int, int]:
        return (round(self.x1), round(self.y1), round(self.x2), round(self.y2))


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    data: bytes
    pages: int
    signature_boxes: dict[str, SignatureBox]


# -- labels ---------------------------------------------------------------------------------


def tlp_text(tlp: TLP) -> str:
    return f"TLP:{tlp.value}"


def audience_label(audience: str) -> str:
    return {
        "full": _tr("Full minutes"),
        "partners": _tr("Partner version"),
        "summary": _tr("Executive summary"),
        "participant": _tr("Participant version"),
        "family": _tr("Family version"),
    }.get(audience, audience)


def _action_status(a: ActionLine) -> str:
    if a.status is ActionStatus.NOT_DONE:
        if a.not_done_reason is None:
            return label(a.status)
        return _tr("{status}: {reason}").format(
            status=label(a.status), reason=label(a.not_done_reason)
        )
    return label(a.status)


def _d(value: date | datetime | None) -> str:
    """A short date (and time) as the minutes' language writes it: ISO in English.

    The pattern is translated (a Qt date format without spaces, so a table cell never
    breaks it); QLocale writes the date in the language the minutes are rendered in.
    """
    from PySide6.QtCore import QDate, QLocale

    if value is None:
        return ""
    day = QDate(value.year, value.month, value.day)
    text = QLocale(i18n.current_language()).toString(day, _tr("yyyy-MM-dd"))
    if isinstance(value, datetime):
        return f"{text} {value.strftime('%H:%M')}"
    return text


def local_time(moment: datetime) -> str:
    """A moment in its own local time with its offset: "2026-12-18 10:00 (UTC+01:00)".

    Never converted to the zone of the machine that renders it: the minutes say when the
    meeting was where it was held.
    """
    offset = moment.utcoffset()
    if offset is None:
        return _d(moment)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{_d(moment)} (UTC{sign}{hours:02d}:{mins:02d})"


def _not_recorded() -> str:
    return _tr("not recorded")


# -- styles ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle


#: Body text of the versions for the person and their family: large enough to read easily.
LAY_FONT_SIZE = 12.0


def _styles(plain: bool = False) -> _Styles:
    if plain:
        body = ParagraphStyle(
            "body", fontName=FONT, fontSize=LAY_FONT_SIZE, leading=17, spaceAfter=7
        )
        return _Styles(
            body=body,
            small=ParagraphStyle("small", parent=body, textColor=colors.HexColor("#333333")),
            cell=ParagraphStyle("cell", parent=body, leading=15, spaceAfter=0),
            cell_head=ParagraphStyle("cell_head", parent=body, fontName=FONT_BOLD, spaceAfter=0),
            title=ParagraphStyle(
                "title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=12
            ),
            h2=ParagraphStyle(
                "h2",
                parent=body,
                fontName=FONT_BOLD,
                fontSize=15,
                leading=20,
                spaceBefore=12,
                spaceAfter=6,
                keepWithNext=1,
            ),
            h3=ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, spaceBefore=6, keepWithNext=1),
        )
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    return _Styles(
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=MIN_FONT_SIZE, leading=10, textColor=colors.dimgrey
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_head=ParagraphStyle(
            "cell_head", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=10
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=4,
            keepWithNext=1,
        ),
    )


# -- page decoration ------------------------------------------------------------------------


def _draw_tlp(canvas: Canvas, x: float, y: float, tlp: TLP, *, right: bool = False) -> None:
    """The label as TLP 2.0 shows it: coloured capitals on a black box."""
    text = tlp_text(tlp)
    size = 9
    width = pdfmetrics.stringWidth(text, FONT_BOLD, size) + 8
    left = x - width if right else x
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.rect(left, y - 3, width, size + 5, stroke=0, fill=1)
    canvas.setFillColor(TLP_COLOURS[tlp])
    canvas.setFont(FONT_BOLD, size)
    canvas.drawString(left + 4, y, text)
    canvas.restoreState()


# The watermark's grey on white: light enough for the text drawn over it to stay legible.
_WATERMARK_GREY = 232
_WATERMARK_PX = 160  # font size in pixels of the watermark picture


def watermark_image(text: str) -> tuple[Any, float]:
    """The recipient's name as a picture (never as text), and its width-to-height ratio.

    A watermark drawn as text ends up in copy-and-paste and screen-reader output as
    fragments ("Pu", "ig"); drawn as an image it marks the page and says nothing to them.
    """
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    data = resources.files("caseconf_desktop.resources").joinpath("fonts", _FONT_FILES[FONT_BOLD])
    font = ImageFont.truetype(io.BytesIO(data.read_bytes()), _WATERMARK_PX)
    left, top, right, bottom = (round(v) for v in font.getbbox(text or " "))
    pad = _WATERMARK_PX // 8
    size = (max(right - left, 1) + 2 * pad, max(bottom - top, 1) + 2 * pad)
    # Grey letters on a transparent ground: only the letters mark the page.
    picture = Image.new("RGBA", size, (255, 255, 255, 0))
    grey = (_WATERMARK_GREY,) * 3
    ImageDraw.Draw(picture).text((pad - left, pad - top), text, font=font, fill=(*grey, 255))
    return ImageReader(picture), size[0] / size[1]


def _page_decorator(minutes: Minutes) -> Callable[[Canvas, Any], None]:
    """Header, footer and watermark, drawn at the start of every page (under the text)."""
    width, height = PAGE
    picture, ratio = watermark_image(visual(minutes.recipient))
    diagonal = math.hypot(width, height)
    mark_width = min(0.75 * diagonal, 60.0 * ratio)
    mark_height = mark_width / ratio
    day = (
        long_date(minutes.conference_date.date(), minutes.language)
        if minutes.plain_language
        else _d(minutes.conference_date.date())
    )
    issued_to = visual(_tr("Issued to {name}").format(name=minutes.recipient))
    version = audience_label(minutes.audience.value)
    # The centred header must clear the TLP badge and the version on its right; a longer
    # language (Spanish) leaves out the title, which the first page shows in large type.
    room = (
        width / 2
        - MARGIN
        - 12
        - max(
            pdfmetrics.stringWidth(tlp_text(minutes.tlp), FONT_BOLD, 9) + 8,
            pdfmetrics.stringWidth(version, FONT, MIN_FONT_SIZE),
        )
    )
    header = visual(f"{minutes.headings['title']} · {minutes.case_reference} · {day}")
    if pdfmetrics.stringWidth(header, FONT, MIN_FONT_SIZE) / 2 > room:
        header = visual(f"{minutes.case_reference} · {day}")

    def decorate(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        # Watermark first, so the page's text is drawn over it.
        canvas.translate(width / 2, height / 2)
        canvas.rotate(math.degrees(math.atan2(height, width)))
        canvas.drawImage(
            picture, -mark_width / 2, -mark_height / 2, mark_width, mark_height, mask="auto"
        )
        canvas.restoreState()

        canvas.saveState()
        _draw_tlp(canvas, MARGIN, HEADER_Y, minutes.tlp)
        canvas.setFont(FONT, MIN_FONT_SIZE)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(width / 2, HEADER_Y, header)
        canvas.drawRightString(width - MARGIN, HEADER_Y, version)
        canvas.setStrokeColor(colors.lightgrey)
        canvas.line(MARGIN, HEADER_Y - 6, width - MARGIN, HEADER_Y - 6)
        canvas.line(MARGIN, FOOTER_Y + 13, width - MARGIN, FOOTER_Y + 13)
        _draw_tlp(canvas, MARGIN, FOOTER_Y, minutes.tlp)
        canvas.drawCentredString(width / 2, FOOTER_Y, issued_to)
        canvas.restoreState()

    return decorate


class _PagedCanvas(Canvas):
    """Holds pages back until the end so each can say ``Page x of y``."""

    page_text = "Page {page} of {pages}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            self.saveState()
            self.setFont(FONT, MIN_FONT_SIZE)
            self.setFillColor(colors.black)
            self.drawRightString(
                PAGE[0] - MARGIN, FOOTER_Y, self.page_text.format(page=number, pages=total)
            )
            self.restoreState()
            super().showPage()
        super().save()


class _SignatureSlots(Flowable):
    """Two empty boxes where the facilitator's and the chair's visible signatures go.

    Records where it was drawn (page and page coordinates) so the signer can put the
    signature fields exactly there.
    """

    def __init__(self, captions: Sequence[tuple[str, str]], style: ParagraphStyle) -> None:
        super().__init__()
        self.captions = list(captions)
        self.style = style
        self.box_height = 62.0
        self.caption_height = 2 * style.leading + 4  # room for two lines of the caption
        self.gap = 16.0
        self.boxes: dict[str, SignatureBox] = {}

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.box_height + self.caption_height
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        page = canvas.getPageNumber() - 1
        box_width = (self.width - self.gap) / 2
        for i, (field, _caption) in enumerate(self.captions):
            left = x + i * (box_width + self.gap)
            self.boxes[field] = SignatureBox(page, left, y, left + box_width, y + self.box_height)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas = self.canv
        box_width = (self.width - self.gap) / 2
        for i, (_field, caption) in enumerate(self.captions):
            left = i * (box_width + self.gap)
            canvas.saveState()
            canvas.setStrokeColor(colors.lightgrey)
            canvas.setDash(2, 2)
            canvas.rect(left, 0, box_width, self.box_height, stroke=1, fill=0)
            canvas.restoreState()
            # Wrapped, never shrunk: a long name takes a second line at a legible size.
            label = Paragraph(escape(visual(caption)), self.style)
            _w, h = label.wrap(box_width, self.caption_height)
            label.drawOn(canvas, left, self.box_height + 2 + max(0.0, self.caption_height - 4 - h))


def withheld_sentence(count: int, plain: bool, ceiling: TLP) -> str:
    """How much this version leaves out: a count only, never what."""
    if count == 0:
        return _tr("Nothing recorded at this meeting was left out of this version.")
    if plain:
        return _tr(
            "Some things said at the meeting are not in your copy: {n} in all. They are kept "
            "by the professionals."
        ).format(n=count)
    if count == 1:
        return _tr(
            "One item recorded at this conference is withheld from this version because of its "
            "label (above {label}) or who may see it."
        ).format(label=tlp_text(ceiling))
    return _tr(
        "{n} items recorded at this conference are withheld from this version because of "
        "their label (above {label}) or who may see them."
    ).format(n=count, label=tlp_text(ceiling))


_CELL_PADDING = 12.0  # ReportLab's default left + right cell padding


def _longest_word(texts: Sequence[str], style: ParagraphStyle) -> float:
    words = (w for t in texts for w in visual(t).split())
    return max(
        (pdfmetrics.stringWidth(w, style.fontName, style.fontSize) for w in words), default=0
    )


def column_widths(
    total: float,
    weights: Sequence[float],
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    head_style: ParagraphStyle,
    cell_style: ParagraphStyle,
) -> list[float]:
    """Widths shared out by weight, but never narrower than a column's longest word.

    A date, a reference or a heading word is one unbreakable word, so no column breaks one
    across lines ("2026-12-1 / 8", "Relationshi / p"); the other columns give way.
    """
    floors = [
        max(
            _longest_word([head[i]], head_style),
            _longest_word([r[i] for r in rows], cell_style),
        )
        + _CELL_PADDING
        for i in range(len(weights))
    ]
    if sum(floors) >= total:  # cannot fit every word: share what there is by floor
        return [total * f / sum(floors) for f in floors]
    fixed: dict[int, float] = {}
    while True:
        free = total - sum(fixed.values())
        rest = [i for i in range(len(weights)) if i not in fixed]
        weight = sum(weights[i] for i in rest)
        share = {i: free * weights[i] / weight for i in rest}
        short = {i: floors[i] for i in rest if share[i] < floors[i]}
        if not short:
            return [fixed.get(i, share.get(i, 0.0)) for i in range(len(weights))]
        fixed.update(short)


# -- the document ---------------------------------------------------------------------------


class _Builder:
    def __init__(self, minutes: Minutes) -> None:
        self.m = minutes
        self.s = _styles(minutes.plain_language)
        self.story: list[Flowable] = []
        self.width = PAGE[0] - 2 * MARGIN
        self.slots: _SignatureSlots | None = None

    # small helpers
    def p(self, text: str, style: ParagraphStyle | None = None, *, ltr: bool = False) -> Paragraph:
        """A paragraph; ``ltr`` for a sentence of the document's language (see visual)."""
        return Paragraph(_markup(text, ltr=ltr), style or self.s.body)

    def labelled(self, label: str, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(f"<b>{escape(label)}</b> {_markup(text)}", style or self.s.body)

    def h2(self, text: str) -> None:
        self.story.append(self.p(text, self.s.h2))

    def table(
        self, head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> Table:
        data = [[Paragraph(escape(h), self.s.cell_head) for h in head]]
        data += [[Paragraph(_markup(c), self.s.cell) for c in row] for row in rows]
        table = Table(
            data,
            colWidths=column_widths(self.width, widths, head, rows, self.s.cell_head, self.s.cell),
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B0B0B0")),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return table

    # parts
    def title_block(self) -> None:
        m = self.m
        self.story.append(self.p(m.headings["title"], self.s.title))
        rows = [
            (_tr("Case"), m.case_reference),
            (_tr("About") if m.plain_language else _tr("Subject"), m.subject_name),
            (_tr("Date"), local_time(m.conference_date)),
            (_tr("Place"), m.place),
            (_tr("Chair"), m.chair or _not_recorded()),
            (_tr("Facilitator"), m.facilitator or _not_recorded()),
            (_tr("Minute-taker"), m.minute_taker or _not_recorded()),
            (_tr("Version"), audience_label(m.audience.value)),
            (_tr("Issued to"), m.recipient),
            (_tr("Label"), tlp_text(m.tlp)),
        ]
        data = [
            [Paragraph(escape(k), self.s.cell_head), Paragraph(_markup(v or "—"), self.s.cell)]
            for k, v in rows
        ]
        t = Table(data, colWidths=[self.width * 0.22, self.width * 0.78], hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#D0D0D0")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        self.story.append(t)

    def confidentiality(self) -> None:
        m = self.m
        self.h2(m.headings["confidentiality"])
        self.story.append(self.p(m.confidentiality))
        self.story.append(self.p(m.label_meaning))
        self.story.append(
            self.p(withheld_sentence(m.withheld, m.plain_language, m.audience.ceiling))
        )

    def attendance(self) -> None:
        m = self.m
        self.h2(m.headings["attendance"])
        if not m.attendance:
            self.story.append(self.p(_tr("No attendance was recorded.")))
            return
        rows = []
        for a in m.attendance:
            sent = ""
            if a.status in (AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT):
                sent = _tr("yes") if a.sent_information else _tr("no")
            rows.append([a.name or "—", a.agency, label(a.role), label(a.status), sent])
        head = [_tr("Name"), _tr("Agency"), _tr("Role"), _tr("Attendance"), _tr("Sent info")]
        self.story.append(self.table(head, rows, [3, 3, 1.8, 1.5, 1.3]))
        for a in m.attendance:
            if not disclosure.is_lay(a.role):
                continue
            who = a.name or label(a.role)
            if a.sections:
                titles = ", ".join(m.headings.get(s.value, s.value) for s in a.sections)
                text = _tr("{name} was in the room for: {sections}.").format(
                    name=who, sections=titles
                )
            else:
                text = _tr("{name} was not in the room for any part of the meeting.").format(
                    name=who
                )
            self.story.append(self.p(text, self.s.small, ltr=True))

    def actions_table(self, actions: Sequence[ActionLine], *, reviewed: bool) -> Table:
        if reviewed:
            head = [_tr("Action"), _tr("Owner"), _tr("Agency"), _tr("Outcome"), _tr("Note")]
            rows = [
                [a.description, a.owner, a.agency, _action_status(a), a.review_note]
                for a in actions
            ]
            return self.table(head, rows, [4, 2, 2, 2, 3])
        head = [_tr("Action"), _tr("Owner"), _tr("Agency"), _tr("Due")]
        rows = [[a.description, a.owner, a.agency, _d(a.due)] for a in actions]
        return self.table(head, rows, [5.5, 2.2, 2.2, 1.4])

    def entry(self, e: EntryLine) -> list[Flowable]:
        plain = self.m.plain_language
        out: list[Flowable] = []
        if e.kind is EntryKind.DECISION:
            label = _tr("We agreed:") if plain else _tr("Decision:")
            out.append(self.labelled(label, e.text))
            why = _tr("Why:") if plain else _tr("Rationale:")
            if e.rationale or not plain:
                out.append(self.labelled(why, e.rationale or _not_recorded()))
        elif e.kind is EntryKind.DISSENT:
            if e.dissenting_agency:
                label = _tr("{agency} disagreed:").format(agency=e.dissenting_agency)
            else:
                label = _tr("Disagreement (agency not recorded):")
            out.append(
                Paragraph(f"<b>{_markup(label, ltr=True)}</b> {_markup(e.text)}", self.s.body)
            )
            if e.rationale:
                out.append(self.labelled(_tr("Why:") if plain else _tr("Reason:"), e.rationale))
        else:
            out.append(self.p(e.text))
        meta = []
        if plain:
            return out  # no labels or sources in the versions for the person and family
        if e.source_agency:
            meta.append(_tr("Source: {agency}").format(agency=e.source_agency))
        elif not plain:
            meta.append(_tr("Source: not attributed"))
        if not plain:
            meta.append(tlp_text(e.tlp))
        if meta:
            out.append(self.p(" · ".join(meta), self.s.small))
        return out

    def risk(self, r: RiskLine) -> list[Flowable]:
        out: list[Flowable] = []
        level = label(r.level)
        if r.previous_level is not None:
            line = _tr(
                "{level} (previously {previous}); change since the last conference: {change}."
            )
            text = line.format(
                level=level, previous=label(r.previous_level), change=label(r.change)
            )
        else:
            text = _tr("{level}; change since the last conference: {change}.").format(
                level=level, change=label(r.change)
            )
        out.append(self.labelled(_tr("Overall risk:"), text))
        if r.narrative_withheld:
            out.append(
                self.p(
                    _tr(
                        "The reasoning behind this level carries a more restricted label than "
                        "this version and is left out."
                    ),
                    self.s.small,
                )
            )
        if r.change_note:
            out.append(self.labelled(_tr("What changed:"), r.change_note))
        if r.framework or r.domain_ratings:
            ratings = "; ".join(
                f"{risk_domain_label(k)}: {rating_label(v)}" for k, v in r.domain_ratings
            )
            framework = (
                f"{r.framework}. {ratings}" if r.framework and ratings else r.framework or ratings
            )
            out.append(self.labelled(_tr("Framework:"), framework))
        if r.rationale:
            out.append(self.labelled(_tr("Rationale:"), r.rationale))
        if r.known_unknowns:
            out.append(self.labelled(_tr("Known unknowns:"), r.known_unknowns))
        # With the reasoning left out, the assessment's own label is not shown either: the
        # level alone is not what that label protects.
        assessed = (
            _tr("Assessed on {date}").format(date=_d(r.assessed_on))
            if r.narrative_withheld
            else _tr("Assessed on {date} · {label}").format(
                date=_d(r.assessed_on), label=tlp_text(r.tlp)
            )
        )
        out.append(self.p(assessed, self.s.small))
        out.append(self.risk_chart(r))
        return out

    def risk_chart(self, r: RiskLine) -> Flowable:
        drawing = Drawing(self.width, 125)
        drawing.initialFontName = FONT  # else the renderer selects Helvetica first
        chart = HorizontalLineChart()
        chart.x, chart.y = 70, 22
        chart.width, chart.height = self.width - 90, 90
        chart.data = [tuple(p.level.rank for p in r.trend)]
        chart.categoryAxis.categoryNames = [_d(p.assessed_on) for p in r.trend]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = MIN_FONT_SIZE
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = len(RiskLevel) - 1
        chart.valueAxis.valueStep = 1
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = MIN_FONT_SIZE
        levels = list(RiskLevel)
        chart.valueAxis.labelTextFormat = lambda v: label(levels[round(v)])
        chart.lines[0].strokeColor = colors.HexColor("#B03A2E")
        chart.lines[0].strokeWidth = 1.5
        chart.lines[0].symbol = makeMarker("FilledCircle", size=4)
        chart.joinedLines = 1
        drawing.add(chart)
        return KeepTogether([self.p(_tr("Risk over time"), self.s.h3), drawing])

    def section_blocks(self, part: MinutesPart) -> list[Flowable]:
        m = self.m
        blocks: list[Flowable] = []
        sec = part.section
        if sec is Section.REVIEW and m.reviewed_actions:
            blocks.append(self.actions_table(m.reviewed_actions, reviewed=True))
        elif sec is Section.RISK and m.risk is not None:
            blocks += self.risk(m.risk)
        elif sec is Section.RISK and m.risk_shown:
            blocks.append(self.labelled(_tr("Overall risk:"), _not_recorded()))
        elif sec is Section.NEEDS and m.needs:
            head = [_tr("Need"), _tr("Level"), _tr("Lead agency"), _tr("Status"), _tr("Notes")]
            rows = [
                [
                    label(n.domain),
                    label(n.level),
                    n.owner_agency,
                    label(n.status),
                    n.notes,
                ]
                for n in m.needs
            ]
            blocks.append(self.table(head, rows, [2.2, 1.2, 2.2, 1.5, 4]))
        elif sec is Section.FAMILY and m.family:
            head = [
                _tr("Name"),
                _tr("Relationship"),
                _tr("Involvement"),
                _tr("Support offered"),
                _tr("Safeguarding"),
            ]
            rows = []
            for f in m.family:
                name = f"{f.name} ({_tr('minor')})" if f.is_minor else f.name
                rows.append(
                    [name, f.relationship, f.involvement, f.support_offered, f.safeguarding_notes]
                )
            blocks.append(self.table(head, rows, [2.4, 1.6, 2.4, 2.4, 2.4]))
        elif sec is Section.INTERVENTIONS and m.interventions:
            head = [
                _tr("Intervention"),
                _tr("Provider"),
                _tr("Status"),
                _tr("Engagement"),
                _tr("Dates"),
                _tr("Notes"),
            ]
            rows = [
                [
                    label(i.kind),
                    i.provider,
                    label(i.status),
                    label(i.engagement),
                    " – ".join(x for x in (_d(i.start_date), _d(i.end_date)) if x),
                    i.notes,
                ]
                for i in m.interventions
            ]
            blocks.append(self.table(head, rows, [2, 2.2, 1.4, 1.4, 2, 3]))
        elif sec is Section.ACTIONS and m.actions:
            blocks.append(self.actions_table(m.actions, reviewed=False))
        elif sec is Section.CLOSING and m.summary.strip():
            blocks.append(self.labelled(_tr("Summary:"), m.summary))
        for e in part.entries:
            blocks += self.entry(e)
        return blocks

    def sections(self) -> None:
        if not self.m.decisions_recorded:
            self.h2(_tr("Decisions"))
            self.story.append(self.p(_tr("No decisions were recorded."), self.s.body))
        for part in self.m.parts:
            blocks = self.section_blocks(part)
            if blocks:
                self.h2(part.title)
                self.story += blocks

    def closing(self) -> None:
        m = self.m
        start = len(self.story)
        self.h2(m.headings["next"])
        when = _d(m.next_conference_date) if m.next_conference_date else _not_recorded()
        self.story.append(self.labelled(_tr("Date:"), when))

        self.h2(m.headings["distribution"])
        rows = [
            [
                d.recipient,
                d.agency,
                audience_label(d.audience.value),
                _d(d.issued_at) if d.issued_at else _tr("this copy"),
            ]
            for d in m.distribution
        ]
        head = [_tr("Recipient"), _tr("Agency"), _tr("Version"), _tr("Issued")]
        self.story.append(self.table(head, rows, [3, 3, 2, 2]))

        heading = self.p(m.headings["signatures"], self.s.h2)
        if m.signer:
            note = _tr(
                "This document carries a digital signature (PAdES) by {signer}. Check it with "
                "'caseconf minutes verify' or in CaseConf: any change after signing shows."
            ).format(signer=m.signer)
        else:
            note = _tr("This copy is not digitally signed.")
        record = _tr("Record: audit chain {head}, generated {when} UTC.").format(
            head=m.audit_head_hash[:16], when=_d(m.generated_at)
        )
        slots = [
            (
                m.signer_field,
                _tr("{role}: {name}").format(
                    role=m.signer_role or _tr("Issued by"), name=m.signer or "—"
                ),
            )
        ]
        if m.countersigner:
            chair = _tr("Chair (countersignature): {name}").format(name=m.countersigner)
            slots.append((CHAIR_FIELD, chair))
        self.slots = _SignatureSlots(slots, self.s.small)
        self.story += [heading, self.p(note), self.p(record, self.s.small), Spacer(1, 6)]
        self.story.append(self.slots)
        # The signatures never sit alone: the next date, the distribution list and the
        # signature block stay on one page (ReportLab splits them only if they cannot fit).
        closing = self.story[start:]
        del self.story[start:]
        self.story.append(KeepTogether(closing))

    def build_plain(self) -> list[Flowable]:
        return _plain_builder(self)

    def build(self) -> list[Flowable]:
        if self.m.plain_language:
            return self.build_plain()
        self.title_block()
        self.confidentiality()
        self.attendance()
        self.sections()
        self.closing()
        return self.story


class _MinutesDocument(BaseDocTemplate):
    """Adds a bookmark (PDF outline entry) for the title and every section heading."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name in ("title", "h2"):
            key = f"part{len(self._outline_keys)}"
            self._outline_keys.append(key)
            self.canv.bookmarkPage(key)
            level = 0 if flowable.style.name == "title" else 1
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=min(level, 1))

    def build(self, flowables: list[Flowable], **kwargs: Any) -> None:
        self._outline_keys: list[str] = []
        super().build(flowables, **kwargs)


def long_date(value: date, language: str) -> str:
    """A date written out in the reader's language ("13 June 2025"), never ISO."""
    from PySide6.QtCore import QDate, QLocale

    with i18n.language(language):
        pattern = _tr("d MMMM yyyy")  # Spanish: "d 'de' MMMM 'de' yyyy"
    text = QLocale(language).toString(QDate(value.year, value.month, value.day), pattern)
    return text.replace(" ", "\u00a0")  # a date never breaks across lines


def _plain_builder(builder: _Builder) -> list[Flowable]:
    """The version for the person or their family: plain sentences, large type, no jargon."""
    _plain_intro(builder)
    _plain_record(builder)
    _plain_next_and_contact(builder)
    _plain_ending(builder)
    return builder.story


def _plain_intro(b: _Builder) -> None:
    m = b.m
    family = m.audience.value == "family"
    when = long_date(m.conference_date.date(), m.language)
    b.story.append(b.p(m.headings["title"], b.s.title))
    if family:
        intro = _tr(
            "This paper is for {name}. It tells you what was said at the meeting about "
            "{subject} on {date} that the team agreed to share with the family."
        ).format(name=m.recipient, subject=m.subject_name, date=when)
    else:
        intro = _tr(
            "This paper is for {name}. It tells you what was said and agreed at the meeting "
            "about your plan on {date}."
        ).format(name=m.recipient, date=when)
    b.story.append(b.p(intro))
    if m.place:
        b.story.append(b.p(_tr("The meeting was at {place}.").format(place=m.place)))
    b.story.append(b.p(m.confidentiality))
    b.story.append(b.p(withheld_sentence(m.withheld, True, m.audience.ceiling)))


def _plain_record(b: _Builder) -> None:
    """Goals, what happened since last time, what was said and what others will do."""
    m, lang = b.m, b.m.language
    if m.goals:
        b.h2(_tr("Your goals"))
        for g in m.goals:
            b.story.append(
                b.p(_tr("• {goal} ({status})").format(goal=g.text, status=label(g.status)))
            )

    if m.reviewed_actions:
        b.h2(_tr("What happened since the last meeting"))
        for a in m.reviewed_actions:
            who = a.agency or a.owner
            text = f"{who}: {a.description}" if who else a.description
            b.story.append(
                b.p(_tr("• {action}: {outcome}.").format(action=text, outcome=_action_status(a)))
            )

    for part in m.parts:
        if part.entries:
            b.h2(part.title)
            for e in part.entries:
                b.story += b.entry(e)

    if m.actions:
        mine = [a for a in m.actions if not a.agency and not a.owner]
        theirs = [a for a in m.actions if a.agency or a.owner]
        if mine:
            b.h2(_tr("What you agreed to do"))
            for a in mine:
                b.story.append(b.p(_plain_action(a, lang)))
        if theirs:
            b.h2(_tr("What others will do for you"))
            for a in theirs:
                b.story.append(b.p(_plain_action(a, lang)))

    if m.audience.value == "family" and m.family:
        b.h2(_tr("Support for you"))
        for f in m.family:
            support = f.support_offered or _tr("No support has been written down yet.")
            b.story.append(b.p(support))


def _plain_next_and_contact(b: _Builder) -> None:
    m, lang = b.m, b.m.language
    b.h2(m.headings["next"])
    if m.next_conference_date:
        b.story.append(
            b.p(
                _tr("The next meeting is planned for {date}.").format(
                    date=long_date(m.next_conference_date, lang)
                )
            )
        )
    else:
        b.story.append(b.p(_tr("No date has been set for the next meeting yet.")))

    b.h2(_tr("Who to contact"))
    c = m.contact
    if c is None:
        b.story.append(b.p(_tr("Ask any of the professionals you meet.")))
    else:
        who = (
            _tr("{name} at {agency}").format(name=c.name, agency=c.agency)
            if c.name and c.agency
            else c.name or c.agency
        )
        b.story.append(b.p(_tr("If you have a question, contact {who}.").format(who=who), ltr=True))
        if c.phone:
            b.story.append(b.p(_tr("Phone: {phone}").format(phone=c.phone)))
        if c.email:
            b.story.append(b.p(_tr("Email: {email}").format(email=c.email)))


def _plain_ending(b: _Builder) -> None:
    """How to disagree, the parts attended and the seal, kept together on one page."""
    m = b.m
    end_start = len(b.story)
    b.h2(_tr("If you disagree"))
    b.story.append(
        b.p(
            _tr(
                "If you think something in this paper is wrong, tell your contact or any "
                "professional you trust. You can ask for what you say to be added to the "
                "notes of the meeting. You can also make a complaint. Your contact will tell "
                "you how."
            )
        )
    )

    b.h2(_tr("The parts of the meeting you were in"))
    if m.lay_sections:
        titles = ", ".join(m.headings.get(s.value, s.value) for s in m.lay_sections)
        b.story.append(b.p(_tr("You were in the room for: {parts}.").format(parts=titles)))
    else:
        b.story.append(b.p(_tr("You were not in the room for this meeting.")))

    # The only place for how the copy is checked: a short box at the end.
    if m.signer:
        check = _tr(
            "How to check this copy is genuine: it carries a digital seal from {signer}. A "
            "professional can check with CaseConf that nobody has changed it."
        ).format(signer=m.signer)
    else:
        check = _tr("This copy has no digital seal.")
    slots = [(m.signer_field, _tr("Sealed by: {name}").format(name=m.signer or "—"))]
    if m.countersigner:
        slots.append(
            (CHAIR_FIELD, _tr("Checked by the chair: {name}").format(name=m.countersigner))
        )
    small_caption = ParagraphStyle("caption", parent=b.s.body, spaceAfter=0)
    b.slots = _SignatureSlots(slots, small_caption)
    box = Table([[b.p(check)]], colWidths=[b.width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#9AA7B5")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F7FA")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    b.story += [Spacer(1, 10), box, Spacer(1, 8), b.slots]
    # The seal never sits alone on a page: it stays with the last parts of the paper.
    ending = b.story[end_start:]
    del b.story[end_start:]
    b.story.append(KeepTogether(ending))


def _plain_action(a: ActionLine, lang: str) -> str:
    who = a.agency or a.owner
    due = long_date(a.due, lang) if a.due else ""
    if who and due:
        return _tr("• {who}: {what}, by {date}.").format(who=who, what=a.description, date=due)
    if who:
        return _tr("• {who}: {what}.").format(who=who, what=a.description)
    if due:
        return _tr("• {what}, by {date}.").format(what=a.description, date=due)
    return _tr("• {what}.").format(what=a.description)


def render_minutes(minutes: Minutes) -> RenderedPdf:
    """The unsigned PDF of one version of the minutes, and where its signatures go."""
    register_fonts()
    builder = _Builder(minutes)
    story = builder.build()
    buf = io.BytesIO()
    doc = _MinutesDocument(
        buf,
        lang=minutes.language,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 0.2 * cm,
        bottomMargin=MARGIN,
        title=f"{minutes.headings['title']} {minutes.case_reference}",
        author="CaseConf",
        subject=tlp_text(minutes.tlp),
        creator="CaseConf",
        keywords=CHAIR_KEY_PREFIX + minutes.chair_key if minutes.chair_key else "",
        # ReportLab selects Helvetica at the start of every page unless told otherwise;
        # that would put a non-embedded font in every page's resources.
        initialFontName=FONT,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates(
        [PageTemplate(id="minutes", frames=[frame], onPage=_page_decorator(minutes))]
    )

    page_text = _tr("Page {page} of {pages}")
    canvas_class = type("_MinutesCanvas", (_PagedCanvas,), {"page_text": page_text})
    doc.build(story, canvasmaker=canvas_class)
    data = buf.getvalue()
    pages = doc.page
    boxes = dict(builder.slots.boxes) if builder.slots is not None else {}
    return RenderedPdf(data=data, pages=pages, signature_boxes=boxes)


def render_signature_appearance(lines: Sequence[str], width: float, height: float) -> bytes:
    """A one-page PDF of the given size showing who signed: the visible signature's look."""
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(width, height), initialFontName=FONT)
    canvas.setFillColor(colors.HexColor("#F4F8FF"))
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    size = 8.0
    y = height - 12
    for i, line in enumerate(lines):
        font = FONT_BOLD if i == 0 else FONT
        text = visual(line)
        fitted = min(size, (width - 8) / max(pdfmetrics.stringWidth(text, font, 1), 1.0))
        canvas.setFont(font, fitted)
        canvas.setFillColor(colors.HexColor("#10325C") if i == 0 else colors.black)
        canvas.drawString(4, y, text)
        y -= fitted + 3
    canvas.showPage()
    canvas.save()
    return buf.getvalue()

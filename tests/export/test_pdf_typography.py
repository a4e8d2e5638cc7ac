"""Paper that holds up: legible sizes, whole dates and words, bookmarks, language, Arabic names."""

from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Iterator
from datetime import date, timedelta
from importlib import resources

import pypdfium2
import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile

from caseconf_desktop.domain import model
from caseconf_desktop.export import pdf
from caseconf_desktop.services import minutes, vaults
from caseconf_desktop.services.minutes import Audience
from caseconf_desktop.storage import mapping as m
from tests.conftest import PASSPHRASE
from tests.services import conftest as mb

RECIPIENT = {
    Audience.FULL: mb.CHAIR,
    Audience.PARTNERS: mb.HEALTH_WORKER,
    Audience.SUMMARY: "Director of Services",
    Audience.PARTICIPANT: mb.SUBJECT,
    Audience.FAMILY: mb.MOTHER,
}
ALLAH_NAME = "عبد الله الحداد"


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Audience, bytes]]:
    """Every version of a conference with long tables of dates and an Arabic name."""
    path = tmp_path_factory.mktemp("typo") / "typo.vault"
    vault = vaults.init_vault(path, PASSPHRASE, mb.OWNER, "Test Exit Service")
    case = mb.build_minutes_case(vault)
    with vault.transaction():
        c = m.CASES.get(vault, case.case_id)
        assert c is not None
        m.CASES.upsert(vault, dataclasses.replace(c, subject_name=ALLAH_NAME))
        for n in range(12):
            m.ACTIONS.upsert(
                vault,
                model.Action(
                    case.case_id,
                    f"Action {n} with a fairly long description that wraps in its cell",
                    conference_id=case.conference_id,
                    owner_person_id=case.people[mb.POLICE_OFFICER],
                    due=date(2026, 10, 15) + timedelta(days=n * 17),
                    for_subject=True,
                ),
            )
    out = {}
    for audience in Audience:
        recipient = ALLAH_NAME if audience is Audience.PARTICIPANT else RECIPIENT[audience]
        built = minutes.build_minutes(vault, case.conference_id, audience, recipient, signed=True)
        out[audience] = minutes.render(built).data
    yield out
    vault.close()


def _sizes(data: bytes) -> list[tuple[float, str]]:
    """(effective font size, text) of every text run in the document."""
    found: list[tuple[float, str]] = []
    for page in PdfReader(io.BytesIO(data)).pages:

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
            if text.strip():
                a, b, c, d = (
                    tm[0] * cm[0] + tm[1] * cm[2],
                    tm[0] * cm[1] + tm[1] * cm[3],
                    tm[2] * cm[0] + tm[3] * cm[2],
                    tm[2] * cm[1] + tm[3] * cm[3],
                )
                found.append((size * math.sqrt(abs(a * d - b * c)), text.strip()))

        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("audience", list(Audience))
def test_no_text_in_any_version_is_smaller_than_8_points(
    versions: dict[Audience, bytes], audience: Audience
) -> None:
    sizes = _sizes(versions[audience])
    assert sizes
    smallest = min(sizes)
    assert smallest[0] >= pdf.MIN_FONT_SIZE - 0.01, smallest


@pytest.mark.parametrize("audience", list(Audience))
def test_no_table_cell_breaks_a_date(versions: dict[Audience, bytes], audience: Audience) -> None:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(versions[audience])).pages)
    flat = " ".join(text.split())
    dates = {n: (date(2026, 10, 15) + timedelta(days=n * 17)).isoformat() for n in range(12)}
    shown = [d for n, d in dates.items() if f"Action {n} with" in flat]
    if audience is not Audience.FAMILY:  # the family version carries no actions
        assert shown, "the actions table is in this version"
    if audience in (Audience.PARTICIPANT, Audience.FAMILY):
        # Written out for the person ("15 October 2026"), never ISO, never broken.
        shown = [d for n, d in dates.items() if f"Action {n} with" in flat]
        for d in shown:
            day = pdf.long_date(date.fromisoformat(d), "en").replace("\u00a0", " ")
            assert day in text.replace("\u00a0", " "), f"{day} is broken across lines"
        return
    for d in shown:
        assert d in text, f"{d} is broken across lines"


def test_column_widths_keep_every_word_whole() -> None:
    styles = pdf._styles()
    widths = pdf.column_widths(
        400,
        [5, 1, 1],
        ["Description", "Relationship", "Engagement"],
        [["short", "2026-12-18", "partial"]],
        styles.cell_head,
        styles.cell,
    )
    assert math.isclose(sum(widths), 400)
    for word, width in (("Relationship", widths[1]), ("Engagement", widths[2])):
        assert width >= pdf.pdfmetrics.stringWidth(word, pdf.FONT_BOLD, styles.cell_head.fontSize)


@pytest.mark.parametrize("audience", list(Audience))
def test_every_version_has_a_language_and_a_bookmark_per_section(
    versions: dict[Audience, bytes], audience: Audience
) -> None:
    reader = PdfReader(io.BytesIO(versions[audience]))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    titles = [o.title for o in _flatten(reader.outline)]
    built_titles = {"Attendance", "Who to contact"} & set(titles)
    assert built_titles, titles
    assert len(titles) >= 4


def _flatten(outline: list[object]) -> Iterator[object]:
    for item in outline:
        if isinstance(item, list):
            yield from _flatten(item)
        else:
            yield item


def _font_cmap() -> set[int]:
    covered: set[int] = set()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        data = resources.files("caseconf_desktop.resources").joinpath("fonts", name).read_bytes()
        covered |= set(TTFontFile(io.BytesIO(data)).charToGlyph)
    return covered


def test_a_name_with_allah_is_drawn_with_glyphs_the_font_has() -> None:
    shaped = pdf.visual(ALLAH_NAME)
    assert "\ufdf2" not in shaped  # the ligature DejaVu lacks
    missing = [hex(ord(c)) for c in shaped if ord(c) not in _font_cmap() and not c.isspace()]
    assert missing == []


def test_a_name_with_allah_renders_without_a_missing_glyph_box(
    versions: dict[Audience, bytes],
) -> None:
    """Rendered to pixels: the name draws as the same ink as its letters drawn one by one."""
    shaped = pdf.visual(ALLAH_NAME)

    def picture(text: str) -> bytes:
        data = pdf.render_signature_appearance([text], 400, 40)
        page = pypdfium2.PdfDocument(data)[0]
        return page.render(scale=3).to_pil().convert("L").tobytes()

    def ink(image: bytes) -> int:
        return sum(1 for v in image if v < 128)

    # A character the font lacks draws the font's .notdef box; U+FDF2 is one of them.
    box = picture("\ufdf2")
    assert ink(box) > 0
    for ch in shaped:
        if not ch.isspace():
            assert picture(ch) != box, f"{hex(ord(ch))} renders as the missing-glyph box"
    # The name as a whole draws its letters' ink (joined letters overlap a little).
    letters = sum(ink(picture(ch)) for ch in shaped if not ch.isspace())
    assert abs(ink(picture(shaped)) - letters) < ink(box)
    # And the participant version (issued to that name, about that name) renders.
    doc = pypdfium2.PdfDocument(versions[Audience.PARTICIPANT])
    assert len(doc) >= 1
    assert doc[0].render(scale=1).to_pil().size[0] > 0


def test_every_enum_label_in_the_pdf_comes_from_the_one_label_table(
    versions: dict[Audience, bytes],
) -> None:
    """No raw key prints (protective_factors, minute_taker); labels are the table's."""
    from enum import StrEnum

    from caseconf_desktop import i18n
    from caseconf_desktop.domain import enums

    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(versions[Audience.FULL])).pages)
    flat = " ".join(text.split())
    raw_keys = [
        v.value
        for e in vars(enums).values()
        if isinstance(e, type) and issubclass(e, StrEnum) and e is not StrEnum
        for v in e
        if "_" in v.value
    ] + [k for k in i18n.RISK_DOMAINS if "_" in k]
    assert [k for k in raw_keys if k in flat] == []
    for shown in (
        i18n.label(enums.AttendeeRole.MINUTE_TAKER),
        i18n.label(enums.AttendanceStatus.APOLOGIES),
        i18n.risk_domain_label("capability"),
        i18n.rating_label("moderate"),
    ):
        assert shown in flat, shown


def test_one_withheld_item_is_counted_in_the_singular() -> None:
    from caseconf_desktop.domain.enums import TLP
    from caseconf_desktop.export.pdf import withheld_sentence

    one = withheld_sentence(1, plain=False, ceiling=TLP.AMBER)
    assert one.startswith("One item recorded at this conference is withheld")
    assert "1 items" not in one
    assert withheld_sentence(3, plain=False, ceiling=TLP.AMBER).startswith("3 items")


def test_a_sentence_of_the_document_that_begins_with_an_arabic_name_reads_left_to_right() -> None:
    from caseconf_desktop.export.pdf import visual

    sentence = "مريم المصري was in the room for: Opening, Family."
    laid_out = visual(sentence, ltr=True)
    # The name comes first and the full stop last, as in the English sentence around it
    # (by the first letter alone the paragraph was right to left: ".was in … مريم").
    assert laid_out.endswith("Family.")
    assert laid_out.index("was in the room") > 0
    assert not visual(sentence).endswith("Family.")  # what a typed Arabic line still gets

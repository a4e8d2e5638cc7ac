"""The rendered minutes, read back with pypdf: audience rules, labels, scripts, layout."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import TLP, EntryKind
from caseconf_desktop.export import pdf
from caseconf_desktop.services import minutes, vaults
from caseconf_desktop.services.minutes import Audience
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services import conftest as mb

PAGE_HEIGHT = pdf.PAGE[1]

RECIPIENT = {
    Audience.FULL: mb.CHAIR,
    Audience.PARTNERS: mb.HEALTH_WORKER,
    Audience.SUMMARY: "Director of Services",
    Audience.PARTICIPANT: mb.SUBJECT,
    Audience.FAMILY: mb.MOTHER,
}
LABEL = {
    Audience.FULL: "TLP:RED",
    Audience.PARTNERS: "TLP:AMBER",
    Audience.SUMMARY: "TLP:GREEN",
    Audience.PARTICIPANT: "TLP:GREEN",
    Audience.FAMILY: "TLP:GREEN",
}


@dataclass(frozen=True)
class Run:
    text: str
    x: float
    y: float
    rotated: bool


@dataclass(frozen=True)
class Rendered:
    minutes: minutes.Minutes
    data: bytes
    reader: PdfReader

    def page_texts(self) -> list[str]:
        return [p.extract_text() for p in self.reader.pages]

    def text(self) -> str:
        return "\n".join(self.page_texts())

    def compact(self) -> str:
        """All text without whitespace, so words wrapped in narrow cells still match."""
        return re.sub(r"\s+", "", self.text())

    def runs(self, index: int) -> list[Run]:
        out: list[Run] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                out.append(Run(text.strip(), x, y, abs(cm[1]) > 1e-6 or abs(tm[1]) > 1e-6))

        self.reader.pages[index].extract_text(visitor_text=visit)
        return out


def render(vault: Vault, conference_id: str, audience: Audience, recipient: str) -> Rendered:
    built = minutes.build_minutes(vault, conference_id, audience, recipient)
    data = minutes.render(built).data
    return Rendered(built, data, PdfReader(io.BytesIO(data)))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Audience, Rendered]]:
    """The four versions of the fixture conference, rendered once for this module."""
    path = tmp_path_factory.mktemp("pdf") / "pdf.vault"
    vault = vaults.init_vault(path, PASSPHRASE, mb.OWNER, "Test Exit Service")
    case = mb.build_minutes_case(vault)
    yield {a: render(vault, case.conference_id, a, RECIPIENT[a]) for a in Audience}
    vault.close()


def expected_in(audience: Audience, canary: mb.Canary) -> bool:
    if audience is Audience.FULL:
        return True
    if audience is Audience.PARTNERS:
        return canary.tlp in (TLP.CLEAR, TLP.GREEN, TLP.AMBER)
    if audience is Audience.SUMMARY:
        decided = canary.kind in (EntryKind.DECISION, EntryKind.DISSENT)
        return decided and canary.tlp in (TLP.CLEAR, TLP.GREEN)
    if audience is Audience.FAMILY:
        return False  # the fixture shares nothing with the family
    return canary.shareable and canary.tlp in (TLP.CLEAR, TLP.GREEN)


def fixture_canaries() -> list[mb.Canary]:
    return [
        mb.Canary(mb.entry_text(kind, tlp, share), tlp, share, kind, mb.Section.OPENING)
        for tlp in TLP
        for share in (True, False)
        for kind in (EntryKind.NOTE, EntryKind.INFORMATION, EntryKind.DECISION, EntryKind.DISSENT)
    ]


@pytest.mark.parametrize("audience", list(Audience))
def test_pdf_text_holds_a_canary_exactly_where_the_audience_may_see_it(
    rendered: dict[Audience, Rendered], audience: Audience
) -> None:
    text = rendered[audience].compact()
    wrong = [c.text for c in fixture_canaries() if (c.text in text) != expected_in(audience, c)]
    assert not wrong, f"{audience}: {wrong}"


@pytest.mark.parametrize(
    ("audience", "present", "absent"),
    [
        (Audience.FULL, ["CANARY-RISK-AMBER-CURRENT", "CANARY-FAMILY-SAFEGUARDING"], []),
        (
            Audience.PARTNERS,
            ["CANARY-RISK-AMBER-CURRENT", "CANARY-NEED-NOTES", "CANARY-INTERVENTION-NOTES"],
            ["CANARY-RISK-RED-OLD"],
        ),
        (
            Audience.SUMMARY,
            ["CANARY-ACTION-PROFESSIONAL", "CANARY-REVIEW-NOT-DONE"],
            ["CANARY-RISK", "CANARY-NEED-NOTES", "CANARY-CLOSING-SUMMARY", "CANARY-NOTE-"],
        ),
        (
            Audience.PARTICIPANT,
            ["CANARY-ACTION-SUBJECT", "CANARY-REVIEW-SUBJECT"],
            ["CANARY-ACTION-PROFESSIONAL", "CANARY-REVIEW-DONE", "CANARY-RISK", "CANARY-FAMILY"],
        ),
    ],
)
def test_pdf_sections_follow_the_audience(
    rendered: dict[Audience, Rendered], audience: Audience, present: list[str], absent: list[str]
) -> None:
    text = rendered[audience].compact()
    for canary in present:
        assert canary in text, canary
    for canary in absent:
        assert canary not in text, canary


@pytest.mark.parametrize("audience", list(Audience))
def test_every_page_has_the_label_in_header_and_footer_and_page_x_of_y(
    rendered: dict[Audience, Rendered], audience: Audience
) -> None:
    doc = rendered[audience]
    label = LABEL[audience]
    assert doc.minutes.tlp.value == label.removeprefix("TLP:")
    total = len(doc.reader.pages)
    for i in range(total):
        runs = doc.runs(i)
        labels = [r for r in runs if r.text == label]
        assert any(r.y > PAGE_HEIGHT - 60 for r in labels), f"page {i + 1}: no header label"
        assert any(r.y < 60 for r in labels), f"page {i + 1}: no footer label"
        numbers = [r for r in runs if r.text == f"Page {i + 1} of {total}"]
        assert numbers and numbers[0].y < 60, f"page {i + 1}: no page number"


@pytest.mark.parametrize("audience", list(Audience))
def test_the_watermark_is_a_picture_on_every_page_and_never_extractable_text(
    rendered: dict[Audience, Rendered], audience: Audience
) -> None:
    doc = rendered[audience]
    for i, page in enumerate(doc.reader.pages):
        # No rotated text at all: copying or a screen reader gets no fragments of it.
        assert [r for r in doc.runs(i) if r.rotated] == [], f"page {i + 1}"
        xobjects = page["/Resources"]["/XObject"]
        images = [x for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
        assert images, f"page {i + 1}: no watermark picture"


def test_names_in_latin_greek_and_cyrillic_extract_exactly(
    rendered: dict[Audience, Rendered],
) -> None:
    text = rendered[Audience.FULL].text()
    for name in (mb.CHAIR, mb.MINUTE_TAKER, mb.POLICE_OFFICER, mb.HEALTH_WORKER, mb.MENTOR):
        assert name in text, name


def test_arabic_names_are_shaped_and_read_back_as_the_same_name(
    rendered: dict[Audience, Rendered],
) -> None:
    text = rendered[Audience.FULL].text()
    # Shaped: the PDF holds Arabic presentation forms (joined letters), not bare letters.
    assert any(0xFE70 <= ord(ch) <= 0xFEFC for ch in text)
    folded = unicodedata.normalize("NFKC", text)
    assert mb.SUBJECT in folded
    assert mb.MOTHER in folded


def test_visual_order_reverses_arabic_runs_and_leaves_latin_alone() -> None:
    assert pdf.visual("Zoë Ålund") == "Zoë Ålund"
    shaped = pdf.visual(mb.SUBJECT)
    assert shaped != mb.SUBJECT
    assert unicodedata.normalize("NFKC", shaped)[::-1] == mb.SUBJECT


def test_only_embedded_truetype_fonts_are_used(rendered: dict[Audience, Rendered]) -> None:
    reader = rendered[Audience.FULL].reader
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            seen += 1
            assert font["/Subtype"] == "/TrueType", font
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
            assert "DejaVu" in font["/BaseFont"] or "CaseConf" in font["/BaseFont"]
    assert seen


def test_participant_version_speaks_plainly(rendered: dict[Audience, Rendered]) -> None:
    plain = rendered[Audience.PARTICIPANT].text()
    pro = rendered[Audience.FULL].text()
    assert "What we agreed to do next" in plain
    assert "Review of previous actions" not in plain
    assert "Review of previous actions" in pro
    for staff in (mb.CHAIR, mb.MINUTE_TAKER, mb.POLICE_OFFICER):
        assert staff not in plain


def test_minutes_show_the_practice_checklist(rendered: dict[Audience, Rendered]) -> None:
    text = " ".join(rendered[Audience.FULL].text().split())  # cells wrap words onto lines
    for needle in (
        "Confidentiality",  # confidentiality statement
        "Apologies",  # attendance with apologies
        "Not done: The agency did not act",  # reviewed actions with the reason
        "Rationale:",  # decisions with rationale
        "Municipality of Westhaven disagreed:",  # dissent with who disagreed
        "(previously Moderate)",  # risk and its change since last time
        "Risk over time",  # the trend chart
        "2025-06-13",  # next conference date
        "Distribution list",
        "Signatures",
        "Justizvollzugsanstalt Nord, room 2",  # place
    ):
        assert needle in text, needle


def test_signature_boxes_sit_on_the_last_page_inside_its_margins(
    rendered: dict[Audience, Rendered], vault: Vault
) -> None:
    case = mb.build_minutes_case(vault)
    built = minutes.build_minutes(
        vault, case.conference_id, Audience.PARTNERS, mb.HEALTH_WORKER, signed=True
    )
    result = minutes.render(built)
    assert set(result.signature_boxes) == {pdf.FACILITATOR_FIELD, pdf.CHAIR_FIELD}
    for box in result.signature_boxes.values():
        assert box.page_index == result.pages - 1
        assert pdf.MARGIN - 1 <= box.x1 < box.x2 <= pdf.PAGE[0] - pdf.MARGIN + 1
        assert pdf.MARGIN - 1 <= box.y1 < box.y2 <= pdf.PAGE[1] - pdf.MARGIN


def add_actions(vault: Vault, case: mb.MinutesCase, count: int, text: str = "") -> None:
    m.ACTIONS.upsert_many(
        vault,
        [
            model.Action(
                case.case_id,
                text or f"Extra action {n}: arrange a meeting with the housing officer",
                case.conference_id,
                owner_agency_id=case.agencies["municipality"],
                due=date(2025, 5, 1),
            )
            for n in range(count)
        ],
    )


def test_a_long_actions_table_repeats_its_header_on_every_page(vault: Vault) -> None:
    case = mb.build_minutes_case(vault)
    add_actions(vault, case, 120)
    doc = render(vault, case.conference_id, Audience.PARTNERS, mb.HEALTH_WORKER)
    pages = [re.sub(r"\s+", "", t) for t in doc.page_texts()]
    with_rows = [p for p in pages if "Extraaction" in p]
    assert len(with_rows) >= 2
    for page in with_rows:
        assert "ActionOwnerAgencyDue" in page


def test_a_cell_longer_than_a_page_splits_instead_of_failing(vault: Vault) -> None:
    case = mb.build_minutes_case(vault)
    long = " ".join(f"word{n}" for n in range(2500)) + " END-OF-LONG-ACTION"
    add_actions(vault, case, 1, long)
    doc = render(vault, case.conference_id, Audience.PARTNERS, mb.HEALTH_WORKER)
    assert "END-OF-LONG-ACTION" in doc.compact()


def test_a_thirty_page_document_renders(vault: Vault) -> None:
    case = mb.build_minutes_case(vault, filler_entries=260)
    doc = render(vault, case.conference_id, Audience.FULL, mb.CHAIR)
    total = len(doc.reader.pages)
    assert total >= 30
    assert f"Page {total} of {total}" in doc.page_texts()[-1]


def test_preview_is_the_unsigned_pdf_and_records_nothing(vault: Vault, tmp_path: Path) -> None:
    case = mb.build_minutes_case(vault)
    data = minutes.preview(vault, case.conference_id, Audience.SUMMARY, "Anyone")
    reader = PdfReader(io.BytesIO(data))
    assert "TLP:GREEN" in reader.pages[0].extract_text()
    assert "/AcroForm" not in reader.trailer["/Root"]
    assert minutes.issued_minutes(vault) == []

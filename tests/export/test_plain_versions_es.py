"""The Spanish participant and family versions: plain Spanish, dates written out."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
import textstat
from pypdf import PdfReader

from caseconf_desktop.services import minutes, vaults
from caseconf_desktop.services.minutes import Audience
from tests.conftest import PASSPHRASE
from tests.export.test_plain_versions import JARGON, SUBJECT, body_runs, build_lay_case
from tests.services import conftest as mb


@pytest.fixture(scope="module")
def lay_es(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Audience, bytes]]:
    """The participant and family versions of a test conference, issued in Spanish."""
    path = tmp_path_factory.mktemp("lay-es") / "lay.vault"
    vault = vaults.init_vault(path, PASSPHRASE, mb.OWNER, "Test Exit Service")
    case = build_lay_case(vault)
    out = {
        audience: minutes.render(
            minutes.build_minutes(
                vault, case.conference_id, audience, who, signed=True, language="es"
            )
        ).data
        for audience, who in ((Audience.PARTICIPANT, SUBJECT), (Audience.FAMILY, mb.MOTHER))
    }
    yield out
    vault.close()


def text_of(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).replace("\u00a0", " ").split())


@pytest.mark.parametrize("audience", [Audience.PARTICIPANT, Audience.FAMILY])
def test_spanish_lay_versions_write_dates_out_in_spanish(
    lay_es: dict[Audience, bytes], audience: Audience
) -> None:
    text = text_of(lay_es[audience])
    assert "14 de marzo de 2025" in text  # the meeting
    assert "13 de junio de 2025" in text  # the next one
    assert "2025-03-14" not in text


def test_the_spanish_participant_version_speaks_spanish_and_keeps_content_as_typed(
    lay_es: dict[Audience, bytes],
) -> None:
    text = " ".join(text_of(lay_es[Audience.PARTICIPANT]).split())
    for heading in ("Sus objetivos", "Lo que otros harán por usted", "Con quién hablar"):
        assert heading in text
    assert "Si no está de acuerdo" in text
    assert "Find a job or a course (Abierto)" in text  # entered text as typed, label in Spanish
    assert "by 30 April" not in text and "antes del 30 de abril de 2025" in text
    body = " ".join(t for _size, t in body_runs(lay_es[Audience.PARTICIPANT]))
    assert not [j for j in JARGON if j in body]  # the page furniture keeps its TLP label


def test_the_spanish_fixed_text_of_the_participant_version_reads_easily(
    lay_es: dict[Audience, bytes],
) -> None:
    """Fernández Huerta (Flesch for Spanish) of the frame, without names and case content."""
    runs = body_runs(lay_es[Audience.PARTICIPANT])
    content = (
        "Find a job", "Book the first", "Probation", mb.CHAIR, SUBJECT, "Ana", "Justizvollzug",
    )  # fmt: skip
    frame = " ".join(t for _s, t in runs if not any(c in t for c in content))
    frame = " ".join(w for w in frame.split() if not any(ch.isdigit() for ch in w))
    textstat.set_lang("es")
    try:
        score = textstat.fernandez_huerta(frame)
        szigriszt = textstat.szigriszt_pazos(frame)
    finally:
        textstat.set_lang("en_US")
    print(
        f"participant frame (es): Fernández Huerta {score:.1f}, Szigriszt-Pazos {szigriszt:.1f}"
        f" over {len(frame.split())} words"
    )
    assert score >= 70, score  # "fairly easy" or easier on Fernández Huerta's scale

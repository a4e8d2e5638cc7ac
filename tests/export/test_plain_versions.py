"""The versions for the person and their family: written for them, large, plain, readable."""

from __future__ import annotations

import dataclasses
import io
import math
import re
from collections.abc import Iterator
from datetime import date

import pytest
import textstat
from pypdf import PdfReader

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import TLP, EntryKind, ResponsibilityDomain, Section
from caseconf_desktop.export import pdf
from caseconf_desktop.services import minutes, vaults
from caseconf_desktop.services.minutes import Audience
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services import conftest as mb

SUBJECT = "Sam Example"
JARGON = ("TLP", "PAdES", "audit", "SHA", "certificate", "minute-taker", "Sent info", "verify")


def build_lay_case(vault: Vault) -> mb.MinutesCase:
    """The fixture conference with a goal, a named contact, an entry shared with the family
    and an action agreed with the subject (shared with the Spanish tests)."""
    case = mb.build_minutes_case(vault, with_canaries=False)
    with vault.transaction():
        c = m.CASES.get(vault, case.case_id)
        assert c is not None
        m.CASES.upsert(vault, dataclasses.replace(c, subject_name=SUBJECT, pseudonym=""))
        for a in m.ATTENDANCE.where(vault, "conference_id = ?", (case.conference_id,)):
            if a.name == mb.SUBJECT:
                m.ATTENDANCE.upsert(vault, dataclasses.replace(a, name=SUBJECT))
        m.GOALS.upsert(vault, model.Goal(case.case_id, "Find a job or a course"))
        m.RESPONSIBILITIES.upsert(
            vault,
            model.Responsibility(
                case.case_id,
                ResponsibilityDomain.COORDINATION,
                case.agencies["probation"],
                case.people[mb.CHAIR],
            ),
        )
        m.ENTRIES.upsert(
            vault,
            model.Entry(
                case.conference_id,
                Section.FAMILY,
                "FAMILY-SHARED Sunday visits agreed",
                EntryKind.DECISION,
                TLP.GREEN,
                shareable_with_family=True,
            ),
        )
        m.ACTIONS.upsert(
            vault,
            model.Action(
                case.case_id,
                "Book the first meeting with the job coach",
                conference_id=case.conference_id,
                owner_agency_id=case.agencies["cso"],
                due=date(2025, 4, 30),
                for_subject=True,
            ),
        )
    return case


@pytest.fixture(scope="module")
def lay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Audience, bytes]]:
    path = tmp_path_factory.mktemp("lay") / "lay.vault"
    vault = vaults.init_vault(path, PASSPHRASE, mb.OWNER, "Test Exit Service")
    case = build_lay_case(vault)
    out = {
        Audience.PARTICIPANT: minutes.render(
            minutes.build_minutes(
                vault, case.conference_id, Audience.PARTICIPANT, SUBJECT, signed=True
            )
        ).data,
        Audience.FAMILY: minutes.render(
            minutes.build_minutes(
                vault, case.conference_id, Audience.FAMILY, mb.MOTHER, signed=True
            )
        ).data,
    }
    yield out
    vault.close()


def body_runs(data: bytes) -> list[tuple[float, str]]:
    """(size, text) of every run between the header and footer lines (the page furniture)."""
    found: list[tuple[float, str]] = []
    for page in PdfReader(io.BytesIO(data)).pages:

        def visit(text: str, cm: list[float], tm: list[float], _f: object, size: float) -> None:
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            if text.strip() and 60 < y < pdf.PAGE[1] - 60:
                a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
                c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
                found.append((size * math.sqrt(abs(a * d - b * c)), text.strip()))

        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("audience", [Audience.PARTICIPANT, Audience.FAMILY])
def test_the_body_is_at_least_12_points_with_no_jargon(
    lay: dict[Audience, bytes], audience: Audience
) -> None:
    runs = body_runs(lay[audience])
    assert min(runs)[0] >= pdf.LAY_FONT_SIZE - 0.01, min(runs)
    body = " ".join(t for _s, t in runs)
    assert [w for w in JARGON if re.search(rf"\b{re.escape(w)}\b", body)] == []


def test_the_participant_version_is_written_for_the_person(lay: dict[Audience, bytes]) -> None:
    text = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(lay[Audience.PARTICIPANT])).pages
        ).split()
    )
    for needle in (
        f"This paper is for {SUBJECT}",
        "14 March 2025",  # the date written out, never ISO in the body
        "Your goals",
        "Find a job or a course",
        "What others will do for you",
        "Book the first meeting with the job coach, by 30 April 2025",
        "The next meeting is planned for 13 June 2025",
        f"contact {mb.CHAIR} at Probation Service Ost",
        "If you disagree",
        "You were in the room for: Welcome, What we agreed to do next",
        "How to check this copy is genuine",
    ):
        assert needle in text, needle
    assert "FAMILY-SHARED" not in text  # shared with the family, not with the subject


def test_the_family_version_holds_what_was_shared_with_the_family(
    lay: dict[Audience, bytes],
) -> None:
    text = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(lay[Audience.FAMILY])).pages
        ).split()
    )
    assert "FAMILY-SHARED Sunday visits agreed" in text
    assert "job coach" not in text  # actions agreed with the subject are theirs
    assert f"This paper is for {mb.MOTHER}" in " ".join(text.split()) or "This paper is for" in text


def test_the_fixed_text_of_the_participant_version_reads_easily(
    lay: dict[Audience, bytes],
) -> None:
    """Flesch reading ease of the frame (everything but names and case content) >= 60."""
    runs = body_runs(lay[Audience.PARTICIPANT])
    content = (
        "Find a job", "Book the first", "Probation", mb.CHAIR, SUBJECT, "Ana", "Justizvollzug",
    )  # fmt: skip
    frame = " ".join(t for _s, t in runs if not any(c in t for c in content))
    frame = " ".join(w for w in frame.split() if not any(ch.isdigit() for ch in w))
    score = textstat.flesch_reading_ease(frame)
    print(f"participant frame: Flesch reading ease {score:.1f} over {len(frame.split())} words")
    assert score >= 60, score

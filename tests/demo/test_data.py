"""The demo material in resources/demo/: complete for every kind the generator draws, and shipped."""

from __future__ import annotations

import json
import string
from importlib import resources

import pytest

from caseconf_desktop.demo import data as demo_data
from caseconf_desktop.domain.enums import (
    ActionStatus,
    ConsentKind,
    EntryKind,
    InterventionKind,
    NeedDomain,
    NotDoneReason,
    Section,
)

FILES = ("partnership.json", "people.json", "case_file.json", "conference.json")


@pytest.fixture(scope="module")
def data() -> demo_data.DemoData:
    return demo_data.load()


@pytest.mark.parametrize("name", FILES)
def test_each_file_is_read_from_the_installed_package(name: str) -> None:
    folder = resources.files("caseconf_desktop.resources").joinpath("demo")
    assert isinstance(json.loads(folder.joinpath(name).read_text("utf-8")), dict)


def test_every_section_and_kind_has_texts(data: demo_data.DemoData) -> None:
    assert set(data.texts) == {(s, k) for s in Section for k in EntryKind}
    assert all(data.texts.values())
    # The generator opens every conference with the first opening note.
    assert "confidentiality" in data.texts[(Section.OPENING, EntryKind.NOTE)][0]


def test_every_kind_the_generator_draws_has_its_material(data: demo_data.DemoData) -> None:
    assert set(data.need_notes) == set(data.need_owner) == set(NeedDomain)
    assert set(data.intervention_provider) == set(InterventionKind)
    assert set(data.consent_scope) == set(ConsentKind)
    assert set(data.not_done_notes) == set(NotDoneReason)
    assert set(data.review_notes) == {
        ActionStatus.DONE,
        ActionStatus.CLOSED,
        ActionStatus.CARRIED_FORWARD,
    }
    for phrase in ("lead_agency", "summary", "interpreter", "case_closed"):
        assert data.conference_phrases[phrase]
    for phrase in ("goal_reviewed", "first_assessment", "risk_increased", "risk_decreased"):
        assert data.case_phrases[phrase]


def test_every_agency_kind_named_anywhere_is_in_the_partnership(data: demo_data.DemoData) -> None:
    kinds = {a.kind for a in data.agencies}
    assert len(kinds) == len(data.agencies)  # one agency per kind
    named = {
        *data.need_owner.values(),
        *data.intervention_provider.values(),
        *(k for ks in data.responsibility_agencies.values() for k in ks),
        *(a.owner for a in data.actions),
        *(item.lead for item in data.legal),
    }
    assert named <= kinds
    assert all(a.people for a in data.agencies)


def test_every_slot_a_text_uses_is_filled(data: demo_data.DemoData) -> None:
    texts = [
        *(t for ts in data.texts.values() for t in ts),
        *data.follow_ups,
        *(a.text for a in data.actions),
    ]
    known = {*data.slots, "agency", "Agency"}
    used = {field for t in texts for _, field, _, _ in string.Formatter().parse(t) if field}
    assert used <= known


def test_names_come_in_four_scripts_with_weights(data: demo_data.DemoData) -> None:
    assert list(data.names) == ["latin", "greek", "cyrillic", "arabic"]
    assert sum(p.weight for p in data.names.values()) == pytest.approx(1.0)
    assert sum(item.weight for item in data.legal) == pytest.approx(1.0)
    for pool in data.names.values():
        assert pool.male and pool.female and pool.surnames

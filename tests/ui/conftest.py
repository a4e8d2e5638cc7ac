"""UI test fixtures: a real vault seeded with one case ready for its next conference."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import (
    TLP,
    AgencyKind,
    ConferenceStatus,
    EntryKind,
    RiskLevel,
    Role,
    Section,
)
from caseconf_desktop.services import vaults
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui import messages
from tests.conftest import PASSPHRASE, VaultTemplates


@dataclass(frozen=True)
class Seed:
    path: Path
    case: model.Case
    chair: model.Person
    facilitator: model.Person
    minute_taker: model.Person
    mentor: model.Person
    probation: model.Agency
    cso: model.Agency
    previous: model.Conference
    open_action: model.Action


def seed_vault(path: Path) -> Seed:
    """One case with a closed earlier conference, a risk assessment and an open action."""
    vault = vaults.init_vault(
        path, PASSPHRASE, "Mira Facilitator", "Exit Path CSO", Role.FACILITATOR
    )
    try:
        owner = vaults.owner(vault)
        with vault.transaction():
            prison = m.AGENCIES.upsert(vault, model.Agency("HMP Northfield", AgencyKind.PRISON))
            probation = m.AGENCIES.upsert(
                vault, model.Agency("Probation North", AgencyKind.PROBATION)
            )
            cso = m.AGENCIES.upsert(vault, replace(owner.agency, kind=AgencyKind.CSO))
            chair = m.PEOPLE.upsert(
                vault, model.Person("Jonas Keller", probation.id, "Senior officer")
            )
            facilitator = m.PEOPLE.upsert(vault, replace(owner.person, role_title="Case manager"))
            minute = m.PEOPLE.upsert(vault, model.Person("Tomasz Nowak", prison.id, "DDR officer"))
            mentor = m.PEOPLE.upsert(vault, model.Person("Leyla Aydın", cso.id, "Mentor"))
            case = m.CASES.upsert(
                vault,
                model.Case(
                    reference="CC-2026-00042",
                    subject_name="Dmitri Pávlov",
                    pseudonym="D.P.",
                    establishment="HMP Northfield",
                    lead_agency_id=probation.id,
                    review_frequency_days=90,
                ),
            )
            earlier = datetime.now(UTC).replace(microsecond=0) - timedelta(days=90)
            previous = m.CONFERENCES.upsert(
                vault,
                model.Conference(
                    case_id=case.id,
                    scheduled_for=earlier,
                    status=ConferenceStatus.CLOSED,
                    chair_id=chair.id,
                    facilitator_id=facilitator.id,
                    minute_taker_id=minute.id,
                    closed_at=earlier,
                ),
            )
            m.ENTRIES.upsert(
                vault,
                model.Entry(
                    previous.id, Section.RISK, "Earlier risk discussion", EntryKind.NOTE, TLP.AMBER
                ),
            )
            m.RISKS.upsert(
                vault,
                model.RiskAssessment(
                    case_id=case.id,
                    conference_id=previous.id,
                    level=RiskLevel.HIGH,
                    assessed_on=earlier.date(),
                    rationale="Recent contact with former network.",
                ),
            )
            action = m.ACTIONS.upsert(
                vault,
                model.Action(
                    case_id=case.id,
                    conference_id=previous.id,
                    description="Arrange housing assessment",
                    owner_person_id=chair.id,
                    owner_agency_id=probation.id,
                    due=date.today() - timedelta(days=3),
                    created_at=earlier,
                ),
            )
    finally:
        vault.close()
    return Seed(path, case, chair, facilitator, minute, mentor, probation, cso, previous, action)


@pytest.fixture
def seeded(vault_path: Path, vault_templates: VaultTemplates) -> Seed:
    """A copy of the seeded vault, made once per session, in the test's own file."""
    _, seed = vault_templates.copy("seeded", seed_vault, vault_path)
    return replace(seed, path=vault_path)


@pytest.fixture(autouse=True)
def no_leftover_windows() -> Iterator[None]:
    """A dialog a test left open (its parent closed, not deleted) must not take the next
    test's focus: every top-level widget still shown afterwards is hidden."""
    yield
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


@pytest.fixture(autouse=True)
def no_leftover_answers() -> Iterator[None]:
    """A test that queues answers to dialogs must use them all."""
    messages._answers.clear()
    messages.asked.clear()
    yield
    leftover = list(messages._answers)
    messages._answers.clear()
    assert not leftover, f"unused scripted answers: {leftover}"

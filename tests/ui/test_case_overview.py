"""The case file opens on a real summary: next conference, actions, risk trend, leads, consents."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from caseconf_desktop import i18n
from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import (
    ActionStatus,
    ConferenceStatus,
    ConsentKind,
    ConsentState,
    ResponsibilityDomain,
    RiskLevel,
)
from caseconf_desktop.services import vaults
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui.case_file import CaseFileView
from caseconf_desktop.ui.tasks import VaultExecutor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed

PLACE = "HMP Northfield, meeting room 2"


def add_overview_material(seed: Seed) -> datetime:
    """A planned conference, more actions and risk assessments, responsibilities, consents."""
    today = date.today()
    when = datetime.now(UTC).replace(hour=10, minute=30, second=0, microsecond=0)
    when += timedelta(days=14)
    vault = vaults.unlock(seed.path, PASSPHRASE, record=False)
    try:
        cid = seed.case.id
        with vault.transaction():
            m.CONFERENCES.upsert(
                vault,
                model.Conference(cid, when, place=PLACE, status=ConferenceStatus.PLANNED),
            )
            m.ACTIONS.upsert(
                vault,
                model.Action(
                    cid,
                    "Book the mentor's prison visit",
                    owner_person_id=seed.mentor.id,
                    owner_agency_id=seed.cso.id,
                    due=today + timedelta(days=10),
                ),
            )
            for days, level in ((200, RiskLevel.MODERATE), (5, RiskLevel.VERY_HIGH)):
                m.RISKS.upsert(
                    vault, model.RiskAssessment(cid, level, today - timedelta(days=days))
                )
            m.RESPONSIBILITIES.upsert(
                vault,
                model.Responsibility(
                    cid, ResponsibilityDomain.INTERVENTIONS, seed.cso.id, seed.mentor.id
                ),
            )
            for kind, state, days in (
                (ConsentKind.INFORMATION_SHARING, ConsentState.GIVEN, 400),  # expired
                (ConsentKind.PARTICIPATION, ConsentState.GIVEN, 350),  # expires in 15 days
                (ConsentKind.FAMILY_INVOLVEMENT, ConsentState.WITHDRAWN, 20),
            ):
                m.CONSENTS.upsert(
                    vault, model.Consent(cid, kind, state, today - timedelta(days=days))
                )
    finally:
        vault.close()
    return when


@pytest.fixture
def english() -> Iterator[None]:
    """The English catalogue, as the app loads it, for "15 days" rather than "15 day(s)"."""
    app = QApplication.instance()
    assert app is not None
    catalogue = i18n.translator("en")
    app.installTranslator(catalogue)
    yield
    app.removeTranslator(catalogue)


@pytest.fixture
def executor(qtbot: Any, seeded: Seed) -> Any:
    ex = VaultExecutor()
    ex._pool.submit(lambda: ex.attach(vaults.unlock(seeded.path, PASSPHRASE))).result()
    yield ex
    ex.shutdown()


def test_the_overview_shows_next_conference_actions_risk_trend_leads_and_consents(
    qtbot: Any, seeded: Seed, english: None
) -> None:
    when = add_overview_material(seeded)
    ex = VaultExecutor()
    ex._pool.submit(lambda: ex.attach(vaults.unlock(seeded.path, PASSPHRASE))).result()
    view = CaseFileView(ex, seeded.case.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    page = view.overview_page
    today = date.today()

    conference = page.conference_card.text()
    assert when.strftime("%Y-%m-%d %H:%M") in conference and PLACE in conference

    actions = page.actions_card.text()
    assert "2 open" in actions and "1 overdue" in actions
    # The most urgent first, with owner, agency and due date; the overdue one flagged.
    overdue_due = (today - timedelta(days=3)).isoformat()
    assert actions.index("Arrange housing assessment") < actions.index("Book the mentor")
    assert f"Jonas Keller, Probation North — overdue since {overdue_due}" in actions
    later = (today + timedelta(days=10)).isoformat()
    assert f"Leyla Aydın, Exit Path CSO — due {later}" in actions
    assert page.overdue_figure.property("alert") is True

    risk = page.risk_card.text()
    assert "Moderate → High → Very high" in risk
    assert "Rising since the previous assessment." in risk

    lead = page.lead_card.text()
    assert page.lead_agency.text() == "Probation North"
    assert "Interventions: Exit Path CSO (Leyla Aydın)" in lead

    consents = page.consents_card.text()
    expired = (today - timedelta(days=400) + timedelta(days=365)).isoformat()
    assert f"holds until {expired} — expired" in consents
    assert "expires in 15 days" in consents
    assert f"withdrawn {(today - timedelta(days=20)).isoformat()}" in consents
    assert "3 consents to confirm at the next conference." in consents

    assert page.details["subject"].text() == "Dmitri Pávlov"
    # Each card is a Tab stop whose description a screen reader reads whole.
    assert page.consents_card.accessibleDescription().count("expire") == 2
    ex.shutdown()


def test_the_overview_follows_an_edit_of_the_case(qtbot: Any, executor: Any, seeded: Seed) -> None:
    view = CaseFileView(executor, seeded.case.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    page = view.overview_page
    assert "None planned" in page.conference_card.text()  # the seed has none planned…
    assert "Agreed at the last conference" not in page.conference_card.text()
    assert "Due by" in page.conference_card.text()  # …so it says when one is due
    assert "1 open" in page.actions_card.text()
    from caseconf_desktop.ui.case_file import SaveRecordCommand

    assert view.file is not None
    done = replace(view.file.actions[0], status=ActionStatus.DONE)
    view.push(SaveRecordCommand(view, view.file.actions[0], done, "Done"))
    qtbot.waitUntil(lambda: "0 open" in page.actions_card.text())
    assert "No open actions." in page.actions_card.text()

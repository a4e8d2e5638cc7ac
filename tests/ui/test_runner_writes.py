"""The runner's writes cost what they change: typing is one write and no reload.

Counted on the real vault the runner works on (Vault.reads / Vault.writes count every
statement storage runs), through the real vault worker, with the runner on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import AttendeeRole, NeedDomain, Section
from caseconf_desktop.services import casefile, conferences, vaults
from caseconf_desktop.storage.vault import Vault
from caseconf_desktop.ui.conference.runner import AgendaRunner
from caseconf_desktop.ui.tasks import Op, VaultExecutor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed

# What a full reload (conferences.runner_state) costs: if a write is followed by more reads
# than this, the runner read everything again.
FULL_RELOAD_READS = 12


@pytest.fixture
def running(qtbot: Any, seeded: Seed) -> Iterator[tuple[AgendaRunner, Vault]]:
    vault = vaults.unlock(seeded.path, PASSPHRASE, record=False)
    conf = conferences.prepare(
        vault, seeded.case.id, datetime.now(UTC) + timedelta(hours=1), place="Room 2",
        chair_id=seeded.chair.id, facilitator_id=seeded.facilitator.id,
        minute_taker_id=seeded.minute_taker.id,
        invitees=[conferences.Invitee(name="Dmitri Pávlov", role=AttendeeRole.SUBJECT)],
    )  # fmt: skip
    executor = VaultExecutor()
    executor.attach(vault)
    runner = AgendaRunner(executor, conf.id)
    qtbot.addWidget(runner)
    runner.resize(1280, 720)
    runner.show()
    qtbot.waitUntil(lambda: runner.state is not None and runner.section is not None)
    runner.goto(Section.NEEDS)
    qtbot.waitUntil(lambda: runner.pending_saves() == 0 and not executor._pending)
    yield runner, vault
    runner.close()
    executor.shutdown()


def _quiet(qtbot: Any, runner: AgendaRunner) -> None:
    qtbot.waitUntil(lambda: runner.pending_saves() == 0 and not runner._executor._pending)
    qtbot.wait(50)  # any refresh the write caused has been queued and run


def test_typing_in_the_runner_costs_one_write_and_no_reload(
    qtbot: Any, running: tuple[AgendaRunner, Vault]
) -> None:
    runner, vault = running
    _quiet(qtbot, runner)
    vault.reads = vault.writes = 0
    runner.composer.text.setFocus()
    qtbot.keyClicks(runner.composer.text, "Housing referral")
    qtbot.waitUntil(lambda: runner.composer.saved_hint.text() == "Draft saved", timeout=5000)
    _quiet(qtbot, runner)
    # A steady typist: one autosave for the whole burst, nothing read back.
    assert (vault.writes, vault.reads) == (1, 0)
    assert [d.text for d in runner.state.drafts] == ["Housing referral"]


def test_adding_an_entry_reads_back_only_the_entries(
    qtbot: Any, running: tuple[AgendaRunner, Vault]
) -> None:
    runner, vault = running
    runner.composer.text.setPlainText("Referral to the housing officer made.")
    _quiet(qtbot, runner)
    vault.reads = vault.writes = 0
    runner.complete_entry()
    qtbot.waitUntil(lambda: any(e.text.startswith("Referral") for e in runner.state.entries))
    _quiet(qtbot, runner)
    assert 0 < vault.reads < FULL_RELOAD_READS


def test_a_change_made_elsewhere_reaches_the_runner(
    qtbot: Any, running: tuple[AgendaRunner, Vault]
) -> None:
    runner, _vault = running
    assert runner.state is not None
    need = model.Need(runner.state.case.id, NeedDomain.HOUSING, notes="From the case file")
    Op(runner, runner._executor, lambda v: casefile.save_record(v, need)).run()
    qtbot.waitUntil(lambda: any(n.id == need.id for n in runner.state.needs))
    assert runner.needs_tab.model.rowCount() == len(runner.state.needs)


def test_full_reload_reads_more_than_the_threshold(
    qtbot: Any, running: tuple[AgendaRunner, Vault]
) -> None:
    # The yardstick above is a real one: reading the whole runner costs more than it.
    runner, vault = running
    _quiet(qtbot, runner)
    vault.reads = 0
    runner.refresh()
    _quiet(qtbot, runner)
    assert vault.reads >= FULL_RELOAD_READS

"""The case list fetches its rows a page at a time, sorted by the vault, as it scrolls."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from caseconf_desktop.domain import model
from caseconf_desktop.services import casefile
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from caseconf_desktop.ui.models.cases import CaseTableModel
from caseconf_desktop.ui.pages import CasesPage
from caseconf_desktop.ui.tasks import Op, VaultExecutor

N = 450  # more than two pages


@pytest.fixture
def page(qtbot: Any, vault: Vault) -> Iterator[CasesPage]:
    with vault.transaction():
        for i in range(N):
            m.CASES.upsert(
                vault, model.Case(reference=f"L-{i:04d}", subject_name=f"Invented {N - i:04d}")
            )
    executor = VaultExecutor()
    executor.attach(vault)
    widget = CasesPage(executor)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    yield widget
    executor.shutdown()


def test_the_case_list_starts_with_one_page_and_knows_the_total(
    qtbot: Any, page: CasesPage
) -> None:
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert page.model.rowCount() == CaseTableModel.PAGE
    assert page.model.total == N
    assert page.count.text() == f"{N} cases"


def test_scrolling_to_the_end_fetches_the_next_pages(qtbot: Any, page: CasesPage) -> None:
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    for expected in (2 * CaseTableModel.PAGE, N):
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: page.model.rowCount() == n, timeout=5000)
    refs = [page.model.record(r).reference for r in range(page.model.rowCount())]
    assert refs == [f"L-{i:04d}" for i in range(N)]
    assert not page.model.canFetchMore()


def test_sorting_by_a_column_asks_the_vault_from_the_first_page(
    qtbot: Any, page: CasesPage
) -> None:
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # subject
    # The first page sorted by subject starts with the case loaded last by reference.
    qtbot.waitUntil(lambda: page.model.record(0).reference == f"L-{N - 1:04d}")
    assert page.model.rowCount() == CaseTableModel.PAGE
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.record(0).reference == f"L-{N - 1:04d}")
    assert page.model.record(1).reference == f"L-{N - 2:04d}"


def test_a_search_pages_only_its_matches(qtbot: Any, page: CasesPage) -> None:
    page.search.setText("0001")  # the reference of one case, the name of another
    page.reload()
    qtbot.waitUntil(lambda: page.model.total == 2 and page.model.rowCount() == 2)
    assert [page.model.record(r).reference for r in range(2)] == ["L-0001", f"L-{N - 1:04d}"]


def test_a_write_elsewhere_updates_only_the_rows_of_its_case(
    qtbot: Any, page: CasesPage, vault: Vault
) -> None:
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    target = page.model.record(3)
    assert target.open_actions == 0
    reads_before = vault.reads

    def add_action(v: Vault) -> None:
        agency = next(iter(casefile.directory(v).agencies))
        due = date.today() + timedelta(days=7)
        casefile.save_record(
            v, model.Action(target.id, "Invented follow-up", owner_agency_id=agency, due=due)
        )

    Op(page, page._executor, add_action).run()
    qtbot.waitUntil(lambda: page.model.record(3).open_actions == 1)
    assert page.model.rowCount() == CaseTableModel.PAGE  # not reloaded from the top
    assert page.model.record(3).id == target.id
    # One summary read for one case, not a page of 200 rows.
    assert vault.reads - reads_before < 10

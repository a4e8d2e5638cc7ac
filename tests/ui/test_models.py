"""Every table model passes Qt's model tester, with real data from a real vault."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import ActionStatus
from caseconf_desktop.services import casefile, cases, conferences
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from caseconf_desktop.ui.case_file import action_columns
from caseconf_desktop.ui.models.cases import CaseTableModel, RecordFilterProxy
from caseconf_desktop.ui.models.records import Column, RecordRole, RecordTableModel, SortRole


def add_cases(vault: Vault, n: int) -> None:
    with vault.transaction():
        for i in range(n):
            m.CASES.upsert(vault, model.Case(reference=f"T-{i:03d}", subject_name=f"Subject Ω{i}"))


def test_case_table_model_passes_the_model_tester_and_filters(
    qtmodeltester: Any, vault: Vault
) -> None:
    add_cases(vault, 12)
    summaries = cases.list_cases(vault)
    source = CaseTableModel()
    source.set_records(summaries)
    qtmodeltester.check(source)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)
    proxy.setFilterFixedString("ω1")  # case-insensitive, any script
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {
        "T-001",
        "T-010",
        "T-011",
    }


def test_record_model_sorts_dates_by_value_and_exposes_the_record(qtmodeltester: Any) -> None:
    actions = [
        model.Action(
            case_id="c", description=f"a{i}", due=date(2026, 1, 1) + timedelta(days=37 * i)
        )
        for i in (3, 1, 2)
    ]
    source: RecordTableModel[model.Action] = RecordTableModel(action_columns(lambda: None))
    source.set_records(actions)
    qtmodeltester.check(source)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(source)
    proxy.sort(3)
    dues = [proxy.index(r, 3).data(SortRole) for r in range(3)]
    assert dues == sorted(dues)
    assert proxy.index(0, 0).data(RecordRole).description == "a1"


def test_open_actions_list_puts_overdue_first(qtmodeltester: Any, vault: Vault) -> None:
    add_cases(vault, 1)
    (case,) = m.CASES.where(vault)
    today = date.today()
    with vault.transaction():
        for desc, due in (("later", 20), ("overdue", -5), ("soon", 2), ("long overdue", -40)):
            m.ACTIONS.upsert(vault, model.Action(case.id, desc, due=today + timedelta(days=due)))
        m.ACTIONS.upsert(
            vault,
            model.Action(
                case.id, "done already", due=today - timedelta(days=90), status=ActionStatus.DONE
            ),
        )
    rows = conferences.open_actions(vault)
    assert [r.action.description for r in rows] == ["long overdue", "overdue", "soon", "later"]
    assert [r.overdue for r in rows] == [True, True, False, False]
    source: RecordTableModel[conferences.ActionRow] = RecordTableModel(
        [Column("Due", lambda r: r.action.due), Column("Action", lambda r: r.action.description)]
    )
    source.set_records(rows)
    qtmodeltester.check(source)


def test_directory_names_agencies_and_people(vault: Vault) -> None:
    d = casefile.directory(vault)
    owner = next(iter(d.people.values()))
    assert d.person_label(owner.id) == f"{owner.name} ({d.agency_name(owner.agency_id)})"
    assert d.agency_name(None) == "" and d.person_name("missing") == ""


def test_painting_a_table_keeps_the_reference_count_of_none(qtbot: Any, vault: Vault) -> None:
    # PySide6 6.12.0 dropped a reference to None for every data() that answered None (most
    # roles of most cells): on a big vault the window aborted at exit, "deallocating None".
    import gc
    import sys

    from PySide6.QtWidgets import QTableView

    add_cases(vault, 30)
    model = CaseTableModel()
    model.set_records(cases.list_cases(vault))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    view.viewport().repaint()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(20):
        view.viewport().repaint()
    gc.collect()
    assert sys.getrefcount(None) >= before


def test_tables_show_an_enum_by_its_translated_label_never_its_stored_value(
    qtbot: Any,
) -> None:
    from caseconf_desktop import i18n
    from caseconf_desktop.domain.enums import RiskLevel
    from caseconf_desktop.ui.models.records import display

    assert display(RiskLevel.VERY_HIGH) == "Very high"
    with i18n.language("es"):
        assert display(ActionStatus.OPEN) == "Abierto"

"""The window fits the laptops in the room: at most 1024 x 700 on every page and in the runner.

Long names in four scripts (a place, the subject, family members) must elide or wrap, never
widen the window.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from caseconf_desktop import i18n
from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import AgencyKind, AttendeeRole, Section
from caseconf_desktop.services import conferences, vaults
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui.conference.agenda import elided_rows
from caseconf_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed

LIMIT = (1024, 700)
LONG_PLACE = (
    "Justizvollzugsanstalt Nord-Westfalen, Besprechungsraum 2 (Gebäude C, drittes Obergeschoss)"
)


LONG_AGENCY = "Municipality of Westmark – Safety, Social Affairs and Community Development"


def prepare(seed: Seed) -> str:
    vault = vaults.unlock(seed.path, PASSPHRASE, record=False)
    try:
        conf = conferences.prepare(
            vault, seed.case.id, datetime.now(UTC) + timedelta(hours=1), place=LONG_PLACE,
            chair_id=seed.chair.id, facilitator_id=seed.facilitator.id,
            minute_taker_id=seed.minute_taker.id,
            invitees=[
                conferences.Invitee(
                    name="Αλέξανδρος Παπαδόπουλος-Κωνσταντινίδης", role=AttendeeRole.SUBJECT
                ),
                conferences.Invitee(name="عبد الله الحداد بن محمد", role=AttendeeRole.FAMILY),
                conferences.Invitee(
                    name="Владимир Александрович Константинов", role=AttendeeRole.FAMILY
                ),
            ],
        )  # fmt: skip
        # An overdue action of an agency with a long name, for the dashboard's list.
        agency = m.AGENCIES.upsert(vault, model.Agency(LONG_AGENCY, AgencyKind.MUNICIPALITY))
        m.ACTIONS.upsert(
            vault,
            model.Action(
                seed.case.id,
                "Arrange a painting and decorating course place with the municipality's "
                "vocational training centre before the release date",
                owner_person_id=seed.chair.id,
                owner_agency_id=agency.id,
                due=date.today() - timedelta(days=10),
            ),
        )
        return conf.id
    finally:
        vault.close()


def cut_cells(view: QTableView) -> list[str]:
    """Cells whose text does not show whole: a word wider than the cell, or lines missing."""
    fm = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    model = view.model()
    cut = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = str(model.index(row, column).data() or "")
            room = view.columnWidth(column) - 2 * margin
            lines = fm.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
            if lines.height() > view.rowHeight(row) or any(
                fm.horizontalAdvance(w) > room for w in text.split()
            ):
                cut.append(text)
    return cut


def fits(window: MainWindow) -> tuple[int, int]:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    return hint.width(), hint.height()


def test_every_page_and_the_runner_fit_1024_by_700(qtbot: Any, seeded: Seed) -> None:
    check_every_page_and_the_runner(qtbot, seeded)


def test_every_page_and_the_runner_fit_1024_by_700_in_spanish(qtbot: Any, seeded: Seed) -> None:
    """Spanish words are longer: the dashboard's tiles and the runner must still fit."""
    app = QApplication.instance()
    assert app is not None
    spanish = i18n.translator("es")
    app.installTranslator(spanish)
    try:
        check_every_page_and_the_runner(qtbot, seeded)
    finally:
        app.removeTranslator(spanish)


def check_every_page_and_the_runner(qtbot: Any, seeded: Seed) -> None:
    conf_id = prepare(seeded)
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    qtbot.waitUntil(lambda: window.dashboard_page.board is not None)
    for i, name in enumerate(window.NAV):
        window.show_page(i)
        qtbot.wait(50)
        width, height = fits(window)
        assert width <= LIMIT[0] and height <= LIMIT[1], (name, width, height)
    window.run_conference(conf_id)
    runner = window.runner
    qtbot.waitUntil(lambda: runner is not None and runner.state is not None)
    qtbot.wait(100)
    assert LONG_PLACE in runner.heading.toolTip()  # elided on screen, whole in the tooltip
    width, height = fits(window)
    assert width <= LIMIT[0] and height <= LIMIT[1], ("runner", width, height)
    window.resize(*LIMIT)
    qtbot.wait(50)
    assert window.width() <= LIMIT[0] and window.height() <= LIMIT[1]
    # Whole section titles in the agenda (wrapped, never "Review o…"), and the attendance
    # list, long names in four scripts included, without scrolling sideways.
    assert elided_rows(runner.agenda) == []
    window.resize(1280, 720)  # a title that just fits on one line there must not end in "…"
    qtbot.wait(50)
    assert elided_rows(runner.agenda) == []
    window.resize(*LIMIT)
    qtbot.wait(50)
    attendance = runner.attendance.table
    assert attendance.horizontalHeader().length() <= attendance.viewport().width()
    assert attendance.horizontalScrollBar().maximum() == 0
    # The risk section's editor scrolls down, not sideways (its two halves stack).
    runner.goto(Section.RISK)
    qtbot.waitUntil(lambda: runner.editors.currentWidget() is runner.risk)
    qtbot.wait(50)
    assert runner.editor_area.horizontalScrollBar().maximum() == 0
    qtbot.waitUntil(lambda: runner.pending_saves() == 0)
    # A conference left open behind the dashboard does not keep the window wide.
    window.show_page(window.NAV.index("dashboard"))
    qtbot.wait(50)
    width, height = fits(window)
    assert width <= LIMIT[0] and height <= LIMIT[1], ("dashboard after runner", width, height)
    # Its list wraps long descriptions and agency names instead of cutting them.
    table = window.dashboard_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    qtbot.wait(50)
    assert table.horizontalScrollBar().maximum() == 0
    assert cut_cells(table) == []
    # The case file's tabs all show, without scroll arrows, Spanish included.
    window.open_case(seeded.case.id)
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.file is not None)
    qtbot.wait(50)
    tabs = window.case_view.tabs
    assert tabs.tabBar().sizeHint().width() <= tabs.width(), (
        tabs.tabBar().sizeHint().width(),
        tabs.width(),
    )
    window.close()


def test_the_window_opens_within_the_screen_and_reopens_as_it_was_closed(
    qtbot: Any, seeded: Seed
) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    screen = window.screen()
    assert screen is not None
    space = screen.availableGeometry()  # 800x800 offscreen: smaller than the 1360x860 default
    assert window.width() <= space.width() and window.height() <= space.height()
    window.resize(700, 640)
    window.move(40, 30)
    window.close()

    again = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 640)

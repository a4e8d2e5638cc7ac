"""Save screenshots of the main screens, offscreen, on a fresh demo vault.

Usage: python tools/screenshots.py OUTDIR [--scale 2]

The dashboard, the case overview and the runner are also taken at 1280x720 and 1024x700 (the
laptops in the room), and in the dark colour scheme ("16-dark-…"); ``--scale 2`` runs the
whole walk at 200 % scaling and adds "-200pc" to every name.

Everything shown is synthetic demo data. Used to keep docs/screenshots current, and to
look at the screens the way a facilitator would.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# An English locale, as on a facilitator's laptop: "1 case due", not "1 case(s) due".
os.environ["LANG"] = os.environ["LC_ALL"] = "en_GB.UTF-8"

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

PASSPHRASE = "screenshots are synthetic only"  # noqa: S105 (a throwaway demo vault)
SIZE = (1400, 880)


def main(argv: list[str]) -> int:
    scaled = argv[1:] == ["--scale", "2"]
    if len(argv) != 1 and not scaled:
        print("usage: python tools/screenshots.py OUTDIR [--scale 2]", file=sys.stderr)
        return 2
    if scaled:
        os.environ["QT_SCALE_FACTOR"] = "2"
    suffix = "-200pc" if scaled else ""
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="caseconf-shots-"))
    for var, sub in (
        ("CASECONF_DATA_DIR", "data"),
        ("CASECONF_CONFIG_DIR", "config"),
        ("CASECONF_CACHE_DIR", "cache"),
    ):
        os.environ[var] = str(work / sub)

    from caseconf_desktop import demo
    from caseconf_desktop.app import make_app
    from caseconf_desktop.domain.enums import (
        AgencyKind,
        AttendanceStatus,
        AttendeeRole,
        Role,
        Section,
    )
    from caseconf_desktop.services import conferences, vaults
    from caseconf_desktop.storage import mapping as m
    from caseconf_desktop.ui import style
    from caseconf_desktop.ui.main_window import MainWindow

    vault_path = work / "data" / "demo.vault"
    vault = vaults.init_vault(
        vault_path, PASSPHRASE, "Mira Jansen", "Westmark Exit Programme", Role.FACILITATOR
    )
    demo.generate(vault, 40, seed=7)
    case = sorted(m.CASES.where(vault), key=lambda c: c.reference)[3]
    people = m.PEOPLE.where(vault, order="name")
    family = m.FAMILY.where(vault, "case_id = ?", (case.id,))
    conf = conferences.prepare(
        vault,
        case.id,
        datetime.now().astimezone().replace(second=0, microsecond=0) + timedelta(hours=1),
        place="HMP Westmark, meeting room 2",
        chair_id=people[0].id,
        facilitator_id=people[1].id,
        minute_taker_id=people[2].id,
        invitees=[conferences.Invitee(person_id=p.id) for p in people[3:6]]
        + [conferences.Invitee(name="The subject", role=AttendeeRole.SUBJECT)]
        + [conferences.Invitee(name=f.name, role=AttendeeRole.FAMILY) for f in family[:1]],
    )
    vault.close()

    app = make_app()
    shots: list[str] = []

    def settle(cond: Callable[[], bool] = lambda: True, timeout: float = 15.0) -> None:
        end = time.monotonic() + timeout
        while True:
            for _ in range(5):
                app.processEvents()
                time.sleep(0.02)
            if cond():
                return
            if time.monotonic() > end:
                raise SystemExit("screenshots: the app did not reach the expected state")

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        shots.append(path.name)

    window = MainWindow(vault_path=vault_path)
    window.resize(*SIZE)
    window.show()
    settle()
    shoot(window, "01-unlock")
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    settle(lambda: window.dashboard_page.board is not None)
    shoot(window, "02-dashboard")
    for w, h in ((1280, 720), (1024, 700)):
        window.resize(w, h)
        shoot(window, f"13-dashboard-{w}x{h}")
    window.resize(*SIZE)
    window.show_page(window.NAV.index("cases"))
    settle(lambda: window.cases_page.model.rowCount() > 0)
    shoot(window, "02-case-list")

    window.open_case(case.id)
    view = window.case_view
    assert view is not None
    settle(lambda: view.file is not None)
    shoot(window, "03-case-file-overview")
    for w, h in ((1280, 720), (1024, 700)):
        window.resize(w, h)
        shoot(window, f"15-case-file-overview-{w}x{h}")
    window.resize(*SIZE)
    # The dark scheme, as when the system asks for it (style follows colorSchemeChanged).
    style.apply_scheme(dark=True)
    shoot(window, "16-dark-case-file-overview")
    window.show_page(window.NAV.index("dashboard"))
    settle(lambda: window.dashboard_page.board is not None)
    shoot(window, "16-dark-dashboard")
    style.apply_scheme(dark=False)
    window.open_case(case.id)
    view = window.case_view
    assert view is not None
    settle(lambda: view.file is not None)
    view.tabs.setCurrentIndex(5)  # risk history
    shoot(window, "04-case-file-risk-history")
    view.tabs.setCurrentIndex(8)  # actions
    shoot(window, "05-case-file-actions")

    window.prepare_conference(case.id)
    dialog = window.prepare_dialog
    settle(lambda: dialog.chair.count() > 1)
    dialog.place.setText("HMP Westmark, meeting room 2")
    for box, i in ((dialog.chair, 1), (dialog.facilitator, 2), (dialog.minute_taker, 3)):
        box.setCurrentIndex(i)
    dialog.invite_subject.setChecked(True)
    shoot(dialog, "06-prepare-conference")
    dialog.reject()

    window.run_conference(conf.id)
    runner = window.runner
    assert runner is not None
    settle(lambda: runner.state is not None and runner.section is not None)

    def agency_of(kind: AgencyKind) -> str | None:
        assert runner is not None and runner.state is not None
        found = [a for a in runner.state.directory.agencies.values() if a.kind is kind]
        return found[0].id if found else None

    for section, text, source in (
        (
            Section.RISK,
            "Prison reports two visits from a former associate; no concerns about conduct.",
            AgencyKind.PRISON,
        ),
        (
            Section.NEEDS,
            "Housing officer confirms a place in supported housing from the release date.",
            AgencyKind.MUNICIPALITY,
        ),
        (
            Section.FAMILY,
            "Mother is willing to attend the next family session.",
            AgencyKind.SOCIAL_SERVICES,
        ),
        (
            Section.INTERVENTIONS,
            "Mentor meets him weekly; engagement remains good.",
            AgencyKind.CSO,
        ),
        (
            Section.ACTIONS,
            "Agreed: referral to the vocational course before the next conference.",
            AgencyKind.PROBATION,
        ),
    ):
        runner.goto(section)
        settle(lambda section=section: runner.section is section and runner.state is not None)
        runner.composer.text.setPlainText(text)
        # Every remark says which agency it came from (entries start unattributed).
        runner.composer.agency.setCurrentIndex(runner.composer.agency.findData(agency_of(source)))
        runner.complete_entry()
        settle(lambda text=text: any(e.text == text for e in runner.state.entries))
        if section is Section.ACTIONS:
            runner.quick_action.description.setText("Book the vocational course assessment")
            runner.quick_action.owner.setCurrentIndex(2)
            runner.quick_action.submit()
            settle(lambda: len(runner.state.new_actions) == 1)
            runner.composer.kind.setCurrentIndex(runner.composer.kind.findData("decision"))
            runner.composer.text.setPlainText("Continue weekly mentoring until release.")
            runner.composer.rationale.setText("Engagement has been good for three months.")
            runner.complete_entry()
            settle(lambda: any(e.kind.value == "decision" for e in runner.state.entries))
            runner.quick_action.description.setText("Ask the prison for the release plan")
        shoot(window, f"07-runner-{section.value}")
        if section is Section.RISK:
            for w, h in ((1280, 720), (1024, 700)):
                window.resize(w, h)
                shoot(window, f"14-runner-risk-{w}x{h}")
            style.apply_scheme(dark=True)
            shoot(window, "16-dark-runner-risk-1024x700")
            style.apply_scheme(dark=False)
            window.resize(*SIZE)

    # Attendance is recorded, not assumed: one professional sent apologies.
    for i, att in enumerate(runner.state.attendance):
        if att.role is not AttendeeRole.SUBJECT:
            status = AttendanceStatus.APOLOGIES if i == 4 else AttendanceStatus.PRESENT
            runner._set_status(att.id, status)
    settle(lambda: all(a.status.is_recorded or a.role is AttendeeRole.SUBJECT
                       for a in runner.state.attendance))  # fmt: skip

    subject = next(a for a in runner.state.attendance if a.role is AttendeeRole.SUBJECT)
    runner.goto(Section.FAMILY)
    settle(lambda: runner.section is Section.FAMILY)
    # The facilitator is writing a police remark when the subject comes in: it leaves
    # the screen (kept as a draft) and the composer starts shareable and GREEN.
    runner.composer.text.setPlainText("Police: the brother was seen with the former network.")
    runner.composer.tlp.setCurrentIndex(runner.composer.tlp.findData("AMBER"))
    runner.flush()
    runner._set_room(subject.id, True)
    settle(lambda: runner.state.lay_in_room)
    shoot(window, "08-runner-subject-in-the-room")
    runner.toggle_projector()  # F5: the room's screen shows only what the subject may see
    assert runner.projector is not None
    runner.projector.resize(1280, 720)
    shoot(runner.projector, "12-room-screen-subject-in-the-room")
    runner.toggle_projector()
    runner._set_room(subject.id, False)
    settle(lambda: not runner.state.lay_in_room)
    settle(lambda: runner.composer.text.toPlainText().startswith("Police"))
    runner.composer.text.clear()
    runner.flush()

    runner.goto(Section.CLOSING)
    settle(lambda: runner.section is Section.CLOSING)
    runner.closing.summary.setPlainText(
        "Mentoring continues; housing confirmed; vocational course next."
    )
    runner.show_summary()
    settle(lambda: runner.pages.currentWidget() is runner.summary)
    shoot(window, "09-close-summary")
    for box in runner.summary.gap_checks.values():
        box.setChecked(True)  # the chair confirms each gap of the completeness check
    runner.close_conference()
    settle(lambda: runner._closed)
    shoot(window, "10-closed")

    window.export_minutes(conf.id)
    export = window.minutes_dialog
    settle(lambda: export.recipients.rowCount() > 0)
    export.extra.setText("Housing Officer")
    export.extra_agency.setText("Westmark Housing")
    export._add_extra()
    settle(lambda: export.extra.text() == "")
    shoot(export, "11-export-minutes")
    export.reject()

    window.close()
    QCoreApplication.processEvents()
    print("\n".join(shots))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

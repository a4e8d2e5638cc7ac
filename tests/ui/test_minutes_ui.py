"""Minutes from the GUI: export signed PDFs per recipient, then verify one."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdf

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import TLP, AttendanceStatus, EntryKind, Section
from caseconf_desktop.services import casefile, conferences, vaults
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui.dialogs.minutes import ExportMinutesDialog, VerifyMinutesDialog, file_name
from caseconf_desktop.ui.tasks import VaultExecutor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed


def closed_conference(seed: Seed) -> str:
    vault = vaults.unlock(seed.path, PASSPHRASE, record=False)
    try:
        conf = conferences.prepare(
            vault, seed.case.id, seed.previous.scheduled_for + timedelta(days=90),
            place="Room 4", chair_id=seed.chair.id, facilitator_id=seed.facilitator.id,
            minute_taker_id=seed.minute_taker.id,
            invitees=[conferences.Invitee(person_id=seed.mentor.id)],
        )  # fmt: skip
        conferences.start(vault, conf.id)
        with vault.transaction():
            m.ENTRIES.upsert(
                vault,
                model.Entry(
                    conf.id,
                    Section.RISK,
                    "RED-CANARY police source",
                    EntryKind.INFORMATION,
                    TLP.RED,
                ),
            )
            m.ENTRIES.upsert(
                vault,
                model.Entry(
                    conf.id,
                    Section.NEEDS,
                    "GREEN-CANARY housing agreed",
                    EntryKind.DECISION,
                    TLP.GREEN,
                    rationale="Stable base",
                ),
            )
        with vault.transaction():  # everyone invited came
            m.ATTENDANCE.upsert_many(
                vault,
                [
                    dataclasses.replace(a, status=AttendanceStatus.PRESENT)
                    for a in m.ATTENDANCE.where(vault, "conference_id = ?", (conf.id,))
                ],
            )
        conferences.close(vault, conf.id, next_conference_date=date.today() + timedelta(days=90))
        return conf.id
    finally:
        vault.close()


def test_export_dialog_writes_one_signed_pdf_per_recipient_with_its_version(
    qtbot: Any, seeded: Seed, tmp_path: Path
) -> None:
    conf_id = closed_conference(seeded)
    ex = VaultExecutor()
    ex._pool.submit(lambda: ex.attach(vaults.unlock(seeded.path, PASSPHRASE))).result()
    try:
        dialog = ExportMinutesDialog(ex, conf_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.recipients.rowCount() >= 4)
        # The mentor was present; give them the summary version instead of the full one.
        for row in range(dialog.recipients.rowCount()):
            item = dialog.recipients.item(row)
            if seeded.mentor.name in item.text():
                dialog.list.setCurrentIndex(item.index())
                dialog.audience.setCurrentIndex(dialog.audience.findData("summary"))
        # Someone not on the list gets the summary; given an agency, partners is offered.
        rows = dialog.recipients.rowCount()
        dialog.extra.setText("Outside Reader")
        dialog._add_extra()
        qtbot.waitUntil(lambda: dialog.recipients.rowCount() == rows + 1)
        assert dialog.audience.currentData() == "summary"
        assert [dialog.audience.itemData(i) for i in range(dialog.audience.count())] == ["summary"]
        dialog.extra.setText("Housing Officer")
        dialog.extra_agency.setText("Westhaven Housing")
        dialog._add_extra()
        qtbot.waitUntil(lambda: dialog.recipients.rowCount() == rows + 2)
        offered = {dialog.audience.itemData(i) for i in range(dialog.audience.count())}
        assert offered == {"summary", "partners"}
        dialog.audience.setCurrentIndex(dialog.audience.findData("partners"))
        dialog.folder.setText(str(tmp_path))
        with qtbot.waitSignal(dialog.exported, timeout=60000):
            dialog.export()
        pdfs = sorted(tmp_path.glob("*.pdf"))
        assert len(pdfs) == dialog.recipients.rowCount()
        by_name = {p.name: p for p in pdfs}
        chair_pdf = next(p for n, p in by_name.items() if "-full-" in n and "jonas" in n)
        outside = next(p for n, p in by_name.items() if "outside-reader" in n)
        housing = next(p for n, p in by_name.items() if "housing-officer" in n)
        mentor_slug = seeded.mentor.name.split()[0].lower()
        mentor_pdf = next(p for n, p in by_name.items() if "-summary-" in n and mentor_slug in n)
        text = lambda p: "".join(page.extract_text() for page in pypdf.PdfReader(p).pages)  # noqa: E731
        assert "RED-CANARY" in text(chair_pdf)
        assert "RED-CANARY" not in text(outside) and "-summary-" in outside.name
        assert "RED-CANARY" not in text(housing) and "-partners-" in housing.name
        assert "GREEN-CANARY" in text(mentor_pdf)

        verify = VerifyMinutesDialog(ex)
        qtbot.addWidget(verify)
        verify.show()
        verify.verify(chair_pdf)
        qtbot.waitUntil(lambda: verify.report is not None, timeout=30000)
        assert verify.report.exit_code == 0
        assert "intact" in verify.verdict.text()

        issued = ex.submit(lambda v: casefile.issued_minutes(v, seeded.case.id)).result()
        assert {i.recipient for i in issued} >= {"Outside Reader", seeded.chair.name}
    finally:
        ex.shutdown()


def test_file_names_are_safe_and_readable() -> None:
    assert file_name("2026-11-26", "CC-1", "partners", "Dr. Ana / Probation") == (
        "2026-11-26-CC-1-minutes-partners-dr-ana-probation.pdf"
    )

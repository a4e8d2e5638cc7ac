"""The export dialog issues each recipient's minutes in the language chosen for them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf

from caseconf_desktop.services import vaults
from caseconf_desktop.ui.dialogs.minutes import ExportMinutesDialog
from caseconf_desktop.ui.tasks import VaultExecutor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed
from tests.ui.test_minutes_ui import closed_conference


def text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_a_recipient_given_spanish_receives_spanish_minutes_and_the_others_english(
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
        mentor = next(
            dialog.recipients.item(row)
            for row in range(dialog.recipients.rowCount())
            if seeded.mentor.name in dialog.recipients.item(row).text()
        )
        assert dialog.language.currentData() == "en"  # the interface's language by default
        dialog.list.setCurrentIndex(mentor.index())
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        assert "Español" in mentor.text()  # the list shows every recipient's language
        dialog.list.setCurrentIndex(dialog.recipients.index(0, 0))
        assert dialog.language.currentData() == "en"
        dialog.folder.setText(str(tmp_path))
        with qtbot.waitSignal(dialog.exported, timeout=60000):
            dialog.export()
        mentor_slug = seeded.mentor.name.split()[0].lower()
        pdfs = sorted(tmp_path.glob("*.pdf"))
        spanish = [p for p in pdfs if mentor_slug in p.name]
        english = [p for p in pdfs if mentor_slug not in p.name]
        assert len(spanish) == 1 and english
        assert "Asistencia" in text(spanish[0]) and "Attendance" not in text(spanish[0])
        for p in english:
            assert "Attendance" in text(p) and "Asistencia" not in text(p)
    finally:
        ex.shutdown()

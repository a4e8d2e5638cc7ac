"""Erasure in the GUI: the erase dialog names the backups that still hold the case, and a
bundle whose sender erased a case is imported only once the coordinator confirms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from caseconf_desktop.domain import model
from caseconf_desktop.services import backup, bundles, retention
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui import messages
from caseconf_desktop.ui.dialogs.bundles import ImportBundleDialog
from caseconf_desktop.ui.dialogs.erase import EraseCaseDialog
from tests.conftest import PASSPHRASE
from tests.ui.test_sync_ui import Pair, on_vault, pair  # noqa: F401 - the fixture


def test_the_erase_dialog_lists_the_backups_that_still_hold_the_case(
    qtbot: Any,
    pair: Pair,  # noqa: F811
    tmp_path: Path,
) -> None:
    made = on_vault(
        pair.ws, lambda v: backup.backup(v, tmp_path / "one.ccbackup", passphrase=PASSPHRASE)
    )
    case = pair.seed.case
    dialog = EraseCaseDialog(pair.ws, case.id, case.reference)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: made.sha256[:16] in dialog.backups.text(), timeout=20000)
    assert "still hold the case" in dialog.backups.text()


def test_a_bundle_with_an_erasure_is_imported_only_after_the_coordinator_confirms(
    qtbot: Any,
    pair: Pair,  # noqa: F811
    tmp_path: Path,
) -> None:
    case = pair.seed.case
    first, second = tmp_path / "first.ccbundle", tmp_path / "second.ccbundle"
    on_vault(pair.ws, lambda v: bundles.export_bundle(v, [case.reference], first, to="laptop"))
    on_vault(pair.lap, lambda v: bundles.import_bundle(v, first))
    other = model.Case(
        reference="OTHER-1", subject_name="Other Person", lead_agency_id=case.lead_agency_id
    )
    on_vault(pair.ws, lambda v: m.CASES.upsert(v, other))
    on_vault(pair.ws, lambda v: retention.erase_case(v, case.id, "erasure request"))
    on_vault(pair.ws, lambda v: bundles.export_bundle(v, ["OTHER-1"], second, to="laptop"))
    dialog = ImportBundleDialog(pair.lap)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(second))
    messages.set_next_answers(False)  # "erase them here too?" - no
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "--apply-erasures" in dialog.status.text(), timeout=20000)
    assert case.reference in messages.asked[-1]
    assert on_vault(pair.lap, lambda v: m.CASES.get(v, case.id)) is not None
    messages.set_next_answers(True)
    with qtbot.waitSignal(dialog.imported, timeout=20000) as imported:
        dialog.import_button.click()
    assert imported.args[0].erased == (case.reference,)
    assert case.reference in dialog.status.text()
    assert on_vault(pair.lap, lambda v: m.CASES.get(v, case.id)) is None

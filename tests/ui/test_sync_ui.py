"""Devices, the bundle export wizard, bundle import and the conflicts view, in the GUI."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from caseconf_desktop.domain.enums import Role
from caseconf_desktop.services import bundles, casefile, devices, vaults
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.ui import messages
from caseconf_desktop.ui.dialogs.bundles import ExportBundleWizard, ImportBundleDialog
from caseconf_desktop.ui.dialogs.conflicts import ConflictsDialog
from caseconf_desktop.ui.dialogs.devices import DevicesDialog
from caseconf_desktop.ui.main_window import MainWindow
from caseconf_desktop.ui.tasks import VaultExecutor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Seed


def executor_for(path: Path) -> VaultExecutor:
    ex = VaultExecutor()
    ex._pool.submit(lambda: ex.attach(vaults.unlock(path, PASSPHRASE))).result()
    return ex


@dataclasses.dataclass
class Pair:
    seed: Seed
    ws: VaultExecutor  # the seeded vault: a coordinator's workstation
    lap_path: Path
    lap: VaultExecutor


@pytest.fixture
def pair(qtbot: Any, seeded: Seed, tmp_path: Path) -> Iterator[Pair]:
    lap_path = tmp_path / "laptop.vault"
    lap = vaults.init_vault(
        lap_path, PASSPHRASE, "Joost de Wit", "Exit Mentors Noord", Role.FACILITATOR
    )
    with vaults.unlock(seeded.path, PASSPHRASE, record=False) as ws:
        devices.trust(ws, devices.own_identity(lap).line, "laptop")
        devices.trust(lap, devices.own_identity(ws).line, "workstation")
    lap.close()
    p = Pair(seeded, executor_for(seeded.path), lap_path, executor_for(lap_path))
    yield p
    p.ws.shutdown()
    p.lap.shutdown()


def on_vault(ex: VaultExecutor, fn: Any) -> Any:
    return ex.submit(fn).result(timeout=30)


def no_case_data_in_titles(seed: Seed) -> None:
    for widget in QApplication.topLevelWidgets():
        assert seed.case.subject_name not in widget.windowTitle()
        assert seed.case.reference not in widget.windowTitle()


def test_devices_dialog_shows_the_fingerprint_large_and_trusts_a_pasted_line(
    qtbot: Any, seeded: Seed, tmp_path: Path
) -> None:
    other = vaults.init_vault(tmp_path / "other.vault", PASSPHRASE, "Mila Horvat", "Police Noord")
    other_line = devices.own_identity(other).line
    other_fp = devices.own_identity(other).fingerprint
    other.close()
    ex = executor_for(seeded.path)
    try:
        own = on_vault(ex, devices.own_identity)
        dialog = DevicesDialog(ex)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.own_fingerprint.text() == own.fingerprint, timeout=10000)
        assert dialog.own_line.text() == own.line
        assert dialog.own_fingerprint.font().pointSize() >= 16
        assert dialog.model.rowCount() == 0
        dialog.line.setText("caseconf-device:1:broken")
        assert not dialog.trust_button.isEnabled()
        assert "incomplete" in dialog.status.text()
        dialog.line.setText(other_line)
        assert dialog.their_fingerprint.text() == other_fp
        assert dialog.name.text() == "Mila Horvat (Police Noord)"  # suggested by the line
        dialog.name.setText("Police laptop")
        dialog.trust_button.click()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
        assert dialog.model.record(0).name == "Police laptop"
        assert [d.name for d in on_vault(ex, devices.trusted)] == ["Police laptop"]
        no_case_data_in_titles(seeded)
    finally:
        ex.shutdown()


def test_the_export_wizard_writes_a_bundle_the_laptop_imports(
    qtbot: Any, pair: Pair, tmp_path: Path
) -> None:
    out = tmp_path / "usb" / "case.ccbundle"
    out.parent.mkdir()
    wizard = ExportBundleWizard(pair.ws, case_ids=[pair.seed.case.id])
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.cases_page
    qtbot.waitUntil(lambda: page.references() == [pair.seed.case.reference], timeout=10000)
    assert page.isComplete()
    wizard.next()
    dest = wizard.destination_page
    qtbot.waitUntil(lambda: dest.device.count() == 1, timeout=10000)
    assert dest.recipient() == ("laptop", None, False)
    dest.to_passphrase.setChecked(True)
    dest.passphrase.setText("short")
    assert not dest.isComplete()
    dest.to_device.setChecked(True)
    assert dest.isComplete()
    wizard.next()
    files = wizard.file_page
    assert not files.isComplete()  # Finish only after the bundle is written
    messages.set_next_answers(str(out))
    files.choose_button.click()
    assert files.path.text() == str(out)
    with qtbot.waitSignal(wizard.exported, timeout=20000) as signal:
        files.export_button.click()
    assert signal.args[0].cases == 1
    assert files.isComplete() and out.exists()
    assert "Wrote" in files.status.text()
    no_case_data_in_titles(pair.seed)

    dialog = ImportBundleDialog(pair.lap)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.imported, timeout=20000) as imported:
        dialog.import_button.click()
    assert imported.args[0].created > 0
    assert "Imported from workstation" in dialog.status.text()
    assert not dialog.conflicts_button.isVisible()
    got = on_vault(pair.lap, lambda v: m.CASES.get(v, pair.seed.case.id))
    assert got == pair.seed.case


def test_the_import_dialog_shows_why_a_bundle_is_refused(
    qtbot: Any, pair: Pair, tmp_path: Path
) -> None:
    out = tmp_path / "case.ccbundle"
    on_vault(
        pair.ws,
        lambda v: bundles.export_bundle(v, [pair.seed.case.reference], out, to="laptop"),
    )
    data = bytearray(out.read_bytes())
    data[-30] ^= 0x10
    out.write_bytes(bytes(data))
    dialog = ImportBundleDialog(pair.lap)
    qtbot.addWidget(dialog)
    dialog.show()
    messages.set_next_answers(str(out))
    dialog.choose_button.click()
    assert dialog.path.text() == str(out)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "altered or damaged" in dialog.status.text(), timeout=20000)
    assert dialog.import_button.isEnabled()
    assert on_vault(pair.lap, lambda v: m.CASES.get(v, pair.seed.case.id)) is None


def make_conflict(pair: Pair, tmp_path: Path) -> None:
    """Workstation and laptop both change the case's programme; the laptop's comes back."""
    ref = pair.seed.case.reference
    first, back = tmp_path / "first.ccbundle", tmp_path / "back.ccbundle"
    on_vault(pair.ws, lambda v: bundles.export_bundle(v, [ref], first, to="laptop"))
    on_vault(pair.lap, lambda v: bundles.import_bundle(v, first))

    def change(text: str) -> Any:
        def fn(v: Any) -> None:
            case = m.CASES.get(v, pair.seed.case.id)
            casefile.save_record(v, dataclasses.replace(case, programme=text))

        return fn

    on_vault(pair.ws, change("Workstation programme"))
    on_vault(pair.lap, change("Laptop programme"))
    on_vault(
        pair.lap,
        lambda v: bundles.export_bundle(v, [ref], back, to="workstation", since_last=True),
    )
    on_vault(pair.ws, lambda v: bundles.import_bundle(v, back))


def test_the_conflicts_view_shows_both_values_and_keeps_the_chosen_one(
    qtbot: Any, pair: Pair, tmp_path: Path
) -> None:
    make_conflict(pair, tmp_path)
    dialog = ConflictsDialog(pair.ws, case_id=pair.seed.case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert dialog.here_value.toPlainText() == "Workstation programme"
    assert dialog.there_value.toPlainText() == "Laptop programme"
    assert "laptop" in dialog.there_who.text() and "Joost de Wit" in dialog.there_who.text()
    assert dialog.keep_remote.isEnabled()
    with qtbot.waitSignal(dialog.resolved, timeout=10000):
        dialog.keep_remote.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    case = on_vault(pair.ws, lambda v: m.CASES.get(v, pair.seed.case.id))
    assert case.programme == "Laptop programme"
    no_case_data_in_titles(pair.seed)


def test_a_conflict_can_be_settled_with_an_edited_value(
    qtbot: Any, pair: Pair, tmp_path: Path
) -> None:
    make_conflict(pair, tmp_path)
    dialog = ConflictsDialog(pair.ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert dialog.edited.toPlainText() == "Workstation programme"
    dialog.edited.setPlainText("Agreed programme")
    with qtbot.waitSignal(dialog.resolved, timeout=10000):
        dialog.keep_edited.click()
    case = on_vault(pair.ws, lambda v: m.CASES.get(v, pair.seed.case.id))
    assert case.programme == "Agreed programme"


def test_the_hand_over_menu_needs_an_unlocked_vault(qtbot: Any, seeded: Seed) -> None:
    window = MainWindow(vault_path=seeded.path)
    qtbot.addWidget(window)
    window.show()
    items = {a.text().replace("&", ""): a for a in window.hand_over_menu.actions()}
    assert set(items) == {
        "Export cases to a bundle…",
        "Import a bundle…",
        "Conflicts…",
        "Devices…",
    }
    assert not any(a.isEnabled() for a in items.values())
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.root.currentIndex() == 1, timeout=10000)
    assert all(a.isEnabled() for a in items.values())
    items["Conflicts…"].trigger()
    qtbot.waitUntil(lambda: "No conflicts" in window.conflicts_dialog.status.text(), timeout=10000)
    window.conflicts_dialog.close()
    window.lock()
    assert not any(a.isEnabled() for a in items.values())
    window.close()


def test_the_case_file_counts_its_conflicts_and_opens_them(
    qtbot: Any, pair: Pair, tmp_path: Path
) -> None:
    from caseconf_desktop.ui.case_file import CaseFileView

    make_conflict(pair, tmp_path)
    view = CaseFileView(pair.ws, pair.seed.case.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None, timeout=10000)
    assert view.conflicts_button.isEnabled()
    assert "(1)" in view.conflicts_button.text()
    with qtbot.waitSignal(view.conflicts_requested) as signal:
        view.conflicts_button.click()
    assert signal.args == [pair.seed.case.id]

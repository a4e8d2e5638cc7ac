"""i18n.language(): one document's fixed text in its recipient's language, on one thread."""

from __future__ import annotations

import threading

from caseconf_desktop import i18n
from caseconf_desktop.domain.enums import TLP, ActionStatus, GoalStatus


def test_within_a_language_labels_and_fixed_text_are_in_it() -> None:
    with i18n.language("es"):
        assert i18n.label(GoalStatus.OPEN) == "Abierto"
        assert i18n.label(ActionStatus.CARRIED_FORWARD) == "Aplazado"
        assert i18n.translate("Minutes", "Confidentiality") == "Confidencialidad"
        assert i18n.label(TLP.AMBER) == "TLP:AMBER"  # TLP labels stay as TLP 2.0 writes them
        assert i18n.current_language() == "es"
    assert i18n.label(GoalStatus.OPEN) == "Open"


def test_plural_forms_follow_the_chosen_language() -> None:
    text = "%n case(s) due for review."
    with i18n.language("es"):
        assert i18n.translate("RetentionDialog", text, 1) == "1 caso pendiente de revisión."
        assert i18n.translate("RetentionDialog", text, 3) == "3 casos pendientes de revisión."
    with i18n.language("en"):
        assert i18n.translate("RetentionDialog", text, 1) == "1 case due for review."


def test_a_language_chosen_on_one_thread_leaves_other_threads_alone() -> None:
    inside = threading.Event()
    release = threading.Event()
    seen: list[str] = []

    def export_in_spanish() -> None:
        with i18n.language("es"):
            inside.set()
            release.wait(10)
            seen.append(i18n.label(GoalStatus.OPEN))

    worker = threading.Thread(target=export_in_spanish)
    worker.start()
    assert inside.wait(10)
    assert i18n.label(GoalStatus.OPEN) == "Open"  # the interface keeps its language
    assert i18n.translate("Minutes", "Confidentiality") == "Confidentiality"
    release.set()
    worker.join(10)
    assert seen == ["Abierto"]

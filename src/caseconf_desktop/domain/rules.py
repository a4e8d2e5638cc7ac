"""Practice rules that make a record complete, as field -> problem messages.

The GUI shows each message next to its field; services refuse to save a record that
breaks a rule. Messages are translated by the caller's context ("Rules").
"""

from __future__ import annotations

from caseconf_desktop import i18n
from caseconf_desktop.domain.enums import EntryKind
from caseconf_desktop.domain.model import Action, Case, Conference, Entry

Problems = dict[str, str]

# How often a case may be reviewed: from weekly to every two years (the case editor's range).
REVIEW_FREQUENCY_DAYS = (7, 730)


_t = i18n.tr_in("Rules")


def check_case(case: Case) -> Problems:
    out: Problems = {}
    if not case.reference.strip():
        out["reference"] = _t("A case needs a reference.")
    if not case.subject_name.strip():
        out["subject_name"] = _t("Give the subject's name as they write it.")
    low, high = REVIEW_FREQUENCY_DAYS
    if not low <= case.review_frequency_days <= high:
        out["review_frequency_days"] = _t("Review frequency must be between 7 and 730 days.")
    if case.sentence_start and case.release_date and case.release_date < case.sentence_start:
        out["release_date"] = _t("The release date is before the sentence start.")
    return out


def check_conference(conf: Conference) -> Problems:
    """Clear leadership: a chair, a facilitator and a minute-taker who is not the chair."""
    out: Problems = {}
    if not conf.chair_id:
        out["chair_id"] = _t("Every conference needs a chair.")
    if not conf.facilitator_id:
        out["facilitator_id"] = _t("Every conference needs a facilitator.")
    if not conf.minute_taker_id:
        out["minute_taker_id"] = _t("Every conference needs a minute-taker.")
    elif conf.minute_taker_id == conf.chair_id:
        out["minute_taker_id"] = _t("The chair and the minute-taker should be different people.")
    return out


def check_action(action: Action) -> Problems:
    """Every action has one owner and a due date."""
    out: Problems = {}
    if not action.description.strip():
        out["description"] = _t("Say what is to be done.")
    if not action.owner_person_id and not action.owner_agency_id:
        out["owner"] = _t("Every action needs an owner (a person and their agency).")
    if action.due is None:
        out["due"] = _t("Every action needs a due date.")
    return out


def check_entry(entry: Entry) -> Problems:
    """Defensible decisions carry a rationale; information and dissent say whose they are."""
    out: Problems = {}
    if entry.kind is EntryKind.DECISION and not entry.rationale.strip():
        out["rationale"] = _t("Record the rationale for this decision.")
    if entry.kind is EntryKind.INFORMATION and not entry.source_agency_id:
        out["source_agency_id"] = _t("Say which agency gave this information.")
    if entry.kind is EntryKind.DISSENT and not entry.dissenting_agency_id:
        out["dissenting_agency_id"] = _t("Name the agency that disagrees.")
    return out

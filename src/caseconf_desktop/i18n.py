"""The one table of user-visible labels for enumerated values, and the risk vocabulary.

Tables, forms and PDFs all ask :func:`label`, so nothing prints a raw key
("protective_factors", "minute_taker") and translators see every label once (each is a
literal ``QCoreApplication.translate`` call, context "Labels"). Qt-core only: the domain,
export and services layers may use it.

It also holds the languages CaseConf speaks and :func:`language`, which makes the fixed text
of one document (a recipient's minutes) come out in that recipient's language whatever the
interface language is.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from caseconf_desktop.domain import enums

#: The languages of the interface and of the minutes, by BCP 47 tag, each named in itself
#: (a language list is read by someone looking for their own language).
LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"


def app_language() -> str:
    """The interface language: the default QLocale's (app.py sets it) if CaseConf speaks it."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


# -- a language for one document ------------------------------------------------------------
#
# Why not install a QTranslator on the application around an export: installing is global
# (every thread, every widget would switch language and get a LanguageChange event) and is
# not thread-safe, while minutes are composed and rendered on the vault worker thread with
# the GUI running. Instead each module's translate helper calls :func:`translate`, which
# asks the translator chosen for the current thread (a ContextVar, so one thread's export
# never changes another's text) and falls back to the application's translators when none
# is chosen. Loaded translators are only read afterwards, which QTranslator allows from any
# thread; the lock guards loading them once.

_chosen: ContextVar[tuple[str, QTranslator] | None] = ContextVar("caseconf_language", default=None)
_loaded: dict[str, QTranslator] = {}
_loading = threading.Lock()


def translator(code: str) -> QTranslator:
    """CaseConf's catalogue for ``code`` (English: its plural forms), loaded once."""
    if code not in LANGUAGES:
        raise ValueError(f"CaseConf does not speak {code!r}")
    with _loading:
        found = _loaded.get(code)
        if found is None:
            found = QTranslator()
            folder = resources.files("caseconf_desktop.resources") / "translations"
            with resources.as_file(folder / f"caseconf_{code}.qm") as path:
                if not found.load(str(path)):
                    raise FileNotFoundError(path)
            _loaded[code] = found
        return found


@contextmanager
def language(code: str) -> Iterator[None]:
    """Within the block, on this thread, CaseConf's text is in ``code`` (e.g. "es")."""
    token = _chosen.set((code, translator(code)))
    try:
        yield
    finally:
        _chosen.reset(token)


def current_language() -> str:
    """The language chosen with :func:`language` on this thread, else the interface's."""
    chosen = _chosen.get()
    return chosen[0] if chosen else app_language()


def translate(context: str, text: str, n: int = -1) -> str:
    """``QCoreApplication.translate``, but in the language chosen for this thread, if any."""
    chosen = _chosen.get()
    if chosen is None:
        return QCoreApplication.translate(context, text, None, n)
    found = chosen[1].translate(context, text, None, n) or text
    return found.replace("%n", str(n)) if n >= 0 else found


#: The risk domains a conference rates, and the ratings, in the order forms show them.
RISK_DOMAINS = ("engagement", "intent", "capability", "protective_factors")
RATINGS = ("", "low", "moderate", "high")


def t(text: str) -> str:
    return translate("Labels", text)


def _table() -> dict[tuple[type, str], str]:
    chosen = _chosen.get()
    return _table_in(chosen[0] if chosen else None)


@functools.cache
def _table_in(code: str | None) -> dict[tuple[type, str], str]:
    """The labels in the language ``code`` (None: the interface's), built once per language."""
    # Keyed by (enum, value): StrEnum members of different enums with the same value
    # ("low" risk, "low" need) compare equal, so the member alone cannot be the key.
    return {
        # ActionStatus
        (enums.ActionStatus, enums.ActionStatus.OPEN.value): t("Open"),
        (enums.ActionStatus, enums.ActionStatus.DONE.value): t("Done"),
        (enums.ActionStatus, enums.ActionStatus.NOT_DONE.value): t("Not done"),
        (enums.ActionStatus, enums.ActionStatus.CARRIED_FORWARD.value): t("Carried forward"),
        (enums.ActionStatus, enums.ActionStatus.CLOSED.value): t("Closed"),
        # AgencyKind
        (enums.AgencyKind, enums.AgencyKind.PRISON.value): t("Prison"),
        (enums.AgencyKind, enums.AgencyKind.PROBATION.value): t("Probation"),
        (enums.AgencyKind, enums.AgencyKind.POLICE.value): t("Police"),
        (enums.AgencyKind, enums.AgencyKind.MUNICIPALITY.value): t("Municipality"),
        (enums.AgencyKind, enums.AgencyKind.HEALTH.value): t("Health"),
        (enums.AgencyKind, enums.AgencyKind.SOCIAL_SERVICES.value): t("Social services"),
        (enums.AgencyKind, enums.AgencyKind.CSO.value): t("Civil-society organisation"),
        (enums.AgencyKind, enums.AgencyKind.FAITH.value): t("Faith organisation"),
        (enums.AgencyKind, enums.AgencyKind.FAMILY_SUPPORT.value): t("Family support"),
        (enums.AgencyKind, enums.AgencyKind.EDUCATION.value): t("Education"),
        (enums.AgencyKind, enums.AgencyKind.EMPLOYMENT.value): t("Employment"),
        (enums.AgencyKind, enums.AgencyKind.OTHER.value): t("Other"),
        # AttendanceStatus
        (enums.AttendanceStatus, enums.AttendanceStatus.NOT_RECORDED.value): t("Not recorded"),
        (enums.AttendanceStatus, enums.AttendanceStatus.PRESENT.value): t("Present"),
        (enums.AttendanceStatus, enums.AttendanceStatus.APOLOGIES.value): t("Apologies"),
        (enums.AttendanceStatus, enums.AttendanceStatus.ABSENT.value): t("Absent"),
        # AttendeeRole
        (enums.AttendeeRole, enums.AttendeeRole.PROFESSIONAL.value): t("Professional"),
        (enums.AttendeeRole, enums.AttendeeRole.CHAIR.value): t("Chair"),
        (enums.AttendeeRole, enums.AttendeeRole.FACILITATOR.value): t("Facilitator"),
        (enums.AttendeeRole, enums.AttendeeRole.MINUTE_TAKER.value): t("Minute-taker"),
        (enums.AttendeeRole, enums.AttendeeRole.SUBJECT.value): t("Subject"),
        (enums.AttendeeRole, enums.AttendeeRole.FAMILY.value): t("Family"),
        (enums.AttendeeRole, enums.AttendeeRole.INTERPRETER.value): t("Interpreter"),
        (enums.AttendeeRole, enums.AttendeeRole.GUEST.value): t("Guest"),
        # CaseStatus
        (enums.CaseStatus, enums.CaseStatus.ACTIVE.value): t("Active"),
        (enums.CaseStatus, enums.CaseStatus.PAUSED.value): t("Paused"),
        (enums.CaseStatus, enums.CaseStatus.CLOSED.value): t("Closed"),
        # ChangeDirection
        (enums.ChangeDirection, enums.ChangeDirection.NONE.value): t("No significant change"),
        (enums.ChangeDirection, enums.ChangeDirection.INCREASED.value): t("Increased"),
        (enums.ChangeDirection, enums.ChangeDirection.DECREASED.value): t("Decreased"),
        # ConferenceStatus
        (enums.ConferenceStatus, enums.ConferenceStatus.PLANNED.value): t("Planned"),
        (enums.ConferenceStatus, enums.ConferenceStatus.IN_PROGRESS.value): t("In progress"),
        (enums.ConferenceStatus, enums.ConferenceStatus.CLOSED.value): t("Closed"),
        # ConsentKind
        (enums.ConsentKind, enums.ConsentKind.INFORMATION_SHARING.value): t("Information sharing"),
        (enums.ConsentKind, enums.ConsentKind.PARTICIPATION.value): t("Participation"),
        (enums.ConsentKind, enums.ConsentKind.FAMILY_INVOLVEMENT.value): t("Family involvement"),
        # ConsentState
        (enums.ConsentState, enums.ConsentState.GIVEN.value): t("Given"),
        (enums.ConsentState, enums.ConsentState.WITHDRAWN.value): t("Withdrawn"),
        # Engagement
        (enums.Engagement, enums.Engagement.UNKNOWN.value): t("Unknown"),
        (enums.Engagement, enums.Engagement.NONE.value): t("None"),
        (enums.Engagement, enums.Engagement.PARTIAL.value): t("Partial"),
        (enums.Engagement, enums.Engagement.GOOD.value): t("Good"),
        # EntryKind
        (enums.EntryKind, enums.EntryKind.NOTE.value): t("Note"),
        (enums.EntryKind, enums.EntryKind.INFORMATION.value): t("Information"),
        (enums.EntryKind, enums.EntryKind.DECISION.value): t("Decision"),
        (enums.EntryKind, enums.EntryKind.DISSENT.value): t("Dissent"),
        # GoalStatus
        (enums.GoalStatus, enums.GoalStatus.OPEN.value): t("Open"),
        (enums.GoalStatus, enums.GoalStatus.ACHIEVED.value): t("Achieved"),
        (enums.GoalStatus, enums.GoalStatus.DROPPED.value): t("Dropped"),
        # InterventionKind
        (enums.InterventionKind, enums.InterventionKind.MENTORING.value): t("Mentoring"),
        (enums.InterventionKind, enums.InterventionKind.PSYCHOLOGICAL.value): t("Psychological"),
        (enums.InterventionKind, enums.InterventionKind.THEOLOGICAL_DIALOGUE.value): t(
            "Theological dialogue"
        ),
        (enums.InterventionKind, enums.InterventionKind.VOCATIONAL.value): t("Vocational"),
        (enums.InterventionKind, enums.InterventionKind.EDUCATION.value): t("Education"),
        (enums.InterventionKind, enums.InterventionKind.FAMILY_SUPPORT.value): t("Family support"),
        (enums.InterventionKind, enums.InterventionKind.EXIT_PROGRAMME.value): t("Exit programme"),
        (enums.InterventionKind, enums.InterventionKind.OTHER.value): t("Other"),
        # InterventionStatus
        (enums.InterventionStatus, enums.InterventionStatus.PLANNED.value): t("Planned"),
        (enums.InterventionStatus, enums.InterventionStatus.ACTIVE.value): t("Active"),
        (enums.InterventionStatus, enums.InterventionStatus.PAUSED.value): t("Paused"),
        (enums.InterventionStatus, enums.InterventionStatus.COMPLETED.value): t("Completed"),
        (enums.InterventionStatus, enums.InterventionStatus.STOPPED.value): t("Stopped"),
        # NeedDomain
        (enums.NeedDomain, enums.NeedDomain.HOUSING.value): t("Housing"),
        (enums.NeedDomain, enums.NeedDomain.EDUCATION_EMPLOYMENT.value): t(
            "Education and employment"
        ),
        (enums.NeedDomain, enums.NeedDomain.MENTAL_HEALTH.value): t("Mental health"),
        (enums.NeedDomain, enums.NeedDomain.SUBSTANCE_USE.value): t("Substance use"),
        (enums.NeedDomain, enums.NeedDomain.FAMILY.value): t("Family"),
        (enums.NeedDomain, enums.NeedDomain.SOCIAL_NETWORK.value): t("Social network"),
        (enums.NeedDomain, enums.NeedDomain.IDENTITY_MEANING.value): t("Identity and meaning"),
        (enums.NeedDomain, enums.NeedDomain.IDEOLOGY.value): t("Ideology"),
        (enums.NeedDomain, enums.NeedDomain.FINANCES.value): t("Finances"),
        (enums.NeedDomain, enums.NeedDomain.LEGAL.value): t("Legal"),
        (enums.NeedDomain, enums.NeedDomain.FAITH_SUPPORT.value): t("Faith support"),
        # NeedLevel
        (enums.NeedLevel, enums.NeedLevel.NONE.value): t("None"),
        (enums.NeedLevel, enums.NeedLevel.LOW.value): t("Low"),
        (enums.NeedLevel, enums.NeedLevel.MEDIUM.value): t("Medium"),
        (enums.NeedLevel, enums.NeedLevel.HIGH.value): t("High"),
        # NeedStatus
        (enums.NeedStatus, enums.NeedStatus.IDENTIFIED.value): t("Identified"),
        (enums.NeedStatus, enums.NeedStatus.IN_PROGRESS.value): t("In progress"),
        (enums.NeedStatus, enums.NeedStatus.MET.value): t("Met"),
        (enums.NeedStatus, enums.NeedStatus.NOT_MET.value): t("Not met"),
        # NotDoneReason
        (enums.NotDoneReason, enums.NotDoneReason.CHANGE_OF_CIRCUMSTANCES.value): t(
            "Change of circumstances"
        ),
        (enums.NotDoneReason, enums.NotDoneReason.AGENCY_DID_NOT_ACT.value): t(
            "The agency did not act"
        ),
        # ResponsibilityDomain
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.COORDINATION.value): t(
            "Coordination"
        ),
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.RISK.value): t("Risk"),
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.NEEDS.value): t("Needs"),
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.FAMILY.value): t("Family"),
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.INTERVENTIONS.value): t(
            "Interventions"
        ),
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.HOUSING.value): t("Housing"),
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.HEALTH.value): t("Health"),
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.EDUCATION_EMPLOYMENT.value): t(
            "Education and employment"
        ),
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.SUPERVISION.value): t(
            "Supervision"
        ),
        (enums.ResponsibilityDomain, enums.ResponsibilityDomain.FAITH.value): t("Faith"),
        # RiskLevel
        (enums.RiskLevel, enums.RiskLevel.LOW.value): t("Low"),
        (enums.RiskLevel, enums.RiskLevel.MODERATE.value): t("Moderate"),
        (enums.RiskLevel, enums.RiskLevel.HIGH.value): t("High"),
        (enums.RiskLevel, enums.RiskLevel.VERY_HIGH.value): t("Very high"),
        # Role
        (enums.Role, enums.Role.COORDINATOR.value): t("Coordinator"),
        (enums.Role, enums.Role.FACILITATOR.value): t("Facilitator"),
        # Section
        (enums.Section, enums.Section.OPENING.value): t("Opening"),
        (enums.Section, enums.Section.REVIEW.value): t("Review"),
        (enums.Section, enums.Section.RISK.value): t("Risk"),
        (enums.Section, enums.Section.NEEDS.value): t("Needs"),
        (enums.Section, enums.Section.FAMILY.value): t("Family"),
        (enums.Section, enums.Section.INTERVENTIONS.value): t("Interventions"),
        (enums.Section, enums.Section.ACTIONS.value): t("Actions"),
        (enums.Section, enums.Section.AOB.value): t("Aob"),
        (enums.Section, enums.Section.CLOSING.value): t("Closing"),
    }


def label(value: Enum) -> str:
    """The translated label of an enum value; TLP labels are printed as TLP 2.0 writes them."""
    if isinstance(value, enums.TLP):
        return "TLP:" + value.value
    return _table().get((type(value), str(value.value)), str(value.value).replace("_", " "))


def risk_domain_label(key: str) -> str:
    """A risk domain of the framework ratings ("protective_factors" -> "Protective factors")."""
    return {
        "engagement": t("Engagement"),
        "intent": t("Intent"),
        "capability": t("Capability"),
        "protective_factors": t("Protective factors"),
    }.get(key, key.replace("_", " ").capitalize())


def rating_label(value: str) -> str:
    return {
        "": t("not rated"),
        "low": t("Low"),
        "moderate": t("Moderate"),
        "high": t("High"),
        "strong": t("Strong"),
        "weak": t("Weak"),
        # Engagement is rated in its own words (the demo data and imports use them).
        "good": t("Good"),
        "partial": t("Partial"),
        "none": t("None"),
    }.get(value, value.replace("_", " "))

"""The one table of user-visible labels for enumerated values, and the risk vocabulary.

Tables, forms and PDFs all ask :func:`label`, so nothing prints a raw key
("protective_factors", "minute_taker") and translators see every label once (each is a
literal ``QCoreApplication.translate`` call, context "Labels"). Qt-core only: the domain,
export and services layers may use it. :func:`tr_in` is the one translate helper of every
module.

It also holds the languages CaseConf speaks and :func:`language`, which makes the fixed text
of one document (a recipient's minutes) come out in that recipient's language whatever the
interface language is.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from importlib import resources

import shiboken6
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
        if found is not None and not shiboken6.isValid(found):
            found = None  # deleted on the C++ side (e.g. by a clean-up of all translators)
        if found is None:
            found = QTranslator()
            app = QCoreApplication.instance()
            if app is not None and found.thread() is not app.thread():
                # Loaded by a worker thread (an export), used from any: it lives with the app,
                # not with a pool thread that may end.
                found.moveToThread(app.thread())
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


def tr_in(context: str) -> Callable[[str], str]:
    """The one translate helper: ``_t = i18n.tr_in("Rules")``, then ``_t("literal text")``.

    Every module's strings go through :func:`translate`, so they follow the language chosen
    for the current thread (a recipient's minutes, a worker process) like the minutes do.
    tools/translations.py finds these assignments and their literal calls for lupdate.
    """

    def tr(text: str) -> str:
        return translate(context, text)

    tr.__qualname__ = f"tr_in({context!r})"
    return tr


def t(text: str) -> str:
    return translate("Labels", text)


def _k(member: Enum) -> tuple[type, str]:
    """The table's key: (enum, value), since equal values of different enums compare equal."""
    return type(member), str(member.value)


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
        _k(enums.ActionStatus.OPEN): t("Open"),
        _k(enums.ActionStatus.DONE): t("Done"),
        _k(enums.ActionStatus.NOT_DONE): t("Not done"),
        _k(enums.ActionStatus.CARRIED_FORWARD): t("Carried forward"),
        _k(enums.ActionStatus.CLOSED): t("Closed"),
        # AgencyKind
        _k(enums.AgencyKind.PRISON): t("Prison"),
        _k(enums.AgencyKind.PROBATION): t("Probation"),
        _k(enums.AgencyKind.POLICE): t("Police"),
        _k(enums.AgencyKind.MUNICIPALITY): t("Municipality"),
        _k(enums.AgencyKind.HEALTH): t("Health"),
        _k(enums.AgencyKind.SOCIAL_SERVICES): t("Social services"),
        _k(enums.AgencyKind.CSO): t("Civil-society organisation"),
        _k(enums.AgencyKind.FAITH): t("Faith organisation"),
        _k(enums.AgencyKind.FAMILY_SUPPORT): t("Family support"),
        _k(enums.AgencyKind.EDUCATION): t("Education"),
        _k(enums.AgencyKind.EMPLOYMENT): t("Employment"),
        _k(enums.AgencyKind.OTHER): t("Other"),
        # AttendanceStatus
        _k(enums.AttendanceStatus.NOT_RECORDED): t("Not recorded"),
        _k(enums.AttendanceStatus.PRESENT): t("Present"),
        _k(enums.AttendanceStatus.APOLOGIES): t("Apologies"),
        _k(enums.AttendanceStatus.ABSENT): t("Absent"),
        # AttendeeRole
        _k(enums.AttendeeRole.PROFESSIONAL): t("Professional"),
        _k(enums.AttendeeRole.CHAIR): t("Chair"),
        _k(enums.AttendeeRole.FACILITATOR): t("Facilitator"),
        _k(enums.AttendeeRole.MINUTE_TAKER): t("Minute-taker"),
        _k(enums.AttendeeRole.SUBJECT): t("Subject"),
        _k(enums.AttendeeRole.FAMILY): t("Family"),
        _k(enums.AttendeeRole.INTERPRETER): t("Interpreter"),
        _k(enums.AttendeeRole.GUEST): t("Guest"),
        # CaseStatus
        _k(enums.CaseStatus.ACTIVE): t("Active"),
        _k(enums.CaseStatus.PAUSED): t("Paused"),
        _k(enums.CaseStatus.CLOSED): t("Closed"),
        # ChangeDirection
        _k(enums.ChangeDirection.NONE): t("No significant change"),
        _k(enums.ChangeDirection.INCREASED): t("Increased"),
        _k(enums.ChangeDirection.DECREASED): t("Decreased"),
        # ConferenceStatus
        _k(enums.ConferenceStatus.PLANNED): t("Planned"),
        _k(enums.ConferenceStatus.IN_PROGRESS): t("In progress"),
        _k(enums.ConferenceStatus.CLOSED): t("Closed"),
        # ConsentKind
        _k(enums.ConsentKind.INFORMATION_SHARING): t("Information sharing"),
        _k(enums.ConsentKind.PARTICIPATION): t("Participation"),
        _k(enums.ConsentKind.FAMILY_INVOLVEMENT): t("Family involvement"),
        # ConsentState
        _k(enums.ConsentState.GIVEN): t("Given"),
        _k(enums.ConsentState.WITHDRAWN): t("Withdrawn"),
        # Engagement
        _k(enums.Engagement.UNKNOWN): t("Unknown"),
        _k(enums.Engagement.NONE): t("None"),
        _k(enums.Engagement.PARTIAL): t("Partial"),
        _k(enums.Engagement.GOOD): t("Good"),
        # EntryKind
        _k(enums.EntryKind.NOTE): t("Note"),
        _k(enums.EntryKind.INFORMATION): t("Information"),
        _k(enums.EntryKind.DECISION): t("Decision"),
        _k(enums.EntryKind.DISSENT): t("Dissent"),
        # GoalStatus
        _k(enums.GoalStatus.OPEN): t("Open"),
        _k(enums.GoalStatus.ACHIEVED): t("Achieved"),
        _k(enums.GoalStatus.DROPPED): t("Dropped"),
        # InterventionKind
        _k(enums.InterventionKind.MENTORING): t("Mentoring"),
        _k(enums.InterventionKind.PSYCHOLOGICAL): t("Psychological"),
        _k(enums.InterventionKind.THEOLOGICAL_DIALOGUE): t("Theological dialogue"),
        _k(enums.InterventionKind.VOCATIONAL): t("Vocational"),
        _k(enums.InterventionKind.EDUCATION): t("Education"),
        _k(enums.InterventionKind.FAMILY_SUPPORT): t("Family support"),
        _k(enums.InterventionKind.EXIT_PROGRAMME): t("Exit programme"),
        _k(enums.InterventionKind.OTHER): t("Other"),
        # InterventionStatus
        _k(enums.InterventionStatus.PLANNED): t("Planned"),
        _k(enums.InterventionStatus.ACTIVE): t("Active"),
        _k(enums.InterventionStatus.PAUSED): t("Paused"),
        _k(enums.InterventionStatus.COMPLETED): t("Completed"),
        _k(enums.InterventionStatus.STOPPED): t("Stopped"),
        # NeedDomain
        _k(enums.NeedDomain.HOUSING): t("Housing"),
        _k(enums.NeedDomain.EDUCATION_EMPLOYMENT): t("Education and employment"),
        _k(enums.NeedDomain.MENTAL_HEALTH): t("Mental health"),
        _k(enums.NeedDomain.SUBSTANCE_USE): t("Substance use"),
        _k(enums.NeedDomain.FAMILY): t("Family"),
        _k(enums.NeedDomain.SOCIAL_NETWORK): t("Social network"),
        _k(enums.NeedDomain.IDENTITY_MEANING): t("Identity and meaning"),
        _k(enums.NeedDomain.IDEOLOGY): t("Ideology"),
        _k(enums.NeedDomain.FINANCES): t("Finances"),
        _k(enums.NeedDomain.LEGAL): t("Legal"),
        _k(enums.NeedDomain.FAITH_SUPPORT): t("Faith support"),
        # NeedLevel
        _k(enums.NeedLevel.NONE): t("None"),
        _k(enums.NeedLevel.LOW): t("Low"),
        _k(enums.NeedLevel.MEDIUM): t("Medium"),
        _k(enums.NeedLevel.HIGH): t("High"),
        # NeedStatus
        _k(enums.NeedStatus.IDENTIFIED): t("Identified"),
        _k(enums.NeedStatus.IN_PROGRESS): t("In progress"),
        _k(enums.NeedStatus.MET): t("Met"),
        _k(enums.NeedStatus.NOT_MET): t("Not met"),
        # NotDoneReason
        _k(enums.NotDoneReason.CHANGE_OF_CIRCUMSTANCES): t("Change of circumstances"),
        _k(enums.NotDoneReason.AGENCY_DID_NOT_ACT): t("The agency did not act"),
        # ResponsibilityDomain
        _k(enums.ResponsibilityDomain.COORDINATION): t("Coordination"),
        _k(enums.ResponsibilityDomain.RISK): t("Risk"),
        _k(enums.ResponsibilityDomain.NEEDS): t("Needs"),
        _k(enums.ResponsibilityDomain.FAMILY): t("Family"),
        _k(enums.ResponsibilityDomain.INTERVENTIONS): t("Interventions"),
        _k(enums.ResponsibilityDomain.HOUSING): t("Housing"),
        _k(enums.ResponsibilityDomain.HEALTH): t("Health"),
        _k(enums.ResponsibilityDomain.EDUCATION_EMPLOYMENT): t("Education and employment"),
        _k(enums.ResponsibilityDomain.SUPERVISION): t("Supervision"),
        _k(enums.ResponsibilityDomain.FAITH): t("Faith"),
        # RiskLevel
        _k(enums.RiskLevel.LOW): t("Low"),
        _k(enums.RiskLevel.MODERATE): t("Moderate"),
        _k(enums.RiskLevel.HIGH): t("High"),
        _k(enums.RiskLevel.VERY_HIGH): t("Very high"),
        # Role
        _k(enums.Role.COORDINATOR): t("Coordinator"),
        _k(enums.Role.FACILITATOR): t("Facilitator"),
        # Section
        _k(enums.Section.OPENING): t("Opening"),
        _k(enums.Section.REVIEW): t("Review"),
        _k(enums.Section.RISK): t("Risk"),
        _k(enums.Section.NEEDS): t("Needs"),
        _k(enums.Section.FAMILY): t("Family"),
        _k(enums.Section.INTERVENTIONS): t("Interventions"),
        _k(enums.Section.ACTIONS): t("Actions"),
        _k(enums.Section.AOB): t("Aob"),
        _k(enums.Section.CLOSING): t("Closing"),
    }


def label(value: Enum) -> str:
    """The translated label of an enum value; TLP labels are printed as TLP 2.0 writes them."""
    if isinstance(value, enums.TLP):
        return "TLP:" + value.value
    return _table().get(_k(value), str(value.value).replace("_", " "))


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

"""The closed vocabularies of the case model.

Values are stable identifiers stored in the vault and in caseconf.v1 documents; labels
shown to users are translated in the UI, never stored.
"""

from __future__ import annotations

from enum import StrEnum


class TLP(StrEnum):
    """FIRST Traffic Light Protocol 2.0 labels, ordered from least to most restricted."""

    CLEAR = "CLEAR"
    GREEN = "GREEN"
    AMBER = "AMBER"
    AMBER_STRICT = "AMBER+STRICT"
    RED = "RED"

    @property
    def rank(self) -> int:
        """Position from least to most restricted. What a rank allows is decided only by
        :mod:`caseconf_desktop.domain.disclosure`."""
        return _TLP_ORDER.index(self)


_TLP_ORDER = [TLP.CLEAR, TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.RED]


class AgencyKind(StrEnum):
    PRISON = "prison"
    PROBATION = "probation"
    POLICE = "police"
    MUNICIPALITY = "municipality"
    HEALTH = "health"
    SOCIAL_SERVICES = "social_services"
    CSO = "cso"
    FAITH = "faith"
    FAMILY_SUPPORT = "family_support"
    EDUCATION = "education"
    EMPLOYMENT = "employment"
    OTHER = "other"


class Role(StrEnum):
    """The vault owner's role."""

    COORDINATOR = "coordinator"
    FACILITATOR = "facilitator"


class CaseStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class ConferenceStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class Section(StrEnum):
    """The agenda sections, in the order a conference walks them."""

    OPENING = "opening"
    REVIEW = "review"
    RISK = "risk"
    NEEDS = "needs"
    FAMILY = "family"
    INTERVENTIONS = "interventions"
    ACTIONS = "actions"
    AOB = "aob"
    CLOSING = "closing"


class EntryKind(StrEnum):
    NOTE = "note"
    INFORMATION = "information"
    DECISION = "decision"
    DISSENT = "dissent"


class AttendanceStatus(StrEnum):
    """Recorded, not assumed: an invitee is "not recorded" until someone says otherwise."""

    NOT_RECORDED = "not_recorded"
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"

    @property
    def is_recorded(self) -> bool:
        return self is not AttendanceStatus.NOT_RECORDED


class AttendeeRole(StrEnum):
    """Why someone is at the table. Subject and family are the non-professionals."""

    PROFESSIONAL = "professional"
    CHAIR = "chair"
    FACILITATOR = "facilitator"
    MINUTE_TAKER = "minute_taker"
    SUBJECT = "subject"
    FAMILY = "family"
    INTERPRETER = "interpreter"
    GUEST = "guest"


class RiskLevel(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    VERY_HIGH = "very_high"

    @property
    def rank(self) -> int:
        return list(RiskLevel).index(self)


class ChangeDirection(StrEnum):
    """Significant change in risk since the previous conference."""

    NONE = "none"
    INCREASED = "increased"
    DECREASED = "decreased"


class NeedDomain(StrEnum):
    HOUSING = "housing"
    EDUCATION_EMPLOYMENT = "education_employment"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    FAMILY = "family"
    SOCIAL_NETWORK = "social_network"
    IDENTITY_MEANING = "identity_meaning"
    IDEOLOGY = "ideology"
    FINANCES = "finances"
    LEGAL = "legal"
    FAITH_SUPPORT = "faith_support"


class NeedLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class NeedStatus(StrEnum):
    IDENTIFIED = "identified"
    IN_PROGRESS = "in_progress"
    MET = "met"
    NOT_MET = "not_met"


class InterventionKind(StrEnum):
    MENTORING = "mentoring"
    PSYCHOLOGICAL = "psychological"
    THEOLOGICAL_DIALOGUE = "theological_dialogue"
    VOCATIONAL = "vocational"
    EDUCATION = "education"
    FAMILY_SUPPORT = "family_support"
    EXIT_PROGRAMME = "exit_programme"
    OTHER = "other"


class InterventionStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    STOPPED = "stopped"


class Engagement(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    PARTIAL = "partial"
    GOOD = "good"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_DONE = "not_done"
    CARRIED_FORWARD = "carried_forward"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self is ActionStatus.OPEN


class NotDoneReason(StrEnum):
    """Why a reviewed action was not done: the practice checklist separates these two."""

    CHANGE_OF_CIRCUMSTANCES = "change_of_circumstances"
    AGENCY_DID_NOT_ACT = "agency_did_not_act"


class ConsentKind(StrEnum):
    INFORMATION_SHARING = "information_sharing"
    PARTICIPATION = "participation"
    FAMILY_INVOLVEMENT = "family_involvement"


class ConsentState(StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ResponsibilityDomain(StrEnum):
    """Domains of the responsibility matrix: which agency leads what."""

    COORDINATION = "coordination"
    RISK = "risk"
    NEEDS = "needs"
    FAMILY = "family"
    INTERVENTIONS = "interventions"
    HOUSING = "housing"
    HEALTH = "health"
    EDUCATION_EMPLOYMENT = "education_employment"
    SUPERVISION = "supervision"
    FAITH = "faith"

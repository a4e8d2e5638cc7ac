"""The case model: plain, immutable records with UUID identities.

No Qt and no SQL here. Storage maps these dataclasses to tables field by field, and the
caseconf.v1 interchange maps them to JSON, so a field added here is one place to change.
Dates are :class:`datetime.date`; moments are timezone-aware UTC :class:`datetime.datetime`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from caseconf_desktop.domain.enums import (
    TLP,
    ActionStatus,
    AgencyKind,
    AttendanceStatus,
    AttendeeRole,
    CaseStatus,
    ChangeDirection,
    ConferenceStatus,
    ConsentKind,
    ConsentState,
    Engagement,
    EntryKind,
    GoalStatus,
    InterventionKind,
    InterventionStatus,
    NeedDomain,
    NeedLevel,
    NeedStatus,
    NotDoneReason,
    ResponsibilityDomain,
    RiskLevel,
    Section,
)

#: Moments whose local time is what matters (a meeting at 10:00 in its own town): stored and
#: exchanged with the offset they were given, never converted to UTC.
LOCAL_TIME_FIELDS = frozenset({"scheduled_for"})


def new_id() -> str:
    """A fresh record identity. UUIDs let bundles from several devices merge later."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    kind: AgencyKind = AgencyKind.OTHER
    country: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    agency_id: str | None = None
    role_title: str = ""
    email: str = ""
    phone: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Case:
    """One person in a DDR / exit programme, and the file the partnership keeps on them."""

    reference: str
    subject_name: str
    pseudonym: str = ""
    date_of_birth: date | None = None
    legal_status: str = ""
    establishment: str = ""
    sentence_start: date | None = None
    release_date: date | None = None
    programme: str = ""
    lead_agency_id: str | None = None
    status: CaseStatus = CaseStatus.ACTIVE
    review_frequency_days: int = 90
    retention_review_date: date | None = None
    created_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Responsibility:
    """A row of the responsibility matrix: which agency (and person) leads which domain."""

    case_id: str
    domain: ResponsibilityDomain
    agency_id: str
    person_id: str | None = None
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Goal:
    """A case goal the partnership agreed on and reviews at each conference."""

    case_id: str
    text: str
    status: GoalStatus = GoalStatus.OPEN
    agreed_on: date | None = None
    review_note: str = ""
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class FamilyMember:
    case_id: str
    name: str
    relationship: str = ""
    involvement: str = ""
    support_offered: str = ""
    is_minor: bool = False
    safeguarding_notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Consent:
    case_id: str
    kind: ConsentKind
    state: ConsentState
    recorded_on: date
    scope: str = ""
    given_by: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Conference:
    case_id: str
    scheduled_for: datetime
    place: str = ""
    template: str = "default"
    status: ConferenceStatus = ConferenceStatus.PLANNED
    chair_id: str | None = None
    facilitator_id: str | None = None
    minute_taker_id: str | None = None
    current_section: Section | None = None
    started_at: datetime | None = None
    closed_at: datetime | None = None
    next_conference_date: date | None = None
    summary: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Attendance:
    """Who was invited, whether they came, and (for subject and family) which sections."""

    conference_id: str
    person_id: str | None = None
    name: str = ""
    agency_id: str | None = None
    role: AttendeeRole = AttendeeRole.PROFESSIONAL
    status: AttendanceStatus = AttendanceStatus.NOT_RECORDED
    sent_information: bool = False
    sections: tuple[Section, ...] = ()
    in_room: bool = False
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Entry:
    """One contribution to an agenda section: a note, information, a decision or dissent."""

    conference_id: str
    section: Section
    text: str
    kind: EntryKind = EntryKind.NOTE
    tlp: TLP = TLP.AMBER
    source_agency_id: str | None = None
    shareable_with_subject: bool = False
    shareable_with_family: bool = False
    rationale: str = ""
    dissenting_agency_id: str | None = None
    position: int = 0
    created_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Draft:
    """What is being typed in one section before the facilitator adds it as an entry.

    Kept in the vault so that a crash loses at most a second or two, but never in lists,
    minutes, bundles or search: only :class:`Entry` is the record. ``entry_id`` is set
    when an added entry is being edited.
    """

    conference_id: str
    section: Section
    text: str = ""
    kind: EntryKind = EntryKind.NOTE
    tlp: TLP = TLP.AMBER
    source_agency_id: str | None = None
    shareable_with_subject: bool = False
    shareable_with_family: bool = False
    rationale: str = ""
    dissenting_agency_id: str | None = None
    entry_id: str | None = None
    updated_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and not self.rationale.strip()


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """The risk picture agreed at one conference (or recorded between conferences)."""

    case_id: str
    level: RiskLevel
    assessed_on: date
    conference_id: str | None = None
    framework: str = ""
    domain_ratings: dict[str, str] = field(default_factory=dict)
    rationale: str = ""
    known_unknowns: str = ""
    change: ChangeDirection = ChangeDirection.NONE
    change_note: str = ""
    tlp: TLP = TLP.AMBER
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Need:
    case_id: str
    domain: NeedDomain
    level: NeedLevel = NeedLevel.MEDIUM
    owner_agency_id: str | None = None
    status: NeedStatus = NeedStatus.IDENTIFIED
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Intervention:
    case_id: str
    kind: InterventionKind
    provider_agency_id: str | None = None
    provider: str = ""
    status: InterventionStatus = InterventionStatus.PLANNED
    engagement: Engagement = Engagement.UNKNOWN
    start_date: date | None = None
    end_date: date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Action:
    """One thing one owner will do by a date. Reviewed at the next conference."""

    case_id: str
    description: str
    conference_id: str | None = None
    owner_person_id: str | None = None
    owner_agency_id: str | None = None
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    not_done_reason: NotDoneReason | None = None
    review_note: str = ""
    reviewed_in_conference_id: str | None = None
    carried_forward_from_id: str | None = None
    for_subject: bool = False
    created_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def is_overdue(self, today: date) -> bool:
        return self.status.is_open and self.due is not None and self.due < today


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """An agreed term, so that agencies mean the same thing by the same word."""

    term: str
    definition: str
    language: str = "en"
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One row of the hash-chained audit log. Ids and actions only, never case content."""

    seq: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    case_id: str | None
    detail: dict[str, str]
    prev_hash: str
    hash: str

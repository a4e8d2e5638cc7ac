"""A case at a glance: the summary the case file opens on.

Worked out on the vault thread from the case file snapshot (:class:`casefile.CaseFile`), so
the overview page only lays out what this module decided: the next conference (or when one
is due), open and overdue actions with the most urgent first, how the risk level moved over
the recent assessments, the lead agency and who leads which domain, and each kind of
consent with its state and how long it holds.

Consent: the case file records when consent was given or withdrawn, not an end date. Consent
to share information and to take part is re-confirmed at least once a year (and checked at
the opening of every conference), so a given consent is treated here as holding for
:data:`CONSENT_VALID_DAYS` after it was recorded; the overview flags one that has run out
or runs out within :data:`EXPIRING_WITHIN_DAYS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import (
    ConferenceStatus,
    ConsentKind,
    ConsentState,
    ResponsibilityDomain,
    RiskLevel,
)
from caseconf_desktop.services import casefile

if TYPE_CHECKING:
    from caseconf_desktop.storage.vault import Vault

CONSENT_VALID_DAYS = 365
EXPIRING_WITHIN_DAYS = 30
URGENT_ACTIONS = 4
RISK_TREND_POINTS = 4


@dataclass(frozen=True, slots=True)
class NextConference:
    """The next conference planned, or (none planned) the date one is due by."""

    conference_id: str | None = None
    when: datetime | None = None
    place: str = ""
    status: ConferenceStatus | None = None
    due_by: date | None = None
    agreed: bool = False  # due_by is the date the last conference agreed on
    overdue: bool = False  # planned for a day gone by, or due by a day gone by


@dataclass(frozen=True, slots=True)
class ActionLine:
    action_id: str
    description: str
    owner: str
    agency: str
    due: date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class RiskTrend:
    levels: tuple[RiskLevel, ...] = ()  # oldest first, the last RISK_TREND_POINTS
    latest_on: date | None = None
    assessments: int = 0

    @property
    def direction(self) -> int:
        """+1 rising, -1 falling, 0 the same (or fewer than two assessments)."""
        if len(self.levels) < 2:
            return 0
        a, b = self.levels[-2].rank, self.levels[-1].rank
        return (b > a) - (b < a)


@dataclass(frozen=True, slots=True)
class ResponsibilityLine:
    domain: ResponsibilityDomain
    agency: str
    person: str


class ConsentStanding(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    MISSING = "missing"

    @property
    def needs_attention(self) -> bool:
        return self is not ConsentStanding.VALID


@dataclass(frozen=True, slots=True)
class ConsentLine:
    kind: ConsentKind
    standing: ConsentStanding
    recorded_on: date | None = None
    expires_on: date | None = None
    scope: str = ""


@dataclass(frozen=True, slots=True)
class CaseOverview:
    case: model.Case
    today: date
    lead_agency: str
    next_conference: NextConference
    open_actions: int
    overdue_actions: int
    urgent_actions: tuple[ActionLine, ...]
    risk: RiskTrend
    responsibilities: tuple[ResponsibilityLine, ...]
    consents: tuple[ConsentLine, ...]

    @property
    def consents_needing_attention(self) -> int:
        return sum(1 for c in self.consents if c.standing.needs_attention)


def consent_expiry(consent: model.Consent) -> date | None:
    """Until when a consent holds (a withdrawn one holds for nothing: None)."""
    if consent.state is not ConsentState.GIVEN:
        return None
    return consent.recorded_on + timedelta(days=CONSENT_VALID_DAYS)


def consent_standing(consent: model.Consent | None, today: date) -> ConsentStanding:
    if consent is None:
        return ConsentStanding.MISSING
    expires = consent_expiry(consent)
    if expires is None:
        return ConsentStanding.WITHDRAWN
    if expires < today:
        return ConsentStanding.EXPIRED
    if expires <= today + timedelta(days=EXPIRING_WITHIN_DAYS):
        return ConsentStanding.EXPIRING
    return ConsentStanding.VALID


def _next_conference(cf: casefile.CaseFile, today: date) -> NextConference:
    waiting = [c for c in cf.conferences if c.status is not ConferenceStatus.CLOSED]
    if waiting:
        nxt = min(waiting, key=lambda c: c.scheduled_for)
        return NextConference(
            conference_id=nxt.id,
            when=nxt.scheduled_for,
            place=nxt.place,
            status=nxt.status,
            overdue=nxt.status is ConferenceStatus.PLANNED and nxt.scheduled_for.date() < today,
        )
    held = [c for c in cf.conferences if c.status is ConferenceStatus.CLOSED]
    frequency = timedelta(days=cf.case.review_frequency_days)
    if held:
        last = max(held, key=lambda c: c.scheduled_for)
        agreed = last.next_conference_date is not None
        due = last.next_conference_date or (last.scheduled_for.date() + frequency)
    else:
        agreed = False
        due = cf.case.created_at.date() + frequency
    return NextConference(due_by=due, agreed=agreed, overdue=due < today)


def _actions(
    cf: casefile.CaseFile, directory: casefile.Directory, today: date
) -> tuple[int, int, tuple[ActionLine, ...]]:
    still_open = [a for a in cf.actions if a.status.is_open]
    overdue = sum(1 for a in still_open if a.is_overdue(today))
    # Most urgent first: overdue and soonest due, then those without a date.
    ordered = sorted(still_open, key=lambda a: (a.due is None, a.due or date.max))
    lines = tuple(
        ActionLine(
            action_id=a.id,
            description=a.description,
            owner=directory.person_name(a.owner_person_id),
            agency=directory.agency_name(a.owner_agency_id),
            due=a.due,
            overdue=a.is_overdue(today),
        )
        for a in ordered[:URGENT_ACTIONS]
    )
    return len(still_open), overdue, lines


def _risk(cf: casefile.CaseFile) -> RiskTrend:
    risks = sorted(cf.risks, key=lambda r: r.assessed_on)
    if not risks:
        return RiskTrend()
    recent = risks[-RISK_TREND_POINTS:]
    return RiskTrend(
        levels=tuple(r.level for r in recent),
        latest_on=recent[-1].assessed_on,
        assessments=len(risks),
    )


def _consents(cf: casefile.CaseFile, today: date) -> tuple[ConsentLine, ...]:
    lines = []
    for kind in ConsentKind:
        records = [c for c in cf.consents if c.kind is kind]
        latest = max(records, key=lambda c: c.recorded_on) if records else None
        lines.append(
            ConsentLine(
                kind=kind,
                standing=consent_standing(latest, today),
                recorded_on=latest.recorded_on if latest else None,
                expires_on=consent_expiry(latest) if latest else None,
                scope=latest.scope if latest else "",
            )
        )
    return tuple(lines)


def summarise(
    cf: casefile.CaseFile, directory: casefile.Directory, today: date | None = None
) -> CaseOverview:
    """The overview of the case in ``cf`` as of ``today`` (default: the local date)."""
    today = today or date.today()
    n_open, n_overdue, urgent = _actions(cf, directory, today)
    return CaseOverview(
        case=cf.case,
        today=today,
        lead_agency=directory.agency_name(cf.case.lead_agency_id),
        next_conference=_next_conference(cf, today),
        open_actions=n_open,
        overdue_actions=n_overdue,
        urgent_actions=urgent,
        risk=_risk(cf),
        responsibilities=tuple(
            ResponsibilityLine(
                r.domain, directory.agency_name(r.agency_id), directory.person_name(r.person_id)
            )
            for r in cf.responsibilities
        ),
        consents=_consents(cf, today),
    )


def case_overview(vault: Vault, case_id: str, today: date | None = None) -> CaseOverview:
    """Load a case (without recording a view of it) and summarise it."""
    cf = casefile.load_case_file(vault, case_id, record_view=False)
    return summarise(cf, casefile.directory(vault), today)

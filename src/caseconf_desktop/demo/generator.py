"""Synthetic, realistic demo data: a multi-agency partnership and its case files.

Everything is invented: agencies, professionals and subjects are made-up names (subjects in
Latin with diacritics, Greek, Cyrillic and Arabic script), and entry texts are composed from
phrase pools so that full-text search finds meaningful words ("housing", "mentor",
"employment"). The names, places and texts are tables in ``resources/demo/*.json`` (read by
:mod:`caseconf_desktop.demo.data`); this module draws from them. The output is
deterministic: the same seed on a vault in the same state, with the same ``today``, gives the
same records with the same UUIDs.

Generation builds domain objects and writes them with ``Table.upsert_many`` in one
transaction, with no query per row, so 10,000 cases (about 100,000 entries) take well under a
minute. A second run on the same vault continues the case numbering and reuses the demo
agencies and people it finds by name.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from typing import Any, Generic, TypeVar

from caseconf_desktop import errors, i18n
from caseconf_desktop.demo import data as demo_data
from caseconf_desktop.domain import disclosure
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
from caseconf_desktop.domain.model import (
    Action,
    Agency,
    Attendance,
    Case,
    Conference,
    Consent,
    Entry,
    FamilyMember,
    GlossaryTerm,
    Goal,
    Intervention,
    Need,
    Person,
    Responsibility,
    RiskAssessment,
)
from caseconf_desktop.services import casefile
from caseconf_desktop.storage import audit, case_records
from caseconf_desktop.storage.mapping import (
    ACTIONS,
    AGENCIES,
    ATTENDANCE,
    CASES,
    CONFERENCES,
    CONSENTS,
    ENTRIES,
    FAMILY,
    GLOSSARY,
    GOALS,
    INTERVENTIONS,
    NEEDS,
    PEOPLE,
    RESPONSIBILITIES,
    RISKS,
    Table,
)
from caseconf_desktop.storage.vault import Vault

T = TypeVar("T")

# One format for every case reference: CC-YYYY-NNNNN, as new cases are offered too.
REFERENCE_PREFIX = casefile.REFERENCE_PREFIX
_REFERENCE = re.compile(rf"^{REFERENCE_PREFIX}-\d{{4}}-(\d+)$")
# Cases are written in chunks so that memory stays flat for large demos.
_CHUNK = 500


_tr = i18n.tr_in("Demo")


# -- the partnership ------------------------------------------------------------------------


@dataclass
class _Staff:
    """The demo agencies and people, keyed by agency kind."""

    agency: dict[AgencyKind, Agency] = field(default_factory=dict)
    short: dict[str, str] = field(default_factory=dict)  # agency id -> short name
    people: dict[str, list[Person]] = field(default_factory=dict)  # agency id -> people
    new_agencies: list[Agency] = field(default_factory=list)
    new_people: list[Person] = field(default_factory=list)

    def of(self, kind: AgencyKind) -> Agency:
        return self.agency[kind]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _load_staff(vault: Vault, rng: random.Random, data: demo_data.DemoData) -> _Staff:
    """Find the demo agencies and people already in the vault; create the missing ones."""
    staff = _Staff()
    named = case_records.agencies_named(vault, [spec.name for spec in data.agencies])
    existing = {a.name: a for a in named}
    for spec in data.agencies:
        agency = existing.get(spec.name)
        if agency is None:
            agency = Agency(name=spec.name, kind=spec.kind, country=data.country, id=_uid(rng))
            staff.new_agencies.append(agency)
        staff.agency[spec.kind] = agency
        staff.short[agency.id] = spec.short
        known = {p.name: p for p in case_records.people_of_agency(vault, agency.id)}
        team: list[Person] = []
        for person_name, title in spec.people:
            person = known.get(person_name)
            if person is None:
                number = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
                person = Person(
                    name=person_name,
                    agency_id=agency.id,
                    role_title=title,
                    email=_email(person_name),
                    phone=f"{data.phone_prefix} {number}",
                    id=_uid(rng),
                )
                staff.new_people.append(person)
            team.append(person)
        staff.people[agency.id] = team
    return staff


def _email(name: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return ".".join(plain.lower().split()) + "@demo.invalid"


# -- how the generator draws -----------------------------------------------------------------

_PROFILES = ["regular", "stale", "new", "closed_case"]
_PROFILE_WEIGHTS = [0.8, 0.06, 0.07, 0.07]
_OUTCOMES: list[tuple[ActionStatus, NotDoneReason | None]] = [
    (ActionStatus.DONE, None),
    (ActionStatus.NOT_DONE, NotDoneReason.CHANGE_OF_CIRCUMSTANCES),
    (ActionStatus.NOT_DONE, NotDoneReason.AGENCY_DID_NOT_ACT),
    (ActionStatus.CARRIED_FORWARD, NotDoneReason.AGENCY_DID_NOT_ACT),
    (ActionStatus.CARRIED_FORWARD, None),
    (ActionStatus.CLOSED, None),
]
_OUTCOME_WEIGHTS = [0.52, 0.1, 0.08, 0.08, 0.12, 0.1]
_TLP_WEIGHTS = [0.08, 0.22, 0.4, 0.15, 0.15]
_KIND_WEIGHTS = {
    EntryKind.NOTE: 0.35,
    EntryKind.INFORMATION: 0.35,
    EntryKind.DECISION: 0.22,
    EntryKind.DISSENT: 0.08,
}
# How often a section gets an entry beyond the confidentiality statement and the risk update.
_SECTION_WEIGHTS = {
    Section.OPENING: 0.3,
    Section.REVIEW: 0.8,
    Section.RISK: 0.6,
    Section.NEEDS: 1.4,
    Section.FAMILY: 0.8,
    Section.INTERVENTIONS: 1.1,
    Section.ACTIONS: 1.0,
    Section.AOB: 0.5,
    Section.CLOSING: 0.6,
}
_SUBJECT_SECTIONS = (
    Section.OPENING,
    Section.NEEDS,
    Section.INTERVENTIONS,
    Section.ACTIONS,
    Section.CLOSING,
)
_FAMILY_SECTIONS = (Section.OPENING, Section.FAMILY, Section.CLOSING)


class _Cover(Generic[T]):
    """Random choices that hand out every value once before drawing by weight.

    A small demo (a few dozen cases) therefore still shows every label, kind and status.
    """

    def __init__(
        self, rng: random.Random, values: Sequence[T], weights: Sequence[float] | None = None
    ) -> None:
        self._rng = rng
        self._values = list(values)
        self._weights = list(weights) if weights is not None else None
        self._pending = list(values)
        rng.shuffle(self._pending)

    def __call__(self) -> T:
        if self._pending:
            return self._pending.pop()
        if self._weights is None:
            return self._rng.choice(self._values)
        return self._rng.choices(self._values, self._weights)[0]


@dataclass
class _Batch:
    """Records waiting to be written, in an order that satisfies the foreign keys."""

    cases: list[Case] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    family: list[FamilyMember] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    conferences: list[Conference] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    risks: list[RiskAssessment] = field(default_factory=list)
    needs: list[Need] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    def tables(self) -> list[tuple[str, Table[Any], list[Any]]]:
        return [
            ("cases", CASES, self.cases),
            ("responsibilities", RESPONSIBILITIES, self.responsibilities),
            ("goals", GOALS, self.goals),
            ("family_members", FAMILY, self.family),
            ("consents", CONSENTS, self.consents),
            ("conferences", CONFERENCES, self.conferences),
            ("attendance", ATTENDANCE, self.attendance),
            ("entries", ENTRIES, self.entries),
            ("risk_assessments", RISKS, self.risks),
            ("needs", NEEDS, self.needs),
            ("interventions", INTERVENTIONS, self.interventions),
            ("actions", ACTIONS, self.actions),
        ]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


class _Generator:
    """Builds one case file after another from one random stream."""

    def __init__(
        self, rng: random.Random, staff: _Staff, today: date, data: demo_data.DemoData
    ) -> None:
        self.rng = rng
        self.staff = staff
        self.today = today
        self.data = data
        self.phrases = {**data.case_phrases, **data.conference_phrases}
        self.script = _Cover(rng, list(data.names), [p.weight for p in data.names.values()])
        self.profile = _Cover(rng, _PROFILES, _PROFILE_WEIGHTS)
        self.legal = _Cover(rng, data.legal, [item.weight for item in data.legal])
        self.tlp = _Cover(rng, list(TLP), _TLP_WEIGHTS)
        combos = [(s, k) for s in Section for k in EntryKind]
        weights = [_SECTION_WEIGHTS[s] * _KIND_WEIGHTS[k] for s, k in combos]
        self.combo = _Cover(rng, combos, weights)
        self.outcome = _Cover(rng, _OUTCOMES, _OUTCOME_WEIGHTS)
        self.subject_joins = _Cover(rng, [True, False], [0.45, 0.55])
        self.family_joins = _Cover(rng, [True, False], [0.25, 0.75])
        self.has_minor = _Cover(rng, [True, False], [0.35, 0.65])
        self.withdrawn = _Cover(rng, [True, False], [0.12, 0.88])
        self.shareable = _Cover(rng, [True, False], [0.6, 0.4])
        self.professionals = [p for team in staff.people.values() for p in team]
        self.by_id = {p.id: p for p in self.professionals}
        self.lead_kind = {a.id: k for k, a in staff.agency.items()}

    # -- small helpers ------------------------------------------------------------------

    def uid(self) -> str:
        return _uid(self.rng)

    def person(self, kind: AgencyKind) -> Person:
        return self.rng.choice(self.staff.people[self.staff.of(kind).id])

    def fill(self, template: str, agency_id: str | None) -> str:
        if "{" not in template:
            return template
        rng = self.rng
        values = {name: rng.choice(pool) for name, pool in self.data.slots.items()}
        short = self.staff.short.get(agency_id or "", self.phrases["lead_agency"])
        values["agency"] = short
        values["Agency"] = short[0].upper() + short[1:]
        return template.format(**values)

    def name(self, script: str, female: bool, surname: str | None = None) -> str:
        pool = self.data.names[script]
        first = self.rng.choice(pool.female if female else pool.male)
        if surname is None:
            pair = self.rng.choice(pool.surnames)
            surname = pair[1] if female else pair[0]
        return f"{first} {surname}"

    # -- one case -----------------------------------------------------------------------

    def case(self, number: int, batch: _Batch) -> None:
        rng = self.rng
        today = self.today
        profile = self.profile()
        legal = self.legal()
        script = self.script()
        female = rng.random() < 0.12
        surname_pair = rng.choice(self.data.names[script].surnames)
        subject_name = self.name(script, female, surname_pair[1] if female else surname_pair[0])
        freq = rng.choice([42, 56, 90, 90, 90, 120, 180])

        # Dates of the conferences, newest closed one first decided, then spread backwards.
        n_closed = rng.choices([1, 2, 3], [0.3, 0.4, 0.3])[0]
        if profile == "regular":
            last = today - timedelta(days=rng.randint(3, freq))
            planned = rng.random() < 0.75
        elif profile == "stale":
            last = today - timedelta(days=rng.randint(380, 900))
            planned = False
        elif profile == "new":
            n_closed = 0
            last = today
            planned = True
        else:
            n_closed = rng.choices([1, 2, 3, 4], [0.2, 0.3, 0.3, 0.2])[0]
            last = today - timedelta(days=rng.randint(60, 700))
            planned = False
        closed_dates = [
            last - timedelta(days=i * freq + rng.randint(-7, 7)) for i in range(n_closed)
        ][::-1]
        first_meeting = closed_dates[0] if closed_dates else today
        created = first_meeting - timedelta(days=rng.randint(14, 120))

        status = CaseStatus.ACTIVE
        if profile == "closed_case":
            status = CaseStatus.CLOSED
        elif rng.random() < 0.06:
            status = CaseStatus.PAUSED

        dob = created - timedelta(days=rng.randint(18 * 365, 55 * 365))
        sentence_start = release = None
        if legal.sentenced:
            sentence_start = created - timedelta(days=rng.randint(60, 4 * 365))
            if legal.released:
                release = created + timedelta(days=rng.randint(-300, 300))
            elif legal.custody:
                release = today + timedelta(days=rng.randint(30, 6 * 365))
        establishment = rng.choice(
            self.data.establishments_custody
            if legal.custody
            else self.data.establishments_community
        )
        if legal.establishment:
            establishment = legal.establishment
        lead = self.staff.of(legal.lead)
        if status is CaseStatus.CLOSED:
            retention = last + timedelta(days=rng.randint(180, 900))
        else:
            retention = created + timedelta(days=rng.randint(3 * 365, 6 * 365))
        case = Case(
            reference=f"{REFERENCE_PREFIX}-{created.year:04d}-{number:05d}",
            subject_name=subject_name,
            pseudonym=f"{rng.choice(self.data.codewords)}-{rng.randint(10, 99)}",
            date_of_birth=dob,
            legal_status=legal.status,
            establishment=establishment,
            sentence_start=sentence_start,
            release_date=release,
            programme=rng.choice(self.data.programmes),
            lead_agency_id=lead.id,
            status=status,
            review_frequency_days=freq,
            retention_review_date=retention,
            created_at=_at(created, 9, rng.randint(0, 59)),
            id=self.uid(),
        )
        batch.cases.append(case)
        family = self.case_file(case, legal, script, surname_pair, batch)

        # Conferences, oldest first, so that actions are reviewed by the next one.
        previous_level: RiskLevel | None = None
        open_actions: list[int] = []  # indexes into batch.actions still open
        for i, day in enumerate(closed_dates):
            following = closed_dates[i + 1] if i + 1 < len(closed_dates) else None
            next_date = following or (day + timedelta(days=freq))
            conf = self.conference(case, day, ConferenceStatus.CLOSED, next_date, batch)
            present, subject_sections = self.attendance(case, conf, script, family, batch)
            self.entries(conf, present, subject_sections, batch)
            previous_level = self.risk(case, conf, day, previous_level, batch)
            open_actions = self.actions(case, conf, day, open_actions, batch)
        if status is CaseStatus.CLOSED:
            for idx in open_actions:
                batch.actions[idx] = dataclasses.replace(
                    batch.actions[idx],
                    status=ActionStatus.CLOSED,
                    review_note=self.phrases["case_closed"],
                )
        if planned:
            base = closed_dates[-1] + timedelta(days=freq) if closed_dates else today
            day = max(base, today + timedelta(days=rng.randint(3, 30)))
            conf = self.conference(case, day, ConferenceStatus.PLANNED, None, batch)
            self.invitations(conf, batch)

    def case_file(
        self,
        case: Case,
        legal: demo_data.Legal,
        script: str,
        surname_pair: tuple[str, str],
        batch: _Batch,
    ) -> list[FamilyMember]:
        """Responsibility matrix, goals, family, consents, needs and interventions."""
        rng = self.rng
        created = case.created_at.date()
        lead_kind = legal.lead
        rows: list[tuple[ResponsibilityDomain, AgencyKind]] = [
            (ResponsibilityDomain.COORDINATION, lead_kind),
            (
                ResponsibilityDomain.SUPERVISION,
                AgencyKind.PRISON if legal.custody else AgencyKind.PROBATION,
            ),
        ]
        optional = list(self.data.responsibility_agencies)
        for domain in rng.sample(optional, rng.randint(3, 5)):
            rows.append((domain, rng.choice(self.data.responsibility_agencies[domain])))
        for domain, kind in rows:
            agency = self.staff.of(kind)
            batch.responsibilities.append(
                Responsibility(
                    case_id=case.id,
                    domain=domain,
                    agency_id=agency.id,
                    person_id=self.person(kind).id if rng.random() < 0.7 else None,
                    note="",
                    id=self.uid(),
                )
            )

        for pos, text in enumerate(rng.sample(self.data.goals, rng.randint(2, 4))):
            goal_status = rng.choices(list(GoalStatus), [0.75, 0.18, 0.07])[0]
            batch.goals.append(
                Goal(
                    case_id=case.id,
                    text=text,
                    status=goal_status,
                    agreed_on=created + timedelta(days=rng.randint(10, 60)),
                    review_note=""
                    if goal_status is GoalStatus.OPEN
                    else self.phrases["goal_reviewed"],
                    position=pos,
                    id=self.uid(),
                )
            )

        n_family = rng.choices([0, 1, 2, 3, 4], [0.12, 0.3, 0.3, 0.18, 0.1])[0]
        minor = n_family > 0 and self.has_minor()
        family: list[FamilyMember] = []
        for i in range(n_family):
            is_minor = minor and i == n_family - 1
            relation = rng.choice(
                self.data.relationships_minor if is_minor else self.data.relationships_adult
            )
            female = relation.gender == "female" or (
                relation.gender == "either" and rng.random() < 0.9
            )
            own = relation.own_surname
            surname = None if own else (surname_pair[1] if female else surname_pair[0])
            family.append(
                FamilyMember(
                    case_id=case.id,
                    name=self.name(script, female, surname),
                    relationship=relation.name,
                    involvement=rng.choice(self.data.family_involvement),
                    support_offered=rng.choice(self.data.family_support_offered),
                    is_minor=is_minor,
                    safeguarding_notes=rng.choice(self.data.safeguarding) if is_minor else "",
                    id=self.uid(),
                )
            )
        batch.family.extend(family)

        for consent_kind in ConsentKind:
            given_on = created + timedelta(days=rng.randint(0, 20))
            batch.consents.append(
                Consent(
                    case_id=case.id,
                    kind=consent_kind,
                    state=ConsentState.GIVEN,
                    recorded_on=given_on,
                    scope=self.data.consent_scope[consent_kind],
                    given_by=case.subject_name,
                    id=self.uid(),
                )
            )
            if self.withdrawn():
                batch.consents.append(
                    Consent(
                        case_id=case.id,
                        kind=consent_kind,
                        state=ConsentState.WITHDRAWN,
                        recorded_on=min(
                            given_on + timedelta(days=rng.randint(30, 400)), self.today
                        ),
                        scope=self.data.consent_scope[consent_kind],
                        given_by=case.subject_name,
                        id=self.uid(),
                    )
                )

        for need_domain in rng.sample(list(NeedDomain), rng.randint(3, 6)):
            batch.needs.append(
                Need(
                    case_id=case.id,
                    domain=need_domain,
                    level=rng.choices(list(NeedLevel), [0.05, 0.3, 0.4, 0.25])[0],
                    owner_agency_id=self.staff.of(self.data.need_owner[need_domain]).id,
                    status=rng.choices(list(NeedStatus), [0.3, 0.4, 0.2, 0.1])[0],
                    notes=rng.choice(self.data.need_notes[need_domain]),
                    id=self.uid(),
                )
            )

        for intervention in rng.sample(list(InterventionKind), rng.randint(1, 4)):
            provider_kind = self.data.intervention_provider[intervention]
            provider = self.staff.of(provider_kind)
            start = created + timedelta(days=rng.randint(7, 200))
            i_status = rng.choices(list(InterventionStatus), [0.15, 0.5, 0.1, 0.15, 0.1])[0]
            if start > self.today:
                i_status = InterventionStatus.PLANNED
            ended = i_status in (InterventionStatus.COMPLETED, InterventionStatus.STOPPED)
            end = min(start + timedelta(days=rng.randint(60, 400)), self.today) if ended else None
            batch.interventions.append(
                Intervention(
                    case_id=case.id,
                    kind=intervention,
                    provider_agency_id=provider.id,
                    provider=self.person(provider_kind).name,
                    status=i_status,
                    engagement=(
                        Engagement.UNKNOWN
                        if i_status is InterventionStatus.PLANNED
                        else rng.choices(list(Engagement), [0.05, 0.1, 0.35, 0.5])[0]
                    ),
                    start_date=start,
                    end_date=end,
                    notes=rng.choice(self.data.intervention_notes),
                    id=self.uid(),
                )
            )
        return family

    def conference(
        self,
        case: Case,
        day: date,
        status: ConferenceStatus,
        next_date: date | None,
        batch: _Batch,
    ) -> Conference:
        rng = self.rng
        lead_kind = self.lead_kind[str(case.lead_agency_id)]
        chair = self.person(lead_kind if rng.random() < 0.6 else AgencyKind.MUNICIPALITY)
        facilitator = self.person(AgencyKind.CSO if rng.random() < 0.6 else AgencyKind.PRISON)
        while facilitator.id == chair.id:
            facilitator = rng.choice(self.professionals)
        minute_taker = rng.choice(self.professionals)
        while minute_taker.id in (chair.id, facilitator.id):
            minute_taker = rng.choice(self.professionals)
        hour = rng.choice([9, 10, 13, 14])
        scheduled = _at(day, hour, rng.choice([0, 30]))
        closed = status is ConferenceStatus.CLOSED
        conf = Conference(
            case_id=case.id,
            scheduled_for=scheduled,
            place=rng.choice(self.data.places),
            template="default",
            status=status,
            chair_id=chair.id,
            facilitator_id=facilitator.id,
            minute_taker_id=minute_taker.id,
            current_section=None,
            started_at=scheduled + timedelta(minutes=rng.randint(0, 10)) if closed else None,
            closed_at=scheduled + timedelta(minutes=rng.randint(60, 120)) if closed else None,
            next_conference_date=next_date,
            summary=self.phrases["summary"] if closed else "",
            id=self.uid(),
        )
        batch.conferences.append(conf)
        return conf

    def invitations(self, conf: Conference, batch: _Batch) -> None:
        """A planned conference: the professionals invited so far."""
        for person, role in self.professionals_at(conf):
            batch.attendance.append(self.present(conf, person, role))

    def present(self, conf: Conference, person: Person, role: AttendeeRole) -> Attendance:
        """A professional on the attendance list, present."""
        return Attendance(
            conference_id=conf.id,
            person_id=person.id,
            name=person.name,
            agency_id=person.agency_id,
            role=role,
            status=AttendanceStatus.PRESENT,
            id=self.uid(),
        )

    def professionals_at(self, conf: Conference) -> list[tuple[Person, AttendeeRole]]:
        rng = self.rng
        by_id = self.by_id
        table = [
            (by_id[str(conf.chair_id)], AttendeeRole.CHAIR),
            (by_id[str(conf.facilitator_id)], AttendeeRole.FACILITATOR),
            (by_id[str(conf.minute_taker_id)], AttendeeRole.MINUTE_TAKER),
        ]
        taken = {p.id for p, _ in table}
        others = [p for p in self.professionals if p.id not in taken]
        table += [(p, AttendeeRole.PROFESSIONAL) for p in rng.sample(others, rng.randint(2, 4))]
        return table

    def attendance(
        self,
        case: Case,
        conf: Conference,
        script: str,
        family: list[FamilyMember],
        batch: _Batch,
    ) -> tuple[list[str], tuple[Section, ...]]:
        """Who came, who sent apologies, and (sometimes) the subject and family for some
        sections. Returns the agencies present and the sections the subject attended."""
        rng = self.rng
        present: list[str] = []
        professionals = self.professionals_at(conf)
        for person, role in professionals:
            present.append(str(person.agency_id))
            batch.attendance.append(self.present(conf, person, role))
        came = {p.id for p, _ in professionals}
        others = [p for p in self.professionals if p.id not in came]
        for person in rng.sample(others, rng.choices([0, 1, 2], [0.4, 0.4, 0.2])[0]):
            apologies = rng.random() < 0.8
            batch.attendance.append(
                Attendance(
                    conference_id=conf.id,
                    person_id=person.id,
                    name=person.name,
                    agency_id=person.agency_id,
                    role=AttendeeRole.PROFESSIONAL,
                    status=AttendanceStatus.APOLOGIES if apologies else AttendanceStatus.ABSENT,
                    sent_information=apologies and rng.random() < 0.6,
                    id=self.uid(),
                )
            )
        subject_sections: tuple[Section, ...] = ()
        if self.subject_joins():
            subject_sections = tuple(
                s for s in _SUBJECT_SECTIONS if s is Section.OPENING or rng.random() < 0.8
            )
            batch.attendance.append(
                Attendance(
                    conference_id=conf.id,
                    name=case.subject_name,
                    role=AttendeeRole.SUBJECT,
                    status=AttendanceStatus.PRESENT,
                    sections=subject_sections,
                    id=self.uid(),
                )
            )
            if script != "latin" and rng.random() < 0.3:
                batch.attendance.append(
                    Attendance(
                        conference_id=conf.id,
                        name=self.phrases["interpreter"],
                        role=AttendeeRole.INTERPRETER,
                        status=AttendanceStatus.PRESENT,
                        sections=subject_sections,
                        id=self.uid(),
                    )
                )
        adults = [f for f in family if not f.is_minor]
        if adults and self.family_joins():
            batch.attendance.append(
                Attendance(
                    conference_id=conf.id,
                    name=rng.choice(adults).name,
                    role=AttendeeRole.FAMILY,
                    status=AttendanceStatus.PRESENT,
                    sections=_FAMILY_SECTIONS,
                    id=self.uid(),
                )
            )
        return present, subject_sections

    def entries(
        self,
        conf: Conference,
        present: list[str],
        subject_sections: tuple[Section, ...],
        batch: _Batch,
    ) -> None:
        rng = self.rng
        # The opening always records the confidentiality statement; risk is always discussed.
        picks: list[tuple[Section, EntryKind, TLP]] = [
            (Section.OPENING, EntryKind.NOTE, TLP.GREEN),
            (Section.RISK, EntryKind.INFORMATION, self.tlp()),
        ]
        for _ in range(rng.randint(1, 6)):
            section, kind = self.combo()
            picks.append((section, kind, self.tlp()))
        order = list(Section)
        picks.sort(key=lambda p: order.index(p[0]))
        position: dict[Section, int] = {}
        moment = conf.started_at or conf.scheduled_for
        for i, (section, kind, tlp) in enumerate(picks):
            source = rng.choice(present)
            if i == 0:
                text = self.data.texts[(Section.OPENING, EntryKind.NOTE)][0]
            else:
                text = self.fill(rng.choice(self.data.texts[(section, kind)]), source)
                follow = rng.choice(self.data.follow_ups)
                if follow:
                    text += " " + self.fill(follow, rng.choice(present))
                # Rare words, in about one entry in 250 (each phrase in ~50 of 10,000
                # cases): realistic "needle" queries for the search benchmark.
                if rng.random() < 0.004:
                    text += " " + rng.choice(self.data.rare_details)
            rationale = ""
            dissenting = None
            if kind is EntryKind.DECISION:
                rationale = rng.choice(self.data.rationales)
            elif kind is EntryKind.DISSENT:
                dissenting = source
                rationale = rng.choice(self.data.rationales)
            shareable = (
                kind is not EntryKind.DISSENT
                and disclosure.within(tlp, disclosure.ROOM_CEILING)
                and section in subject_sections
                and self.shareable()
            )
            batch.entries.append(
                Entry(
                    conference_id=conf.id,
                    section=section,
                    text=text,
                    kind=kind,
                    tlp=tlp,
                    source_agency_id=source,
                    shareable_with_subject=shareable,
                    rationale=rationale,
                    dissenting_agency_id=dissenting,
                    position=position.get(section, 0),
                    created_at=moment + timedelta(minutes=4 * i + 1),
                    id=self.uid(),
                )
            )
            position[section] = position.get(section, 0) + 1

    def risk(
        self,
        case: Case,
        conf: Conference,
        day: date,
        previous: RiskLevel | None,
        batch: _Batch,
    ) -> RiskLevel:
        rng = self.rng
        levels = list(RiskLevel)
        if previous is None:
            level = rng.choices(levels, [0.2, 0.4, 0.3, 0.1])[0]
            change = ChangeDirection.NONE
            note = self.phrases["first_assessment"]
        else:
            step = rng.choices([-1, 0, 1], [0.3, 0.55, 0.15])[0]
            level = levels[max(0, min(len(levels) - 1, previous.rank + step))]
            if level.rank > previous.rank:
                change, note = ChangeDirection.INCREASED, self.phrases["risk_increased"]
            elif level.rank < previous.rank:
                change, note = ChangeDirection.DECREASED, self.phrases["risk_decreased"]
            else:
                change, note = ChangeDirection.NONE, self.phrases["risk_unchanged"]
        scale = ["low", "moderate", "high"]
        ratings = {
            "engagement": rng.choice(["good", "partial", "none"]),
            "intent": scale[min(2, max(0, level.rank - rng.randint(0, 1)))],
            "capability": rng.choice(scale),
            "protective_factors": rng.choice(["strong", "moderate", "weak"]),
        }
        batch.risks.append(
            RiskAssessment(
                case_id=case.id,
                level=level,
                assessed_on=day,
                conference_id=conf.id,
                framework=rng.choice(self.data.risk_frameworks),
                domain_ratings=ratings,
                rationale=rng.choice(self.data.risk_rationale) + ".",
                known_unknowns=" ".join(rng.sample(self.data.known_unknowns, rng.randint(1, 2))),
                change=change,
                change_note=note,
                tlp=rng.choice([TLP.AMBER, TLP.AMBER_STRICT, TLP.RED]),
                id=self.uid(),
            )
        )
        return level

    def actions(
        self,
        case: Case,
        conf: Conference,
        day: date,
        open_actions: list[int],
        batch: _Batch,
    ) -> list[int]:
        """Review the previous conference's actions here, then agree new ones."""
        rng = self.rng
        created = conf.closed_at or conf.scheduled_for
        still_open: list[int] = []
        for idx in open_actions:
            action = batch.actions[idx]
            status, reason = self.outcome()
            if status is ActionStatus.NOT_DONE:
                note = rng.choice(
                    self.data.not_done_notes[reason or NotDoneReason.AGENCY_DID_NOT_ACT]
                )
            else:
                note = rng.choice(self.data.review_notes[status])
            batch.actions[idx] = dataclasses.replace(
                action,
                status=status,
                not_done_reason=reason,
                review_note=note,
                reviewed_in_conference_id=conf.id,
            )
            if status is ActionStatus.CARRIED_FORWARD:
                batch.actions.append(
                    dataclasses.replace(
                        action,
                        conference_id=conf.id,
                        due=day + timedelta(days=rng.randint(14, 60)),
                        status=ActionStatus.OPEN,
                        carried_forward_from_id=action.id,
                        created_at=created,
                        id=self.uid(),
                    )
                )
                still_open.append(len(batch.actions) - 1)
        for agreed in rng.sample(self.data.actions, rng.randint(1, 3)):
            owner = self.person(agreed.owner)
            batch.actions.append(
                Action(
                    case_id=case.id,
                    description=self.fill(agreed.text, owner.agency_id),
                    conference_id=conf.id,
                    owner_person_id=owner.id,
                    owner_agency_id=owner.agency_id,
                    due=day + timedelta(days=rng.randint(21, 21 + case.review_frequency_days)),
                    status=ActionStatus.OPEN,
                    for_subject=agreed.for_subject,
                    created_at=created,
                    id=self.uid(),
                )
            )
            still_open.append(len(batch.actions) - 1)
        return still_open


# -- glossary -------------------------------------------------------------------------------


def seed_glossary() -> list[tuple[str, str, str]]:
    """The agreed terms shipped in resources/glossary.json as (term, definition, language)."""
    raw = resources.files("caseconf_desktop.resources").joinpath("glossary.json").read_text("utf-8")
    data = json.loads(raw)
    language = str(data.get("language", "en"))
    return [
        (str(t["term"]), str(t["definition"]), str(t.get("language", language)))
        for t in data["terms"]
    ]


def _missing_glossary(vault: Vault, rng: random.Random) -> list[GlossaryTerm]:
    have = case_records.glossary_keys(vault)
    return [
        GlossaryTerm(term=term, definition=definition, language=lang, id=_uid(rng))
        for term, definition, lang in seed_glossary()
        if (term, lang) not in have
    ]


# -- entry point ----------------------------------------------------------------------------


def next_case_number(vault: Vault) -> int:
    """The number the next demo reference gets: one past the highest CC-YYYY-NNNNN in use."""
    highest = 0
    for reference in case_records.case_references_starting(vault, f"{REFERENCE_PREFIX}-"):
        match = _REFERENCE.match(reference)
        if match:
            highest = max(highest, int(match.group(1)))
    return highest + 1


def generate(
    vault: Vault,
    n_cases: int,
    seed: int = 1,
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Add ``n_cases`` synthetic cases with their conferences, entries and actions.

    Runs in one transaction and writes one audit row ("demo.generated", counts only).
    Returns the number of records added per kind ("cases", "conferences", "entries",
    "actions", ...). ``today`` anchors every date (default: the real today), so the same
    seed, vault state and ``today`` give identical data. ``progress(done, total)`` is
    called after each written chunk of cases.
    """
    if n_cases < 1:
        raise errors.InvalidInput(_tr("The number of demo cases must be at least 1."))
    anchor = today or date.today()
    counts: dict[str, int] = {}
    with vault.transaction():
        first = next_case_number(vault)
        # The stream depends on where numbering starts, so a second run never repeats the
        # first run's UUIDs; staff records come from their own stream and are looked up
        # by name first, so every run shares one partnership.
        staff_rng = random.Random(f"caseconf-demo-staff:{seed}")  # noqa: S311 (not security)
        data = demo_data.load()
        staff = _load_staff(vault, staff_rng, data)
        AGENCIES.upsert_many(vault, staff.new_agencies)
        PEOPLE.upsert_many(vault, staff.new_people)
        counts["agencies"] = len(staff.new_agencies)
        counts["people"] = len(staff.new_people)
        glossary = _missing_glossary(vault, staff_rng)
        GLOSSARY.upsert_many(vault, glossary)
        counts["glossary_terms"] = len(glossary)

        rng = random.Random(f"caseconf-demo:{seed}:{first}")  # noqa: S311 (not security)
        gen = _Generator(rng, staff, anchor, data)
        number = first
        done = 0
        while done < n_cases:
            batch = _Batch()
            for _ in range(min(_CHUNK, n_cases - done)):
                gen.case(number, batch)
                number += 1
                done += 1
            for name, table, rows in batch.tables():
                table.upsert_many(vault, rows)
                counts[name] = counts.get(name, 0) + len(rows)
            if progress is not None:
                progress(done, n_cases)
        audit.append(
            vault,
            "demo.generated",
            "vault",
            vault.get_meta("owner_person_id", "system"),
            detail={key: str(value) for key, value in sorted(counts.items())},
        )
    return counts

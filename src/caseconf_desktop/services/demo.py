"""Synthetic, realistic demo data: a multi-agency partnership and its case files.

Everything here is invented: agencies, professionals and subjects are made-up names
(subjects in Latin with diacritics, Greek, Cyrillic and Arabic script), and entry texts are
composed from phrase pools so that full-text search finds meaningful words ("housing",
"mentor", "employment"). The output is deterministic: the same seed on a vault in the same
state, with the same ``today``, gives the same records with the same UUIDs.

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

from caseconf_desktop import errors
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
from caseconf_desktop.storage import audit
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

REFERENCE_PREFIX = "CC"
_REFERENCE = re.compile(rf"^{REFERENCE_PREFIX}-\d{{4}}-(\d+)$")
# Cases are written in chunks so that memory stays flat for large demos.
_CHUNK = 500


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Demo", text)


# -- the partnership ------------------------------------------------------------------------

COUNTRY = "NL"

# (agency name, kind, short name used in minutes, [(person, role title), ...]).
# All names are invented for the demo.
AGENCY_SPECS: list[tuple[str, AgencyKind, str, list[tuple[str, str]]]] = [
    (
        "Westmark Prison",
        AgencyKind.PRISON,
        "the prison",
        [
            ("Inge Verhaegen", "DDR officer"),
            ("Tomasz Wrzesiński", "Wing manager"),
            ("Nadia Belkacem", "Prison psychologist"),
            ("Pieter Claessens", "Security liaison officer"),
        ],
    ),
    (
        "Westmark Probation Service",
        AgencyKind.PROBATION,
        "probation",
        [
            ("Marleen Dekkers", "Probation officer"),
            ("Radu Ionescu", "Senior probation officer"),
            ("Sofia Lindqvist", "Probation officer"),
        ],
    ),
    (
        "Regional Police – Prevention Unit",
        AgencyKind.POLICE,
        "the police",
        [
            ("Hendrik Aalbers", "Prevention officer"),
            ("Claire Moreau", "Community liaison officer"),
            ("Jonas Petersen", "Analyst"),
        ],
    ),
    (
        "Municipality of Westmark – Safety and Social Affairs",
        AgencyKind.MUNICIPALITY,
        "the municipality",
        [
            ("Eva Marković", "Safety coordinator"),
            ("Bram Hoekstra", "Housing officer"),
            ("Lucía Navarro", "Case coordinator"),
        ],
    ),
    (
        "Westmark Community Mental Health",
        AgencyKind.HEALTH,
        "mental health services",
        [
            ("Anneke Visser", "Psychiatrist"),
            ("Marco Rinaldi", "Psychologist"),
            ("Greta Holm", "Community psychiatric nurse"),
        ],
    ),
    (
        "Westmark Social Services",
        AgencyKind.SOCIAL_SERVICES,
        "social services",
        [
            ("Yasmin Haddou", "Social worker"),
            ("Kristof Peeters", "Team leader"),
            ("Olga Nowak", "Social worker"),
        ],
    ),
    (
        "Bridgeway Exit Programme",
        AgencyKind.CSO,
        "the exit programme",
        [
            ("Samir Ouali", "Mentor"),
            ("Ruth Janssens", "Case manager"),
            ("Daan Willems", "Mentor"),
            ("Amira Chaouki", "Mentor"),
        ],
    ),
    (
        "Interfaith Counselling Network",
        AgencyKind.FAITH,
        "the faith counsellor",
        [
            ("Idris Karaca", "Faith counsellor"),
            ("Hanna Berg", "Prison chaplain"),
        ],
    ),
    (
        "Family Support Westmark",
        AgencyKind.FAMILY_SUPPORT,
        "family support",
        [
            ("Leen Maes", "Family support worker"),
            ("Fatima Zahra Amrani", "Family support worker"),
        ],
    ),
    (
        "Work and Skills Westmark",
        AgencyKind.EMPLOYMENT,
        "the employment service",
        [
            ("Koen Verbeke", "Job coach"),
            ("Inês Duarte", "Employment adviser"),
        ],
    ),
]


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


def _load_staff(vault: Vault, rng: random.Random) -> _Staff:
    """Find the demo agencies and people already in the vault; create the missing ones."""
    staff = _Staff()
    names = [spec[0] for spec in AGENCY_SPECS]
    marks = ", ".join("?" for _ in names)
    existing = {a.name: a for a in AGENCIES.where(vault, f"name IN ({marks})", names)}
    for name, kind, short, members in AGENCY_SPECS:
        agency = existing.get(name)
        if agency is None:
            agency = Agency(name=name, kind=kind, country=COUNTRY, id=_uid(rng))
            staff.new_agencies.append(agency)
        staff.agency[kind] = agency
        staff.short[agency.id] = short
        known = {p.name: p for p in PEOPLE.where(vault, "agency_id = ?", (agency.id,))}
        team: list[Person] = []
        for person_name, title in members:
            person = known.get(person_name)
            if person is None:
                person = Person(
                    name=person_name,
                    agency_id=agency.id,
                    role_title=title,
                    email=_email(person_name),
                    phone=f"+31 20 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
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


# -- names of subjects and families ---------------------------------------------------------

# Each script: (male first names, female first names, surnames as (male form, female form)).
_NamePool = tuple[list[str], list[str], list[tuple[str, str]]]

NAMES: dict[str, _NamePool] = {
    "latin": (
        [
            "José",
            "Łukasz",
            "Jürgen",
            "Søren",
            "François",
            "Ştefan",
            "Dževad",
            "Ömer",
            "Andrés",
            "Mátyás",
            "Tomáš",
            "Björn",
            "Émile",
            "Dušan",
            "Gonçalo",
            "Jiří",
            "Rúben",
            "Kerem",
        ],
        ["Zoë", "Inês", "Hülya", "Aurélie", "Renée", "Jolanta", "Małgorzata", "Ivana", "Ségolène"],
        [
            ("Fernández", "Fernández"),
            ("Kowalczyk", "Kowalczyk"),
            ("Dąbrowski", "Dąbrowska"),
            ("Øvergaard", "Øvergaard"),
            ("Šimunović", "Šimunović"),
            ("Çelik", "Çelik"),
            ("Lefèvre", "Lefèvre"),
            ("Horváth", "Horváth"),
            ("Gonçalves", "Gonçalves"),
            ("Özdemir", "Özdemir"),
            ("Nováček", "Nováčková"),
            ("Brandão", "Brandão"),
            ("Müller-Kraus", "Müller-Kraus"),
            ("Răducanu", "Răducanu"),
            ("Jašarević", "Jašarević"),
            ("Sørlie", "Sørlie"),
            ("Ibáñez", "Ibáñez"),
        ],
    ),
    "greek": (
        ["Γιώργος", "Νίκος", "Δημήτρης", "Κώστας", "Σπύρος", "Αλέξανδρος", "Θανάσης", "Μιχάλης"],
        ["Ελένη", "Μαρία", "Κατερίνα", "Δέσποινα"],
        [
            ("Παπαδόπουλος", "Παπαδοπούλου"),
            ("Νικολάου", "Νικολάου"),
            ("Γεωργίου", "Γεωργίου"),
            ("Καραγιάννης", "Καραγιάννη"),
            ("Οικονόμου", "Οικονόμου"),
            ("Μαυρίδης", "Μαυρίδου"),
            ("Λαζαρίδης", "Λαζαρίδου"),
        ],
    ),
    "cyrillic": (
        ["Дмитрий", "Алексей", "Богдан", "Милош", "Никола", "Артём", "Тарас", "Стефан"],
        ["Светлана", "Ирина", "Милена", "Олеся"],
        [
            ("Соколов", "Соколова"),
            ("Петров", "Петрова"),
            ("Јовановић", "Јовановић"),
            ("Ковальчук", "Ковальчук"),
            ("Стоянов", "Стоянова"),
            ("Морозов", "Морозова"),
            ("Шевчук", "Шевчук"),
        ],
    ),
    "arabic": (
        ["يوسف", "عمر", "خالد", "أحمد", "سمير", "كريم", "إلياس", "حمزة"],
        ["فاطمة", "ليلى", "مريم", "نور"],
        [
            ("الحداد", "الحداد"),
            ("بن علي", "بن علي"),
            ("المصري", "المصري"),
            ("الخطيب", "الخطيب"),
            ("النجار", "النجار"),
            ("الزين", "الزين"),
            ("العمري", "العمري"),
        ],
    ),
}
SCRIPTS = list(NAMES)
_SCRIPT_WEIGHTS = [0.55, 0.12, 0.15, 0.18]

CODEWORDS = [
    "Alder",
    "Birch",
    "Cedar",
    "Heron",
    "Lark",
    "Marten",
    "Otter",
    "Quill",
    "Rowan",
    "Sable",
    "Tern",
    "Wren",
    "Juniper",
    "Kestrel",
    "Linden",
    "Maple",
    "Pike",
    "Sorrel",
]

# -- the case file --------------------------------------------------------------------------

ESTABLISHMENTS_CUSTODY = [
    "Westmark Prison",
    "Westmark Prison – Specialised Unit",
    "Northfield Prison",
    "Harbourgate Remand Centre",
]
ESTABLISHMENTS_COMMUNITY = ["Community (Westmark)", "Community (Eastbrook)", "Community (Lowmoor)"]
PROGRAMMES = [
    "Bridgeway Exit Programme",
    "Prison Disengagement Pathway",
    "Resettlement and Reintegration Plan",
    "Family-inclusive Exit Track",
    "Structured Mentoring Programme",
]


@dataclass(frozen=True)
class _Legal:
    status: str
    custody: bool
    lead: AgencyKind
    sentenced: bool
    released: bool


LEGAL = [
    _Legal("Sentenced, in custody", True, AgencyKind.PRISON, True, False),
    _Legal("On remand, awaiting trial", True, AgencyKind.PRISON, False, False),
    _Legal("Released on licence", False, AgencyKind.PROBATION, True, True),
    _Legal("Sentence completed, voluntary participation", False, AgencyKind.CSO, True, True),
    _Legal("Suspended sentence with conditions", False, AgencyKind.PROBATION, True, False),
]
_LEGAL_WEIGHTS = [0.4, 0.08, 0.3, 0.12, 0.1]

GOALS_POOL = [
    "Secure stable housing before release",
    "Find paid employment or a vocational course within six months",
    "Keep weekly contact with the mentor",
    "Rebuild contact with the family at a pace the family agrees to",
    "Stay away from former associates and extremist online spaces",
    "Engage with mental health support and take part in therapy",
    "Complete the welding apprenticeship",
    "Clear or manage outstanding debts with a repayment plan",
    "Continue theological dialogue with the faith counsellor",
    "Comply with all licence conditions",
    "Build a pro-social network through sport or volunteering",
    "Obtain identity documents and register with a general practitioner",
]

RELATIONSHIPS_ADULT = ["mother", "father", "brother", "sister", "partner", "uncle", "aunt"]
RELATIONSHIPS_MINOR = ["son", "daughter", "younger brother", "younger sister"]
INVOLVEMENT = [
    "Visits fortnightly and joins the family section of conferences",
    "Phone contact only; does not wish to attend meetings",
    "Strongly supportive; attends family sessions",
    "Ambivalent; contact resumed recently",
    "No contact at present at their own request",
]
SUPPORT_OFFERED = [
    "Family support sessions every month",
    "Referral to a parents' support group",
    "Help with visiting arrangements and travel costs",
    "Information sessions on the exit programme",
    "",
]
SAFEGUARDING = [
    "Contact with the child supervised; safeguarding plan agreed with social services",
    "School informed under the safeguarding protocol; no concerns at present",
    "Child lives with the mother; social services monitor under a child-in-need plan",
    "Video calls only until the next review of the safeguarding plan",
]
CONSENT_SCOPE = {
    ConsentKind.INFORMATION_SHARING: "Sharing between the agencies of this case conference",
    ConsentKind.PARTICIPATION: "Attending agreed sections of case conferences",
    ConsentKind.FAMILY_INVOLVEMENT: "Contacting and involving named family members",
}

PLACES = [
    "Westmark Prison, meeting room 2",
    "Westmark Prison, visits hall (closed session)",
    "Probation office, Harbour Street",
    "Town hall, room 4.12",
    "Bridgeway office, Canal Road",
    "Secure video call",
]

FRAMEWORKS = [
    "VERA-2R (outcome only)",
    "ERG 22+ (outcome only)",
    "Structured professional judgement",
]
KNOWN_UNKNOWNS = [
    "Current online contacts are not known to any agency.",
    "It is unclear whether contact with a former co-defendant has resumed.",
    "Views on violence since the last conference have not been explored in depth.",
    "Housing after release is not yet confirmed, which affects the picture.",
    "The impact of the recent family bereavement is not yet known.",
    "No information on finances since the benefits claim was suspended.",
    "Whether the new friendship group is pro-social has not been verified.",
]
RISK_RATIONALE = [
    "Sustained engagement with the mentor and the absence of ideological statements",
    "Renewed contact with a former associate reported by the police",
    "Stable housing and a job offer strengthen protective factors",
    "Withdrawal from the exit programme and missed appointments",
    "Open discussion of past views in theological dialogue",
    "Deterioration in mental health after the move to another wing",
    "Family relationships have improved and the subject has a clear plan",
    "Compliance with licence conditions for the whole period",
]

NEED_NOTES: dict[NeedDomain, list[str]] = {
    NeedDomain.HOUSING: [
        "Housing application submitted; waiting list of several months",
        "Supported housing place offered on release",
        "At risk of homelessness after release",
    ],
    NeedDomain.EDUCATION_EMPLOYMENT: [
        "Interested in a welding apprenticeship",
        "Job coach arranged a work trial in a warehouse",
        "Completing secondary education in prison",
    ],
    NeedDomain.MENTAL_HEALTH: [
        "Symptoms of anxiety; on the waiting list for therapy",
        "Trauma-focused therapy started",
        "Sleeps poorly since the transfer",
    ],
    NeedDomain.SUBSTANCE_USE: [
        "Cannabis use before arrest; abstinent in custody",
        "Alcohol use reported by family",
    ],
    NeedDomain.FAMILY: [
        "Wants to rebuild contact with the children",
        "Conflict with the father over the offence",
    ],
    NeedDomain.SOCIAL_NETWORK: [
        "Former network remains the main social contact",
        "Joined a football club through the mentor",
    ],
    NeedDomain.IDENTITY_MEANING: [
        "Searching for a role and purpose outside the movement",
        "Describes a sense of belonging only with former associates",
    ],
    NeedDomain.IDEOLOGY: [
        "Still holds some ideological views but rejects violence",
        "Questions the ideology openly in sessions",
    ],
    NeedDomain.FINANCES: [
        "Outstanding fines and debts; budgeting support offered",
        "Benefits claim to be prepared before release",
    ],
    NeedDomain.LEGAL: [
        "Appeal pending",
        "Needs help with identity documents and residence permit",
    ],
    NeedDomain.FAITH_SUPPORT: [
        "Asked for regular sessions with the faith counsellor",
        "Attends Friday prayers with the prison imam",
    ],
}
NEED_OWNER: dict[NeedDomain, AgencyKind] = {
    NeedDomain.HOUSING: AgencyKind.MUNICIPALITY,
    NeedDomain.EDUCATION_EMPLOYMENT: AgencyKind.EMPLOYMENT,
    NeedDomain.MENTAL_HEALTH: AgencyKind.HEALTH,
    NeedDomain.SUBSTANCE_USE: AgencyKind.HEALTH,
    NeedDomain.FAMILY: AgencyKind.FAMILY_SUPPORT,
    NeedDomain.SOCIAL_NETWORK: AgencyKind.CSO,
    NeedDomain.IDENTITY_MEANING: AgencyKind.CSO,
    NeedDomain.IDEOLOGY: AgencyKind.CSO,
    NeedDomain.FINANCES: AgencyKind.SOCIAL_SERVICES,
    NeedDomain.LEGAL: AgencyKind.PROBATION,
    NeedDomain.FAITH_SUPPORT: AgencyKind.FAITH,
}
INTERVENTION_PROVIDER: dict[InterventionKind, AgencyKind] = {
    InterventionKind.MENTORING: AgencyKind.CSO,
    InterventionKind.PSYCHOLOGICAL: AgencyKind.HEALTH,
    InterventionKind.THEOLOGICAL_DIALOGUE: AgencyKind.FAITH,
    InterventionKind.VOCATIONAL: AgencyKind.EMPLOYMENT,
    InterventionKind.EDUCATION: AgencyKind.PRISON,
    InterventionKind.FAMILY_SUPPORT: AgencyKind.FAMILY_SUPPORT,
    InterventionKind.EXIT_PROGRAMME: AgencyKind.CSO,
    InterventionKind.OTHER: AgencyKind.SOCIAL_SERVICES,
}
INTERVENTION_NOTES = [
    "Weekly sessions; attendance good",
    "Sessions moved to fortnightly at the subject's request",
    "Waiting for a place",
    "Paused during the transfer between establishments",
    "Group sessions with two other participants",
    "Completed the first module",
]
RESPONSIBILITY_KIND: dict[ResponsibilityDomain, list[AgencyKind]] = {
    ResponsibilityDomain.RISK: [AgencyKind.POLICE, AgencyKind.PROBATION],
    ResponsibilityDomain.NEEDS: [AgencyKind.SOCIAL_SERVICES, AgencyKind.CSO],
    ResponsibilityDomain.FAMILY: [AgencyKind.FAMILY_SUPPORT, AgencyKind.SOCIAL_SERVICES],
    ResponsibilityDomain.INTERVENTIONS: [AgencyKind.CSO],
    ResponsibilityDomain.HOUSING: [AgencyKind.MUNICIPALITY],
    ResponsibilityDomain.HEALTH: [AgencyKind.HEALTH],
    ResponsibilityDomain.EDUCATION_EMPLOYMENT: [AgencyKind.EMPLOYMENT],
    ResponsibilityDomain.FAITH: [AgencyKind.FAITH],
}

# -- what is said at a conference -----------------------------------------------------------

# Slots filled from these pools make texts vary while staying plausible.
SLOTS: dict[str, list[str]] = {
    "weeks": ["two", "three", "four", "six", "eight"],
    "month": ["January", "March", "April", "June", "September", "October", "November"],
    "course": [
        "welding",
        "forklift",
        "bookkeeping",
        "plumbing",
        "catering",
        "IT support",
        "painting and decorating",
        "carpentry",
    ],
    "housing": [
        "supported housing",
        "a studio flat",
        "the family home",
        "a hostel place",
        "social housing",
    ],
    "activity": [
        "football",
        "the gym",
        "a reading group",
        "volunteering at the food bank",
        "a boxing club",
        "a music workshop",
    ],
    "mood": ["calm", "motivated", "withdrawn", "anxious", "open", "frustrated", "reflective"],
    "topic": [
        "release planning",
        "contact with the family",
        "the move to an open regime",
        "the level of supervision",
        "the exit programme",
        "information sharing with the employer",
    ],
}
# Rare words appear in about one entry in 250 (each phrase in ~50 of 10,000 cases):
# realistic "needle" queries for the search benchmark.
RARE_DETAILS = [
    "The subject mentioned an interest in beekeeping.",
    "The subject has started a calligraphy class.",
    "The subject asked about a forklift licence.",
    "The subject won a chess tournament on the wing.",
    "The subject wants to train for a marathon.",
    "The subject spoke about an apprenticeship at a bakery.",
    "The subject joined a pottery workshop.",
]

_S = Section
_K = EntryKind
TEXTS: dict[tuple[Section, EntryKind], list[str]] = {
    (_S.OPENING, _K.NOTE): [
        "The chair read the confidentiality statement; everyone present agreed that what is "
        "shared stays within this partnership.",
        "Introductions were made and the purpose of the conference was restated: review "
        "progress against the agreed goals.",
        "The chair reminded attendees that the TLP label of each contribution governs onward "
        "sharing.",
        "Apologies were noted and written updates from absent agencies were read out.",
    ],
    (_S.OPENING, _K.INFORMATION): [
        "{Agency} confirmed that consent to information sharing is still in place.",
        "{Agency} circulated a written update {weeks} days before the meeting.",
        "{Agency} confirmed that an interpreter is available for the subject's sections.",
    ],
    (_S.OPENING, _K.DECISION): [
        "Agreed to hold the first part of the meeting with the subject present and the risk "
        "discussion without.",
        "Agreed that {agency} chairs this conference as lead agency.",
    ],
    (_S.OPENING, _K.DISSENT): [
        "{Agency} objected to the subject attending the opening while a disciplinary hearing "
        "is pending.",
    ],
    (_S.REVIEW, _K.NOTE): [
        "Previous actions were reviewed one by one.",
        "The housing referral from the last conference was discussed.",
        "The mentor reported on the actions agreed with the subject.",
        "Most actions are complete; two were carried forward.",
    ],
    (_S.REVIEW, _K.INFORMATION): [
        "{Agency} completed the referral to {housing} in {month}.",
        "{Agency} could not arrange the joint visit because of staff shortages.",
        "{Agency} reported that the employment assessment took place in {month}.",
        "{Agency} sent the benefits application; a decision is expected within {weeks} weeks.",
    ],
    (_S.REVIEW, _K.DECISION): [
        "Agreed to close the action on identity documents as complete.",
        "Agreed to carry forward the housing action with a new due date.",
    ],
    (_S.REVIEW, _K.DISSENT): [
        "{Agency} disagrees that the action on {topic} can be closed.",
    ],
    (_S.RISK, _K.NOTE): [
        "Risk discussed without the subject present.",
        "Protective factors were reviewed: family support, the mentor relationship and {activity}.",
        "Known unknowns were listed and owners agreed to find out more before the next conference.",
        "The subject appeared {mood} in recent sessions.",
    ],
    (_S.RISK, _K.INFORMATION): [
        "{Agency} reports no contact with former associates since the last conference.",
        "{Agency} reports renewed online activity in closed groups; details held by the police.",
        "{Agency} reports that the subject rejected violence in recent sessions.",
        "{Agency} reports a disciplinary incident on the wing in {month}.",
        "{Agency} holds intelligence that a former associate tried to make contact.",
        "{Agency} reports compliance with licence conditions, including the curfew.",
    ],
    (_S.RISK, _K.DECISION): [
        "Agreed the overall risk level and the domain ratings as recorded.",
        "Agreed to increase the frequency of probation contact to weekly.",
        "Agreed to keep the current level of supervision until the next conference.",
    ],
    (_S.RISK, _K.DISSENT): [
        "{Agency} considers the risk level too low given the recent online activity.",
        "{Agency} considers the risk level too high given sustained engagement.",
    ],
    (_S.NEEDS, _K.NOTE): [
        "Housing remains the most pressing need before release.",
        "The subject would like to work in {course}.",
        "Debts were discussed; a repayment plan is in preparation.",
        "Mental health support was discussed; the waiting list is about {weeks} weeks.",
    ],
    (_S.NEEDS, _K.INFORMATION): [
        "{Agency} has offered {housing} from {month}.",
        "{Agency} found a {course} course that starts in {month}.",
        "{Agency} reports that the employment service has a job coach available.",
        "{Agency} reports that the benefits claim was approved.",
        "{Agency} reports the subject is on the waiting list for therapy.",
    ],
    (_S.NEEDS, _K.DECISION): [
        "Agreed that the municipality leads on housing.",
        "Agreed to refer the subject to the job coach for employment support.",
        "Agreed to prioritise mental health support over the vocational course for now.",
    ],
    (_S.NEEDS, _K.DISSENT): [
        "{Agency} does not agree that {housing} is suitable, given the location.",
        "{Agency} disagrees with delaying the {course} course.",
    ],
    (_S.FAMILY, _K.NOTE): [
        "The mother remains supportive and visits every {weeks} weeks.",
        "The partner asked for information about the exit programme.",
        "Safeguarding of the children was reviewed; the plan remains in place.",
        "Contact with the father is still difficult.",
    ],
    (_S.FAMILY, _K.INFORMATION): [
        "{Agency} confirmed that the safeguarding plan for the children is in place.",
        "{Agency} reports that the family attended two support sessions.",
        "{Agency} reports that the school has no concerns about the children.",
    ],
    (_S.FAMILY, _K.DECISION): [
        "Agreed to invite the mother to the family section of the next conference.",
        "Agreed that child contact stays supervised until the next review.",
    ],
    (_S.FAMILY, _K.DISSENT): [
        "{Agency} disagrees with unsupervised contact with the children at this stage.",
    ],
    (_S.INTERVENTIONS, _K.NOTE): [
        "The mentor meets the subject weekly; engagement is described as good.",
        "Theological dialogue sessions continue with the faith counsellor.",
        "Psychological support has started; the subject attends regularly.",
        "The subject takes part in {activity} as part of the exit programme.",
    ],
    (_S.INTERVENTIONS, _K.INFORMATION): [
        "{Agency} reports that the subject missed {weeks} mentor sessions.",
        "{Agency} reports good engagement in the {course} course.",
        "{Agency} reports the first module of the exit programme is complete.",
        "{Agency} reports that the subject asked for sessions with the imam.",
    ],
    (_S.INTERVENTIONS, _K.DECISION): [
        "Agreed to continue mentoring for another {weeks} months.",
        "Agreed to start family support sessions in {month}.",
        "Agreed to pause theological dialogue at the subject's request.",
    ],
    (_S.INTERVENTIONS, _K.DISSENT): [
        "{Agency} disagrees with pausing the mentoring before release.",
    ],
    (_S.ACTIONS, _K.NOTE): [
        "Actions were agreed and read back with owners and due dates.",
        "The subject agreed to the actions that concern them.",
        "Owners confirmed they can meet the due dates.",
    ],
    (_S.ACTIONS, _K.INFORMATION): [
        "{Agency} can take on the housing action from {month}.",
        "{Agency} will be on leave in {month}; a colleague covers the actions.",
    ],
    (_S.ACTIONS, _K.DECISION): [
        "Agreed that {agency} owns the release planning action.",
        "Agreed that every action has one owner and a due date before the next conference.",
    ],
    (_S.ACTIONS, _K.DISSENT): [
        "{Agency} does not accept ownership of the action on {topic}.",
    ],
    (_S.AOB, _K.NOTE): [
        "Media interest in the trial of a co-defendant was noted.",
        "An interpreter will be needed at the next conference.",
        "The partnership will review the agenda template at the next joint training.",
    ],
    (_S.AOB, _K.INFORMATION): [
        "{Agency} announced a change of case worker from {month}.",
        "{Agency} reported that the subject's appeal hearing is set for {month}.",
    ],
    (_S.AOB, _K.DECISION): [
        "Agreed to share the summary minutes with the employer only with consent.",
    ],
    (_S.AOB, _K.DISSENT): [
        "{Agency} disagrees with sharing the summary with the employer.",
    ],
    (_S.CLOSING, _K.NOTE): [
        "The chair summarised the decisions and actions.",
        "The next conference date was agreed.",
        "The participant version of the minutes will be explained to the subject by the mentor.",
    ],
    (_S.CLOSING, _K.INFORMATION): [
        "{Agency} will circulate the minutes within {weeks} working days.",
    ],
    (_S.CLOSING, _K.DECISION): [
        "Agreed to meet again in {weeks} weeks, earlier if the risk picture changes.",
        "Agreed that the next conference takes place before release.",
    ],
    (_S.CLOSING, _K.DISSENT): [
        "{Agency} considers the interval to the next conference too long.",
    ],
}
FOLLOW_UPS = [
    "The subject appeared {mood}.",
    "This will be reviewed at the next conference.",
    "The mentor will discuss this with the subject.",
    "Written details are held by {agency}.",
    "Further information is expected in {month}.",
    "",
    "",
    "",
]
RATIONALES = [
    "This keeps the plan proportionate to the current risk picture.",
    "The subject's engagement has been consistent for several months.",
    "Stable housing and employment are the strongest protective factors available.",
    "The information from the police needs to be verified before acting on it.",
    "Involving the family has improved continuity after earlier transfers.",
    "This follows the lead agency's assessment and the responsibility matrix.",
    "It avoids duplication between the exit programme and probation.",
]
ACTION_TEXTS = [
    ("Submit the housing application for {housing}", AgencyKind.MUNICIPALITY, False),
    ("Arrange a {course} course place", AgencyKind.EMPLOYMENT, False),
    ("Book the first appointment with the job coach", AgencyKind.EMPLOYMENT, True),
    ("Refer to community mental health for assessment", AgencyKind.HEALTH, False),
    ("Hold a joint home visit before release", AgencyKind.PROBATION, False),
    ("Update the licence conditions with the subject", AgencyKind.PROBATION, True),
    ("Share the updated risk picture with the prison", AgencyKind.POLICE, False),
    ("Arrange weekly mentor sessions", AgencyKind.CSO, True),
    ("Invite the family to a support session", AgencyKind.FAMILY_SUPPORT, True),
    ("Review the safeguarding plan for the children", AgencyKind.SOCIAL_SERVICES, False),
    ("Prepare the benefits claim with the subject", AgencyKind.SOCIAL_SERVICES, True),
    ("Offer theological dialogue sessions", AgencyKind.FAITH, True),
    ("Apply for identity documents", AgencyKind.MUNICIPALITY, True),
    ("Confirm the release date and transport", AgencyKind.PRISON, False),
]
REVIEW_NOTES = {
    ActionStatus.DONE: ["Completed.", "Completed on time.", "Done; confirmed in writing."],
    ActionStatus.CLOSED: ["No longer needed after the change of plan.", "Superseded."],
    ActionStatus.CARRIED_FORWARD: ["Carried forward with a new due date."],
}
NOT_DONE_NOTES = {
    NotDoneReason.CHANGE_OF_CIRCUMSTANCES: [
        "Not done: the subject was transferred to another establishment.",
        "Not done: the release date moved.",
        "Not done: the provider closed its waiting list.",
    ],
    NotDoneReason.AGENCY_DID_NOT_ACT: [
        "Not done: the agency did not act before the due date.",
        "Not done: the referral was not sent.",
    ],
}

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

    def __init__(self, rng: random.Random, staff: _Staff, today: date) -> None:
        self.rng = rng
        self.staff = staff
        self.today = today
        self.script = _Cover(rng, SCRIPTS, _SCRIPT_WEIGHTS)
        self.profile = _Cover(rng, _PROFILES, _PROFILE_WEIGHTS)
        self.legal = _Cover(rng, LEGAL, _LEGAL_WEIGHTS)
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
        values = {name: rng.choice(pool) for name, pool in SLOTS.items()}
        short = self.staff.short.get(agency_id or "", "the lead agency")
        values["agency"] = short
        values["Agency"] = short[0].upper() + short[1:]
        return template.format(**values)

    def name(self, script: str, female: bool, surname: str | None = None) -> str:
        males, females, surnames = NAMES[script]
        first = self.rng.choice(females if female else males)
        if surname is None:
            pair = self.rng.choice(surnames)
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
        surname_pair = rng.choice(NAMES[script][2])
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
            ESTABLISHMENTS_CUSTODY if legal.custody else ESTABLISHMENTS_COMMUNITY
        )
        if legal.status.startswith("On remand"):
            establishment = "Harbourgate Remand Centre"
        lead = self.staff.of(legal.lead)
        if status is CaseStatus.CLOSED:
            retention = last + timedelta(days=rng.randint(180, 900))
        else:
            retention = created + timedelta(days=rng.randint(3 * 365, 6 * 365))
        case = Case(
            reference=f"{REFERENCE_PREFIX}-{created.year:04d}-{number:05d}",
            subject_name=subject_name,
            pseudonym=f"{rng.choice(CODEWORDS)}-{rng.randint(10, 99)}",
            date_of_birth=dob,
            legal_status=legal.status,
            establishment=establishment,
            sentence_start=sentence_start,
            release_date=release,
            programme=rng.choice(PROGRAMMES),
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
                    batch.actions[idx], status=ActionStatus.CLOSED, review_note="Case closed."
                )
        if planned:
            base = closed_dates[-1] + timedelta(days=freq) if closed_dates else today
            day = max(base, today + timedelta(days=rng.randint(3, 30)))
            conf = self.conference(case, day, ConferenceStatus.PLANNED, None, batch)
            self.invitations(conf, batch)

    def case_file(
        self,
        case: Case,
        legal: _Legal,
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
        optional = list(RESPONSIBILITY_KIND)
        for domain in rng.sample(optional, rng.randint(3, 5)):
            rows.append((domain, rng.choice(RESPONSIBILITY_KIND[domain])))
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

        for pos, text in enumerate(rng.sample(GOALS_POOL, rng.randint(2, 4))):
            goal_status = rng.choices(list(GoalStatus), [0.75, 0.18, 0.07])[0]
            batch.goals.append(
                Goal(
                    case_id=case.id,
                    text=text,
                    status=goal_status,
                    agreed_on=created + timedelta(days=rng.randint(10, 60)),
                    review_note="" if goal_status is GoalStatus.OPEN else "Reviewed at conference",
                    position=pos,
                    id=self.uid(),
                )
            )

        n_family = rng.choices([0, 1, 2, 3, 4], [0.12, 0.3, 0.3, 0.18, 0.1])[0]
        minor = n_family > 0 and self.has_minor()
        family: list[FamilyMember] = []
        for i in range(n_family):
            is_minor = minor and i == n_family - 1
            relation = rng.choice(RELATIONSHIPS_MINOR if is_minor else RELATIONSHIPS_ADULT)
            female = relation in ("mother", "sister", "aunt", "daughter", "younger sister") or (
                relation == "partner" and rng.random() < 0.9
            )
            same_family = relation != "partner"
            surname = (surname_pair[1] if female else surname_pair[0]) if same_family else None
            family.append(
                FamilyMember(
                    case_id=case.id,
                    name=self.name(script, female, surname),
                    relationship=relation,
                    involvement=rng.choice(INVOLVEMENT),
                    support_offered=rng.choice(SUPPORT_OFFERED),
                    is_minor=is_minor,
                    safeguarding_notes=rng.choice(SAFEGUARDING) if is_minor else "",
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
                    scope=CONSENT_SCOPE[consent_kind],
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
                        scope=CONSENT_SCOPE[consent_kind],
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
                    owner_agency_id=self.staff.of(NEED_OWNER[need_domain]).id,
                    status=rng.choices(list(NeedStatus), [0.3, 0.4, 0.2, 0.1])[0],
                    notes=rng.choice(NEED_NOTES[need_domain]),
                    id=self.uid(),
                )
            )

        for intervention in rng.sample(list(InterventionKind), rng.randint(1, 4)):
            provider_kind = INTERVENTION_PROVIDER[intervention]
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
                    notes=rng.choice(INTERVENTION_NOTES),
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
            place=rng.choice(PLACES),
            template="default",
            status=status,
            chair_id=chair.id,
            facilitator_id=facilitator.id,
            minute_taker_id=minute_taker.id,
            current_section=None,
            started_at=scheduled + timedelta(minutes=rng.randint(0, 10)) if closed else None,
            closed_at=scheduled + timedelta(minutes=rng.randint(60, 120)) if closed else None,
            next_conference_date=next_date,
            summary=(
                "Progress reviewed against the case goals; risk, needs and actions agreed."
                if closed
                else ""
            ),
            id=self.uid(),
        )
        batch.conferences.append(conf)
        return conf

    def invitations(self, conf: Conference, batch: _Batch) -> None:
        """A planned conference: the professionals invited so far."""
        for person, role in self.professionals_at(conf):
            batch.attendance.append(
                Attendance(
                    conference_id=conf.id,
                    person_id=person.id,
                    name=person.name,
                    agency_id=person.agency_id,
                    role=role,
                    status=AttendanceStatus.PRESENT,
                    id=self.uid(),
                )
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
            batch.attendance.append(
                Attendance(
                    conference_id=conf.id,
                    person_id=person.id,
                    name=person.name,
                    agency_id=person.agency_id,
                    role=role,
                    status=AttendanceStatus.PRESENT,
                    id=self.uid(),
                )
            )
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
                        name="Interpreter (agency booking)",
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
                text = TEXTS[(Section.OPENING, EntryKind.NOTE)][0]
            else:
                text = self.fill(rng.choice(TEXTS[(section, kind)]), source)
                follow = rng.choice(FOLLOW_UPS)
                if follow:
                    text += " " + self.fill(follow, rng.choice(present))
                if rng.random() < 0.004:
                    text += " " + rng.choice(RARE_DETAILS)
            rationale = ""
            dissenting = None
            if kind is EntryKind.DECISION:
                rationale = rng.choice(RATIONALES)
            elif kind is EntryKind.DISSENT:
                dissenting = source
                rationale = rng.choice(RATIONALES)
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
            note = "First assessment in this partnership."
        else:
            step = rng.choices([-1, 0, 1], [0.3, 0.55, 0.15])[0]
            level = levels[max(0, min(len(levels) - 1, previous.rank + step))]
            if level.rank > previous.rank:
                change, note = (
                    ChangeDirection.INCREASED,
                    "Risk increased since the last conference.",
                )
            elif level.rank < previous.rank:
                change, note = (
                    ChangeDirection.DECREASED,
                    "Risk decreased since the last conference.",
                )
            else:
                change, note = ChangeDirection.NONE, "No significant change."
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
                framework=rng.choice(FRAMEWORKS),
                domain_ratings=ratings,
                rationale=rng.choice(RISK_RATIONALE) + ".",
                known_unknowns=" ".join(rng.sample(KNOWN_UNKNOWNS, rng.randint(1, 2))),
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
                note = rng.choice(NOT_DONE_NOTES[reason or NotDoneReason.AGENCY_DID_NOT_ACT])
            else:
                note = rng.choice(REVIEW_NOTES[status])
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
        for template, kind, for_subject in rng.sample(ACTION_TEXTS, rng.randint(1, 3)):
            owner = self.person(kind)
            batch.actions.append(
                Action(
                    case_id=case.id,
                    description=self.fill(template, owner.agency_id),
                    conference_id=conf.id,
                    owner_person_id=owner.id,
                    owner_agency_id=owner.agency_id,
                    due=day + timedelta(days=rng.randint(21, 21 + case.review_frequency_days)),
                    status=ActionStatus.OPEN,
                    for_subject=for_subject,
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
    have = {(str(t), str(lang)) for t, lang in vault.query("SELECT term, language FROM glossary")}
    return [
        GlossaryTerm(term=term, definition=definition, language=lang, id=_uid(rng))
        for term, definition, lang in seed_glossary()
        if (term, lang) not in have
    ]


# -- entry point ----------------------------------------------------------------------------


def next_case_number(vault: Vault) -> int:
    """The number the next demo reference gets: one past the highest CC-YYYY-NNNNN in use."""
    highest = 0
    for (reference,) in vault.query(
        "SELECT reference FROM cases WHERE reference LIKE ?", (f"{REFERENCE_PREFIX}-%",)
    ):
        match = _REFERENCE.match(str(reference))
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
        staff = _load_staff(vault, staff_rng)
        AGENCIES.upsert_many(vault, staff.new_agencies)
        PEOPLE.upsert_many(vault, staff.new_people)
        counts["agencies"] = len(staff.new_agencies)
        counts["people"] = len(staff.new_people)
        glossary = _missing_glossary(vault, staff_rng)
        GLOSSARY.upsert_many(vault, glossary)
        counts["glossary_terms"] = len(glossary)

        rng = random.Random(f"caseconf-demo:{seed}:{first}")  # noqa: S311 (not security)
        gen = _Generator(rng, staff, anchor)
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

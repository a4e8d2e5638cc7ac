"""The disclosure promise, attacked over generated conferences.

For every generated conference and recipient, every version of the minutes is asked for.
Each request is either refused with one sentence, or the minutes document handed to the
renderer (and, in the second property, the text of the really rendered PDF) holds no entry,
risk narrative or name above what that recipient may see.

The oracle below is written from the practice rules, independently of
``domain/disclosure.py``: a recipient's ceiling is RED for a professional who was present,
AMBER for a professional who was not (or anyone given an agency), GREEN otherwise; the
subject sees only CLEAR/GREEN entries marked shareable with the subject, a family member only
CLEAR/GREEN entries marked shareable with the family.
"""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import UTC, date, datetime, timedelta

import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseconf_desktop.domain import model
from caseconf_desktop.domain.directory import Directory
from caseconf_desktop.domain.disclosure import Audience
from caseconf_desktop.domain.enums import (
    TLP,
    AttendanceStatus,
    AttendeeRole,
    ChangeDirection,
    ConferenceStatus,
    EntryKind,
    RiskLevel,
    Section,
)
from caseconf_desktop.domain.minutes import (
    ConferenceRecord,
    Minutes,
    RecipientRefused,
    Signer,
    compose,
)

RANK = {TLP.CLEAR: 0, TLP.GREEN: 1, TLP.AMBER: 2, TLP.AMBER_STRICT: 3, TLP.RED: 4}
PROFESSIONAL = {
    AttendeeRole.PROFESSIONAL,
    AttendeeRole.CHAIR,
    AttendeeRole.FACILITATOR,
    AttendeeRole.MINUTE_TAKER,
}
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def token(kind: str, n: int) -> str:
    """A unique, extractable marker (no two are substrings of each other)."""
    return f"Q{kind}{n:03d}Z"


@dataclasses.dataclass(frozen=True)
class Generated:
    record: ConferenceRecord
    staff_names: frozenset[str]  # professionals' names: never in a lay version
    family_names: frozenset[str]  # family records: AMBER, never in GREEN versions


@st.composite
def conferences(draw: st.DrawFn) -> Generated:
    agencies = [model.Agency(token("AG", i)) for i in range(3)]
    people = [model.Person(token("PRO", i), agency_id=agencies[i % 3].id) for i in range(5)]
    case = model.Case(reference="CC-P", subject_name=token("SUBJ", 0), pseudonym="")
    chair, facilitator, minute_taker = people[0], people[1], people[2]
    conf = model.Conference(
        case_id=case.id,
        scheduled_for=datetime(2026, 11, 30, 10, 0, tzinfo=UTC),
        status=ConferenceStatus.CLOSED,
        chair_id=chair.id,
        facilitator_id=facilitator.id,
        minute_taker_id=minute_taker.id,
        next_conference_date=date(2027, 2, 28),
        summary=token("SUMMARY", 0),
    )
    statuses = st.sampled_from(list(AttendanceStatus))
    attendance = []
    for i, (person, role) in enumerate(
        zip(
            people,
            [
                AttendeeRole.CHAIR,
                AttendeeRole.FACILITATOR,
                AttendeeRole.MINUTE_TAKER,
                AttendeeRole.PROFESSIONAL,
                draw(st.sampled_from([AttendeeRole.PROFESSIONAL, AttendeeRole.GUEST])),
            ],
            strict=True,
        )
    ):
        attendance.append(
            model.Attendance(
                conf.id,
                person.id,
                person.name,
                person.agency_id,
                role,
                draw(statuses),
                sections=(Section.OPENING,) if i == 0 else (),
            )
        )
    family = [model.FamilyMember(case.id, token("FAM", i)) for i in range(2)]
    attendance.append(
        model.Attendance(
            conf.id, None, case.subject_name, None, AttendeeRole.SUBJECT, draw(statuses)
        )
    )
    attendance.append(
        model.Attendance(conf.id, None, family[0].name, None, AttendeeRole.FAMILY, draw(statuses))
    )
    attendance.append(
        model.Attendance(
            conf.id, None, token("INT", 0), None, AttendeeRole.INTERPRETER, draw(statuses)
        )
    )
    n = draw(st.integers(0, 14))
    entries = [
        model.Entry(
            conf.id,
            draw(st.sampled_from(list(Section))),
            token("ENTRY", i),
            kind=draw(st.sampled_from(list(EntryKind))),
            tlp=draw(st.sampled_from(list(TLP))),
            source_agency_id=draw(st.sampled_from([None, *(a.id for a in agencies)])),
            shareable_with_subject=draw(st.booleans()),
            shareable_with_family=draw(st.booleans()),
            rationale=token("WHY", i),
            dissenting_agency_id=draw(st.sampled_from([None, agencies[0].id])),
            position=i,
        )
        for i in range(n)
    ]
    risks = tuple(
        model.RiskAssessment(
            case.id,
            draw(st.sampled_from(list(RiskLevel))),
            date(2026, 11, 30) - timedelta(days=90 * (2 - i)),
            conference_id=conf.id if i == 2 else None,
            rationale=token("RISK", i),
            known_unknowns=token("UNKNOWN", i),
            change=draw(st.sampled_from(list(ChangeDirection))),
            change_note=token("CHANGE", i),
            framework=token("FRAME", i),
            domain_ratings={token("DOMAIN", i): token("RATING", i)},
            tlp=draw(st.sampled_from(list(TLP))),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    actions = tuple(
        model.Action(
            case.id,
            token("ACTION", i),
            conference_id=conf.id,
            owner_person_id=people[i % 5].id,
            due=date(2027, 1, 1),
            for_subject=draw(st.booleans()),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    record = ConferenceRecord(
        conference=conf,
        case=case,
        directory=Directory({a.id: a for a in agencies}, {p.id: p for p in people}),
        attendance=tuple(attendance),
        entries=tuple(entries),
        reviewed_actions=(),
        agreed_actions=actions,
        risks=risks,
        family=tuple(family),
        audit_head_hash="0" * 64,
    )
    return Generated(
        record,
        frozenset(p.name for p in people),
        frozenset(f.name for f in family),
    )


def recipients(g: Generated) -> list[tuple[str, str]]:
    """Everyone on the list, the subject and family by name, strangers with and without agency."""
    names = [a.name for a in g.record.attendance]
    return [
        *((n, "") for n in names),
        (g.record.case.subject_name, "Some Agency"),  # the subject cannot borrow an agency
        (sorted(g.family_names)[1], ""),  # family, not on the list
        ("Stranger Nobody", ""),
        ("Stranger Officer", "Some Agency"),
    ]


def ceiling_of(g: Generated, name: str, agency: str) -> tuple[TLP, str]:
    """(highest label, "subject" / "family" if only what is shared with them) they may see."""
    rows = [a for a in g.record.attendance if a.name == name]
    if name == g.record.case.subject_name or any(a.role is AttendeeRole.SUBJECT for a in rows):
        return TLP.GREEN, "subject"
    if name in g.family_names or any(a.role is AttendeeRole.FAMILY for a in rows):
        return TLP.GREEN, "family"
    pros = [a for a in rows if a.role in PROFESSIONAL]
    if any(a.status is AttendanceStatus.PRESENT for a in pros):
        return TLP.RED, ""
    if pros or agency or any(a.agency_id for a in rows):
        return TLP.AMBER, ""
    return TLP.GREEN, ""


def document_text(m: Minutes) -> str:
    """Every string the renderer is handed, however deeply nested."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(m)
    return "\n".join(out)


def leaks(g: Generated, name: str, agency: str, text: str) -> list[str]:
    """What in ``text`` this recipient may not see."""
    top, lay_only = ceiling_of(g, name, agency)
    found = []
    for e in g.record.entries:
        shared = {
            "subject": e.shareable_with_subject,
            "family": e.shareable_with_family,
            "": True,
        }[lay_only]
        allowed = RANK[e.tlp] <= RANK[top] and shared
        if not allowed and (e.text in text or e.rationale in text):
            found.append(f"entry {e.text} ({e.tlp}, shareable={e.shareable_with_subject})")
    for r in g.record.risks:
        narrative = (r.rationale, r.known_unknowns, r.change_note, r.framework)
        allowed = RANK[r.tlp] <= RANK[top] and not lay_only
        if not allowed and any(bit in text for bit in narrative):
            found.append(f"risk narrative {r.rationale} ({r.tlp})")
    if lay_only:
        found += [f"staff name {s}" for s in g.staff_names if s in text]
    if RANK[top] < RANK[TLP.AMBER]:
        # Family members on the attendance list are frame content; the others are records.
        listed = {a.name for a in g.record.attendance}
        found += [f"family record {f}" for f in g.family_names - listed if f in text and f != name]
        if g.record.conference.summary in text:
            found.append("closing summary (AMBER record)")
    return found


def compose_or_refuse(g: Generated, name: str, agency: str, audience: Audience) -> Minutes | None:
    try:
        return compose(
            g.record,
            audience,
            g.record.recipient(name, agency),
            now=NOW,
            signer=Signer("Signer Person", g.record.conference.facilitator_id),
        )
    except RecipientRefused as refused:
        sentence = refused.user_text
        assert sentence.strip() and sentence.count(". ") == 0 and sentence.endswith("."), sentence
        return None


@settings(
    max_examples=320,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(conferences())
def test_no_version_for_any_recipient_holds_more_than_they_may_see(g: Generated) -> None:
    for name, agency in recipients(g):
        for audience in Audience:
            m = compose_or_refuse(g, name, agency, audience)
            if m is None:
                continue
            found = leaks(g, name, agency, document_text(m))
            assert not found, f"{audience} for {name!r} ({agency!r}) leaks {found}"


@settings(
    max_examples=320,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(conferences())
def test_the_subject_and_family_receive_only_their_own_version(g: Generated) -> None:
    lay = [(g.record.case.subject_name, Audience.PARTICIPANT)]
    lay += [(f, Audience.FAMILY) for f in sorted(g.family_names)]
    for name, own in lay:
        for agency in ("", "Probation"):
            for audience in Audience:
                m = compose_or_refuse(g, name, agency, audience)
                assert (m is not None) == (audience is own), (name, audience)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(conferences(), st.data())
def test_the_rendered_pdf_adds_nothing_the_document_left_out(
    g: Generated, data: st.DataObject
) -> None:
    from caseconf_desktop.domain import disclosure
    from caseconf_desktop.export import pdf

    name, agency = data.draw(st.sampled_from(recipients(g)))
    # Every example renders: pick among the versions this recipient may have (whether the
    # policy is right to allow them is what the leak check below decides).
    allowed = disclosure.allowed_audiences(g.record.recipient(name, agency))
    audience = data.draw(st.sampled_from(list(allowed)))
    m = compose_or_refuse(g, name, agency, audience)
    assert m is not None
    rendered = pdf.render_minutes(m)
    reader = pypdf.PdfReader(io.BytesIO(rendered.data))
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))
    found = leaks(g, name, agency, text)
    assert not found, f"{audience} PDF for {name!r} leaks {found}"

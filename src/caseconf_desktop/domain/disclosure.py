"""The disclosure policy: the one answer to "who may see this?".

Every module that decides what a person may see asks this one: the minutes builder (which
entries, risk fields, actions and records each version carries), the export dialog and the
command line (which versions a recipient may receive), subject-access, and the agenda
runner and projector (what the screen may show while the subject or family is in the
room). No other module compares TLP labels or encodes a ceiling; a test keeps it so.

The rules, in the words of the practice (FIRST TLP 2.0, the MAPPA and MARAC checklists):

* ``full`` carries everything, TLP:RED included, and goes only to the professionals who
  were present (attendance recorded as present, in a professional role);
* ``partners`` carries content up to TLP:AMBER, for professionals who were not present
  (apologies, absent, not recorded) and for named agencies not on the list;
* ``summary`` carries decisions, dissent and actions up to TLP:GREEN: the default for
  anyone who is not on the attendance list;
* ``participant`` is the only version the subject receives: entries marked shareable with
  the subject *and* labelled CLEAR or GREEN, and the actions agreed with them;
* ``family`` is the only version a family member receives: entries marked shareable with
  the family *and* labelled CLEAR or GREEN (a separate choice from the subject's).

Content with no label of its own is classified here too: the administrative frame counts as
GREEN (minutes naming a person are never public); unlabelled case records (needs, family,
interventions, the closing summary text) count as AMBER, the default label of an entry.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from caseconf_desktop import i18n
from caseconf_desktop.domain.enums import TLP, AttendanceStatus, AttendeeRole, EntryKind

_tr = i18n.tr_in("Disclosure")


class Audience(StrEnum):
    """The versions of the minutes, from the most to the least complete."""

    FULL = "full"
    PARTNERS = "partners"
    SUMMARY = "summary"
    PARTICIPANT = "participant"
    FAMILY = "family"

    @property
    def ceiling(self) -> TLP:
        """The most restricted label this version may contain."""
        return _CEILINGS[self]


_CEILINGS = {
    Audience.FULL: TLP.RED,
    Audience.PARTNERS: TLP.AMBER,
    Audience.SUMMARY: TLP.GREEN,
    Audience.PARTICIPANT: TLP.GREEN,
    Audience.FAMILY: TLP.GREEN,
}

#: The versions written for the person and their family, in plain language.
LAY_AUDIENCES = frozenset({Audience.PARTICIPANT, Audience.FAMILY})

#: The label of the administrative frame (title block, attendance, actions, distribution).
FRAME_TLP = TLP.GREEN
#: The label of case records that carry none of their own (needs, family, interventions).
UNLABELLED_RECORD_TLP = TLP.AMBER
#: While the subject or family is in the room, the screen carries at most this label.
ROOM_CEILING = TLP.GREEN

PROFESSIONAL_ROLES = frozenset(
    {
        AttendeeRole.PROFESSIONAL,
        AttendeeRole.CHAIR,
        AttendeeRole.FACILITATOR,
        AttendeeRole.MINUTE_TAKER,
    }
)
LAY_ROLES = frozenset({AttendeeRole.SUBJECT, AttendeeRole.FAMILY})


def is_lay(role: AttendeeRole) -> bool:
    """The subject and family: their presence changes what may be on screen."""
    return role in LAY_ROLES


def within(label: TLP, ceiling: TLP) -> bool:
    """True when content labelled ``label`` may go where ``ceiling`` is the limit."""
    return label.rank <= ceiling.rank


def document_label(labels: Iterable[TLP]) -> TLP:
    """A document carries the label of its most restricted content (CLEAR if empty)."""
    return max(labels, key=lambda t: t.rank, default=TLP.CLEAR)


def normalise_name(name: str) -> str:
    """Names compare equal regardless of case, Unicode composition and spacing."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


# -- what a labelled item is ----------------------------------------------------------------
#
# The policy works on these small views so that it does not depend on where an item comes
# from (an entry of the vault, a draft in the composer, a row of a bundle).


@dataclass(frozen=True, slots=True)
class Labelled:
    """Anything with a TLP label and the "shareable with the subject / family" flags."""

    tlp: TLP
    shareable_with_subject: bool = False
    kind: EntryKind = EntryKind.NOTE
    shareable_with_family: bool = False


def _lay_may_see(audience: Audience, item: Labelled) -> bool:
    shared = (
        item.shareable_with_subject
        if audience is Audience.PARTICIPANT
        else item.shareable_with_family
    )
    return shared and within(item.tlp, ROOM_CEILING)


# -- the versions of the minutes ------------------------------------------------------------


def entry_in(audience: Audience, item: Labelled) -> bool:
    """Whether one conference entry goes into this version."""
    if audience in LAY_AUDIENCES:
        return _lay_may_see(audience, item)
    if audience is Audience.SUMMARY and item.kind not in (EntryKind.DECISION, EntryKind.DISSENT):
        return False
    return within(item.tlp, audience.ceiling)


def risk_level_in(audience: Audience) -> bool:
    """The overall level and its change: every professional version except the summary.

    The level is what partners act on, so it is never lost with a restricted narrative.
    """
    return audience in (Audience.FULL, Audience.PARTNERS)


def risk_narrative_in(audience: Audience, risk_label: TLP) -> bool:
    """The rationale, ratings, known unknowns and change note keep the assessment's label."""
    return risk_level_in(audience) and within(risk_label, audience.ceiling)


def action_in(audience: Audience, for_subject: bool) -> bool:
    """Actions go to the whole partnership; the subject sees those agreed with them.

    The family version carries no actions: what was agreed with the person is theirs to
    share (the support offered to the family comes from the family's own record).
    """
    if audience is Audience.PARTICIPANT:
        return for_subject
    return audience is not Audience.FAMILY


def records_in(audience: Audience) -> bool:
    """Unlabelled case records (needs, family, interventions, closing summary): AMBER."""
    return within(UNLABELLED_RECORD_TLP, audience.ceiling)


def staff_names_in(audience: Audience) -> bool:
    """The lay versions name professionals by agency only (staff safety)."""
    return audience not in LAY_AUDIENCES


def distribution_audiences(audience: Audience) -> frozenset[Audience]:
    """Whose copies a version lists: lay readers see only copies of their own version."""
    if audience in LAY_AUDIENCES:
        return frozenset({audience})
    return frozenset(Audience)


def goals_in(audience: Audience) -> bool:
    """The case goals are agreed with the person: in their version and the professionals'."""
    return audience is not Audience.FAMILY


def family_record_in(audience: Audience) -> bool:
    """The family version tells a family member the support offered to them (their record)."""
    return audience is Audience.FAMILY


# -- recipients -----------------------------------------------------------------------------


class Standing(StrEnum):
    """Where a recipient stands towards one conference."""

    PRESENT_PROFESSIONAL = "present_professional"
    ABSENT_PROFESSIONAL = "absent_professional"  # apologies, absent or not recorded
    SUBJECT = "subject"
    FAMILY = "family"
    OTHER_ATTENDEE = "other_attendee"  # interpreter or guest on the list
    NOT_LISTED = "not_listed"


@dataclass(frozen=True, slots=True)
class Recipient:
    """Someone a copy of the minutes is for, as the policy sees them."""

    name: str
    standing: Standing
    agency: str = ""

    @property
    def is_lay(self) -> bool:
        return self.standing in (Standing.SUBJECT, Standing.FAMILY)


@dataclass(frozen=True, slots=True)
class Invitee:
    """One attendance row reduced to what the policy needs."""

    name: str
    role: AttendeeRole
    status: AttendanceStatus
    agency: str = ""


def classify(
    name: str,
    invitees: Sequence[Invitee],
    *,
    subject_names: Iterable[str] = (),
    family_names: Iterable[str] = (),
    agency: str = "",
) -> Recipient:
    """Place a recipient by name: on the attendance list, the subject or family, or neither.

    ``subject_names`` (the case's subject and pseudonym) and ``family_names`` (its family
    members) place someone as lay even when nobody put them on the list, so the subject
    cannot be given a professional version by typing their name as an extra.
    """
    key = normalise_name(name)
    rows = [i for i in invitees if normalise_name(i.name) == key]
    if any(r.role is AttendeeRole.SUBJECT for r in rows) or key in {
        normalise_name(n) for n in subject_names
    }:
        return Recipient(name.strip(), Standing.SUBJECT, agency)
    if any(r.role is AttendeeRole.FAMILY for r in rows) or key in {
        normalise_name(n) for n in family_names
    }:
        return Recipient(name.strip(), Standing.FAMILY, agency)
    pros = [r for r in rows if r.role in PROFESSIONAL_ROLES]
    if any(r.status is AttendanceStatus.PRESENT for r in pros):
        return Recipient(name.strip(), Standing.PRESENT_PROFESSIONAL, pros[0].agency or agency)
    if pros:
        return Recipient(name.strip(), Standing.ABSENT_PROFESSIONAL, pros[0].agency or agency)
    if rows:
        return Recipient(name.strip(), Standing.OTHER_ATTENDEE, rows[0].agency or agency)
    return Recipient(name.strip(), Standing.NOT_LISTED, agency.strip())


def allowed_audiences(recipient: Recipient) -> tuple[Audience, ...]:
    """The versions this recipient may receive, the default first."""
    s = recipient.standing
    if s is Standing.SUBJECT:
        return (Audience.PARTICIPANT,)
    if s is Standing.FAMILY:
        return (Audience.FAMILY,)
    lay = (Audience.PARTICIPANT, Audience.FAMILY)
    if s is Standing.PRESENT_PROFESSIONAL:
        return (Audience.FULL, Audience.PARTNERS, Audience.SUMMARY, *lay)
    if s is Standing.ABSENT_PROFESSIONAL:
        return (Audience.PARTNERS, Audience.SUMMARY, *lay)
    # Interpreters, guests and people not on the list: the summary, unless they are
    # given an agency that needs to know.
    if recipient.agency.strip():
        return (Audience.SUMMARY, Audience.PARTNERS)
    return (Audience.SUMMARY,)


def default_audience(recipient: Recipient) -> Audience:
    return allowed_audiences(recipient)[0]


def refusal(audience: Audience, recipient: Recipient) -> str | None:
    """One sentence saying why this recipient may not receive this version, or None."""
    name = recipient.name
    if not name:
        return _tr("Name the recipient of the minutes.")
    if audience in allowed_audiences(recipient):
        return None
    s = recipient.standing
    if s is Standing.SUBJECT:
        return _tr(
            "{name} is the subject of the case and may receive only the participant version "
            "of the minutes."
        ).format(name=name)
    if s is Standing.FAMILY:
        return _tr(
            "{name} is a family member and may receive only the family version of the minutes."
        ).format(name=name)
    if audience is Audience.FULL and s is Standing.ABSENT_PROFESSIONAL:
        return _tr(
            "The full minutes (which may hold TLP:RED) go only to professionals who were "
            "present; {name} was not, so issue the partners or summary version instead."
        ).format(name=name)
    if audience is Audience.FULL and Audience.PARTNERS in allowed_audiences(recipient):
        # Someone not on the list, named with the agency they receive it for.
        return _tr(
            "The full minutes (which may hold TLP:RED) go only to professionals who were "
            "present; {name} is not one of them, so issue the partners or summary version "
            "instead."
        ).format(name=name)
    if audience is Audience.FULL:
        return _tr(
            "The full minutes (which may hold TLP:RED) go only to professionals who were "
            "present; {name} is not one of them, so issue the summary version instead."
        ).format(name=name)
    if audience is Audience.PARTNERS:
        return _tr(
            "{name} is not on the attendance list, so the partners version needs the agency "
            "they receive it for; without one, issue the summary version."
        ).format(name=name)
    return _tr("{name} may not receive the {version} version of these minutes.").format(
        name=name, version=audience.value
    )


def recipient_ceiling(recipient: Recipient) -> TLP:
    """The most restricted label any version this recipient may receive can carry."""
    return document_label(a.ceiling for a in allowed_audiences(recipient))


# -- the room -------------------------------------------------------------------------------


Room = frozenset[Audience]
"""Who is in the room, as the lay versions they may read (empty: professionals only)."""

NOBODY_LAY: Room = frozenset()


def room(attendees: Iterable[tuple[AttendeeRole, bool]]) -> Room:
    """The lay audiences in the room now, from (role, in-room) pairs."""
    present = {role for role, in_room in attendees if in_room}
    out = set()
    if AttendeeRole.SUBJECT in present:
        out.add(Audience.PARTICIPANT)
    if AttendeeRole.FAMILY in present:
        out.add(Audience.FAMILY)
    return frozenset(out)


def lay_in_room(attendees: Iterable[tuple[AttendeeRole, bool]]) -> bool:
    """Whether the subject or family is in the room now (role, in-room pairs)."""
    return bool(room(attendees))


def on_screen(item: Labelled, present: Room) -> bool:
    """Whether an entry or a draft may be on screen: everyone in the room may see it."""
    return all(_lay_may_see(audience, item) for audience in present)


def action_on_screen(for_subject: bool, present: Room) -> bool:
    return all(action_in(audience, for_subject) for audience in present)


def records_on_screen(present: Room) -> bool:
    """Risk, previous actions, needs, family, interventions, the closing summary text."""
    return not present


def new_entry_defaults(section_default: TLP, present: Room) -> tuple[TLP, bool, bool]:
    """Label, "shareable with the subject" and "with the family" for a new entry.

    With lay people in the room what is said is said in front of them: GREEN and shared
    with whoever is there.
    """
    if not present:
        return section_default, False, False
    label = section_default if within(section_default, ROOM_CEILING) else ROOM_CEILING
    return label, Audience.PARTICIPANT in present, Audience.FAMILY in present

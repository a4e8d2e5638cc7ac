"""The disclosure policy's rules, one example each (the properties attack them at large)."""

from __future__ import annotations

from caseconf_desktop.domain import disclosure
from caseconf_desktop.domain.disclosure import Audience, Labelled, Standing
from caseconf_desktop.domain.enums import TLP, AttendanceStatus, AttendeeRole

SUBJECT_ONLY = Labelled(TLP.GREEN, shareable_with_subject=True)
FAMILY_ONLY = Labelled(TLP.GREEN, shareable_with_family=True)
BOTH = Labelled(TLP.GREEN, shareable_with_subject=True, shareable_with_family=True)
AMBER_BOTH = Labelled(TLP.AMBER, shareable_with_subject=True, shareable_with_family=True)


def room(*roles: AttendeeRole) -> disclosure.Room:
    return disclosure.room((r, True) for r in roles)


def test_the_screen_shows_only_what_everyone_in_the_room_may_see() -> None:
    assert disclosure.on_screen(AMBER_BOTH, room())  # professionals only
    assert disclosure.on_screen(SUBJECT_ONLY, room(AttendeeRole.SUBJECT))
    assert not disclosure.on_screen(FAMILY_ONLY, room(AttendeeRole.SUBJECT))
    assert disclosure.on_screen(FAMILY_ONLY, room(AttendeeRole.FAMILY))
    assert not disclosure.on_screen(SUBJECT_ONLY, room(AttendeeRole.FAMILY))
    both = room(AttendeeRole.SUBJECT, AttendeeRole.FAMILY)
    assert disclosure.on_screen(BOTH, both)
    assert not disclosure.on_screen(SUBJECT_ONLY, both)
    assert not disclosure.on_screen(AMBER_BOTH, both)


def test_new_entries_are_shared_with_whoever_is_in_the_room_and_green() -> None:
    assert disclosure.new_entry_defaults(TLP.AMBER, room()) == (TLP.AMBER, False, False)
    assert disclosure.new_entry_defaults(TLP.AMBER, room(AttendeeRole.FAMILY)) == (
        TLP.GREEN,
        False,
        True,
    )
    assert disclosure.new_entry_defaults(TLP.CLEAR, room(AttendeeRole.SUBJECT)) == (
        TLP.CLEAR,
        True,
        False,
    )


def test_the_subject_and_each_family_member_get_their_own_version_only() -> None:
    invitees = [
        disclosure.Invitee("Sam Subject", AttendeeRole.SUBJECT, AttendanceStatus.PRESENT),
        disclosure.Invitee("Fay Family", AttendeeRole.FAMILY, AttendanceStatus.ABSENT),
    ]
    subject = disclosure.classify("sam  SUBJECT", invitees, agency="Police")
    family = disclosure.classify("Fiona Sister", invitees, family_names=["Fiona Sister"])
    assert subject.standing is Standing.SUBJECT
    assert disclosure.allowed_audiences(subject) == (Audience.PARTICIPANT,)
    assert family.standing is Standing.FAMILY
    assert disclosure.allowed_audiences(family) == (Audience.FAMILY,)
    refusal = disclosure.refusal(Audience.PARTICIPANT, family)
    assert refusal is not None and "family version" in refusal
    assert disclosure.entry_in(Audience.FAMILY, FAMILY_ONLY)
    assert not disclosure.entry_in(Audience.FAMILY, SUBJECT_ONLY)
    assert not disclosure.action_in(Audience.FAMILY, for_subject=True)


def test_professionals_not_present_never_get_full_and_strangers_get_the_summary() -> None:
    invitees = [
        disclosure.Invitee("Ann Chair", AttendeeRole.CHAIR, AttendanceStatus.PRESENT),
        disclosure.Invitee("Bo Absent", AttendeeRole.PROFESSIONAL, AttendanceStatus.ABSENT),
        disclosure.Invitee("Cy Unknown", AttendeeRole.PROFESSIONAL, AttendanceStatus.NOT_RECORDED),
        disclosure.Invitee("Di Guest", AttendeeRole.GUEST, AttendanceStatus.PRESENT),
    ]
    allowed = {
        n: disclosure.allowed_audiences(disclosure.classify(n, invitees))
        for n in ("Ann Chair", "Bo Absent", "Cy Unknown", "Di Guest", "Ed Stranger")
    }
    assert allowed["Ann Chair"][0] is Audience.FULL
    for name in ("Bo Absent", "Cy Unknown"):
        assert Audience.FULL not in allowed[name] and allowed[name][0] is Audience.PARTNERS
    assert allowed["Di Guest"] == (Audience.SUMMARY,)
    assert allowed["Ed Stranger"] == (Audience.SUMMARY,)
    with_agency = disclosure.classify("Ed Stranger", invitees, agency="Housing")
    assert disclosure.allowed_audiences(with_agency) == (Audience.SUMMARY, Audience.PARTNERS)


def test_refusing_the_full_version_names_the_versions_the_recipient_may_have() -> None:
    with_agency = disclosure.Recipient("Invented Reader", Standing.NOT_LISTED, "Invented Agency")
    without = disclosure.Recipient("Invented Reader", Standing.NOT_LISTED)
    assert Audience.PARTNERS in disclosure.allowed_audiences(with_agency)
    assert "partners or summary version" in str(disclosure.refusal(Audience.FULL, with_agency))
    assert Audience.PARTNERS not in disclosure.allowed_audiences(without)
    refused = str(disclosure.refusal(Audience.FULL, without))
    assert "summary version" in refused and "partners" not in refused

"""The audience rules of the minutes model, proven with canary strings at every TLP level.

The expected outcomes are spelled out here as a table rather than computed with the rule
functions under test, so a wrong rule cannot agree with itself.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from caseconf_desktop import errors
from caseconf_desktop.domain import model
from caseconf_desktop.domain.enums import TLP, ConferenceStatus, EntryKind, Section
from caseconf_desktop.services import minutes
from caseconf_desktop.services.minutes import Audience
from caseconf_desktop.storage import audit
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.services import conftest as mb

ALL_TLPS = {TLP.CLEAR, TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.RED}

# Which labels each version may show, whether it needs shareable entries, and whether it
# holds only decisions and dissent (the summary).
EXPECTED = {
    Audience.FULL: (ALL_TLPS, False, False),
    Audience.PARTNERS: ({TLP.CLEAR, TLP.GREEN, TLP.AMBER}, False, False),
    Audience.SUMMARY: ({TLP.CLEAR, TLP.GREEN}, False, True),
    Audience.PARTICIPANT: ({TLP.CLEAR, TLP.GREEN}, True, False),
    # The fixture shares nothing with the family: the family version holds no entry.
    Audience.FAMILY: (set(), True, False),
}

RECIPIENT = {
    Audience.FULL: mb.CHAIR,
    Audience.PARTNERS: mb.HEALTH_WORKER,
    Audience.SUMMARY: "Director of Services",
    Audience.PARTICIPANT: mb.SUBJECT,
    Audience.FAMILY: mb.MOTHER,
}


def expected_in(audience: Audience, canary: mb.Canary) -> bool:
    labels, needs_share, decisions_only = EXPECTED[audience]
    if canary.tlp not in labels:
        return False
    if needs_share and not canary.shareable:
        return False
    return not (decisions_only and canary.kind not in (EntryKind.DECISION, EntryKind.DISSENT))


def build(vault: Vault, case: mb.MinutesCase, audience: Audience) -> minutes.Minutes:
    return minutes.build_minutes(vault, case.conference_id, audience, RECIPIENT[audience])


@pytest.mark.parametrize("audience", list(Audience))
def test_each_version_holds_exactly_the_entries_its_audience_may_see(
    vault: Vault, audience: Audience
) -> None:
    case = mb.build_minutes_case(vault)
    text = build(vault, case, audience).all_text()
    wrong = [c.text for c in case.canaries if (c.text in text) != expected_in(audience, c)]
    assert not wrong, f"{audience}: wrongly included or left out: {wrong}"
    # Rationales travel with their decision or dissent, never on their own.
    for c in case.canaries:
        if c.kind in (EntryKind.DECISION, EntryKind.DISSENT):
            rationale = c.text.replace("CANARY-", "RATIONALE-")
            assert (rationale in text) == expected_in(audience, c), rationale


def test_the_fixture_has_a_canary_for_every_label_kind_and_sharing_choice(vault: Vault) -> None:
    case = mb.build_minutes_case(vault)
    combos = {(c.tlp, c.shareable, c.kind) for c in case.canaries}
    assert len(combos) == len(TLP) * 2 * 4


@pytest.mark.parametrize(
    ("audience", "label"),
    [
        (Audience.FULL, TLP.RED),
        (Audience.PARTNERS, TLP.AMBER),
        (Audience.SUMMARY, TLP.GREEN),
        (Audience.PARTICIPANT, TLP.GREEN),
    ],
)
def test_document_label_is_the_most_restricted_label_included(
    vault: Vault, audience: Audience, label: TLP
) -> None:
    case = mb.build_minutes_case(vault)
    assert build(vault, case, audience).tlp is label


def test_full_minutes_without_red_content_are_labelled_by_what_they_hold(vault: Vault) -> None:
    case = mb.build_minutes_case(vault, with_canaries=False, current_risk_tlp=TLP.GREEN)
    m.RISKS.delete(vault, m.RISKS.where(vault, "tlp = 'RED'")[0].id)
    m.ENTRIES.upsert(
        vault,
        model.Entry(case.conference_id, Section.RISK, "only amber+strict", tlp=TLP.AMBER_STRICT),
    )
    got = minutes.build_minutes(vault, case.conference_id, Audience.FULL, mb.CHAIR)
    assert got.tlp is TLP.AMBER_STRICT
    assert "TLP:AMBER+STRICT" in got.label_meaning


def test_a_minimal_record_is_still_green_because_it_names_the_person(vault: Vault) -> None:
    case = mb.build_minutes_case(vault, with_canaries=False)
    got = minutes.build_minutes(vault, case.conference_id, Audience.PARTICIPANT, mb.SUBJECT)
    assert got.tlp is TLP.GREEN


def test_partners_see_every_level_of_the_trend_but_no_red_narrative(vault: Vault) -> None:
    case = mb.build_minutes_case(vault)
    full = build(vault, case, Audience.FULL)
    partners = build(vault, case, Audience.PARTNERS)
    assert full.risk is not None and partners.risk is not None
    assert len(full.risk.trend) == 3
    # Levels are what partners act on; only the narratives keep their labels.
    assert partners.risk.trend == full.risk.trend
    assert "CANARY-RISK-AMBER-CURRENT" in partners.all_text()
    assert "CANARY-RISK-RED-OLD" not in partners.all_text()


def test_partners_keep_the_level_and_change_of_a_red_risk_assessment(vault: Vault) -> None:
    case = mb.build_minutes_case(vault, current_risk_tlp=TLP.RED)
    full = build(vault, case, Audience.FULL)
    partners = build(vault, case, Audience.PARTNERS)
    assert full.risk is not None and full.risk.tlp is TLP.RED
    assert partners.risk is not None
    assert (partners.risk.level, partners.risk.change) == (full.risk.level, full.risk.change)
    assert partners.risk.previous_level == full.risk.previous_level
    assert partners.risk.narrative_withheld
    assert partners.risk.rationale == partners.risk.known_unknowns == ""
    assert "CANARY-RISK" not in partners.all_text()
    assert partners.tlp is not TLP.RED


@pytest.mark.parametrize("audience", [Audience.SUMMARY, Audience.PARTICIPANT])
def test_summary_and_participant_versions_have_no_risk_section(
    vault: Vault, audience: Audience
) -> None:
    case = mb.build_minutes_case(vault, current_risk_tlp=TLP.CLEAR)
    got = build(vault, case, audience)
    assert got.risk is None
    assert "CANARY-RISK" not in got.all_text()


@pytest.mark.parametrize(
    ("audience", "present"),
    [
        (Audience.FULL, True),
        (Audience.PARTNERS, True),
        (Audience.SUMMARY, False),
        (Audience.PARTICIPANT, False),
    ],
)
def test_unlabelled_case_records_go_only_where_amber_may_go(
    vault: Vault, audience: Audience, present: bool
) -> None:
    case = mb.build_minutes_case(vault)
    text = build(vault, case, audience).all_text()
    for canary in (
        "CANARY-NEED-NOTES",
        "CANARY-FAMILY-SAFEGUARDING",
        "CANARY-INTERVENTION-NOTES",
        "CANARY-CLOSING-SUMMARY",
    ):
        assert (canary in text) is present, canary


def test_participant_version_has_only_the_subjects_own_actions(vault: Vault) -> None:
    case = mb.build_minutes_case(vault)
    got = build(vault, case, Audience.PARTICIPANT)
    assert [a.description for a in got.actions] == ["CANARY-ACTION-SUBJECT"]
    assert [a.description for a in got.reviewed_actions] == ["CANARY-REVIEW-SUBJECT"]


@pytest.mark.parametrize("audience", [Audience.FULL, Audience.PARTNERS, Audience.SUMMARY])
def test_professional_versions_have_every_action_and_review(
    vault: Vault, audience: Audience
) -> None:
    case = mb.build_minutes_case(vault)
    got = build(vault, case, audience)
    assert {a.description for a in got.actions} == {
        "CANARY-ACTION-PROFESSIONAL",
        "CANARY-ACTION-SUBJECT",
    }
    assert {a.description for a in got.reviewed_actions} == {
        "CANARY-REVIEW-DONE",
        "CANARY-REVIEW-NOT-DONE",
        "CANARY-REVIEW-SUBJECT",
    }
    not_done = next(a for a in got.reviewed_actions if a.description == "CANARY-REVIEW-NOT-DONE")
    assert not_done.review_note == "CANARY-REVIEW-NOTE"
    assert not_done.not_done_reason is not None


def test_participant_version_uses_plain_headings_and_no_staff_names(vault: Vault) -> None:
    case = mb.build_minutes_case(vault)
    plain = build(vault, case, Audience.PARTICIPANT)
    pro = build(vault, case, Audience.FULL)
    assert plain.plain_language and not pro.plain_language
    assert plain.headings[Section.ACTIONS.value] != pro.headings[Section.ACTIONS.value]
    assert plain.headings[Section.REVIEW.value] != pro.headings[Section.REVIEW.value]
    names = {a.name for a in plain.attendance}
    for staff in (mb.CHAIR, mb.MINUTE_TAKER, mb.POLICE_OFFICER, mb.OWNER):
        assert staff not in names
        assert staff not in plain.chair + plain.facilitator + plain.minute_taker
    assert {mb.SUBJECT, mb.MOTHER} <= names
    assert "Probation Service Ost" in plain.chair
    assert mb.CHAIR in pro.chair


@pytest.mark.parametrize(
    "recipient",
    [mb.CHAIR, "  zoë   ÅLUND-øster ", mb.MINUTE_TAKER, mb.POLICE_OFFICER, mb.OWNER],
)
def test_full_minutes_go_to_professionals_who_were_present(vault: Vault, recipient: str) -> None:
    case = mb.build_minutes_case(vault)
    got = minutes.build_minutes(vault, case.conference_id, Audience.FULL, recipient)
    assert got.audience is Audience.FULL
    assert got.tlp is TLP.RED


@pytest.mark.parametrize(
    "recipient",
    [mb.HEALTH_WORKER, mb.MENTOR, mb.SUBJECT, mb.MOTHER, "Somebody Unknown"],
    ids=["apologies", "absent", "subject", "family", "unknown"],
)
def test_full_minutes_for_anyone_not_present_are_refused(vault: Vault, recipient: str) -> None:
    case = mb.build_minutes_case(vault)
    with pytest.raises(minutes.FullMinutesRefused) as info:
        minutes.build_minutes(vault, case.conference_id, Audience.FULL, recipient)
    assert recipient.strip() in info.value.user_text
    text = info.value.user_text
    assert "present" in text or "participant version" in text or "family version" in text


def test_minutes_of_an_open_conference_are_refused(vault: Vault) -> None:
    case = mb.build_minutes_case(vault, status=ConferenceStatus.IN_PROGRESS)
    with pytest.raises(minutes.ConferenceNotClosed, match="not closed"):
        minutes.build_minutes(vault, case.conference_id, Audience.PARTNERS, "Anyone")


def test_unknown_conference_and_empty_recipient_are_clear_errors(vault: Vault) -> None:
    case = mb.build_minutes_case(vault)
    with pytest.raises(errors.NotFound):
        minutes.build_minutes(vault, "no-such-id", Audience.SUMMARY, "Anyone")
    with pytest.raises(errors.InvalidInput, match="recipient"):
        minutes.build_minutes(vault, case.conference_id, Audience.SUMMARY, "   ")


def test_refused_export_writes_no_file_and_records_nothing(vault: Vault, tmp_path: Path) -> None:
    case = mb.build_minutes_case(vault)
    before = audit.head(vault)
    out = tmp_path / "refused.pdf"
    with pytest.raises(minutes.FullMinutesRefused):
        minutes.export_minutes(vault, case.conference_id, Audience.FULL, mb.MENTOR, out)
    assert not out.exists()
    assert minutes.issued_minutes(vault) == []
    assert audit.head(vault) == before


def test_recipient_options_offer_full_only_to_those_present(vault: Vault) -> None:
    case = mb.build_minutes_case(vault)
    options = {o.name: o for o in minutes.recipient_options(vault, case.conference_id)}
    assert options[mb.CHAIR].default_audience is Audience.FULL
    assert Audience.FULL in options[mb.POLICE_OFFICER].allowed
    assert options[mb.HEALTH_WORKER].default_audience is Audience.PARTNERS
    assert Audience.FULL not in options[mb.HEALTH_WORKER].allowed
    assert options[mb.SUBJECT].default_audience is Audience.PARTICIPANT
    assert Audience.FULL not in options[mb.SUBJECT].allowed


def test_distribution_list_shows_earlier_copies_but_not_to_the_subject(
    vault: Vault, tmp_path: Path
) -> None:
    case = mb.build_minutes_case(vault)
    minutes.export_minutes(
        vault, case.conference_id, Audience.FULL, mb.CHAIR, tmp_path / "a.pdf", sign=False
    )
    partners = build(vault, case, Audience.PARTNERS)
    assert [(d.recipient, d.audience) for d in partners.distribution] == [
        (mb.CHAIR, Audience.FULL),
        (mb.HEALTH_WORKER, Audience.PARTNERS),
    ]
    assert partners.distribution[0].issued_at is not None
    assert partners.distribution[-1].issued_at is None  # this copy
    participant = build(vault, case, Audience.PARTICIPANT)
    assert [d.recipient for d in participant.distribution] == [mb.SUBJECT]


def test_generated_at_defaults_to_now_and_can_be_fixed(vault: Vault) -> None:
    case = mb.build_minutes_case(vault)
    when = datetime(2025, 3, 15, 9, 0, tzinfo=UTC)
    got = minutes.build_minutes(vault, case.conference_id, Audience.SUMMARY, "A", now=when)
    assert got.generated_at == when


def test_a_recipient_name_too_long_for_the_page_is_refused_in_one_sentence(
    vault: Vault, minutes_case: mb.MinutesCase, tmp_path: Path
) -> None:
    # 1,000 characters broke the page layout (and 20,000 the image library) with a traceback.
    for recipient, agency in (("R" * 1000, ""), ("Invented Reader", "A" * 5000)):
        with pytest.raises(errors.InvalidInput, match="at most 200 characters"):
            minutes.export_minutes(
                vault, minutes_case.conference_id, Audience.SUMMARY, recipient,
                tmp_path / "m.pdf", sign=False, agency=agency,
            )  # fmt: skip
    assert not (tmp_path / "m.pdf").exists()

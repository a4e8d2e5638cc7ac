"""The Spanish agenda template runs the same conference as the default one."""

from __future__ import annotations

from caseconf_desktop.services import templates


def test_the_spanish_agenda_has_the_sections_rules_and_prompts_of_the_default_one() -> None:
    english, spanish = templates.load("default"), templates.load("default-es")
    assert [s.section for s in spanish.sections] == [s.section for s in english.sections]
    for en, es in zip(english.sections, spanish.sections, strict=True):
        assert (es.time_box_minutes, es.default_tlp) == (en.time_box_minutes, en.default_tlp)
        assert (es.subject_may_attend, es.family_may_attend) == (
            en.subject_may_attend,
            en.family_may_attend,
        )
        assert len(es.prompts) == len(en.prompts)
        assert es.title != en.title
    assert spanish.sections[0].title == "Apertura"
    assert "confidencial" in spanish.confidentiality_statement

"""Agenda templates: the standard operating procedure of a conference, as data.

Templates ship as JSON in resources/templates so that an organisation can adapt them
(different countries, common principles). Loading them lives in services.templates.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseconf_desktop.domain.enums import TLP, Section


@dataclass(frozen=True, slots=True)
class SectionTemplate:
    section: Section
    title: str
    prompts: tuple[str, ...]
    time_box_minutes: int
    default_tlp: TLP
    subject_may_attend: bool
    family_may_attend: bool


@dataclass(frozen=True, slots=True)
class AgendaTemplate:
    id: str
    name: str
    confidentiality_statement: str
    sections: tuple[SectionTemplate, ...]

    def section(self, section: Section) -> SectionTemplate:
        for s in self.sections:
            if s.section is section:
                return s
        raise KeyError(section)

    def next_section(self, section: Section | None) -> Section | None:
        order = [s.section for s in self.sections]
        if section is None:
            return order[0] if order else None
        i = order.index(section)
        return order[i + 1] if i + 1 < len(order) else None

"""Loading agenda templates shipped in resources/templates."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors
from caseconf_desktop.domain.agenda import AgendaTemplate, SectionTemplate
from caseconf_desktop.domain.enums import TLP, Section


def _templates_dir():  # type: ignore[no-untyped-def]
    return resources.files("caseconf_desktop.resources") / "templates"


def available() -> list[str]:
    return sorted(
        p.name.removesuffix(".json") for p in _templates_dir().iterdir() if p.name.endswith(".json")
    )


@cache
def load(template_id: str = "default") -> AgendaTemplate:
    """Load and check a template; a broken one is a known error naming the template."""
    source = _templates_dir() / f"{template_id}.json"
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        sections = tuple(
            SectionTemplate(
                section=Section(s["id"]),
                title=str(s["title"]),
                prompts=tuple(str(p) for p in s.get("prompts", [])),
                time_box_minutes=int(s.get("time_box_minutes", 10)),
                default_tlp=TLP(s.get("default_tlp", "AMBER")),
                subject_may_attend=bool(s.get("subject_may_attend", False)),
                family_may_attend=bool(s.get("family_may_attend", False)),
            )
            for s in data["sections"]
        )
        return AgendaTemplate(
            id=str(data.get("id", template_id)),
            name=str(data["name"]),
            confidentiality_statement=str(data.get("confidentiality_statement", "")),
            sections=sections,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise errors.InvalidInput(
            QCoreApplication.translate(
                "Templates", "The agenda template '{name}' is missing or malformed."
            ).format(name=template_id)
        ) from exc

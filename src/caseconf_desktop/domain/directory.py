"""Agencies and people by id, for showing names instead of ids (no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass

from caseconf_desktop.domain import model


@dataclass(frozen=True, slots=True)
class Directory:
    """Agencies and people, for showing names instead of ids."""

    agencies: dict[str, model.Agency]
    people: dict[str, model.Person]

    def agency_name(self, agency_id: str | None) -> str:
        a = self.agencies.get(agency_id or "")
        return a.name if a else ""

    def person(self, person_id: str | None) -> model.Person | None:
        return self.people.get(person_id or "")

    def person_name(self, person_id: str | None) -> str:
        p = self.people.get(person_id or "")
        return p.name if p else ""

    def person_label(self, person_id: str | None) -> str:
        p = self.people.get(person_id or "")
        if p is None:
            return ""
        agency = self.agency_name(p.agency_id)
        return f"{p.name} ({agency})" if agency else p.name

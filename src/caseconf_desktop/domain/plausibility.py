"""Plausibility warnings: values that are allowed but probably a slip, as field -> message.

Unlike :mod:`rules`, nothing here refuses a record: a conference may be minuted after the
fact, an action may be recorded late. The editors show each warning next to its field and
let the user save anyway (plausibility, not bureaucracy). Messages are translated in the
"Plausibility" context.

E-mail and phone checks are deliberately simple, to catch typing slips rather than to
validate addresses (which only sending a message can do):

- e-mail: ``local@domain.tld`` — one ``@``, no spaces, a dot inside the part after ``@``;
- phone: an optional leading ``+``, then digits, spaces and ``( ) - . /`` only, with
  5 to 20 digits in all (international, national and extension forms pass).
"""

from __future__ import annotations

import re
from datetime import date

from caseconf_desktop import i18n
from caseconf_desktop.domain.model import Action, Case, Conference, Person

Warnings = dict[str, str]

EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
PHONE = re.compile(r"^\+?[0-9 ()./-]+$")
PHONE_DIGITS = (5, 20)


_t = i18n.tr_in("Plausibility")


def email_looks_valid(text: str) -> bool:
    return not text.strip() or bool(EMAIL.match(text.strip()))


def phone_looks_valid(text: str) -> bool:
    text = text.strip()
    if not text:
        return True
    digits = sum(c.isdigit() for c in text)
    return bool(PHONE.match(text)) and PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]


def past_date(value: date | None, today: date) -> str:
    """A warning for a date before today, or an empty string."""
    if value is None or value >= today:
        return ""
    return _t("This date is in the past ({date}). Save anyway if that is right.").format(
        date=value.isoformat()
    )


def case_warnings(case: Case, today: date) -> Warnings:
    out: Warnings = {}
    if case.date_of_birth is not None and case.date_of_birth > today:
        out["date_of_birth"] = _t("The date of birth is in the future.")
    return out


def action_warnings(action: Action, today: date) -> Warnings:
    """An open action due before today would be overdue the moment it is saved."""
    out: Warnings = {}
    if action.status.is_open and action.due is not None and action.due < today:
        out["due"] = _t("This due date has passed: the action will be overdue at once.")
    return out


def conference_warnings(conf: Conference, today: date) -> Warnings:
    out: Warnings = {}
    if text := past_date(conf.scheduled_for.date(), today):
        out["scheduled_for"] = text
    if text := past_date(conf.next_conference_date, today):
        out["next_conference_date"] = text
    return out


def person_warnings(person: Person) -> Warnings:
    out: Warnings = {}
    if not email_looks_valid(person.email):
        out["email"] = _t("This does not look like an e-mail address (name@example.org).")
    if not phone_looks_valid(person.phone):
        out["phone"] = _t("This does not look like a phone number: digits, spaces, + ( ) - only.")
    return out


def warnings_for(record: object, today: date) -> Warnings:
    """The warnings of any record the case-file editors show (none for other types)."""
    if isinstance(record, Case):
        return case_warnings(record, today)
    if isinstance(record, Action):
        return action_warnings(record, today)
    if isinstance(record, Conference):
        return conference_warnings(record, today)
    if isinstance(record, Person):
        return person_warnings(record)
    return {}

"""Who may see what is decided in one place: domain/disclosure.py.

Four copies of the audience rules once drifted apart (the minutes builder, the runner, the
export dialog and a ceilings table). This test fails when any other module compares TLP
labels, orders them, or encodes a ceiling or the list of lay roles again.
"""

from __future__ import annotations

import re
from pathlib import Path

import caseconf_desktop

SRC = Path(caseconf_desktop.__file__).parent
AUTHORITY = {SRC / "domain" / "disclosure.py", SRC / "domain" / "enums.py"}

FORBIDDEN = {
    "a label compared with a label": re.compile(
        r"(==|!=|<=|>=|<|>|\bin\b|\bis\b)\s*\(?\s*TLP\.[A-Z_]+|TLP\.[A-Z_]+\s*(==|!=|<=|>=|<|>)"
    ),
    "a comparison of label ranks": re.compile(r"tlp\.rank|\.at_most\("),
    "a ceiling defined": re.compile(r"CEILING\w*\s*[:=]|_CEILINGS"),
    "the lay roles listed": re.compile(
        r"AttendeeRole\.SUBJECT\s*,\s*AttendeeRole\.FAMILY|AttendeeRole\.FAMILY\s*,\s*AttendeeRole\.SUBJECT"
    ),
    "shareability tested by hand": re.compile(r"shareable_with_subject\s+and\s"),
}


def offences() -> list[str]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path in AUTHORITY:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for what, pattern in FORBIDDEN.items():
                if pattern.search(line):
                    found.append(f"{path.relative_to(SRC)}:{n}: {what}: {line.strip()}")
    return found


def test_no_module_but_the_disclosure_policy_decides_who_may_see_what() -> None:
    assert not offences(), "\n".join(offences())


def test_the_check_catches_a_second_copy_of_the_rules(tmp_path: Path) -> None:
    """The patterns really match the shapes the old copies had."""
    old_copies = [
        "    return entry.shareable_with_subject and entry.tlp.at_most(SHAREABLE_CEILING)",
        "SHAREABLE_CEILING = TLP.GREEN",
        "    return e.shareable_with_subject and e.tlp in (TLP.CLEAR, TLP.GREEN)",
        "        return self in (AttendeeRole.SUBJECT, AttendeeRole.FAMILY)",
        "    if entry.tlp == TLP.RED:",
    ]
    for line in old_copies:
        assert any(p.search(line) for p in FORBIDDEN.values()), line

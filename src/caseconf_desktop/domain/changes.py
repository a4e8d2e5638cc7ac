"""What a unit of work changed: the tables it wrote and the cases and conferences it touched.

Storage notes every write as it happens (``Vault.take_changes``); the vault worker hands
the sum of one operation's writes to the views, which refresh only what it touches (the
pattern of Anki's ``OpChanges``). A change whose cases are unknown (a bundle, a restore)
is ``Changes.everything()``: every view refreshes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# Derived or local bookkeeping: never a reason for a view to refresh.
BOOKKEEPING = frozenset(
    {
        "case_summaries",
        "case_summaries_stale",
        "audit_log",
        "audit_anchors",
        "meta",
        "fts_rowids",
        "sync_state",
        "sync_pending",
        "sync_versions",
        "sync_changes",
        "sync_marks",
    }
)


@dataclass(frozen=True, slots=True)
class Changes:
    tables: frozenset[str] = field(default_factory=frozenset)
    case_ids: frozenset[str] = field(default_factory=frozenset)
    conference_ids: frozenset[str] = field(default_factory=frozenset)
    all: bool = False
    # False when some write's cases were not known (a bulk statement): then any case or
    # conference of a touched table may have changed.
    scoped: bool = True

    @classmethod
    def everything(cls) -> Changes:
        return cls(all=True)

    def __bool__(self) -> bool:
        return self.all or bool(self.tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.tables | other.tables,
            self.case_ids | other.case_ids,
            self.conference_ids | other.conference_ids,
            self.all or other.all,
            self.scoped and other.scoped,
        )

    def touches(self, *tables: str) -> bool:
        """Did this change write any of these tables (or is it unknown what it wrote)?"""
        return self.all or not self.tables.isdisjoint(tables)

    def touches_case(self, case_id: str) -> bool:
        return self.all or (bool(self.tables) and not self.scoped) or case_id in self.case_ids

    def touches_conference(self, conference_id: str) -> bool:
        return (
            self.all
            or (bool(self.tables) and not self.scoped)
            or conference_id in self.conference_ids
        )


class ChangeLog:
    """Accumulates the writes of one unit of work (storage side)."""

    __slots__ = ("_cases", "_conferences", "_scoped", "_tables")

    def __init__(self) -> None:
        self._tables: set[str] = set()
        self._cases: set[str] = set()
        self._conferences: set[str] = set()
        self._scoped = True

    def note(
        self,
        table: str,
        case_ids: Iterable[str | None] = (),
        conference_ids: Iterable[str | None] = (),
        *,
        scoped: bool = True,
    ) -> None:
        if table in BOOKKEEPING:
            return
        self._tables.add(table)
        self._cases.update(i for i in case_ids if i)
        self._conferences.update(i for i in conference_ids if i)
        self._scoped = self._scoped and scoped

    def take(self) -> Changes:
        """What was noted since the last take, and start afresh."""
        out = Changes(
            frozenset(self._tables),
            frozenset(self._cases),
            frozenset(self._conferences),
            scoped=self._scoped,
        )
        self._tables.clear()
        self._cases.clear()
        self._conferences.clear()
        self._scoped = True
        return out

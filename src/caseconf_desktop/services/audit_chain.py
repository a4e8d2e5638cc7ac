"""Checking the audit chain and anchoring its head, in words the CLI and the GUI share.

``storage/audit.py`` finds what is wrong; this module says it in one translated sentence
and records the anchors a coordinator prints for the paper file or an external notary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from caseconf_desktop import errors, i18n
from caseconf_desktop.domain.model import AuditEvent
from caseconf_desktop.storage import audit, people
from caseconf_desktop.storage.mapping import PEOPLE
from caseconf_desktop.storage.vault import Vault

PRINTED = "printed"


_tr = i18n.tr_in("AuditChain")


def _where(anchor: audit.Anchor) -> str:
    """Who recorded the head, in a phrase; names ids and hashes, never file names."""
    at = anchor.at[:19].replace("T", " ")
    labels = {
        "minutes": _tr("the minutes issued on {at}"),
        "bundle": _tr("the bundle {ref} sent on {at}"),
        "backup": _tr("the backup with SHA-256 {ref} made on {at}"),
        PRINTED: _tr("the anchor printed on {at}"),
        "log": _tr("the backup recorded in row {ref} of the log"),
        "given": _tr("the anchor {ref} you gave"),
    }
    text = labels.get(anchor.source, _tr("a record of kind {kind}"))
    return text.format(at=at, ref=anchor.ref[:16], kind=anchor.source)


def problem_text(report: audit.ChainReport) -> str:
    """One sentence for a report that is not ok."""
    anchor = report.mismatch
    if anchor is None:
        return _tr("The audit chain is broken at row {seq} ({problem}).").format(
            seq=report.first_bad_seq, problem=report.problem
        )
    if report.problem == "truncated":
        return _tr(
            "The audit log was cut short: {where} recorded row {seq}, but the log ends at row "
            "{rows}."
        ).format(where=_where(anchor), seq=anchor.seq, rows=report.rows)
    return _tr(
        "The audit log was rewritten: it no longer holds the head {hash} recorded by {where}."
    ).format(hash=anchor.hash[:16], where=_where(anchor))


def ok_text(report: audit.ChainReport) -> str:
    if not report.anchors_checked:  # not "holding all 0 recorded heads"
        return _tr("The audit chain is intact: {rows} rows, head {head}.").format(
            rows=report.rows, head=report.head_hash
        )
    return _tr(
        "The audit chain is intact: {rows} rows, head {head}, holding every recorded head ({n})."
    ).format(rows=report.rows, head=report.head_hash, n=report.anchors_checked)


def parse_given(texts: Sequence[str]) -> list[audit.Anchor]:
    """Anchors typed by the user as ``SEQ:HASH``; a malformed one is an input error."""
    out = []
    for text in texts:
        anchor = audit.parse_anchor(text)
        if anchor is None:
            raise errors.InvalidInput(
                _tr(
                    "An anchor is SEQ:HASH as 'caseconf audit anchor' prints it, not {value!r}."
                ).format(value=text)
            )
        out.append(anchor)
    return out


@dataclass(frozen=True, slots=True)
class PrintedAnchor:
    seq: int
    hash: str
    at: str

    @property
    def line(self) -> str:
        """What ``audit verify --anchor`` takes back."""
        return f"{self.seq}:{self.hash}"


def anchor_now(vault: Vault) -> PrintedAnchor:
    """The current head with the time, recorded as printed (so verify checks it too)."""
    with vault.transaction():
        anchor = audit.record_anchor(vault, PRINTED)
    return PrintedAnchor(int(anchor.seq or 0), anchor.hash, anchor.at)


def actors_matching(vault: Vault, actor: str) -> list[str]:
    """For the log's actor filter: ``[actor]`` when it is a person's id, else the ids of
    everyone whose name is ``actor`` (case-insensitive); one id means a match."""
    if PEOPLE.get(vault, actor) is not None:
        return [actor]
    return [p.id for p in people.named(vault, actor)]


# -- what the audit view and the command line ask (the log itself lives in storage/audit.py)


def verify(vault: Vault, given: Sequence[audit.Anchor] = ()) -> audit.ChainReport:
    """The whole chain recomputed and checked against every recorded (and given) head."""
    return audit.verify(vault, given)


def events(vault: Vault, **filters: Any) -> list[AuditEvent]:
    """The log's rows, oldest first, narrowed by storage.audit.events' filters."""
    return audit.events(vault, **filters)


def export_log(vault: Vault, rows: int, last_seq: int, fmt: str, write: Callable[[], None]) -> None:
    """Write an export of the log (``write``) and record that it was exported, atomically."""
    with vault.transaction():
        audit.append(
            vault,
            "audit.exported",
            "audit_log",
            str(last_seq),
            detail={"rows": str(rows), "format": fmt},
        )
        write()

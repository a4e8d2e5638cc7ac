"""The ``caseconf`` command line: argument parsing and one function per subcommand.

Thin over ``services``. Every known error becomes one sentence on stderr and a non-zero
exit; bugs keep their traceback (they are ours to fix). Heavy modules are imported inside
the commands that need them so that ``caseconf --version`` and the GUI start fast.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import __version__, errors, hardening, paths

log = logging.getLogger("caseconf")

Handler = Callable[[argparse.Namespace], int]


def tr(text: str) -> str:
    return QCoreApplication.translate("cli", text)


# -- shared plumbing ------------------------------------------------------------------------


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault) if args.vault else paths.default_vault_path()


def _secret(
    file: str | None, env_var: str, missing: str, prompt: str, repeat: str | None, differ: str
) -> str:
    """A passphrase from a file, else an environment variable, else the terminal."""
    if file:
        return read_secret_file(file)
    env = hardening.secret_from_environment(env_var)
    if env:
        return env
    if not sys.stdin.isatty():
        raise errors.InvalidInput(missing)
    first = getpass.getpass(prompt)
    if repeat is not None and getpass.getpass(repeat) != first:
        raise errors.InvalidInput(differ)
    return first


def read_secret_file(file: str) -> str:
    """A passphrase or password from a small regular file, without its final line break."""
    from caseconf_desktop.services import files

    raw = files.read_user_file(Path(file), files.PASSPHRASE)
    try:
        # utf-8-sig: Windows editors may start the file with a byte-order mark.
        secret = raw.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise errors.InvalidInput(
            tr("The passphrase file {path} is not UTF-8 text.").format(path=file)
        ) from exc
    if not secret:
        raise errors.InvalidInput(tr("The passphrase file {path} is empty.").format(path=file))
    return secret


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --passphrase-file, CASECONF_PASSPHRASE, or an interactive prompt (in that order)."""
    return _secret(
        args.passphrase_file,
        "CASECONF_PASSPHRASE",
        # On `bundle export|import`, --passphrase-file is the bundle's: name the vault's option.
        tr("No passphrase given: use {option}, CASECONF_PASSPHRASE or a terminal.").format(
            option=getattr(args, "passphrase_option", "--passphrase-file")
        ),
        tr("Vault passphrase: "),
        tr("Repeat the passphrase: ") if confirm else None,
        tr("The two passphrases differ; nothing was created."),
    )


def unlock(path: Path, passphrase: str) -> Any:
    """Open a vault; a wrong passphrase makes this command, and the next, wait a while."""
    from caseconf_desktop.services import unlock_attempts, vaults

    with unlock_attempts.throttled(path):
        return vaults.unlock(path, passphrase)


def open_vault(args: argparse.Namespace) -> Any:
    return unlock(vault_path(args), read_passphrase(args))


# Characters that steer a terminal or reorder what it shows: C0 and C1 controls (ESC, CR,
# BS, CSI …), line and paragraph separators, and the bidirectional overrides and isolates.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _unsafe(c: str) -> bool:
    return unicodedata.category(c) in ("Cc", "Zl", "Zp") or c in _BIDI


def safe(value: object) -> str:
    """``value`` as text with every control character escaped (``\\x1b``, ``\\u202e``)."""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(
        (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}") if _unsafe(c) else c
        for c in text
    )


def echo(*fields: object, file: TextIO | None = None) -> None:
    """Print one line: the fields, control characters escaped, separated by tabs.

    Every line the command line prints goes through here: names, references and values
    come from vaults, documents, bundles and certificates others wrote.
    """
    stream = _stdout() if file is None else file
    if stream is not None:  # standard error closed: nowhere to say it
        print("\t".join(safe(f) for f in fields), file=stream)


def _json_safe(text: str) -> str:
    # JSON escapes C0 controls itself; C1 controls and the bidi overrides it leaves raw.
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def emit_json(data: Any) -> None:
    out = _stdout()
    out.write(_json_safe(json.dumps(data, ensure_ascii=False, indent=2, default=str)))
    out.write("\n")


def _os_problem(exc: OSError) -> str:
    """One sentence for a refusal by the system, naming the file when there is one."""
    reason = exc.strerror or type(exc).__name__
    if exc.filename:
        return tr("Cannot use {path}: {reason}.").format(path=safe(exc.filename), reason=reason)
    return tr("The system refused: {reason}.").format(reason=reason)


def _stdout() -> TextIO:
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        raise errors.InvalidInput(tr("There is no standard output to write to; use --out FILE."))
    return sys.stdout


def write_output(path: str | None, text: str) -> None:
    """Write to a file atomically (temp file + rename), or to stdout when no path is given."""
    if not path or path == "-":
        _stdout().write(_json_safe(text))
        return
    from caseconf_desktop.services.files import atomic_write_text

    atomic_write_text(Path(path), text)


# -- commands -------------------------------------------------------------------------------


def _in_range(value: int, option: str, low: int, high: int) -> None:
    """A number option within what makes sense (else one sentence, and nothing done)."""
    if not low <= value <= high:
        raise errors.InvalidInput(
            tr("{option} must be a whole number from {low} to {high}.").format(
                option=option, low=f"{low:,}", high=f"{high:,}"
            )
        )


def cmd_gui(args: argparse.Namespace) -> int:
    from caseconf_desktop.app import run_gui

    return run_gui(vault=vault_path(args) if args.vault else None)


def cmd_init(args: argparse.Namespace) -> int:
    from caseconf_desktop.domain.enums import Role
    from caseconf_desktop.services import vaults

    path = vault_path(args)
    if path.exists():
        raise errors.VaultExists(str(path))
    passphrase = read_passphrase(args, confirm=True)
    vault = vaults.init_vault(path, passphrase, args.owner, args.agency, Role(args.role))
    vault.close()
    echo(
        tr("Created vault {path} for {owner} ({agency}).").format(
            path=path, owner=args.owner, agency=args.agency
        )
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from caseconf_desktop import demo

    _in_range(args.cases, "--cases", 1, 100_000)
    with open_vault(args) as vault:
        stats = demo.generate(vault, args.cases, seed=args.seed)
    echo(
        tr("Added {cases} demo cases with {conferences} conferences and {entries} entries.").format(
            **stats
        )
    )
    return 0


def cmd_cases_list(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import cases

    if args.limit is not None:
        _in_range(args.limit, "--limit", 1, 1_000_000)
    with open_vault(args) as vault:
        rows = cases.list_cases(vault, args.search or "", limit=args.limit)
    if args.json:
        emit_json(
            [
                {
                    "id": r.id,
                    "reference": r.reference,
                    "subject": r.subject_name,
                    "pseudonym": r.pseudonym,
                    "lead_agency": r.lead_agency,
                    "status": r.status.value,
                    "risk_level": r.risk_level.value if r.risk_level else None,
                    "last_conference": r.last_conference,
                    "next_conference_due": r.next_conference_due,
                    "open_actions": r.open_actions,
                    "overdue_actions": r.overdue_actions,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        risk = r.risk_level.value if r.risk_level else "-"
        due = r.next_conference_due.isoformat() if r.next_conference_due else "-"
        echo(
            r.reference,
            r.subject_name,
            r.lead_agency,
            r.status.value,
            risk,
            due,
            f"{r.open_actions}/{r.overdue_actions}",
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import interchange

    document = interchange.load_document(Path(args.file))
    with open_vault(args) as vault:
        result = interchange.import_document(vault, document)
    echo(
        # Counts after a colon read right in the singular too ("Cases imported: 1").
        tr("Cases imported: {cases} ({created} records created, {updated} updated).").format(
            cases=result.cases, created=result.created, updated=result.updated
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import interchange

    if args.out and args.out != "-":
        from caseconf_desktop.services import files

        files.check_destination(Path(args.out))
    # The file is written inside the transaction that records the export: a write that
    # fails rolls the case.exported row back with it.
    with open_vault(args) as vault, vault.transaction():
        text = interchange.export_json(vault, args.case)
        write_output(args.out, text)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import audit_chain

    given = audit_chain.parse_given(args.anchor or [])
    with open_vault(args) as vault:
        report = audit_chain.verify(vault, given)
    if report.ok:
        echo(audit_chain.ok_text(report))
        return 0
    echo(audit_chain.problem_text(report), file=sys.stderr)
    return 1


def cmd_audit_anchor(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import audit_chain

    with open_vault(args) as vault:
        anchor = audit_chain.anchor_now(vault)
    echo(
        tr("Audit head at {at}: row {seq}, SHA-256 {hash}.").format(
            at=anchor.at, seq=anchor.seq, hash=anchor.hash
        )
    )
    echo(tr("Check it later with: caseconf audit verify --anchor {line}").format(line=anchor.line))
    return 0


def cmd_audit_list(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import audit_chain, cases

    since, until = _period(args.since, args.until)
    with open_vault(args) as vault:
        case_id = cases.get_by_reference(vault, args.case).id if args.case else None
        rows = audit_chain.events(
            vault,
            case_id=case_id,
            actor=_actor_id(vault, args.actor) if args.actor else None,
            action_prefix=args.action,
            since=since,
            until=until,
        )
    if args.json:
        emit_json(
            [
                {
                    "seq": e.seq,
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "object_type": e.object_type,
                    "object_id": e.object_id,
                    "case_id": e.case_id,
                    "detail": e.detail,
                    "hash": e.hash,
                }
                for e in rows
            ]
        )
        return 0
    for e in rows:
        echo(e.seq, e.at.isoformat(), e.action, e.object_type, e.object_id)
    return 0


def _day(text: str, option: str) -> Any:
    from datetime import UTC, datetime

    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError as exc:
        raise errors.InvalidInput(
            tr("{option} must be a date like 2026-01-31, not {value!r}.").format(
                option=option, value=text
            )
        ) from exc


def _period(since: str | None, until: str | None) -> tuple[Any, Any]:
    """--since and --until as moments; both days are included."""
    from datetime import timedelta

    start = _day(since, "--since") if since else None
    end = _day(until, "--until") + timedelta(days=1) if until else None
    return start, end


def _actor_id(vault: Any, actor: str) -> str:
    """A person's id from their id or their exact name (case-insensitive)."""
    from caseconf_desktop.services import audit_chain

    found = audit_chain.actors_matching(vault, actor)
    if len(found) != 1:
        raise errors.NotFound(
            tr("There is no single person named {name} in this vault.").format(name=actor)
        )
    return found[0]


def cmd_minutes_export(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import minutes

    with open_vault(args) as vault:
        issued = minutes.export_minutes(
            vault,
            args.conference,
            minutes.Audience(args.audience),
            args.recipient,
            Path(args.out),
            sign=not args.no_sign,
            agency=args.agency or "",
            language=args.language,
        )
    echo(
        tr("Wrote {path}: {audience} minutes ({tlp}) for {recipient}, SHA-256 {sha}.").format(
            path=args.out,
            audience=issued.audience,
            tlp=f"TLP:{issued.tlp}",
            recipient=issued.recipient,
            sha=issued.sha256,
        )
    )
    return 0


def _print_verification(report: Any, as_json: bool) -> int:
    if as_json:
        emit_json(report.as_dict())
        return int(report.exit_code)
    stream = sys.stdout if report.exit_code == 0 else sys.stderr
    for line in report.lines():
        echo(line, file=stream)
    return int(report.exit_code)


def cmd_minutes_verify(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import files, minutes

    files.read_user_file(Path(args.file), files.PDF)  # a regular file of bounded size
    with open_vault(args) as vault:
        report = minutes.verify_file(vault, Path(args.file))
    return _print_verification(report, args.json)


def cmd_minutes_countersign(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import files, minutes

    files.read_user_file(Path(args.file), files.PDF)  # a regular file of bounded size
    out = Path(args.out) if args.out else None
    with open_vault(args) as vault:
        report = minutes.countersign_file(vault, Path(args.file), out)
    return _print_verification(report, False)


def cmd_identity_export_cert(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import identity

    with open_vault(args) as vault:
        pem = identity.export_certificate(vault)
    write_output(args.out, pem)
    if args.out and args.out != "-":
        info = identity.describe_pem(pem)
        echo(
            tr("Wrote the certificate of {name} to {path}; fingerprint {fp}.").format(
                name=info.display,
                path=args.out,
                fp=identity.format_fingerprint(info.fingerprint),
            )
        )
    return 0


def cmd_identity_trust(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import files, identity

    data = files.read_user_file(Path(args.certfile), files.CERTIFICATE)
    with open_vault(args) as vault:
        cert, created = identity.trust_certificate(vault, data)
    info = identity.describe_pem(cert.pem)
    text = (
        tr("Now trusting {name}; fingerprint {fp}.")
        if created
        else tr("{name} was already trusted; fingerprint {fp}.")
    )
    echo(text.format(name=info.display, fp=identity.format_fingerprint(cert.fingerprint)))
    return 0


def cmd_identity_import_p12(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import files, identity

    data = files.read_user_file(Path(args.file), files.PKCS12)
    password = read_secret_file(args.password_file) if args.password_file else None
    with open_vault(args) as vault:
        ident = identity.import_pkcs12(vault, data, password)
    echo(
        tr("Minutes are now signed as {name}; fingerprint {fp}.").format(
            name=ident.display_name, fp=identity.format_fingerprint(ident.fingerprint)
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import backup

    passphrase = read_passphrase(args)
    with unlock(vault_path(args), passphrase) as vault:
        info = backup.backup(vault, Path(args.out), passphrase=passphrase)
    echo(
        tr("Wrote and checked the backup {path} ({size} bytes, SHA-256 {sha}).").format(
            path=info.path, size=info.size, sha=info.sha256
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import backup, unlock_attempts

    source, passphrase = Path(args.file), read_passphrase(args)
    with unlock_attempts.throttled(source):
        info = backup.restore(
            source,
            vault_path(args),
            passphrase,
            force=args.force,
            reapply_erasures_from=(
                Path(args.reapply_erasures_from) if args.reapply_erasures_from else None
            ),
        )
    echo(tr("Checked the backup and restored it into the vault {path}.").format(path=info.path))
    return 0


def read_new_passphrase(args: argparse.Namespace) -> str:
    """From --new-passphrase-file, CASECONF_NEW_PASSPHRASE, or a prompt (twice)."""
    return _secret(
        args.new_passphrase_file,
        "CASECONF_NEW_PASSPHRASE",
        tr(
            "No new passphrase given: use --new-passphrase-file, CASECONF_NEW_PASSPHRASE "
            "or a terminal."
        ),
        tr("New passphrase: "),
        tr("Repeat the new passphrase: "),
        tr("The two passphrases differ; nothing was changed."),
    )


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import passphrase

    current = read_passphrase(args)
    new = read_new_passphrase(args)
    passphrase.check_new_passphrase(current, new)
    vault = unlock(vault_path(args), current)
    try:
        vault = passphrase.change_passphrase(vault, current, new)
    finally:
        vault.close()
    echo(
        tr("Changed the passphrase of {path}; only the new one opens it now.").format(
            path=vault_path(args)
        )
    )
    return 0


def cmd_case_erase(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import retention

    retention.check_reason(args.reason)
    with open_vault(args) as vault:
        report = retention.erase_by_reference(vault, args.case, args.reason)
    echo(
        tr("Erased case {ref} and {n} records; the audit log keeps a tombstone.").format(
            ref=args.case, n=sum(report.records.values())
        )
    )
    return 0


def cmd_case_retention_due(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import retention

    if args.years is not None:
        _in_range(args.years, "--years", 1, 100)
    with open_vault(args) as vault:
        rows = retention.due_for_review(vault, years=args.years)
    if args.json:
        emit_json(
            [
                {
                    "id": r.case_id,
                    "reference": r.reference,
                    "status": r.status.value,
                    "review_date": r.review_date,
                    "date_set_on_case": r.explicit,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        echo(r.reference, r.review_date.isoformat(), r.status.value)
    return 0


def cmd_subject_access(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import subject_access

    purpose = subject_access.check_purpose(args.purpose or subject_access.default_purpose())
    with open_vault(args) as vault:
        result = subject_access.export(
            vault,
            args.case,
            Path(args.out_json),
            Path(args.out_pdf) if args.out_pdf else None,
            purpose=purpose,
        )
    written = ", ".join(str(p) for p in (result.json_path, result.pdf_path) if p is not None)
    echo(
        tr(
            "Wrote {files}: {records} records, {disclosures} disclosures, {events} audit events."
        ).format(
            files=written,
            records=result.records,
            disclosures=result.disclosures,
            events=result.access_events,
        )
    )
    return 0


def read_bundle_passphrase(args: argparse.Namespace) -> str | None:
    """From --passphrase-file (alias --bundle-passphrase-file) or CASECONF_BUNDLE_PASSPHRASE.

    None when neither is set. On the bundle commands, the vault's own passphrase file is
    ``--vault-passphrase-file``.
    """
    if args.bundle_passphrase_file:
        return read_secret_file(args.bundle_passphrase_file)
    return hardening.secret_from_environment("CASECONF_BUNDLE_PASSPHRASE")


def cmd_device_id(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import devices

    with open_vault(args) as vault:
        ident = devices.own_identity(vault)
    echo(ident.line)
    echo(tr("Fingerprint: {fp}").format(fp=ident.fingerprint))
    return 0


def cmd_device_trust(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import devices

    parsed = devices.parse_line(args.line)
    with open_vault(args) as vault:
        device, created = devices.trust(vault, args.line, args.name)
    text = (
        tr("Now trusting {name}; fingerprint {fp}.")
        if created
        else tr("{name} is trusted; fingerprint {fp}.")
    )
    echo(text.format(name=device.name, fp=parsed.fingerprint))
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import devices

    with open_vault(args) as vault:
        rows = devices.list_devices(vault)
    if args.json:
        emit_json(
            [
                {
                    "id": d.id,
                    "name": d.name,
                    "fingerprint": d.fingerprint,
                    "this_vault": d.own,
                    "trusted_at": d.trusted_at.isoformat() if d.trusted_at else None,
                    "last_sent": d.last_sent,
                    "last_received": d.last_received,
                }
                for d in rows
            ]
        )
        return 0
    for d in rows:
        mark = tr("this vault") if d.own else (d.last_received or "-")[:16]
        echo(d.name, d.fingerprint, d.id, mark)
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import bundles

    secret = read_bundle_passphrase(args)
    if (args.to is None) == (secret is None):
        raise errors.InvalidInput(
            tr("Give either --to NAME (a trusted device) or --passphrase-file FILE.")
        )
    with open_vault(args) as vault:
        result = bundles.export_bundle(
            vault,
            args.case,
            Path(args.out),
            to=args.to,
            passphrase=secret,
            since_last=args.since_last,
        )
    echo(
        tr("Wrote {path}: {cases} cases, {records} records, for {to}; bundle {id}.").format(
            path=result.path,
            cases=result.cases,
            records=result.records,
            to=result.recipient or tr("whoever has the passphrase"),
            id=result.bundle_id,
        )
    )
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import bundles

    secret = read_bundle_passphrase(args)
    with open_vault(args) as vault:
        result = bundles.import_bundle(
            vault, Path(args.file), passphrase=secret, apply_erasures=args.apply_erasures
        )
    echo(
        tr(
            "Imported bundle {id} from {sender}: {created} records added, {updated} changed, "
            "{deleted} deleted, {conflicts} new conflicts."
        ).format(
            id=result.bundle_id,
            sender=result.sender,
            created=result.created,
            updated=result.updated,
            deleted=result.deleted,
            conflicts=result.conflicts,
        )
    )
    if result.erased:
        echo(tr("Erased here, as the sender did: {refs}.").format(refs=", ".join(result.erased)))
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import cases, conflicts

    with open_vault(args) as vault:
        case_id = cases.get_by_reference(vault, args.case).id if args.case else None
        rows = conflicts.list_conflicts(vault, case_id)
    if args.json:
        emit_json([c.as_dict() for c in rows])
        return 0
    for c in rows:
        remote = " | ".join(f"{s.text!r} ({s.device}, {s.by}, {s.at[:16]})" for s in c.remote)
        echo(
            c.short_id,
            c.case_reference,
            f"{c.table_label}: {c.what}",
            c.field_label,
            f"{tr('here')}: {c.local.text!r} ({c.local.device}, {c.local.at[:16]})",
            f"{tr('other')}: {remote}",
        )
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import conflicts

    with open_vault(args) as vault:
        before = conflicts.resolve(vault, args.id, args.keep)
    echo(
        tr("Resolved conflict {id} ({what}, {field}).").format(
            id=before.short_id, what=before.table_label, field=before.field_label
        )
    )
    return 0


# -- parser ---------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one sentence and exit code 2."""

    def error(self, message: str) -> Any:
        self.exit(2, f"caseconf: {message}\n")


def _vault_options(*, bundle: bool = False) -> _Parser:
    """Options every subcommand takes, placed after the subcommand name.

    On ``bundle export|import`` the contract gives ``--passphrase-file`` to the bundle's own
    passphrase; the vault's passphrase file is then ``--vault-passphrase-file`` (or, as
    everywhere, CASECONF_PASSPHRASE or a prompt).
    """
    common = _Parser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="PATH",
        default=os.environ.get("CASECONF_VAULT") or None,
        help=tr("vault file (default: CASECONF_VAULT or the user data folder)"),
    )
    common.add_argument(
        "--vault-passphrase-file" if bundle else "--passphrase-file",
        dest="passphrase_file",
        metavar="FILE",
        help=tr("read the passphrase from FILE (else CASECONF_PASSPHRASE, else a prompt)"),
    )
    if bundle:
        common.set_defaults(passphrase_option="--vault-passphrase-file")  # noqa: S106 (a name)
        common.add_argument(
            "--passphrase-file",
            "--bundle-passphrase-file",
            dest="bundle_passphrase_file",
            metavar="FILE",
            help=tr(
                "the bundle's own passphrase, from FILE (or CASECONF_BUNDLE_PASSPHRASE), "
                "for a bundle protected by a passphrase instead of addressed to a device"
            ),
        )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _vault_options()
    parser = _Parser(prog="caseconf", description=tr("CaseConf: multi-agency case conferences."))
    parser.add_argument("--version", action="version", version=f"caseconf {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name: str, handler: Handler, help_text: str, **kw: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, **kw)
        p.set_defaults(handler=handler)
        return p

    def group(name: str, help_text: str) -> Any:
        p = sub.add_parser(name, help=help_text)
        return p.add_subparsers(dest=f"{name}_command", required=True, parser_class=_Parser)

    bundle_common = _vault_options(bundle=True)

    def add_to(
        grp: Any, name: str, handler: Handler, help_text: str, parent: _Parser = common
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = grp.add_parser(name, parents=[parent], help=help_text)
        p.set_defaults(handler=handler)
        return p

    add("gui", cmd_gui, tr("launch the application (the default)"))

    p = add("init", cmd_init, tr("create a vault and its owner's profile"))
    p.add_argument("--owner", required=True, metavar="NAME")
    p.add_argument("--agency", required=True, metavar="NAME")
    p.add_argument("--role", choices=["coordinator", "facilitator"], default="coordinator")

    p = add("demo", cmd_demo, tr("add synthetic demo cases (never real people)"))
    p.add_argument("--cases", type=int, default=25, metavar="N")
    p.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)

    cases_grp = group("cases", tr("list and search cases"))
    p = add_to(cases_grp, "list", cmd_cases_list, tr("list cases"))
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, metavar="N")

    p = add("import", cmd_import, tr("import a caseconf.v1 JSON document"))
    p.add_argument("file", metavar="FILE.json")

    p = add("export", cmd_export, tr("export one case as caseconf.v1 JSON"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--out", metavar="FILE.json")

    audit_grp = group("audit", tr("verify and read the audit log"))
    p = add_to(audit_grp, "verify", cmd_audit_verify, tr("recompute the audit hash chain"))
    p.add_argument(
        "--anchor",
        action="append",
        metavar="SEQ:HASH",
        help=tr("also check a head printed earlier by 'audit anchor' (repeatable)"),
    )
    add_to(audit_grp, "anchor", cmd_audit_anchor, tr("print the current head for the paper file"))
    p = add_to(audit_grp, "list", cmd_audit_list, tr("list audit events"))
    p.add_argument("--case", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.add_argument("--actor", metavar="NAME", help=tr("only this person's actions (name or id)"))
    p.add_argument("--action", metavar="PREFIX", help=tr("only actions starting with PREFIX"))
    p.add_argument("--since", metavar="DATE", help=tr("from this day (YYYY-MM-DD)"))
    p.add_argument("--until", metavar="DATE", help=tr("up to and including this day"))

    minutes_grp = group("minutes", tr("export, verify and countersign signed PDF minutes"))
    p = add_to(minutes_grp, "export", cmd_minutes_export, tr("write one version of the minutes"))
    p.add_argument("--conference", required=True, metavar="ID")
    p.add_argument(
        "--audience",
        required=True,
        choices=["full", "partners", "summary", "participant", "family"],
    )
    p.add_argument("--recipient", required=True, metavar="NAME")
    p.add_argument(
        "--agency",
        metavar="NAME",
        help=tr("the agency a recipient who is not on the attendance list receives it for"),
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--no-sign", action="store_true", help=tr("write the PDF without signing it"))
    p.add_argument(
        "--language",
        choices=["en", "es"],
        default="en",
        help=tr("the language of the minutes' fixed text (what was entered stays as typed)"),
    )
    p = add_to(minutes_grp, "verify", cmd_minutes_verify, tr("check the signatures of minutes"))
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--json", action="store_true")
    p = add_to(minutes_grp, "countersign", cmd_minutes_countersign, tr("add the chair's signature"))
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--out", metavar="FILE.pdf", help=tr("write here instead of in place"))

    identity_grp = group("identity", tr("the signing identity and trusted signers"))
    p = add_to(
        identity_grp, "export-cert", cmd_identity_export_cert, tr("write this vault's certificate")
    )
    p.add_argument("--out", metavar="FILE")
    p = add_to(identity_grp, "trust", cmd_identity_trust, tr("trust a colleague's certificate"))
    p.add_argument("certfile", metavar="CERTFILE")
    p = add_to(
        identity_grp, "import-p12", cmd_identity_import_p12, tr("sign with a PKCS#12 key instead")
    )
    p.add_argument("file", metavar="FILE.p12")
    p.add_argument("--password-file", metavar="FILE")

    p = add("backup", cmd_backup, tr("write a checked, encrypted copy of the vault"))
    p.add_argument("--out", required=True, metavar="FILE")

    p = add("restore", cmd_restore, tr("restore a backup into a new vault (--vault NEWPATH)"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true", help=tr("replace an existing file"))
    p.add_argument(
        "--reapply-erasures-from",
        metavar="VAULT",
        help=tr("erase again every case the current VAULT has erased (same passphrase)"),
    )

    passphrase_grp = group("passphrase", tr("change the vault's passphrase"))
    p = add_to(passphrase_grp, "change", cmd_passphrase_change, tr("set a new passphrase"))
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=tr("read the new passphrase from FILE (else CASECONF_NEW_PASSPHRASE, else a prompt)"),
    )

    case_grp = group("case", tr("retention review and erasure of one case"))
    p = add_to(case_grp, "erase", cmd_case_erase, tr("erase a case, keeping a tombstone"))
    p.add_argument("case", metavar="REF")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p = add_to(
        case_grp, "retention-due", cmd_case_retention_due, tr("cases due for retention review")
    )
    p.add_argument("--years", type=int, metavar="N", help=tr("default retention period"))
    p.add_argument("--json", action="store_true")

    p = add("subject-access", cmd_subject_access, tr("everything held on one person"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--out-json", required=True, metavar="FILE.json")
    p.add_argument("--out-pdf", metavar="FILE.pdf")
    p.add_argument("--purpose", metavar="TEXT", help=tr("why the export is made"))

    device_grp = group("device", tr("this vault's device identity and trusted devices"))
    p = add_to(device_grp, "id", cmd_device_id, tr("print this device's line and fingerprint"))
    p = add_to(device_grp, "trust", cmd_device_trust, tr("trust another device by its line"))
    p.add_argument("line", metavar="LINE")
    p.add_argument("--name", required=True, metavar="NAME", help=tr("the name to address it by"))
    p = add_to(device_grp, "list", cmd_device_list, tr("this device and the trusted ones"))
    p.add_argument("--json", action="store_true")

    bundle_grp = group("bundle", tr("encrypted, signed case bundles for offline hand-over"))
    p = add_to(
        bundle_grp, "export", cmd_bundle_export, tr("write cases to a bundle"), bundle_common
    )
    p.add_argument("--case", required=True, action="append", metavar="REF")
    p.add_argument("--to", metavar="NAME", help=tr("the trusted device to address it to"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument(
        "--since-last",
        action="store_true",
        help=tr("only what changed since the last bundle to that device"),
    )
    p = add_to(
        bundle_grp, "import", cmd_bundle_import, tr("check and merge a bundle"), bundle_common
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--apply-erasures",
        action="store_true",
        help=tr("erase here the cases the sender has erased (else such a bundle is refused)"),
    )

    conflicts_grp = group("conflicts", tr("changes two devices made to the same field"))
    p = add_to(conflicts_grp, "list", cmd_conflicts_list, tr("list open conflicts"))
    p.add_argument("--case", metavar="REF")
    p.add_argument("--json", action="store_true")
    p = add_to(conflicts_grp, "resolve", cmd_conflicts_resolve, tr("settle one conflict"))
    p.add_argument("id", metavar="ID")
    p.add_argument(
        "--keep", required=True, metavar="local|remote|TEXT", help=tr("the value to keep")
    )

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        # As the program (arguments from sys.argv), before anything else: passphrases out of
        # the environment, then no core files and not dumpable (see hardening.py). In that
        # order: once not dumpable, a user who is not root may no longer read the process's
        # own /proc/self/environ, which the scrub reads to check the block before zeroing it.
        # In-process callers that pass argv (tests, embedders) own their process and
        # environment: left alone.
        hardening.take_secrets_from_environment()
        hardening.protect_process()
    logging.basicConfig(level=logging.WARNING, format="caseconf: %(levelname)s: %(message)s")
    words = list(sys.argv[1:] if argv is None else argv)
    if words in ([], ["gui"]):
        # Started from a menu or a launcher: straight to the window, without building the
        # parser of every subcommand first (part of the start-up time a user waits through).
        args = _vault_options().parse_args([])
        args.handler = cmd_gui
    else:
        parser = build_parser()
        args = parser.parse_args(words)
        if not getattr(args, "command", None):
            args = parser.parse_args(["gui", *words])
    handler: Handler = args.handler
    try:
        code = handler(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk or device behind stdout is an error, not success
        return code
    except errors.KnownError as exc:
        echo(f"caseconf: {exc.user_text}", file=sys.stderr)
        # A refused document lists its other problems too, one per line (up to 20 in all).
        for problem in getattr(exc, "problems", [])[1:20]:
            echo(f"  {problem}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        # A change the vault had committed stays (each is one transaction); the rest is
        # rolled back. Which of the two the key press met cannot be known here.
        echo(
            tr(
                "caseconf: interrupted. What was already saved stays saved, nothing is left "
                "half-written; run the command again to see where it stopped."
            ),
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # The system refused a file or a stream (a name too long, a full disk behind stdout).
        echo(f"caseconf: {_os_problem(exc)}", file=sys.stderr)
        return 2

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
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import __version__, errors, paths

log = logging.getLogger("caseconf")

Handler = Callable[[argparse.Namespace], int]


def tr(text: str) -> str:
    return QCoreApplication.translate("cli", text)


# -- shared plumbing ------------------------------------------------------------------------


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault) if args.vault else paths.default_vault_path()


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --passphrase-file, CASECONF_PASSPHRASE, or an interactive prompt (in that order)."""
    if args.passphrase_file:
        try:
            # utf-8-sig: Windows editors may start the file with a byte-order mark.
            text = Path(args.passphrase_file).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise errors.InvalidInput(
                tr("Cannot read the passphrase file {path}.").format(path=args.passphrase_file)
            ) from exc
        return text.rstrip("\r\n")
    env = os.environ.get("CASECONF_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise errors.InvalidInput(
            tr("No passphrase given: use --passphrase-file, CASECONF_PASSPHRASE or a terminal.")
        )
    first = getpass.getpass(tr("Vault passphrase: "))
    if confirm and getpass.getpass(tr("Repeat the passphrase: ")) != first:
        raise errors.InvalidInput(tr("The two passphrases differ; nothing was created."))
    return first


def open_vault(args: argparse.Namespace) -> Any:
    from caseconf_desktop.services import vaults

    return vaults.unlock(vault_path(args), read_passphrase(args))


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def write_output(path: str | None, text: str) -> None:
    """Write to a file atomically (temp file + rename), or to stdout when no path is given."""
    if not path or path == "-":
        sys.stdout.write(text)
        return
    from caseconf_desktop.services.files import atomic_write_text

    atomic_write_text(Path(path), text)


# -- commands -------------------------------------------------------------------------------


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
    print(
        tr("Created vault {path} for {owner} ({agency}).").format(
            path=path, owner=args.owner, agency=args.agency
        )
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import demo

    if args.cases < 1:
        raise errors.InvalidInput(tr("--cases must be at least 1."))
    with open_vault(args) as vault:
        stats = demo.generate(vault, args.cases, seed=args.seed)
    print(
        tr("Added {cases} demo cases with {conferences} conferences and {entries} entries.").format(
            **stats
        )
    )
    return 0


def cmd_cases_list(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import cases

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
        print(
            f"{r.reference}\t{r.subject_name}\t{r.lead_agency}\t{r.status.value}\t{risk}\t"
            f"{due}\t{r.open_actions}/{r.overdue_actions}"
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import interchange

    document = interchange.load_document(Path(args.file))
    with open_vault(args) as vault:
        result = interchange.import_document(vault, document)
    print(
        tr("Imported {cases} cases ({created} records created, {updated} updated).").format(
            cases=result.cases, created=result.created, updated=result.updated
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import interchange

    with open_vault(args) as vault:
        text = interchange.export_json(vault, args.case)
    write_output(args.out, text)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from caseconf_desktop.storage import audit

    with open_vault(args) as vault:
        report = audit.verify(vault)
    if report.ok:
        print(
            tr("The audit chain is intact: {rows} rows, head {head}.").format(
                rows=report.rows, head=report.head_hash
            )
        )
        return 0
    print(
        tr("The audit chain is broken at row {seq} ({problem}).").format(
            seq=report.first_bad_seq, problem=report.problem
        ),
        file=sys.stderr,
    )
    return 1


def cmd_audit_list(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import cases
    from caseconf_desktop.storage import audit

    with open_vault(args) as vault:
        case_id = cases.get_by_reference(vault, args.case).id if args.case else None
        rows = audit.events(vault, case_id=case_id)
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
        print(f"{e.seq}\t{e.at.isoformat()}\t{e.action}\t{e.object_type}\t{e.object_id}")
    return 0


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
        )
    print(
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
        print(line, file=stream)
    return int(report.exit_code)


def cmd_minutes_verify(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import minutes

    with open_vault(args) as vault:
        report = minutes.verify_file(vault, Path(args.file))
    return _print_verification(report, args.json)


def cmd_minutes_countersign(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import minutes

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
        print(
            tr("Wrote the certificate of {name} to {path}; fingerprint {fp}.").format(
                name=info.display,
                path=args.out,
                fp=identity.format_fingerprint(info.fingerprint),
            )
        )
    return 0


def cmd_identity_trust(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import identity

    try:
        data = Path(args.certfile).read_bytes()
    except OSError as exc:
        raise errors.InvalidInput(
            tr("Cannot read the certificate file {path}.").format(path=args.certfile)
        ) from exc
    with open_vault(args) as vault:
        cert, created = identity.trust_certificate(vault, data)
    info = identity.describe_pem(cert.pem)
    text = (
        tr("Now trusting {name}; fingerprint {fp}.")
        if created
        else tr("{name} was already trusted; fingerprint {fp}.")
    )
    print(text.format(name=info.display, fp=identity.format_fingerprint(cert.fingerprint)))
    return 0


def cmd_identity_import_p12(args: argparse.Namespace) -> int:
    from caseconf_desktop.services import identity

    try:
        data = Path(args.file).read_bytes()
        password = (
            Path(args.password_file).read_text(encoding="utf-8").rstrip("\r\n")
            if args.password_file
            else None
        )
    except OSError as exc:
        raise errors.InvalidInput(
            tr("Cannot read {path}.").format(path=exc.filename or args.file)
        ) from exc
    with open_vault(args) as vault:
        ident = identity.import_pkcs12(vault, data, password)
    print(
        tr("Minutes are now signed as {name}; fingerprint {fp}.").format(
            name=ident.display_name, fp=identity.format_fingerprint(ident.fingerprint)
        )
    )
    return 0


# -- parser ---------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one sentence and exit code 2."""

    def error(self, message: str) -> Any:
        self.exit(2, f"caseconf: {message}\n")


def _vault_options() -> _Parser:
    """Options every subcommand takes, placed after the subcommand name."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="PATH",
        default=os.environ.get("CASECONF_VAULT") or None,
        help=tr("vault file (default: CASECONF_VAULT or the user data folder)"),
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=tr("read the passphrase from FILE (else CASECONF_PASSPHRASE, else a prompt)"),
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

    def add_to(grp: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = grp.add_parser(name, parents=[common], help=help_text)
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
    add_to(audit_grp, "verify", cmd_audit_verify, tr("recompute the audit hash chain"))
    p = add_to(audit_grp, "list", cmd_audit_list, tr("list audit events"))
    p.add_argument("--case", metavar="REF")
    p.add_argument("--json", action="store_true")

    minutes_grp = group("minutes", tr("export, verify and countersign signed PDF minutes"))
    p = add_to(minutes_grp, "export", cmd_minutes_export, tr("write one version of the minutes"))
    p.add_argument("--conference", required=True, metavar="ID")
    p.add_argument(
        "--audience", required=True, choices=["full", "partners", "summary", "participant"]
    )
    p.add_argument("--recipient", required=True, metavar="NAME")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--no-sign", action="store_true", help=tr("write the PDF without signing it"))
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

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="caseconf: %(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        args = parser.parse_args(["gui", *(argv or [])])
    handler: Handler = args.handler
    try:
        return handler(args)
    except errors.KnownError as exc:
        print(f"caseconf: {exc.user_text}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(tr("caseconf: interrupted; nothing more was written."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

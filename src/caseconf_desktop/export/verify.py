"""Verification of signed minutes with pyHanko.

A document passes only when every signature is intact and cryptographically valid, the
signatures together cover the whole file, and every signer chains to a certificate in the
vault's trusted list. pyHanko's ``bottom_line`` (integrity, validity, trust and the
certification policy) is required for every signature; on its own it would accept an
annotation appended after an approval signature, so coverage is checked too:

* the last signature must cover the entire file;
* every earlier signature must cover its entire revision, and every revision after it
  must be one of the later signatures, with pyHanko's difference analysis finding no more
  than form filling (the chair's countersignature) in between.

The verdict maps to the command line's exit codes: 0 trusted, 3 intact but an untrusted
signer, 1 altered, unsigned or unreadable.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from caseconf_desktop import i18n
from caseconf_desktop.domain.minutes import CHAIR_FIELD, CHAIR_KEY_PREFIX, chair_key

_tr = i18n.tr_in("Verify")


class Verdict(StrEnum):
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"
    INVALID = "invalid"

    @property
    def exit_code(self) -> int:
        return {Verdict.TRUSTED: 0, Verdict.UNTRUSTED: 3, Verdict.INVALID: 1}[self]


# Changes allowed after a signature when a later signature covers them.
_ALLOWED_AFTER = (
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
)


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    """What one signature in the file says and how it fared."""

    field_name: str
    signer: str
    organisation: str
    fingerprint: str
    signed_at: datetime | None
    intact: bool
    valid: bool
    trusted: bool
    coverage: str
    modification: str
    bottom_line: bool
    problems: tuple[str, ...] = ()

    @property
    def sound(self) -> bool:
        """Intact, valid and covering what it must; trust aside."""
        return not self.problems

    def describe(self) -> str:
        who = f"{self.signer} ({self.organisation})" if self.organisation else self.signer
        when = self.signed_at.strftime("%Y-%m-%d %H:%M UTC") if self.signed_at else "?"
        return _tr("{field}: signed by {who} on {when}").format(
            field=self.field_name, who=who or _tr("an unknown signer"), when=when
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field_name,
            "signer": self.signer,
            "organisation": self.organisation,
            "fingerprint": self.fingerprint,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "intact": self.intact,
            "valid": self.valid,
            "trusted": self.trusted,
            "coverage": self.coverage,
            "modification": self.modification,
            "bottom_line": self.bottom_line,
            "problems": list(self.problems),
        }


@dataclass(frozen=True, slots=True)
class VerificationReport:
    verdict: Verdict
    sha256: str
    signatures: tuple[SignatureCheck, ...] = ()
    problems: tuple[str, ...] = ()
    unsigned_fields: tuple[str, ...] = field(default=())

    @property
    def exit_code(self) -> int:
        return self.verdict.exit_code

    @property
    def summary(self) -> str:
        """One sentence: the verdict and, when it fails, the first thing that is wrong."""
        if self.verdict is Verdict.TRUSTED:
            return _tr(
                "The minutes are intact, the signatures cover the whole file and every "
                "signer is trusted."
            )
        if self.verdict is Verdict.UNTRUSTED:
            names = ", ".join(s.signer for s in self.signatures if not s.trusted)
            return _tr(
                "The minutes are intact, but this vault does not trust the signer {names}; "
                "compare the certificate fingerprint with them, then run 'caseconf identity "
                "trust'."
            ).format(names=names)
        problems = [*self.problems, *(p for s in self.signatures for p in s.problems)]
        return problems[0] if problems else _tr("The minutes cannot be verified.")

    def lines(self) -> list[str]:
        """The full report for a terminal or a dialog."""
        out = [self.summary]
        for s in self.signatures:
            status = _tr("trusted") if s.trusted else _tr("NOT trusted")
            out.append(f"- {s.describe()} [{status}]")
            out.append("  " + _tr("certificate SHA-256 {fp}").format(fp=s.fingerprint))
            out += [f"  ! {p}" for p in s.problems]
        out += [f"! {p}" for p in self.problems if p != self.summary]
        for name in self.unsigned_fields:
            out.append(_tr("- {field}: not signed yet").format(field=name))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value,
            "exit_code": self.exit_code,
            "summary": self.summary,
            "sha256": self.sha256,
            "signatures": [s.as_dict() for s in self.signatures],
            "problems": list(self.problems),
            "unsigned_fields": list(self.unsigned_fields),
        }


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs tracebacks for every failed check; we report our own sentences."""
    loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 10)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def _trust_roots(trusted_pems: Iterable[str | bytes]) -> list[Any]:
    roots: list[Any] = []
    for pem in trusted_pems:
        data = pem.encode("ascii") if isinstance(pem, str) else pem
        roots += list(load_certs_from_pemder_data(data))
    return roots


def _coverage_name(level: SignatureCoverageLevel | None) -> str:
    return (
        {
            SignatureCoverageLevel.ENTIRE_FILE: "entire_file",
            SignatureCoverageLevel.ENTIRE_REVISION: "entire_revision",
        }.get(level, "partial")
        if level is not None
        else "unknown"
    )


def _unreadable(
    field_name: str, signer: str = "", org: str = "", fp: str = "", error: str = ""
) -> SignatureCheck:
    return SignatureCheck(
        field_name=field_name,
        signer=signer,
        organisation=org,
        fingerprint=fp,
        signed_at=None,
        intact=False,
        valid=False,
        trusted=False,
        coverage="unknown",
        modification="unknown",
        bottom_line=False,
        problems=(
            _tr("The signature in {field} cannot be checked{error}.").format(
                field=field_name, error=f" ({error})" if error else ""
            ),
        ),
    )


def _check(
    sig: Any, vc: ValidationContext, *, last: bool, next_revision: int | None
) -> SignatureCheck:
    cert = sig.signer_cert
    subject = cert.subject.native if cert is not None else {}
    name = str(subject.get("common_name", ""))
    org = str(subject.get("organization_name", ""))
    fingerprint = cert.sha256.hex() if cert is not None else ""
    problems: list[str] = []
    try:
        status = validate_pdf_signature(sig, vc)
    except Exception as exc:  # a malformed signature dictionary or CMS blob
        return _unreadable(sig.field_name, name, org, fingerprint, type(exc).__name__)
    level = status.modification_level
    if not status.intact:
        problems.append(
            _tr("The content was changed after {field} was signed.").format(field=sig.field_name)
        )
    elif not status.valid:
        problems.append(
            _tr("The signature in {field} does not match its certificate.").format(
                field=sig.field_name
            )
        )
    if last:
        if status.coverage is not SignatureCoverageLevel.ENTIRE_FILE:
            problems.append(
                _tr("Something was added to the file after the last signature ({field}).").format(
                    field=sig.field_name
                )
            )
    else:
        follows = next_revision == sig.signed_revision + 1
        if (
            status.coverage is not SignatureCoverageLevel.ENTIRE_REVISION
            or level not in _ALLOWED_AFTER
            or not follows
        ):
            problems.append(
                _tr(
                    "The file was changed after {field} was signed, beyond a countersignature."
                ).format(field=sig.field_name)
            )
    if status.docmdp_ok is False and not problems:
        problems.append(
            _tr(
                "A change after {field} was signed breaks the signer's modification policy."
            ).format(field=sig.field_name)
        )
    return SignatureCheck(
        field_name=sig.field_name,
        signer=name,
        organisation=org,
        fingerprint=fingerprint,
        signed_at=status.signer_reported_dt,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        coverage=_coverage_name(status.coverage),
        modification=level.name.lower() if level is not None else "unknown",
        bottom_line=bool(status.bottom_line),
        problems=tuple(problems),
    )


def _chair_key(reader: PdfFileReader, revision: int) -> str:
    """The chair's key as the first signer signed it (Keywords of that revision's Info)."""
    try:
        info = reader.get_historical_resolver(revision).trailer_view.get("/Info")
        words = str(info.get_object().get("/Keywords", "")) if info is not None else ""
    except Exception:  # no Info, or an odd one: no chair was named
        return ""
    for word in words.split():
        if word.startswith(CHAIR_KEY_PREFIX):
            return word[len(CHAIR_KEY_PREFIX) :]
    return ""


def expected_chair_key(data: bytes) -> str:
    """The key of the chair who may countersign these minutes ("" when none is named)."""
    with _quiet_pyhanko():
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            signatures = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
        except Exception:
            return ""
        return _chair_key(reader, signatures[0].signed_revision) if signatures else ""


def _not_the_chair(check: SignatureCheck, key: str) -> SignatureCheck:
    """A countersignature by someone other than the conference's chair is a problem."""
    if not key or check.field_name != CHAIR_FIELD or chair_key(check.signer) == key:
        return check
    problem = _tr(
        "The chair's field was signed by {name}, who is not the chair of this conference."
    ).format(name=check.signer or _tr("an unknown signer"))
    return replace(check, problems=(*check.problems, problem))


def verify_pdf(data: bytes, trusted_pems: Iterable[str | bytes]) -> VerificationReport:
    """Check every signature in ``data`` against the trusted certificates."""
    digest = hashlib.sha256(data).hexdigest()
    with _quiet_pyhanko():
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=True)
            signatures = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
            unsigned = tuple(
                str(name)
                for name, _value, _ref in fields.enumerate_sig_fields(reader, filled_status=False)
            )
        except Exception:  # any parse failure means: not a PDF we can vouch for
            return VerificationReport(
                Verdict.INVALID,
                digest,
                problems=(_tr("The file is not a readable PDF, or it is damaged."),),
            )
        if not signatures:
            return VerificationReport(
                Verdict.INVALID,
                digest,
                problems=(_tr("The file carries no digital signature."),),
                unsigned_fields=unsigned,
            )
        vc = ValidationContext(trust_roots=_trust_roots(trusted_pems), allow_fetching=False)
        chair = _chair_key(reader, signatures[0].signed_revision)
        checks: list[SignatureCheck] = []
        for i, sig in enumerate(signatures):
            last = i == len(signatures) - 1
            nxt = None if last else signatures[i + 1].signed_revision
            try:
                checks.append(_not_the_chair(_check(sig, vc, last=last, next_revision=nxt), chair))
            except Exception:  # a signature object too malformed even to describe
                checks.append(_unreadable(str(getattr(sig, "field_name", "?"))))
    if not all(c.sound for c in checks):
        verdict = Verdict.INVALID
    elif all(c.bottom_line for c in checks):
        verdict = Verdict.TRUSTED
    elif all(c.intact and c.valid for c in checks) and any(not c.trusted for c in checks):
        verdict = Verdict.UNTRUSTED
    else:
        verdict = Verdict.INVALID
    problems: tuple[str, ...] = ()
    if verdict is Verdict.INVALID and all(c.sound for c in checks):
        problems = (_tr("A signature fails pyHanko's overall validation."),)
    return VerificationReport(verdict, digest, tuple(checks), problems, unsigned)

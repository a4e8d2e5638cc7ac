"""PAdES signing of minutes with pyHanko, offline (baseline B-B: no timestamp authority).

The facilitator's signature is a *certification* signature that allows form filling only
(DocMDP level 2), placed in a visible field where the renderer left room for it. In the
same revision an empty field is created for the chair, who countersigns later as an
incremental update; after certification no new visible field may be added, so any other
change (an annotation, edited metadata, another page) makes verification fail.

The visible appearance is drawn with ReportLab in the shipped DejaVu font, so signer
names in any script render; pyHanko's own text stamps only carry a Latin-1 font.
"""

from __future__ import annotations

import binascii
import io
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime

from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
from pyhanko.pdf_utils import content, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import MDPPerm
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from caseconf_desktop import errors, i18n
from caseconf_desktop.export.pdf import (
    CHAIR_FIELD,
    SignatureBox,
    render_signature_appearance,
)

_tr = i18n.tr_in("Signing")


class _PdfPage(content.PdfContent):
    """The first page of an in-memory PDF, used as a signature appearance."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self._data)), page_ix=0)
        name = "/Look" + binascii.hexlify(uuid.uuid4().bytes).decode("ascii")
        self.resources.xobject[name] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x2 - x1), height=abs(y2 - y1))
        return name.encode("ascii") + b" Do"


def _signer(key_pem: str, cert_pem: str, chain_pem: str) -> signers.SimpleSigner:
    certs = list(load_certs_from_pemder_data(cert_pem.encode("ascii")))
    chain = list(load_certs_from_pemder_data(chain_pem.encode("ascii"))) if chain_pem else []
    key = load_private_key_from_pemder_data(key_pem.encode("ascii"), passphrase=None)
    return signers.SimpleSigner(
        signing_cert=certs[0],
        signing_key=key,
        # Only the chain: pyHanko embeds the signing certificate itself, and a second copy
        # would be an unused (so unchecked) blob inside the signature.
        cert_registry=SimpleCertificateStore.from_certs(chain),
    )


def _appearance(signer: signers.SimpleSigner, width: float, height: float) -> StaticStampStyle:
    cert = signer.signing_cert
    assert cert is not None  # SimpleSigner always has one
    subject = cert.subject.native
    name = str(subject.get("common_name", ""))
    org = str(subject.get("organization_name", ""))
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    fingerprint = cert.sha256.hex().upper()
    lines = [
        _tr("Digitally signed by {name}").format(name=name),
        org,
        when,
        _tr("Certificate {fp}…").format(fp=fingerprint[:16]),
    ]
    look = render_signature_appearance([x for x in lines if x], width, height)
    return StaticStampStyle(
        background=_PdfPage(look),
        border_width=1,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),
        ),
    )


def _output(result: object) -> bytes:
    assert isinstance(result, io.BytesIO)
    return result.getvalue()


def sign_pdf(
    pdf: bytes,
    *,
    key_pem: str,
    cert_pem: str,
    chain_pem: str = "",
    boxes: Mapping[str, SignatureBox],
    reason: str = "",
    location: str = "",
    field_name: str | None = None,
) -> bytes:
    """Certify the rendered minutes with a visible signature; leave a field for the chair.

    ``field_name`` is the issuer's field (named after the role they held); by default the
    first issuer field the renderer left room for. The chair's field, when the renderer
    drew one and the issuer is not the chair, is created empty for the countersignature.
    """
    signer = _signer(key_pem, cert_pem, chain_pem)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=True)
    name = field_name or next(
        (f for f in boxes if f != CHAIR_FIELD), CHAIR_FIELD if CHAIR_FIELD in boxes else "Issuer"
    )
    own = boxes.get(name)
    chair = boxes.get(CHAIR_FIELD) if name != CHAIR_FIELD else None
    if chair is not None:
        fields.append_signature_field(
            writer,
            fields.SigFieldSpec(CHAIR_FIELD, on_page=chair.page_index, box=chair.as_ints()),
        )
    spec = (
        fields.SigFieldSpec(name, on_page=own.page_index, box=own.as_ints())
        if own is not None
        else fields.SigFieldSpec(name)
    )
    style = _appearance(signer, own.x2 - own.x1, own.y2 - own.y1) if own is not None else None
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=MDPPerm.FILL_FORMS,
        reason=reason or None,
        location=location or None,
    )
    pdf_signer = signers.PdfSigner(meta, signer, stamp_style=style, new_field_spec=spec)
    return _output(pdf_signer.sign_pdf(writer))


def empty_signature_fields(pdf: bytes) -> list[str]:
    """Names of signature fields nobody has signed yet (e.g. awaiting the chair)."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return [
        name
        for name, value, _ref in fields.enumerate_sig_fields(reader, filled_status=False)
        if value is None
    ]


def countersign_pdf(
    pdf: bytes,
    *,
    key_pem: str,
    cert_pem: str,
    chain_pem: str = "",
    field_name: str | None = None,
    reason: str = "",
) -> bytes:
    """Sign the empty chair field as an incremental update; earlier signatures stay valid."""
    try:
        free = empty_signature_fields(pdf)
    except Exception as exc:  # pyHanko raises several types for unreadable files
        raise errors.InvalidInput(_tr("The file is not a readable PDF.")) from exc
    target = field_name or (CHAIR_FIELD if CHAIR_FIELD in free else (free[0] if free else None))
    if target is None or target not in free:
        raise errors.InvalidInput(
            _tr("These minutes have no empty signature field left to countersign.")
        )
    signer = _signer(key_pem, cert_pem, chain_pem)
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    width, height = _field_size(reader, target)
    meta = signers.PdfSignatureMetadata(
        field_name=target,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
    )
    style = _appearance(signer, width, height)
    pdf_signer = signers.PdfSigner(meta, signer, stamp_style=style)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=True)
    return _output(pdf_signer.sign_pdf(writer, existing_fields_only=True))


def _field_size(reader: PdfFileReader, name: str) -> tuple[float, float]:
    for field_name, _value, ref in fields.enumerate_sig_fields(reader, filled_status=False):
        if field_name == name:
            rect = ref.get_object().get("/Rect")
            if rect is not None:
                x1, y1, x2, y2 = (float(v) for v in rect)
                return abs(x2 - x1), abs(y2 - y1)
    return 240.0, 62.0

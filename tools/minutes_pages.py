"""Render the versions of the demo conference's minutes as PNG pages, to look at them.

Usage: python tools/minutes_pages.py OUTDIR

Creates a throw-away demo vault (synthetic data only), closes nothing itself: it takes the
first closed demo conference and writes, for each version and language, every page as
``OUTDIR/<version>-<language>-<page>.png`` (pypdfium2, 72 dpi x 1.5).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "minutes pages are synthetic only"  # noqa: S105 (a throwaway demo vault)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tools/minutes_pages.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="caseconf-pages-"))
    for var, sub in (("CASECONF_DATA_DIR", "data"), ("CASECONF_CONFIG_DIR", "config")):
        os.environ[var] = str(work / sub)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import pypdfium2

    from caseconf_desktop import demo
    from caseconf_desktop.app import make_app
    from caseconf_desktop.domain.enums import AttendeeRole, ConferenceStatus, Role
    from caseconf_desktop.services import minutes, vaults
    from caseconf_desktop.storage import mapping as m

    make_app()
    vault = vaults.init_vault(
        work / "data" / "demo.vault", PASSPHRASE, "Mira Jansen", "Westmark Exit Programme",
        Role.FACILITATOR,
    )  # fmt: skip
    demo.generate(vault, 12, seed=7)
    conf = next(
        c
        for c in m.CONFERENCES.where(vault, "status = ?", (ConferenceStatus.CLOSED.value,))
        if any(
            a.role is AttendeeRole.FAMILY
            for a in m.ATTENDANCE.where(vault, "conference_id = ?", (c.id,))
        )
    )
    case = m.CASES.get(vault, conf.case_id)
    assert case is not None
    family = next(
        a.name
        for a in m.ATTENDANCE.where(vault, "conference_id = ?", (conf.id,))
        if a.role is AttendeeRole.FAMILY
    )
    for language in ("en", "es"):
        for audience, recipient in (("participant", case.subject_name), ("family", family)):
            built = minutes.build_minutes(
                vault, conf.id, audience, recipient, signed=True, language=language
            )
            data = minutes.render(built).data
            for n, page in enumerate(pypdfium2.PdfDocument(data), 1):
                path = out / f"{audience}-{language}-{n}.png"
                page.render(scale=1.5).to_pil().save(path)
                print(path)
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

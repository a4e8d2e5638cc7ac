"""Atomic file writes for exports (temp file in the same folder, then rename)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Either the whole new file is there afterwards, or the old one is untouched."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise errors.InvalidInput(
            QCoreApplication.translate("Files", "Cannot write to the folder {folder}.").format(
                folder=folder
            )
        ) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if exc.errno == 28:  # ENOSPC
            raise errors.DiskFull() from exc
        raise errors.InvalidInput(
            QCoreApplication.translate("Files", "Cannot write {path}.").format(path=path)
        ) from exc


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))

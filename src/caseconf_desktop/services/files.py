"""Files: atomic writes for exports (temp file in the same folder, then rename), and
bounded reads of the files a user names (regular files only, a size cap per kind)."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caseconf_desktop import errors


def check_destination(path: Path, *, folder_must_exist: bool = True) -> None:
    """A file CaseConf is about to write must be a new or an ordinary file (in a folder that
    exists, unless the caller makes it): never a folder, a link, a device or a pipe, which
    the write would replace (an export given /dev/null or a pipe would leave a file of case
    data in its place)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        if folder_must_exist and not folder.is_dir():
            raise errors.InvalidInput(
                QCoreApplication.translate("Files", "There is no folder {folder}.").format(
                    folder=folder
                )
            ) from None
        return
    except OSError as exc:  # a name too long, a path through a file
        raise errors.InvalidInput(
            QCoreApplication.translate("Files", "Cannot write {path}.").format(path=path)
        ) from exc
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        text = QCoreApplication.translate("Files", "{path} is a folder; name a file.")
    elif stat.S_ISLNK(mode):
        text = QCoreApplication.translate("Files", "{path} is a link; name the file itself.")
    else:
        text = QCoreApplication.translate(
            "Files", "{path} is a device or a pipe, not a file; name a file."
        )
    raise errors.InvalidInput(text.format(path=path))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Either the whole new file is there afterwards, or the old one is untouched."""
    path = Path(path)
    check_destination(path)
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
    except BaseException as exc:  # an interruption (Ctrl+C) too: no temporary file is left
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if not isinstance(exc, OSError):
            raise
        if exc.errno == 28:  # ENOSPC
            raise errors.DiskFull() from exc
        raise errors.InvalidInput(
            QCoreApplication.translate("Files", "Cannot write {path}.").format(path=path)
        ) from exc


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


# -- bounded reads of files a user names ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileKind:
    """A kind of file a user hands to CaseConf, with the most it may hold."""

    label: str  # what the file should be, for messages (marked for translation below)
    limit: int  # bytes


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label for lupdate where it is defined; translated when it is shown."""
    return text


# Caps far above anything CaseConf writes (a caseconf.v1 export of 1,000 whole cases is about
# 30 MiB; signed minutes of 500 pages about 5 MiB), far below what would exhaust memory.
DOCUMENT = FileKind(QT_TRANSLATE_NOOP("Files", "a caseconf.v1 document"), 128 * 2**20)
PDF = FileKind(QT_TRANSLATE_NOOP("Files", "a PDF"), 64 * 2**20)
CERTIFICATE = FileKind(QT_TRANSLATE_NOOP("Files", "a certificate"), 1 * 2**20)
PKCS12 = FileKind(QT_TRANSLATE_NOOP("Files", "a PKCS#12 key file"), 1 * 2**20)
PASSPHRASE = FileKind(QT_TRANSLATE_NOOP("Files", "a passphrase file"), 64 * 2**10)
BUNDLE = FileKind(QT_TRANSLATE_NOOP("Files", "a bundle"), 256 * 2**20)


class FileTooLarge(errors.InvalidInput):
    def __init__(self, path: Path, kind: FileKind, size: int) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Files", "{path} is {size}, more than {kind} may be ({limit}); nothing was read."
            ).format(
                path=path,
                size=_size_text(size),
                kind=QCoreApplication.translate("Files", kind.label),
                limit=_size_text(kind.limit),
            )
        )
        self.size = size


def _size_text(n: int) -> str:
    if n >= 2**20:
        return QCoreApplication.translate("Files", "{n} MiB").format(n=round(n / 2**20, 1))
    if n >= 2**10:
        return QCoreApplication.translate("Files", "{n} KiB").format(n=round(n / 2**10, 1))
    return QCoreApplication.translate("Files", "{n} bytes").format(n=n)


def read_user_file(path: Path, kind: FileKind) -> bytes:
    """The bytes of a regular file of at most ``kind.limit`` bytes, or a one-sentence error.

    Devices, pipes and folders are refused before anything is read (``/dev/zero`` never
    ends), and a file that grows while it is read is cut off at the cap and refused.
    """
    path = Path(path)

    def tr(text: str) -> str:
        return QCoreApplication.translate("Files", text)

    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise errors.InvalidInput(
            tr("Cannot read {path}: there is no file by that name.").format(path=path)
        ) from exc
    except (OSError, ValueError) as exc:
        raise errors.InvalidInput(tr("Cannot read {path}.").format(path=path)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise errors.InvalidInput(
            tr("{path} is a folder, not {kind}.").format(path=path, kind=tr(kind.label))
        )
    if not stat.S_ISREG(info.st_mode):
        raise errors.InvalidInput(
            tr("{path} is not a regular file, so it cannot be {kind}.").format(
                path=path, kind=tr(kind.label)
            )
        )
    if info.st_size > kind.limit:
        raise FileTooLarge(path, kind, info.st_size)
    try:
        with path.open("rb") as fh:
            data = fh.read(kind.limit + 1)
    except OSError as exc:
        raise errors.InvalidInput(tr("Cannot read {path}.").format(path=path)) from exc
    if len(data) > kind.limit:
        raise FileTooLarge(path, kind, len(data))
    return data

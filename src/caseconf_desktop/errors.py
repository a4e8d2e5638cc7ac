"""Known errors versus bugs.

A :class:`KnownError` is something the environment or the user caused (wrong passphrase,
disk full, a bad import file). It carries one translated sentence for the user, and the
CLI and the GUI show exactly that sentence. Anything else that escapes is a bug and goes
to the crash handler.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


class KnownError(Exception):
    """An error with a one-sentence explanation the user can act on."""

    exit_code = 2

    def __init__(self, user_text: str) -> None:
        super().__init__(user_text)
        self.user_text = user_text

    def __str__(self) -> str:
        return self.user_text

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses build their sentence in __init__ from other arguments; a copy (a known
        # error sent back from the worker process) must keep the sentence, not rebuild it.
        return (_rebuild, (type(self), self.user_text, dict(self.__dict__)))


def _rebuild(cls: type[KnownError], user_text: str, state: dict[str, Any]) -> KnownError:
    exc = cls.__new__(cls)
    Exception.__init__(exc, user_text)
    exc.__dict__.update(state)
    return exc


class VaultError(KnownError):
    """A problem opening or using the vault file."""


class WrongPassphrase(VaultError):
    exit_code = 3

    def __init__(self, path: str) -> None:
        super().__init__(
            _t("The passphrase is wrong for the vault at {path}; nothing was changed.").format(
                path=path
            )
        )


class NotAVault(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(_t("{path} is not a CaseConf vault.").format(path=path))


class VaultMissing(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            _t("There is no vault at {path}; create one with 'caseconf init'.").format(path=path)
        )


class VaultExists(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            _t("A file already exists at {path}; choose another location.").format(path=path)
        )


class NewerVault(VaultError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            _t(
                "The vault at {path} was written by a newer CaseConf (schema {found}, this "
                "version knows up to {supported}); update CaseConf to open it."
            ).format(path=path, found=found, supported=supported)
        )


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(_t("The disk is full; the last change was not saved."))


class ReadOnly(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            _t("The vault at {path} is read-only; nothing can be saved.").format(path=path)
        )


class Locked(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            _t("The vault at {path} is in use by another program; try again.").format(path=path)
        )


class Corrupt(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            _t("The vault at {path} is damaged; restore it from a backup.").format(path=path)
        )


class NoSqlCipher(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _t("The SQLite library in use has no encryption (SQLCipher); refusing to continue.")
        )


class InvalidInput(KnownError):
    """Bad user input: a file, an argument or a field value."""


class NotFound(KnownError):
    """A record the user named does not exist."""

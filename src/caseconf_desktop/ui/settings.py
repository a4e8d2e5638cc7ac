"""One settings registry: each preference declared once with its type and default.

Settings live in an INI file under the config folder (paths.config_dir()). They hold
paths and preferences only, never case data or secrets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from caseconf_desktop import paths

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T


AUTOLOCK_MINUTES = Option("security/autolock_minutes", 5)
RECENT_VAULTS: Option[list[str]] = Option("vaults/recent", [])
BACKUP_REMINDER_DAYS = Option("backup/reminder_days", 7)
RETENTION_DEFAULT_YEARS = Option("retention/default_years", 5)
#: The interface language ("en", "es"); empty: the system's. Applied at the next start.
LANGUAGE = Option("ui/language", "")
#: The main window's size and place when it was last closed (Qt's saveGeometry, base64).
WINDOW_GEOMETRY = Option("ui/window_geometry", "")
MAX_RECENT = 8


class Settings:
    def __init__(self) -> None:
        folder = paths.make_private_dir(paths.config_dir())
        self._qs = QSettings(str(folder / "caseconf.ini"), QSettings.Format.IniFormat)

    def get_int(self, option: Option[int]) -> int:
        try:
            value: Any = self._qs.value(option.key, option.default)
            return int(value)
        except (TypeError, ValueError):
            return option.default

    def get_str(self, option: Option[str]) -> str:
        value: Any = self._qs.value(option.key, option.default)
        return value if isinstance(value, str) else option.default

    def get_list(self, option: Option[list[str]]) -> list[str]:
        value: Any = self._qs.value(option.key, None)
        if value is None or value == "":
            return list(option.default)
        return [str(v) for v in (value if isinstance(value, list) else [value])]

    def set(self, option: Option[T], value: T) -> None:
        self._qs.setValue(option.key, value)
        self._qs.sync()

    def remember_vault(self, path: str) -> None:
        recent = [p for p in self.get_list(RECENT_VAULTS) if p != path]
        self.set(RECENT_VAULTS, [path, *recent][:MAX_RECENT])

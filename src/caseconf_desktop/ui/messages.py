"""Every message box and file picker goes through here, so tests can answer them.

Tests call :func:`set_next_answers` (KeePassXC's ``MessageBox::setNextAnswer`` idea) and
no modal dialog ever opens under test; each answered question is recorded in
:data:`asked` so tests can check what the user would have seen.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_answers: deque[Any] = deque()
asked: list[str] = []


def set_next_answers(*answers: Any) -> None:
    """Queue answers for the next questions (True/False for yes/no, a path for pickers)."""
    _answers.extend(answers)


def _scripted(text: str) -> tuple[bool, Any]:
    if _answers:
        asked.append(text)
        return True, _answers.popleft()
    return False, None


def show_error(parent: QWidget | Any, text: str) -> None:
    scripted, _ = _scripted(text)
    if scripted:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("CaseConf"), text, parent=parent)
    box.setAccessibleName(parent.tr("Error"))
    box.exec()


def show_info(parent: QWidget, text: str) -> None:
    scripted, _ = _scripted(text)
    if scripted:
        return
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("CaseConf"), text, parent=parent)
    box.exec()


def ask_yes_no(parent: QWidget, text: str) -> bool:
    scripted, answer = _scripted(text)
    if scripted:
        return bool(answer)
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("CaseConf"), text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    scripted, answer = _scripted(title)
    if scripted:
        return str(answer or "")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def open_path(parent: QWidget, title: str, filters: str) -> str:
    scripted, answer = _scripted(title)
    if scripted:
        return str(answer or "")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path

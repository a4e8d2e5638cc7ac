"""Style sheets, applied to the parts of the window that need them.

Not application-wide: an application style sheet makes Qt style every widget through
QStyleSheetStyle, which slows the first paint of the unlock window noticeably.

Field messages are the exception: :func:`mark_error` and :func:`mark_warning` give the
label its own small sheet, so an error reads the same red in the workspace, in the unlock
page and in every dialog (dialogs are windows of their own and do not inherit the
workspace's sheet).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a4b00"
FIELD_MESSAGES = f"""
QLabel#fieldError {{ color: {ERROR_COLOUR}; }}
QLabel#fieldWarning {{ color: {WARNING_COLOUR}; }}
"""


def mark_error(label: QLabel) -> QLabel:
    """Style ``label`` as the one kind of field error (red, under its field, wrapping)."""
    label.setObjectName("fieldError")
    label.setStyleSheet(FIELD_MESSAGES)
    label.setWordWrap(True)
    return label


def mark_warning(label: QLabel) -> QLabel:
    """Style ``label`` as a plausibility warning: the user may save anyway."""
    label.setObjectName("fieldWarning")
    label.setStyleSheet(FIELD_MESSAGES)
    label.setWordWrap(True)
    return label


UNLOCK = """
QLabel#appTitle { font-size: 28px; font-weight: 600; }
"""

WORKSPACE = """
QLabel#appTitle { font-size: 28px; font-weight: 600; }
QLabel#pageTitle { font-size: 18px; font-weight: 600; padding: 4px 0; }
QLabel#sectionTitle { font-size: 17px; font-weight: 600; }
QLabel#panelTitle { font-weight: 600; }
QLabel#prompts { color: palette(text); background: #f3f6fa; border: 1px solid #d7dee8;
                 border-radius: 4px; padding: 6px; }
QLabel#clock { font-family: monospace; font-size: 15px; padding: 2px 6px; }
QLabel#clock[over="true"] { color: white; background: #b00020; border-radius: 4px; }
QLabel#privacyBanner { background: #ffb000; color: black; font-weight: 600; padding: 8px;
                       border-radius: 4px; }
QLabel#fieldError { color: #b00020; }
QLabel#fieldWarning { color: #8a4b00; }
QLabel#hint { color: #5a6472; }
QLabel#hiddenNote { color: #5a6472; font-size: 15px; }
QPushButton#tile { font-size: 15px; padding: 10px 14px; text-align: left; }
QPushButton#tile:checked { background: #dce8f6; border: 1px solid #1f5fa8; }
QWidget#quickAction { background: #eef4ec; border-radius: 4px; }
"""

"""Labels for content text: plain text only, whatever the text looks like.

Kept apart from the screens that use them so that home, the first thing
painted, does not import the player screen (and its widgets) to get one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "", *, wrap: bool = True, point_scale: float = 1.0,
                bold: bool = False, name: str = "", object_name: str = "") -> QLabel:
    """A label that can never interpret content as rich text.

    ``name`` is the (translated) accessible name, and the object name unless
    ``object_name`` gives a fixed one (for the label colours of a screen).
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if point_scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * point_scale)
        font.setBold(bold)
        label.setFont(font)
    if name:
        label.setAccessibleName(name)
    if name or object_name:
        label.setObjectName(object_name or name)
    return label

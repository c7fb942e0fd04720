"""A page that scrolls up and down when the window is too small for the text size.

Several screens and forms hold their content this way (Settings, History,
Reminders, the cramp form); one function keeps them alike: no frame, no
sideways scrolling (text wraps instead), and no focus stop of its own, since
the controls inside take the keyboard and the screens scroll to them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_page(content: QWidget, *, name: str = "", sideways: bool = False) -> QScrollArea:
    """``content`` in a resizable scroll area; ``name`` for screen readers; ``sideways``
    keeps the horizontal scroll bar for content that cannot wrap."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if name:
        area.setAccessibleName(name)
    area.setWidget(content)
    return area

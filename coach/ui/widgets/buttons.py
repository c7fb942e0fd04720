"""Push buttons that say what they do: to a screen reader, in a tooltip, by their size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


def action_button(text: str, accessible: str, slot: Callable[[], object], *,
                  min_height: int = 36, button: QPushButton | None = None) -> QPushButton:
    """``button`` (a new QPushButton by default) labelled ``text``, named ``accessible``
    for screen readers and in its tooltip, at least ``min_height`` px tall, calling
    ``slot`` when pressed."""
    button = button if button is not None else QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    button.setMinimumHeight(min_height)
    button.clicked.connect(slot)
    return button


def make_button(text: str, accessible: str, tip: str = "") -> QPushButton:
    """A push button that Enter presses when it has focus, with a name for screen readers
    (the reminder form and list: no slot yet, the caller connects it)."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(tip or accessible)
    button.setAutoDefault(True)
    button.setMinimumHeight(36)
    return button

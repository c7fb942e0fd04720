"""The routine editor's fields, made alike: tall enough to hit, named for screen readers,
with a tooltip that says what the field is for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox

from coach.ui.widgets.labels import plain_label

FIELD_HEIGHT = 36


def line_field(name: str, tip: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setToolTip(tip)
    edit.setMaxLength(200)
    edit.setMinimumHeight(FIELD_HEIGHT)
    return edit


def spin_field(name: str, tip: str, low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setAccessibleName(name)
    spin.setToolTip(tip)
    spin.setMinimumHeight(FIELD_HEIGHT)
    spin.setMinimumWidth(90)
    return spin


def problem_label(name: str) -> QLabel:
    """A problem said at its field (hidden until there is one)."""
    label = plain_label(bold=True, name=name, object_name="FieldProblem")
    label.setVisible(False)
    return label


def caption(text: str) -> QLabel:
    """A field's caption, right-aligned next to it."""
    label = plain_label(text, wrap=False, name=text)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label

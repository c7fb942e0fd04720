"""The diary's cramp form at large text: every field whole, inside the form's column."""

from __future__ import annotations

import contextlib
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coach.testing.clock import FakeClock
from coach.ui.cramp_editor import CrampEditor
from coach.ui.theme import BASE_SIZE_PROPERTY, apply_theme


@pytest.fixture
def text_scale(qapp):
    """Set the app's text size like Settings does; put it back afterwards."""
    original = qapp.property(BASE_SIZE_PROPERTY)

    def set_scale(scale: float) -> None:
        apply_theme(qapp, "high_contrast", scale)

    yield set_scale
    apply_theme(qapp, "light", 1.0, base_point_size=original)


def _cut_off(editor: CrampEditor) -> list[str]:
    """Fields and captions that run past the right edge of the form's column."""
    column = editor.scroll_area.widget()
    problems = []
    for widget in column.findChildren(QWidget):
        if not widget.isVisibleTo(column) or widget.parentWidget() is not column:
            continue
        right = widget.mapTo(column, QPoint(widget.width(), 0)).x()
        if right > column.width():
            problems.append(f"{widget.accessibleName() or widget.objectName()} ends at {right},"
                            f" the column at {column.width()}")
    return problems


def _lines(label: QLabel) -> int:
    return round(label.height() / label.fontMetrics().lineSpacing())


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_every_field_is_whole_at_large_text_in_the_default_window(qtbot, text_scale, scale):
    text_scale(scale)
    editor = CrampEditor(FakeClock(datetime(2026, 12, 6, 8, 0).astimezone()))
    qtbot.addWidget(editor)
    editor.resize(1024, 680)  # the default window
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    assert _cut_off(editor) == []
    assert editor.note.width() >= editor.note.minimumWidth()
    hint = next(label for label in editor.findChildren(QLabel)
                if label.accessibleName() == "Duration hint")
    assert _lines(hint) == 1, "the duration hint reads on one line, not a narrow column"


def test_a_text_size_changed_while_the_form_is_open_widens_it(qtbot, text_scale):
    text_scale(1.0)
    editor = CrampEditor(FakeClock(datetime(2026, 12, 6, 8, 0).astimezone()))
    qtbot.addWidget(editor)
    editor.resize(1024, 680)
    editor.show()
    qtbot.waitExposed(editor)
    text_scale(2.0)  # Settings applies a new text size at once
    qtbot.waitUntil(lambda: editor.note.font().pointSizeF() > 15)
    with contextlib.suppress(qtbot.TimeoutError):  # laid out again from the event loop
        qtbot.waitUntil(lambda: not _cut_off(editor), timeout=1000)
    assert _cut_off(editor) == []

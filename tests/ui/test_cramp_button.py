"""The home screen's Cramp now button: red, readable, with a clear focus ring, whole text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from coach.ui.theme import contrast_ratio
from coach.ui.widgets.cramp_button import FILL, FILL_DOWN, FILL_HOVER, FOCUS, TEXT, CrampButton


def render(button: CrampButton) -> QImage:
    image = QImage(button.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    button.render(image)
    return image


@pytest.fixture
def button(qtbot):
    widget = CrampButton("Cramp now   (C)")
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    return widget


def test_the_button_is_red_with_readable_white_text(button):
    image = render(button)
    middle_left = image.pixelColor(8, button.height() // 2)
    assert middle_left == QColor(FILL)
    for fill in (FILL, FILL_HOVER, FILL_DOWN):
        assert contrast_ratio(QColor(TEXT), QColor(fill)) >= 4.5
    assert not button.styleSheet(), "painted, without a style sheet of its own"


def test_keyboard_focus_draws_a_yellow_border(button, qtbot):
    button.show()
    qtbot.waitExposed(button)
    unfocused = render(button).pixelColor(button.width() // 2, 2)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    focused = render(button).pixelColor(button.width() // 2, 2)
    assert unfocused != QColor(FOCUS)
    assert focused.red() > 200 and focused.green() > 180 and focused.blue() < 80


def test_the_whole_label_fits_at_any_text_size(button):
    for points in (10, 16, 24):
        font = button.font()
        font.setPointSizeF(points)
        button.setFont(font)
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.sizeHint().width() >= needed + 48
        assert button.sizeHint().height() >= button.fontMetrics().height() + 16


def test_clicking_and_keys_still_press_it(button, qtbot):
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert pressed == [True, True]


def test_a_disabled_night_button_looks_disabled_and_a_checked_one_lights_up(qtbot):
    from coach.ui.cramp.night_look import NIGHT, NIGHT_BUTTON
    from coach.ui.widgets.flat_button import FlatButton

    back = FlatButton("Back", NIGHT_BUTTON)
    qtbot.addWidget(back)
    back.resize(back.sizeHint())
    _fill, text = back.current_colours()
    back.setEnabled(False)
    _fill, dimmed = back.current_colours()
    assert dimmed.alphaF() < 0.6 < text.alphaF(), "the Back button at step 1 must look off"

    left = FlatButton("Left", NIGHT_BUTTON)
    qtbot.addWidget(left)
    left.setCheckable(True)
    left.resize(left.sizeHint())
    left.setChecked(True)
    fill, label = left.current_colours()
    assert fill == QColor(NIGHT["accent"])
    assert contrast_ratio(label, fill) >= 4.5
    assert render(left).pixelColor(12, left.height() // 2) == QColor(NIGHT["accent"])

"""The diary's letter keys (L, R, B) under a Russian keyboard layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coach.ui.widgets.layout_keys import letter_keys

from fakes import shown_window


@pytest.fixture
def window(qtbot):
    for win, clock in shown_window(qtbot, 1024, 680):
        win.clock = clock
        yield win


def russian_key(widget, letter: str) -> None:
    """What a Russian layout sends: the Cyrillic capital as the key, the small letter as text."""
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord(letter.upper())),
                       letter.lower(), Qt.KeyboardModifier.NoModifier)


def open_diary(window):
    window.open_cramp()
    window.clock.advance(30)
    window.cramp_screen.timer.update()
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)  # "It's gone"
    assert window.cramp_screen.on_diary
    return window.cramp_screen


def picked_leg(screen) -> str | None:
    button = screen.leg_group.checkedButton()
    return None if button is None else button.property("value")


@pytest.mark.parametrize(("letter", "leg"), [
    ("д", "left"), ("к", "right"), ("и", "both"),  # the L, R, B keys under ЙЦУКЕН
    ("л", "left"), ("п", "right"), ("о", "both"),  # the initials of Левая, Правая, Обе
])
def test_cyrillic_letters_pick_the_leg(window, letter, leg):
    screen = open_diary(window)
    russian_key(window.focusWidget() or window, letter)
    assert picked_leg(screen) == leg


def test_latin_letters_still_pick_the_leg(window):
    screen = open_diary(window)
    for key, leg in ((Qt.Key.Key_L, "left"), (Qt.Key.Key_B, "both"), (Qt.Key.Key_R, "right")):
        QTest.keyClick(window.focusWidget() or window, key)
        assert picked_leg(screen) == leg


def test_typing_a_note_in_russian_does_not_pick_a_leg(window, qtbot):
    screen = open_diary(window)
    screen.note.setFocus()
    for letter in "после долгой ходьбы":
        if letter == " ":
            QTest.keyClick(screen.note, Qt.Key.Key_Space)
        else:
            russian_key(screen.note, letter)
    assert screen.note.text() == "после долгой ходьбы"
    assert picked_leg(screen) is None


def test_each_letter_has_its_twin_on_the_same_key():
    assert letter_keys("L", "Л") == ("L", "Д", "Л", "K")
    assert letter_keys("R", "П") == ("R", "К", "П", "G")
    assert letter_keys("B", "О") == ("B", "И", "О", "J")

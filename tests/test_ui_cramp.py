"""Cramp now, as someone with a locked calf at 3 a.m. would use it: keys only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from coach.content.safety import EMERGENCY
from coach.store.history import History
from coach.ui.cramp_screen import BODY_PT

from fakes import make_window


@pytest.fixture
def window(qtbot):
    win, clock, history = make_window()
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    win.clock = clock
    yield win
    history.close()


def key(qtbot, win, k) -> None:
    qtbot.keyClick(win.focusWidget() or win, k)


def tick(win, seconds: float) -> None:
    win.clock.advance(seconds)
    win.cramp_screen.timer.update()


def test_one_key_from_home_opens_cramp_now_with_warnings(window, qtbot):
    assert window.home.cramp_button.isVisible()
    assert "(C)" in window.home.cramp_button.text()
    key(qtbot, window, Qt.Key.Key_C)
    screen = window.cramp_screen
    assert window.stack.currentWidget() is screen
    assert "Cramp" in window.windowTitle()
    assert screen.heading.text() == "Pull your toes toward your knee"
    assert screen.position.text() == "Step 1 of 7"
    assert screen.emergency_title.isVisible() and screen.emergency_signs.isVisible()
    assert screen.emergency_title.text().startswith("Call an emergency number now")
    for sign in EMERGENCY.signs:
        assert sign in screen.emergency_signs.text().lower()
    assert "not a doctor" in screen.disclaimer.text()


def test_button_and_action_open_the_same_screen(window):
    window.home.cramp_button.click()
    assert window.stack.currentWidget() is window.cramp_screen
    window.show_home()
    window.cramp_action.trigger()
    assert window.stack.currentWidget() is window.cramp_screen


def test_hold_timer_starts_by_itself_and_waits_at_zero(window, qtbot):
    window.open_cramp()
    screen = window.cramp_screen
    assert screen.ring.text() == "30"
    tick(window, 12.4)
    assert screen.ring.text() == "18"
    tick(window, 30)
    assert screen.ring.text() == "0"
    assert screen.index == 0, "the timer must not move on by itself"
    assert "Space for the next step" in screen.hint.text()
    key(qtbot, window, Qt.Key.Key_Space)
    assert screen.index == 1
    assert screen.heading.text() == "Press the calf with your thumbs"
    assert screen.ring.text() == "20"
    key(qtbot, window, Qt.Key.Key_Right)
    assert screen.index == 2
    key(qtbot, window, Qt.Key.Key_Left)
    assert screen.index == 1
    assert screen.illustration.frame_count >= 1


def test_every_relief_step_has_a_picture_and_words(window, qtbot):
    window.open_cramp()
    screen = window.cramp_screen
    for index in range(screen.step_count):
        assert screen.index == index
        assert screen.illustration.frame_count >= 1, screen.heading.text()
        assert screen.lines.text().strip()
        if index + 1 < screen.step_count:
            key(qtbot, window, Qt.Key.Key_Space)
    assert screen.next_button.text().startswith("Finish")


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (800, 600)])
def test_night_mode_is_dark_with_large_type(window, qtbot, width, height):
    window.resize(width, height)
    window.open_cramp()
    screen = window.cramp_screen
    qtbot.waitUntil(lambda: screen.height() > 0)
    background = screen.palette().color(screen.backgroundRole())
    assert background.lightness() < 40
    for label in (screen.heading, screen.lines, screen.emergency_title):
        text = label.palette().color(label.foregroundRole())
        assert text.lightness() > 150, label.objectName()
    assert screen.lines.font().pointSizeF() >= BODY_PT
    assert screen.heading.font().pointSizeF() > BODY_PT
    assert screen.emergency_title.font().pointSizeF() >= (15 if height >= 800 else 12)
    assert screen.ring.minimumHeight() >= 120
    assert screen.emergency_title.isVisible() and screen.lines.isVisible()


def test_its_gone_offers_a_diary_entry_that_is_stored(window, qtbot):
    window.open_cramp()
    tick(window, 95)
    key(qtbot, window, Qt.Key.Key_Escape)  # "It's gone"
    screen = window.cramp_screen
    assert screen.on_diary
    assert "2 minutes" in screen.diary_duration.text()
    key(qtbot, window, Qt.Key.Key_R)
    key(qtbot, window, Qt.Key.Key_4)
    screen.note.setFocus()
    qtbot.keyClicks(screen.note, "after long walk")
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home
    cramps = window.services.history.cramps()
    assert len(cramps) == 1
    entry = cramps[0]
    assert (entry.leg, entry.severity, entry.note) == ("right", 4, "after long walk")
    assert entry.duration_s == pytest.approx(95, abs=1)
    assert "Saved" in window.statusBar().currentMessage()


def test_typing_a_note_does_not_trigger_shortcuts(window, qtbot):
    window.open_cramp()
    window.cramp_screen.cramp_gone()
    screen = window.cramp_screen
    screen.note.setFocus()
    qtbot.keyClicks(screen.note, "cramp 1 at bedtime")
    assert screen.note.text() == "cramp 1 at bedtime"
    assert screen.severity_group.checkedButton() is None
    assert screen.leg_group.checkedButton() is None
    assert screen.on_diary


def test_skipping_the_diary_is_one_key_and_stores_nothing(window, qtbot):
    window.open_cramp()
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    assert window.services.history.cramps() == []


def test_one_tap_save_without_details_is_allowed(window, qtbot):
    window.open_cramp()
    window.cramp_screen.cramp_gone()
    window.cramp_screen.save_button.click()
    [entry] = window.services.history.cramps()
    assert entry.leg is None and entry.severity is None


def test_closing_the_window_mid_cramp_offers_the_diary_first(window):
    window.open_cramp()
    window.close()
    assert window.isVisible()
    assert window.cramp_screen.on_diary


def test_diary_entry_survives_a_restart(window):
    window.open_cramp()
    window.cramp_screen.cramp_gone()
    window.cramp_screen.save_button.click()
    path = window.services.history.path
    window.services.history.close()
    reopened = History(path)
    try:
        assert len(reopened.cramps()) == 1
    finally:
        reopened.close()


def test_pressing_cramp_again_does_not_restart_the_steps(window, qtbot):
    window.open_cramp()
    key(qtbot, window, Qt.Key.Key_Space)
    window.open_cramp()
    assert window.cramp_screen.index == 1


def test_relief_steps_are_silent_unless_turned_on(window):
    window.open_cramp()
    assert window.services.cues.heard == []
    window.services.settings.set("cramp_sound", True)
    window.show_home()
    window.open_cramp()
    assert window.services.cues.heard


def test_cramp_screen_controls_are_named_and_labels_plain(window):
    window.open_cramp()
    screen = window.cramp_screen
    for page in (0, 1):
        screen.pages.setCurrentIndex(page)
        for widget in screen.findChildren(QWidget):
            if isinstance(widget, QAbstractButton | QLineEdit) and widget.isVisible():
                assert widget.accessibleName(), f"{widget!r} has no accessible name"
        for label in screen.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert QApplication.instance() is not None


def test_enter_on_the_focused_save_button_saves_once(window, qtbot):
    window.open_cramp()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.cramp_screen.save_button.hasFocus() or window.focusWidget() is not None
    key(qtbot, window, Qt.Key.Key_Return)
    window.cramp_screen.save_entry()  # a late second press, e.g. from the note field
    assert len(window.services.history.cramps()) == 1
    assert window.stack.currentWidget() is window.home


def test_on_the_diary_page_space_presses_the_focused_choice(window, qtbot):
    window.open_cramp()
    key(qtbot, window, Qt.Key.Key_Escape)
    screen = window.cramp_screen
    left = screen.leg_group.buttons()[0]
    left.setFocus()
    qtbot.keyClick(left, Qt.Key.Key_Space)
    assert left.isChecked()
    qtbot.keyClick(left, Qt.Key.Key_Right)
    assert screen.leg_group.buttons()[1].hasFocus()


@pytest.fixture
def desktop_font(qapp):
    """Use another desktop font size for one test, and put the original back."""
    from coach.ui.theme import BASE_SIZE_PROPERTY, apply_theme

    original = qapp.property(BASE_SIZE_PROPERTY)

    def use(points: float, text_scale: float) -> None:
        apply_theme(qapp, "light", 1.0, base_point_size=points)
        apply_theme(qapp, "light", text_scale)

    yield use
    apply_theme(qapp, "light", 1.0, base_point_size=original)


@pytest.mark.parametrize("points", [10.0, 11.0])
@pytest.mark.parametrize("text_scale", [1.5, 2.0])
@pytest.mark.parametrize(("width", "height"), [(1024, 680), (800, 600)])
def test_no_instruction_is_cut_off_with_a_large_desktop_font(window, qtbot, desktop_font,
                                                             points, text_scale, width, height):
    """A 10-11 pt desktop font at 150-200 % used to cut the steps in half."""
    desktop_font(points, text_scale)
    window.resize(width, height)
    window.open_cramp()
    screen = window.cramp_screen
    qtbot.waitUntil(lambda: not screen._fit_pending, timeout=3000)
    for index in range(screen.step_count):
        cut = [label.text()[:30] for label in screen.cut_off_labels()]
        assert not cut, f"step {index + 1}: {cut}"
        assert screen.lines.font().pointSizeF() >= 12
        assert screen.emergency_title.isVisible()
        if index + 1 < screen.step_count:
            screen.next_step()
    screen.cramp_gone()
    assert screen.on_diary
    assert not [label.text()[:30] for label in screen.cut_off_labels()]


def test_a_small_font_keeps_the_full_night_size(window, qtbot):
    window.resize(1280, 800)
    window.open_cramp()
    screen = window.cramp_screen
    qtbot.waitUntil(lambda: not screen._fit_pending, timeout=3000)
    assert screen.lines.font().pointSizeF() >= BODY_PT, "nothing shrinks when all fits"

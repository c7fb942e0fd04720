"""The reminder pop-up: what it says, what each button and key answers, and that it fits."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from coach.engine.schedule import Occurrence
from coach.ui.reminder_window import ReminderWindow, reminder_heading

TZ = timezone(timedelta(hours=1))


Occ = Occurrence  # the scheduler's own type: no look-alike to drift from it

def occ(hour: int = 21, minute: int = 30, rid: str = "evening") -> Occ:
    return Occ(rid, datetime(2025, 3, 14, hour, minute, tzinfo=TZ), date(2025, 3, 14))


@pytest.fixture
def window(qtbot):
    win = ReminderWindow(snooze_minutes=15)
    qtbot.addWidget(win)
    return win


def record(win: ReminderWindow) -> list[tuple]:
    seen: list[tuple] = []
    win.startRequested.connect(lambda o: seen.append(("start", o)))
    win.snoozeRequested.connect(lambda o, m: seen.append(("snooze", o, m)))
    win.skipRequested.connect(lambda o: seen.append(("skip", o)))
    return seen


def test_on_time_heading_and_texts(window):
    window.show_occurrence(occ(), "Evening stretch", "Evening stretch before bed")
    assert window.isVisible()
    assert window.heading.text() == "Time for your evening stretch"
    assert window.routine_label.text() == "Evening stretch before bed"
    assert window.detail_label.text() == "Reminder: Evening stretch"
    assert window.snooze_button.text() == "Snooze 15 min"


def test_missed_one_asks_to_catch_up(window):
    window.show_occurrence(occ(), "Evening stretch", "Evening stretch before bed", missed=True)
    assert window.heading.text() == "You missed tonight's stretch (21:30). Do it now?"


def test_headings_follow_the_time_of_day():
    assert reminder_heading(occ(10, 0).due) == "Time for your stretch"
    assert reminder_heading(occ(10, 0).due, missed=True) == \
        "You missed your 10:00 stretch. Do it now?"
    assert reminder_heading(occ(0, 45).due, missed=True) == \
        "You missed tonight's stretch (00:45). Do it now?"


def test_a_label_equal_to_the_routine_is_not_repeated(window):
    window.show_occurrence(occ(), "Evening stretch before bed", "Evening stretch before bed")
    assert window.detail_label.isHidden()


@pytest.mark.parametrize(("button", "expected"), [
    ("start_button", ("start",)), ("snooze_button", ("snooze", 15)), ("skip_button", ("skip",)),
])
def test_each_button_answers_with_the_occurrence_and_hides(window, qtbot, button, expected):
    seen = record(window)
    o = occ()
    window.show_occurrence(o, "Evening stretch", "Evening stretch before bed")
    qtbot.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
    name, *rest = expected
    assert seen == [(name, o, *rest)]
    assert not window.isVisible()
    assert window.occurrence is None


def test_enter_starts_escape_snoozes(window, qtbot):
    seen = record(window)
    first, second = occ(), occ(rid="second")
    window.show_occurrence(first)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    window.show_occurrence(second)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert seen == [("start", first), ("snooze", second, 15)]


def test_enter_on_a_focused_button_presses_that_button(window, qtbot):
    seen = record(window)
    o = occ()
    window.show_occurrence(o)
    qtbot.keyClick(window.skip_button, Qt.Key.Key_Return)
    assert seen == [("skip", o)]


def test_closing_the_window_means_later(window):
    seen = record(window)
    o = occ()
    window.show_occurrence(o)
    window.close()
    assert seen == [("snooze", o, 15)]


def test_a_newer_occurrence_replaces_the_older(window, qtbot):
    seen = record(window)
    older, newer = occ(rid="older"), occ(rid="newer")
    window.show_occurrence(older)
    window.show_occurrence(newer)
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert seen == [("start", newer)]


def test_dismiss_hides_without_an_answer(window):
    seen = record(window)
    window.show_occurrence(occ())
    window.dismiss()
    window.close()
    assert not window.isVisible()
    assert seen == []


def test_snooze_minutes_can_change(window, qtbot):
    seen = record(window)
    window.set_snooze_minutes(5)
    o = occ()
    window.show_occurrence(o)
    assert window.snooze_button.text() == "Snooze 5 min"
    assert "5 minutes" in window.snooze_button.accessibleName()
    qtbot.mouseClick(window.snooze_button, Qt.MouseButton.LeftButton)
    assert seen == [("snooze", o, 5)]


def test_stays_on_top_as_its_own_window(window):
    flags = window.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.isWindow()
    assert not window.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)  # app lives on (tray)


def test_every_control_has_an_accessible_name_and_text_is_plain(window):
    window.show_occurrence(occ(), "<b>Mine</b>", "Evening <i>stretch</i>")
    for button in window.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    for label in window.findChildren(QLabel):
        assert label.accessibleName()
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert window.routine_label.text() == "Evening <i>stretch</i>"
    assert window.start_button.isDefault()


def test_near_the_top_right_corner_of_the_screen(window):
    window.show_occurrence(occ(), "Evening stretch", "Evening stretch before bed")
    available = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.geometry()
    assert available.contains(frame)
    assert available.right() - frame.right() < 40
    assert frame.top() - available.top() < 40


def _assert_nothing_clipped(win: ReminderWindow) -> None:
    inside = QRect(0, 0, win.width(), win.height())
    for label in (win.heading, win.routine_label, win.detail_label):
        if label.isHidden():
            continue
        rect = QRect(label.mapTo(win, label.rect().topLeft()), label.size())
        assert inside.contains(rect), label.text()
        assert label.heightForWidth(label.width()) <= label.height(), label.text()
        assert label.minimumSizeHint().width() <= label.width(), label.text()
    for button in win.findChildren(QPushButton):
        rect = QRect(button.mapTo(win, button.rect().topLeft()), button.size())
        assert inside.contains(rect), button.text()
        assert button.sizeHint().width() <= button.width(), button.text()
        assert button.sizeHint().height() <= button.height(), button.text()


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_nothing_is_cut_off_at_large_text(qtbot, scale):
    app = QApplication.instance()
    old_font = QFont(app.font())
    font = QFont(old_font)
    font.setPointSizeF(old_font.pointSizeF() * scale)  # what apply_theme's text_scale does
    app.setFont(font)
    try:
        win = ReminderWindow()
        qtbot.addWidget(win)
        win.show_occurrence(occ(), "My evening stretch reminder with a long name",
                            "Evening stretch before bed", missed=True)
        win.adjustSize()
        _assert_nothing_clipped(win)
        available = QGuiApplication.primaryScreen().availableGeometry()
        assert win.width() <= available.width()
    finally:
        app.setFont(old_font)


def test_follows_a_text_size_change_while_shown(window):
    window.show_occurrence(occ(), "Evening stretch", "Evening stretch before bed", missed=True)
    small = window.size()
    font = QFont(window.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    window.setFont(font)
    _assert_nothing_clipped(window)
    assert window.height() > small.height()


def test_asks_for_the_keyboard_only_when_the_app_has_it(window, qtbot, monkeypatch):
    """The user is in Calf Coach when a reminder comes: Enter must answer the reminder,
    not start whatever is selected in the main window (seen under openbox, which keeps
    focus where it was unless asked). Typing in another program is never taken over.
    (Offscreen, every new window is activated anyway: so the request itself is checked.)"""
    asked: list[bool] = []
    monkeypatch.setattr(window, "activateWindow", lambda: asked.append(True))
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))
    window.show_occurrence(occ(), "Evening stretch", "Evening stretch before bed")
    assert asked == []  # another program has the keyboard: leave it there
    window.hide()
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: window))
    window.show_occurrence(occ(), "Evening stretch", "Evening stretch before bed")
    assert asked == [True]

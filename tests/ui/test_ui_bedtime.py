"""Bedtime and quiet hours in Settings, and "N minutes before bedtime" in the reminder form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from coach.content.loader import load_library
from coach.engine.schedule import Reminder
from coach.store.settings import DAYS, Settings
from coach.ui.reminders_screen import RemindersScreen
from coach.ui.settings_screen import SettingsScreen


class NoAutostart:
    supported = False

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None: ...

    def disable(self) -> None: ...

    def describe(self) -> str:
        return ""


@pytest.fixture(scope="module")
def library():
    return load_library()


def settings_screen(qtbot) -> SettingsScreen:
    screen = SettingsScreen(Settings.load(), NoAutostart())
    qtbot.addWidget(screen)
    screen.resize(1024, 680)
    return screen


def test_one_bedtime_for_every_evening_is_saved_at_once(qtbot):
    screen = settings_screen(qtbot)
    assert screen.bedtime_edit.time() == QTime(23, 0)
    assert not screen.bedtime_days.isVisibleTo(screen)
    changed: list[str] = []
    screen.settingsChanged.connect(changed.append)
    screen.bedtime_edit.setTime(QTime(22, 45))
    assert Settings.load().get("bedtime") == "22:45"
    assert "bedtime" in changed


def test_a_bedtime_per_evening_keeps_saturday_after_midnight(qtbot):
    screen = settings_screen(qtbot)
    screen.bedtime_edit.setTime(QTime(23, 0))
    screen.bedtime_per_day_box.setChecked(True)
    assert screen.bedtime_days.isVisibleTo(screen)
    assert not screen.bedtime_edit.isEnabled()
    screen.bedtime_day_edits["fri"].setTime(QTime(23, 30))
    screen.bedtime_day_edits["sat"].setTime(QTime(0, 30))
    stored = Settings.load().get("bedtime")
    assert stored == {**dict.fromkeys(DAYS, "23:00"), "fri": "23:30", "sat": "00:30"}
    again = settings_screen(qtbot)  # a restart shows the same
    assert again.bedtime_per_day_box.isChecked()
    assert again.bedtime_day_edits["sat"].time() == QTime(0, 30)
    again.bedtime_per_day_box.setChecked(False)  # back to one: Monday's
    assert Settings.load().get("bedtime") == "23:00"


def test_quiet_hours_are_set_and_said_in_words(qtbot):
    screen = settings_screen(qtbot)
    assert "from 60 min after your bedtime until 06:00" in screen.bedtime_note.text()
    assert "after midnight" in screen.bedtime_note.text()
    screen.quiet_spin.setValue(90)
    screen.quiet_until_edit.setTime(QTime(7, 0))
    stored = Settings.load()
    assert stored.get("quiet_margin_min") == 90 and stored.get("quiet_until") == "07:00"
    assert "from 90 min after your bedtime until 07:00" in screen.bedtime_note.text()


class Reminders:
    def __init__(self, qtbot, library, reminders: list[dict], bedtime) -> None:
        self.qtbot = qtbot
        self.host = QWidget()
        self.screen = RemindersScreen(library, reminders)
        self.screen.set_bedtime(bedtime)
        QVBoxLayout(self.host).addWidget(self.screen)
        qtbot.addWidget(self.host)
        self.host.resize(1024, 680)
        self.host.show()
        qtbot.waitExposed(self.host)
        self.host.activateWindow()
        qtbot.waitUntil(self.host.isActiveWindow)
        self.emitted: list[list[dict]] = []
        self.screen.remindersChanged.connect(self.emitted.append)

    def focus(self) -> QWidget:
        return QApplication.focusWidget() or self.host

    def press(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.focus(), key)


def test_a_reminder_before_bedtime_made_with_the_keyboard(qtbot, library):
    bedtime = {**dict.fromkeys(DAYS, "23:00"), "fri": "23:30", "sat": "00:30"}
    harness = Reminders(qtbot, library, Settings.load().get("reminders"), bedtime)
    screen, editor = harness.screen, harness.screen.editor
    screen.add_reminder()
    assert harness.focus() is editor.time_edit
    assert not editor.before_spin.isVisibleTo(editor)
    harness.press(Qt.Key.Key_Backtab)  # one step back: the choice
    assert harness.focus() is editor.when_combo
    harness.press(Qt.Key.Key_Down)
    assert editor.relative() and editor.before_spin.isVisibleTo(editor)
    assert not editor.time_edit.isVisibleTo(editor)
    assert editor.bedtime_note.text() == (
        "Your bedtime: Mon, Tue, Wed, Thu, Sun at 23:00; Fri at 23:30; Sat at 00:30. "
        "Change it in Settings.")
    harness.press(Qt.Key.Key_Tab)
    assert harness.focus() is editor.before_spin
    editor.before_spin.lineEdit().selectAll()
    qtbot.keyClicks(editor.before_spin, "45")
    editor.set_days(["sat"])
    harness.press(Qt.Key.Key_Return)
    added = harness.emitted[-1][-1]
    assert added["before_bedtime"] == 45 and added["days"] == ["sat"]
    assert added["time"] == "23:45"  # what an older version without bedtimes would use
    Settings.load().set("reminders", harness.emitted[-1])  # valid for the settings file
    assert Reminder.from_setting(added).before_bedtime == 45
    row = screen.row_for(added["id"])
    assert row.summary.text().startswith("45 min before bedtime, Saturdays")


def test_an_older_fixed_reminder_opens_as_fixed_and_can_be_made_relative(qtbot, library):
    harness = Reminders(qtbot, library, Settings.load().get("reminders"), "22:30")
    screen, editor = harness.screen, harness.screen.editor
    screen.edit_reminder("evening")
    assert not editor.relative()
    assert editor.value() == Settings.load().get("reminders")[0]  # unchanged, no new key
    editor.when_combo.setCurrentIndex(1)
    editor.before_spin.setValue(90)
    assert editor.save()
    [saved] = harness.emitted[-1]
    assert saved["before_bedtime"] == 90 and saved["time"] == "21:00"
    assert screen.rows[0].summary.text() == "1 h 30 min before bedtime, Every day, Evening stretch"
    screen.edit_reminder("evening")  # and back to a set time: the key goes
    editor.when_combo.setCurrentIndex(0)
    assert editor.save()
    assert "before_bedtime" not in harness.emitted[-1][0]


def test_home_follows_a_new_bedtime_and_says_when_all_is_quiet(qtbot):
    """The app's own path: Settings changes the bedtime, the window tells the
    controller, home's "Next reminder" line moves with it."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from coach.engine.schedule import Night
    from coach.engine.scheduler import ReminderScheduler
    from coach.store.reminder_state import ReminderState
    from coach.testing.clock import FakeClock
    from coach.ui.reminder_controller import ReminderController, reminders_from_settings

    from fakes import make_window

    clock = FakeClock(datetime(2026, 1, 5, 20, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    window, clock, history = make_window(clock)
    qtbot.addWidget(window)
    settings = window.services.settings
    settings.set("reminders", [{"id": "bed", "time": "22:30", "before_bedtime": 30,
                                "days": list(DAYS), "routine": "evening-stretch",
                                "label": "Evening stretch", "enabled": True}])
    scheduler = ReminderScheduler(clock, ReminderState(history),
                                  reminders_from_settings(settings.get("reminders")),
                                  night=Night.from_get(settings.get))

    from PySide6.QtCore import QObject, Signal

    class Delivery(QObject):
        startRequested = Signal(object)
        snoozeRequested = Signal(object, int)
        skipRequested = Signal(object)
        dismissed = Signal(object)

    controller = ReminderController(window, scheduler, Delivery(), None, clock)
    controller.start_scheduling()
    try:
        assert window.home.next_reminder.text() == "Next reminder: tonight at 22:30, in 2 h 30 min"
        settings.set("bedtime", "22:00")
        window.apply_setting("bedtime")
        assert window.home.next_reminder.text() == "Next reminder: tonight at 21:30, in 1 h 30 min"
        settings.set("reminders", [{"id": "late", "time": "02:00", "days": list(DAYS),
                                    "routine": "evening-stretch", "label": "Late",
                                    "enabled": True}])
        window.remindersEdited.emit(settings.get("reminders"))
        assert window.home.next_reminder.text() == (
            "Every reminder falls in quiet hours (see Settings)")
    finally:
        scheduler.stop()
        history.close()

"""The morning check-in: when it asks, that it never asks twice, and what it keeps."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from coach.insights.checkin import night_to_ask, parse_time
from coach.store.history import History
from coach.store.settings import Settings
from coach.testing.clock import FakeClock
from coach.ui.checkin import CheckinController
from coach.ui.checkin_dialog import CheckinDialog

BERLIN = ZoneInfo("Europe/Berlin")
MORNING = datetime(2026, 3, 3, 7, 45, tzinfo=BERLIN)  # Tuesday; last night = Monday's evening
MONDAY = date(2026, 3, 2)
MINUTE = 60.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MORNING)


@pytest.fixture
def diary(tmp_path, clock):
    with History(tmp_path / "diary.sqlite3", clock=clock) as history:
        yield history


@pytest.fixture
def settings():
    settings = Settings.load()
    settings.set("morning_checkin", "07:30")
    return settings


def test_it_is_off_by_default():
    assert Settings.load().get("morning_checkin") == ""
    assert night_to_ask(MORNING, "", [], [], None) is None


@pytest.mark.parametrize(("hour", "minute", "asked"), [
    (7, 29, False), (7, 30, True), (12, 0, True), (17, 59, True), (18, 0, False)])
def test_it_asks_from_the_set_time_until_the_evening(hour, minute, asked):
    now = MORNING.replace(hour=hour, minute=minute)
    assert (night_to_ask(now, "07:30", [], [], None) == MONDAY) is asked


def test_a_time_before_four_waits_for_the_night_to_end():
    assert night_to_ask(MORNING.replace(hour=3, minute=0), "02:00", [], [], None) is None
    assert night_to_ask(MORNING.replace(hour=4, minute=0), "02:00", [], [], None) == MONDAY


def test_bad_settings_values_are_refused_and_unreadable_times_are_off():
    settings = Settings.load()
    with pytest.raises(ValueError):
        settings.set("morning_checkin", "25:00")
    assert parse_time("soon") is None


def test_a_cramp_entered_at_night_is_not_asked_about_again(qtbot, diary, clock, settings):
    diary.add_cramp(datetime(2026, 3, 3, 2, 40, tzinfo=BERLIN), 80.0, "left", None, how_bad=6)
    controller = CheckinController(diary, clock, settings, start_timer=False)
    assert not controller.check()
    assert controller.dialog is None


def test_it_asks_once_a_day_even_after_not_now_and_a_restart(qtbot, diary, clock, settings):
    controller = CheckinController(diary, clock, settings, start_timer=False)
    assert controller.check()
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    assert dialog.evening == MONDAY
    dialog.later_button.click()
    clock.advance(30 * MINUTE)
    assert not controller.check()
    again = CheckinController(diary, clock, settings, start_timer=False)  # the app restarted
    assert not again.check()
    clock.advance(24 * 60 * MINUTE)  # the next morning asks about the next night
    assert again.check()
    qtbot.addWidget(again.dialog)
    assert again.dialog.evening == date(2026, 3, 3)


def test_the_answers_are_kept_for_last_night_with_the_days_tags(qtbot, diary, clock, settings):
    dialog = CheckinDialog(diary, MONDAY)
    qtbot.addWidget(dialog)
    assert not dialog.how_bad.isEnabled()  # "None" is chosen first
    dialog.choose("several")
    assert dialog.how_bad.isEnabled()
    dialog.leg.setCurrentIndex(dialog.leg.findData("right"))
    dialog.how_bad.setValue(7)
    dialog.sleep.setValue(8)
    dialog.tag_boxes["alcohol"].setChecked(True)
    dialog.tag_boxes["medicine_change"].setChecked(True)
    dialog.save_button.click()
    (check,) = diary.night_checkins()
    assert (check.evening, check.answer, check.leg, check.how_bad, check.sleep_disturbance) == (
        MONDAY, "several", "right", 7, 8)
    assert diary.tags() == {MONDAY: ("alcohol", "medicine_change")}
    # Answered: the controller does not ask about that night again.
    diary.set_state("checkin.asked", "")
    assert not CheckinController(diary, clock, settings, start_timer=False).check()


def test_a_quiet_night_is_kept_without_leg_or_severity(qtbot, diary):
    dialog = CheckinDialog(diary, MONDAY)
    qtbot.addWidget(dialog)
    dialog.how_bad.setValue(5)  # then the user picks "None": the number is not kept
    dialog.save_button.click()
    (check,) = diary.night_checkins()
    assert (check.answer, check.leg, check.how_bad, check.sleep_disturbance) == (
        "none", None, None, None)


def test_a_read_only_diary_is_never_asked_into(qtbot, diary, clock, settings):
    diary.read_only = True
    assert not CheckinController(diary, clock, settings, start_timer=False).check()


def test_settings_turn_the_check_in_on_at_a_time_and_off(qtbot):
    from PySide6.QtCore import QTime

    from coach.ui.settings_screen import SettingsScreen

    screen = SettingsScreen(Settings.load())
    qtbot.addWidget(screen)
    screen.refresh()
    assert not screen.checkin_box.isChecked() and not screen.checkin_time.isEnabled()
    screen.checkin_box.setChecked(True)
    screen.checkin_time.setTime(QTime(6, 45))
    assert Settings.load().get("morning_checkin") == "06:45"  # saved at once
    screen.checkin_box.setChecked(False)
    assert Settings.load().get("morning_checkin") == ""


def test_a_cramp_logged_before_dawn_counts_for_last_night():
    """04:49 on Tuesday is Monday's night (History's rule), though its evening day is
    Tuesday's: the check-in must not ask about a night that has an entry."""
    from coach.store.history import CrampRow

    early = datetime(2026, 3, 3, 4, 49, tzinfo=BERLIN)
    row = CrampRow(id=1, started=early, duration_s=60.0, leg="left", severity=3, note="",
                   evening=date(2026, 3, 3))
    assert night_to_ask(MORNING, "07:30", [row], [], None) is None

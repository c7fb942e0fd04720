"""The reminder comes at the user's wall time, once, whatever the machine and the clock do.

Each rule of the scheduler's docstring (missed, late, sleep, clock and DST changes)
is a test here. Time is a FakeClock; "the timer fires"
is simulated by advancing the clock by what the scheduler armed and calling
``check()``, so no test sleeps or waits for a real QTimer.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from zones import in_process_zone  # noqa: F401 (a fixture, used by name)

from coach.engine.schedule import Occurrence, Reminder
from coach.engine.scheduler import ReminderScheduler
from coach.store.history import History
from coach.store.reminder_state import ReminderState
from coach.testing.clock import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))
MONDAY = date(2026, 1, 5)

#: Every test here also runs with the process in a zone none of its reminders use.
pytestmark = pytest.mark.usefixtures("in_process_zone")


def berlin(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=BERLIN)


def evening(at: time = time(21, 30), days: frozenset[int] = EVERY_DAY, *,
            rid: str = "evening", enabled: bool = True) -> Reminder:
    return Reminder(rid, at, days, "evening-stretch", "Evening stretch", enabled)


class App:
    """One run of the app: a diary file, the state on top of it, a scheduler, and
    what the user was shown. ``restart()`` is a new run on the same file."""

    def __init__(self, clock: FakeClock, path: Path, reminders: list[Reminder]) -> None:
        self.clock = clock
        self.path = path
        self.reminders = reminders
        self.due: list[Occurrence] = []
        self.prompts: list[Occurrence] = []
        self.nexts: list[Occurrence | None] = []
        self.shown_at: list[datetime] = []
        self._open()

    def _open(self) -> None:
        self.history = History(self.path, clock=self.clock)
        self.state = ReminderState(self.history)
        self.scheduler = ReminderScheduler(self.clock, self.state, self.reminders)
        self.scheduler.due.connect(self._on_due)
        self.scheduler.missedPrompt.connect(self.prompts.append)
        self.scheduler.nextChanged.connect(self.nexts.append)

    def _on_due(self, occurrence: Occurrence) -> None:
        self.due.append(occurrence)
        self.shown_at.append(self.clock.now())

    def close(self) -> None:
        self.scheduler.stop()
        self.scheduler.deleteLater()
        self.history.close()

    def restart(self) -> None:
        self.close()
        self._open()
        self.scheduler.start()

    def run_until(self, when: datetime) -> None:
        """Let the machine run (awake) until ``when``, waking whenever the timer says."""
        target = when.astimezone(UTC)
        while self.clock.now().astimezone(UTC) < target:
            wait = self.scheduler.next_wakeup_ms() / 1000
            assert 0 < wait <= 60
            left = (target - self.clock.now().astimezone(UTC)).total_seconds()
            self.clock.advance(min(wait, left))
            self.scheduler.check()

    def outcomes(self) -> list[tuple[str, date, str]]:
        return sorted((o.reminder_id, o.local_date, o.outcome)
                      for o in self.history.reminder_outcomes())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(berlin(MONDAY, 20, 0))


@pytest.fixture
def make_app(qapp, clock, tmp_path):
    apps: list[App] = []

    def make(reminders: list[Reminder] | None = None, *, start: bool = True) -> App:
        app = App(clock, tmp_path / "history.sqlite3",
                  [evening()] if reminders is None else reminders)
        if start:
            app.scheduler.start()
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


# --- on time ------------------------------------------------------------------------


def test_fires_at_2130_on_time(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 29, 59))
    assert app.due == []
    app.run_until(berlin(MONDAY, 21, 30))
    assert [o.key for o in app.due] == ["evening@2026-01-05"]
    assert app.shown_at == [berlin(MONDAY, 21, 30)]  # not a second late
    app.run_until(berlin(MONDAY, 23, 59))
    assert len(app.due) == 1 and app.prompts == []
    assert app.outcomes() == [("evening", MONDAY, "shown")]


def test_timer_is_armed_for_at_most_60s_and_for_the_exact_due_time_when_closer(make_app, clock):
    app = make_app()
    assert app.scheduler.next_wakeup_ms() == 60_000  # 90 minutes away: re-read in a minute
    clock.advance(89 * 60 + 30)  # 21:29:30
    app.scheduler.check()
    assert app.scheduler.next_wakeup_ms() == 30_000
    clock.advance(29.99)  # 21:29:59.990: no busy loop for the last few ms
    app.scheduler.check()
    assert app.scheduler.next_wakeup_ms() == 50
    clock.advance(0.01)
    app.scheduler.check()
    assert len(app.due) == 1
    assert app.scheduler.next_wakeup_ms() == 60_000
    app.scheduler.stop()
    assert app.scheduler.next_wakeup_ms() == -1


def test_next_changed_tells_the_home_screen_what_comes_next(make_app, clock):
    app = make_app()
    tonight = berlin(MONDAY, 21, 30)
    assert [o.due for o in app.nexts] == [tonight]  # once at start, not every minute
    assert app.scheduler.time_until_next() == timedelta(minutes=90)
    app.run_until(tonight)
    assert [o.due for o in app.nexts] == [tonight, tonight + timedelta(days=1)]
    app.scheduler.set_reminders([])
    assert app.nexts[-1] is None
    assert app.scheduler.next_occurrence() is None and app.scheduler.time_until_next() is None


def test_two_reminders_at_the_same_minute_fire_each_once(make_app, clock):
    app = make_app([evening(rid="calves"), evening(rid="feet")])
    app.run_until(berlin(MONDAY, 22, 0))
    assert sorted(o.key for o in app.due) == ["calves@2026-01-05", "feet@2026-01-05"]
    assert app.prompts == []


def test_a_restart_right_after_a_fire_does_not_fire_again(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    assert len(app.due) == 1
    clock.advance(20)  # still within the on-time grace
    app.restart()
    app.run_until(berlin(MONDAY, 23, 0))
    assert len(app.due) == 1 and app.prompts == []


def test_the_first_run_ever_does_not_report_what_was_before_it(make_app, clock):
    clock.set_now(berlin(MONDAY, 22, 0))  # installed half an hour after the time
    app = make_app()
    assert app.due == [] and app.prompts == [] and app.outcomes() == []
    assert app.scheduler.next_occurrence().local_date == MONDAY + timedelta(days=1)


# --- sleep and the app being closed ------------------------------------------------


def test_suspend_across_the_reminder_gives_one_missed_prompt_and_tomorrow_stays_2130(
        make_app, clock):
    app = make_app()
    clock.suspend(2 * 3600 + 15 * 60)  # 20:00 -> 22:15, asleep
    app.scheduler.check()  # the timer's first wake-up after resume
    assert app.due == []
    assert [o.key for o in app.prompts] == ["evening@2026-01-05"]
    app.run_until(berlin(MONDAY, 22, 20))
    app.scheduler.mark_started(app.prompts[0])  # "do it now"
    assert len(app.prompts) == 1
    tomorrow = berlin(MONDAY + timedelta(days=1), 21, 30)
    assert app.scheduler.next_occurrence().due == tomorrow  # not 22:15 or 22:20 (Vorta #2312)
    app.run_until(tomorrow)
    assert app.shown_at == [tomorrow]
    assert ("evening", MONDAY, "started") in app.outcomes()


def test_resume_before_the_reminder_fires_it_at_2130_normally(make_app, clock):
    app = make_app()
    clock.suspend(3600)  # 20:00 -> 21:00
    app.scheduler.check()
    assert app.due == [] and app.prompts == []
    assert app.scheduler.next_wakeup_ms() == 60_000
    app.run_until(berlin(MONDAY, 21, 30))
    assert app.shown_at == [berlin(MONDAY, 21, 30)]


def test_weekend_on_a_weekday_schedule_stays_silent(make_app, clock):
    clock.set_now(berlin(date(2026, 1, 9), 20, 0))  # Friday
    app = make_app([evening(days=WEEKDAYS)])
    app.run_until(berlin(date(2026, 1, 12), 22, 0))  # Monday
    assert [o.local_date for o in app.due] == [date(2026, 1, 9), date(2026, 1, 12)]
    assert app.prompts == []


def test_three_days_off_give_one_prompt_for_tonight_and_the_rest_recorded_missed(
        make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.run_until(berlin(MONDAY, 22, 0))
    app.close()
    clock.suspend(3 * 24 * 3600)  # the app stays closed until Thursday 22:00
    app.restart()
    thursday = MONDAY + timedelta(days=3)
    assert [o.local_date for o in app.prompts] == [thursday]  # one, not a burst
    assert len(app.due) == 1  # only Monday's, on time
    assert app.outcomes() == [
        ("evening", MONDAY, "shown"),
        ("evening", MONDAY + timedelta(days=1), "missed"),
        ("evening", MONDAY + timedelta(days=2), "missed"),
        ("evening", thursday, "shown"),
    ]
    app.restart()  # and opening it again does not ask again
    assert len(app.prompts) == 1


def test_a_missed_reminder_older_than_the_late_window_is_recorded_not_offered(
        make_app, clock):
    app = make_app(start=False)
    app.scheduler.set_late_window(timedelta(hours=1))
    app.scheduler.start()
    clock.suspend(3 * 3600)  # 20:00 -> 23:00: tonight's is 1.5 h old
    app.scheduler.check()
    assert app.prompts == [] and app.due == []
    assert app.outcomes() == [("evening", MONDAY, "missed")]


def test_several_missed_reminders_coalesce_into_one_prompt_for_the_newest(make_app, clock):
    app = make_app([evening(time(20, 30), rid="early"), evening(time(21, 30), rid="late")])
    clock.suspend(2 * 3600)  # 20:00 -> 22:00
    app.scheduler.check()
    assert [o.reminder_id for o in app.prompts] == ["late"]
    assert ("early", MONDAY, "missed") in app.outcomes()


def test_a_reminder_due_now_replaces_the_missed_prompt(make_app, clock):
    app = make_app([evening(time(21, 0), rid="first"), evening(time(21, 30), rid="second")])
    clock.suspend(90 * 60 + 30)  # wakes at 21:30:30
    app.scheduler.check()
    assert [o.reminder_id for o in app.due] == ["second"]
    assert app.prompts == []  # no second window on top
    assert ("first", MONDAY, "missed") in app.outcomes()


# --- clock steps and zones ----------------------------------------------------------


def test_clock_stepped_forward_past_the_time_gives_one_prompt_no_burst(make_app, clock):
    app = make_app()
    clock.set_now(berlin(MONDAY + timedelta(days=3), 23, 0))  # Thursday 23:00
    app.scheduler.check()
    assert [o.local_date for o in app.prompts] == [MONDAY + timedelta(days=3)]
    assert app.due == []
    assert [o for o in app.outcomes() if o[2] == "missed"] == [
        ("evening", MONDAY + timedelta(days=n), "missed") for n in range(3)]


def test_clock_stepped_forward_just_past_the_time_fires_it_on_time(make_app, clock):
    app = make_app()
    clock.set_now(berlin(MONDAY, 21, 31))
    app.scheduler.check()
    assert len(app.due) == 1 and app.prompts == []


def test_clock_stepped_back_an_hour_after_firing_does_not_fire_again(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 35))
    clock.set_now(berlin(MONDAY, 20, 35))
    app.scheduler.check()
    app.run_until(berlin(MONDAY, 23, 0))
    assert len(app.due) == 1 and app.prompts == []
    app.run_until(berlin(MONDAY + timedelta(days=1), 21, 30))  # nothing lost: tomorrow fires
    assert len(app.due) == 2


def test_clock_stepped_back_before_the_time_still_fires_it(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 0))
    clock.set_now(berlin(MONDAY, 20, 0))
    app.scheduler.check()
    app.run_until(berlin(MONDAY, 21, 30))
    assert app.shown_at == [berlin(MONDAY, 21, 30)]


def test_zone_change_while_running_follows_the_new_local_2130(make_app, clock):
    app = make_app()
    clock.set_zone(NEW_YORK)  # Berlin 20:00 is 14:00 in New York
    app.scheduler.check()
    ny_evening = datetime(2026, 1, 5, 21, 30, tzinfo=NEW_YORK)
    assert app.nexts[-1].due == ny_evening
    app.run_until(ny_evening - timedelta(seconds=1))  # passes Berlin's 21:30 (15:30 here)
    assert app.due == [] and app.prompts == []
    app.run_until(ny_evening)
    assert app.shown_at == [ny_evening]
    assert app.shown_at[0].tzinfo is NEW_YORK


# --- DST ----------------------------------------------------------------------------


def test_dst_gap_reminder_at_0230_fires_at_0330_that_night(make_app, clock):
    clock.set_now(berlin(date(2026, 3, 28), 22, 0))
    app = make_app([evening(time(2, 30))])
    app.run_until(berlin(date(2026, 3, 29), 5, 0))
    assert [o.local_date for o in app.due] == [date(2026, 3, 29)]
    assert app.shown_at[0].astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert app.shown_at[0].strftime("%H:%M") == "03:30"
    assert app.prompts == []


def test_dst_overlap_reminder_at_0230_fires_once_on_the_fall_back_night(make_app, clock):
    clock.set_now(berlin(date(2026, 10, 24), 22, 0))
    app = make_app([evening(time(2, 30))])
    app.run_until(berlin(date(2026, 10, 25), 5, 0))  # lives through 02:00-03:00 twice
    assert [o.local_date for o in app.due] == [date(2026, 10, 25)]
    assert app.shown_at[0].astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert app.prompts == []


# --- user answers -------------------------------------------------------------------


def test_snooze_across_suspend_fires_once_on_wake_as_due(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.snooze(app.due[0], 10)
    assert app.scheduler.next_wakeup_ms() == 60_000
    clock.suspend(2 * 3600)  # asleep from 21:30 to 23:30, past the snooze
    app.scheduler.check()
    assert [o.key for o in app.due] == ["evening@2026-01-05"] * 2  # the snooze, once
    assert app.prompts == []
    app.run_until(berlin(MONDAY, 23, 59))
    assert len(app.due) == 2
    assert ("evening", MONDAY, "snoozed") in app.outcomes()


def test_snooze_rings_at_its_minute_and_a_restart_in_between_keeps_it(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.snooze(app.due[0], 10)
    app.run_until(berlin(MONDAY, 21, 35))
    app.restart()  # the app is closed and opened again while snoozed
    assert len(app.due) == 1  # the restart itself shows nothing
    assert app.scheduler.next_wakeup_ms() == 60_000
    app.run_until(berlin(MONDAY, 21, 39, 59))
    assert len(app.due) == 1
    app.run_until(berlin(MONDAY, 21, 40))
    assert [o.key for o in app.due] == ["evening@2026-01-05"] * 2
    assert app.shown_at[-1] == berlin(MONDAY, 21, 40)
    app.restart()
    app.run_until(berlin(MONDAY, 23, 0))
    assert len(app.due) == 2  # gone once it rang


def test_a_snooze_that_ran_out_long_ago_is_recorded_missed_not_shown(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.snooze(app.due[0], 10)
    clock.suspend(5 * 3600)  # wakes at 02:30, long past the 3 h window
    app.scheduler.check()
    assert len(app.due) == 1 and app.prompts == []
    assert ("evening", MONDAY, "missed") in app.outcomes()


def test_skip_tonight_means_nothing_tonight_and_tomorrow_as_usual(make_app, clock):
    app = make_app()
    app.scheduler.skip(app.scheduler.next_occurrence())  # "Skip tonight" at 20:00
    tomorrow = berlin(MONDAY + timedelta(days=1), 21, 30)
    assert app.nexts[-1].due == tomorrow
    app.run_until(berlin(MONDAY, 23, 59))
    assert app.due == [] and app.prompts == []
    app.run_until(tomorrow)
    assert app.shown_at == [tomorrow]
    assert ("evening", MONDAY, "skipped") in app.outcomes()


def test_skip_after_a_snooze_cancels_the_snooze(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.snooze(app.due[0], 10)
    app.scheduler.skip(app.due[0])
    app.run_until(berlin(MONDAY, 23, 0))
    assert len(app.due) == 1


def test_start_after_a_snooze_cancels_the_snooze(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.snooze(app.due[0], 10)
    app.scheduler.mark_started(app.due[0])
    app.run_until(berlin(MONDAY, 23, 0))
    assert len(app.due) == 1


def test_snooze_needs_a_positive_length(make_app, clock):
    app = make_app()
    with pytest.raises(ValueError):
        app.scheduler.snooze(app.scheduler.next_occurrence(), 0)


def test_disabled_reminder_never_fires(make_app, clock):
    app = make_app([evening(enabled=False)])
    app.run_until(berlin(MONDAY, 23, 0))
    clock.suspend(24 * 3600)
    app.restart()
    assert app.due == [] and app.prompts == []
    assert app.nexts[-1] is None


def test_a_snooze_of_a_reminder_turned_off_meanwhile_does_not_ring(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.snooze(app.due[0], 10)
    app.scheduler.set_reminders([evening(enabled=False)])
    app.run_until(berlin(MONDAY, 23, 0))
    assert len(app.due) == 1


def test_set_reminders_recomputes_next_and_rearms_at_once(make_app, clock):
    app = make_app()
    clock.advance(30)  # 20:00:30
    app.scheduler.check()
    app.scheduler.set_reminders([evening(time(20, 1))])
    assert app.nexts[-1].due == berlin(MONDAY, 20, 1)
    assert app.scheduler.next_wakeup_ms() == 30_000
    app.run_until(berlin(MONDAY, 20, 1))
    assert app.shown_at == [berlin(MONDAY, 20, 1)]


def test_answering_from_inside_the_due_signal_is_safe(make_app, clock):
    app = make_app()
    app.scheduler.due.connect(lambda occ: app.scheduler.snooze(occ, 5))  # a slot that answers
    app.run_until(berlin(MONDAY, 21, 30))
    assert len(app.due) == 1
    assert app.scheduler.next_wakeup_ms() == 60_000
    app.scheduler.due.disconnect()
    app.scheduler.due.connect(app._on_due)
    app.run_until(berlin(MONDAY, 21, 35))
    assert app.shown_at == [berlin(MONDAY, 21, 30), berlin(MONDAY, 21, 35)]
    assert app.scheduler.last_shown() == app.due[-1]


# --- the memory across restarts (ReminderState) -------------------------------------


def test_last_check_is_written_only_when_it_moved_a_minute_and_survives_a_restart(
        tmp_path, clock):
    path = tmp_path / "history.sqlite3"
    with History(path, clock=clock) as history:
        state = ReminderState(history)
        assert state.last_check() is None
        state.set_last_check(berlin(MONDAY, 20, 0))
        state.set_last_check(berlin(MONDAY, 20, 0, 59))  # every check: not every write
        assert history.get_state("reminders.last_check") == "2026-01-05T20:00:00+01:00"
        state.set_last_check(berlin(MONDAY, 20, 1))
        state.set_last_check(berlin(MONDAY, 19, 59, 30))  # stepped back: written at once
        assert history.get_state("reminders.last_check") == "2026-01-05T19:59:30+01:00"
    with History(path, clock=clock) as history:
        assert ReminderState(history).last_check() == berlin(MONDAY, 19, 59, 30)


@pytest.mark.expected_log("coach.store.reminder_state",
                          match=r"is not a time; starting afresh|stored snoozes are not readable")
def test_unreadable_stored_state_starts_afresh_instead_of_failing(tmp_path, clock):
    path = tmp_path / "history.sqlite3"
    with History(path, clock=clock) as history:
        history.set_state("reminders.last_check", "yesterday-ish")
        history.set_state("reminders.snoozes", "{not json")
        state = ReminderState(history)
        assert state.last_check() is None
        assert state.snoozes() == {}


@pytest.mark.expected_log("coach.store.reminder_state", match=r"reminder state cannot be saved")
def test_a_read_only_diary_still_reminds_once_per_evening(make_app, clock):
    app = make_app(start=False)
    app.history._db.execute("PRAGMA query_only = ON")  # as for a diary from a newer version
    app.scheduler.start()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.snooze(app.due[0], 10)
    app.run_until(berlin(MONDAY, 23, 0))
    assert app.shown_at == [berlin(MONDAY, 21, 30), berlin(MONDAY, 21, 40)]
    assert app.prompts == []


def test_a_reminder_edited_to_later_today_rings_today_even_after_it_rang(make_app, clock):
    """It rang at 21:30 (and was answered); moved to 22:00, it rings again at 22:00."""
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.skip(app.due[0])
    app.scheduler.set_reminders([evening(time(22, 0))])
    assert app.scheduler.next_occurrence().due == berlin(MONDAY, 22, 0)
    app.run_until(berlin(MONDAY, 22, 0))
    assert app.shown_at == [berlin(MONDAY, 21, 30), berlin(MONDAY, 22, 0)]
    app.restart()  # and a restart does not show the 22:00 one again
    app.run_until(berlin(MONDAY, 23, 0))
    assert len(app.shown_at) == 2


def test_an_edit_that_keeps_the_time_does_not_ring_again(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.skip(app.due[0])
    app.scheduler.set_reminders([evening(days=frozenset({0, 1, 2}))])
    app.run_until(berlin(MONDAY, 23, 0))
    assert app.shown_at == [berlin(MONDAY, 21, 30)]


def test_editing_the_time_replaces_a_pending_snooze(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.snooze(app.due[0], 10)
    app.scheduler.set_reminders([evening(time(22, 0))])
    assert app.scheduler.pending_snooze() is None
    app.run_until(berlin(MONDAY, 22, 0))
    assert app.shown_at == [berlin(MONDAY, 21, 30), berlin(MONDAY, 22, 0)]


def test_dismissed_is_noted_as_dismissed_and_does_not_come_back(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    app.scheduler.dismiss(app.due[0])
    app.run_until(berlin(MONDAY, 23, 0))
    assert len(app.due) == 1
    outcomes = [o for _rid, day, o in app.outcomes() if day == MONDAY]
    assert "dismissed" in outcomes
    assert "done" not in outcomes and "snoozed" not in outcomes


def test_pending_snooze_says_until_when(make_app, clock):
    app = make_app()
    app.run_until(berlin(MONDAY, 21, 30))
    assert app.scheduler.pending_snooze() is None
    app.scheduler.snooze(app.due[0], 10)
    until, occurrence = app.scheduler.pending_snooze()
    assert until == berlin(MONDAY, 21, 40) and occurrence.key == app.due[0].key

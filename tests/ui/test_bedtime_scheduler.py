"""The running reminder scheduler at night: quiet hours and bedtimes over a diary file.

Time is a FakeClock; the scheduler is a QObject on Qt's timers, hence this level.
The schedule's rules themselves are in tests/unit/test_bedtime.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from bedtimes import FRIDAY, SATURDAY, SUNDAY, WEEKEND_NIGHT, at, before_bed, fixed

from coach.engine.schedule import Night, Occurrence, Reminder
from coach.engine.scheduler import ReminderScheduler
from coach.store.history import History
from coach.store.reminder_state import ReminderState
from coach.testing.clock import FakeClock


def test_a_reminder_at_bedtime_with_no_margin_still_comes(make_run):
    clock = FakeClock(at(FRIDAY, 22, 0))
    run = make_run(clock, [before_bed(0)], Night((time(23, 0),) * 7, timedelta(0)))
    run.run_until(at(FRIDAY, 23, 1))
    assert [o.due for o in run.due] == [at(FRIDAY, 23, 0)]


class Run:
    """A scheduler over a diary file, with what the user was shown."""

    def __init__(self, clock: FakeClock, path: Path, reminders: list[Reminder],
                 night: Night | None) -> None:
        self.clock = clock
        self.history = History(path, clock=clock)
        self.scheduler = ReminderScheduler(clock, ReminderState(self.history), reminders,
                                           night=night)
        self.due: list[Occurrence] = []
        self.prompts: list[Occurrence] = []
        self.scheduler.due.connect(self.due.append)
        self.scheduler.missedPrompt.connect(self.prompts.append)
        self.scheduler.start()

    def run_until(self, when: datetime) -> None:
        target = when.astimezone(UTC)
        while self.clock.now().astimezone(UTC) < target:
            wait = self.scheduler.next_wakeup_ms() / 1000
            left = (target - self.clock.now().astimezone(UTC)).total_seconds()
            self.clock.advance(min(wait, left))
            self.scheduler.check()

    def outcomes(self) -> list[tuple[date, str]]:
        return sorted((o.local_date, o.outcome) for o in self.history.reminder_outcomes())

    def close(self) -> None:
        self.scheduler.stop()
        self.scheduler.deleteLater()
        self.history.close()


@pytest.fixture
def make_run(qapp, tmp_path):
    runs: list[Run] = []

    def make(clock: FakeClock, reminders: list[Reminder], night: Night | None) -> Run:
        run = Run(clock, tmp_path / f"history-{len(runs)}.sqlite3", reminders, night)
        runs.append(run)
        return run

    yield make
    for run in runs:
        run.close()


def test_a_reminder_in_quiet_hours_is_skipped_not_delivered_at_night(make_run):
    """A fixed 00:45 reminder: Friday night is quiet from 00:30 (bed 23:30), so Saturday
    00:45 is skipped and recorded; Saturday's bed is 00:30, so Sunday 00:45 rings."""
    clock = FakeClock(at(FRIDAY, 20, 0))
    run = make_run(clock, [fixed(time(0, 45))], WEEKEND_NIGHT)
    assert run.scheduler.next_occurrence().local_date == SUNDAY  # home passes over it
    run.run_until(at(SATURDAY, 12, 0))
    assert run.due == [] and run.prompts == []
    assert run.outcomes() == [(SATURDAY, "skipped")]
    run.run_until(at(SUNDAY, 0, 46))
    assert [o.local_date for o in run.due] == [SUNDAY]


def test_a_missed_reminder_is_not_offered_in_quiet_hours_nor_the_next_morning(make_run):
    """The machine slept from 21:00 to 00:30: without quiet hours the 21:30 reminder is
    offered at 00:30 (late window 3 h); with them, nothing, then or at breakfast."""
    clock = FakeClock(at(FRIDAY, 21, 0))
    loud = make_run(clock, [fixed(time(21, 30))], None)
    clock.suspend(3.5 * 3600)
    loud.scheduler.check()
    assert [o.local_date for o in loud.prompts] == [FRIDAY]

    clock = FakeClock(at(FRIDAY, 21, 0))
    quiet = make_run(clock, [fixed(time(21, 30))], Night())
    clock.suspend(3.5 * 3600)  # 00:30, quiet since 00:00
    quiet.scheduler.check()
    assert quiet.prompts == [] and quiet.due == []
    assert quiet.outcomes() == [(FRIDAY, "missed")]
    quiet.run_until(at(SATURDAY, 7, 0))
    assert quiet.prompts == [] and quiet.due == []


def test_a_snooze_that_runs_out_in_quiet_hours_is_not_delivered(make_run):
    clock = FakeClock(at(FRIDAY, 23, 40))
    run = make_run(clock, [fixed(time(23, 50))], Night())
    run.run_until(at(FRIDAY, 23, 50))
    assert len(run.due) == 1
    run.scheduler.snooze(run.due[0], 15)  # until 00:05: quiet
    run.run_until(at(SATURDAY, 1, 0))
    assert len(run.due) == 1 and run.prompts == []
    assert (FRIDAY, "missed") in run.outcomes()


def test_reminders_that_all_fall_in_quiet_hours_are_said_so_not_off(make_run):
    clock = FakeClock(at(FRIDAY, 20, 0))
    run = make_run(clock, [fixed(time(2, 0))], Night())  # quiet 00:00-06:00 every night
    assert run.scheduler.next_occurrence() is None
    assert run.scheduler.all_quiet()
    run.scheduler.set_night(None)
    assert not run.scheduler.all_quiet()
    assert run.scheduler.next_occurrence().due == at(SATURDAY, 2, 0)


def test_a_bedtime_reminder_rings_and_follows_a_new_bedtime_at_once(make_run):
    clock = FakeClock(at(FRIDAY, 20, 0))
    run = make_run(clock, [before_bed(30)], WEEKEND_NIGHT)
    assert run.scheduler.next_occurrence().due == at(FRIDAY, 23, 0)
    run.scheduler.set_night(Night((time(22, 0),) * 7))
    assert run.scheduler.next_occurrence().due == at(FRIDAY, 21, 30)
    run.run_until(at(FRIDAY, 21, 30))
    assert [o.due for o in run.due] == [at(FRIDAY, 21, 30)]

"""Reminder outcomes are an enum in the code and plain words in the diary.

A diary written before ``ReminderOutcome`` existed (words in the
``reminder_outcomes`` table, a snooze as JSON in ``app_state``) must read back
as it was: the same occurrences handled, the same outcomes, the snooze kept.
Otherwise an update would bring back a reminder the user already answered.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from coach.engine.schedule import Occurrence, ReminderOutcome
from coach.store import paths
from coach.store.history import OUTCOMES, History
from coach.store.reminder_state import ReminderState

from fakes import FakeClock
from old_diaries import V2_SCHEMA

BERLIN = ZoneInfo("Europe/Berlin")
SUNDAY = date(2026, 3, 1)
EVENING = Occurrence("evening", datetime(2026, 3, 1, 21, 30, tzinfo=BERLIN), SUNDAY)
MORNING = Occurrence("morning", datetime(2026, 3, 1, 8, 0, tzinfo=BERLIN), SUNDAY)


def write_v2_diary(path: Path) -> None:
    """A version-2 diary as the release before the enum wrote it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    for statement in V2_SCHEMA:
        db.execute(statement)
    db.executemany("INSERT INTO reminder_outcomes VALUES (?, ?, ?, ?, ?, ?)", [
        (1, "evening", "2026-03-01T21:30:00+01:00", "2026-03-01", "shown",
         "2026-03-01T21:30:05+01:00"),
        (2, "evening", "2026-03-01T21:30:00+01:00", "2026-03-01", "snoozed",
         "2026-03-01T21:31:00+01:00"),
    ])
    db.execute("INSERT INTO app_state VALUES ('reminders.snoozes', ?)", (
        '{"evening": {"due": "2026-03-01T21:30:00+01:00", "local_date": "2026-03-01",'
        ' "until": "2026-03-01T21:41:00+01:00"}}',))
    db.commit()
    db.close()


def test_a_diary_written_before_the_enum_reads_back_with_its_answers():
    write_v2_diary(paths.history_path())
    clock = FakeClock(datetime(2026, 3, 1, 21, 35, tzinfo=BERLIN))
    with History(clock=clock) as history:
        state = ReminderState(history)
        # The answered reminder is not offered again after the update ...
        assert state.handled(EVENING) and not state.handled(MORNING)
        assert state.outcomes(EVENING) == {ReminderOutcome.SHOWN, ReminderOutcome.SNOOZED}
        # ... and its snooze still rings at 21:41.
        until, occurrence = state.snoozes()["evening"]
        assert until == datetime(2026, 3, 1, 21, 41, tzinfo=BERLIN) and occurrence == EVENING


def test_an_outcome_recorded_now_is_the_same_word_an_old_version_reads():
    clock = FakeClock(datetime(2026, 3, 1, 21, 35, tzinfo=BERLIN))
    with History(clock=clock) as history:
        assert ReminderState(history).record(EVENING, ReminderOutcome.STARTED)
    db = sqlite3.connect(paths.history_path())
    try:
        stored = db.execute("SELECT outcome, typeof(outcome) FROM reminder_outcomes").fetchall()
    finally:
        db.close()
    assert stored == [("started", "text")]


def test_the_enum_names_exactly_the_outcomes_the_diary_accepts():
    # The diary's CHECK constraint and the CSV export's documentation list these
    # words; an outcome added to one and not the other would fail to save.
    assert tuple(ReminderOutcome) == OUTCOMES

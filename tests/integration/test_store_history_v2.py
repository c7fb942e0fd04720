"""Schema v2: the app's own memory (app_state) lives in the diary and survives restarts."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from coach.store import history as history_module
from coach.store import paths
from coach.store.history import History
from coach.testing.clock import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 1, 5, 22, 0, 0, tzinfo=BERLIN))


def a_v1_diary_with_entries(clock: FakeClock) -> None:
    """A diary as the previous release wrote it: schema 1 only, with some entries."""
    path = paths.history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    history_module.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO reminder_outcomes (reminder_id, due, local_date, outcome, at)"
               " VALUES ('evening', '2026-01-04T21:30:00+01:00', '2026-01-04', 'done',"
               " '2026-01-04T21:31:00+01:00')")
    db.commit()
    db.close()


def test_an_existing_v1_diary_keeps_its_entries_and_gains_app_state(clock):
    a_v1_diary_with_entries(clock)

    history = History(clock=clock)
    assert history.notice is None
    outcomes = history.reminder_outcomes()
    assert [(o.reminder_id, o.local_date, o.outcome) for o in outcomes] == [
        ("evening", date(2026, 1, 4), "done")]
    assert history.get_state("reminders.last_check") is None
    history.set_state("reminders.last_check", "2026-01-05T22:00:00+01:00")
    history.close()

    backup = paths.history_path().with_name("history.sqlite3.bak-v1")
    assert backup.exists()  # the old file is kept before its schema changes
    again = History(clock=clock)
    assert again.get_state("reminders.last_check") == "2026-01-05T22:00:00+01:00"
    version = again._db.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(history_module.MIGRATIONS)
    again.close()


def test_state_values_are_replaced_not_duplicated(clock):
    with History(clock=clock) as history:
        history.set_state("k", "one")
        history.set_state("k", "two")
        history.set_state("other", "")
        assert history.get_state("k") == "two"
        assert history.get_state("other") == ""
        assert history.get_state("missing") is None


def test_state_values_must_be_text(clock):
    with History(clock=clock) as history, pytest.raises(ValueError):
        history.set_state("k", 5)  # type: ignore[arg-type]


@pytest.mark.expected_log("coach.store.history_file", match=r"history .* cannot be opened")
def test_a_diary_in_memory_still_keeps_state_for_the_session(tmp_path, clock):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with History(blocker / "history.sqlite3", clock=clock) as history:
        assert history.notice is not None
        history.set_state("k", "v")
        assert history.get_state("k") == "v"


def test_a_v2_diary_keeps_its_outcomes_and_can_note_dismissed_and_started(clock):
    """Schema 3: a notification closed without an answer is noted as 'dismissed', Start as
    'started' (done only when the routine counted as stretched)."""
    path = paths.history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    history_module.MIGRATIONS[0](db)
    history_module.MIGRATIONS[1](db)
    db.execute("PRAGMA user_version = 2")
    db.execute("INSERT INTO reminder_outcomes (reminder_id, due, local_date, outcome, at)"
               " VALUES ('evening', '2026-01-04T21:30:00+01:00', '2026-01-04', 'done',"
               " '2026-01-04T21:31:00+01:00')")
    db.commit()
    db.close()

    with History(clock=clock) as history:
        due = datetime(2026, 1, 5, 21, 30, tzinfo=BERLIN)
        assert history.record_reminder_outcome("evening", due, date(2026, 1, 5), "dismissed")
        assert history.record_reminder_outcome("evening", due, date(2026, 1, 5), "started")
        later = datetime(2026, 1, 5, 22, 30, tzinfo=BERLIN)  # the time edited to later
        assert history.record_reminder_outcome("evening", later, date(2026, 1, 5), "dismissed")
        assert not history.record_reminder_outcome("evening", later, date(2026, 1, 5),
                                                   "dismissed")
        kept = sorted((o.local_date.isoformat(), o.outcome) for o in history.reminder_outcomes())
    assert kept == [("2026-01-04", "done"), ("2026-01-05", "dismissed"),
                    ("2026-01-05", "dismissed"), ("2026-01-05", "started")]

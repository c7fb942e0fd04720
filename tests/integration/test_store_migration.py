"""Every old diary opens in the current schema with every stored value as it was.

Version-1 and version-2 files are written here from the schema SQL those
releases wrote (spelled out, as in test_store_history_v3.py, so an edit to a
migration cannot make the test agree with itself), opened by the app, and read
back row by row with plain SQL: nothing lost, nothing changed, the 1-5 scale
kept in its own column, and the added 0-10 columns empty.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.store.history import MIGRATIONS, History, severity_0_10
from coach.testing.clock import FakeClock

from old_diaries import V1_SCHEMA, V2_EXTRA

BERLIN = ZoneInfo("Europe/Berlin")
CURRENT = len(MIGRATIONS)


SESSIONS = [
    (1, "evening-stretch", "2025-11-30T21:30:00+01:00", "2025-11-30T21:36:10+01:00", 1, 6, 6,
     300.5, "2025-11-30"),
    (2, "wall-lean-three-times", "2025-12-01T00:40:00+01:00", "2025-12-01T00:41:00+01:00", 0,
     1, 5, 42.25, "2025-11-30"),
    (3, "my-own-routine", "2026-07-01T22:00:00+02:00", "2026-07-01T22:05:00+02:00", 1, 4, 4,
     280.0, "2026-07-01"),
]
CRAMPS = [
    (1, "2025-12-01T03:10:00+01:00", 95.0, "left", 1, "mild one", "2025-11-30",
     "2025-12-01T03:12:00+01:00", "2025-12-01T03:12:00+01:00"),
    (2, "2025-12-02T02:00:00+01:00", 240.5, "right", 5, "woke me up — ночью", "2025-12-01",
     "2025-12-02T02:05:00+01:00", "2025-12-02T09:00:00+01:00"),
    (3, "2025-12-03T23:50:00+01:00", None, None, None, "", "2025-12-03",
     "2025-12-03T23:51:00+01:00", "2025-12-03T23:51:00+01:00"),
    (4, "2026-07-02T04:30:00+02:00", 30.0, "both", 3, "=not a formula", "2026-07-02",
     "2026-07-02T04:31:00+02:00", "2026-07-02T04:31:00+02:00"),
]
OUTCOMES = [
    (1, "evening", "2025-11-30T21:30:00+01:00", "2025-11-30", "shown",
     "2025-11-30T21:30:01+01:00"),
    (2, "evening", "2025-11-30T21:30:00+01:00", "2025-11-30", "done",
     "2025-11-30T21:36:10+01:00"),
    (3, "evening", "2025-12-01T21:30:00+01:00", "2025-12-01", "snoozed",
     "2025-12-01T21:31:00+01:00"),
    (4, "morning", "2025-12-02T08:00:00+01:00", "2025-12-02", "skipped",
     "2025-12-02T08:00:30+01:00"),
    (5, "evening", "2025-12-02T21:30:00+01:00", "2025-12-02", "missed",
     "2025-12-03T07:00:00+01:00"),
]
STATE = [("reminders.last_check", "2026-07-02T21:00:00+02:00"), ("checkin.asked", "2026-07-02")]


def write_old_diary(path: Path, version: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    for statement in V1_SCHEMA + (V2_EXTRA if version >= 2 else ()):
        db.execute(statement)
    db.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", SESSIONS)
    db.executemany("INSERT INTO cramps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", CRAMPS)
    db.executemany("INSERT INTO reminder_outcomes VALUES (?, ?, ?, ?, ?, ?)", OUTCOMES)
    if version >= 2:
        db.executemany("INSERT INTO app_state VALUES (?, ?)", STATE)
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()


def raw(path: Path, query: str) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(query).fetchall()
    finally:
        db.close()


@pytest.mark.parametrize("version", [1, 2])
def test_an_old_diary_keeps_every_value_in_the_current_schema(tmp_path, version):
    path = tmp_path / "diary" / "history.sqlite3"
    write_old_diary(path, version)
    clock = FakeClock(datetime(2026, 7, 3, 8, 0, tzinfo=BERLIN))

    with History(path, clock=clock) as history:
        assert history.notice is None and not history.read_only
        severities = {row.id: (row.severity, row.how_bad, severity_0_10(row))
                      for row in history.cramps()}
        history.set_state("after", "migration")  # the migrated file takes new writes

    assert raw(path, "PRAGMA user_version") == [(CURRENT,)]
    assert CURRENT == 4
    assert raw(path, "SELECT id, routine_id, started, ended, completed, segments_done,"
                     " segments_total, active_s, evening FROM sessions ORDER BY id") == SESSIONS
    assert raw(path, "SELECT id, started, duration_s, leg, severity, note, evening, created,"
                     " updated FROM cramps ORDER BY id") == CRAMPS
    assert raw(path, "SELECT how_bad, sleep_disturbance FROM cramps") == [(None, None)] * 4
    assert raw(path, "SELECT id, reminder_id, due, local_date, outcome, at"
                     " FROM reminder_outcomes ORDER BY id") == OUTCOMES
    state = raw(path, "SELECT key, value FROM app_state WHERE key != 'after' ORDER BY key")
    assert state == (sorted(STATE) if version >= 2 else [])
    for table in ("night_checkins", "day_tags", "programme_events"):
        assert raw(path, f"SELECT COUNT(*) FROM {table}") == [(0,)]
    # The 1-5 scale keeps its meaning and column; read on 0-10 as twice its value.
    assert severities == {1: (1, None, 2), 2: (5, None, 10), 3: (None, None, None),
                          4: (3, None, 6)}
    # The old file was kept, untouched, before migrating.
    backup = path.with_name(f"{path.name}.bak-v{version}")
    assert raw(backup, "PRAGMA user_version") == [(version,)]
    assert raw(backup, "SELECT id, started, duration_s, leg, severity, note, evening, created,"
                       " updated FROM cramps ORDER BY id") == CRAMPS


@pytest.mark.parametrize("version", [1, 2])
def test_an_old_diary_reads_the_same_through_the_app_before_and_after(tmp_path, version):
    """The read-only path (exports) sees the old file as the app sees the migrated one."""
    path = tmp_path / "diary" / "history.sqlite3"
    write_old_diary(path, version)
    with History.open_read_only(path) as old:
        before = (old.sessions(), old.cramps(), old.reminder_outcomes())
    assert raw(path, "PRAGMA user_version") == [(version,)]  # reading did not migrate
    with History(path, clock=FakeClock(datetime(2026, 7, 3, 8, 0, tzinfo=BERLIN))) as new:
        assert (new.sessions(), new.cramps(), new.reminder_outcomes()) == before

"""The diary's schema: one migration per version, applied in order, each a transaction.

Why a list of steps: a user's file may be any released version old, and each
step takes it one version on without touching a stored value. The file's
version is SQLite's ``PRAGMA user_version``; before the first step runs on a
file with data, a copy of it is kept (``migrate``'s ``backup``), so a failed
or faulty migration never costs the diary.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

log = logging.getLogger(__name__)


def _migrate_to_v1(db: sqlite3.Connection) -> None:
    """Create everything."""
    db.execute("""
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            started TEXT NOT NULL,
            ended TEXT NOT NULL,
            completed INTEGER NOT NULL,
            segments_done INTEGER NOT NULL,
            segments_total INTEGER NOT NULL,
            active_s REAL NOT NULL,
            evening TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE cramps (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            duration_s REAL,
            leg TEXT CHECK (leg IN ('left', 'right', 'both') OR leg IS NULL),
            severity INTEGER CHECK (severity BETWEEN 1 AND 5 OR severity IS NULL),
            note TEXT NOT NULL DEFAULT '',
            evening TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE reminder_outcomes (
            id INTEGER PRIMARY KEY,
            reminder_id TEXT NOT NULL,
            due TEXT NOT NULL,
            local_date TEXT NOT NULL,
            outcome TEXT NOT NULL
                CHECK (outcome IN ('shown', 'done', 'snoozed', 'skipped', 'missed')),
            at TEXT NOT NULL,
            UNIQUE (reminder_id, local_date, outcome)
        )""")
    db.execute("CREATE INDEX sessions_evening ON sessions (evening)")
    db.execute("CREATE INDEX cramps_evening ON cramps (evening)")
    db.execute("CREATE INDEX reminder_outcomes_local_date ON reminder_outcomes (local_date)")


def _migrate_to_v2(db: sqlite3.Connection) -> None:
    """A small key/value table for the app's own memory (the reminder scheduler's last
    check and pending snoozes), kept in the diary so it shares its transactions and file."""
    db.execute("""
        CREATE TABLE app_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""")


def _migrate_to_v3(db: sqlite3.Connection) -> None:
    """The richer diary (issue 16), added without touching a stored value.

    - cramps gain ``how_bad`` and ``sleep_disturbance`` (0-10, empty for old
      entries); the 1-5 ``severity`` column stays as it was;
    - ``night_checkins``: the morning check-in's answers, one row per night;
    - ``day_tags``: optional notes about a day (hard exercise, alcohol ...);
    - ``programme_events``: start, pause, resume, restart and end of the
      six-week programme, so its history is part of the diary.
    """
    db.execute("ALTER TABLE cramps ADD COLUMN how_bad INTEGER"
               " CHECK (how_bad BETWEEN 0 AND 10 OR how_bad IS NULL)")
    db.execute("ALTER TABLE cramps ADD COLUMN sleep_disturbance INTEGER"
               " CHECK (sleep_disturbance BETWEEN 0 AND 10 OR sleep_disturbance IS NULL)")
    db.execute("""
        CREATE TABLE night_checkins (
            evening TEXT PRIMARY KEY,
            answer TEXT NOT NULL CHECK (answer IN ('none', 'one', 'several')),
            leg TEXT CHECK (leg IN ('left', 'right', 'both') OR leg IS NULL),
            how_bad INTEGER CHECK (how_bad BETWEEN 0 AND 10 OR how_bad IS NULL),
            sleep_disturbance INTEGER
                CHECK (sleep_disturbance BETWEEN 0 AND 10 OR sleep_disturbance IS NULL),
            at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE day_tags (
            evening TEXT NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (evening, tag)
        )""")
    db.execute("""
        CREATE TABLE programme_events (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL
                CHECK (kind IN ('start', 'pause', 'resume', 'restart', 'end')),
            at TEXT NOT NULL,
            evening TEXT NOT NULL
        )""")


def _migrate_to_v4(db: sqlite3.Connection) -> None:
    """Reminder outcomes gain 'started' and 'dismissed', and one reminder may be answered
    twice on a date when its time was edited to later that day (the due time joins the
    dedupe key). SQLite cannot change a CHECK in place, so the table is rebuilt."""
    db.execute("""
        CREATE TABLE reminder_outcomes_v3 (
            id INTEGER PRIMARY KEY,
            reminder_id TEXT NOT NULL,
            due TEXT NOT NULL,
            local_date TEXT NOT NULL,
            outcome TEXT NOT NULL
                CHECK (outcome IN ('shown', 'started', 'done', 'snoozed', 'skipped',
                                   'dismissed', 'missed')),
            at TEXT NOT NULL,
            UNIQUE (reminder_id, local_date, due, outcome)
        )""")
    db.execute("INSERT INTO reminder_outcomes_v3 (id, reminder_id, due, local_date, outcome, at)"
               " SELECT id, reminder_id, due, local_date, outcome, at FROM reminder_outcomes")
    db.execute("DROP TABLE reminder_outcomes")
    db.execute("ALTER TABLE reminder_outcomes_v3 RENAME TO reminder_outcomes")
    db.execute("CREATE INDEX reminder_outcomes_local_date ON reminder_outcomes (local_date)")


#: MIGRATIONS[n] takes the schema from version n to n + 1, inside one transaction.
#: Append only; never edit a released step. (No executescript: it would commit.)
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _migrate_to_v1, _migrate_to_v2, _migrate_to_v3, _migrate_to_v4]


def current_version() -> int:
    """The schema version this Calf Coach writes (read at call time: tests add a step)."""
    return len(MIGRATIONS)


def migrate(db: sqlite3.Connection, backup: Callable[[sqlite3.Connection, int], None]) -> None:
    """Bring ``db`` up to ``current_version()``, one transaction per step.

    ``backup(db, version)`` is called once before the first step when the file
    already holds a schema (a fresh, empty file has nothing to keep). A step
    that fails is rolled back and raises; the steps before it stay done.
    """
    version = db.execute("PRAGMA user_version").fetchone()[0]
    target = current_version()
    if version >= target:
        return
    has_tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if version > 0 or has_tables:
        backup(db, version)
    for step in range(version, target):
        db.execute("BEGIN")
        try:
            MIGRATIONS[step](db)
            db.execute(f"PRAGMA user_version = {step + 1}")
            db.commit()
        except BaseException:
            db.rollback()
            raise
        log.info("history migrated to schema %d", step + 1)

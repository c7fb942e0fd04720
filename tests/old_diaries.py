"""The diary's schema as earlier releases wrote it to disk, for migration tests.

Written out here rather than taken from ``coach.store.history.MIGRATIONS``: a
migration test must start from what old files really hold, even if a
migration step were changed by mistake.
"""

from __future__ import annotations

#: Diary version 1.
V1_SCHEMA = (
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY, routine_id TEXT NOT NULL, started TEXT NOT NULL,
        ended TEXT NOT NULL, completed INTEGER NOT NULL, segments_done INTEGER NOT NULL,
        segments_total INTEGER NOT NULL, active_s REAL NOT NULL, evening TEXT NOT NULL)""",
    """CREATE TABLE cramps (
        id INTEGER PRIMARY KEY, started TEXT NOT NULL, duration_s REAL,
        leg TEXT CHECK (leg IN ('left', 'right', 'both') OR leg IS NULL),
        severity INTEGER CHECK (severity BETWEEN 1 AND 5 OR severity IS NULL),
        note TEXT NOT NULL DEFAULT '', evening TEXT NOT NULL, created TEXT NOT NULL,
        updated TEXT NOT NULL)""",
    """CREATE TABLE reminder_outcomes (
        id INTEGER PRIMARY KEY, reminder_id TEXT NOT NULL, due TEXT NOT NULL,
        local_date TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('shown', 'done', 'snoozed', 'skipped', 'missed')),
        at TEXT NOT NULL, UNIQUE (reminder_id, local_date, outcome))""",
    "CREATE INDEX sessions_evening ON sessions (evening)",
    "CREATE INDEX cramps_evening ON cramps (evening)",
    "CREATE INDEX reminder_outcomes_local_date ON reminder_outcomes (local_date)",
)
#: Version 2 added the app's own state.
V2_EXTRA = ("CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",)
#: A complete version-2 file.
V2_SCHEMA = (*V1_SCHEMA, *V2_EXTRA, "PRAGMA user_version = 2")

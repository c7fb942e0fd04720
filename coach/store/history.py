"""The diary: sessions played, cramps noted, what happened to each reminder.

SQLite (stdlib) because a crash or a kill must never leave half an entry:
every write is one transaction, and WAL mode keeps the file consistent.
The schema is versioned with ``PRAGMA user_version`` and an ordered list of
migrations; an older file is copied aside before it is migrated. A damaged
file is moved aside (never deleted) and a fresh diary starts, with one plain
sentence for the user in ``notice``. The constructor does not raise for a bad
file, so the app always starts.

``History.open_read_only`` is the other way in, for exports and other readers
that must leave the file exactly as it is: no migration, no backup, nothing
moved aside; a damaged or too-new file raises ``DiaryUnreadable`` instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.i18n import QT_TRANSLATE_NOOP, Tr
from coach.store import paths

if TYPE_CHECKING:
    from coach.engine.clock import Clock

log = logging.getLogger(__name__)

#: The evening day ends at this local time: a stretch at 00:30 counts for the evening before.
EVENING_DAY_ENDS = time(4, 0)
LEGS = ("left", "right", "both")
#: What happened to a reminder: "started" is Start pressed (the routine opened and
#: playing), "done" only when that routine then counted as stretched (see
#: ``coach.insights.counts.counts_as_stretched``); "dismissed" is a notification closed
#: without an answer.
OUTCOMES = ("shown", "started", "done", "snoozed", "skipped", "dismissed", "missed")
#: Things a user may note about a day; recorded and shown, never turned into advice.
TAGS = ("hard_exercise", "long_standing", "little_to_drink", "alcohol", "medicine_change",
        "pregnancy")
#: What the morning check-in's first question allows.
NIGHT_ANSWERS = ("none", "one", "several")
#: The programme's events, kept in the diary so its history survives and is shown.
PROGRAMME_EVENTS = ("start", "pause", "resume", "restart", "end")

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def evening_of(when: datetime) -> date:
    """The evening a moment belongs to: its local date, or the day before if before 04:00.

    Uses the wall-clock time in ``when``'s own zone, so a DST change that night
    does not move the boundary.
    """
    day = when.date()
    if when.time() < EVENING_DAY_ENDS:
        day -= timedelta(days=1)
    return day


# --- rows ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRow:
    id: int
    routine_id: str
    started: datetime
    ended: datetime
    completed: bool
    segments_done: int
    segments_total: int
    active_s: float
    evening: date


@dataclass(frozen=True)
class CrampRow:
    """One cramp. ``severity`` is the original 1-5 scale (1 mild, 5 worst);
    ``how_bad`` and ``sleep_disturbance`` are the 0-10 scales used in studies
    (schema 3 on). See ``severity_0_10`` for how the two scales relate."""

    id: int
    started: datetime
    duration_s: float | None
    leg: str | None
    severity: int | None
    note: str
    evening: date
    how_bad: int | None = None
    sleep_disturbance: int | None = None


def severity_0_10(row: CrampRow) -> int | None:
    """How bad a cramp was on 0-10: ``how_bad`` when noted, else twice the 1-5 ``severity``.

    The 1-5 scale keeps its meaning and its column (nothing stored is rewritten);
    for summaries on one scale its points are read as 2, 4, 6, 8, 10 (5 "worst"
    is the top of both scales). Callers that show the result say when it was
    estimated from the 1-5 scale (``how_bad is None``).
    """
    if row.how_bad is not None:
        return row.how_bad
    if row.severity is not None:
        return 2 * row.severity
    return None


@dataclass(frozen=True)
class NightCheckin:
    """The morning check-in's answers about one night (keyed by its evening)."""

    evening: date
    answer: str  # "none", "one" or "several"
    leg: str | None
    how_bad: int | None  # 0-10
    sleep_disturbance: int | None  # 0-10
    at: datetime


@dataclass(frozen=True)
class ProgrammeEvent:
    """Start, pause, resume, restart or end of the six-week programme."""

    id: int
    kind: str
    at: datetime
    evening: date


@dataclass(frozen=True)
class ReminderOutcomeRow:
    id: int
    reminder_id: str
    due: datetime
    local_date: date
    outcome: str
    at: datetime


# --- schema -------------------------------------------------------------------------


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


# --- helpers ------------------------------------------------------------------------


def _aware_text(when: datetime, name: str) -> str:
    if not isinstance(when, datetime):
        raise ValueError(f"{name} must be a datetime, got {when!r}")
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime (with a time zone)")
    return when.isoformat()


def _check_cramp_fields(fields: dict[str, Any]) -> None:
    duration = fields.get("duration_s")
    if duration is not None and (isinstance(duration, bool)
                                 or not isinstance(duration, int | float) or duration < 0):
        raise ValueError(f"duration_s must be a number of seconds or None, got {duration!r}")
    if "leg" in fields and fields["leg"] is not None and fields["leg"] not in LEGS:
        raise ValueError(f"leg must be one of {', '.join(LEGS)} or None, got {fields['leg']!r}")
    severity = fields.get("severity")
    if severity is not None and (isinstance(severity, bool) or not isinstance(severity, int)
                                 or not 1 <= severity <= 5):
        raise ValueError(f"severity must be 1 to 5 or None, got {severity!r}")
    for name in ("how_bad", "sleep_disturbance"):
        _check_0_10(fields.get(name), name)
    if "note" in fields and not isinstance(fields["note"], str):
        raise ValueError("note must be text")


def _check_0_10(value: Any, name: str) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or not 0 <= value <= 10):
        raise ValueError(f"{name} must be 0 to 10 or None, got {value!r}")


def _check_evening(value: Any, name: str = "evening") -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValueError(f"{name} must be a date, got {value!r}")


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


class HistoryFileText(Tr):
    """Translation context for what the user is told about the history file."""


PUT_ASIDE = QT_TRANSLATE_NOOP(
    "HistoryFileText",
    "Your history file was damaged and has been put aside as {name}; a new, empty history "
    "was started.")
IN_MEMORY = QT_TRANSLATE_NOOP(
    "HistoryFileText",
    "Your history could not be opened, so what you do now will not be kept after you close "
    "the app.")
NEWER = QT_TRANSLATE_NOOP(
    "HistoryFileText",
    "Your history was written by a newer version of Calf Coach; it is shown as it is, and "
    "new entries are not saved until you update.")


class _Damaged(Exception):
    """The file is not a usable SQLite database."""


class DiaryUnreadable(Exception):
    """A read-only open found the diary damaged, too new, or not openable; says which."""


class History:
    """The user's diary in one SQLite file.

    ``notice`` is one plain sentence for the user when the file had to be put
    aside, is from a newer version, or could not be opened at all.
    """

    def __init__(self, path: Path | None = None, *, clock: Clock | None = None) -> None:
        if clock is None:
            from coach.engine.clock import SystemClock

            clock = SystemClock()
        self._clock = clock
        self.path = paths.history_path() if path is None else Path(path)
        self._notice: tuple[str, dict[str, str]] | str | None = None
        self.read_only = False
        self._db = self._open()

    @classmethod
    def open_read_only(cls, path: Path, *, clock: Clock | None = None) -> History:
        """The diary at ``path`` for reading only: the file is never changed.

        Opened through SQLite's ``mode=ro`` URI, so not even a bug here could
        write: no schema migration, no backup copy, no moving a damaged file
        aside (that is the app's job when it starts, and it tells the user).
        An older schema is read as it is (every version has the three diary
        tables; what a later schema added reads as empty). Raises
        ``DiaryUnreadable`` with one plain sentence when the file is damaged,
        from a newer version, or cannot be opened.
        """
        self = cls.__new__(cls)
        if clock is None:
            from coach.engine.clock import SystemClock

            clock = SystemClock()
        self._clock = clock
        self.path = Path(path)
        self._notice = None
        self.read_only = True
        self._db = self._open_read_only_file()
        return self

    # --- opening ---------------------------------------------------------------

    def _open_read_only_file(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri() + "?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True, timeout=5.0)
        except sqlite3.Error as exc:
            raise DiaryUnreadable(f"{self.path} cannot be opened ({exc})") from exc
        try:
            db.execute("PRAGMA query_only = ON")
            result = db.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise DiaryUnreadable(
                    f"{self.path} is damaged "
                    f"({result[0] if result else 'no answer from the check'}); it was left "
                    "as it is")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise DiaryUnreadable(
                    f"{self.path} was written by a newer version of Calf Coach "
                    f"(schema {version}; this version reads up to {len(MIGRATIONS)}); "
                    "update Calf Coach to export it")
            tables = {row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and not tables:
                # An empty file: read it as an empty diary, built in memory, not in the file.
                db.close()
                db = sqlite3.connect(":memory:")
                self._migrate(db)
            return db
        except DiaryUnreadable:
            db.close()
            raise
        except sqlite3.Error as exc:
            db.close()
            if _primary_code(exc) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
                raise DiaryUnreadable(
                    f"{self.path} is damaged ({exc}); it was left as it is") from exc
            raise DiaryUnreadable(f"{self.path} cannot be read ({exc})") from exc

    @property
    def notice(self) -> str | None:
        """One sentence for the user, worded when read (in the language installed now)."""
        if self._notice is None or isinstance(self._notice, str):
            return self._notice
        template, values = self._notice
        return HistoryFileText.tr(template).format(**values)

    @notice.setter
    def notice(self, text: str | None) -> None:
        """An already worded sentence (or None to clear it)."""
        self._notice = text

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                return self._open_file()
            except _Damaged as exc:
                log.warning("history %s is damaged (%s)", self.path, exc)
                aside = self._put_aside()
                self._notice = (PUT_ASIDE, {"name": aside.name})
                return self._open_file()
        except (OSError, sqlite3.Error, _Damaged) as exc:
            log.warning("history %s cannot be opened (%s); using memory", self.path, exc)
            self._notice = (IN_MEMORY, {})
            db = sqlite3.connect(":memory:")
            self._configure(db)
            try:
                self._migrate(db)
            except sqlite3.Error:  # each step is a transaction: the good ones stay
                log.exception("history schema could not be built in memory either")
            return db

    def _open_file(self) -> sqlite3.Connection:
        """Connect, check the file, bring the schema up to date."""
        db = sqlite3.connect(self.path, timeout=5.0)
        try:
            try:
                result = db.execute("PRAGMA quick_check").fetchone()
                if result is None or result[0] != "ok":
                    raise _Damaged(f"quick_check: {result[0] if result else 'no answer'}")
                version = db.execute("PRAGMA user_version").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                if _primary_code(exc) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
                    raise _Damaged(str(exc)) from exc
                raise
            if version > len(MIGRATIONS):
                # Written by a newer version: leave its schema and data exactly as they are.
                db.execute("PRAGMA query_only = ON")
                self.read_only = True
                self._notice = (NEWER, {})
                return db
            self._configure(db)
            self._migrate(db)
            return db
        except BaseException:
            db.close()
            raise

    @staticmethod
    def _configure(db: sqlite3.Connection) -> None:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        target = len(MIGRATIONS)
        if version >= target:
            return
        has_tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if version > 0 or has_tables:
            self._backup_before_migrating(db, version)
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

    def _backup_before_migrating(self, db: sqlite3.Connection, version: int) -> None:
        if db.execute("PRAGMA database_list").fetchone()[2] == "":
            return  # in memory: nothing to keep
        target = self.path.with_name(f"{self.path.name}.bak-v{version}")
        copy = sqlite3.connect(target)
        try:
            db.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
        log.info("history backed up to %s before migrating", target)

    def _put_aside(self) -> Path:
        stamp = f"{self._clock.now():%Y%m%d-%H%M%S}"
        base = f"{self.path.name}.damaged-{stamp}"
        name = base
        n = 1
        while self.path.with_name(name).exists():
            n += 1
            name = f"{base}-{n}"
        target = self.path.with_name(name)
        os.replace(self.path, target)
        for suffix in ("-wal", "-shm", "-journal"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                os.replace(side, self.path.with_name(name + suffix))
        return target

    def close(self) -> None:
        """Close the file; safe to call twice."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- sessions --------------------------------------------------------------

    def add_session(self, routine_id: str, started: datetime, ended: datetime,
                    completed: bool, segments_done: int, segments_total: int,
                    active_s: float) -> int:
        """Record a finished or abandoned routine; returns its id."""
        row = (str(routine_id), _aware_text(started, "started"), _aware_text(ended, "ended"),
               int(bool(completed)), int(segments_done), int(segments_total),
               float(active_s), evening_of(started).isoformat())
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO sessions (routine_id, started, ended, completed, segments_done,"
                " segments_total, active_s, evening) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
        return int(cursor.lastrowid or 0)

    def sessions(self, since: date | None = None) -> list[SessionRow]:
        """Sessions from the evening ``since`` on (all when None), newest first."""
        rows = self._select(
            "SELECT id, routine_id, started, ended, completed, segments_done, segments_total,"
            " active_s, evening FROM sessions", since, "evening")
        result = [SessionRow(r[0], r[1], datetime.fromisoformat(r[2]),
                             datetime.fromisoformat(r[3]), bool(r[4]), r[5], r[6], r[7],
                             date.fromisoformat(r[8])) for r in rows]
        result.sort(key=lambda s: (s.started, s.id), reverse=True)
        return result

    # --- cramps ----------------------------------------------------------------

    def add_cramp(self, started: datetime, duration_s: float | None, leg: str | None,
                  severity: int | None, note: str = "", *, how_bad: int | None = None,
                  sleep_disturbance: int | None = None) -> int:
        """Record a cramp; returns its id. ``severity`` is 1-5, the other two 0-10."""
        _check_cramp_fields({"duration_s": duration_s, "leg": leg, "severity": severity,
                             "note": note, "how_bad": how_bad,
                             "sleep_disturbance": sleep_disturbance})
        now = _aware_text(self._clock.now(), "clock.now()")
        row = (_aware_text(started, "started"),
               None if duration_s is None else float(duration_s), leg, severity, note,
               evening_of(started).isoformat(), now, now, how_bad, sleep_disturbance)
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO cramps (started, duration_s, leg, severity, note, evening,"
                " created, updated, how_bad, sleep_disturbance)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        return int(cursor.lastrowid or 0)

    def update_cramp(self, cramp_id: int, **fields: Any) -> bool:
        """Change some of started, duration_s, leg, severity, note, how_bad,
        sleep_disturbance; False if no such entry."""
        unknown = set(fields) - {"started", "duration_s", "leg", "severity", "note", "how_bad",
                                 "sleep_disturbance"}
        if unknown:
            raise ValueError(f"cannot change {', '.join(sorted(unknown))} of a cramp entry")
        _check_cramp_fields(fields)
        values: dict[str, Any] = dict(fields)
        if "started" in fields:
            values["started"] = _aware_text(fields["started"], "started")
            values["evening"] = evening_of(fields["started"]).isoformat()
        if values.get("duration_s") is not None:
            values["duration_s"] = float(values["duration_s"])
        values["updated"] = _aware_text(self._clock.now(), "clock.now()")
        assignments = ", ".join(f"{column} = :{column}" for column in values)
        with self._db:
            cursor = self._db.execute(f"UPDATE cramps SET {assignments} WHERE id = :_id",
                                      {**values, "_id": int(cramp_id)})
        return cursor.rowcount == 1

    def delete_cramp(self, cramp_id: int) -> bool:
        """Remove a cramp entry; False if there was none."""
        with self._db:
            cursor = self._db.execute("DELETE FROM cramps WHERE id = ?", (int(cramp_id),))
        return cursor.rowcount == 1

    def cramps(self, since: date | None = None) -> list[CrampRow]:
        """Cramps from the evening ``since`` on (all when None), newest first.

        An older diary opened read-only has no 0-10 columns: they read as empty.
        """
        extra = ("how_bad, sleep_disturbance" if "how_bad" in self._columns("cramps")
                 else "NULL, NULL")
        rows = self._select("SELECT id, started, duration_s, leg, severity, note, evening,"
                            f" {extra} FROM cramps", since, "evening")
        result = [CrampRow(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5],
                           date.fromisoformat(r[6]), r[7], r[8]) for r in rows]
        result.sort(key=lambda c: (c.started, c.id), reverse=True)
        return result

    # --- morning check-in ---------------------------------------------------------

    def set_night_checkin(self, evening: date, answer: str, leg: str | None = None,
                          how_bad: int | None = None,
                          sleep_disturbance: int | None = None) -> None:
        """Keep the morning check-in's answers for the night after ``evening`` (replacing
        an earlier answer for the same night)."""
        _check_evening(evening)
        if answer not in NIGHT_ANSWERS:
            raise ValueError(f"answer must be one of {', '.join(NIGHT_ANSWERS)}, got {answer!r}")
        _check_cramp_fields({"leg": leg, "how_bad": how_bad,
                             "sleep_disturbance": sleep_disturbance})
        row = (evening.isoformat(), answer, leg, how_bad, sleep_disturbance,
               _aware_text(self._clock.now(), "clock.now()"))
        with self._db:
            self._db.execute(
                "INSERT INTO night_checkins (evening, answer, leg, how_bad, sleep_disturbance,"
                " at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (evening) DO UPDATE SET"
                " answer = excluded.answer, leg = excluded.leg, how_bad = excluded.how_bad,"
                " sleep_disturbance = excluded.sleep_disturbance, at = excluded.at", row)

    def night_checkins(self, since: date | None = None) -> list[NightCheckin]:
        """Check-ins from the evening ``since`` on, newest first (none in an older diary)."""
        if not self._has_table("night_checkins"):
            return []
        rows = self._select("SELECT evening, answer, leg, how_bad, sleep_disturbance, at"
                            " FROM night_checkins", since, "evening")
        result = [NightCheckin(date.fromisoformat(r[0]), r[1], r[2], r[3], r[4],
                               datetime.fromisoformat(r[5])) for r in rows]
        result.sort(key=lambda c: c.evening, reverse=True)
        return result

    # --- day tags -------------------------------------------------------------------

    def set_tags(self, evening: date, tags: Iterable[str]) -> None:
        """The tags of one day (its evening), replacing what was there (one transaction)."""
        _check_evening(evening)
        wanted = sorted(set(tags))
        bad = [t for t in wanted if t not in TAGS]
        if bad:
            raise ValueError(f"unknown tag {bad[0]!r}; tags are {', '.join(TAGS)}")
        with self._db:
            self._db.execute("DELETE FROM day_tags WHERE evening = ?", (evening.isoformat(),))
            self._db.executemany("INSERT INTO day_tags (evening, tag) VALUES (?, ?)",
                                 [(evening.isoformat(), t) for t in wanted])

    def tags(self, since: date | None = None) -> dict[date, tuple[str, ...]]:
        """Tags by evening from ``since`` on (all when None); days without tags are absent."""
        if not self._has_table("day_tags"):
            return {}
        result: dict[date, list[str]] = {}
        for evening, tag in self._select("SELECT evening, tag FROM day_tags", since, "evening"):
            result.setdefault(date.fromisoformat(evening), []).append(tag)
        return {day: tuple(sorted(found, key=lambda t: TAGS.index(t) if t in TAGS else 99))
                for day, found in sorted(result.items())}

    # --- programme events -----------------------------------------------------------

    def add_programme_event(self, kind: str, at: datetime | None = None) -> int:
        """Note that the programme was started, paused, resumed, restarted or ended."""
        if kind not in PROGRAMME_EVENTS:
            raise ValueError(f"kind must be one of {', '.join(PROGRAMME_EVENTS)}, got {kind!r}")
        when = self._clock.now() if at is None else at
        row = (kind, _aware_text(when, "at"), evening_of(when).isoformat())
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO programme_events (kind, at, evening) VALUES (?, ?, ?)", row)
        return int(cursor.lastrowid or 0)

    def programme_events(self) -> list[ProgrammeEvent]:
        """Every programme event, oldest first (none in an older diary)."""
        if not self._has_table("programme_events"):
            return []
        rows = self._db.execute("SELECT id, kind, at, evening FROM programme_events").fetchall()
        result = [ProgrammeEvent(r[0], r[1], datetime.fromisoformat(r[2]),
                                 date.fromisoformat(r[3])) for r in rows]
        result.sort(key=lambda e: (e.at, e.id))
        return result

    # --- schema questions (an older file read as it is) --------------------------------

    def _has_table(self, name: str) -> bool:
        return self._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                (name,)).fetchone() is not None

    def _columns(self, table: str) -> set[str]:
        return {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}

    # --- reminder outcomes -------------------------------------------------------

    def record_reminder_outcome(self, reminder_id: str, due: datetime, local_date: date,
                                outcome: str) -> bool:
        """Note what happened to a reminder on a day; False if that was already noted.

        (reminder id, local date, due, outcome) is the dedupe key that keeps a
        restart or a clock step from showing the same reminder twice.
        """
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, got {outcome!r}")
        if not isinstance(local_date, date) or isinstance(local_date, datetime):
            raise ValueError(f"local_date must be a date, got {local_date!r}")
        row = (str(reminder_id), _aware_text(due, "due"), local_date.isoformat(), outcome,
               _aware_text(self._clock.now(), "clock.now()"))
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO reminder_outcomes (reminder_id, due, local_date, outcome, at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (reminder_id, local_date, due, outcome) DO NOTHING", row)
        return cursor.rowcount == 1

    def reminder_outcomes(self, since: date | None = None) -> list[ReminderOutcomeRow]:
        """Outcomes from the local date ``since`` on (all when None), newest first."""
        rows = self._select("SELECT id, reminder_id, due, local_date, outcome, at"
                            " FROM reminder_outcomes", since, "local_date")
        result = [ReminderOutcomeRow(r[0], r[1], datetime.fromisoformat(r[2]),
                                     date.fromisoformat(r[3]), r[4],
                                     datetime.fromisoformat(r[5])) for r in rows]
        result.sort(key=lambda o: (o.due, o.at, o.id), reverse=True)
        return result

    # --- app state ---------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        """A value the app keeps between runs (not diary data), or None if never set."""
        row = self._db.execute("SELECT value FROM app_state WHERE key = ?",
                               (str(key),)).fetchone()
        return None if row is None else str(row[0])

    def set_state(self, key: str, value: str) -> None:
        """Keep ``value`` under ``key``, replacing what was there (one transaction)."""
        if not isinstance(value, str):
            raise ValueError(f"state values are text, got {value!r}")
        with self._db:
            self._db.execute("INSERT INTO app_state (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             (str(key), value))

    def _select(self, query: str, since: date | None, column: str) -> list[tuple]:
        if since is None:
            return self._db.execute(query).fetchall()
        return self._db.execute(f"{query} WHERE {column} >= ?", (since.isoformat(),)).fetchall()

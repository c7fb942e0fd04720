"""The diary: sessions played, cramps noted, what happened to each reminder.

SQLite (stdlib) because a crash or a kill must never leave half an entry:
every write is one transaction, and WAL mode keeps the file consistent. This
module is the diary's face: ``History`` writes and reads entries. How the
file is opened, checked, put aside or migrated is ``history_file`` and
``history_schema``; the row types and the words the columns allow are
``history_rows``; the checks on values written are ``history_checks``. The
names callers know are re-exported here.

The constructor does not raise for a bad file, so the app always starts
(``notice`` says what happened). ``History.open_read_only`` is the other way
in, for exports and other readers that must leave the file exactly as it is;
it raises ``DiaryUnreadable`` instead.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from coach.store import history_file, paths
from coach.store.history_checks import aware_text, check_cramp_fields, check_day
from coach.store.history_file import (
    IN_MEMORY,
    NEWER,
    PUT_ASIDE,
    DiaryUnreadable,
    HistoryFileText,
    Notice,
)
from coach.store.history_rows import (
    CRAMP_FIELDS,
    EVENING_DAY_ENDS,
    LEGS,
    NIGHT_ANSWERS,
    OUTCOMES,
    PROGRAMME_EVENTS,
    TAGS,
    CrampRow,
    NightCheckin,
    ProgrammeEvent,
    ReminderOutcomeRow,
    SessionRow,
    evening_of,
    severity_0_10,
)
from coach.store.history_schema import MIGRATIONS

if TYPE_CHECKING:
    from coach.engine.clock import Clock

__all__ = ["EVENING_DAY_ENDS", "IN_MEMORY", "LEGS", "MIGRATIONS", "NEWER", "NIGHT_ANSWERS",
           "OUTCOMES", "PROGRAMME_EVENTS", "PUT_ASIDE", "TAGS", "CrampRow", "DiaryUnreadable",
           "History", "HistoryFileText", "NightCheckin", "ProgrammeEvent",
           "ReminderOutcomeRow", "SessionRow", "evening_of", "severity_0_10"]


def _system_clock() -> Clock:
    from coach.engine.clock import SystemClock

    return SystemClock()


#: What reading or changing the diary may raise (the file locked, damaged or gone;
#: a value it refuses): the screens catch these and say so in one line.
STORE_ERRORS = (sqlite3.Error, ValueError)


class History:
    """The user's diary in one SQLite file.

    ``notice`` is one plain sentence for the user when the file had to be put
    aside, is from a newer version, or could not be opened at all.
    ``read_only``: a newer version's file, or one opened by ``open_read_only``.
    """

    def __init__(self, path: Path | None = None, *, clock: Clock | None = None) -> None:
        self._clock = _system_clock() if clock is None else clock
        self.path = paths.history_path() if path is None else Path(path)
        opened = history_file.open_for_app(self.path, self._clock)
        self._db = opened.db
        self.read_only = opened.read_only
        self._notice: Notice | str | None = opened.notice

    @classmethod
    def open_read_only(cls, path: Path, *, clock: Clock | None = None) -> History:
        """The diary at ``path`` for reading only: the file is never changed.

        No schema migration, no backup copy, no moving a damaged file aside
        (that is the app's job when it starts, and it tells the user). Raises
        ``DiaryUnreadable`` with one plain sentence when the file is damaged,
        from a newer version, or cannot be opened (``history_file.open_read_only``).
        """
        self = cls.__new__(cls)
        self._clock = _system_clock() if clock is None else clock
        self.path = Path(path)
        self._notice = None
        self.read_only = True
        self._db = history_file.open_read_only(self.path)
        return self

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
        row = (str(routine_id), aware_text(started, "started"), aware_text(ended, "ended"),
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
        check_cramp_fields({"duration_s": duration_s, "leg": leg, "severity": severity,
                             "note": note, "how_bad": how_bad,
                             "sleep_disturbance": sleep_disturbance})
        now = aware_text(self._clock.now(), "clock.now()")
        row = (aware_text(started, "started"),
               None if duration_s is None else float(duration_s), leg, severity, note,
               evening_of(started).isoformat(), now, now, how_bad, sleep_disturbance)
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO cramps (started, duration_s, leg, severity, note, evening,"
                " created, updated, how_bad, sleep_disturbance)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        return int(cursor.lastrowid or 0)

    def update_cramp(self, cramp_id: int, **fields: object) -> bool:
        """Change some of started, duration_s, leg, severity, note, how_bad,
        sleep_disturbance; False if no such entry."""
        unknown = set(fields) - set(CRAMP_FIELDS)
        if unknown:
            raise ValueError(f"cannot change {', '.join(sorted(unknown))} of a cramp entry")
        check_cramp_fields(fields)
        values: dict[str, object] = dict(fields)
        if "started" in fields:
            started = fields["started"]
            values["started"] = aware_text(started, "started")  # raises unless aware
            values["evening"] = evening_of(cast(datetime, started)).isoformat()
        duration = values.get("duration_s")
        if isinstance(duration, int | float):  # checked above: a number or None
            values["duration_s"] = float(duration)
        values["updated"] = aware_text(self._clock.now(), "clock.now()")
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
        check_day(evening)
        if answer not in NIGHT_ANSWERS:
            raise ValueError(f"answer must be one of {', '.join(NIGHT_ANSWERS)}, got {answer!r}")
        check_cramp_fields({"leg": leg, "how_bad": how_bad,
                             "sleep_disturbance": sleep_disturbance})
        row = (evening.isoformat(), answer, leg, how_bad, sleep_disturbance,
               aware_text(self._clock.now(), "clock.now()"))
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
        check_day(evening)
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
        row = (kind, aware_text(when, "at"), evening_of(when).isoformat())
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
        check_day(local_date, "local_date")
        row = (str(reminder_id), aware_text(due, "due"), local_date.isoformat(), outcome,
               aware_text(self._clock.now(), "clock.now()"))
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

    # tuple[Any, ...]: a SQLite row, read by the row classes' from_row.
    def _select(self, query: str, since: date | None, column: str) -> list[tuple[Any, ...]]:
        if since is None:
            return self._db.execute(query).fetchall()
        return self._db.execute(f"{query} WHERE {column} >= ?", (since.isoformat(),)).fetchall()

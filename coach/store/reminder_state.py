"""The reminder scheduler's memory across restarts, kept in the diary file.

What it remembers, and why:

- ``last_check``: the end of the interval the scheduler has already looked at,
  so after a restart it can tell what was missed while the app was closed.
  Written at most once per check and only when it moved forward by a minute or
  more (or backwards at all): a lagging value is harmless, because every
  occurrence inside the lag is already *handled* (see below).
- outcomes, in the diary's ``reminder_outcomes`` table: an occurrence is
  **handled** as soon as *any* outcome is recorded for its reminder, local
  date and wall time: 'shown' (on time or as the catch-up prompt), 'started',
  'done', 'snoozed', 'skipped', 'dismissed' or 'missed'. The wall time is part
  of it so that a reminder whose time is edited to later the same day rings
  again at its new time (the user asked for that time); an edit that keeps the
  time (days, label) changes nothing. The scheduler records 'shown' *before* it emits, so a
  second check, a clock stepped back or a restart never presents the same
  reminder on the same date again. The only way an occurrence comes back is
  its own snooze, which is kept separately.
- snoozes: reminder id -> (wall-clock instant, occurrence), as JSON; an
  instant, not a countdown, so it survives suspend and restart.

If the diary cannot be written (a file from a newer version is read-only), the
memory still works for this session and a warning is logged once.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import UTC, date, datetime, timedelta

from coach.engine.schedule import Occurrence, ReminderOutcome
from coach.store.history import History

log = logging.getLogger(__name__)

LAST_CHECK_KEY = "reminders.last_check"
SNOOZES_KEY = "reminders.snoozes"
#: A forward move smaller than this is not written (the scheduler checks every minute).
LAST_CHECK_RESOLUTION = timedelta(minutes=1)


def _aware(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None and when.utcoffset() is not None else None


def _wall(when: datetime) -> str:
    """The wall-clock time a due time was read as ("21:30"), whatever its offset."""
    return f"{when:%H:%M}"


def _outcome(text: str) -> ReminderOutcome | None:
    """A stored outcome as the enum; a word this version does not know (a newer
    diary) is left out of ``outcomes`` but still makes the occurrence handled."""
    try:
        return ReminderOutcome(text)
    except ValueError:
        log.warning("reminder outcome %r is not known to this version; ignored", text)
        return None


def _handled_key(occurrence: Occurrence) -> str:
    return f"{occurrence.key}@{_wall(occurrence.due)}"


class ReminderState:
    """``last_check``, handled occurrences and snoozes, on top of a ``History``."""

    def __init__(self, history: History) -> None:
        self._history = history
        self._last_check: datetime | None = None
        self._last_check_loaded = False
        self._handled: set[str] = set()
        self._recorded: set[tuple[str, ReminderOutcome]] = set()
        self._snoozes: dict[str, tuple[datetime, Occurrence]] | None = None
        self._write_failed = False

    # --- storage helpers ---------------------------------------------------------

    def _read(self, key: str) -> str | None:
        try:
            return self._history.get_state(key)
        except sqlite3.Error as exc:
            log.warning("reminder state %s could not be read (%s)", key, exc)
            return None

    def _write(self, key: str, value: str) -> None:
        try:
            self._history.set_state(key, value)
        except sqlite3.Error as exc:
            self._warn_write(exc)

    def _warn_write(self, exc: sqlite3.Error) -> None:
        if not self._write_failed:
            self._write_failed = True
            log.warning("reminder state cannot be saved (%s); it is kept for this session", exc)

    # --- last check --------------------------------------------------------------

    def last_check(self) -> datetime | None:
        """The end of the interval already looked at, or None on the very first run."""
        if not self._last_check_loaded:
            self._last_check_loaded = True
            text = self._read(LAST_CHECK_KEY)
            self._last_check = _aware(text)
            if text is not None and self._last_check is None:
                log.warning("reminder last check %r is not a time; starting afresh", text)
        return self._last_check

    def set_last_check(self, when: datetime) -> None:
        """Remember ``when``; small forward moves are not written (see the module doc)."""
        if when.tzinfo is None or when.utcoffset() is None:
            raise ValueError("last check must be an aware datetime")
        previous = self.last_check()
        if previous is not None:
            moved = when.astimezone(UTC) - previous.astimezone(UTC)
            if timedelta(0) <= moved < LAST_CHECK_RESOLUTION:
                return
        self._last_check = when
        self._write(LAST_CHECK_KEY, when.isoformat())

    # --- outcomes ----------------------------------------------------------------

    def handled(self, occurrence: Occurrence) -> bool:
        """True once any outcome is recorded for this reminder at this local date and time."""
        key = _handled_key(occurrence)
        if key in self._handled:
            return True
        try:
            rows = self._history.reminder_outcomes(since=occurrence.local_date)
        except sqlite3.Error as exc:
            log.warning("reminder outcomes could not be read (%s)", exc)
            return False
        wall = _wall(occurrence.due)
        if any(row.reminder_id == occurrence.reminder_id
               and row.local_date == occurrence.local_date and _wall(row.due) == wall
               for row in rows):
            self._handled.add(key)
            return True
        return False

    def outcomes(self, occurrence: Occurrence) -> set[ReminderOutcome]:
        """Every outcome noted for this occurrence (this session's, if the diary fails)."""
        try:
            rows = self._history.reminder_outcomes(since=occurrence.local_date)
        except sqlite3.Error:
            return {outcome for key, outcome in self._recorded
                    if key == _handled_key(occurrence)}
        wall = _wall(occurrence.due)
        return {outcome for row in rows
                if row.reminder_id == occurrence.reminder_id
                and row.local_date == occurrence.local_date and _wall(row.due) == wall
                and (outcome := _outcome(row.outcome)) is not None}

    def record(self, occurrence: Occurrence, outcome: ReminderOutcome) -> bool:
        """Note an outcome in the diary; False if it was already noted."""
        self._handled.add(_handled_key(occurrence))
        noted = (_handled_key(occurrence), outcome)
        try:
            new = self._history.record_reminder_outcome(
                occurrence.reminder_id, occurrence.due, occurrence.local_date, outcome)
        except sqlite3.Error as exc:
            self._warn_write(exc)
            new = noted not in self._recorded
        self._recorded.add(noted)
        return new

    # --- snoozes -----------------------------------------------------------------

    def snoozes(self) -> dict[str, tuple[datetime, Occurrence]]:
        """Pending snoozes by reminder id: (when to remind again, the occurrence)."""
        if self._snoozes is None:
            self._snoozes = self._load_snoozes()
        return dict(self._snoozes)

    def set_snooze(self, occurrence: Occurrence, until: datetime) -> None:
        """Remind about ``occurrence`` again at the instant ``until`` (replaces any other
        snooze of the same reminder)."""
        if until.tzinfo is None or until.utcoffset() is None:
            raise ValueError("a snooze needs an aware time")
        snoozes = self.snoozes()
        snoozes[occurrence.reminder_id] = (until, occurrence)
        self._save_snoozes(snoozes)

    def clear_snooze(self, reminder_id: str) -> None:
        """Forget the snooze of a reminder, if there is one."""
        snoozes = self.snoozes()
        if snoozes.pop(reminder_id, None) is not None:
            self._save_snoozes(snoozes)

    def _save_snoozes(self, snoozes: dict[str, tuple[datetime, Occurrence]]) -> None:
        self._snoozes = snoozes
        document = {rid: {"until": until.isoformat(), "due": occ.due.isoformat(),
                          "local_date": occ.local_date.isoformat()}
                    for rid, (until, occ) in snoozes.items()}
        self._write(SNOOZES_KEY, json.dumps(document, sort_keys=True))

    def _load_snoozes(self) -> dict[str, tuple[datetime, Occurrence]]:
        text = self._read(SNOOZES_KEY)
        if text is None:
            return {}
        try:
            document = json.loads(text)
        except ValueError:
            log.warning("stored snoozes are not readable; they are dropped")
            return {}
        result: dict[str, tuple[datetime, Occurrence]] = {}
        if not isinstance(document, dict):
            return result
        for rid, item in document.items():
            if not isinstance(item, dict):
                continue
            until, due = _aware(item.get("until")), _aware(item.get("due"))
            try:
                local_date = date.fromisoformat(str(item.get("local_date")))
            except ValueError:
                continue
            if until is not None and due is not None:
                result[str(rid)] = (until, Occurrence(str(rid), due, local_date))
        return result

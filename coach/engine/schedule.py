"""When reminders are due: pure functions over wall-clock time (no Qt, no I/O).

A reminder is a local wall time on some weekdays ("21:30, Mon-Fri"). Turning
that into instants is where other apps go wrong, so the rules are explicit:

- DST gap (the wall time does not exist that night, e.g. 02:30 when clocks jump
  02:00 -> 03:00): the occurrence is shifted *forward* by the length of the gap
  (02:30 -> 03:30; on Lord Howe, with its 30-minute shift, 02:15 -> 02:45).
  A selected day is never skipped.
- DST overlap (the wall time happens twice): only the first one (``fold=0``).
- Each occurrence belongs to the calendar date it is *for* (``local_date``), in
  the zone it was computed in; ``reminder id @ local date`` is the dedupe key.

All comparisons go through UTC: Python compares two datetimes that share a
``tzinfo`` by their wall reading and ignores ``fold``, which is wrong in an
overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

#: Weekday names as the settings file writes them; index = ``date.weekday()``.
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

#: How far ``next_occurrence`` looks: one week covers any non-empty set of weekdays,
#: the eighth day covers a today that is already past.
SEARCH_DAYS = 8

#: The longest stretch ``occurrences_between`` enumerates. After a machine was off
#: for months, the older occurrences would only be written down as "missed" one by
#: one: that costs start-up time and fills the diary with noise nobody reads, while
#: the last two months are enough for the history screen's streaks and charts.
MAX_CATCH_UP = timedelta(days=60)


@dataclass(frozen=True)
class Reminder:
    """A local wall time on some weekdays (0 = Monday ... 6 = Sunday)."""

    id: str
    time: time
    days: frozenset[int]
    routine: str
    label: str
    enabled: bool = True

    @classmethod
    def from_setting(cls, d: Mapping[str, Any]) -> Reminder:
        """From the settings form ``{"id", "time": "HH:MM", "days": ["mon", ...], ...}``.

        Raises ValueError for a malformed entry (settings has already cleaned
        them, so this only guards against hand-built dicts).
        """
        rid = d.get("id")
        if not isinstance(rid, str) or not rid:
            raise ValueError(f"reminder needs a text id, got {rid!r}")
        text = d.get("time")
        try:
            hours, minutes = str(text).strip().split(":")
            wall = time(int(hours), int(minutes))
        except (ValueError, TypeError):
            raise ValueError(f"reminder {rid}: time must be HH:MM, got {text!r}") from None
        names = d.get("days", DAY_NAMES)
        try:
            days = frozenset(DAY_NAMES.index(str(name).lower()) for name in names)
        except ValueError:
            raise ValueError(f"reminder {rid}: days must be among {DAY_NAMES}, "
                             f"got {names!r}") from None
        return cls(id=rid, time=wall, days=days, routine=str(d.get("routine", "")),
                   label=str(d.get("label", "")), enabled=bool(d.get("enabled", True)))

    def to_setting(self) -> dict[str, Any]:
        """The settings form; days in week order."""
        return {
            "id": self.id,
            "time": f"{self.time.hour:02d}:{self.time.minute:02d}",
            "days": [DAY_NAMES[n] for n in sorted(self.days)],
            "routine": self.routine,
            "label": self.label,
            "enabled": self.enabled,
        }


@dataclass(frozen=True)
class Occurrence:
    """One instant a reminder is due, and the local date it is for."""

    reminder_id: str
    due: datetime
    local_date: date

    @property
    def key(self) -> str:
        """The dedupe key: one reminder fires at most once per local date."""
        return f"{self.reminder_id}@{self.local_date.isoformat()}"


def _utc(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"need an aware datetime, got {when!r}")
    return when.astimezone(UTC)


def occurrence_on(reminder: Reminder, day: date, tz: tzinfo) -> Occurrence | None:
    """The reminder on ``day`` in ``tz``; None if disabled or that weekday is not selected.

    With ``fold=0``, a wall time inside a gap is read with the offset from before
    the jump; the instant that reading names (its timestamp), shown in ``tz``
    again, lands exactly one gap later, which is the forward shift we want. In
    an overlap ``fold=0`` is the first pass.
    """
    if not reminder.enabled or day.weekday() not in reminder.days:
        return None
    wall = datetime.combine(day, reminder.time, tzinfo=tz)  # fold=0
    due = datetime.fromtimestamp(wall.timestamp(), tz)
    return Occurrence(reminder.id, due, day)


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def next_occurrence(reminder: Reminder, after: datetime, tz: tzinfo) -> Occurrence | None:
    """The first occurrence strictly after ``after`` (None if there is none in 8 days)."""
    limit = _utc(after)
    start = limit.astimezone(tz).date() - timedelta(days=1)  # yesterday's, shifted by a gap
    for day in _days(start, start + timedelta(days=SEARCH_DAYS + 1)):
        occurrence = occurrence_on(reminder, day, tz)
        if occurrence is not None and _utc(occurrence.due) > limit:
            return occurrence
    return None


def occurrences_between(reminder: Reminder, start: datetime, end: datetime,
                        tz: tzinfo) -> list[Occurrence]:
    """Occurrences in ``(start, end]``, oldest first; at most the last ``MAX_CATCH_UP``."""
    low, high = _utc(start), _utc(end)
    if high <= low:
        return []
    low = max(low, high - MAX_CATCH_UP)
    first = low.astimezone(tz).date() - timedelta(days=1)
    last = high.astimezone(tz).date() + timedelta(days=1)
    found = []
    for day in _days(first, last):
        occurrence = occurrence_on(reminder, day, tz)
        if occurrence is not None and low < _utc(occurrence.due) <= high:
            found.append(occurrence)
    found.sort(key=lambda o: _utc(o.due))
    return found


def next_due(reminders: Iterable[Reminder], after: datetime, tz: tzinfo) -> Occurrence | None:
    """The soonest occurrence strictly after ``after`` over all enabled reminders.

    Ties (two reminders at the same minute) go to the smaller id, so the answer
    is stable.
    """
    candidates = [o for r in reminders if r.enabled
                  if (o := next_occurrence(r, after, tz)) is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda o: (_utc(o.due), o.reminder_id))

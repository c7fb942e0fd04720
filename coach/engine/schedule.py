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

A reminder may instead be "N minutes before bedtime" (``before_bedtime``). The
bedtimes (one per weekday, ``Night``) are the evenings' bedtimes: a bedtime
before noon is after midnight and belongs to the evening before (Friday's
00:30 is Saturday 00:30). Such a reminder's ``local_date`` is the evening it
is for, even when it is due after midnight. "N minutes before" is N minutes of
real time before the bedtime instant (the bedtime itself follows the gap and
overlap rules above), so a DST night never moves it onto or past the bedtime.

Quiet hours (``Night.is_quiet``): from bedtime plus a margin until the morning
hour of the next day, nothing is presented. The scheduler uses this; the
functions here only say which instants are quiet.

All comparisons go through UTC: Python compares two datetimes that share a
``tzinfo`` by their wall reading and ignores ``fold``, which is wrong in an
overlap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import NotRequired, TypedDict

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

#: A bedtime earlier than this is after midnight: it belongs to the evening before.
BEDTIME_NOON = time(12, 0)
#: The longest "N minutes before bedtime" (6 hours): more is a fixed-time reminder.
MAX_BEFORE_BEDTIME = 360


class ReminderSetting(TypedDict):
    """A reminder as the settings file writes it (``Reminder.to_setting``)."""

    id: str
    time: str  # "HH:MM"
    days: list[str]  # DAY_NAMES, in week order
    routine: str
    label: str
    enabled: bool
    before_bedtime: NotRequired[int]  # minutes; then "time" is only for older versions


def _parse_clock(text: object) -> time:
    """ "HH:MM" -> time; ValueError otherwise."""
    try:
        hours, minutes = str(text).strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, TypeError):
        raise ValueError(f"must be HH:MM, got {text!r}") from None


def _resolve(wall: datetime, tz: tzinfo) -> datetime:
    """A naive wall time as an existing instant in ``tz``: a time in a gap is moved
    forward by the gap, a time that happens twice is the first pass (see the module doc)."""
    return wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


@dataclass(frozen=True)
class Night:
    """The user's bedtimes and quiet hours.

    ``bedtimes[n]`` is the bedtime of the evening of weekday ``n`` (0 = Monday);
    before ``BEDTIME_NOON`` it is after midnight. Quiet hours of that night run
    from the bedtime plus ``margin`` until ``morning`` on the next date (none
    that night if the margin already reaches the morning).
    """

    bedtimes: tuple[time, ...] = (time(23, 0),) * 7
    margin: timedelta = timedelta(minutes=60)
    morning: time = time(6, 0)

    def __post_init__(self) -> None:
        if len(self.bedtimes) != 7:
            raise ValueError("a night needs one bedtime per weekday")

    @classmethod
    def from_settings(cls, bedtime: object, margin_min: object = 60,
                      morning: object = "06:00") -> Night:
        """From the settings: ``bedtime`` "HH:MM" (every day) or ``{"mon": "HH:MM", ...}``
        (all seven days), the margin in minutes and the morning hour "HH:MM"."""
        if isinstance(bedtime, Mapping):
            bedtimes = tuple(_parse_clock(bedtime[day]) for day in DAY_NAMES)
        else:
            bedtimes = (_parse_clock(bedtime),) * 7
        if not isinstance(margin_min, int | float | str):
            raise TypeError(f"quiet margin must be a number of minutes, got {margin_min!r}")
        return cls(bedtimes, timedelta(minutes=int(margin_min)), _parse_clock(morning))

    @classmethod
    def from_get(cls, get: Callable[[str], object]) -> Night:
        """From a settings object's ``get`` (keys bedtime, quiet_margin_min, quiet_until);
        ``DEFAULT_NIGHT`` if they are missing or unreadable (settings validated them)."""
        try:
            return cls.from_settings(get("bedtime"), get("quiet_margin_min"), get("quiet_until"))
        except (KeyError, TypeError, ValueError):
            return DEFAULT_NIGHT

    def bedtime_wall(self, evening: date) -> datetime:
        """The bedtime of ``evening`` as a naive wall time (the next date after midnight)."""
        at = self.bedtimes[evening.weekday()]
        day = evening + timedelta(days=1) if at < BEDTIME_NOON else evening
        return datetime.combine(day, at)

    def bedtime(self, evening: date, tz: tzinfo) -> datetime:
        """The bedtime of ``evening`` as an instant in ``tz``."""
        return _resolve(self.bedtime_wall(evening), tz)

    def quiet_span(self, evening: date, tz: tzinfo) -> tuple[datetime, datetime] | None:
        """(start, end) of the quiet hours after ``evening``, in UTC; None if empty."""
        start = _utc(self.bedtime(evening, tz)) + self.margin
        end = _utc(_resolve(datetime.combine(evening + timedelta(days=1), self.morning), tz))
        return (start, end) if start < end else None

    def is_quiet(self, when: datetime, tz: tzinfo) -> bool:
        """Whether ``when`` falls in quiet hours (read in ``tz``): strictly after their
        start, so a reminder "at bedtime" with no margin still comes, and before the
        morning hour, so a reminder at 06:00 comes too."""
        moment = _utc(when)
        local = moment.astimezone(tz).date()
        for evening in (local - timedelta(days=1), local):
            span = self.quiet_span(evening, tz)
            if span is not None and span[0] < moment < span[1]:
                return True
        return False

    def is_quiet_wall(self, wall: datetime) -> bool:
        """The same for a naive wall time, on a day without a DST change (for calendars)."""
        for evening in (wall.date() - timedelta(days=1), wall.date()):
            start = self.bedtime_wall(evening) + self.margin
            end = datetime.combine(evening + timedelta(days=1), self.morning)
            if start < wall < end:
                return True
        return False


#: The night used when the settings say nothing: bed at 23:00, quiet 00:00-06:00.
DEFAULT_NIGHT = Night()


@dataclass(frozen=True)
class Reminder:
    """A local wall time on some weekdays (0 = Monday ... 6 = Sunday), or, with
    ``before_bedtime``, that many minutes before each chosen evening's bedtime
    (``time`` is then only what an older version of the app would use)."""

    id: str
    time: time
    days: frozenset[int]
    routine: str
    label: str
    enabled: bool = True
    before_bedtime: int | None = None

    @property
    def relative(self) -> bool:
        return self.before_bedtime is not None

    @classmethod
    def from_setting(cls, d: Mapping[str, object]) -> Reminder:
        """From the settings form ``{"id", "time": "HH:MM", "days": ["mon", ...], ...}``.

        Raises ValueError for a malformed entry (settings has already cleaned
        them, so this only guards against hand-built dicts). The values are
        ``object``, not ``ReminderSetting``: they come from a file and are checked here.
        """
        rid = d.get("id")
        if not isinstance(rid, str) or not rid:
            raise ValueError(f"reminder needs a text id, got {rid!r}")
        before = d.get("before_bedtime")
        if before is not None and (not isinstance(before, int) or isinstance(before, bool)
                                   or not 0 <= before <= MAX_BEFORE_BEDTIME):
            raise ValueError(f"reminder {rid}: before_bedtime must be 0-{MAX_BEFORE_BEDTIME} "
                             f"minutes, got {before!r}")
        text = d.get("time", "21:30" if before is not None else None)
        try:
            wall = _parse_clock(text)
        except ValueError:
            raise ValueError(f"reminder {rid}: time must be HH:MM, got {text!r}") from None
        names = d.get("days", DAY_NAMES)
        if not isinstance(names, Iterable):
            raise TypeError(f"reminder {rid}: days must be a list, got {names!r}")
        try:
            days = frozenset(DAY_NAMES.index(str(name).lower()) for name in names)
        except ValueError:
            raise ValueError(f"reminder {rid}: days must be among {DAY_NAMES}, "
                             f"got {names!r}") from None
        return cls(id=rid, time=wall, days=days, routine=str(d.get("routine", "")),
                   label=str(d.get("label", "")), enabled=bool(d.get("enabled", True)),
                   before_bedtime=before)

    def to_setting(self) -> ReminderSetting:
        """The settings form; days in week order; ``before_bedtime`` only when relative."""
        setting: ReminderSetting = {
            "id": self.id,
            "time": f"{self.time.hour:02d}:{self.time.minute:02d}",
            "days": [DAY_NAMES[n] for n in sorted(self.days)],
            "routine": self.routine,
            "label": self.label,
            "enabled": self.enabled,
        }
        if self.before_bedtime is not None:
            setting["before_bedtime"] = self.before_bedtime
        return setting


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


class ReminderOutcome(StrEnum):
    """What became of one occurrence (``coach.store.reminder_state`` has the rules).

    A ``StrEnum`` because the value is what the diary's ``reminder_outcomes``
    table holds (and what the CSV export writes): a member *is* its string, so
    diaries written before the enum read back unchanged. Never rename a value;
    the diary's CHECK constraint lists the same words.
    """

    SHOWN = "shown"          # presented, on time or as the one catch-up prompt
    STARTED = "started"      # Start pressed: the routine opened
    DONE = "done"            # that routine then counted as stretched
    SNOOZED = "snoozed"
    SKIPPED = "skipped"      # "Skip tonight", or due in quiet hours
    DISMISSED = "dismissed"  # the notification closed without an answer
    MISSED = "missed"        # never presented (too late, quiet, or another one shown)


def _utc(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"need an aware datetime, got {when!r}")
    return when.astimezone(UTC)


def occurrence_on(reminder: Reminder, day: date, tz: tzinfo,
                  night: Night | None = None) -> Occurrence | None:
    """The reminder on ``day`` in ``tz``; None if disabled or that weekday is not selected.

    With ``fold=0``, a wall time inside a gap is read with the offset from before
    the jump; the round trip through UTC then lands exactly one gap later, which
    is the forward shift we want. In an overlap ``fold=0`` is the first pass.
    A relative reminder is ``before_bedtime`` minutes before the bedtime of the
    evening of ``day`` (``night``, or ``DEFAULT_NIGHT``).
    """
    if not reminder.enabled or day.weekday() not in reminder.days:
        return None
    if reminder.before_bedtime is not None:
        bedtime = (night or DEFAULT_NIGHT).bedtime(day, tz)
        due = (_utc(bedtime) - timedelta(minutes=reminder.before_bedtime)).astimezone(tz)
    else:
        due = _resolve(datetime.combine(day, reminder.time), tz)
    return Occurrence(reminder.id, due, day)


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def next_occurrence(reminder: Reminder, after: datetime, tz: tzinfo,
                    night: Night | None = None) -> Occurrence | None:
    """The first occurrence strictly after ``after`` (None if there is none in 8 days).

    Yesterday is looked at too: its occurrence may be shifted by a gap, or be
    "before a bedtime after midnight". The soonest wins, not the first date,
    because two evenings' bedtimes may be far apart.
    """
    limit = _utc(after)
    start = limit.astimezone(tz).date() - timedelta(days=1)
    found = [o for day in _days(start, start + timedelta(days=SEARCH_DAYS + 1))
             if (o := occurrence_on(reminder, day, tz, night)) is not None
             and _utc(o.due) > limit]
    return min(found, key=lambda o: _utc(o.due)) if found else None


def occurrences_between(reminder: Reminder, start: datetime, end: datetime,
                        tz: tzinfo, night: Night | None = None) -> list[Occurrence]:
    """Occurrences in ``(start, end]``, oldest first; at most the last ``MAX_CATCH_UP``."""
    low, high = _utc(start), _utc(end)
    if high <= low:
        return []
    low = max(low, high - MAX_CATCH_UP)
    first = low.astimezone(tz).date() - timedelta(days=1)
    last = high.astimezone(tz).date() + timedelta(days=1)
    found = []
    for day in _days(first, last):
        occurrence = occurrence_on(reminder, day, tz, night)
        if occurrence is not None and low < _utc(occurrence.due) <= high:
            found.append(occurrence)
    found.sort(key=lambda o: _utc(o.due))
    return found


def next_due(reminders: Iterable[Reminder], after: datetime, tz: tzinfo,
             night: Night | None = None) -> Occurrence | None:
    """The soonest occurrence strictly after ``after`` over all enabled reminders.

    Ties (two reminders at the same minute) go to the smaller id, so the answer
    is stable.
    """
    candidates = [o for r in reminders if r.enabled
                  if (o := next_occurrence(r, after, tz, night)) is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda o: (_utc(o.due), o.reminder_id))


def relative_wall(reminder: Reminder, evening_weekday: int,
                  night: Night | None = None) -> tuple[int, time]:
    """(weekday, wall time) a relative reminder for that evening falls on, on a night
    without a DST change: what a calendar's weekly rule needs. Friday's 00:30 bedtime
    with 15 minutes before gives (Saturday, 00:15)."""
    if reminder.before_bedtime is None:
        return evening_weekday, reminder.time
    evening = _REFERENCE_MONDAY + timedelta(days=evening_weekday)
    due = (night or DEFAULT_NIGHT).bedtime_wall(evening) - timedelta(
        minutes=reminder.before_bedtime)
    return due.weekday(), due.time()


#: A Monday with whole weeks around it and no DST anywhere near (for ``relative_wall``).
_REFERENCE_MONDAY = date(2024, 1, 8)

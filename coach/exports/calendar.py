"""Reminders as an RFC 5545 iCalendar file, for people who want their phone to remind them too.

Written by hand (no dependency) because the subset is small; the tests parse
the result with the ``icalendar`` library and expand the recurrences.

Choices that make imports behave:
- every DTSTART carries ``TZID`` and the file has a matching VTIMEZONE, built
  from the zone's real transitions (``zoneinfo``), so 21:30 stays 21:30 local
  across DST changes in importers that do not know Olson names; a zone known
  only as an offset (``coach.engine.local_zone`` found no name) gets a fixed
  VTIMEZONE named after it, e.g. ``UTC+05:45``;
- why not ``icalendar`` at run time: its generated VTIMEZONE lists dates up
  to a fixed end year (RDATE), while reminders repeat for years, and it would
  add ~30 ms and ~4 MB for one command (docs/decisions.md);
- a UID per reminder id, stable across exports, so importing again updates
  the events instead of doubling them;
- a reminder "N minutes before bedtime" becomes one VEVENT per distinct wall
  time, each with the weekdays it falls on (Friday's 00:30 bedtime puts
  "15 minutes before" on Saturday 00:15); a day on which a reminder would fall
  in quiet hours is left out, as the app skips it (``coach.engine.schedule.Night``);
- TRANSP:TRANSPARENT, so a stretch reminder never makes the user look busy;
- CRLF line ends, lines folded at 75 octets, TEXT values escaped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coach import APP_NAME, __version__
from coach.engine.schedule import Night, Reminder, relative_wall
from coach.i18n import Tr
from coach.words.reminders import label_text

PRODID = f"-//Calf Coach//Calf Coach {__version__}//EN"
UID_DOMAIN = "calf-coach"
DEFAULT_DURATION_S = 10 * 60
ICAL_DAYS = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA",
             "sun": "SU"}
_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_MAX_OCTETS = 75
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class CalendarText(Tr):
    """Translation context for the words written into the exported calendar."""


# --- text -------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newline escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value.replace("\t", " "))
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _param(value: str) -> str:
    """A parameter value, quoted when it holds a character that would end it."""
    return f'"{value}"' if any(ch in value for ch in ':;,') else value


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never splitting a character."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > _MAX_OCTETS:
            pieces.append("".join(current))
            current, size = [" "], 1  # the continuation's leading space counts
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n".join(pieces)


def _utc_stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local_stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%S")


def _offset(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def duration_text(seconds: float) -> str:
    """A whole-minute DURATION (rounded up; a calendar shows minutes), at least PT1M."""
    minutes = max(1, -(-int(seconds) // 60))
    hours, minutes = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")


# --- the time zone ----------------------------------------------------------------------


@dataclass(frozen=True)
class Transition:
    """A change of a zone's offset or name, with the wall time it happens at (old offset)."""

    local: datetime  # naive, in the offset before the change
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool


def _state(zone: tzinfo, instant: datetime) -> tuple[timedelta, timedelta, str]:
    local = instant.astimezone(zone)
    return (local.utcoffset() or timedelta(0), local.dst() or timedelta(0),
            local.tzname() or "")


def transitions(zone: tzinfo, year: int) -> list[Transition]:
    """Every change of the zone in ``year``: a daily scan, then bisection to the second."""
    start = datetime(year, 1, 1, tzinfo=UTC) - timedelta(days=1)
    end = datetime(year + 1, 1, 1, tzinfo=UTC) + timedelta(days=1)
    found: list[Transition] = []
    before = start
    state = _state(zone, before)
    while before < end:
        after = before + timedelta(days=1)
        new_state = _state(zone, after)
        if new_state != state:
            low, high = before, after
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _state(zone, middle) == state:
                    low = middle
                else:
                    high = middle
            instant = high.replace(microsecond=0)
            local = (instant + state[0]).replace(tzinfo=None)
            if local.year == year:
                found.append(Transition(local, state[0], new_state[0], new_state[2],
                                        new_state[1] != timedelta(0)))
            state = new_state
        before = after
    return found


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-5, or -1 for last) given weekday of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _rule_candidates(day: date) -> list[int]:
    """Ways to name ``day`` as a weekday of its month: "last" first, then "nth"."""
    candidates = []
    if _nth_weekday(day.year, day.month, day.weekday(), -1) == day:
        candidates.append(-1)
    candidates.append((day.day - 1) // 7 + 1)
    return candidates


def _same_kind(a: Transition, b: Transition) -> bool:
    return (a.offset_from, a.offset_to, a.name, a.daylight, a.local.month, a.local.time()) == (
        b.offset_from, b.offset_to, b.name, b.daylight, b.local.month, b.local.time())


def _yearly_rules(by_year: list[list[Transition]]) -> list[tuple[Transition, int]] | None:
    """For each change of the first year, an nth-weekday rule that predicts the later years."""
    first, later = by_year[0], by_year[1:]
    if not first or any(len(year) != len(first) for year in later):
        return None
    rules = []
    for index, change in enumerate(first):
        for nth in _rule_candidates(change.local.date()):
            if all(_same_kind(change, year[index]) and year[index].local.date() == _nth_weekday(
                    year[index].local.year, change.local.month, change.local.weekday(), nth)
                   for year in later):
                rules.append((change, nth))
                break
        else:
            return None
    return rules


def _observance(change: Transition, rrule: str | None) -> list[str]:
    kind = "DAYLIGHT" if change.daylight else "STANDARD"
    lines = [f"BEGIN:{kind}", f"DTSTART:{_local_stamp(change.local)}"]
    if rrule:
        lines.append(rrule)
    lines += [f"TZOFFSETFROM:{_offset(change.offset_from)}",
              f"TZOFFSETTO:{_offset(change.offset_to)}"]
    if change.name:
        lines.append(f"TZNAME:{escape_text(change.name)}")
    return [*lines, f"END:{kind}"]


def vtimezone(tz: str | tzinfo, year: int) -> list[str]:
    """A VTIMEZONE for ``tz`` (a name or a zone) valid from the start of ``year - 1`` on.

    Zones with a regular DST pattern get yearly RRULEs starting in ``year - 1``
    (so dates early in ``year`` are covered); irregular ones get each change of
    ``year - 1`` to ``year + 2`` listed; zones without changes get one fixed
    STANDARD observance.
    """
    zone = _zone(tz)
    tz_name = zone_id(zone)
    years = [transitions(zone, y) for y in range(year - 1, year + 3)]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{escape_text(tz_name)}"]
    rules = _yearly_rules(years)
    if rules:
        for change, nth in rules:
            rrule = (f"RRULE:FREQ=YEARLY;BYMONTH={change.local.month};"
                     f"BYDAY={nth}{_WEEKDAY_CODES[change.local.weekday()]}")
            lines += _observance(change, rrule)
    elif any(years):
        for change in (c for year in years for c in year):
            lines += _observance(change, None)
    else:
        offset, dst, name = _state(zone, datetime(year, 1, 1, tzinfo=UTC))
        lines += _observance(Transition(datetime(1970, 1, 1), offset, offset, name,
                                        dst != timedelta(0)), None)
    return [*lines, "END:VTIMEZONE"]


def _zone(tz: str | tzinfo) -> tzinfo:
    if not isinstance(tz, str):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {tz!r}") from exc


def zone_id(zone: tzinfo) -> str:
    """The TZID for ``zone``: its IANA name, or ``UTC+05:45`` for a zone known by offset only."""
    key = getattr(zone, "key", None)
    if isinstance(key, str) and key:
        return key
    offset = datetime.now(UTC).astimezone(zone).utcoffset() or timedelta(0)
    text = _offset(offset)
    return "UTC" if not offset else f"UTC{text[:3]}:{text[3:5]}" + (
        f":{text[5:]}" if len(text) > 5 else "")


# --- events -----------------------------------------------------------------------------


def next_date(days: Sequence[str], on_or_after: date) -> date:
    """The first date on or after ``on_or_after`` whose weekday is in ``days`` (mon..sun)."""
    wanted = {list(ICAL_DAYS).index(day) for day in days}
    for ahead in range(7):
        candidate = on_or_after + timedelta(days=ahead)
        if candidate.weekday() in wanted:
            return candidate
    raise ValueError("a reminder needs at least one day")


def _rrule(days: Sequence[str]) -> str:
    codes = [ICAL_DAYS[day] for day in ICAL_DAYS if day in days]
    if len(codes) == 7:
        return "RRULE:FREQ=DAILY"
    return "RRULE:FREQ=WEEKLY;BYDAY=" + ",".join(codes)


def event_times(reminder: Mapping[str, object], night: Night | None = None
                ) -> list[tuple[time, list[str]]]:
    """[(wall time, days it falls on)] for one reminder, earliest time first.

    A fixed-time reminder gives one pair; a relative one a pair per distinct
    time its evenings' bedtimes give. Days on which it would fall in quiet
    hours are left out (only with a ``night``); none left, no pair.
    """
    setting = dict(reminder)
    setting.setdefault("days", list(ICAL_DAYS))
    parsed = Reminder.from_setting(setting)
    by_time: dict[time, set[int]] = {}
    for evening in sorted(parsed.days):
        weekday, at = relative_wall(parsed, evening, night)
        wall = datetime.combine(_REFERENCE_MONDAY + timedelta(days=weekday), at)
        if night is not None and night.is_quiet_wall(wall):
            continue
        by_time.setdefault(at, set()).add(weekday)
    names = list(ICAL_DAYS)
    return [(at, [names[n] for n in sorted(days)]) for at, days in sorted(by_time.items())]


# A Monday far from any DST change, to place a weekday and its evening before.
_REFERENCE_MONDAY = date(2024, 1, 8)


def _event(reminder: Mapping[str, object], tz_name: str, today: date, stamp: str,
           titles: Mapping[str, str], durations: Mapping[str, float],
           night: Night | None = None) -> list[str]:
    groups = event_times(reminder, night)
    lines: list[str] = []
    for at, days in groups:
        uid = str(reminder["id"]) if len(groups) == 1 else "-".join(
            [str(reminder["id"]), *(ICAL_DAYS[day].lower() for day in days)])
        lines += _one_event(reminder, uid, at, days, tz_name, today, stamp, titles, durations)
    return lines


def _one_event(reminder: Mapping[str, object], uid: str, at: time, days: list[str],
               tz_name: str, today: date, stamp: str, titles: Mapping[str, str],
               durations: Mapping[str, float]) -> list[str]:
    start = datetime.combine(next_date(days, today), at)
    routine = str(reminder.get("routine", ""))
    title = titles.get(routine, routine)
    # The shipped default label is translated, as on the Reminders screen.
    summary = label_text(str(reminder.get("label") or "")) or title or APP_NAME
    description = (f"{title}\n" if title else "") + CalendarText.tr(
        "Open {app} to start it.").format(app=APP_NAME)
    return [
        "BEGIN:VEVENT",
        f"UID:{escape_text(uid)}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={_param(tz_name)}:{_local_stamp(start)}",
        f"DURATION:{duration_text(durations.get(routine, DEFAULT_DURATION_S))}",
        _rrule(days),
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:PT0M",
        f"DESCRIPTION:{escape_text(summary)}",
        "END:VALARM",
        "END:VEVENT",
    ]


def reminders_to_ics(reminders: Sequence[Mapping[str, object]], tz: str | tzinfo,
                     routine_titles: Mapping[str, str], now: datetime,
                     routine_durations: Mapping[str, float] | None = None,
                     night: Night | None = None) -> str:
    """The calendar text (CRLF line ends) with a VEVENT per enabled reminder and time.

    ``reminders`` are settings dicts (``id``, ``time`` "HH:MM", ``days``,
    ``routine``, ``label``, ``enabled``); each event starts on the first
    matching day on or after ``now``'s date in ``tz`` (an IANA name, or a zone:
    a ``ZoneInfo`` or a fixed offset) and repeats weekly
    on its days (daily when all seven). ``routine_durations`` (seconds by
    routine id) sets each event's length; 10 minutes otherwise. ``night``
    (the user's bedtimes and quiet hours) places relative reminders and leaves
    out quiet days (``event_times``); without it, ``DEFAULT_NIGHT``'s bedtimes
    and no quiet hours. Raises ValueError for an unknown zone.
    """
    zone = _zone(tz)
    tz_name = zone_id(zone)
    local_now = now.astimezone(zone) if now.tzinfo is not None else now.replace(tzinfo=zone)
    stamp = _utc_stamp(local_now)
    durations = routine_durations or {}
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(APP_NAME)}"]
    if getattr(zone, "key", None):  # a name calendars look up; not for "UTC+05:45"
        lines.append(f"X-WR-TIMEZONE:{escape_text(tz_name)}")
    lines += vtimezone(zone, local_now.year)
    for reminder in reminders:
        if reminder.get("enabled", True):
            lines += _event(reminder, tz_name, local_now.date(), stamp, routine_titles,
                            durations, night)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def count_events(reminders: Sequence[Mapping[str, object]], night: Night | None = None) -> int:
    """How many events ``reminders_to_ics`` writes for these reminders."""
    return sum(len(event_times(reminder, night)) for reminder in reminders
               if reminder.get("enabled", True))

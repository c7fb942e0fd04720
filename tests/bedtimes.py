"""A weekend of bedtimes and the reminders the bedtime tests build, for both levels
(tests/unit/test_bedtime.py, the schedule; tests/ui/test_bedtime_scheduler.py, the
running scheduler)."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from zoneinfo import ZoneInfo

from coach.engine.schedule import Night, Reminder

BERLIN = ZoneInfo("Europe/Berlin")
EVERY_DAY = frozenset(range(7))
FRIDAY = date(2026, 1, 9)
SATURDAY = date(2026, 1, 10)
SUNDAY = date(2026, 1, 11)
#: Friday to bed at 23:30, Saturday after midnight at 00:30 (Sunday on the clock).
WEEKEND_NIGHT = Night((time(23, 0),) * 4 + (time(23, 30), time(0, 30), time(23, 0)))


def at(day: date, hour: int, minute: int = 0, tz: tzinfo = BERLIN) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


def before_bed(minutes: int = 30, days: frozenset[int] = EVERY_DAY, *,
               rid: str = "bed") -> Reminder:
    return Reminder(rid, time(21, 30), days, "evening-stretch", "Evening stretch",
                    before_bedtime=minutes)


def fixed(wall: time, days: frozenset[int] = EVERY_DAY, *, rid: str = "fixed") -> Reminder:
    return Reminder(rid, wall, days, "evening-stretch", "Evening stretch")

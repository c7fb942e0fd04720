"""Words for reminders: "Every day", "tonight at 21:30, in 3 h 10 min" (no Qt).

Pure functions so the screens only format what the scheduler computed, and so
midnight and daylight-saving edges can be tested with fixed datetimes.

The "evening day" ends at 04:00 (DESIGN 6): at 01:00 a reminder at 02:00 is
still "tonight", but one at 21:30 the same date is "today".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SHORT_DAY = dict(zip(DAYS, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True))
FULL_DAY = dict(zip(DAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                           "Saturday", "Sunday"), strict=True))
WEEKDAYS = frozenset(DAYS[:5])
WEEKENDS = frozenset(DAYS[5:])
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
NIGHT_ENDS_HOUR = 4  # the evening day ends at 04:00
EVENING_FROM_HOUR = 18  # from here on, "today" reads as "tonight"

NO_REMINDERS = "No reminders set"
ALL_OFF = "All reminders are off"


class HasDue(Protocol):
    """What we need of ``coach.engine.schedule.Occurrence``: an aware due time."""

    @property
    def due(self) -> datetime: ...


def days_text(days: Iterable[str]) -> str:
    """``["mon", ..., "fri"]`` → "Weekdays"; ``["mon", "wed"]`` → "Mon, Wed".

    Unknown words are ignored, and the order is always Monday first, so the
    same set of days always reads the same.
    """
    chosen = {day.lower() for day in days} & set(DAYS)
    if chosen == set(DAYS):
        return "Every day"
    if chosen == WEEKDAYS:
        return "Weekdays"
    if chosen == WEEKENDS:
        return "Weekends"
    if not chosen:
        return "No days"
    ordered = [day for day in DAYS if day in chosen]
    if len(ordered) == 1:
        return FULL_DAY[ordered[0]] + "s"
    return ", ".join(SHORT_DAY[day] for day in ordered)


def reminder_summary(reminder: Mapping[str, Any]) -> str:
    """One line for a list row or a screen reader: "21:30, Every day, Evening stretch"."""
    parts = [str(reminder.get("time", "")), days_text(reminder.get("days") or ())]
    label = str(reminder.get("label") or "").strip()
    if label:
        parts.append(label)
    return ", ".join(parts)


def countdown_text(seconds: float) -> str:
    """``11400`` → "in 3 h 10 min"; rounded up, so it never says "in 0 min" too early."""
    if seconds <= 0:
        return "now"
    if seconds < 60:
        return "in less than a minute"
    minutes = math.ceil(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"in {hours} h {minutes} min"
    if hours:
        return f"in {hours} h"
    return f"in {minutes} min"


def _day_words(due: datetime, now: datetime) -> str:
    """"tonight", "today", "tomorrow", "Friday", "next Monday" or "on 14 March"."""
    ahead = (due.date() - now.date()).days
    early_due = due.hour < NIGHT_ENDS_HOUR
    early_now = now.hour < NIGHT_ENDS_HOUR
    if ahead <= 0:
        if early_now:
            return "tonight" if early_due else "today"
        return "tonight" if due.hour >= EVENING_FROM_HOUR else "today"
    if ahead == 1:
        # 01:00 after an evening is part of that evening's night.
        return "tonight" if early_due and not early_now else "tomorrow"
    if ahead < 7:
        return FULL_DAY[DAYS[due.weekday()]]
    if ahead == 7:
        return "next " + FULL_DAY[DAYS[due.weekday()]]
    return f"on {due.day} {MONTHS[due.month - 1]}"


def when_text(due: datetime, now: datetime, *, countdown: bool = True) -> str:
    """"tonight at 21:30, in 3 h 10 min" for ``due`` seen at ``now`` (both aware).

    The clock time and the date are read in the due time's own zone (the one
    the schedule used), not in ``now``'s: ``SystemClock.now()`` carries a
    fixed UTC offset, which is wrong on the far side of a DST change. The
    countdown is real elapsed time (computed in UTC), so a night that loses
    an hour says so. It is left out when the reminder is a day or more away.
    """
    if due.tzinfo is None or now.tzinfo is None:
        raise ValueError("when_text needs aware datetimes")
    local_now = now.astimezone(due.tzinfo)
    text = f"{_day_words(due, local_now)} at {due:%H:%M}"
    left = (due.astimezone(UTC) - now.astimezone(UTC)).total_seconds()
    if countdown and left < 24 * 3600:
        text += ", " + countdown_text(left)
    return text


def next_reminder_text(occurrence: HasDue | None, now: datetime, *,
                       have_reminders: bool = False) -> str:
    """The home screen's line: "Next reminder: tonight at 21:30, in 3 h 10 min".

    ``occurrence`` is what ``schedule.next_due`` returned; None means nothing
    is due, because there are no reminders or (``have_reminders``) all are off.
    The countdown goes stale, so refresh this line at least once a minute.
    """
    if occurrence is None:
        return ALL_OFF if have_reminders else NO_REMINDERS
    return "Next reminder: " + when_text(occurrence.due, now)


def short_next_text(occurrence: HasDue | None, now: datetime, *,
                    have_reminders: bool = False) -> str:
    """The reminders screen's line, without a countdown: "Next: tonight at 21:30"."""
    if occurrence is None:
        return ALL_OFF if have_reminders else NO_REMINDERS
    return "Next: " + when_text(occurrence.due, now, countdown=False)

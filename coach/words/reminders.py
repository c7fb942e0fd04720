"""Words for reminders: "Every day", "tonight at 21:30, in 3 h 10 min" (no Qt).

Pure functions so the screens only format what the scheduler computed, and so
midnight and daylight-saving edges can be tested with fixed datetimes.

The "evening day" ends at 04:00 (DESIGN 6): at 01:00 a reminder at 02:00 is
still "tonight", but one at 21:30 the same date is "today".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from coach.i18n import Tr

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAYS = frozenset(DAYS[:5])
WEEKENDS = frozenset(DAYS[5:])
NIGHT_ENDS_HOUR = 4  # the evening day ends at 04:00
EVENING_FROM_HOUR = 18  # from here on, "today" reads as "tonight"


class ReminderText(Tr):
    """Translation context for reminder words (days, times, countdowns)."""


# Each word list is a function of literal ``tr`` calls, so lupdate finds every
# word and the words follow the language installed when they are asked for.


def short_day(day: str) -> str:
    """"mon" -> "Mon" (a toggle on the reminder form, a list of days)."""
    return {
        "mon": ReminderText.tr("Mon"),
        "tue": ReminderText.tr("Tue"),
        "wed": ReminderText.tr("Wed"),
        "thu": ReminderText.tr("Thu"),
        "fri": ReminderText.tr("Fri"),
        "sat": ReminderText.tr("Sat"),
        "sun": ReminderText.tr("Sun"),
    }[day]


def full_day(day: str) -> str:
    """"mon" -> "Monday"."""
    return {
        "mon": ReminderText.tr("Monday"),
        "tue": ReminderText.tr("Tuesday"),
        "wed": ReminderText.tr("Wednesday"),
        "thu": ReminderText.tr("Thursday"),
        "fri": ReminderText.tr("Friday"),
        "sat": ReminderText.tr("Saturday"),
        "sun": ReminderText.tr("Sunday"),
    }[day]


def every_day_of(day: str) -> str:
    """"mon" -> "Mondays": a reminder on that one day of the week."""
    return {
        "mon": ReminderText.tr("Mondays"),
        "tue": ReminderText.tr("Tuesdays"),
        "wed": ReminderText.tr("Wednesdays"),
        "thu": ReminderText.tr("Thursdays"),
        "fri": ReminderText.tr("Fridays"),
        "sat": ReminderText.tr("Saturdays"),
        "sun": ReminderText.tr("Sundays"),
    }[day]


def _weekday_at(day: str, time: str, next_week: bool) -> str:
    """"Friday at 21:30" or "next Monday at 21:30" (whole phrases: Russian inflects them)."""
    if next_week:
        texts = {
            "mon": ReminderText.tr("next Monday at {time}"),
            "tue": ReminderText.tr("next Tuesday at {time}"),
            "wed": ReminderText.tr("next Wednesday at {time}"),
            "thu": ReminderText.tr("next Thursday at {time}"),
            "fri": ReminderText.tr("next Friday at {time}"),
            "sat": ReminderText.tr("next Saturday at {time}"),
            "sun": ReminderText.tr("next Sunday at {time}"),
        }
    else:
        texts = {
            "mon": ReminderText.tr("Monday at {time}"),
            "tue": ReminderText.tr("Tuesday at {time}"),
            "wed": ReminderText.tr("Wednesday at {time}"),
            "thu": ReminderText.tr("Thursday at {time}"),
            "fri": ReminderText.tr("Friday at {time}"),
            "sat": ReminderText.tr("Saturday at {time}"),
            "sun": ReminderText.tr("Sunday at {time}"),
        }
    return texts[day].format(time=time)


def month_in_date(month: int) -> str:
    """Month 3 -> "March", as in "on 14 March" (Russian needs the genitive here)."""
    return (
        ReminderText.tr("January", "in a date"),
        ReminderText.tr("February", "in a date"),
        ReminderText.tr("March", "in a date"),
        ReminderText.tr("April", "in a date"),
        ReminderText.tr("May", "in a date"),
        ReminderText.tr("June", "in a date"),
        ReminderText.tr("July", "in a date"),
        ReminderText.tr("August", "in a date"),
        ReminderText.tr("September", "in a date"),
        ReminderText.tr("October", "in a date"),
        ReminderText.tr("November", "in a date"),
        ReminderText.tr("December", "in a date"),
    )[month - 1]


#: The label of the reminder every new settings file starts with (see
#: ``coach.store.settings.DEFAULTS``): written in English before any language
#: is known, so it is shown in the interface language.
DEFAULT_LABEL = "Evening stretch"


class HasTranslations(Protocol):
    """What we need of ``coach.content.model.Text``: every translation, and one of them."""

    @property
    def values(self) -> tuple[tuple[str, str], ...]: ...

    def get(self, language: str = ...) -> str: ...


def label_text(label: str, routine_title: HasTranslations | None = None,
               language: str = "en") -> str:
    """A reminder's label as shown, in the interface language.

    The shipped default label is translated. A label that is the routine's
    title in some language (the editor fills it in from the routine, in the
    language of the day) is shown as the title in ``language``: the routine id
    is what the reminder keeps, so it never reads "Evening stretch before bed"
    under a Russian interface. A label of the user's own is shown as written.
    """
    clean = label.strip()
    if clean == DEFAULT_LABEL:
        return ReminderText.tr("Evening stretch")
    if routine_title is not None and clean \
            and clean in {text.strip() for _code, text in routine_title.values}:
        return routine_title.get(language)
    return label


def is_routine_title(label: str, routine_title: HasTranslations | None) -> bool:
    """Whether ``label`` only repeats the routine's title (in any language)."""
    return routine_title is not None and label.strip() in {
        text.strip() for _code, text in routine_title.values}


def no_reminders_text() -> str:
    return ReminderText.tr("No reminders set")


def all_off_text() -> str:
    return ReminderText.tr("All reminders are off")


def all_quiet_text() -> str:
    """Reminders are on, but every one falls in quiet hours (a bedtime set earlier)."""
    return ReminderText.tr("Every reminder falls in quiet hours (see Settings)")


#: A week with no daylight-saving change (January), Monday first: the reference
#: dates for reading a fixed time against the quiet hours of each weekday.
_QUIET_WEEK = tuple(date(2026, 1, 5) + timedelta(days=i) for i in range(7))


def _days_of(days: object) -> list[str]:
    """A reminder's ``days`` as lower-case words (the settings file checked them)."""
    if not isinstance(days, Iterable):
        raise TypeError(f"days must be a list, got {days!r}")
    return [str(day).lower() for day in days]


def quiet_days(reminder: Mapping[str, object], night: QuietNight) -> list[str]:
    """The chosen days (``"mon"`` ...) on which a fixed-time reminder falls in quiet
    hours, so the app will not ring it. A reminder before bedtime never does."""
    if isinstance(reminder.get("before_bedtime"), int):
        return []
    try:
        hours, minutes = str(reminder.get("time", "")).split(":")
        at = time(int(hours), int(minutes))
    except ValueError:
        return []
    chosen = set(_days_of(reminder.get("days", ())))
    return [day for day, when in zip(DAYS, _QUIET_WEEK, strict=True)
            if day in chosen and night.is_quiet_wall(datetime.combine(when, at))]


def quiet_warning(reminder: Mapping[str, object], night: QuietNight) -> str:
    """"" or a sentence saying the reminder will not ring (every day, or on some days)."""
    days = quiet_days(reminder, night)
    if not days:
        return ""
    chosen = set(_days_of(reminder.get("days", ()))) & set(DAYS)
    if set(days) == chosen:
        return ReminderText.tr("It falls in your quiet hours after bedtime, so it will not "
                               "ring. Change its time, or your bedtime in Settings.")
    return ReminderText.tr("On {days} it falls in your quiet hours after bedtime and will "
                           "not ring.").format(days=days_text(days))


class QuietNight(Protocol):
    """What we need of ``coach.engine.schedule.Night``."""

    def is_quiet_wall(self, wall: datetime) -> bool: ...


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
        return ReminderText.tr("Every day")
    if chosen == WEEKDAYS:
        return ReminderText.tr("Weekdays")
    if chosen == WEEKENDS:
        return ReminderText.tr("Weekends")
    if not chosen:
        return ReminderText.tr("No days")
    ordered = [day for day in DAYS if day in chosen]
    if len(ordered) == 1:
        return every_day_of(ordered[0])
    return ", ".join(short_day(day) for day in ordered)


def before_bedtime_text(minutes: int) -> str:
    """``30`` -> "30 min before bedtime"; ``90`` -> "1 h 30 min before bedtime"."""
    if minutes <= 0:
        return ReminderText.tr("at bedtime")
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return ReminderText.tr("{hours} h {minutes} min before bedtime").format(
            hours=hours, minutes=rest)
    if hours:
        return ReminderText.tr("{hours} h before bedtime").format(hours=hours)
    return ReminderText.tr("{minutes} min before bedtime").format(minutes=rest)


def bedtime_text(bedtime: object) -> str:
    """The ``bedtime`` setting in words: "23:00 every evening", or grouped by time:
    "Mon, Tue, Wed, Thu, Sun at 23:00; Fri at 23:30; Sat at 00:30"."""
    if not isinstance(bedtime, Mapping):
        return ReminderText.tr("{time} every evening").format(time=str(bedtime))
    groups: dict[str, list[str]] = {}
    for day in DAYS:
        groups.setdefault(str(bedtime.get(day, "")), []).append(day)
    if len(groups) == 1:
        return ReminderText.tr("{time} every evening").format(time=next(iter(groups)))
    return "; ".join(ReminderText.tr("{days} at {time}").format(
        days=", ".join(short_day(day) for day in days), time=time)
        for time, days in groups.items())


def reminder_summary(reminder: Mapping[str, object], routine_title: HasTranslations | None = None,
                     language: str = "en") -> str:
    """One line for a list row or a screen reader: "21:30, Every day, Evening stretch"
    (or "30 min before bedtime, Every day, ...")."""
    before = reminder.get("before_bedtime")
    when = (before_bedtime_text(before) if isinstance(before, int)
            and not isinstance(before, bool) else str(reminder.get("time", "")))
    parts = [when, days_text(_days_of(reminder.get("days") or ()))]
    label = label_text(str(reminder.get("label") or "").strip(), routine_title, language)
    if label:
        parts.append(label)
    return ", ".join(parts)


def countdown_text(seconds: float) -> str:
    """``11400`` → "in 3 h 10 min"; rounded up, so it never says "in 0 min" too early."""
    if seconds <= 0:
        return ReminderText.tr("now")
    if seconds < 60:
        return ReminderText.tr("in less than a minute")
    minutes = math.ceil(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return ReminderText.tr("in {hours} h {minutes} min").format(hours=hours,
                                                                    minutes=minutes)
    if hours:
        return ReminderText.tr("in {hours} h").format(hours=hours)
    return ReminderText.tr("in {minutes} min").format(minutes=minutes)


def _day_at(due: datetime, now: datetime) -> str:
    """"tonight at 21:30", "today", "tomorrow", "Friday", "next Monday" or "on 14 March"."""
    time = f"{due:%H:%M}"
    ahead = (due.date() - now.date()).days
    early_due = due.hour < NIGHT_ENDS_HOUR
    early_now = now.hour < NIGHT_ENDS_HOUR
    # "tonight" before and after midnight are one English word, two Russian ones.
    tonight = (ReminderText.tr("tonight at {time}", "after midnight") if early_due
               else ReminderText.tr("tonight at {time}"))
    today = ReminderText.tr("today at {time}")
    if ahead <= 0:
        if early_now:
            return (tonight if early_due else today).format(time=time)
        return (tonight if due.hour >= EVENING_FROM_HOUR else today).format(time=time)
    if ahead == 1:
        # 01:00 after an evening is part of that evening's night.
        if early_due and not early_now:
            return tonight.format(time=time)
        return ReminderText.tr("tomorrow at {time}").format(time=time)
    if ahead <= 7:
        return _weekday_at(DAYS[due.weekday()], time, next_week=ahead == 7)
    return ReminderText.tr("on {day} {month} at {time}").format(
        day=due.day, month=month_in_date(due.month), time=time)


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
    text = _day_at(due, local_now)
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
        return all_off_text() if have_reminders else no_reminders_text()
    return ReminderText.tr("Next reminder: {when}").format(when=when_text(occurrence.due, now))


def snoozed_until_text(until: datetime, now: datetime, *, countdown: bool = True) -> str:
    """"snoozed until 21:40, in 10 min": a pending snooze, which comes before the
    next regular time. The clock time is read in the snooze's own zone."""
    left = (until.astimezone(UTC) - now.astimezone(UTC)).total_seconds()
    text = ReminderText.tr("snoozed until {time}").format(time=f"{until:%H:%M}")
    if countdown:
        text += ", " + countdown_text(left)
    return text


def next_reminder_line(occurrence: HasDue | None, snoozed_until: datetime | None,
                       now: datetime, *, have_reminders: bool = False,
                       short: bool = False) -> str:
    """The home line (or, ``short``, the reminders screen's and tray's line), with a
    pending snooze when it comes first: "Next reminder: snoozed until 21:40, in 10 min"."""
    if snoozed_until is not None and (
            occurrence is None
            or snoozed_until.astimezone(UTC) <= occurrence.due.astimezone(UTC)):
        if short:
            return ReminderText.tr("Next: {when}").format(
                when=snoozed_until_text(snoozed_until, now, countdown=False))
        return ReminderText.tr("Next reminder: {when}").format(
            when=snoozed_until_text(snoozed_until, now))
    if short:
        return short_next_text(occurrence, now, have_reminders=have_reminders)
    return next_reminder_text(occurrence, now, have_reminders=have_reminders)


def short_next_text(occurrence: HasDue | None, now: datetime, *,
                    have_reminders: bool = False) -> str:
    """The reminders screen's line, without a countdown: "Next: tonight at 21:30"."""
    if occurrence is None:
        return all_off_text() if have_reminders else no_reminders_text()
    return ReminderText.tr("Next: {when}").format(
        when=when_text(occurrence.due, now, countdown=False))

"""Counts behind the History screen: evenings stretched, cramps per night, streaks.

Pure Python (no Qt, no I/O) so the numbers are tested on their own and the
screen only shows them. Everything is descriptive: how often the user
stretched and how many cramps they noted, side by side; no conclusions.

Definitions (the screen's wording relies on them):

- An **evening** is the "evening day" of ``coach.store.history.evening_of``
  (the ``evening`` field the store writes with every row):
  it runs from 04:00 to 04:00 local time, so a stretch at 00:30 belongs to
  the evening before.
- A **night** runs from 18:00 to 12:00 the next day and is named by its
  evening's date (``night_of``): a cramp at 03:00 or at 08:00 on Tuesday is
  a cramp of Monday night. "Cramps that night" are those cramps. A cramp
  from 12:00 to 18:00 is a **daytime** cramp: it is in the diary and in the
  cramp count, but not charted as a night's cramp and does not spoil a
  night without a cramp. (Why 12:00: someone woken by a cramp at 05:00 and
  noting it at 07:00 still means last night; a cramp after lunch is not.)
- A session **counts as stretched** when at least half of its exercise
  segments were held to their end. A routine stopped in the first minute
  does not count; one stopped near the end does, because the user did most
  of the stretching; and one "finished" by skipping through it does not,
  because the diary is there to say whether stretching helps, and skipped
  stretches are not stretching. (A routine with no exercise segment at all
  counts when it was completed.)
- The **morning check-in** (``night_checkins``) answers for a night too:
  "one" is 1 cramp and "several" at least ``SEVERAL`` (2, the least it can
  mean). A night counts the larger of its entries and its check-in, never
  their sum: someone who logged a cramp at 03:00 and answers "one" next
  morning had one cramp, not two (``night_count``; the programme's
  comparison uses the same rule).
- **Tags** about a day are carried along as noted, only to be shown.
- Periods ("last 28 days") end with today's evening and never reach back
  before the first entry in the diary: before that there is nothing to
  count, and "28 nights without a cramp" after two days of use would be
  nonsense. ``Period.days`` says how many evenings were counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from coach.store.history import CrampRow, NightCheckin, SessionRow

SHORT_DAYS = 7
LONG_DAYS = 28
RECENT_DAYS = 84  # the longest chart view: 12 weeks
NIGHT_STARTS = time(18, 0)
NIGHT_ENDS = time(12, 0)
#: "several" cramps in the morning check-in count as this many (the least it can mean).
SEVERAL = 2


def checkin_cramps(answer: str) -> int:
    """The cramps a check-in answer stands for: none 0, one 1, several ``SEVERAL``."""
    return {"none": 0, "one": 1, "several": SEVERAL}.get(answer, 0)


def night_count(entries: int, answer: str | None) -> int:
    """Cramps of one night from its diary entries and its check-in answer (if any).

    The larger of the two, never the sum: an entry made at night and the
    morning's "one" are the same cramp.
    """
    return entries if answer is None else max(entries, checkin_cramps(answer))


def night_of(when: datetime) -> date | None:
    """The night ``when`` falls in, named by its evening's date; None in the daytime.

    18:00 to 24:00 is that date's night; 00:00 to 12:00 the night before;
    12:00 to 18:00 is daytime. Wall-clock time in ``when``'s own zone.
    """
    moment = when.time()
    if moment >= NIGHT_STARTS:
        return when.date()
    if moment < NIGHT_ENDS:
        return when.date() - timedelta(days=1)
    return None


def current_night(now: datetime) -> date:
    """The latest night that has begun: tonight from 18:00, else last night."""
    return now.date() if now.time() >= NIGHT_STARTS else now.date() - timedelta(days=1)


def cramp_day(cramp: CrampRow) -> date:
    """The day a cramp is counted on: its night, or for a daytime cramp its date."""
    night = night_of(cramp.started)
    return night if night is not None else cramp.started.date()


@dataclass(frozen=True)
class EveningStats:
    """What happened on one evening and the night after it."""

    evening: date
    stretched: bool
    sessions: int  # every session recorded that evening, stretched or not
    cramps: int  # cramps noted for the night that follows
    worst: int | None  # highest severity noted that night (1-5), None if none noted
    day_cramps: int = 0  # daytime cramps (12:00-18:00) of that date, not charted
    checkin: str | None = None  # the morning check-in's answer for that night, if given
    tags: tuple[str, ...] = ()  # notes about that day, shown as they are


@dataclass(frozen=True)
class Period:
    """Counts over the last ``days`` evenings (today's included) and the nights
    up to the last one that has begun (tonight's only from 18:00)."""

    days: int  # evenings counted: the period asked for, or fewer for a young diary
    evenings_stretched: int
    night_cramps: int  # cramps of the nights counted
    cramp_free_nights: int
    nights: int = 0  # nights counted (0 when none in the diary has begun yet)
    day_cramps: int = 0  # daytime cramps of the days counted

    @property
    def cramps(self) -> int:
        """Every cramp of the period, night and daytime."""
        return self.night_cramps + self.day_cramps


@dataclass(frozen=True)
class Summary:
    """The headline numbers of the History screen."""

    today: date  # today's evening
    streak: int
    last_7: Period
    last_28: Period


def counts_as_stretched(completed: bool, segments_done: int, segments_total: int) -> bool:
    """At least half of the exercise segments held to their end (see the module doc).

    One rule for History and for the reminder that started the routine: a
    reminder is noted "done" exactly when History counts the evening stretched.
    """
    if segments_total <= 0:
        return completed
    return 2 * segments_done >= segments_total


def is_stretched(session: SessionRow) -> bool:
    """Whether a recorded session ``counts_as_stretched``."""
    return counts_as_stretched(session.completed, session.segments_done, session.segments_total)


def first_evening(sessions: Iterable[SessionRow], cramps: Iterable[CrampRow],
                  checkins: Iterable[NightCheckin] = ()) -> date | None:
    """The evening of the oldest entry, where counting starts; None for an empty diary."""
    oldest = [row.evening for row in sessions] + [cramp_day(row) for row in cramps] + [
        row.evening for row in checkins]
    return min(oldest) if oldest else None


def evenings(sessions: Iterable[SessionRow], cramps: Iterable[CrampRow],
             first: date, last: date, checkins: Iterable[NightCheckin] = (),
             tags: Mapping[date, tuple[str, ...]] | None = None) -> list[EveningStats]:
    """One entry per evening from ``first`` to ``last`` (both included), quiet ones too.

    Entries outside the range are ignored; an empty range gives an empty list.
    A row's evening is its ``evening`` field, which the store sets with
    ``evening_of(started)`` on every write (and again when a time is edited).
    """
    if first > last:
        return []
    span = (last - first).days + 1
    session_count = [0] * span
    stretched = [False] * span
    cramp_count = [0] * span
    day_count = [0] * span
    worst: list[int | None] = [None] * span
    for session in sessions:
        if first <= session.evening <= last:
            index = (session.evening - first).days
            session_count[index] += 1
            if not stretched[index] and is_stretched(session):
                stretched[index] = True
    for cramp in cramps:
        night = night_of(cramp.started)
        day = cramp_day(cramp)
        if not first <= day <= last:
            continue
        index = (day - first).days
        if night is None:
            day_count[index] += 1
        else:
            cramp_count[index] += 1
            if cramp.severity is not None:
                current = worst[index]
                worst[index] = cramp.severity if current is None else max(current,
                                                                          cramp.severity)
    answers: list[str | None] = [None] * span
    for check in checkins:
        if first <= check.evening <= last:
            index = (check.evening - first).days
            answers[index] = check.answer
            cramp_count[index] = night_count(cramp_count[index], check.answer)
    notes = tags or {}
    return [EveningStats(first + timedelta(days=i), stretched[i], session_count[i],
                         cramp_count[i], worst[i], day_count[i], answers[i],
                         tuple(notes.get(first + timedelta(days=i), ())))
            for i in range(span)]


def stretched_evenings(sessions: Iterable[SessionRow]) -> set[date]:
    """Every evening with a session that counts as stretched."""
    return {s.evening for s in sessions if is_stretched(s)}


def streak_in(stretched: set[date], today_evening: date) -> int:
    """Consecutive evenings in ``stretched`` ending today, or yesterday (see ``current_streak``)."""
    day = today_evening if today_evening in stretched else today_evening - timedelta(days=1)
    streak = 0
    while day in stretched:
        streak += 1
        day -= timedelta(days=1)
    return streak


def current_streak(stats: Iterable[EveningStats], today_evening: date) -> int:
    """Evenings stretched in a row, ending with today's evening.

    If today's evening has no stretch *yet*, the streak ends with yesterday's
    evening instead: at 18:00 a streak is not broken just because bedtime has
    not come. Evenings missing from ``stats`` count as not stretched.
    """
    return streak_in({s.evening for s in stats if s.stretched}, today_evening)


def cramp_free_nights(stats: Iterable[EveningStats]) -> int:
    """How many of the given nights have no cramp noted."""
    return sum(1 for s in stats if s.cramps == 0)


def period(stats: Sequence[EveningStats], today_evening: date, days: int,
           last_night: date | None = None) -> Period:
    """Counts over the ``days`` evenings ending with ``today_evening``, within ``stats``,
    and the ``days`` nights ending with ``last_night`` (default: tonight's, which
    then counts as a night without a cramp until one is noted).
    """
    if last_night is None:
        last_night = today_evening
    start = today_evening - timedelta(days=days - 1)
    window = [s for s in stats if start <= s.evening <= today_evening]
    night_start = last_night - timedelta(days=days - 1)
    nights = [s for s in stats if night_start <= s.evening <= last_night]
    return Period(days=len(window),
                  evenings_stretched=sum(1 for s in window if s.stretched),
                  night_cramps=sum(s.cramps for s in nights),
                  cramp_free_nights=cramp_free_nights(nights),
                  nights=len(nights),
                  day_cramps=sum(s.day_cramps for s in window))


def summary(stats: Sequence[EveningStats], today_evening: date,
            streak: int | None = None, last_night: date | None = None) -> Summary:
    """Streak and the 7- and 28-day counts, from stats that run up to today's evening.

    The streak is counted in ``stats`` unless given (``overview`` counts it in
    the whole diary, so it is not cut short where the stats start).
    """
    if streak is None:
        streak = current_streak(stats, today_evening)
    return Summary(today=today_evening, streak=streak,
                   last_7=period(stats, today_evening, SHORT_DAYS, last_night),
                   last_28=period(stats, today_evening, LONG_DAYS, last_night))


def diary_stats(sessions: Sequence[SessionRow], cramps: Sequence[CrampRow],
                today_evening: date, days: int | None = None,
                checkins: Sequence[NightCheckin] = (),
                tags: Mapping[date, tuple[str, ...]] | None = None) -> list[EveningStats]:
    """Evenings up to today's: the last ``days`` (all when None), never before the first entry.

    Empty for an empty diary. Entries dated after today's evening (a clock
    that was wrong) are left out.
    """
    first = first_evening(sessions, cramps, checkins)
    if first is None:
        return []
    first = min(first, today_evening)
    if days is not None:
        first = max(first, today_evening - timedelta(days=days - 1))
    return evenings(sessions, cramps, first, today_evening, checkins, tags)


def overview(sessions: Sequence[SessionRow], cramps: Sequence[CrampRow], today_evening: date,
             days: int = RECENT_DAYS, last_night: date | None = None,
             checkins: Sequence[NightCheckin] = (),
             tags: Mapping[date, tuple[str, ...]] | None = None,
             ) -> tuple[list[EveningStats], Summary]:
    """What the History screen shows: the recent evenings, and the headline numbers.

    One pass over the diary: per-evening stats only for the last ``days``
    (the chart's longest view), the streak over every evening ever stretched.
    """
    stats = diary_stats(sessions, cramps, today_evening, max(days, LONG_DAYS), checkins, tags)
    streak = streak_in(stretched_evenings(sessions), today_evening)
    return stats, summary(stats, today_evening, streak, last_night)

"""The numbers of the report for the doctor, gathered from the diary (no Qt, no words).

Kept apart from the PDF so every number is tested against the diary on its
own, and the PDF only lays them out. The period is the last ``weeks`` weeks,
ending with today's evening and never reaching back before the diary's first
entry (as the History screen counts: before that there is nothing to count).
Nights without an entry count as nights without cramps.

Warning signs are only the ones the app's own warning list names and the
diary can show: a cramp that lasted longer than ``LONG_CRAMP_S`` and a note
that mentions a swollen leg. They are listed, never interpreted.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from coach.insights import programme
from coach.insights.counts import cramp_day, first_evening, is_stretched, night_of
from coach.store.history import (
    TAGS,
    CrampRow,
    NightCheckin,
    ProgrammeEvent,
    SessionRow,
)

DEFAULT_WEEKS = 8  # two weeks of baseline and the six of the programme
MAX_WEEKS = 104
LONG_CRAMP_S = 10 * 60
#: Words in a note that mean a swollen leg (English and Russian, any case).
SWELLING = re.compile(r"swell|swollen|отё?е?к|отек|опух", re.IGNORECASE)
#: Time-of-night bins by the hour a cramp started: (first hour, last hour) inclusive.
# The hours as History counts nights: 18:00 to 12:00 is a night, 12:00 to 18:00 the
# daytime, whose cramps are not night cramps ("day" must stay 12 to 18 for that).
NIGHT_BINS = (("evening", range(18, 24)), ("early", range(0, 3)), ("late", range(3, 6)),
              ("morning", range(6, 12)), ("day", range(12, 18)))


class Diary(Protocol):
    """What the report reads: ``coach.store.history.History`` or a stand-in."""

    def sessions(self, since: date | None = None) -> list[SessionRow]: ...
    def cramps(self, since: date | None = None) -> list[CrampRow]: ...
    def night_checkins(self, since: date | None = None) -> list[NightCheckin]: ...
    def tags(self, since: date | None = None) -> dict[date, tuple[str, ...]]: ...
    def programme_events(self) -> list[ProgrammeEvent]: ...


@dataclass(frozen=True)
class WeekRow:
    first: date
    nights: int
    cramps: int
    stretched: int
    mean_severity: float | None
    #: The programme weeks (first, last; 1..6) its programme evenings belong to; None if none.
    programme_weeks: tuple[int, ...] | None


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows; ``empty`` and ``no_data`` say why there is little."""

    today: date
    first: date
    last: date
    weeks_asked: int
    empty: bool  # nothing in the diary at all
    no_data: bool  # entries exist, none in the period
    nights: int = 0
    per_night: dict[date, int] = field(default_factory=dict)
    stretched: set[date] = field(default_factory=set)
    weeks: list[WeekRow] = field(default_factory=list)
    cramps: int = 0
    nights_with_cramps: int = 0
    mean_severity: float | None = None
    worst_severity: int | None = None
    with_severity: int = 0
    estimated_severity: int = 0  # of those, read from the old 1-5 scale
    mean_sleep: float | None = None
    worst_sleep: int | None = None
    sleep_nights: int = 0
    legs: dict[str, int] = field(default_factory=dict)  # left, right, both, unknown
    times: dict[str, int] = field(default_factory=dict)  # NIGHT_BINS names, unknown
    durations: list[float] = field(default_factory=list)
    evenings_stretched: int = 0
    tags: dict[str, list[date]] = field(default_factory=dict)
    long_cramps: list[CrampRow] = field(default_factory=list)
    swelling_notes: list[CrampRow] = field(default_factory=list)
    programme_state: programme.ProgrammeState | None = None
    programme_events: list[ProgrammeEvent] = field(default_factory=list)
    comparison: programme.Comparison | None = None

    @property
    def per_week(self) -> float:
        return self.cramps * 7 / self.nights if self.nights else 0.0

    @property
    def median_duration(self) -> float | None:
        return statistics.median(self.durations) if self.durations else None

    @property
    def longest_duration(self) -> float | None:
        return max(self.durations) if self.durations else None


def gather(diary: Diary, today: date, weeks: int = DEFAULT_WEEKS) -> ReportData:
    """The report's numbers for the ``weeks`` weeks ending with ``today``'s evening."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be 1 to {MAX_WEEKS}, got {weeks}")
    sessions = diary.sessions()
    cramps = diary.cramps()
    checkins = diary.night_checkins()
    all_tags = diary.tags()
    events = diary.programme_events()
    begins = first_evening(sessions, cramps, checkins)
    asked_first = today - timedelta(days=7 * weeks - 1)
    if begins is None:
        return ReportData(today, asked_first, today, weeks, empty=not events and not all_tags,
                          no_data=True, programme_events=events)
    first = max(asked_first, begins)
    if first > today:
        first = asked_first
    nights = [first + timedelta(days=i) for i in range((today - first).days + 1)]
    in_period = set(nights)
    p_cramps = [c for c in cramps if cramp_day(c) in in_period]  # History's night
    p_sessions = [s for s in sessions if s.evening in in_period]
    p_checkins = [c for c in checkins if c.evening in in_period]
    p_tags = {day: found for day, found in all_tags.items() if day in in_period}
    if not p_cramps and not p_sessions and not p_checkins and not p_tags:
        return ReportData(today, asked_first, today, weeks, empty=False, no_data=True,
                          programme_events=events)

    per_night = programme.cramps_per_night(p_cramps, p_checkins)
    stretched = {s.evening for s in p_sessions if is_stretched(s)}
    levels = [level for found in programme.severities_per_night(p_cramps, p_checkins).values()
              for level in found]
    sleep = list(programme.sleep_per_night(p_cramps, p_checkins).values())
    state = programme.state(events, sessions, today) if events else None
    counted = set(programme.programme_evenings(events, today)[0]) if events else set()
    start = state.start if state is not None else None

    weeks_rows = []
    for offset in range(0, len(nights), 7):
        days = nights[offset:offset + 7]
        rates = programme.rates(days, p_cramps, p_checkins)
        in_programme = [d for d in days if d in counted]
        week_no = None
        if in_programme and start is not None:
            order = sorted(counted)
            week_no = tuple(min(programme.WEEKS, order.index(d) // 7 + 1)
                            for d in (in_programme[0], in_programme[-1]))
        weeks_rows.append(WeekRow(days[0], len(days), rates.cramps,
                                  sum(1 for d in days if d in stretched), rates.mean_severity,
                                  week_no))

    legs = Counter(c.leg or "unknown" for c in p_cramps)
    for check in p_checkins:  # a check-in answer without entries for that night
        if check.answer != "none" and not any(night_of(c.started) == check.evening
                                              for c in p_cramps):
            legs[check.leg or "unknown"] += per_night.get(check.evening, 0)
    times: Counter[str] = Counter()
    for row in p_cramps:
        hour = row.started.hour
        times[next(name for name, hours in NIGHT_BINS if hour in hours)] += 1
    unknown_time = sum(per_night.values()) - len(p_cramps)
    if unknown_time > 0:
        times["unknown"] = unknown_time
    tag_days: dict[str, list[date]] = {}
    for day, found in sorted(p_tags.items()):
        for tag in found:
            tag_days.setdefault(tag, []).append(day)
    ordered_tags = {t: tag_days[t] for t in sorted(tag_days, key=_tag_order)}

    return ReportData(
        today=today, first=first, last=today, weeks_asked=weeks, empty=False, no_data=False,
        nights=len(nights), per_night=per_night, stretched=stretched, weeks=weeks_rows,
        cramps=sum(per_night.values()), nights_with_cramps=len(per_night),
        mean_severity=sum(levels) / len(levels) if levels else None,
        worst_severity=max(levels) if levels else None, with_severity=len(levels),
        estimated_severity=sum(1 for c in p_cramps
                               if c.how_bad is None and c.severity is not None),
        mean_sleep=sum(sleep) / len(sleep) if sleep else None,
        worst_sleep=max(sleep) if sleep else None, sleep_nights=len(sleep),
        legs=dict(legs), times=dict(times),
        durations=sorted(c.duration_s for c in p_cramps if c.duration_s is not None),
        evenings_stretched=len(stretched), tags=ordered_tags,
        long_cramps=sorted((c for c in p_cramps
                            if c.duration_s is not None and c.duration_s > LONG_CRAMP_S),
                           key=lambda c: c.started),
        swelling_notes=sorted((c for c in p_cramps if SWELLING.search(c.note)),
                              key=lambda c: c.started),
        programme_state=state, programme_events=events,
        comparison=programme.compare(events, sessions, cramps, checkins, today)
        if events else None)


def _tag_order(tag: str) -> int:
    return TAGS.index(tag) if tag in TAGS else len(TAGS)


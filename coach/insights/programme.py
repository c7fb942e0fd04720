"""The six-week programme: where the user is, and how the nights compare with before.

Pure Python (no Qt, no I/O): the state is worked out from the diary's
programme events every time, so there is nothing else to keep in step, and
the numbers are tested on their own with any "today".

The programme is the evening routine (``ROUTINE_ID``) every evening before
sleep for six weeks, as in the trial it follows (Hallegraeff et al. 2012
measured the effect after six weeks). Definitions the words rely on:

- A run begins at the evening of the latest ``start`` or ``restart`` event;
  earlier runs are history. ``end`` stops the run where it is.
- ``pause`` ... ``resume`` (illness, travel): the evenings from the pause up to
  the evening before the resume do not count, and the six weeks are pushed
  back by as many evenings. A pause with no resume yet lasts until today.
- An evening is **done** when a session that evening "counts as stretched"
  (``coach.insights.counts.is_stretched``, the History screen's rule), whichever
  routine it was, so this count and History's never disagree.
- **Cramps that night** are the cramp entries of that night (History's
  ``coach.insights.counts.night_of``, 18:00 to 12:00: a cramp at 05:00 on
  Tuesday is Monday's night; one in the afternoon is a daytime cramp, not a
  night's), or the morning check-in's answer when it says more ("one" is 1, "several" counts as 2,
  the least it can mean: ``coach.insights.counts.night_count``, History's rule).
  Nights without entries count as without cramps, from the first entry in
  the diary on (as History counts them).
- The **baseline** is the 14 evenings before the start. If the diary began
  later than that, only the evenings since its first entry count; fewer than
  ``MIN_NIGHTS`` is too little to compare with, and is said so. The same
  minimum holds for the programme's own nights.
- Severity is on 0-10 (``coach.store.history.severity_0_10``: the 1-5 scale
  read as 2, 4, ..., 10 for old entries).

Nothing here draws conclusions beyond "fewer / about the same / more": few
nights, and cramps have many causes, so the caller always shows the caveat.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from coach.insights.counts import first_evening, is_stretched, night_count, night_of
from coach.store.history import (
    CrampRow,
    NightCheckin,
    ProgrammeEvent,
    SessionRow,
    severity_0_10,
)

ROUTINE_ID = "evening-stretch"
#: Routines that already are the programme's evening routine: the seated version is
#: kept for someone who chose it (night steps stay seated unless the user chooses).
PROGRAMME_ROUTINES = (ROUTINE_ID, "evening-stretch-seated")
WEEKS = 6
DAYS = WEEKS * 7
BASELINE_DAYS = 14
#: Fewer nights than this (before, or during) is too little to compare.
MIN_NIGHTS = 7
#: Relative change in cramps per week below which the words say "about the same".
SAME_BAND = 0.2


class ProgrammeStatus(StrEnum):
    """Where a run of the programme is. Worked out, never stored; a ``StrEnum`` so the
    report's and the screens' wording tables keyed by these words read it unchanged."""

    NONE = "none"            # never started
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"    # six weeks done
    ENDED = "ended"          # ended early by the user


@dataclass(frozen=True)
class ProgrammeState:
    """Where the programme stands on ``today``'s evening."""

    status: ProgrammeStatus
    start: date | None = None  # evening of the latest start or restart
    week: int = 0  # 1..6 while running or paused; 6 when finished
    days_counted: int = 0  # programme evenings so far (paused ones left out), at most DAYS
    evenings_done: int = 0  # of those, evenings stretched
    paused_days: int = 0
    planned_end: date | None = None  # the last evening of the six weeks, pauses included
    last_evening: date | None = None  # the last evening that counts (today, end or finish)

    @property
    def active(self) -> bool:
        return self.status in (ProgrammeStatus.RUNNING, ProgrammeStatus.PAUSED)


@dataclass(frozen=True)
class Rates:
    """Cramps over some nights."""

    nights: int
    cramps: int
    mean_severity: float | None  # 0-10, over cramps with a severity
    with_severity: int
    mean_sleep: float | None  # 0-10 sleep disturbance, over nights that noted it

    @property
    def per_week(self) -> float:
        return self.cramps * 7 / self.nights if self.nights else 0.0


@dataclass(frozen=True)
class Comparison:
    """The baseline against the programme's nights so far."""

    baseline: Rates
    during: Rates
    verdict: str  # "too_little_before", "too_early", "fewer", "same", "more"
    baseline_short: bool  # fewer than the full 14 nights before (but enough to compare)


# --- the nights --------------------------------------------------------------------------


def _night_cramps(cramps: Iterable[CrampRow]) -> Iterator[tuple[CrampRow, date]]:
    """Each night cramp with its night, as History counts it; daytime cramps left out.

    Not the stored ``evening`` (its day turns at 04:00, for stretches): a cramp
    noted at 05:00 belongs to the night before, as the morning check-in does.
    """
    for row in cramps:
        night = night_of(row.started)
        if night is not None:
            yield row, night


def cramps_per_night(cramps: Iterable[CrampRow],
                     checkins: Iterable[NightCheckin] = ()) -> dict[date, int]:
    """Cramps for each evening that has any (see "Cramps that night" in the module doc)."""
    counts: dict[date, int] = {}
    for _row, night in _night_cramps(cramps):
        counts[night] = counts.get(night, 0) + 1
    for check in checkins:  # History's rule: the larger of the two, never the sum
        counts[check.evening] = night_count(counts.get(check.evening, 0), check.answer)
    return {day: n for day, n in counts.items() if n > 0}


def severities_per_night(cramps: Iterable[CrampRow],
                         checkins: Iterable[NightCheckin] = ()) -> dict[date, list[int]]:
    """0-10 severities noted for each evening: the entries', else the check-in's."""
    found: dict[date, list[int]] = {}
    for row, night in _night_cramps(cramps):
        level = severity_0_10(row)
        if level is not None:
            found.setdefault(night, []).append(level)
    for check in checkins:
        if check.how_bad is not None and check.answer != "none" and check.evening not in found:
            found[check.evening] = [check.how_bad]
    return found


def sleep_per_night(cramps: Iterable[CrampRow],
                    checkins: Iterable[NightCheckin] = ()) -> dict[date, int]:
    """The worst sleep disturbance (0-10) noted for each evening."""
    found: dict[date, int] = {}
    for row, night in _night_cramps(cramps):
        if row.sleep_disturbance is not None:
            found[night] = max(found.get(night, 0), row.sleep_disturbance)
    for check in checkins:
        if check.sleep_disturbance is not None:
            found[check.evening] = max(found.get(check.evening, 0), check.sleep_disturbance)
    return found


def rates(evenings: Sequence[date], cramps: Sequence[CrampRow],
          checkins: Sequence[NightCheckin] = ()) -> Rates:
    """Cramps, mean severity and mean sleep disturbance over exactly these evenings."""
    wanted = set(evenings)
    per_night = cramps_per_night(cramps, checkins)
    levels = [level for day, found in severities_per_night(cramps, checkins).items()
              if day in wanted for level in found]
    sleep = [value for day, value in sleep_per_night(cramps, checkins).items() if day in wanted]
    return Rates(nights=len(wanted), cramps=sum(n for d, n in per_night.items() if d in wanted),
                 mean_severity=sum(levels) / len(levels) if levels else None,
                 with_severity=len(levels),
                 mean_sleep=sum(sleep) / len(sleep) if sleep else None)


# --- the state ---------------------------------------------------------------------------


def _current_run(events: Sequence[ProgrammeEvent]) -> list[ProgrammeEvent]:
    """The events from the latest start or restart on (empty when never started)."""
    ordered = sorted(events, key=lambda e: (e.at, e.id))
    starts = [i for i, e in enumerate(ordered) if e.kind in ("start", "restart")]
    return ordered[starts[-1]:] if starts else []


def programme_evenings(events: Sequence[ProgrammeEvent], today: date) -> tuple[
        list[date], int, ProgrammeStatus, date | None]:
    """The evenings that count for the current run, up to ``today``.

    Returns (evenings, paused days, status, start). Status is as in
    ``ProgrammeState``.
    """
    run = _current_run(events)
    if not run:
        return [], 0, ProgrammeStatus.NONE, None
    start = run[0].evening
    paused: set[date] = set()
    pause_from: date | None = None
    end_at: date | None = None
    for event in run[1:]:
        if event.kind == "pause" and pause_from is None:
            pause_from = event.evening
        elif event.kind == "resume" and pause_from is not None:
            paused.update(_days(pause_from, event.evening - timedelta(days=1)))
            pause_from = None
        elif event.kind == "end":
            end_at = event.evening
            break
    last = min(today, end_at) if end_at is not None else today
    if pause_from is not None:
        # Paused until now (or until the end): the pause evening itself does not count.
        paused.update(_days(pause_from, last))
    counted: list[date] = []
    for day in _days(start, last):
        if day in paused:
            continue
        if len(counted) == DAYS:
            break
        counted.append(day)
    if len(counted) >= DAYS and last > counted[-1]:  # the last evening is over
        status = ProgrammeStatus.FINISHED
    elif end_at is not None:
        status = ProgrammeStatus.ENDED
    elif pause_from is not None:
        status = ProgrammeStatus.PAUSED
    else:
        status = ProgrammeStatus.RUNNING
    return counted, len(paused), status, start


def state(events: Sequence[ProgrammeEvent], sessions: Iterable[SessionRow],
          today: date) -> ProgrammeState:
    """The programme on ``today``'s evening, from the diary's events and sessions."""
    counted, paused_days, status, start = programme_evenings(events, today)
    if start is None:
        return ProgrammeState(ProgrammeStatus.NONE)
    stretched = {s.evening for s in sessions if is_stretched(s)}
    done = sum(1 for day in counted if day in stretched)
    # Today counts once it is a programme evening: week 1 starts on the first one.
    week = min(WEEKS, max(1, (len(counted) - 1) // 7 + 1)) if counted else 1
    if status == ProgrammeStatus.FINISHED:
        week = WEEKS
    planned_end = start + timedelta(days=DAYS - 1 + paused_days)
    return ProgrammeState(status=status, start=start, week=week, days_counted=len(counted),
                          evenings_done=done, paused_days=paused_days, planned_end=planned_end,
                          last_evening=counted[-1] if counted else None)


def compare(events: Sequence[ProgrammeEvent], sessions: Sequence[SessionRow],
            cramps: Sequence[CrampRow], checkins: Sequence[NightCheckin],
            today: date) -> Comparison | None:
    """The baseline against the programme's nights so far; None when never started."""
    counted, _paused, _status, start = programme_evenings(events, today)
    if start is None:
        return None
    begins = first_evening(sessions, cramps, checkins)
    window_start = start - timedelta(days=BASELINE_DAYS)
    if begins is not None and begins > window_start:
        window_start = begins
    before = _days(window_start, start - timedelta(days=1)) if begins is not None else []
    baseline = rates(before, cramps, checkins)
    during = rates(counted, cramps, checkins)
    if baseline.nights < MIN_NIGHTS:
        verdict = "too_little_before"
    elif during.nights < MIN_NIGHTS:
        verdict = "too_early"
    else:
        verdict = _direction(baseline.per_week, during.per_week)
    return Comparison(baseline, during, verdict,
                      baseline_short=MIN_NIGHTS <= baseline.nights < BASELINE_DAYS)


def _direction(before: float, during: float) -> str:
    if before == 0:
        return "same" if during == 0 else "more"
    change = (during - before) / before
    if change <= -SAME_BAND:
        return "fewer"
    if change >= SAME_BAND:
        return "more"
    return "same"


def _days(first: date, last: date) -> list[date]:
    if last < first:
        return []
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def can_start_at_once(sessions: Sequence[SessionRow], cramps: Sequence[CrampRow],
                      checkins: Sequence[NightCheckin], today: date) -> bool:
    """Whether the diary already holds the two weeks a baseline wants.

    False means: suggest logging for two weeks first (the user may still start).
    """
    begins = first_evening(sessions, cramps, checkins)
    return begins is not None and (today - begins).days >= BASELINE_DAYS


def follows_programme(evening_reminder: bool, state: ProgrammeState) -> bool:
    """Whether a reminder follows the programme: the evening one, while it runs.

    A paused, ended or finished programme, and any reminder that is not in the
    evening, leave the reminder as the user set it.
    """
    return evening_reminder and state.status == ProgrammeStatus.RUNNING


def reminder_routine(routine: str, evening_reminder: bool, state: ProgrammeState) -> str:
    """The routine a reminder plays: the programme's evening routine while it runs
    (``follows_programme``), unless the reminder already plays a version of it."""
    if not follows_programme(evening_reminder, state) or routine in PROGRAMME_ROUTINES:
        return routine
    return ROUTINE_ID

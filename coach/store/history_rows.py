"""What the diary holds: its row types, the words its columns allow, the evening day.

Apart from the SQLite code so that the insights, the report and the screens
can name a ``CrampRow`` or ask ``evening_of`` without reading how the file is
opened or migrated. Pure: no file, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal, TypedDict

#: The evening day ends at this local time: a stretch at 00:30 counts for the evening before.
EVENING_DAY_ENDS = time(4, 0)
LEGS = ("left", "right", "both")
#: What happened to a reminder: "started" is Start pressed (the routine opened and
#: playing), "done" only when that routine then counted as stretched (see
#: ``coach.insights.counts.counts_as_stretched``); "dismissed" is a notification closed
#: without an answer.
OUTCOMES = ("shown", "started", "done", "snoozed", "skipped", "dismissed", "missed")
#: Things a user may note about a day; recorded and shown, never turned into advice.
TAGS = ("hard_exercise", "long_standing", "little_to_drink", "alcohol", "medicine_change",
        "pregnancy")
#: What the morning check-in's first question allows.
NIGHT_ANSWERS = ("none", "one", "several")
#: The programme's events, kept in the diary so its history survives and is shown.
PROGRAMME_EVENTS = ("start", "pause", "resume", "restart", "end")

#: The name of a cramp's field that ``History.update_cramp`` changes.
CrampField = Literal["started", "duration_s", "leg", "severity", "how_bad",
                     "sleep_disturbance", "note"]
CRAMP_FIELDS: tuple[CrampField, ...] = ("started", "duration_s", "leg", "severity", "how_bad",
                                        "sleep_disturbance", "note")


class CrampFields(TypedDict, total=False):
    """Some or all of a cramp's fields, as ``History.update_cramp(id, **fields)`` takes
    them (the Cramp editor's "what changed"). Not total: an edit names only what changed."""

    started: datetime
    duration_s: float | None
    leg: str | None
    severity: int | None
    how_bad: int | None
    sleep_disturbance: int | None
    note: str

def evening_of(when: datetime) -> date:
    """The evening a moment belongs to: its local date, or the day before if before 04:00.

    Uses the wall-clock time in ``when``'s own zone, so a DST change that night
    does not move the boundary.
    """
    day = when.date()
    if when.time() < EVENING_DAY_ENDS:
        day -= timedelta(days=1)
    return day


@dataclass(frozen=True)
class SessionRow:
    """One routine played, finished or stopped early, as the diary keeps it."""

    id: int
    routine_id: str
    started: datetime
    ended: datetime
    completed: bool
    segments_done: int
    segments_total: int
    active_s: float
    evening: date


@dataclass(frozen=True)
class CrampRow:
    """One cramp. ``severity`` is the original 1-5 scale (1 mild, 5 worst);
    ``how_bad`` and ``sleep_disturbance`` are the 0-10 scales used in studies
    (schema 3 on). See ``severity_0_10`` for how the two scales relate."""

    id: int
    started: datetime
    duration_s: float | None
    leg: str | None
    severity: int | None
    note: str
    evening: date
    how_bad: int | None = None
    sleep_disturbance: int | None = None


def severity_0_10(row: CrampRow) -> int | None:
    """How bad a cramp was on 0-10: ``how_bad`` when noted, else twice the 1-5 ``severity``.

    The 1-5 scale keeps its meaning and its column (nothing stored is rewritten);
    for summaries on one scale its points are read as 2, 4, 6, 8, 10 (5 "worst"
    is the top of both scales). Callers that show the result say when it was
    estimated from the 1-5 scale (``how_bad is None``).
    """
    if row.how_bad is not None:
        return row.how_bad
    if row.severity is not None:
        return 2 * row.severity
    return None


@dataclass(frozen=True)
class NightCheckin:
    """The morning check-in's answers about one night (keyed by its evening)."""

    evening: date
    answer: str  # "none", "one" or "several"
    leg: str | None
    how_bad: int | None  # 0-10
    sleep_disturbance: int | None  # 0-10
    at: datetime


@dataclass(frozen=True)
class ProgrammeEvent:
    """Start, pause, resume, restart or end of the six-week programme."""

    id: int
    kind: str
    at: datetime
    evening: date


@dataclass(frozen=True)
class ReminderOutcomeRow:
    """What happened to one reminder on one day (see ``OUTCOMES``)."""

    id: int
    reminder_id: str
    due: datetime
    local_date: date
    outcome: str
    at: datetime

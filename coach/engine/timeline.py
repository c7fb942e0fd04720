"""A routine expanded into the flat list of timed segments the player walks through.

Expanding once, before playing, means the total and the remaining time are known
up front, the UI can show "coming up" without re-deriving the routine's rules, and
the player only has to count through a list. Pure Python: no Qt.

The expansion rule is shared with ``coach list`` (``coach.content.duration``); both
must give the same total:

- a ``prepare`` segment of ``prepare_s`` when it is above 0;
- then for each step, each repeat, each side (left then right when the step's
  effective sides, ``step.sides or exercise.sides``, is ``both``; otherwise one
  segment with no side): an ``exercise`` segment of ``hold_s``, followed by a
  ``rest`` segment of ``rest_s`` when it is above 0 --
- except that no rest follows the very last exercise segment of the routine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, NamedTuple

from coach.content.model import Exercise, Routine, RoutineStep, Text

SegmentKind = Literal["prepare", "exercise", "rest"]
Side = Literal["left", "right"]


@dataclass(frozen=True)
class Segment:
    """One stretch of time with one thing to do.

    For ``exercise`` segments ``exercise``/``side`` are what to do now. For
    ``prepare`` and ``rest`` they describe the exercise segment coming next (so the
    screen can show "Coming up" with its picture), or are None when nothing follows.
    ``step_index``/``repeat_index`` locate the routine step the segment comes from
    (a rest belongs to the step before it; prepare uses step 0). ``note`` is that
    step's note (None for prepare).
    """

    kind: SegmentKind
    duration_s: int
    exercise: Exercise | None
    side: Side | None
    note: Text | None
    step_index: int
    repeat_index: int
    start_s: int  # offset from the routine's start


@dataclass(frozen=True)
class Timeline:
    """The whole routine as segments, with totals the UI shows before starting."""

    routine: Routine
    segments: tuple[Segment, ...]
    total_s: int
    exercise_count: int

    def next_exercise_segment(self, index: int) -> Segment | None:
        """The first exercise segment after ``index``, for "Next: ..." lines."""
        for segment in self.segments[index + 1:]:
            if segment.kind == "exercise":
                return segment
        return None


def effective_sides(step: RoutineStep, exercise: Exercise) -> tuple[Side | None, ...]:
    """The sides a step plays, in order: the step may override the exercise."""
    sides = step.sides or exercise.sides
    return ("left", "right") if sides == "both" else (None,)


def build_timeline(routine: Routine, exercises: Mapping[str, Exercise]) -> Timeline:
    """Expand ``routine`` (see the module docstring for the rule).

    Raises ``KeyError`` for an exercise id missing from ``exercises``; the loader
    rejects such routines, so this only happens on a programming error.
    """
    parts: list[_Part] = []
    if routine.prepare_s > 0:
        parts.append(_Part("prepare", routine.prepare_s, None, None, None, 0, 0))
    for step_index, step in enumerate(routine.steps):
        exercise = exercises[step.exercise]
        for repeat_index in range(step.repeat):
            for side in effective_sides(step, exercise):
                parts.append(_Part("exercise", step.hold_s, exercise, side, step.note,
                                   step_index, repeat_index))
                if step.rest_s > 0:
                    parts.append(_Part("rest", step.rest_s, None, None, step.note,
                                       step_index, repeat_index))
    if parts and parts[-1].kind == "rest":
        parts.pop()  # nothing to rest before: the routine ends with its last exercise

    segments = _fill_upcoming_and_offsets(parts)
    return Timeline(
        routine=routine,
        segments=segments,
        total_s=sum(s.duration_s for s in segments),
        exercise_count=sum(1 for s in segments if s.kind == "exercise"),
    )


class _Part(NamedTuple):
    """A segment before it knows where it starts (and, for prepare/rest, what follows)."""

    kind: SegmentKind
    duration_s: int
    exercise: Exercise | None
    side: Side | None
    note: Text | None
    step_index: int
    repeat_index: int


def _fill_upcoming_and_offsets(parts: list[_Part]) -> tuple[Segment, ...]:
    """Point prepare/rest segments at the exercise that follows, and set start offsets."""
    filled: list[_Part] = []
    upcoming: _Part | None = None
    for part in reversed(parts):
        if part.kind == "exercise":
            upcoming = part
        elif upcoming is not None:
            part = part._replace(exercise=upcoming.exercise, side=upcoming.side)
        filled.append(part)
    filled.reverse()

    offset = 0
    result: list[Segment] = []
    for part in filled:
        result.append(Segment(*part, start_s=offset))
        offset += part.duration_s
    return tuple(result)

"""How long a routine takes, without building the player's timeline.

``coach list`` needs only the total, and must not import the engine's Qt
side. The rule is the one ``coach.engine.timeline`` expands (keep them in
step): prepare, then for each step, repeat and side an exercise segment of
``hold_s`` followed by a rest of ``rest_s`` -- except after the very last
exercise segment of the routine.
"""

from __future__ import annotations

from collections.abc import Mapping

from coach.content.model import Exercise, Routine, RoutineStep


def side_count(step: RoutineStep, exercise: Exercise | None) -> int:
    """2 when the step plays left then right (``step.sides`` overrides the exercise's)."""
    sides = step.sides or (exercise.sides if exercise is not None else "none")
    return 2 if sides == "both" else 1


def routine_total_s(routine: Routine, exercises: Mapping[str, Exercise]) -> int:
    """Total seconds from pressing Start to the end of the last exercise.

    Raises ``KeyError`` for a step whose exercise is missing and has no
    ``sides`` of its own: the loader never lets such a routine through.
    """
    total = routine.prepare_s
    last_rest = 0
    for step in routine.steps:
        exercise = None if step.sides else exercises[step.exercise]
        segments = step.repeat * side_count(step, exercise)
        total += segments * (step.hold_s + step.rest_s)
        if segments:
            last_rest = step.rest_s
    return total - last_rest

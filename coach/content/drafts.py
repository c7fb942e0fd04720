"""What checking one content file produces, before the rules across files run.

Kept apart from the validator (and from yaml) so the loader and the content
cache can hold these results without importing the rules that make them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.content.model import ContentError, Exercise, Routine


@dataclass(frozen=True)
class ExerciseDraft:
    """An exercise that passed its own rules, with the line of its id."""

    exercise: Exercise
    line: int


@dataclass(frozen=True)
class RoutineDraft:
    """A routine that passed its own rules; its references are checked later."""

    routine: Routine
    line: int
    reference_lines: tuple[int, ...]  # line of each step's ``exercise:`` value


@dataclass
class FileContent:
    """What one file defines, and what is wrong with it."""

    exercises: list[ExerciseDraft] = field(default_factory=list)
    routines: list[RoutineDraft] = field(default_factory=list)
    broken_exercise_ids: set[str] = field(default_factory=set)
    errors: list[ContentError] = field(default_factory=list)

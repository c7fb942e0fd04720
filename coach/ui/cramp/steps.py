"""Which relief step comes next: the default steps, the optional standing ones, the swollen calf.

Pure (no Qt), so the rules that keep a possible blood clot from being massaged
and keep the night steps seated or lying are unit-tested without a window
(tests/unit/test_cramp_steps.py). The screen (``coach.ui.cramp_screen``) asks
these and shows the answer.

The default part holds the sitting and lying steps; the standing part comes
only after the user chose "I'm steady". Once the user said one calf is
swollen, hot or red, no step that presses or massages the calf is shown, in
either part.
"""

from __future__ import annotations

from typing import Literal

from coach.content.model import Library, Routine, RoutineStep

Part = Literal["default", "standing"]
DEFAULT: Part = "default"
STANDING: Part = "standing"


class ReliefSteps:
    """Where the user is among the relief steps, and what the swollen-calf answer allows."""

    def __init__(self, library: Library, default: Routine | None,
                 standing: Routine | None) -> None:
        self._library = library
        self._routines: dict[Part, Routine | None] = {DEFAULT: default, STANDING: standing}
        self.part: Part = DEFAULT
        self.index = 0  # in the current part's steps (all of them, shown or not)
        self.swollen: bool | None = None  # the answer to the swollen-calf question

    def restart(self) -> None:
        """A new cramp: the default part, and the swollen-calf question not yet answered."""
        self.part = DEFAULT
        self.swollen = None

    def steps(self, part: Part) -> tuple[RoutineStep, ...]:
        routine = self._routines[part]
        return routine.steps if routine is not None else ()

    def standing_steps(self) -> tuple[RoutineStep, ...]:
        return self.steps(STANDING)

    def touches_calf(self, step: RoutineStep) -> bool:
        exercise = self._library.exercise(step.exercise)
        return bool(exercise is not None and exercise.touches_calf)

    def allowed(self, part: Part) -> list[int]:
        """Indexes of the steps to show: all, or none that touch the calf after "yes"."""
        steps = self.steps(part)
        return [i for i, step in enumerate(steps)
                if not (self.swollen is True and self.touches_calf(step))]

    def first(self, part: Part) -> int:
        """The first step of ``part`` to show (0 when none is left)."""
        allowed = self.allowed(part)
        return allowed[0] if allowed else 0

    def last(self, part: Part) -> int:
        allowed = self.allowed(part)
        return allowed[-1] if allowed else 0

    def after(self, index: int) -> int | None:
        """The next shown step of the current part after ``index``; None at the end."""
        following = [i for i in self.allowed(self.part) if i > index]
        return following[0] if following else None

    def at_or_after(self, index: int) -> int | None:
        """The first shown step of the current part at or after ``index``."""
        following = [i for i in self.allowed(self.part) if i >= index]
        return following[0] if following else None

    def before(self, index: int) -> int | None:
        """The shown step of the current part before ``index``; None at the start."""
        earlier = [i for i in self.allowed(self.part) if i < index]
        return earlier[-1] if earlier else None

    def offers_standing(self) -> bool:
        """The end of the default steps leads to the standing offer (never after "yes")."""
        return (self.part == DEFAULT and self.swollen is not True
                and bool(self.standing_steps()))

    def asks_first(self, index: int) -> bool:
        """Step ``index`` presses or massages the calf and the question is not answered."""
        steps = self.steps(self.part)
        return (0 <= index < len(steps) and self.swollen is None
                and self.touches_calf(steps[index]))

    def never_shown(self, index: int) -> bool:
        """Step ``index`` touches the calf and the user said one is swollen."""
        steps = self.steps(self.part)
        return (self.swollen is True and 0 <= index < len(steps)
                and self.touches_calf(steps[index]))

    def place(self, index: int) -> int:
        """Step ``index``'s number among the shown steps of its part (1-based)."""
        allowed = self.allowed(self.part)
        return allowed.index(index) + 1 if index in allowed else index + 1

    @property
    def count(self) -> int:
        """How many steps the current part shows."""
        return len(self.allowed(self.part))

    @property
    def current(self) -> RoutineStep | None:
        steps = self.steps(self.part)
        return steps[self.index] if 0 <= self.index < len(steps) else None

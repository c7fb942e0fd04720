"""Frozen dataclasses for the exercise library and routines.

The model is immutable so the engine and the UI can share one loaded library
without defensive copies, and so a reload is a plain swap of references.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Sides = Literal["both", "none"]
SIDES: tuple[Sides, ...] = ("both", "none")
RoutineKind = Literal["routine", "relief"]
ROUTINE_KINDS: tuple[RoutineKind, ...] = ("routine", "relief")
# How the body is placed for an exercise. The night screen offers only
# "sitting" and "lying" steps by default; a routine goes standing -> sitting ->
# lying, never back up (getting up again is the moment people fall).
Position = Literal["standing", "sitting", "lying"]
POSITIONS: tuple[Position, ...] = ("standing", "sitting", "lying")
# What the body does during the step, for the words the voice uses: "hold" a
# stretch or a press, "move" (walking, kneading, massage: keep going), "rest"
# (stay still: lying, warming). Optional in YAML; "hold" by default.
Action = Literal["hold", "move", "rest"]
ACTIONS: tuple[Action, ...] = ("hold", "move", "rest")

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Text:
    """A user-visible string with optional translations.

    YAML may give a plain string (English) or a mapping ``{en: ..., ru: ...}``.
    English is always present so every screen has something to show.
    """

    values: tuple[tuple[str, str], ...]

    @classmethod
    def plain(cls, text: str) -> Text:
        return cls(((DEFAULT_LANGUAGE, text),))

    def get(self, language: str = DEFAULT_LANGUAGE) -> str:
        """Return the text in ``language`` (``pt_BR``, then ``pt``), else English."""
        by_code = dict(self.values)
        for code in (language, language.split("_")[0].lower()):
            if code in by_code:
                return by_code[code]
        return by_code.get(DEFAULT_LANGUAGE, "")

    def __str__(self) -> str:
        return self.get()


@dataclass(frozen=True)
class Exercise:
    """One movement from the article, with its instructions and pictures."""

    id: str
    name: Text
    steps: tuple[Text, ...]
    sides: Sides
    illustrations: tuple[str, ...]  # paths relative to assets/illustrations/
    source: str  # the article section it comes from
    caution: Text | None = None
    # Required in YAML. The default is the most demanding position, so an
    # Exercise built in code without one is never offered as a night step.
    position: Position = "standing"
    # Massage, kneading and pressing steps: the night screen first asks whether
    # one calf is swollen, hot and red (a possible clot is never massaged).
    touches_calf: bool = False
    action: Action = "hold"


@dataclass(frozen=True)
class RoutineStep:
    """An exercise placed in a routine with its timing."""

    exercise: str  # Exercise.id
    hold_s: int
    repeat: int = 1
    rest_s: int = 0
    sides: Sides | None = None  # overrides Exercise.sides when set
    note: Text | None = None
    # Hold "until the cramp releases": the night screen counts up with a soft
    # cue every 30 s; ``hold_s`` is then the suggested minimum.
    until_release: bool = False


@dataclass(frozen=True)
class Routine:
    """A sequence of exercises with timings; ``kind`` ``relief`` is the cramp-now guide."""

    id: str
    title: Text
    summary: Text
    kind: RoutineKind
    prepare_s: int
    steps: tuple[RoutineStep, ...]
    when: Text | None = None  # e.g. "Three times a day"
    path: str = ""  # file it came from, for messages
    # Where the routine and its timings come from (a study or the article's
    # section), shown as "Why this routine". Required for built-in routines.
    source: Text | None = None


@dataclass(frozen=True)
class ContentError:
    """A problem in a content file, shown as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Library:
    """Everything that loaded, plus what did not and why."""

    exercises: dict[str, Exercise] = field(default_factory=dict)
    routines: dict[str, Routine] = field(default_factory=dict)
    errors: tuple[ContentError, ...] = ()

    def routine(self, routine_id: str) -> Routine | None:
        return self.routines.get(routine_id)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return self.exercises.get(exercise_id)

"""The words of Cramp now that depend on no widget: a step, its caution, where it stands.

Pure (no Qt widgets), so what a half-asleep user reads is unit-tested without a
window (tests/unit/test_cramp_texts.py); the pages only show these strings.
"""

from __future__ import annotations

from datetime import datetime

from coach.content.model import Exercise
from coach.i18n import Tr
from coach.words.durations import duration_words


class CrampText(Tr):
    """Translation context for the Cramp now screen and its diary offer."""


def step_lines(exercise: Exercise, language: str) -> str:
    """Every instruction of the exercise, one per line.

    All of them, not the first two: a dropped line can be the one that says
    how to do the step safely. The screen fits its type to the window instead.
    """
    return "\n".join(step.get(language) for step in exercise.steps)


def caution_line(exercise: Exercise, language: str) -> str:
    """"Careful: ..." for an exercise with a caution; "" without one."""
    if exercise.caution is None:
        return ""
    text = exercise.caution.get(language)
    if text[:1].isupper() and text[1:2].islower():  # "Careful: not on ..." (not "DVT")
        text = text[:1].lower() + text[1:]
    return CrampText.tr("Careful: {caution}").format(caution=text)


def position_text(place: int, count: int, standing: bool) -> str:
    """"Step 2 of 4", or "Standing step 1 of 2" once the user chose to stand."""
    template = (CrampText.tr("Standing step {step} of {steps}") if standing
                else CrampText.tr("Step {step} of {steps}"))
    return template.format(step=place, steps=count)


def next_button_text(finish: bool) -> str:
    """The Space button's words: "Finish" on the last step, else "Next step"."""
    return (CrampText.tr("Finish  (Space)") if finish
            else CrampText.tr("Next step  (Space)"))


def hold_hint(until_release: bool) -> str:
    """The key line under a step while its hold runs (or counts up)."""
    if until_release:
        return CrampText.tr(
            "Hold until the cramp lets go; the clock counts up.  Space or → when it has,"
            "  ← back,  Esc when it's gone.")
    return CrampText.tr("Hold while the timer runs.  Space or → next step,"
                        "  ← back,  Esc when it's gone.")


def hold_done_hint(last: bool) -> str:
    """The key line once the hold is over: the last step points to Esc."""
    return (CrampText.tr("Done. Press Esc if the cramp is gone.") if last else
            CrampText.tr("Done. Press Space for the next step, or keep holding."))


def duration_sentence(started: datetime | None, duration_s: float) -> str:
    """The diary offer's line: when the cramp started and how long, both noted already."""
    return CrampText.tr(
        "It started at {time} and lasted about {duration}; both are noted for you.").format(
            time=f"{started:%H:%M}" if started is not None else "",
            duration=duration_words(duration_s))

"""Which relief step comes next, without a window: the rules that keep a possibly
clotted calf from being massaged and the standing steps behind their offer."""

from __future__ import annotations

from dataclasses import replace

from coach.content.model import Library, Routine, RoutineStep, Text
from coach.ui.cramp.steps import DEFAULT, STANDING, ReliefSteps

from builders import exercise

EXERCISES = {e.id: e for e in (
    exercise("toe-pull", position="sitting"),
    exercise("calf-massage", position="sitting", touches_calf=True),
    exercise("legs-raised", "none", "lying", action="rest"),
    exercise("wall-stretch"),
    exercise("standing-massage", touches_calf=True),
    exercise("walk", "none", action="move"),
)}


def relief(routine_id: str, *ids: str) -> Routine:
    return Routine(id=routine_id, title=Text.plain(routine_id), summary=Text.plain(""),
                   kind="relief", prepare_s=0,
                   steps=tuple(RoutineStep(i, hold_s=30) for i in ids))


DEFAULT_STEPS = relief("cramp-relief", "toe-pull", "calf-massage", "legs-raised")
STANDING_STEPS = relief("cramp-relief-standing", "wall-stretch", "standing-massage", "walk")


def plan(default: Routine | None = DEFAULT_STEPS,
         standing: Routine | None = STANDING_STEPS) -> ReliefSteps:
    return ReliefSteps(Library(exercises=EXERCISES), default, standing)


def test_before_the_answer_every_step_is_shown_and_the_massage_asks_first() -> None:
    steps = plan()
    assert steps.allowed(DEFAULT) == [0, 1, 2]
    assert [steps.asks_first(i) for i in range(3)] == [False, True, False]
    assert steps.count == 3
    assert steps.after(0) == 1


def test_after_yes_no_step_that_touches_the_calf_is_shown_in_either_part() -> None:
    steps = plan()
    steps.swollen = True
    assert steps.allowed(DEFAULT) == [0, 2]
    assert steps.allowed(STANDING) == [0, 2]
    assert steps.never_shown(1)
    assert not steps.asks_first(1), "answered: never asked again"
    assert steps.after(0) == 2, "the massage is skipped"
    assert steps.before(2) == 0
    assert (steps.count, steps.place(2)) == (2, 2), "numbered among the shown steps"


def test_after_no_the_massage_is_shown_without_asking_again() -> None:
    steps = plan()
    steps.swollen = False
    assert steps.allowed(DEFAULT) == [0, 1, 2]
    assert not steps.asks_first(1)
    assert not steps.never_shown(1)


def test_the_standing_steps_are_offered_only_from_the_sitting_part_and_never_after_yes() -> None:
    steps = plan()
    assert steps.offers_standing()
    steps.swollen = False
    assert steps.offers_standing()
    steps.swollen = True
    assert not steps.offers_standing()
    steps.swollen = None
    steps.part = STANDING
    assert not steps.offers_standing(), "already standing"
    assert not plan(standing=None).offers_standing()


def test_the_ends_of_a_part_have_no_step_beyond_them() -> None:
    steps = plan()
    assert steps.before(0) is None
    assert steps.after(2) is None
    assert (steps.first(DEFAULT), steps.last(DEFAULT)) == (0, 2)


def test_after_the_advice_the_steps_go_on_from_the_one_the_question_stood_before() -> None:
    steps = plan()
    steps.swollen = True
    assert steps.at_or_after(1) == 2, "the massage it stood before is left out"
    assert steps.at_or_after(0) == 0
    only_massage = plan(relief("cramp-relief", "calf-massage"))
    only_massage.swollen = True
    assert only_massage.at_or_after(0) is None, "nothing left: the screen offers the diary"


def test_a_new_cramp_starts_sitting_with_the_question_unanswered() -> None:
    steps = plan()
    steps.part, steps.swollen = STANDING, True
    steps.restart()
    assert (steps.part, steps.swollen) == (DEFAULT, None)


def test_a_step_whose_exercise_is_missing_counts_as_not_touching_the_calf() -> None:
    missing = replace(DEFAULT_STEPS, steps=(RoutineStep("gone", hold_s=10),))
    steps = plan(missing)
    steps.swollen = True
    assert steps.allowed(DEFAULT) == [0]
    assert steps.current == RoutineStep("gone", hold_s=10)


def test_without_relief_routines_there_is_nothing_to_show() -> None:
    steps = plan(None, None)
    assert steps.steps(DEFAULT) == ()
    assert (steps.first(DEFAULT), steps.count, steps.current) == (0, 0, None)
    assert not steps.asks_first(0)

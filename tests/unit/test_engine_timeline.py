"""How a routine expands into the segments the user will go through, in order."""

from __future__ import annotations

import pytest

from coach.content.model import Routine, RoutineStep, Text
from coach.engine.timeline import build_timeline

from builders import LIBRARY


def routine(*steps: RoutineStep, prepare_s: int = 5) -> Routine:
    return Routine(id="test", title=Text.plain("Test"), summary=Text.plain(""), kind="routine",
                   prepare_s=prepare_s, steps=steps)


EVENING = routine(
    RoutineStep("wall-calf-stretch", hold_s=30, repeat=2, rest_s=10),
    RoutineStep("toe-pull-straight-leg", hold_s=30, rest_s=10),
    RoutineStep("wall-lean", hold_s=10, repeat=3, rest_s=5),
    RoutineStep("legs-raised", hold_s=60),
)


def shape(timeline) -> list[tuple]:
    return [(s.kind, s.duration_s, s.exercise.id if s.exercise else None, s.side)
            for s in timeline.segments]


def test_evening_stretch_expands_in_the_documented_order():
    timeline = build_timeline(EVENING, LIBRARY)
    wall, toe, lean, legs = ("wall-calf-stretch", "toe-pull-straight-leg", "wall-lean",
                             "legs-raised")
    assert shape(timeline) == [
        ("prepare", 5, wall, "left"),
        ("exercise", 30, wall, "left"), ("rest", 10, wall, "right"),
        ("exercise", 30, wall, "right"), ("rest", 10, wall, "left"),
        ("exercise", 30, wall, "left"), ("rest", 10, wall, "right"),
        ("exercise", 30, wall, "right"), ("rest", 10, toe, "left"),
        ("exercise", 30, toe, "left"), ("rest", 10, toe, "right"),
        ("exercise", 30, toe, "right"), ("rest", 10, lean, None),
        ("exercise", 10, lean, None), ("rest", 5, lean, None),
        ("exercise", 10, lean, None), ("rest", 5, lean, None),
        ("exercise", 10, lean, None), ("rest", 5, legs, None),
        ("exercise", 60, legs, None),
    ]
    assert timeline.total_s == 350
    assert timeline.exercise_count == 10


def test_segments_start_where_the_previous_one_ends():
    timeline = build_timeline(EVENING, LIBRARY)
    offsets = [s.start_s for s in timeline.segments]
    ends = [s.start_s + s.duration_s for s in timeline.segments]
    assert offsets[0] == 0
    assert offsets[1:] == ends[:-1]
    assert ends[-1] == timeline.total_s


def test_repeats_and_steps_are_numbered_for_each_segment():
    timeline = build_timeline(EVENING, LIBRARY)
    stretches = [(s.step_index, s.repeat_index, s.side) for s in timeline.segments
                 if s.kind == "exercise" and s.step_index == 0]
    assert stretches == [(0, 0, "left"), (0, 0, "right"), (0, 1, "left"), (0, 1, "right")]
    leans = [s.repeat_index for s in timeline.segments
             if s.kind == "exercise" and s.step_index == 2]
    assert leans == [0, 1, 2]


def test_every_segment_says_which_step_and_repeat_it_belongs_to():
    """The player's "step 2 of 4" and "repeat 2 of 3" come from these numbers."""
    timeline = build_timeline(routine(
        RoutineStep("wall-lean", hold_s=10, repeat=2, rest_s=5),
        RoutineStep("legs-raised", hold_s=20, rest_s=5),
        RoutineStep("wall-lean", hold_s=10)), LIBRARY)
    assert [(s.kind, s.step_index, s.repeat_index) for s in timeline.segments] == [
        ("prepare", 0, 0),  # prepare counts as the first step
        ("exercise", 0, 0), ("rest", 0, 0), ("exercise", 0, 1), ("rest", 0, 1),
        ("exercise", 1, 0), ("rest", 1, 0),  # a rest belongs to the step before it
        ("exercise", 2, 0),
    ]


def test_one_second_of_prepare_or_rest_still_counts():
    timeline = build_timeline(routine(RoutineStep("wall-lean", hold_s=10, repeat=2, rest_s=1),
                                      prepare_s=1), LIBRARY)
    assert [(s.kind, s.duration_s) for s in timeline.segments] == [
        ("prepare", 1), ("exercise", 10), ("rest", 1), ("exercise", 10)]
    assert timeline.total_s == 22


def test_the_timeline_keeps_its_routine():
    """The player shows the routine's title and records its id from here."""
    timeline = build_timeline(EVENING, LIBRARY)
    assert timeline.routine is EVENING


def test_no_rest_after_the_last_exercise_even_when_its_step_has_one():
    timeline = build_timeline(routine(RoutineStep("wall-lean", hold_s=20, repeat=2, rest_s=15)),
                              LIBRARY)
    assert shape(timeline) == [("prepare", 5, "wall-lean", None),
                               ("exercise", 20, "wall-lean", None),
                               ("rest", 15, "wall-lean", None),
                               ("exercise", 20, "wall-lean", None)]
    assert timeline.total_s == 60


def test_zero_rest_gives_back_to_back_exercises():
    timeline = build_timeline(routine(RoutineStep("wall-calf-stretch", hold_s=30, repeat=2)),
                              LIBRARY)
    assert [s.kind for s in timeline.segments] == ["prepare"] + ["exercise"] * 4
    assert [s.side for s in timeline.segments[1:]] == ["left", "right", "left", "right"]
    assert timeline.total_s == 125


def test_without_prepare_time_the_first_exercise_starts_at_once():
    timeline = build_timeline(routine(RoutineStep("wall-lean", hold_s=30), prepare_s=0),
                              LIBRARY)
    assert shape(timeline) == [("exercise", 30, "wall-lean", None)]
    assert timeline.segments[0].start_s == 0
    assert timeline.total_s == 30


def test_step_sides_override_the_exercise():
    timeline = build_timeline(routine(
        RoutineStep("wall-calf-stretch", hold_s=10, sides="none"),
        RoutineStep("wall-lean", hold_s=10, sides="both"),
        prepare_s=0), LIBRARY)
    assert [(s.exercise.id, s.side) for s in timeline.segments] == [
        ("wall-calf-stretch", None), ("wall-lean", "left"), ("wall-lean", "right")]


def test_notes_follow_their_step_and_prepare_has_none():
    note = Text.plain("Keep the heel down")
    timeline = build_timeline(routine(RoutineStep("wall-lean", hold_s=10, repeat=2, rest_s=5,
                                                  note=note)), LIBRARY)
    assert [s.note for s in timeline.segments] == [None, note, note, note]


def test_next_exercise_segment_skips_rests_and_ends_with_none():
    timeline = build_timeline(EVENING, LIBRARY)
    nxt = timeline.next_exercise_segment(0)
    assert nxt is timeline.segments[1]
    assert timeline.next_exercise_segment(1) is timeline.segments[3]
    assert timeline.next_exercise_segment(2) is timeline.segments[3]
    last = len(timeline.segments) - 1
    assert timeline.next_exercise_segment(last - 1) is timeline.segments[last]
    assert timeline.next_exercise_segment(last) is None


def test_prepare_with_nothing_after_it_points_at_no_exercise():
    timeline = build_timeline(routine(prepare_s=5), LIBRARY)
    assert shape(timeline) == [("prepare", 5, None, None)]
    assert timeline.exercise_count == 0


def test_unknown_exercise_is_a_key_error():
    with pytest.raises(KeyError):
        build_timeline(routine(RoutineStep("no-such-exercise", hold_s=10)), LIBRARY)


def test_shipped_evening_stretch_follows_the_trial_timing():
    """Hallegraeff 2012: calf then hamstring, 10 s holds, 3 times, 10 s rest, both legs."""
    from coach.content import loader

    library = loader.load_library()
    timeline = build_timeline(library.routines["evening-stretch"], library.exercises)
    assert timeline.total_s == 235
    assert timeline.exercise_count == 12
    holds = [s for s in timeline.segments if s.kind == "exercise"]
    assert {s.duration_s for s in holds} == {10}
    assert {s.duration_s for s in timeline.segments if s.kind == "rest"} == {10}
    assert [(s.exercise.id, s.side) for s in holds[:6]] == [
        ("wall-calf-stretch", side) for side in ("left", "right") * 3]
    assert [s.exercise.id for s in holds[6:]] == ["hamstring-stretch-standing"] * 6


def test_every_shipped_routine_agrees_with_the_listed_duration():
    from coach.content import duration, loader

    library = loader.load_library()
    assert library.routines
    for routine_id, shipped in library.routines.items():
        timeline = build_timeline(shipped, library.exercises)
        assert timeline.total_s == duration.routine_total_s(shipped, library.exercises), \
            routine_id

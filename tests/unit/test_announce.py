"""What the voice says at each moment of a routine."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coach.content.model import Exercise, Routine, RoutineStep, Text
from coach.engine.announce import english_duration, phrase_for
from coach.engine.timeline import build_timeline


def exercise(ex_id: str, name: str, sides: str, position: str = "standing",
             action: str = "hold") -> Exercise:
    return Exercise(id=ex_id, name=Text((("en", name), ("de", f"DE {name}"))),
                    steps=(Text.plain("Do it gently."),), sides=sides,  # type: ignore[arg-type]
                    illustrations=(), source="test", position=position,  # type: ignore[arg-type]
                    action=action)  # type: ignore[arg-type]


LIBRARY = {e.id: e for e in (exercise("wall-calf-stretch", "Wall calf stretch", "both"),
                             exercise("legs-raised", "Lie with your legs raised", "none",
                                      "lying", "rest"))}
ROUTINE = Routine(id="r", title=Text.plain("R"), summary=Text.plain(""), kind="routine",
                  prepare_s=5, steps=(
                      RoutineStep("wall-calf-stretch", hold_s=30, rest_s=10),
                      RoutineStep("legs-raised", hold_s=90, rest_s=15)))
# prepare | stretch left | rest | stretch right | rest | legs raised
SEGMENTS = build_timeline(ROUTINE, LIBRARY).segments


def test_exercise_names_the_side_and_the_hold_time():
    assert phrase_for("segment", SEGMENTS[1]) == "Wall calf stretch, left leg, hold 30 seconds"
    assert phrase_for("segment", SEGMENTS[3]) == "Wall calf stretch, right leg, hold 30 seconds"


def test_exercise_without_sides_has_no_side_words_and_long_times_in_minutes():
    assert phrase_for("segment", SEGMENTS[5]) == \
        "Lie with your legs raised, stay like this for 1 minute 30 seconds"


def _segment_of(ex: Exercise, hold_s: int = 60):
    routine = replace(ROUTINE, prepare_s=0,
                      steps=(RoutineStep(ex.id, hold_s=hold_s, sides="none"),))
    [segment] = build_timeline(routine, {ex.id: ex}).segments
    return segment


@pytest.mark.parametrize("language", ["en", "ru"])
def test_walking_and_lying_steps_are_never_told_to_hold(language):
    walk = _segment_of(exercise("heel-walk", "Walk on your heels", "none", "standing", "move"))
    lying = _segment_of(exercise("lie", "Lie down", "none", "lying"))  # lying, even as "hold"
    spoken = [phrase_for("segment", segment, language) for segment in (walk, lying)]
    for sentence in spoken:
        assert "hold" not in sentence and "держите" not in sentence
    if language == "en":
        assert spoken == ["Walk on your heels, keep going for 1 minute",
                          "Lie down, stay like this for 1 minute"]
    else:
        assert spoken[0].endswith(", продолжайте 1 минуту")
        assert spoken[1].endswith(", побудьте так 1 минуту")


def test_the_shipped_walking_and_lying_steps_are_not_held():
    from coach.content.loader import load_library

    library = load_library()
    for ex_id in ("heel-walk", "walk-in-place", "legs-raised", "calf-massage", "calf-knead"):
        sentence = phrase_for("segment", _segment_of(library.exercises[ex_id]), "en")
        assert ", hold " not in sentence, sentence
    stretch = phrase_for("segment", _segment_of(library.exercises["wall-calf-stretch"]), "en")
    assert stretch.endswith(", hold 1 minute")


def test_get_ready_says_what_comes_first():
    assert phrase_for("segment", SEGMENTS[0]) == "Get ready. First: Wall calf stretch, left leg"


def test_rest_says_how_long_and_what_is_next():
    assert phrase_for("segment", SEGMENTS[2]) == \
        "Rest 10 seconds. Next: Wall calf stretch, right leg"
    assert phrase_for("segment", SEGMENTS[4]) == \
        "Rest 10 seconds. Next: Lie with your legs raised"


def test_rest_or_prepare_with_nothing_after_it():
    lonely = Routine(id="x", title=Text.plain("X"), summary=Text.plain(""), kind="routine",
                     prepare_s=3, steps=())
    [prepare] = build_timeline(lonely, LIBRARY).segments
    assert phrase_for("segment", prepare) == "Get ready"
    rest = replace(prepare, kind="rest", duration_s=20)
    assert phrase_for("segment", rest) == "Rest 20 seconds"


@pytest.mark.parametrize(("seconds", "words"), [
    (1, "1 second"), (45, "45 seconds"), (60, "1 minute"), (61, "1 minute 1 second"),
    (90, "1 minute 30 seconds"), (120, "2 minutes"), (300, "5 minutes"),
])
def test_durations_are_spoken_naturally(seconds, words):
    assert english_duration(seconds) == words


def test_short_cues_and_the_end():
    assert phrase_for("switch_sides", SEGMENTS[3]) == "Switch sides"
    assert phrase_for("halfway", SEGMENTS[5]) == "Halfway"
    assert phrase_for("done", None) == "Done. Well done!"


def test_ticks_and_unknown_cues_are_not_spoken():
    assert phrase_for("tick", 3) is None
    assert phrase_for("something-new", None) is None
    assert phrase_for("segment", None) is None


def test_exercise_names_follow_the_language_wording_falls_back_to_english():
    # German has exercise names here but no phrasebook: the wording stays English.
    assert phrase_for("segment", SEGMENTS[1], "de_DE") == \
        "DE Wall calf stretch, left leg, hold 30 seconds"

"""The shipped routines read as a careful physiotherapist would want them.

These are rules about the content itself (routines/*.yaml), in English and
Russian: what order positions come in, what the night sequence may ask of a
half-asleep person, which words are never used, and that every caution is
there and short enough for the night screen to show in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from coach.content.loader import load_library
from coach.content.model import POSITIONS, Library, Text

LIBRARY: Library = load_library()
LANGUAGES = ("en", "ru")
ORDER = {position: rank for rank, position in enumerate(POSITIONS)}


def _texts() -> Iterator[tuple[str, Text]]:
    """Every user-visible text of the shipped content, with where it is."""
    for exercise in LIBRARY.exercises.values():
        yield f"{exercise.id}.name", exercise.name
        for number, step in enumerate(exercise.steps, 1):
            yield f"{exercise.id}.steps[{number}]", step
        if exercise.caution:
            yield f"{exercise.id}.caution", exercise.caution
    for routine in LIBRARY.routines.values():
        for name in ("title", "summary", "when", "source"):
            text = getattr(routine, name)
            if text is not None:
                yield f"{routine.id}.{name}", text
        for number, step in enumerate(routine.steps, 1):
            if step.note:
                yield f"{routine.id}.steps[{number}].note", step.note


TEXTS = list(_texts())


def test_every_text_is_translated_into_russian():
    missing = [where for where, text in TEXTS if dict(text.values).get("ru") is None]
    assert missing == []


# --- words ------------------------------------------------------------------------------------

# A coach says "may help"; it never promises. "Растяжение" is a strain (an
# injury), not a stretch: the stretch is "растяжка" or "потягивание". A stretch
# stops at a strong, comfortable pull, never at pain.
FORBIDDEN = {
    "en": [r"\bprevent(s|ed|ing)?\b", r"\bcures?\b", r"\bcured\b", r"\bguarantee",
           r"until it hurts", r"as soon as it (starts to )?hurts?", r"\bnot stroking\b"],
    "ru": [r"предотвращ", r"предупрежда", r"излеч", r"вылеч", r"гарантир", r"растяжени",
           r"пока не станет больно", r"как только станет больно", r"не поглаживани"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_promises_a_cure_or_asks_for_pain(language):
    found = [(where, pattern) for where, text in TEXTS for pattern in FORBIDDEN[language]
             if re.search(pattern, text.get(language), re.IGNORECASE)]
    assert found == []


def test_the_forbidden_word_check_can_fail():
    assert re.search(FORBIDDEN["en"][0], "Stretching prevents cramps", re.IGNORECASE)
    assert re.search(FORBIDDEN["ru"][5], "Почувствуйте растяжение в икре", re.IGNORECASE)


def test_evening_routines_say_may_reduce():
    for routine_id in ("evening-stretch", "evening-stretch-seated"):
        summary = LIBRARY.routines[routine_id].summary
        assert "May reduce night cramps" in summary.get("en")
        assert "Может уменьшить ночные судороги" in summary.get("ru")


def test_no_step_contradicts_another_on_stroking():
    """The article's "with force, not stroking" (kneading) and a gentle stroking massage
    after the cramp must not sit side by side as "not stroking" and "stroke"."""
    knead = " ".join(step.get("en") for step in LIBRARY.exercises["calf-knead"].steps)
    assert "strok" not in knead.lower()
    massage = LIBRARY.exercises["calf-massage"].steps[0].get("en")
    assert massage.startswith("Once the cramp has eased")


# --- positions --------------------------------------------------------------------------------


@pytest.mark.parametrize("routine_id", sorted(LIBRARY.routines))
def test_positions_go_standing_then_sitting_then_lying(routine_id):
    """Never back up: getting up again after sitting or lying is when people fall."""
    routine = LIBRARY.routines[routine_id]
    ranks = [ORDER[LIBRARY.exercises[step.exercise].position] for step in routine.steps]
    assert ranks == sorted(ranks), [LIBRARY.exercises[s.exercise].position
                                    for s in routine.steps]


@pytest.mark.parametrize("routine_id", sorted(r for r in LIBRARY.routines
                                              if LIBRARY.routines[r].kind == "routine"))
def test_a_timed_routine_leaves_time_to_change_position(routine_id):
    routine = LIBRARY.routines[routine_id]
    for step, after in zip(routine.steps, routine.steps[1:], strict=False):
        changes = (LIBRARY.exercises[step.exercise].position
                   != LIBRARY.exercises[after.exercise].position)
        if changes:
            assert step.rest_s >= 10, f"{step.exercise} -> {after.exercise}: rest {step.rest_s} s"


def test_the_default_night_sequence_has_no_standing_step():
    relief = LIBRARY.routines["cramp-relief"]
    positions = [LIBRARY.exercises[step.exercise].position for step in relief.steps]
    assert "standing" not in positions
    assert set(positions) <= {"sitting", "lying"}
    assert "heel-walk" not in [step.exercise for step in relief.steps]


def test_the_standing_relief_steps_are_their_own_routine():
    standing = LIBRARY.routines["cramp-relief-standing"]
    assert standing.kind == "relief"
    assert [step.exercise for step in standing.steps] == ["heel-stand-toes-up", "heel-walk"]
    assert all(LIBRARY.exercises[s.exercise].position == "standing" for s in standing.steps)
    assert standing.steps[1].hold_s <= 60, "a short heel walk, not minutes of it"


def test_the_night_stretch_holds_until_the_cramp_releases():
    first = LIBRARY.routines["cramp-relief"].steps[0]
    assert first.exercise == "toe-pull-straight-leg" and first.until_release
    assert LIBRARY.exercises[first.exercise].position == "sitting"


# --- the evening routine (Hallegraeff et al. 2012) --------------------------------------------


@pytest.mark.parametrize(("routine_id", "exercises", "position"), [
    ("evening-stretch", ["wall-calf-stretch", "hamstring-stretch-standing"], "standing"),
    ("evening-stretch-seated", ["seated-calf-stretch", "seated-hamstring-stretch"], "sitting"),
])
def test_the_evening_routine_follows_the_trial(routine_id, exercises, position):
    routine = LIBRARY.routines[routine_id]
    assert [step.exercise for step in routine.steps] == exercises
    for step in routine.steps:
        exercise = LIBRARY.exercises[step.exercise]
        assert (step.hold_s, step.repeat, step.rest_s) == (10, 3, 10)
        assert (step.sides or exercise.sides) == "both"
        assert exercise.position == position
    assert "Hallegraeff" in routine.source.get("en") and "2012;58:17-22" in routine.source.get("en")
    assert "Hallegraeff" in routine.source.get("ru")


# --- cautions ---------------------------------------------------------------------------------

# The night screen shows the whole caution beside the step; a short one fits.
MAX_CAUTION = 130


@pytest.mark.parametrize("exercise_id", sorted(LIBRARY.exercises))
def test_every_exercise_has_a_short_caution_in_both_languages(exercise_id):
    caution = LIBRARY.exercises[exercise_id].caution
    assert caution is not None
    for language in LANGUAGES:
        assert 0 < len(caution.get(language)) <= MAX_CAUTION, (language, caution.get(language))


@pytest.mark.parametrize("exercise_id", sorted(e for e in LIBRARY.exercises
                                               if LIBRARY.exercises[e].touches_calf))
def test_pressing_kneading_and_massage_warn_of_a_clot(exercise_id):
    caution = LIBRARY.exercises[exercise_id].caution
    english, russian = caution.get("en"), caution.get("ru")
    assert all(word in english for word in ("swollen", "warm", "red", "clot", "today"))
    assert all(word in russian for word in ("опухш", "горяч", "красн", "тромб", "сегодня"))


def test_touches_calf_marks_exactly_the_hands_on_steps():
    marked = {e.id for e in LIBRARY.exercises.values() if e.touches_calf}
    assert marked == {"thumb-press", "calf-knead", "squeeze-center-press", "calf-massage"}


def test_legs_raised_says_when_to_lower_the_legs():
    caution = LIBRARY.exercises["legs-raised"].caution
    english = caution.get("en")
    for sign in ("pale", "cold", "pain gets worse", "breathless"):
        assert sign in english
    assert english.startswith("Lower your legs")
    russian = caution.get("ru")
    for sign in ("бледне", "холоде", "боль усиливается", "трудно дышать"):
        assert sign in russian
    assert russian.startswith("Опустите ноги")


# --- text, side and picture -------------------------------------------------------------------


@pytest.mark.parametrize("exercise_id", sorted(
    e for e in LIBRARY.exercises
    if LIBRARY.exercises[e].sides == "both" and LIBRARY.exercises[e].position != "lying"
    and "stretch" in e))
def test_per_leg_stretches_say_which_leg_goes_where(exercise_id):
    """The player names the leg ("Left leg"); the text says that leg is the one to move."""
    steps = " ".join(step.get("en") for step in LIBRARY.exercises[exercise_id].steps)
    assert "the one shown on the screen" in steps
    assert re.search(r"\b(back|forward|in front|out in front)\b", steps)
    russian = " ".join(step.get("ru") for step in LIBRARY.exercises[exercise_id].steps)
    assert "указана на экране" in russian


@pytest.mark.parametrize("exercise_id", sorted(
    e for e in LIBRARY.exercises if LIBRARY.exercises[e].position == "standing"))
def test_standing_steps_name_their_support(exercise_id):
    exercise = LIBRARY.exercises[exercise_id]
    text = " ".join(step.get("en") for step in exercise.steps) + exercise.caution.get("en")
    assert re.search(r"\b(wall|chair|furniture)\b", text)


def test_lying_steps_never_hold_and_walking_moves():
    for exercise in LIBRARY.exercises.values():
        if exercise.position == "lying":
            assert exercise.action == "rest", exercise.id
    assert LIBRARY.exercises["heel-walk"].action == "move"
    assert LIBRARY.exercises["walk-in-place"].action == "move"

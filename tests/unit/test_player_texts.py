"""What the player says, without a window: a segment's texts, the place, the end."""

from __future__ import annotations

from datetime import datetime

from coach.content.model import Routine, RoutineStep, Text
from coach.engine.player import SessionResult
from coach.engine.timeline import build_timeline
from coach.platform.cues import NO_DEVICE, NO_ENGINE
from coach.ui.player.texts import (
    cue_saved_text,
    done_words,
    position_words,
    segment_texts,
    sound_problem_text,
    voice_problem_text,
    with_why,
)

from builders import LIBRARY

ROUTINE = Routine(id="test", title=Text.plain("Test"), summary=Text.plain(""), kind="routine",
                  prepare_s=5, steps=(RoutineStep("wall-calf-stretch", hold_s=30, rest_s=10),
                                      RoutineStep("wall-lean", hold_s=10)))
TIMELINE = build_timeline(ROUTINE, LIBRARY)
NIGHT = datetime(2026, 1, 20, 21, 0)


def test_get_ready_names_what_comes_up_and_what_after_it() -> None:
    heading, side, steps, caution, after = segment_texts(TIMELINE, 0, "en")
    assert (heading, side, caution) == ("Get ready", "", "")
    assert steps == "Coming up: Wall calf stretch, left leg"
    assert after == "After that: Wall calf stretch, right leg"


def test_an_exercise_segment_names_its_side_and_its_steps() -> None:
    heading, side, steps, _caution, after = segment_texts(TIMELINE, 1, "en")
    assert (heading, side) == ("Wall calf stretch", "Left leg")
    assert steps == "• Do it gently."
    assert after == "Next: Wall calf stretch, right leg"


def test_the_place_counts_exercises_and_time_left() -> None:
    assert position_words(TIMELINE, 1, 250) == "Exercise 1 of 3  ·  4:10 left"


def test_why_this_routine_is_added_once_and_taken_away_again() -> None:
    why = "Why this routine: a study"
    shown = with_why("• Stand.", why, wanted=True)
    assert shown == f"• Stand.\n\n{why}"
    assert with_why(shown, why, wanted=True) == shown, "never twice"
    assert with_why(shown, why, wanted=False) == "• Stand."
    assert with_why("", why, wanted=True) == why
    assert with_why("• Stand.", "", wanted=True) == "• Stand."


def test_the_end_counts_the_time_spent_not_the_routine_s_length() -> None:
    done = SessionResult("test", NIGHT, NIGHT, True, 3, 3, 60.0)
    assert done_words(done, 240.0, 3)[0] == "Done, 1 minute"
    assert "saved" in done_words(done, 240.0, 3)[1]
    overlong = SessionResult("test", NIGHT, NIGHT, True, 3, 3, 900.0)
    assert done_words(overlong, 240.0, 3)[0] == "Done, 4 minutes", "never longer than the routine"
    stopped = SessionResult("test", NIGHT, NIGHT, False, 1, 3, 50.0)
    title, detail = done_words(stopped, 240.0, 2)
    assert title == "Stopped"
    assert detail.startswith("Stopped at exercise 2 of 3. Exercises held to the end: 1.")


def test_skipping_to_the_end_is_not_praised_as_stretching() -> None:
    """History does not count an evening whose exercises were skipped; the end page
    must not say "Well done" and let the user think it did."""
    skipped = SessionResult("test", NIGHT, NIGHT, True, 0, 12, 2.0)
    title, detail = done_words(skipped, 235.0, 12)
    assert title == "Done, 2 seconds"
    assert "Well done" not in detail
    assert detail.startswith("Exercises held to the end: 0 of 12.")
    assert "at least half" in detail


def test_a_switch_that_cannot_play_says_why() -> None:
    assert sound_problem_text(None) == voice_problem_text(None) == ""
    assert sound_problem_text(NO_DEVICE) == "No sound device"
    assert "speech-dispatcher" in voice_problem_text(NO_ENGINE)
    assert sound_problem_text("something else") == "Sound not working"
    assert cue_saved_text("voice_enabled", False) == "Voice off, from now on. Also in Settings."

"""What Cramp now says, without a window: every instruction, the caution, the place."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from coach.content.model import Text
from coach.ui.cramp.texts import (
    caution_line,
    duration_sentence,
    hold_done_hint,
    hold_hint,
    next_button_text,
    position_text,
    step_lines,
)

from builders import exercise


def test_every_instruction_is_shown_one_per_line() -> None:
    three = replace(exercise("toe-pull"), steps=(Text.plain("Sit."), Text.plain("Pull."),
                                                 Text.plain("Hold, do not bounce.")))
    assert step_lines(three, "en") == "Sit.\nPull.\nHold, do not bounce."


def test_a_caution_reads_as_a_sentence_and_keeps_an_abbreviation() -> None:
    plain = exercise("calf-massage")
    assert caution_line(plain, "en") == ""
    careful = replace(plain, caution=Text.plain("Not on a swollen calf."))
    assert caution_line(careful, "en") == "Careful: not on a swollen calf."
    dvt = replace(plain, caution=Text.plain("DVT signs: stop."))
    assert caution_line(dvt, "en") == "Careful: DVT signs: stop."


def test_the_place_names_the_standing_steps() -> None:
    assert position_text(2, 4, standing=False) == "Step 2 of 4"
    assert position_text(1, 2, standing=True) == "Standing step 1 of 2"


def test_the_space_button_says_finish_on_the_last_step() -> None:
    assert next_button_text(finish=True) == "Finish  (Space)"
    assert next_button_text(finish=False) == "Next step  (Space)"


def test_the_key_line_follows_the_hold() -> None:
    assert "counts up" in hold_hint(until_release=True)
    assert "timer runs" in hold_hint(until_release=False)
    assert "Esc" in hold_done_hint(last=True)
    assert "Space" in hold_done_hint(last=False)


def test_the_diary_offer_says_when_and_how_long() -> None:
    text = duration_sentence(datetime(2026, 1, 20, 3, 5), 75.0)
    assert "03:05" in text and "1 minute" in text
    assert "1 minute" in duration_sentence(None, 75.0)

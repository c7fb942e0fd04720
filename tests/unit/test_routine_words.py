"""The routine editor's and home's routine words (coach/ui/models/routine_words.py)."""

from __future__ import annotations

from coach.content import routine_writer as writer
from coach.ui.models.routine_words import copy_title, position_text, read_only_reason, step_text

from builders import exercise


def test_a_step_reads_as_its_number_name_and_only_the_values_that_say_something():
    stretch = exercise("wall-calf-stretch")  # both legs
    step = writer.EditableStep(exercise="wall-calf-stretch", hold_s=30)
    assert step_text(0, step, stretch, "en") == "1. Wall calf stretch\nhold 30 s, each leg"
    step = writer.EditableStep(exercise="wall-calf-stretch", hold_s=20, repeat=3, rest_s=10,
                               sides="none")
    assert step_text(1, step, stretch, "en") == (
        "2. Wall calf stretch\nhold 20 s, 3 times, rest 10 s")


def test_a_step_whose_exercise_is_missing_shows_the_id_as_written():
    step = writer.EditableStep(exercise="gone-exercise", hold_s=15)
    assert step_text(2, step, None, "en") == "3. gone-exercise\nhold 15 s"


def test_positions_are_named_and_an_unknown_one_says_nothing():
    assert [position_text(p) for p in ("standing", "sitting", "lying", "")] == [
        "Standing", "Sitting", "Lying down", ""]


def test_a_copy_is_marked_in_every_language_the_title_has():
    assert copy_title("Evening stretch", "en") == "Evening stretch (copy)"
    assert copy_title({"en": "Evening", "ru": "Вечер"}, "ru_RU") == {
        "en": "Evening (copy)", "ru": "Вечер (copy)"}


def test_why_a_file_is_read_only_keeps_content_messages_as_written():
    opened = writer.Opened.read_only(None, "{error}", error="routines/x.yaml:3: bad hold")
    assert read_only_reason(opened) == "routines/x.yaml:3: bad hold"
    opened = writer.Opened.read_only(None, "It has a key the editor does not know: {key}.",
                                     key="music")
    assert read_only_reason(opened) == "It has a key the editor does not know: music."

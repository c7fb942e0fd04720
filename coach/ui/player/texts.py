"""The player's words: headings, steps, "Coming up", "Next", the position, the switches' words.

Pure (no Qt widgets): what the player says is unit-tested without a window
(tests/unit/test_player_texts.py), and the window's status line after a switch
(``cue_saved_text``) needs no player screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.content.model import Exercise, Routine
from coach.engine.timeline import Segment, Timeline
from coach.i18n import Tr
from coach.insights.counts import counts_as_stretched
from coach.words.durations import clock_text, duration_words

if TYPE_CHECKING:  # the player's module needs QtCore; its result is plain data
    from coach.engine.player import SessionResult


class PlayerText(Tr):
    """Translation context for the player screen."""


def side_words(side: str | None) -> str:
    """"left" -> "Left leg"; no side -> ""."""
    return {"left": PlayerText.tr("Left leg"), "right": PlayerText.tr("Right leg")}.get(
        side or "", "")


def segment_heading(segment: Segment, language: str) -> str:
    if segment.kind == "prepare":
        return PlayerText.tr("Get ready")
    if segment.kind == "rest":
        return PlayerText.tr("Rest")
    assert segment.exercise is not None
    return segment.exercise.name.get(language)


def instructions_text(exercise: Exercise | None, language: str) -> str:
    if exercise is None:
        return ""
    return "\n".join(f"• {step.get(language)}" for step in exercise.steps)


def why_text(routine: Routine, language: str) -> str:
    """ "Why this routine: <study or article section>"; empty for a routine without a source."""
    if routine.source is None:
        return ""
    return PlayerText.tr("Why this routine: {source}").format(
        source=routine.source.get(language))


def repeat_words(timeline: Timeline, segment: Segment) -> str:
    """"2 of 3" for a step played more than once; "" otherwise."""
    steps = timeline.routine.steps
    repeats = steps[segment.step_index].repeat if segment.step_index < len(steps) else 1
    if segment.kind != "exercise" or repeats <= 1:
        return ""
    return PlayerText.tr("{repeat} of {repeats}").format(repeat=segment.repeat_index + 1,
                                                         repeats=repeats)


def exercise_words(timeline: Timeline, segment: Segment | None, language: str) -> str:
    """"Wall calf stretch, left leg", "Wall lean, 2 of 3"; "" when there is no exercise.

    The side and the repeat are named so that two lines about different
    segments of one exercise never read the same.
    """
    if segment is None or segment.exercise is None:
        return ""
    # The side, or for a one-sided step the repeat, tells two segments apart.
    detail = (side_words(segment.side).lower() if segment.side
              else repeat_words(timeline, segment))
    name = segment.exercise.name.get(language)
    return f"{name}, {detail}" if detail else name


def coming_up_text(timeline: Timeline, index: int, language: str) -> str:
    """Get ready / rest: the exercise that comes next, with its side."""
    segment = timeline.segments[index]
    if segment.kind == "exercise":
        return ""
    upcoming = exercise_words(timeline, timeline.next_exercise_segment(index), language)
    return PlayerText.tr("Coming up: {exercise}").format(exercise=upcoming) if upcoming else ""


def next_text(timeline: Timeline, index: int, language: str) -> str:
    """The line under the ring, never a repeat of the "Coming up" line above it.

    During an exercise: the next exercise ("Next: ..."). During get ready or a
    rest the "Coming up" line already names the next exercise, so this line
    names the one after it ("After that: ...").
    """
    segment = timeline.segments[index]
    nxt = timeline.next_exercise_segment(index)
    if segment.kind != "exercise" and nxt is not None:
        after = timeline.next_exercise_segment(timeline.segments.index(nxt, index + 1))
        if after is None:
            return PlayerText.tr("After that: finish")
        return PlayerText.tr("After that: {exercise}").format(
            exercise=exercise_words(timeline, after, language))
    if nxt is None:
        return PlayerText.tr("Next: finish")
    return PlayerText.tr("Next: {exercise}").format(
        exercise=exercise_words(timeline, nxt, language))


def exercise_number(timeline: Timeline, index: int) -> int:
    """Which exercise the header counts at segment ``index`` (1-based).

    During an exercise its own number; during get ready or a rest the number
    of the exercise coming up (the last one's once none follows). The header
    and the end screen both count exercises, so their numbers agree.
    """
    segments = timeline.segments
    before = sum(1 for s in segments[:index] if s.kind == "exercise")
    if segments[index].kind == "exercise":
        return before + 1
    return min(before + 1, max(1, timeline.exercise_count))


def segment_texts(timeline: Timeline, index: int,
                  language: str) -> tuple[str, str, str, str, str]:
    """Heading, side, steps, caution and next line for segment ``index``."""
    segment = timeline.segments[index]
    exercise = segment.exercise
    if segment.kind == "exercise":
        steps = instructions_text(exercise, language)
        caution = exercise.caution.get(language) if exercise and exercise.caution else ""
        note = segment.note.get(language) if segment.note else ""
        caution = "\n".join(t for t in (note, caution) if t)
    else:
        steps, caution = coming_up_text(timeline, index, language), ""
    return (segment_heading(segment, language),
            side_words(segment.side) if segment.kind == "exercise" else "",
            steps, caution, next_text(timeline, index, language))


def position_words(timeline: Timeline, index: int, remaining_s: float) -> str:
    """"Exercise 3 of 8  ·  4:10 left": counted in exercises, like the end screen."""
    return PlayerText.tr("Exercise {number} of {count}  ·  {time} left").format(
        number=exercise_number(timeline, index), count=timeline.exercise_count,
        time=clock_text(remaining_s))


def with_why(text: str, why: str, wanted: bool) -> str:
    """The steps with "Why this routine" under them when ``wanted`` (get ready, before
    Start), without it otherwise; ``text`` as it is when it already matches."""
    shown = bool(why) and text.endswith(why)
    if wanted and why and not shown:
        return f"{text}\n\n{why}" if text else why
    if shown and not wanted:
        return text[:-len(why)].rstrip("\n")
    return text


def done_words(result: SessionResult, total_s: float | None, at: int) -> tuple[str, str]:
    """The end page's title and line: "Done, 5 minutes" or where the routine stopped.

    ``total_s`` is the routine's length (None when unknown), ``at`` the exercise
    shown when it stopped, counted like the header.
    """
    if result.completed and total_s is not None:
        # The time actually spent, not the routine's length: someone who
        # skipped through it must not read "Done, 4 minutes".
        title = PlayerText.tr("Done, {duration}").format(
            duration=duration_words(min(result.active_seconds, total_s)))
        if not counts_as_stretched(result.completed, result.exercise_segments_done,
                                   result.exercise_segments_total):
            # Skipped to the end: no praise History would contradict.
            return title, PlayerText.tr(
                "Exercises held to the end: {done} of {count}. Saved in your history; "
                "an evening counts as stretched when at least half are held to the "
                "end.").format(done=result.exercise_segments_done,
                               count=result.exercise_segments_total)
        return title, PlayerText.tr("Well done. Your session is saved in your history.")
    # The same count as the header ("Exercise 4 of 8") with what was done.
    return (PlayerText.tr("Stopped"), PlayerText.tr(
        "Stopped at exercise {number} of {count}. Exercises held to the end: {done}. "
        "Saved in your history.").format(
            number=at, count=result.exercise_segments_total,
            done=result.exercise_segments_done))


def cue_saved_text(key: str, on: bool) -> str:
    """The status line after a switch in the player: it is a setting, kept."""
    if key == "sound_enabled":
        return (PlayerText.tr("Sound on, from now on. Also in Settings.") if on
                else PlayerText.tr("Sound off, from now on. Also in Settings."))
    return (PlayerText.tr("Voice on, from now on. Also in Settings.") if on
            else PlayerText.tr("Voice off, from now on. Also in Settings."))


def sound_problem_text(reason: str | None) -> str:
    """The sound switch's words when sound cannot play ("" when it can)."""
    if reason is None:
        return ""
    return {"no_device": PlayerText.tr("No sound device"),
            "disabled": PlayerText.tr("Sound turned off on this computer"),
            }.get(reason, PlayerText.tr("Sound not working"))


def voice_problem_text(reason: str | None) -> str:
    """The voice switch's words when nothing can speak ("" when it can)."""
    if reason is None:
        return ""
    return {"no_engine": PlayerText.tr("No voice installed: install speech-dispatcher"),
            "disabled": PlayerText.tr("Voice turned off on this computer"),
            }.get(reason, PlayerText.tr("Voice not working"))

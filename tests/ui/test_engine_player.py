"""The routine player as the user experiences it: what shows, what is heard, when.

Time only moves when a test advances the ``FakeClock`` and calls ``update()``,
as the UI's refresh (or the player's own timer) would. Nothing sleeps.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from coach.content.model import Routine, RoutineStep, Text
from coach.engine.player import HALFWAY_MIN_S, PlayerState, RoutinePlayer, SessionResult
from coach.engine.timeline import Timeline, build_timeline
from coach.testing.clock import FakeClock

from builders import LIBRARY


def timeline_of(*steps: RoutineStep, prepare_s: int = 5) -> Timeline:
    routine = Routine(id="test-routine", title=Text.plain("Test"), summary=Text.plain(""),
                      kind="routine", prepare_s=prepare_s, steps=steps)
    return build_timeline(routine, LIBRARY)


EVENING = timeline_of(
    RoutineStep("wall-calf-stretch", hold_s=30, repeat=2, rest_s=10),
    RoutineStep("toe-pull-straight-leg", hold_s=30, rest_s=10),
    RoutineStep("wall-lean", hold_s=10, repeat=3, rest_s=5),
    RoutineStep("legs-raised", hold_s=60),
)


class Recorder:
    """Everything the player told the outside world, in order."""

    def __init__(self, player: RoutinePlayer) -> None:
        self.log: list[tuple[str, object]] = []
        self.results: list[SessionResult] = []
        player.segmentChanged.connect(lambda i: self.log.append(("segmentChanged", i)))
        player.secondChanged.connect(lambda s: self.log.append(("second", s)))
        player.stateChanged.connect(lambda s: self.log.append(("state", s)))
        player.cue.connect(lambda kind, payload: self.log.append((kind, payload)))
        player.finished.connect(self.results.append)

    def of(self, *names: str) -> list[tuple[str, object]]:
        return [entry for entry in self.log if entry[0] in names]

    def values(self, name: str) -> list[object]:
        return [value for kind, value in self.log if kind == name]

    def clear(self) -> None:
        self.log.clear()


@pytest.fixture
def make(qtbot):
    """A player on a fake clock, with a recorder (qtbot only provides the QApplication)."""
    def _make(timeline: Timeline = EVENING) -> tuple[RoutinePlayer, FakeClock, Recorder]:
        clock = FakeClock()
        player = RoutinePlayer(timeline, clock)
        return player, clock, Recorder(player)
    return _make


def run(player: RoutinePlayer, clock: FakeClock, seconds: float, step: float = 1.0) -> None:
    """Let ``seconds`` pass with the UI looking every ``step`` seconds."""
    steps = round(seconds / step)
    for _ in range(steps):
        clock.advance(step)
        player.update()


def go(player: RoutinePlayer, clock: FakeClock, seconds: float) -> None:
    """One jump of ``seconds`` and one look (a stall, or a test skipping ahead)."""
    clock.advance(seconds)
    player.update()


# ----- ready and start ------------------------------------------------------

def test_ready_shows_the_first_segment_and_time_does_not_run(make):
    player, clock, rec = make()
    assert player.state == PlayerState.READY
    assert player.index == 0 and player.segment.kind == "prepare"
    assert player.remaining() == 5 and player.displayed_seconds() == 5
    assert player.remaining_total() == 350 and player.elapsed_total() == 0
    go(player, clock, 100)
    assert player.remaining() == 5 and rec.log == []


def test_start_announces_the_get_ready_segment(make):
    player, _, rec = make()
    player.start()
    assert player.state == PlayerState.PLAYING
    assert rec.log == [("state", PlayerState.PLAYING), ("segment", EVENING.segments[0])]
    player.start()  # a second press does nothing
    assert len(rec.log) == 2


# ----- the whole routine ----------------------------------------------------

def test_full_routine_visits_every_segment_in_order_and_ends_on_time(make):
    player, clock, rec = make()
    player.start()
    run(player, clock, 349)
    assert player.state == PlayerState.PLAYING
    assert player.index == len(EVENING.segments) - 1 and player.displayed_seconds() == 1
    go(player, clock, 1)
    assert player.state == PlayerState.FINISHED
    assert rec.values("segmentChanged") == list(range(1, len(EVENING.segments)))
    assert rec.values("segment") == list(EVENING.segments)
    assert rec.values("done") == [None]
    assert rec.of("state")[-1] == ("state", PlayerState.FINISHED)
    assert player.remaining_total() == 0 and player.elapsed_total() == 350
    assert player.displayed_seconds() == 0 and rec.values("second")[-1] == 0
    [result] = rec.results
    assert result.completed and result.routine_id == "test-routine"
    assert result.exercise_segments_done == result.exercise_segments_total == 10
    assert result.active_seconds == pytest.approx(350)
    assert result.ended_wall - result.started_wall == timedelta(seconds=350)


def test_finished_is_reported_once_and_the_player_then_ignores_controls(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 1000)
    for control in (player.update, player.stop, player.skip, player.back, player.pause,
                    player.resume, player.toggle_pause, player.start):
        control()
    assert player.state == PlayerState.FINISHED
    assert len(rec.results) == 1
    assert rec.values("done") == [None]


def test_remaining_and_elapsed_total_follow_the_routine(make):
    player, clock, _ = make()
    player.start()
    go(player, clock, 17.5)  # 12.5 s into the first stretch
    assert player.remaining() == pytest.approx(17.5)
    assert player.displayed_seconds() == 18
    assert player.remaining_total() == pytest.approx(350 - 17.5)
    assert player.elapsed_total() == pytest.approx(17.5)


# ----- seconds on screen ----------------------------------------------------

def test_displayed_second_flips_exactly_on_the_boundary(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 5)  # the 30 s stretch begins
    rec.clear()
    go(player, clock, 1.999)
    assert player.displayed_seconds() == 29
    go(player, clock, 0.0009)
    assert player.displayed_seconds() == 29
    go(player, clock, 0.0001)  # exactly 28.0 left
    assert player.displayed_seconds() == 28
    assert rec.values("second") == [29, 28]


def test_second_changed_only_when_the_number_changes(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 5)
    rec.clear()
    run(player, clock, 3, step=0.1)
    assert rec.values("second") == [29, 28, 27]


def test_segment_changes_when_its_time_is_exactly_up(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 4.999)
    assert player.index == 0 and player.displayed_seconds() == 1
    go(player, clock, 0.001)
    assert player.index == 1
    assert player.remaining() == pytest.approx(30)
    assert player.displayed_seconds() == 30
    assert rec.values("segmentChanged") == [1]


def test_late_look_does_not_shift_the_following_deadlines(make):
    """A late update lands late, but the next segment still ends on schedule."""
    player, clock, _ = make()
    player.start()
    go(player, clock, 5.7)  # noticed the end of "get ready" 0.7 s late
    assert player.index == 1
    assert player.remaining() == pytest.approx(29.3)
    go(player, clock, 29.3)  # 35 s after start: the stretch is over
    assert player.index == 2 and player.remaining() == pytest.approx(10)


# ----- ticks, halfway, switch sides -----------------------------------------

def test_ticks_3_2_1_once_each_in_every_segment_of_five_seconds_or_more(make):
    timeline = timeline_of(RoutineStep("wall-lean", hold_s=8, repeat=2, rest_s=4),
                           RoutineStep("legs-raised", hold_s=5))
    player, clock, _ = make(timeline)
    player.start()
    ticks_by_segment: dict[int, list[int]] = {}

    def on_cue(kind: str, payload: object) -> None:
        if kind == "tick":
            ticks_by_segment.setdefault(player.index, []).append(payload)

    player.cue.connect(on_cue)
    run(player, clock, timeline.total_s, step=0.25)
    assert player.state == PlayerState.FINISHED
    kinds = [s.kind for s in timeline.segments]
    assert kinds == ["prepare", "exercise", "rest", "exercise", "rest", "exercise"]
    assert ticks_by_segment == {0: [3, 2, 1], 1: [3, 2, 1], 3: [3, 2, 1], 5: [3, 2, 1]}


def test_tick_three_sounds_when_three_seconds_show(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 1.999)
    assert rec.values("tick") == []
    go(player, clock, 0.001)
    assert player.displayed_seconds() == 3
    assert rec.values("tick") == [3]


def test_a_sparse_look_at_the_end_of_a_segment_still_sounds_its_last_tick(make):
    player, clock, rec = make()
    player.start()
    rec.clear()
    go(player, clock, 5)  # one look, right at the end of "get ready"
    assert rec.values("tick") == [1]
    assert [kind for kind, _ in rec.of("tick", "segment")] == ["tick", "segment"]


def test_an_end_noticed_late_has_no_stale_tick(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 5.6)  # the "1" showed 1.6 s ago
    assert rec.values("tick") == []
    assert player.index == 1


def test_halfway_once_at_the_middle_of_long_holds_only(make):
    timeline = timeline_of(RoutineStep("legs-raised", hold_s=60),
                           RoutineStep("wall-lean", hold_s=HALFWAY_MIN_S),
                           RoutineStep("wall-lean", hold_s=HALFWAY_MIN_S - 1), prepare_s=0)
    player, clock, rec = make(timeline)
    player.start()
    go(player, clock, 29.5)
    assert rec.values("halfway") == []
    go(player, clock, 0.5)
    assert rec.values("halfway") == [timeline.segments[0]]
    run(player, clock, 30 + HALFWAY_MIN_S + HALFWAY_MIN_S - 1, step=0.5)
    assert player.state == PlayerState.FINISHED
    assert rec.values("halfway") == [timeline.segments[0], timeline.segments[1]]


def test_switch_sides_when_the_other_leg_starts(make):
    player, clock, rec = make()
    player.start()
    run(player, clock, 350)
    switches = rec.values("switch_sides")
    # wall stretch: L R L R, toe pull: L R -- the first leg of a step is no switch
    assert [(s.exercise.id, s.side, s.repeat_index) for s in switches] == [
        ("wall-calf-stretch", "right", 0), ("wall-calf-stretch", "left", 1),
        ("wall-calf-stretch", "right", 1), ("toe-pull-straight-leg", "right", 0)]
    # "Switch sides" is said just before the exercise and side are announced
    right = EVENING.segments[3]
    log = rec.of("switch_sides", "segment")
    at = log.index(("switch_sides", right))
    assert log[at + 1] == ("segment", right)


# ----- pause and resume -----------------------------------------------------

def test_pause_keeps_the_exact_remaining_time_across_a_long_pause(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 7.25)  # 2.25 s into the first stretch
    player.pause()
    assert player.state == PlayerState.PAUSED
    assert player.remaining() == pytest.approx(27.75)
    rec.clear()
    run(player, clock, 3600, step=10)
    assert player.remaining() == pytest.approx(27.75) and player.displayed_seconds() == 28
    assert rec.log == []  # nothing moves, nothing is heard while paused
    player.resume()
    assert rec.log == [("state", PlayerState.PLAYING)]
    go(player, clock, 27.7)
    assert player.index == 1
    go(player, clock, 0.05)
    assert player.index == 2 and player.segment.kind == "rest"


def test_toggle_pause_switches_between_playing_and_paused(make):
    player, _, rec = make()
    player.start()
    player.toggle_pause()
    assert player.state == PlayerState.PAUSED
    player.toggle_pause()
    assert player.state == PlayerState.PLAYING
    assert rec.values("state") == [PlayerState.PLAYING, PlayerState.PAUSED, PlayerState.PLAYING]


def test_pause_first_catches_up_with_time_already_gone(make):
    player, clock, _ = make()
    player.start()
    clock.advance(8)  # nobody looked since the start
    player.pause()
    assert player.index == 1
    assert player.remaining() == pytest.approx(27)


# ----- back and skip --------------------------------------------------------

def test_back_early_in_a_segment_goes_to_the_previous_one_from_its_start(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 35)  # rest after the first stretch begins
    go(player, clock, 2.9)
    rec.clear()
    player.back()
    assert player.index == 1 and player.segment.kind == "exercise"
    assert player.remaining() == 30 and player.displayed_seconds() == 30
    assert rec.values("segmentChanged") == [1]
    assert rec.values("segment") == [EVENING.segments[1]]
    go(player, clock, 30)
    assert player.index == 2


def test_back_later_in_a_segment_restarts_it(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 35)
    go(player, clock, 3)
    rec.clear()
    player.back()
    assert player.index == 2
    assert player.remaining() == 10
    assert rec.values("segment") == [EVENING.segments[2]]


def test_restarting_the_second_leg_does_not_say_switch_sides_again(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 45)  # the right leg begins
    assert rec.values("switch_sides") == [EVENING.segments[3]]
    go(player, clock, 10)
    rec.clear()
    player.back()
    assert player.index == 3 and player.remaining() == 30
    assert rec.of("segment", "switch_sides") == [("segment", EVENING.segments[3])]


def test_back_on_the_first_segment_restarts_it(make):
    player, clock, _ = make()
    player.start()
    go(player, clock, 1)
    player.back()
    assert player.index == 0 and player.remaining() == 5
    go(player, clock, 4)
    player.back()
    assert player.index == 0 and player.remaining() == 5


def test_skip_moves_on_and_a_skipped_exercise_does_not_count_as_done(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 10)  # 5 s into the first stretch
    player.skip()
    assert player.index == 2 and player.remaining() == 10
    player.stop()
    [result] = rec.results
    assert result.exercise_segments_done == 0


def test_skip_on_the_last_segment_completes_the_routine(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 300)  # in the last segment (legs raised, from 290 s)
    assert player.index == len(EVENING.segments) - 1
    player.skip()
    assert player.state == PlayerState.FINISHED
    assert rec.values("done") == [None]
    [result] = rec.results
    assert result.completed
    assert result.exercise_segments_done == 9  # the skipped last one is not done
    assert result.active_seconds == pytest.approx(300)


def test_moving_while_paused_stays_paused_silent_and_is_announced_on_resume(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 6)
    player.pause()
    rec.clear()
    player.skip()
    assert player.state == PlayerState.PAUSED and player.index == 2
    assert player.remaining() == 10
    go(player, clock, 60)
    assert player.remaining() == 10
    assert rec.of("segment", "switch_sides", "tick") == []
    player.back()  # right at the start of the rest: back to the stretch
    assert player.index == 1 and player.remaining() == 30
    player.resume()
    assert rec.values("segment") == [EVENING.segments[1]]


# ----- stop and the session result -----------------------------------------

def test_stop_reports_an_unfinished_session_without_the_paused_time(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 40)  # first stretch done (5 + 30), 5 s into the rest
    player.pause()
    go(player, clock, 500)
    player.resume()
    go(player, clock, 10)
    player.stop()
    assert player.state == PlayerState.STOPPED
    assert rec.values("done") == []
    [result] = rec.results
    assert not result.completed
    assert result.exercise_segments_done == 1
    assert result.exercise_segments_total == 10
    assert result.active_seconds == pytest.approx(50)
    assert result.ended_wall - result.started_wall == timedelta(seconds=550)
    player.stop()
    go(player, clock, 1000)
    assert len(rec.results) == 1 and player.state == PlayerState.STOPPED


def test_stop_before_start_does_nothing(make):
    player, _, rec = make()
    player.stop()
    assert player.state == PlayerState.READY and rec.results == []


# ----- a stalled machine ----------------------------------------------------

LONG = timeline_of(RoutineStep("wall-calf-stretch", hold_s=120, repeat=2, rest_s=10),
                   RoutineStep("legs-raised", hold_s=300))
# prepare 0-5 | L 5-125 | rest | R 135-255 | rest | L 265-385 | rest | R 395-515 | rest |
# legs 525-825


def test_ten_minute_gap_lands_on_the_right_segment_without_a_burst(make):
    player, clock, rec = make(LONG)
    player.start()
    go(player, clock, 1)
    rec.clear()
    go(player, clock, 600)  # 601 s after start
    assert player.segment.exercise.id == "legs-raised"
    assert player.remaining() == pytest.approx(825 - 601)
    assert rec.values("segmentChanged") == [len(LONG.segments) - 1]
    assert rec.of("segment", "switch_sides", "tick", "halfway") == [
        ("segment", LONG.segments[-1])]
    # the following seconds count down normally from there
    go(player, clock, 1)
    assert player.displayed_seconds() == 223
    player.stop()
    assert rec.results[0].exercise_segments_done == 4


def test_gap_that_lands_on_the_other_leg_says_switch_sides_once(make):
    player, clock, rec = make(LONG)
    player.start()
    rec.clear()
    go(player, clock, 400)
    assert (player.segment.exercise.id, player.segment.side) == ("wall-calf-stretch", "right")
    assert player.remaining() == pytest.approx(115)
    assert [kind for kind, _ in rec.of("segment", "switch_sides", "tick", "halfway")] == [
        "switch_sides", "segment"]


def test_gap_past_the_end_finishes_at_the_true_end_time(make):
    player, clock, rec = make(LONG)
    player.start()
    go(player, clock, 2000)
    assert player.state == PlayerState.FINISHED
    assert rec.of("segment", "switch_sides", "tick") == [("segment", LONG.segments[0])]
    [result] = rec.results
    assert result.completed and result.exercise_segments_done == 5
    assert result.active_seconds == pytest.approx(825)
    assert result.ended_wall - result.started_wall == timedelta(seconds=825)


def test_gap_inside_a_segment_gives_only_the_current_tick(make):
    player, clock, rec = make()
    player.start()
    go(player, clock, 5)
    go(player, clock, 20)  # 10 s left of the stretch
    rec.clear()
    go(player, clock, 8.5)  # the UI froze from 10 s left to 1.5 s left
    assert rec.values("tick") == [2]


# ----- the internal timer ---------------------------------------------------

def test_internal_timer_aims_at_the_next_second_boundary(make):
    player, clock, _ = make()
    player.start()
    assert player.next_wakeup_s() == pytest.approx(1.0)
    assert player._timer.isActive() and player._timer.interval() == 1000
    go(player, clock, 0.25)
    assert player.next_wakeup_s() == pytest.approx(0.75)
    assert player._timer.isActive() and player._timer.interval() == 750


def test_internal_timer_also_wakes_for_halfway(make):
    timeline = timeline_of(RoutineStep("legs-raised", hold_s=45), prepare_s=0)
    player, clock, _ = make(timeline)
    player.start()
    go(player, clock, 22)  # 23 s shown; halfway is at 22.5 s left
    assert player.next_wakeup_s() == pytest.approx(0.5)
    assert player._timer.interval() == 500


def test_internal_timer_is_off_while_paused_and_after_the_end(make):
    player, clock, _ = make()
    player.start()
    player.pause()
    assert not player._timer.isActive() and player.next_wakeup_s() is None
    player.resume()
    assert player._timer.isActive()
    go(player, clock, 350)
    assert not player._timer.isActive()


def test_internal_timer_firing_moves_the_player_on(make):
    player, clock, _ = make()
    player.start()
    clock.advance(5)
    player._timer.timeout.emit()  # what Qt does when the aimed instant arrives
    assert player.index == 1 and player.displayed_seconds() == 30


# ----- other shapes of routine ---------------------------------------------

def test_routine_without_prepare_or_rests_plays_exercises_back_to_back(make):
    timeline = timeline_of(RoutineStep("wall-calf-stretch", hold_s=20), prepare_s=0)
    player, clock, rec = make(timeline)
    player.start()
    assert rec.values("segment") == [timeline.segments[0]]
    assert player.segment.side == "left"
    go(player, clock, 20)
    assert player.segment.side == "right" and player.remaining() == 20
    go(player, clock, 20)
    assert player.state == PlayerState.FINISHED
    assert rec.results[0].exercise_segments_done == 2


def test_shipped_evening_stretch_plays_for_235_seconds(make):
    from coach.content import loader

    library = loader.load_library()
    timeline = build_timeline(library.routines["evening-stretch"], library.exercises)
    player, clock, rec = make(timeline)
    player.start()
    run(player, clock, 234)
    assert player.state == PlayerState.PLAYING
    go(player, clock, 1)
    assert player.state == PlayerState.FINISHED and rec.results[0].completed

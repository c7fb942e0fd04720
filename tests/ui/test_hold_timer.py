"""The night screen's hold timer: a countdown that waits at zero, or a count-up with no end.

Driven by the fake clock; ``update()`` is what the timer's own wake-up calls.
"""

from __future__ import annotations

from coach.engine.hold_timer import HoldTimer
from coach.testing.clock import FakeClock


def make(qtbot):
    clock = FakeClock()
    timer = HoldTimer(clock)
    seconds: list[int] = []
    cues: list[int] = []
    expired: list[bool] = []
    timer.secondChanged.connect(seconds.append)
    timer.cueDue.connect(cues.append)
    timer.expired.connect(lambda: expired.append(True))
    return clock, timer, seconds, cues, expired


def test_count_up_shows_the_seconds_held_and_never_expires(qtbot):
    clock, timer, seconds, cues, expired = make(qtbot)
    timer.start_count_up(30)
    assert timer.running and timer.counting_up
    assert seconds == [0]
    for _ in range(125):
        clock.advance(1)
        timer.update()
    assert timer.displayed_seconds() == 125
    assert seconds[-1] == 125 and seconds == list(range(126))
    assert cues == [30, 60, 90, 120]
    assert not expired and timer.running


def test_a_suspend_that_jumps_several_cues_gives_one_cue(qtbot):
    clock, timer, _seconds, cues, _expired = make(qtbot)
    timer.start_count_up(30)
    clock.advance(100)
    timer.update()
    assert cues == [100]
    clock.advance(20)
    timer.update()
    assert cues == [100, 120]


def test_a_countdown_after_a_count_up_counts_down_again(qtbot):
    clock, timer, _seconds, cues, expired = make(qtbot)
    timer.start_count_up(30)
    clock.advance(10)
    timer.start(20)
    assert not timer.counting_up
    assert timer.displayed_seconds() == 20
    clock.advance(20)
    timer.update()
    assert expired == [True] and not timer.running
    assert cues == []


def test_stop_ends_a_count_up(qtbot):
    clock, timer, _seconds, cues, _expired = make(qtbot)
    timer.start_count_up(30)
    timer.stop()
    clock.advance(60)
    timer.update()
    assert not timer.running and cues == [] and timer.elapsed() == 0.0

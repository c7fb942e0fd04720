"""Pictures that hold still: during a hold the figure moves into the held pose once and stays.

A picture that flips back to the starting position every few seconds during a
30-second stretch tells a half-asleep person to let go. Walking, kneading and
massage may keep moving; rests show the coming pose without moving.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from coach.ui.widgets.illustration import FADE_S, SETTLE_S, frame_weights

from fakes import shown_window


def _ticks(seconds: float, step: float = 0.1) -> list[float]:
    return [round(i * step, 3) for i in range(int(seconds / step) + 1)]


def test_a_hold_moves_to_the_held_pose_once_and_stays():
    shown = [frame_weights(t, 2, "hold") for t in _ticks(30)]
    assert shown[0] == (0, 1, 0.0)  # starts in the starting position
    settled = [w for t, w in zip(_ticks(30), shown, strict=True) if t >= SETTLE_S + FADE_S]
    assert settled and all(w == (1, 1, 0.0) for w in settled)
    # the main frame changes exactly once: 0 ... 0, then 1 for good
    mains = [w[0] for w in shown]
    assert sum(1 for a, b in pairwise(mains) if a != b) == 1


def test_a_loop_still_alternates_and_a_still_picture_shows_the_held_pose():
    mains = {frame_weights(t, 2, "loop")[0] for t in _ticks(10)}
    assert mains == {0, 1}
    assert {frame_weights(t, 2, "still") for t in _ticks(10)} == {(1, 1, 0.0)}
    assert frame_weights(12.0, 1, "hold") == (0, 0, 0.0)


@pytest.fixture
def window(qtbot):
    yield from shown_window(qtbot, 1024, 600)


def _tick(window, clock, seconds: float) -> None:
    """Time passes; the player updates and the screen's 100 ms refresh timer fires."""
    clock.advance(seconds)
    window.player_screen.player.update()
    window.player_screen._refresh.timeout.emit()


def test_a_30_second_wall_stretch_in_the_player_does_not_flip_frames(window):
    window, clock = window
    window.open_routine("article-calf-stretches")
    screen = window.player_screen
    screen.player.start()
    _tick(window, clock, 5 + 3 * (10 + 10))  # get ready, then the wall lean 3 times
    assert screen.heading.text() == "Wall calf stretch"
    assert screen.player.segment.duration_s == 30
    view = screen.illustration
    assert view.frame_count == 2 and view.motion == "hold"
    seen = []
    for _ in range(299):  # 29.9 s of the 30 s hold, at the refresh rate
        _tick(window, clock, 0.1)
        seen.append(view.shown_frames())
    held = [w for w in seen[int((SETTLE_S + FADE_S) / 0.1) + 1:]]
    assert held and all(w == (1, 1, 0.0) for w in held), "the hold flipped back"
    assert screen.heading.text() == "Wall calf stretch"


def test_walking_loops_and_a_rest_shows_the_coming_pose_still(window):
    window, clock = window
    window.open_routine("warm-up-before-sport")
    screen = window.player_screen
    screen.player.start()
    _tick(window, clock, 5 + 60)  # get ready, walking on the spot
    assert screen.heading.text() == "Walk on your heels"
    assert screen.illustration.motion == "loop"
    mains = set()
    for _ in range(60):
        _tick(window, clock, 0.1)
        mains.add(screen.illustration.shown_frames()[0])
    assert mains == {0, 1}
    _tick(window, clock, 30 - 6)
    assert screen.heading.text() == "Rest"
    assert screen.illustration.motion == "still"
    assert screen.illustration.shown_frames() == (1, 1, 0.0)

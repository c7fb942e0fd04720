"""The window comes back where and as big as the user left it (offscreen platform)."""

from __future__ import annotations

import pytest

from coach.cli.args import parse
from coach.store import window_state
from coach.ui.startup import build_window


def close_for_real(window) -> None:
    window.request_quit()
    window.close()
    window.deleteLater()


def test_size_and_position_are_restored_at_the_next_start(qapp, qtbot):
    first = build_window(parse([]), qapp)
    qtbot.waitExposed(first)
    first.resize(740, 540)
    first.move(20, 10)
    qtbot.waitUntil(lambda: first.width() == 740)
    qtbot.waitUntil(lambda: (first.pos().x(), first.pos().y()) == (20, 10))
    close_for_real(first)

    second = build_window(parse([]), qapp)
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (740, 540)
    assert (second.pos().x(), second.pos().y()) == (20, 10)
    assert not second.isMaximized()
    close_for_real(second)


def test_a_maximised_window_starts_maximised(qapp, qtbot):
    first = build_window(parse([]), qapp)
    qtbot.waitExposed(first)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    close_for_real(first)
    assert window_state.load().maximized

    second = build_window(parse([]), qapp)
    qtbot.waitExposed(second)
    assert second.isMaximized()
    close_for_real(second)


@pytest.mark.expected_log("coach.store.window_state", match=r"window state not usable")
def test_a_damaged_state_file_means_the_default_size(qapp, qtbot):
    path = window_state.state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    window = build_window(parse([]), qapp)
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1024, 680)
    close_for_real(window)


def test_a_place_on_a_monitor_that_went_away_means_the_default(qapp, qtbot):
    window_state.save(window_state.WindowState(5000, 4000, 700, 500))
    window = build_window(parse([]), qapp)
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1024, 680)
    close_for_real(window)


def test_a_size_saved_on_a_bigger_screen_is_fitted_to_this_one(qapp, qtbot):
    """A laptop taken off its big monitor: the window must not open taller than the
    screen, or its status line ("Saved in your diary") is below the edge."""
    free = qapp.primaryScreen().availableGeometry()
    window_state.save(window_state.WindowState(0, free.height() - 100, 1900, 1400, False))
    window = build_window(parse([]), qapp)
    qtbot.waitExposed(window)
    assert window.height() + 40 <= free.height()
    assert window.width() <= free.width()
    assert window.geometry().bottom() + 40 <= free.bottom(), "moved up so its bottom shows"
    close_for_real(window)


def test_the_default_size_fits_a_small_screen():
    """1024x680 plus a title bar does not fit a 1024x680 screen; the fitted size does,
    and it never goes below the window's minimum."""
    from PySide6.QtCore import QRect, QSize

    from coach.ui.window_geometry import DEFAULT_SIZE, fitted

    minimum = QSize(720, 520)
    small = fitted(DEFAULT_SIZE, QRect(0, 0, 1024, 680), minimum)
    assert small.width() <= 1024 - 16 and small.height() <= 680 - 40
    assert fitted(DEFAULT_SIZE, QRect(0, 0, 1920, 1080), minimum) == DEFAULT_SIZE
    assert fitted(DEFAULT_SIZE, QRect(0, 0, 640, 480), minimum) == minimum

"""What a start builds before and after its first frame, and what a start in the
background (at login) leaves unbuilt until it is needed (issue 18).

Work "after the first frame" is collected instead of waiting for a paint, then run
by the test: no sleeps, and a start in the background is judged on everything it
would ever run without being asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from coach.cli.args import parse
from coach.platform.instance.protocol import Request
from coach.testing.clock import FakeClock
from coach.ui.app_requests import handle_request
from coach.ui.cramp_screen import CrampScreen
from coach.ui.home_screen import HomeScreen
from coach.ui.startup import start_up

from fakes import built_windows

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def _no_notice_box(monkeypatch):
    """The one-time "running in the background" box would outlive its test."""
    monkeypatch.setattr("coach.ui.startup._show_notice_box", lambda text: None)


@pytest.fixture
def built(qapp):
    yield from built_windows(qapp)


def collect_after_paint(window) -> list[Callable[[], None]]:
    """The window's "after the first frame" work, kept for the test to run."""
    waiting: list[Callable[[], None]] = []
    window.after_first_paint = lambda callback, at_latest_ms=1000: waiting.append(callback)
    return waiting


def run_all(waiting: list[Callable[[], None]]) -> None:
    while waiting:
        waiting.pop(0)()


def test_a_normal_start_readies_the_night_screen_and_the_reminders_after_its_frame(built):
    window = built([])
    waiting = collect_after_paint(window)
    reminders = start_up(window, parse([]))
    assert window.findChildren(CrampScreen) == [], "not before the first frame"
    assert window.services.history is None and reminders == []
    run_all(waiting)  # the first frame is out
    assert len(window.findChildren(CrampScreen)) == 1, "ready for a hot key at night"
    assert window.services.history is not None and len(reminders) == 1


def test_the_morning_check_in_comes_after_the_first_frame(built, qtbot, monkeypatch):
    from coach.ui.checkin import CheckinController

    asked: list[bool] = []
    monkeypatch.setattr(CheckinController, "check", lambda self: asked.append(True))
    window = built([])
    waiting = collect_after_paint(window)
    start_up(window, parse([]))
    qtbot.wait(0)  # events due now run; the check-in must not be among them
    assert asked == [], "nothing asks before the window is on screen"
    run_all(waiting)
    qtbot.waitUntil(lambda: asked == [True])


def test_a_start_in_the_background_builds_no_screen_yet_cramp_now_opens_at_once(built):
    window = built(["--background"])
    waiting = collect_after_paint(window)
    controller = start_up(window, parse(["--background"]))
    run_all(waiting)  # everything it would ever do unasked
    assert len(controller) == 1, "reminders run from the start"
    assert window.isMinimized(), "no tray here: a minimised window to find it by"
    assert window.findChildren(CrampScreen) == [], "nothing built ahead in the background"
    assert window.findChildren(HomeScreen) == []
    handle_request(window, Request("cramp"), controller[0])  # the hot key at night
    assert window.isVisible() and not window.isMinimized()
    assert window.stack.currentWidget() is window.cramp_screen
    assert window.windowTitle().startswith("Cramp now")


def test_a_reminder_still_rings_in_the_background_with_no_screen_built(built, qtbot):
    window = built(["--background"])
    clock = FakeClock(datetime(2026, 1, 5, 21, 0, tzinfo=BERLIN))  # a Monday evening
    window.services.clock = clock
    waiting = collect_after_paint(window)
    [controller] = start_up(window, parse(["--background"]))
    run_all(waiting)
    delivery = controller._delivery
    clock.advance(30 * 60)  # 21:30, the default evening reminder
    controller._scheduler.check()
    popup = delivery.window
    assert popup is not None and popup.isVisible(), "the reminder rings"
    assert popup.routine_label.text() == "Evening stretch before bed"
    assert window.findChildren(CrampScreen) == [] and window.findChildren(HomeScreen) == []
    popup.startRequested.emit(popup.occurrence)
    assert window.stack.currentWidget() is window.player_screen
    popup.close()
    controller._scheduler.stop()


def test_a_start_in_the_background_asks_no_question_a_hot_key_would_find_first(built):
    """With no tray the window is minimised, so it counts as shown; a question box over
    it kept the night's first Cramp now from bringing the window up (seen under openbox)."""
    from coach.ui.startup import offer_menu_entry, start_reminders

    window = built(["--background"])
    start_reminders(window, parse(["--background"]))
    assert window.isVisible() and window.isMinimized()
    assert offer_menu_entry(window, parse(["--background"])) is None
    handle_request(window, Request("cramp"))
    assert window.isVisible() and not window.isMinimized()
    assert window.stack.currentWidget() is window.cramp_screen


def test_settings_the_app_saves_are_handed_to_the_cache_once_settled(qapp, monkeypatch):
    """A save (the background notice, a changed theme) sets up, 2.5 s later, the
    cache entry that spares the next start the YAML parser."""
    from coach.ui import startup

    services, _notices = startup.load_services(qapp)
    settings = services.settings
    timers: list[tuple[int, Callable[[], object]]] = []
    monkeypatch.setattr("PySide6.QtCore.QTimer.singleShot",
                        lambda ms, callback: timers.append((ms, callback)))
    settings.set("theme", "dark")
    assert settings.save()
    assert len(timers) == 1
    delay, callback = timers[0]
    assert delay >= 2000  # the cache takes no file written in the last two seconds
    assert callback == settings.remember_written

"""`coach --cramp` from cold and from a running app: one app, the cramp screen in front."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.platform.instance.protocol import Request
from coach.platform.instance.server import InstanceGuard
from coach.ui.app_requests import handle_request

from fakes import built_windows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_notice_box(monkeypatch):
    """The one-time "running in the background" box would outlive its test."""
    monkeypatch.setattr("coach.ui.startup._show_notice_box", lambda text: None)


@pytest.fixture
def built(qapp):
    yield from built_windows(qapp)


def test_cold_start_with_cramp_opens_the_cramp_screen(built):
    window = built(["--cramp"])
    assert window.isVisible()
    assert "Cramp" in window.windowTitle()
    assert window.stack.currentWidget() is window.cramp_screen


def test_forwarded_cramp_from_a_second_launch_reaches_the_running_app(built, qtbot):
    guard = InstanceGuard()
    assert guard.acquire()
    try:
        window = built([])
        guard.requestReceived.connect(lambda request: handle_request(window, request))
        assert window.stack.currentWidget() is window.home
        second = subprocess.Popen([sys.executable, "-m", "coach", "--cramp"], cwd=ROOT,
                                  env=dict(os.environ), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        assert second.returncode == 0, second.stderr.read().decode()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.cramp_screen,
                        timeout=5000)
        assert "Cramp" in window.windowTitle()
        assert guard.is_locked, "the first app must still be the only one"
    finally:
        guard.release()
        if "second" in locals() and second.poll() is None:
            # Not answered in time (a very busy machine): it went on to show its
            # own night screen; it must not outlive the test.
            second.kill()
            second.wait()


def test_forwarded_routine_opens_the_player(built):
    window = built([])
    handle_request(window, Request("routine", {"id": "evening-stretch"}))
    assert window.stack.currentWidget() is window.player_screen
    assert window.isVisible()


def test_the_diary_opens_with_the_reminders_after_the_first_frame(built):
    from coach.ui.startup import start_reminders

    window = built([])
    assert window.services.history is None, "home needs no diary: not opened before it shows"
    start_reminders(window)
    assert window.services.history is not None
    window.open_history()
    assert window.stack.currentWidget() is window.history_screen


def test_reminders_start_with_the_app_and_closing_keeps_it_running(built, monkeypatch):
    from coach.ui.startup import start_reminders

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda *args: None)
    window = built([])
    controller = start_reminders(window)
    assert window.home.next_reminder.text().startswith("Next reminder:")
    window.close()
    assert not window.isVisible(), "closing hides: the reminders keep running"
    handle_request(window, Request("show"), controller)
    assert window.isVisible()
    handle_request(window, Request("snooze", {"minutes": 10}), controller)
    assert "no reminder to snooze" in window.statusBar().currentMessage()


def test_background_start_without_a_tray_or_notifications_shows_a_notice_once(built, qapp):
    from coach.ui.startup import tell_background_start

    class NoServer:
        def notify(self, *args) -> bool:
            return False

    window = built(["--background"])
    boxes: list[str] = []
    assert tell_background_start(window, NoServer(), boxes.append)
    assert len(boxes) == 1 and "Run coach" in boxes[0]
    assert not tell_background_start(window, NoServer(), boxes.append)
    assert len(boxes) == 1


def test_cold_cramp_now_shows_the_night_screen_first_and_home_after_it(built, qtbot):
    """`coach --cramp` with no copy running: the night screen is what is built before
    the first frame; home follows right after it, and Back leads there."""
    from coach.ui.home_screen import HomeScreen

    window = built(["--cramp"])
    assert window.isVisible()
    assert window.stack.currentWidget() is window.cramp_screen
    assert window.windowTitle().startswith("Cramp now")
    assert window.findChildren(HomeScreen) == [], "home waits for the night screen's frame"
    qtbot.waitUntil(lambda: window.findChildren(HomeScreen) != [])
    assert window.stack.currentWidget() is window.cramp_screen, "still on the night screen"
    window.cramp_screen.closed.emit()
    assert window.stack.currentWidget() is window.home

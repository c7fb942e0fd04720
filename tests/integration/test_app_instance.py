"""`coach --cramp` from cold and from a running app: one app, the cramp screen in front."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from coach.cli.args import parse
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
    start_reminders(window, parse([]))
    assert window.services.history is not None
    window.open_history()
    assert window.stack.currentWidget() is window.history_screen


def test_reminders_start_with_the_app_and_closing_keeps_it_running(built, monkeypatch):
    from coach.ui.startup import start_reminders

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda *args: None)
    window = built([])
    controller = start_reminders(window, parse([]))
    assert window.home.next_reminder.text().startswith("Next reminder:")
    window.close()
    assert not window.isVisible(), "closing hides: the reminders keep running"
    handle_request(window, Request("show"), controller)
    assert window.isVisible()
    handle_request(window, Request("snooze", {"minutes": 10}), controller)
    assert "no reminder to snooze" in window.statusBar().currentMessage()


def test_background_start_without_a_tray_shows_a_minimised_window(built):
    from coach.ui.startup import start_reminders

    window = built(["--background"])
    assert not window.isVisible()
    start_reminders(window, parse(["--background"]))
    assert window.isVisible() and window.isMinimized()


def test_background_start_builds_home_only_when_the_window_is_opened(built):
    from coach.ui.home_screen import HomeScreen
    from coach.ui.startup import start_reminders

    window = built(["--background"])
    controller = start_reminders(window, parse(["--background"]))
    assert window.isMinimized()
    assert window.findChildren(HomeScreen) == [], "nobody sees home yet: not built"
    handle_request(window, Request("show"), controller)
    assert window.isVisible() and not window.isMinimized()
    assert window.stack.currentWidget() is window.home
    assert window.home.next_reminder.text().startswith("Next reminder:")


def test_background_start_then_cramp_now_then_home(built):
    from coach.ui.startup import start_reminders

    window = built(["--background"])
    start_reminders(window, parse(["--background"]))
    window.prepare_cramp_screen()
    handle_request(window, Request("cramp"))
    assert window.stack.currentWidget() is window.cramp_screen
    window.cramp_screen.closed.emit()
    assert window.stack.currentWidget() is window.home


class RecordingNotifier:
    """A notification server that shows everything it is given."""

    sent: ClassVar[list[tuple]] = []

    def __init__(self, *args, **kwargs) -> None:
        from PySide6.QtCore import QObject, Signal

        class Signals(QObject):
            actionInvoked = Signal(str, str)
            closed = Signal(str, int)

        self._signals = Signals()
        self.actionInvoked = self._signals.actionInvoked
        self.closed = self._signals.closed
        self.supports_actions = True

    def available(self) -> bool:
        return True

    def notify(self, key, title, body, actions) -> bool:
        RecordingNotifier.sent.append((key, title, body, actions))
        return True

    def close(self, key) -> None:
        pass


def test_background_start_without_a_tray_says_once_how_to_open_it(built, monkeypatch):
    from coach.ui.startup import start_reminders

    RecordingNotifier.sent = []
    monkeypatch.setattr("coach.platform.notifications.DesktopNotifier", RecordingNotifier)
    window = built(["--background"])
    start_reminders(window, parse(["--background"]))
    assert window.isVisible() and window.isMinimized()
    [(_key, title, body, actions)] = RecordingNotifier.sent
    assert title == "Calf Coach" and "Run coach" in body and actions == []
    again = built(["--background"])
    start_reminders(again, parse(["--background"]))
    assert len(RecordingNotifier.sent) == 1, "once, not at every login"


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

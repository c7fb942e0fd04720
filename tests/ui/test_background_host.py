"""A start in the background (at login) holds no main window until one is needed, and
still does everything a user counts on: the reminder rings, the tray opens home, a hot
key opens the night screen, quitting quits (issue 18, docs/benchmarks.md third pass).

Each test runs ``start_in_background`` exactly as ``coach --background`` does, with the
wall clock replaced by a fake one; nothing waits for real time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import ClassVar
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coach.cli.args import parse
from coach.platform.instance.protocol import Request
from coach.platform.tray import Tray
from coach.testing.clock import FakeClock
from coach.ui.app_requests import handle_request
from coach.ui.background_host import BackgroundHost, _preload_night_path, start_in_background
from coach.ui.main_window import MainWindow
from coach.ui.reminder_window import ReminderWindow

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_EVENING = datetime(2026, 1, 5, 21, 0, tzinfo=BERLIN)  # the default reminder: 21:30


@pytest.fixture(autouse=True)
def _no_notice_box(monkeypatch):
    """The one-time "running in the background" box would outlive its test."""
    monkeypatch.setattr("coach.ui.startup._show_notice_box", lambda text: None)


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock(MONDAY_EVENING)
    monkeypatch.setattr("coach.engine.clock.SystemClock", lambda: fake)
    return fake


class TrayHere(Tray):
    """The real tray, on a desktop that has one."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, available_fn=lambda: True, **kwargs)


@pytest.fixture
def with_tray(monkeypatch):
    """A desktop with a tray (the offscreen platform has none)."""
    monkeypatch.setattr("coach.platform.tray.Tray", TrayHere)


@pytest.fixture
def background(qapp, clock) -> Iterator:
    """``start()`` starts in the background; afterwards everything it made is gone."""
    started: list[BackgroundHost] = []

    def start():
        host, [controller] = start_in_background(parse(["--background"]), qapp)
        started.append(host)
        return host, controller

    yield start
    for host in started:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, (QDialog, ReminderWindow)):
                widget.close()
        history = host.services.history
        # Gone now, with their timers (home built a second after another screen...),
        # before the diary closes under them.
        for thing in (host.window, getattr(host, "stand_in", None), host):
            if thing is not None and shiboken6.isValid(thing):
                if isinstance(thing, QWidget):
                    thing.hide()
                shiboken6.delete(thing)
        if history is not None:
            history.close()
    qapp.setQuitOnLastWindowClosed(True)


def main_windows() -> list[MainWindow]:
    """The main windows made and not yet thrown away (earlier tests' wait for deletion)."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow)
            and not w.testAttribute(Qt.WidgetAttribute.WA_WState_Hidden)]


def test_a_start_in_the_background_holds_no_window_and_shows_a_stand_in(background):
    before = main_windows()  # other tests' windows may still be waiting for deletion
    host, _controller = background()
    assert host.window is None, "no main window until needed"
    assert [w for w in main_windows() if w not in before] == []
    assert host.services.history is not None, "the diary is open for the reminders"
    stand_in = host.stand_in  # no tray here: something to find the app by
    assert stand_in.isVisible() and stand_in.isMinimized()
    assert stand_in.windowTitle() == "Calf Coach"


def test_a_reminder_rings_with_no_window_and_start_plays_it(background, clock, monkeypatch):
    themed: list[str] = []
    monkeypatch.setattr("coach.ui.startup.apply_saved_theme",
                        lambda app, services: themed.append(services.settings.get("theme")))
    # Told at an earlier start (that box is themed too: it is the first thing shown).
    monkeypatch.setattr("coach.ui.startup.tell_background_start", lambda *a, **k: False)
    host, controller = background()
    assert themed == [], "nothing shown yet, no theme"
    clock.advance(30 * 60)  # 21:30
    controller._scheduler.check()
    popup = controller._delivery.window
    assert popup is not None and popup.isVisible(), "the reminder rings"
    assert themed == ["system"], "the pop-up in the user's theme, applied once"
    assert popup.routine_label.text() == "Evening stretch before bed"
    assert host.window is None, "ringing needs no main window"
    popup.startRequested.emit(popup.occurrence)
    window = host.window
    assert window is not None and window.isVisible() and not window.isMinimized()
    assert window.stack.currentWidget() is window.player_screen
    assert not popup.isVisible()
    assert len(themed) == 1, "the window found the theme in place"
    controller._scheduler.stop()


def test_cramp_now_from_a_second_launch_opens_the_night_screen(background, qtbot):
    before = main_windows()
    host, controller = background()
    stand_in = host.stand_in
    _preload_night_path()  # everything it would ever do unasked
    assert host.window is None, "nothing built ahead in the background"
    assert [w for w in main_windows() if w not in before] == []
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()], \
        "no question box that the night's first hot key would find first"
    handle_request(host, Request("cramp"), controller)  # `coach --cramp` from a hot key
    window = host.window
    assert window is not None and window.isVisible() and not window.isMinimized()
    assert window.stack.currentWidget() is window.cramp_screen
    assert window.windowTitle().startswith("Cramp now")
    assert not stand_in.isVisible(), "the real window took the stand-in's place"
    assert [w for w in main_windows() if w not in before] == [window]
    handle_request(host, Request("cramp"), controller)  # a second press: the same window
    assert [w for w in main_windows() if w not in before] == [window]
    window.cramp_screen.closed.emit()  # the cramp is over: home, built behind it
    assert window.stack.currentWidget() is window.home


def test_bringing_up_the_stand_in_opens_home(background, qtbot):
    host, _controller = background()
    host.stand_in.showNormal()  # the task bar entry, clicked
    window = host.window
    assert window is not None and window.isVisible()
    assert window.stack.currentWidget() is window.home
    qtbot.waitUntil(lambda: not host.stand_in.isVisible())


NO_REAL_TRAY = r"systemTrayWindowChanged"  # offscreen has no tray; TrayHere says there is


@pytest.mark.qt_log_ignore(NO_REAL_TRAY)
def test_the_trays_open_shows_home_and_its_cramp_now_the_night_screen(background, with_tray):
    host, _controller = background()
    [tray] = host.findChildren(TrayHere)
    assert tray.available and getattr(host, "stand_in", None) is None, "the tray is the handle"
    assert host.window is None
    tray.open_action.trigger()
    window = host.window
    assert window is not None and window.isVisible() and not window.isMinimized()
    assert window.stack.currentWidget() is window.home
    tray.cramp_action.trigger()
    assert window.stack.currentWidget() is window.cramp_screen


@pytest.mark.qt_log_ignore(NO_REAL_TRAY)
def test_quitting_from_the_tray_with_no_window_quits(background, with_tray):
    host, _controller = background()
    quits: list[bool] = []
    host.quitRequested.connect(lambda: quits.append(True))
    [tray] = host.findChildren(TrayHere)
    tray.quit_action.trigger()
    assert quits == [True] and host.window is None, "no window is built just to quit"


def test_quit_from_a_second_launch_goes_through_the_window_once_it_exists(background):
    host, controller = background()
    handle_request(host, Request("show"), controller)
    window = host.window
    assert window is not None
    quits: list[bool] = []
    window.quitRequested.connect(lambda: quits.append(True))
    handle_request(host, Request("quit"), controller)
    assert quits == [True], "the window saves its state and quits"


def test_the_window_built_later_hears_the_reminders_next_words(background):
    host, controller = background()
    handle_request(host, Request("show"), controller)
    window = host.window
    assert window is not None
    assert window.next_reminder_texts is not None
    assert "21:30" in window.next_reminder_texts[0]


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


def test_with_no_tray_it_says_once_how_to_open_it(background, monkeypatch):
    RecordingNotifier.sent = []
    monkeypatch.setattr("coach.platform.notifications.DesktopNotifier", RecordingNotifier)
    host, _controller = background()
    assert host.stand_in.isVisible() and host.stand_in.isMinimized()
    [(_key, title, body, actions)] = RecordingNotifier.sent
    assert title == "Calf Coach" and "Run coach" in body and actions == []
    background()  # the next login
    assert len(RecordingNotifier.sent) == 1, "once, not at every login"

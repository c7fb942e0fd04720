"""What a start builds before and after its first frame (issue 18); a start in the
background (at login) is in ``test_background_host.py``.

Work "after the first frame" is collected instead of waiting for a paint, then run
by the test: no sleeps.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from coach.cli.args import parse
from coach.ui.cramp_screen import CrampScreen
from coach.ui.startup import start_up

from fakes import built_windows


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

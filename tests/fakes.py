"""Stand-ins for the services that make noise or talk to the desktop.

They record what a user would have heard or seen, so tests can assert it.
"""

from __future__ import annotations

from collections.abc import Iterator

from coach.content.loader import load_library
from coach.store.history import History
from coach.store.settings import Settings
from coach.testing.clock import FakeClock
from coach.ui.main_window import MainWindow, Services


class RecordingCues:
    """Stands in for CuePlayer: records what the user would hear."""

    def __init__(self) -> None:
        self.heard: list[str] = []
        self.sound = self.voice = True

    def on_cue(self, kind: str, payload: object) -> None:
        self.heard.append(kind)

    def set_sound_enabled(self, on: bool) -> None:
        self.sound = on

    def set_voice_enabled(self, on: bool) -> None:
        self.voice = on

    def stop(self) -> None:
        pass


class RecordingAwake:
    """Stands in for ScreenAwake: remembers whether the screen is kept on."""

    def __init__(self) -> None:
        self.active = False
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> None:
        self.active = True
        self.calls.append("inhibit")

    def release(self) -> None:
        self.active = False
        self.calls.append("release")


def make_window(clock: FakeClock | None = None,
                language: str = "en") -> tuple[MainWindow, FakeClock, History]:
    """A main window over the shipped content, a fake clock and a fresh diary."""
    clock = clock or FakeClock()
    history = History()
    services = Services(library=load_library(), clock=clock, settings=Settings.load(),
                        history=history, cues=RecordingCues(), screen_awake=RecordingAwake(),
                        language=language)
    return MainWindow(services), clock, history


def shown_window(qtbot, width: int = 1024, height: int = 600,
                 language: str = "en") -> Iterator[tuple[MainWindow, FakeClock]]:
    """A fixture body: ``make_window`` shown at ``width`` x ``height``, the diary closed after."""
    window, clock, history = make_window(language=language)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    yield window, clock
    history.close()


def advance_player(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Time passes and the player notices (as its deadline timer would)."""
    clock.advance(seconds)
    window.player_screen.player.update()


def built_windows(qapp) -> Iterator:
    """A fixture body: ``build(argv)`` makes the app's real window as ``coach ARGV`` would;
    afterwards each one's dialogs are closed, its diary closed and the window deleted."""
    from PySide6.QtWidgets import QDialog

    from coach.cli.args import parse
    from coach.ui.startup import build_window

    windows: list[MainWindow] = []

    def build(argv: list[str]) -> MainWindow:
        window = build_window(parse(argv), qapp)
        windows.append(window)
        return window

    yield build
    for window in windows:
        for dialog in window.findChildren(QDialog):  # boxes left open must not outlive it
            dialog.close()
        if window.services.history is not None:
            window.services.history.close()
        window.hide()
        window.deleteLater()

"""A language change offers "Restart now", and the app really starts again."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QComboBox

from coach.cli.args import parse
from coach.store import window_state
from coach.store.settings import Settings
from coach.ui.app_requests import relaunch_command, restart
from coach.ui.settings_screen import SettingsScreen
from coach.ui.startup import build_window


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_choosing_another_language_offers_restart_now(qtbot):
    screen = SettingsScreen(Settings.load(), running_language="en")
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.restart_button.isVisible()
    choose(screen.language_combo, "ru")
    assert screen.restart_button.isVisible()
    assert screen.restart_button.text() == "Restart now"
    with qtbot.waitSignal(screen.restartRequested):
        screen.restart_button.click()
    choose(screen.language_combo, "en")  # back to the language on screen: nothing to do
    assert not screen.restart_button.isVisible()


def test_the_relaunch_command_is_the_same_program_without_its_options():
    assert relaunch_command(["python3", "-X", "utf8", "-m", "coach", "--background"],
                            "/usr/bin/python3") == ["/usr/bin/python3", "-X", "utf8", "-m",
                                                    "coach"]
    assert relaunch_command(["/usr/bin/python3", "/home/u/.local/bin/coach", "--cramp"],
                            "/usr/bin/python3") == ["/usr/bin/python3",
                                                    "/home/u/.local/bin/coach"]


class FakeGuard:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def release(self) -> None:
        self.log.append("release")

    def acquire(self) -> bool:
        self.log.append("acquire")
        return True


def test_restart_releases_the_lock_starts_the_same_command_and_quits(qapp, qtbot):
    window = build_window(parse([]), qapp)
    qtbot.waitExposed(window)
    window.resize(760, 520)
    log: list[str] = []

    def start_detached(program: str, arguments: list[str]):
        log.append("start")
        log.append(" ".join([program, *arguments]))
        return True, 4242

    with qtbot.waitSignal(window.quitRequested):
        assert restart(window, FakeGuard(log), start_detached)
    assert log[0] == "release" and log[1] == "start"  # unlocked first, or it would forward
    assert log[2].startswith(sys.executable)
    state = window_state.load()
    assert (state.width, state.height) == (760, 520)  # the new copy opens the same
    window.close()
    window.deleteLater()


@pytest.mark.expected_log("coach", match=r"^could not restart with")
def test_a_restart_that_cannot_start_keeps_running_and_says_so(qapp, qtbot):
    window = build_window(parse([]), qapp)
    qtbot.waitExposed(window)
    log: list[str] = []
    quits: list[bool] = []
    window.quitRequested.connect(lambda: quits.append(True))
    assert not restart(window, FakeGuard(log), lambda program, arguments: (False, 0))
    assert log == ["release", "acquire"] and quits == []
    assert "could not restart" in window.statusBar().currentMessage()
    window.close()
    window.deleteLater()


def test_the_settings_screen_in_the_window_offers_restart_and_the_window_asks_the_app(
        qapp, qtbot):
    window = build_window(parse([]), qapp)
    qtbot.waitExposed(window)
    window.open_settings()
    choose(window.settings_screen.language_combo, "ru")
    with qtbot.waitSignal(window.restartRequested):
        window.settings_screen.restart_button.click()
    window.request_quit()
    window.close()
    window.deleteLater()

"""What a second launch shows when the running copy does not answer (coach.ui.unanswered).

The real stopped process is in test_frozen_instance.py; here the pieces: the
dialog's words, the read-only settings, and the diary entry written beside
the running copy without ever creating, migrating or moving the diary.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from coach.i18n import install_translator
from coach.platform.instance.startup import Unanswered
from coach.store import paths
from coach.store.history import History
from coach.ui import unanswered
from coach.ui.cramp.entry import CrampEntry
from coach.ui.unanswered import read_settings, run_unanswered, save_cramp


def _args(**kwargs) -> argparse.Namespace:
    return argparse.Namespace(**{"cramp": False, "routine": None, "background": False,
                                 "quit": False, "snooze": None, **kwargs})


@contextlib.contextmanager
def _never_hang(qapp) -> Iterator[None]:
    """End the event loop after a minute if the window's closing did not, and fail."""
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(0))
    guard.start(60_000)
    yield
    assert guard.isActive(), "closing its window did not end the event loop"
    guard.stop()


@pytest.fixture(autouse=True)
def _hooks_restored(monkeypatch):
    """run_unanswered installs the app's error handler; the next tests need theirs back."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.fixture
def shown(qapp, monkeypatch):
    """Run a path of ``run_unanswered`` and look at its one window.

    ``shown(args, pid, look)`` calls ``look(window)`` once the window is on
    screen, then closes it; returns the exit code. The window is taken where
    it is made, not searched for among whatever earlier tests left open.
    """
    made: list[QWidget] = []
    for name in ("_not_answering_box", "_cramp_window"):
        real = getattr(unanswered, name)

        def keep(*args, _real=real):
            made.append(_real(*args))
            return made[-1]

        monkeypatch.setattr(unanswered, name, keep)

    def run(args: argparse.Namespace, pid: int | None, look, close=QWidget.close) -> int:
        def look_and_close() -> None:
            if not made or not made[0].isVisible():
                QTimer.singleShot(10, look_and_close)  # not shown yet
                return
            look(made[0])
            close(made[0])

        QTimer.singleShot(0, look_and_close)
        with _never_hang(qapp):
            return run_unanswered(args, Unanswered(pid), None)

    yield run
    install_translator(qapp, "en")
    # A closed box is only hidden: deleted, it stops being the active window that
    # kept the next test's window from being activated.
    for window in made:
        if shiboken6.isValid(window):  # a test may have deleted it already
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _box_words(box: QMessageBox, into: list[str]) -> None:
    into.append(f"{box.text()}\n{box.informativeText()}")


class _StaysOpen(QWidget):
    """A window that refuses to close, as the main window does when it keeps running."""

    def closeEvent(self, event) -> None:
        event.ignore()


@pytest.mark.expected_log("coach.ui.unanswered", match=r"already running .*but is not answering")
def test_plain_launch_with_a_frozen_copy_says_so_in_a_dialog(shown, qtbot):
    other = _StaysOpen()  # another window still open: closing the dialog still ends
    qtbot.addWidget(other)
    other.show()
    words: list[str] = []
    close_button = lambda box: box.button(QMessageBox.StandardButton.Close).click()  # noqa: E731
    assert shown(_args(), 4242, lambda box: _box_words(box, words), close_button) == 1
    [text] = words
    assert "Calf Coach is already running (process 4242) but is not responding." in text
    assert "end that process" in text
    assert "Cramp now" in text and "still works" in text


@pytest.mark.expected_log("coach.ui.unanswered", match=r"already running .*but is not answering")
def test_the_dialog_speaks_russian(shown, monkeypatch):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    words: list[str] = []
    shown(_args(quit=True), None, lambda box: _box_words(box, words))
    assert "не отвечает" in words[0], words
    assert "running" not in words[0]


@pytest.mark.expected_log("coach.ui.unanswered", match=r"settings not read")
def test_settings_are_read_without_touching_the_file(tmp_path):
    folder = tmp_path / "config"
    folder.mkdir()
    path = folder / "settings.yaml"
    path.write_text("language: ru\ntext_scale: 9\ntheme: dark\nreminders: purple\n")
    before = path.read_bytes()
    values = read_settings(path)
    assert values["language"] == "ru" and values["theme"] == "dark"
    assert values["text_scale"] == 1.0  # out of range: the default
    path.write_text("language: [unclosed\n")
    assert read_settings(path)["language"] == "system"
    assert path.read_text() == "language: [unclosed\n"
    assert [p.name for p in folder.iterdir()] == ["settings.yaml"], before


def _entry() -> CrampEntry:
    return CrampEntry(started=datetime(2026, 12, 6, 3, 10, tzinfo=UTC), duration_s=95.0,
                      leg="left", severity=3, note="")


def test_the_entry_goes_into_the_diary_the_running_copy_keeps(tmp_path):
    tmp_path = tmp_path / "data"
    tmp_path.mkdir()
    path = tmp_path / "history.sqlite3"
    running = History(path)  # the running copy holds it open
    try:
        assert save_cramp(_entry(), path) is None
        assert [(c.leg, c.severity) for c in running.cramps()] == [("left", 3)]
    finally:
        running.close()


def test_no_diary_is_created_beside_the_running_copy(tmp_path):
    tmp_path = tmp_path / "data"
    tmp_path.mkdir()
    path = tmp_path / "history.sqlite3"
    problem = save_cramp(_entry(), path)
    assert problem and "not ready" in problem
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_diary_is_left_for_the_running_copy(tmp_path):
    tmp_path = tmp_path / "data"
    tmp_path.mkdir()
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    problem = save_cramp(_entry(), path)
    assert problem
    assert [p.name for p in tmp_path.iterdir()] == ["history.sqlite3"]
    assert path.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 200


@pytest.mark.expected_log("coach.ui.unanswered", match=r"already running .*but is not answering")
def test_cramp_with_a_frozen_copy_shows_the_relief_steps(shown):
    seen: list[tuple[str, int, int]] = []

    def look(screen) -> None:
        seen.append((screen.windowTitle(), screen.index, screen.step_count))

    assert shown(_args(cramp=True), 4242, look) == 0
    [(title, index, steps)] = seen
    assert title == "Cramp now — Calf Coach"
    assert index == 0 and steps > 1
    assert not paths.settings_path().exists(), "nothing written beside the running copy"


def test_settings_the_running_copy_parsed_are_read_from_its_cache(monkeypatch):
    """No YAML parser needed while the file is as the running copy last read it."""
    from coach.store.settings import Settings

    path = paths.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("language: ru\ntext_scale: 1.5\n")
    a_minute_ago = time.time() - 60  # a file changed just now is not cached
    os.utime(path, (a_minute_ago, a_minute_ago))
    Settings.load()  # the running copy's start remembers the parse
    cache = paths.cache_dir() / "settings-cache.json"
    before = cache.read_bytes()

    def no_yaml(_data):
        raise AssertionError("parsed the file again")

    monkeypatch.setattr("yaml.safe_load", no_yaml)
    values = read_settings(path, cache)
    assert (values["language"], values["text_scale"]) == ("ru", 1.5)
    assert cache.read_bytes() == before


@pytest.mark.expected_log("coach.ui.unanswered", match=r"already running .*but is not answering")
def test_after_the_cramp_window_closes_another_window_can_still_be_activated(shown, qtbot):
    """Closing the one window ends the loop without Qt's own quit, which would leave the
    application unable to activate any window afterwards (every later test's window)."""
    windows: list[QWidget] = []
    assert shown(_args(cramp=True), 4242, windows.append) == 0
    windows[0].deleteLater()  # as the process would end: the window is gone
    QCoreApplication.sendPostedEvents()  # and whatever its closing posted
    later = QWidget()
    qtbot.addWidget(later)
    later.show()
    qtbot.waitExposed(later)
    later.activateWindow()
    qtbot.waitUntil(later.isActiveWindow, timeout=2000)

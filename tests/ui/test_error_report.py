"""Unexpected errors: full traceback in the log, one plain message, the app goes on."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from coach.ui.error_report import ErrorReporter, install_error_handler, user_message

pytestmark = pytest.mark.qt_no_exception_capture  # our hook, not pytest-qt's, must see them


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    # monkeypatch puts the original hooks back after the test.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_path = tmp_path / "log" / "calf-coach.log"
    handler = install_error_handler(qapp, log_path)
    yield handler
    if handler.box is not None:
        handler.box.close()
    handler.uninstall()
    handler.deleteLater()


def broken_slot() -> None:
    raise ValueError("internal detail 42")


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.expected_log("coach.errors",
                          match=r"unexpected error|could not show the error message")
def test_error_in_a_slot_is_logged_and_shown_once(reporter: ErrorReporter, qtbot):
    emitter = Emitter()
    emitter.fired.connect(broken_slot)
    with qtbot.waitSignal(reporter.messageShown) as shown:
        emitter.fired.emit()
    text = shown.args[0]
    assert str(reporter.log_path) in text
    # Not the path: pytest's numbered temporary folder (".../pytest-3242/...") once held "42".
    words = text.replace(str(reporter.log_path), "")
    assert "Traceback" not in words and "ValueError" not in words and "42" not in words
    assert reporter.box is not None and reporter.box.isVisible()
    assert reporter.box.text() == text
    logged = Path(reporter.log_path).read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "ValueError: internal detail 42" in logged
    assert "broken_slot" in logged
    assert len(visible_boxes()) == 1

    # Escape dismisses it (the extra "Open the log folder" button must not
    # leave the box without an escape button).
    box = reporter.box
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert reporter.box is None
    assert visible_boxes() == []

    # The same error again (even after the first box was closed): no new box.
    with qtbot.assertNotEmitted(reporter.messageShown):
        emitter.fired.emit()
        emitter.fired.emit()
    assert visible_boxes() == []
    assert reporter.messages_shown == 1


@pytest.mark.expected_log("coach.errors",
                          match=r"unexpected error|could not show the error message")
def test_error_in_a_timer_repeating_does_not_flood(reporter: ErrorReporter, qtbot):
    """A failing 10 Hz timer: one box, one full traceback, counted repeats."""
    calls = []

    def tick() -> None:
        calls.append(1)
        if len(calls) >= 100:
            timer.stop()
        raise RuntimeError("tick failed")

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(tick)
    shown = []
    reporter.messageShown.connect(shown.append)
    timer.start()
    qtbot.waitUntil(lambda: len(calls) >= 100)
    assert len(shown) == 1
    assert len(visible_boxes()) == 1
    logged = Path(reporter.log_path).read_text(encoding="utf-8")
    assert logged.count("Traceback (most recent call last)") == 1
    assert "has now happened 10 times" in logged
    assert "has now happened 100 times" in logged


@pytest.mark.expected_log("coach.errors",
                          match=r"unexpected error|could not show the error message")
def test_distinct_errors_wait_for_the_open_box(reporter: ErrorReporter, qtbot):
    def other_slot() -> None:
        raise KeyError("other")

    first, second = Emitter(), Emitter()
    first.fired.connect(broken_slot)
    second.fired.connect(other_slot)
    with qtbot.waitSignal(reporter.messageShown):
        first.fired.emit()
    with qtbot.assertNotEmitted(reporter.messageShown):
        second.fired.emit()  # one message at a time; this one is in the log
    assert "KeyError" in Path(reporter.log_path).read_text(encoding="utf-8")
    reporter.box.close()
    with qtbot.waitSignal(reporter.messageShown):
        second.fired.emit()


@pytest.mark.expected_log("coach.errors",
                          match=r"unexpected error|could not show the error message")
def test_a_failing_message_box_does_not_recurse(reporter: ErrorReporter, qtbot, monkeypatch):
    def explode(_app) -> None:
        raise RuntimeError("no screen")

    monkeypatch.setattr(reporter, "_show_box", explode)
    emitter = Emitter()
    emitter.fired.connect(broken_slot)
    emitter.fired.emit()  # must return normally
    logged = Path(reporter.log_path).read_text(encoding="utf-8")
    assert "ValueError: internal detail 42" in logged
    assert reporter.messages_shown == 1  # counted, so it is not tried again and again
    emitter.fired.emit()
    assert reporter.messages_shown == 1


def test_reentry_while_reporting_is_refused(reporter: ErrorReporter, capsys):
    reporter._busy = True
    try:
        raise OSError("nested")
    except OSError:
        reporter.excepthook(*sys.exc_info())
    reporter._busy = False
    assert reporter.counts == {}


@pytest.mark.expected_log("coach.errors",
                          match=r"unexpected error|could not show the error message")
def test_error_in_another_thread_is_shown_from_the_gui_thread(reporter: ErrorReporter, qtbot):
    def work() -> None:
        raise LookupError("in a thread")

    with qtbot.waitSignal(reporter.messageShown):
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    assert "LookupError: in a thread" in Path(reporter.log_path).read_text(encoding="utf-8")


def test_message_without_a_log_file_still_helps():
    text = user_message(None)
    assert "keeps running" in text
    assert "Traceback" not in text


def test_uninstall_restores_the_previous_hook(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = sys.excepthook
    handler = install_error_handler(qapp, None)
    assert sys.excepthook == handler.excepthook
    handler.uninstall()
    assert sys.excepthook is before
    handler.deleteLater()

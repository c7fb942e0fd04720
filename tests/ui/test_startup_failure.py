"""A failure while the window is built: a modal box with the log's path, and a non-zero exit."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import coach.app
import coach.runtime.logs
import coach.ui.startup
from coach.cli.args import parse
from coach.platform.instance.server import InstanceGuard

pytestmark = pytest.mark.qt_no_exception_capture  # our own handling must see the error


@pytest.fixture
def start(qapp, tmp_path, monkeypatch):
    """``run_gui`` as ``coach`` runs it, logging to a scratch file instead of the root logger."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_path = tmp_path / "log" / "calf-coach.log"
    log_path.parent.mkdir()
    monkeypatch.setattr(coach.runtime.logs, "setup_logging", lambda folder, verbose=False: log_path)
    seen: list[dict] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_the_box)
            return
        seen.append({"text": box.text(), "modal": box.windowModality(),
                     "visible": box.isVisible()})
        box.button(QMessageBox.StandardButton.Close).click()

    def run(argv: list[str]) -> int:
        QTimer.singleShot(0, answer_the_box)
        return coach.app.run_gui(parse(argv))

    run.seen = seen  # type: ignore[attr-defined]
    run.log_path = log_path  # type: ignore[attr-defined]
    return run


@pytest.mark.parametrize("where", ["build_window", "prepare_cramp_screen"])
@pytest.mark.expected_log("coach.errors", match=r"unexpected error")
def test_a_failure_while_the_window_is_built_is_shown_and_exits_non_zero(
        start, monkeypatch, where):
    def boom(*_args, **_kwargs):
        raise RuntimeError("injected failure 4711")

    if where == "build_window":
        monkeypatch.setattr(coach.ui.startup, "build_window", boom)
    else:
        from coach.ui.main_window import MainWindow

        monkeypatch.setattr(MainWindow, "prepare_cramp_screen", boom)

    code = start([])

    assert code != 0
    assert len(start.seen) == 1, "exactly one box, shown before the exit"
    shown = start.seen[0]
    assert shown["visible"] and shown["modal"] == Qt.WindowModality.ApplicationModal
    assert "could not start" in shown["text"]
    assert str(start.log_path) in shown["text"]
    # no internals for the user (outside the log's path, whose temporary folder is numbered)
    assert "4711" not in shown["text"].replace(str(start.log_path), "")
    assert "injected failure 4711" in start.log_path.read_text()  # ...they are in the log
    # The lock was given back: the next start is not told another copy is running.
    guard = InstanceGuard()
    assert guard.acquire()
    guard.release()

"""Unexpected errors: written to the log in full, told to the user once, in plain words.

Why this shape:

- A traceback means nothing to someone with a cramp at 3 a.m., and a silent
  exit loses their reminders. So the full traceback goes to the log file and
  the user sees one short sentence with the log's location; the app keeps
  running.
- PySide6 hands exceptions raised in slots, timers and virtual overrides to
  ``sys.excepthook``. A bug in a 10 Hz refresh timer would raise ten times a
  second: each distinct error (its type and the line that raised it) is shown
  at most once, only one message is open at a time, and repeats are counted in
  the log (at the 10th, 100th, ... occurrence) instead of re-logged in full.
- The message box is non-modal (``show``, not ``exec``): a nested event loop
  inside an exception hook would run the same failing timer again, inside the
  hook.
- If showing the message fails, the failure is logged and nothing is retried:
  the hook must never recurse.
- Exceptions in other threads (``threading.excepthook``) are logged there and
  the message is shown from the GUI thread through a queued signal.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from coach import APP_NAME
from coach.i18n import Tr

if TYPE_CHECKING:  # the box's classes load with the first box, not at start-up
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("coach.errors")

#: Never more than this many messages in one session, whatever happens.
MAX_MESSAGES = 5

Signature = tuple[str, str, int]
# What sys.excepthook and threading.excepthook hold (as typeshed declares them).
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadExceptHook = Callable[[threading.ExceptHookArgs], object]


class ErrorText(Tr):
    """Translation context for the message about an unexpected error."""


def user_message(log_path: Path | None) -> str:
    """The sentence the user sees: what happened, that we go on, where details are."""
    text = ErrorText.tr("Something went wrong inside Calf Coach. It keeps running, but if "
                        "something looks wrong, close it and open it again.")
    if log_path is not None:
        text += "\n\n" + ErrorText.tr(
            "The details were saved in this file, in case you want to report it:\n{path}"
        ).format(path=log_path)
    return text


def startup_message(log_path: Path | None) -> str:
    """The sentence the user sees when the window could not even be built."""
    text = ErrorText.tr("Calf Coach could not start because of an error inside it. "
                        "Please try again; if it happens again, the log file helps to find "
                        "the cause.")
    if log_path is not None:
        text += "\n\n" + ErrorText.tr(
            "The details were saved in this file, in case you want to report it:\n{path}"
        ).format(path=log_path)
    return text


def report_startup_failure(reporter: ErrorReporter, value: BaseException) -> None:
    """Log a failure that happened before the event loop ran, and say so in a modal box.

    Why modal (``exec``) here when every other error box is not: the app is
    about to exit, and without a window of its own nothing else would show
    that it tried to start. Nothing is running yet that could fail again
    inside the box's event loop. A box that cannot be shown leaves the log
    and one line on stderr.
    """
    reporter.record(type(value), value, value.__traceback__)
    text = startup_message(reporter.log_path)
    _say_on_stderr(f"coach: could not start: {value!r}"
                   + (f" (details in {reporter.log_path})\n"
                      if reporter.log_path is not None else "\n"))
    try:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text,
                          QMessageBox.StandardButton.Close)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName(ErrorText.tr("Calf Coach could not start"))
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                    | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if reporter.log_path is not None:
            folder = box.addButton(ErrorText.tr("Open the log folder"),
                                   QMessageBox.ButtonRole.ActionRole)
            folder.setAccessibleName(ErrorText.tr("Open the folder with the log file"))
            folder.clicked.connect(reporter.open_log_folder)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.setEscapeButton(QMessageBox.StandardButton.Close)
        reporter.messageShown.emit(text)
        box.exec()
    except Exception:
        log.exception("could not show the start-up error")


def _say_on_stderr(text: str) -> None:
    """Write to the process's own stderr, never raising; there is none under pythonw."""
    with contextlib.suppress(Exception):
        if sys.__stderr__ is not None:
            sys.__stderr__.write(text)


def signature(kind: type[BaseException], tb: TracebackType | None) -> Signature:
    """What makes two errors "the same": their type and the line that raised them."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    if frames:
        last = frames[-1]
        return (kind.__qualname__, last.filename, last.lineno or 0)
    return (kind.__qualname__, "", 0)


def _logs_to(path: Path) -> bool:
    """Whether a logging handler already writes to ``path`` (so we do not write twice)."""
    target = str(path)
    node: logging.Logger | None = log
    while node is not None:
        for handler in node.handlers:
            if isinstance(handler, logging.FileHandler) and handler.baseFilename == target:
                return True
        node = node.parent if node.propagate else None
    return False


class ErrorReporter(QObject):
    """Logs unexpected exceptions and shows one short message per distinct error."""

    #: A message to show, requested from any thread; delivered in the GUI thread.
    showRequested = Signal(object)  # Signature
    #: Emitted after a message was put on screen (tests and the window listen).
    messageShown = Signal(str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorReporter")
        self.log_path = Path(log_path) if log_path is not None else None
        self.counts: dict[Signature, int] = {}
        self.shown: set[Signature] = set()
        self.messages_shown = 0
        self.box: QMessageBox | None = None
        self._busy = False
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: ThreadExceptHook | None = None
        self.showRequested.connect(self._show_once, Qt.ConnectionType.QueuedConnection)

    # ----- hooks ----------------------------------------------------------
    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Put the previous hooks back (tests; shutting down)."""
        if sys.excepthook == self.excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook \
                and self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def excepthook(self, kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        """``sys.excepthook``: log, then show (or queue) the message; never raises."""
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            # Ctrl+C in a terminal, or an explicit exit from a slot: leave cleanly.
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if self._busy:
            # An error while handling an error: say it on stderr and stop there.
            _say_on_stderr(f"coach: error while reporting an error: {value!r}\n")
            return
        self._busy = True
        try:
            sig = self.record(kind, value, tb)
            if sig in self.shown:
                pass
            elif threading.current_thread() is threading.main_thread():
                self._show_once(sig)
            else:
                self.showRequested.emit(sig)
        except Exception:  # the hook itself must never raise
            _say_on_stderr("coach: the error handler failed\n")
        finally:
            self._busy = False

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: same as above, message shown by the GUI thread."""
        if args.exc_type is SystemExit:
            return
        self.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    # ----- logging -----------------------------------------------------------
    def record(self, kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> Signature:
        """Log the error (in full the first time, then counted); return its signature."""
        sig = signature(kind, tb)
        count = self.counts.get(sig, 0) + 1
        self.counts[sig] = count
        if count == 1:
            text = "".join(traceback.format_exception(kind, value, tb))
            log.error("unexpected error:\n%s", text.rstrip())
            self._write_file(f"unexpected error:\n{text}")
        elif _is_power_of_ten(count):
            line = (f"the same unexpected error ({kind.__qualname__} at "
                    f"{Path(sig[1]).name}:{sig[2]}) has now happened {count} times")
            log.error("%s", line)
            self._write_file(line + "\n")
        return sig

    def _write_file(self, text: str) -> None:
        """Append to the log file ourselves when logging is not set up to write there."""
        path = self.log_path
        if path is None or _logs_to(path):
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as handle:
                handle.write(f"{datetime.now():%Y-%m-%d %H:%M:%S} ERROR coach.errors: {text}")
        except OSError:
            pass  # nowhere to write: the message still tells the user

    # ----- telling the user --------------------------------------------------
    def _show_once(self, sig: Signature) -> None:
        if sig in self.shown or self.messages_shown >= MAX_MESSAGES:
            return
        if self.box is not None and shiboken6.isValid(self.box) and self.box.isVisible():
            return  # one message at a time; this error is in the log
        app = QApplication.instance()
        if not isinstance(app, QApplication) or app.closingDown():
            return
        self.shown.add(sig)
        self.messages_shown += 1
        try:
            self._show_box(app)
        except Exception:
            log.exception("could not show the error message")

    def _show_box(self, app: QApplication) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = user_message(self.log_path)
        parent: QWidget | None = app.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName(ErrorText.tr("Calf Coach: something went wrong"))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                    | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if self.log_path is not None:
            folder = box.addButton(ErrorText.tr("Open the log folder"),
                                   QMessageBox.ButtonRole.ActionRole)
            folder.setAccessibleName(ErrorText.tr("Open the folder with the log file"))
            folder.clicked.connect(self.open_log_folder)
        ok = box.button(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)  # the same button as ``ok``
        box.setEscapeButton(ok)  # Escape and the close button dismiss it
        box.finished.connect(self._box_closed)
        self.box = box
        box.show()
        self.messageShown.emit(text)

    def _box_closed(self, _result: int) -> None:
        self.box = None

    def open_log_folder(self) -> None:
        if self.log_path is not None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


def _is_power_of_ten(number: int) -> bool:
    while number >= 10 and number % 10 == 0:
        number //= 10
    return number == 1


def install_error_handler(app: QApplication | None, log_path: Path | None) -> ErrorReporter:
    """Route unexpected exceptions (main thread, Qt slots, other threads) to a reporter.

    Call once, after the QApplication exists. Returns the reporter (its
    ``uninstall()`` restores the previous hooks).
    """
    reporter = ErrorReporter(log_path, parent=app)
    if app is None:
        _installed.append(reporter)  # a Python owner when there is no app to parent it
    reporter.install()
    return reporter


_installed: list[ErrorReporter] = []

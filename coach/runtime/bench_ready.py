"""Benchmark hook: note when the main window has been painted. Off by default.

Only when ``CALF_COACH_BENCH_READY=<file>`` is set does ``run_gui`` call
``install``; then, each time the window is painted under another title than
at the last note (the first paint at start-up, the first paint of the cramp
screen after ``coach --cramp``...), one line is appended to the file::

    <time.monotonic() in seconds>\\t<window title>\\n

``time.monotonic`` is CLOCK_MONOTONIC, the same clock in every process on the
machine, so ``benchmarks/run_all.py`` can compare it with the moment it
spawned a process. The line is written after the paint event has been
delivered (from a zero-time timer queued during it), so the backing store has
been drawn. Paints of the window and of the screen it shows count (a screen
that covers the window repaints itself, not the window); the filter sits on
those widgets only, since an application-wide one would make PySide6 wrap
every object that gets an event. Nothing in the app reads the file; without
the variable this module is never imported.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ENV = "CALF_COACH_BENCH_READY"


class _PaintWatch(QObject):
    def __init__(self, window: QWidget, path: str) -> None:
        super().__init__(window)
        self._window = window
        self._path = path
        self._noted: str | None = None  # title at the last note
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and not self._pending
                and self._window.windowTitle() != self._noted):
            self._pending = True
            QTimer.singleShot(0, self._note)
        return False

    def _note(self) -> None:
        self._pending = False
        title = self._window.windowTitle()
        if title == self._noted:
            return
        self._noted = title
        with open(self._path, "a", encoding="utf-8") as out:
            out.write(f"{time.monotonic():.6f}\t{title}\n")


def install(window: QWidget) -> None:
    """Watch ``window``'s paint events if the benchmark asked for it."""
    path = os.environ.get(ENV)
    if not path:
        return
    watch = _PaintWatch(window, path)
    window.installEventFilter(watch)
    stack = getattr(window, "stack", None)  # the screens (a QStackedWidget)
    if stack is not None:
        stack.currentChanged.connect(lambda index: stack.widget(index).installEventFilter(watch))
        if stack.currentWidget() is not None:
            stack.currentWidget().installEventFilter(watch)

"""Work that waits for a frame of the window to be on screen.

Why: the first frame is what a user waits for at start-up (and at night, the
Cramp now screen after a hot key). Everything that frame does not need (the
diary, the cramp screen built ahead, home behind the cramp screen) runs just
after it. A window that never paints (hidden in the tray, or a compositor
that skips it) still runs the work after a deadline.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class PaintHooks:
    """Callbacks run after the first frame, or after the next one; the window calls
    ``frame_painted`` from its ``paintEvent``. The timers belong to ``owner``, so
    nothing runs after the window is gone."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self.painted = False  # a first frame was painted
        self._after_first: list[Callable[[], None]] = []
        self._after_next: list[Callable[[], None]] = []

    def after_first_paint(self, callback: Callable[[], None],
                          at_latest_ms: int = 1000) -> None:
        """Run ``callback`` once, right after the first frame (at once if it was),
        or after ``at_latest_ms`` if no frame comes."""
        done = False

        def run_once() -> None:
            nonlocal done
            if not done:
                done = True
                callback()

        if self.painted:
            QTimer.singleShot(0, self._owner, run_once)
            return
        self._after_first.append(run_once)
        QTimer.singleShot(at_latest_ms, self._owner, run_once)

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` after the next frame (the caller sets its own deadline)."""
        self._after_next.append(callback)

    def frame_painted(self) -> None:
        """A frame is out: start what waited for it (from the event loop, not inside
        the paint)."""
        for callback in self._after_next:
            QTimer.singleShot(0, self._owner, callback)
        self._after_next.clear()
        if not self.painted:
            self.painted = True
            for callback in self._after_first:
                QTimer.singleShot(0, self._owner, callback)
            self._after_first.clear()

"""A countdown for one relief step that stops at zero and waits.

The cramp screen cannot use the routine player's auto-advance: a relief step
lasts "until the spasm goes", and someone holding their leg at 3 a.m. cannot
be rushed to the next step by a timer. So the hold timer counts to a monotonic
deadline, says when it is over, and leaves the next step to the user.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coach.engine.clock import Clock

EPSILON = 1e-6


class HoldTimer(QObject):
    """Counts ``duration_s`` down to a monotonic deadline; emits when the shown second changes."""

    secondChanged = Signal(int)
    expired = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._deadline: float | None = None
        self._duration = 0.0
        self._shown = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.update)

    @property
    def running(self) -> bool:
        return self._deadline is not None

    @property
    def duration_s(self) -> float:
        return self._duration

    def start(self, duration_s: float) -> None:
        """(Re)start the countdown from ``duration_s``."""
        self._duration = float(duration_s)
        self._deadline = self._clock.monotonic() + self._duration
        self._shown = self.displayed_seconds()
        self.secondChanged.emit(self._shown)
        self._arm()

    def stop(self) -> None:
        self._deadline = None
        self._timer.stop()

    def remaining(self) -> float:
        if self._deadline is None:
            return 0.0
        return max(0.0, self._deadline - self._clock.monotonic())

    def displayed_seconds(self) -> int:
        return max(0, math.ceil(self.remaining() - EPSILON))

    def fraction_left(self) -> float:
        return self.remaining() / self._duration if self._duration else 0.0

    def update(self) -> None:
        """Re-read the clock: emit the new second, and ``expired`` once at zero."""
        if self._deadline is None:
            return
        shown = self.displayed_seconds()
        if shown != self._shown:
            self._shown = shown
            self.secondChanged.emit(shown)
        if self.remaining() <= 0.0:
            self._deadline = None
            self._timer.stop()
            self.expired.emit()
            return
        self._arm()

    def _arm(self) -> None:
        """Wake up at the next whole-second boundary of the remaining time."""
        remaining = self.remaining()
        to_boundary = remaining - math.floor(remaining - EPSILON)
        self._timer.start(max(1, math.ceil(to_boundary * 1000)))

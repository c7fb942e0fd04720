"""A countdown for one relief step that stops at zero and waits.

The cramp screen cannot use the routine player's auto-advance: a relief step
lasts "until the spasm goes", and someone holding their leg at 3 a.m. cannot
be rushed to the next step by a timer. So the hold timer counts to a monotonic
deadline, says when it is over, and leaves the next step to the user.

A hold "until the cramp releases" has no deadline at all: ``start_count_up``
counts the seconds held so far and emits ``cueDue`` every ``cue_every_s``
(a soft reminder that the hold is still going, for the screen to sound or not).
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
    cueDue = Signal(int)  # counting up: the seconds held, at each cue_every_s

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._deadline: float | None = None
        self._duration = 0.0
        self._shown = 0
        self._started: float | None = None  # counting up since (monotonic)
        self._cue_every = 30.0
        self._cues = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.update)

    @property
    def running(self) -> bool:
        return self._deadline is not None or self._started is not None

    @property
    def counting_up(self) -> bool:
        return self._started is not None

    @property
    def duration_s(self) -> float:
        return self._duration

    def start(self, duration_s: float) -> None:
        """(Re)start the countdown from ``duration_s``."""
        self._started = None
        self._duration = float(duration_s)
        self._deadline = self._clock.monotonic() + self._duration
        self._shown = self.displayed_seconds()
        self.secondChanged.emit(self._shown)
        self._arm()

    def start_count_up(self, cue_every_s: float = 30.0) -> None:
        """Count up from zero with no end, emitting ``cueDue`` every ``cue_every_s``."""
        self._deadline = None
        self._duration = 0.0
        self._started = self._clock.monotonic()
        self._cue_every = float(cue_every_s)
        self._cues = 0
        self._shown = 0
        self.secondChanged.emit(0)
        self._arm()

    def elapsed(self) -> float:
        """Seconds held so far when counting up; 0 otherwise."""
        if self._started is None:
            return 0.0
        return max(0.0, self._clock.monotonic() - self._started)

    def stop(self) -> None:
        self._deadline = None
        self._started = None
        self._timer.stop()

    def remaining(self) -> float:
        if self._deadline is None:
            return 0.0
        return max(0.0, self._deadline - self._clock.monotonic())

    def displayed_seconds(self) -> int:
        if self._started is not None:
            return math.floor(self.elapsed() + EPSILON)
        return max(0, math.ceil(self.remaining() - EPSILON))

    def fraction_left(self) -> float:
        return self.remaining() / self._duration if self._duration else 0.0

    def update(self) -> None:
        """Re-read the clock: emit the new second, and ``expired`` once at zero."""
        if self._started is not None:
            self._update_count_up()
            return
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

    def _update_count_up(self) -> None:
        shown = self.displayed_seconds()
        if shown != self._shown:
            self._shown = shown
            self.secondChanged.emit(shown)
        due = int((self.elapsed() + EPSILON) // self._cue_every) if self._cue_every > 0 else 0
        if due > self._cues:  # once, even if the clock jumped over several (a suspend)
            self._cues = due
            self.cueDue.emit(shown)
        self._arm()

    def _arm(self) -> None:
        """Wake up at the next whole-second boundary of the remaining (or held) time."""
        if self._started is not None:
            held = self.elapsed()
            to_boundary = math.floor(held + EPSILON) + 1 - held
            self._timer.start(max(1, math.ceil(to_boundary * 1000)))
            return
        remaining = self.remaining()
        to_boundary = remaining - math.floor(remaining - EPSILON)
        self._timer.start(max(1, math.ceil(to_boundary * 1000)))

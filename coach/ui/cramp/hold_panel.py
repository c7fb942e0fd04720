"""The hold timer of a relief step on screen: the ring, its number and the picture's motion.

A ``HoldTimer`` (coach/engine/hold_timer.py) keeps the time; this paints it.
The number changes on the timer's own second signal; the ring and the
picture's cross-fade are refreshed ten times a second while a hold runs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from coach.content.model import RoutineStep
from coach.engine.clock import Clock
from coach.engine.hold_timer import HoldTimer
from coach.ui.widgets.countdown import CountdownRing
from coach.ui.widgets.illustration import IllustrationView

RELEASE_CUE_EVERY_S = 30  # a hold "until it releases": a soft cue this often
REFRESH_MS = 100


class HoldPanel(QObject):
    """Runs the hold of one step on ``ring`` and ``illustration``."""

    holdDone = Signal()  # no payload: the countdown reached zero
    releaseCheck = Signal()  # no payload: another 30 s of a hold "until it releases"

    def __init__(self, clock: Clock, ring: CountdownRing, illustration: IllustrationView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ring = ring
        self._illustration = illustration
        self.timer = HoldTimer(clock, self)
        self.timer.secondChanged.connect(self._show_second)
        self.timer.expired.connect(self._hold_done)
        self.timer.cueDue.connect(self._release_cue)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._repaint_progress)

    def start(self, step: RoutineStep) -> None:
        """Count ``step``'s hold down, or up for a hold until the cramp lets go."""
        self._ring.set_counting_up(step.until_release)
        if step.until_release:
            self.timer.start_count_up(RELEASE_CUE_EVERY_S)
        else:
            self.timer.start(step.hold_s)

    def start_refresh(self) -> None:
        self._refresh.start()

    def stop(self) -> None:
        self.timer.stop()
        self._refresh.stop()

    def _show_second(self, seconds: int) -> None:
        self._ring.set_state(seconds, self._ring_fraction())
        self._repaint_progress()

    def _ring_fraction(self) -> float:
        if self.timer.counting_up:  # fills up to each 30 s cue, then starts again
            held = self.timer.elapsed()
            return (held % RELEASE_CUE_EVERY_S) / RELEASE_CUE_EVERY_S
        return self.timer.fraction_left()

    def _repaint_progress(self) -> None:
        self._ring.set_state(self._ring.seconds, self._ring_fraction())
        held = self.timer.elapsed() if self.timer.counting_up else \
            self.timer.duration_s - self.timer.remaining()
        self._illustration.set_elapsed(held)

    def _release_cue(self, _seconds: int) -> None:
        """A soft cue every 30 s of a hold until release (silent unless cramp sound is on)."""
        self.releaseCheck.emit()

    def _hold_done(self) -> None:
        self._refresh.stop()
        self._ring.set_state(0, 0.0)
        self.holdDone.emit()

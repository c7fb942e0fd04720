"""A large countdown: whole seconds in the middle, a ring for the fraction left.

The widget only paints what it is given (seconds shown, fraction remaining);
the engine decides both, so the ring and the number can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.i18n import Tr
from coach.ui.theme import ACCENT
from coach.words.durations import clock_text


class CountdownText(Tr):
    """Translation context for the countdown ring's spoken description."""


def format_seconds(seconds: int) -> str:
    """``75`` → ``1:15``; under a minute just the seconds, large and quick to read."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return str(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class CountdownRing(QWidget):
    """Seconds left and a ring that empties as the segment runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._seconds = 0
        self._fraction = 1.0
        self._counting_up = False  # a hold "until it releases": m:ss that grows
        self._colour = QColor(ACCENT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(CountdownText.tr("Time left"))

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def set_colour(self, colour: QColor | str) -> None:
        self._colour = QColor(colour)
        self.update()

    def set_counting_up(self, on: bool) -> None:
        """Count up (``0:45``, the time held so far) instead of down."""
        if on != self._counting_up:
            self._counting_up = on
            self.update()

    @property
    def counting_up(self) -> bool:
        return self._counting_up

    def set_state(self, seconds: int, fraction: float) -> None:
        """Show ``seconds`` in the middle and ``fraction`` (1 → 0) of the ring."""
        fraction = min(1.0, max(0.0, fraction))
        if seconds != self._seconds:
            self._seconds = seconds
            self.setAccessibleDescription(CountdownText.tr("%n second(s)", "", seconds))
        self._fraction = fraction
        self.update()

    @property
    def seconds(self) -> int:
        return self._seconds

    def text(self) -> str:
        return clock_text(self._seconds) if self._counting_up else \
            format_seconds(self._seconds)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        pen_width = max(6.0, side * 0.07)
        rect = QRectF((self.width() - side) / 2 + pen_width / 2,
                      (self.height() - side) / 2 + pen_width / 2,
                      side - pen_width, side - pen_width)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(self.palette().color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        painter.setPen(QPen(track, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawEllipse(rect)
        if self._fraction > 0:
            painter.setPen(QPen(self._colour, pen_width, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawArc(rect, 90 * 16, int(-360 * 16 * self._fraction))
        font = QFont(self.font())
        text = self.text()
        font.setPixelSize(max(12, int(side * (0.42 if len(text) <= 2 else 0.3))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

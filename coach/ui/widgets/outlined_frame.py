"""A frame with a rounded coloured border, painted (no style sheet; see flat_button)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QWidget


class OutlinedFrame(QFrame):
    """A box whose border says "look here": the night screen's medical warnings."""

    def __init__(self, colour: str, width: int = 3, radius: float = 10.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(colour)
        self.border_px = width
        self.radius = radius

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        half = self.border_px / 2
        rect = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.setPen(QPen(self.colour, self.border_px))
        painter.drawRoundedRect(rect, self.radius, self.radius)
        painter.end()

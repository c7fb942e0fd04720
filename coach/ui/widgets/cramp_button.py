"""The big red "Cramp now" button on home, painted by hand.

Why not a style sheet: one style sheet on one button makes Qt wrap the app's
style in a QStyleSheetStyle for it, which parses the sheet and keeps its
own caches: about 1 MB of memory and a few milliseconds before the first
frame, for a flat colour and a rounded border. Painting those is a dozen
lines. It is still a QPushButton: keyboard, accessibility and the default
button behaviour are unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QPushButton, QWidget

FILL = QColor("#C8431A")  # white text on it: contrast 4.9:1
FILL_HOVER = QColor("#B93C16")  # darker, never less contrast
FILL_DOWN = QColor("#A3340F")
TEXT = QColor("#FFFFFF")
FOCUS = QColor("#FFD400")  # the night screen's focus colour
RADIUS = 12.0
FOCUS_PX = 3
PADDING = QSize(24, 8)  # horizontal, vertical, around the text


class CrampButton(QPushButton):
    """A QPushButton in the cramp colour, with a yellow border when it has focus."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("CrampButton")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)  # repaint on hover

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text = metrics.size(Qt.TextFlag.TextShowMnemonic, self.text())
        return QSize(text.width() + 2 * (PADDING.width() + FOCUS_PX),
                     text.height() + 2 * (PADDING.height() + FOCUS_PX))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self.isDown():
            fill = FILL_DOWN
        elif self.underMouse():
            fill = FILL_HOVER
        else:
            fill = FILL
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        if self.hasFocus():
            half = FOCUS_PX / 2
            painter.setPen(QPen(FOCUS, FOCUS_PX))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), RADIUS, RADIUS)
        painter.setPen(TEXT)
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextShowMnemonic.value
        painter.drawText(rect, flags, self.text())
        painter.end()

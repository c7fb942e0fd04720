"""A weekday on/off button for the reminder form, easy to read at a glance."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QWidget

CHECK = "\u2713 "  # shown on a chosen day, so the state is not told by colour alone


class DayToggle(QPushButton):
    """A weekday on/off button that is easy to read: filled when chosen, ringed when focused.

    Painted by hand from the current palette rather than styled with a style
    sheet: Fusion's "checked" is too faint to read at a glance, and a style
    sheet freezes the palette it saw first, so a theme switch would leave the
    form in the old colours.
    """

    PAD_X, PAD_Y, RING = 12, 6, 3

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        # Room for the check mark always, so choosing a day never moves the row.
        width = metrics.horizontalAdvance(CHECK + self.text().removeprefix(CHECK))
        return QSize(width + 2 * (self.PAD_X + self.RING),
                     metrics.height() + 2 * (self.PAD_Y + self.RING))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isChecked():
            fill, text = pal.color(QPalette.ColorRole.Highlight), \
                pal.color(QPalette.ColorRole.HighlightedText)
            edge = fill
        else:
            fill, text = pal.color(QPalette.ColorRole.Button), \
                pal.color(QPalette.ColorRole.ButtonText)
            edge = pal.color(QPalette.ColorRole.Mid)
        width = 1
        if self.hasFocus():
            edge, width = pal.color(QPalette.ColorRole.WindowText), self.RING
        if not self.isEnabled():
            text = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        rect = QRectF(self.rect()).adjusted(width / 2 + 1, width / 2 + 1,
                                            -width / 2 - 1, -width / 2 - 1)
        painter.setPen(QPen(edge, width))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(text)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()

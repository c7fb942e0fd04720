"""Flat, rounded buttons in fixed colours, painted by hand (no style sheet).

Why not a style sheet: a sheet on a widget makes Qt wrap the app's style in a
QStyleSheetStyle for it and every child, which parses the sheet and keeps its
own caches. For the night screen that was 1 MB of memory held all day by an
app waiting in the tray, and time spent polishing each widget before the
first frame. A flat fill, a border and a focus border are a few lines of
painting. These stay QPushButtons: keys, accessibility, ``clicked`` and
checkable groups behave as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QPushButton, QWidget

FOCUS_PX = 3


@dataclass(frozen=True)
class ButtonLook:
    """Colours and shape of a flat button; ``checked`` is the look when checked."""

    fill: str
    text: str
    border: str | None = None  # None: no border until focused
    focus: str = "#FFD400"
    border_px: int = 2
    radius: float = 10.0
    padding: tuple[int, int] = (14, 6)  # horizontal, vertical, around the text
    hover: str | None = None  # None: a shade of ``fill`` that keeps the contrast
    down: str | None = None
    checked: ButtonLook | None = None


def _shade(colour: QColor, step: int) -> QColor:
    """Lighter for a dark fill, darker for a light one: the text stays as readable."""
    return colour.lighter(100 + step) if colour.lightness() < 100 else colour.darker(100 + step)


class FlatButton(QPushButton):
    """A QPushButton drawn as a flat rounded shape in the colours of ``look``."""

    def __init__(self, text: str, look: ButtonLook, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._look = look
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)  # repaint on hover

    @property
    def look(self) -> ButtonLook:
        return self._look

    def set_look(self, look: ButtonLook) -> None:
        self._look = look
        self.update()

    def _frame_px(self) -> int:
        return max(self._look.border_px, FOCUS_PX)

    def sizeHint(self) -> QSize:
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic.value, self.text())
        pad_x, pad_y = self._look.padding
        frame = self._frame_px()
        return QSize(text.width() + 2 * (pad_x + frame), text.height() + 2 * (pad_y + frame))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _state_look(self) -> ButtonLook:
        """The look for checked or not: ``checked`` when it has one and is checked."""
        checked = self._look.checked
        return checked if checked is not None and self.isChecked() else self._look

    def current_colours(self) -> tuple[QColor, QColor]:
        """(fill, text) for the state the button is in now."""
        look = self._state_look()
        fill = QColor(look.fill)
        if not self.isEnabled():
            text = QColor(look.text)
            text.setAlphaF(0.45)
            return fill, text
        if self.isDown():
            fill = QColor(look.down) if look.down else _shade(fill, 30)
        elif self.underMouse():
            fill = QColor(look.hover) if look.hover else _shade(fill, 15)
        return fill, QColor(look.text)

    def paintEvent(self, event: QPaintEvent) -> None:
        look = self._state_look()
        fill, text = self.current_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, look.radius, look.radius)
        border = None
        width = look.border_px
        if self.hasFocus():
            border, width = QColor(look.focus), FOCUS_PX
        elif look.border:
            border = QColor(look.border)
            if not self.isEnabled():
                border.setAlphaF(0.45)
        if border is not None:
            half = width / 2
            painter.setPen(QPen(border, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(half, half, -half, -half),
                                    look.radius, look.radius)
        painter.setPen(text)
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextShowMnemonic.value
        painter.drawText(rect, flags, self.text())
        painter.end()

"""Labels for content text: plain text only, whatever the text looks like.

Kept apart from the screens that use them so that home, the first thing
painted, does not import the player screen (and its widgets) to get one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def plain_label(text: str = "", *, wrap: bool = True, point_scale: float = 1.0,
                bold: bool = False, name: str = "", object_name: str = "") -> QLabel:
    """A label that can never interpret content as rich text.

    ``name`` is the (translated) accessible name, and the object name unless
    ``object_name`` gives a fixed one (for the label colours of a screen).
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if point_scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * point_scale)
        font.setBold(bold)
        label.setFont(font)
    if name:
        label.setAccessibleName(name)
    if name or object_name:
        label.setObjectName(object_name or name)
    return label


class ElidedLabel(QLabel):
    """One line that ends in "…" when the space runs out, instead of overlapping.

    For a heading beside other controls (the player's routine title): with
    large text the row is too narrow for everything, and a cut-off title is
    better than one drawn under its neighbours. The full text stays in
    ``text()`` (which screen readers read) and the tooltip.
    """

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        if name:
            self.setObjectName(name)
            self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        # As wide as a few letters: the layout's stretch gives it the rest.
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("M…") * 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment().value), self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())
        painter.end()

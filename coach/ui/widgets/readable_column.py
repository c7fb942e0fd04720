"""A column of readable width that never cuts off what it holds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget


class ReadableColumn(QWidget):
    """At most ``readable`` px wide, or as wide as its fields and captions need.

    Why: fields far apart on a wide window are hard to scan, so a form sits in
    a column. A fixed cap (760 px) was less than the cramp form's captions and
    note field take at 200 % text, and the field ran past the column's edge, cut
    off. Made to sit in a resizable scroll area (``scroll_page``).
    """

    def __init__(self, readable: int) -> None:
        super().__init__()
        self._readable = readable
        self.column_layout = QVBoxLayout(self)
        self.column_layout.setContentsMargins(0, 0, 0, 0)

    def fit(self) -> None:
        """Set the cap from what the column holds now (after it is filled)."""
        widest = max(self._readable, self.column_layout.totalMinimumSize().width())
        if widest == self.maximumWidth():
            return
        self.setMaximumWidth(widest)
        # A scroll area sizes its widget only when the area itself is resized.
        viewport = self.parentWidget()
        room = viewport.width() if viewport is not None else widest
        self.resize(max(min(widest, room), self.minimumSizeHint().width()), self.height())

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (Settings, at once) changes what the fields need.

        Measured once the event loop is back: the fields get their new font one
        by one, in no set order, after the column has its own.
        """
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self.fit)

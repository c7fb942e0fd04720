"""History's buttons in one row, or two when the words do not fit side by side."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget


class ButtonRows(QWidget):
    """Two rows for the History buttons, asking only for the width of the two-row layout.

    With one row the buttons' widths add up; if the screen asked for that much
    at large text, a window made smaller (or a text size made larger) would be
    held wider than the user wanted, and the screen would never get the resize
    that moves the buttons to two rows (``HistoryScreen._fit_rows``).
    """

    def __init__(self, first: tuple[QWidget, ...], second: tuple[QWidget, ...]) -> None:
        """``first``: the buttons that change the diary; ``second``: the files and Back
        (its last button goes to the far end)."""
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.rows = (QHBoxLayout(), QHBoxLayout())
        for row in self.rows:
            layout.addLayout(row)
        # the buttons of the first and of the second row when two are used
        self.groups = (first, second)
        # how many rows are in use now (1 or 2)
        self.used = 0
        self.place(1)

    def place(self, rows: int) -> None:
        if rows == self.used:
            return
        self.used = rows
        first, second = self.rows
        for row in self.rows:
            while row.count():
                row.takeAt(0)
        for button in self.groups[0]:
            first.addWidget(button)
        target = first if rows == 1 else second
        *files, back = self.groups[1]
        for button in files:
            target.addWidget(button)
        target.addStretch(1)
        target.addWidget(back)
        if rows == 2:
            first.addStretch(1)

    def fit(self, width: int) -> None:
        """One row when the shown buttons fit side by side in ``width``, else two."""
        shown = [b for b in self.buttons() if not b.isHidden()]
        needed = sum(b.sizeHint().width() for b in shown) + 12 * len(shown) + 48
        self.place(1 if needed <= width else 2)

    def buttons(self) -> list[QWidget]:
        return [*self.groups[0], *self.groups[1]]

    def minimumSizeHint(self) -> QSize:
        """The wider of the two rows as they are split when two are used."""
        spacing = self.rows[0].spacing()
        widest = max((sum(b.minimumSizeHint().width() for b in group)
                      + spacing * max(0, len(group) - 1) for group in self.groups), default=0)
        return QSize(widest, super().minimumSizeHint().height())

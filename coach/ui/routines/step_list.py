"""The routine editor's steps: a list the user reorders (Alt+Up / Alt+Down or dragging)
that also holds each step's values.

Each item carries a key into this list's own table of steps, so moving an
item moves its step with it and the routine's order is always the list's.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from coach.content import routine_writer as writer
from coach.content.model import Library
from coach.ui.models.routine_words import step_text
from coach.ui.routines.library_list import THUMB_PX
from coach.ui.widgets.illustration import thumbnail


class StepList(QListWidget):
    """The routine's steps; dragging an item reorders them (``reordered`` says so)."""

    reordered = Signal()

    def __init__(self, library: Library, language: str) -> None:
        super().__init__()
        self._library = library
        self._language = language
        self._keys = itertools.count()
        self._steps: dict[int, writer.EditableStep] = {}
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.setWordWrap(True)
        self.model().rowsMoved.connect(lambda *_: self.reordered.emit())

    def fill(self, steps: list[writer.EditableStep]) -> None:
        """Show ``steps`` (held, not copied), the first one chosen."""
        self._steps = {next(self._keys): step for step in steps}
        self.blockSignals(True)  # the old items' keys are gone already
        self.clear()
        self.blockSignals(False)
        for key in self._steps:
            self._add_item(key)
        if self.count():
            self.setCurrentRow(0)

    def steps(self) -> list[writer.EditableStep]:
        """The steps in the list's order."""
        return [self._steps[self._key(row)] for row in range(self.count())]

    def current_step(self) -> writer.EditableStep | None:
        row = self.currentRow()
        return None if row < 0 else self._steps[self._key(row)]

    def append(self, step: writer.EditableStep) -> None:
        """Add ``step`` at the end and choose it."""
        key = next(self._keys)
        self._steps[key] = step
        self._add_item(key)
        self.setCurrentRow(self.count() - 1)

    def move_current(self, delta: int) -> bool:
        """Move the chosen step up (-1) or down (+1), still chosen; False if it cannot."""
        row = self.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.count():
            return False
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.renumber()
        return True

    def remove_current(self) -> bool:
        """Remove the chosen step; the one after it (or the new last) is chosen."""
        row = self.currentRow()
        if row < 0:
            return False
        item = self.takeItem(row)
        del self._steps[item.data(Qt.ItemDataRole.UserRole)]
        self.renumber()
        self.setCurrentRow(min(row, self.count() - 1))
        return True

    def renumber(self) -> None:
        """Each item's words again (numbers after a move, values after an edit)."""
        for row in range(self.count()):
            step = self._steps[self._key(row)]
            self.item(row).setText(step_text(row, step, self._library.exercise(step.exercise),
                                             self._language))

    def _key(self, row: int) -> int:
        return int(self.item(row).data(Qt.ItemDataRole.UserRole))

    def _add_item(self, key: int) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        flags = item.flags() | Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags & ~Qt.ItemFlag.ItemIsDropEnabled)  # drop between, never onto
        exercise = self._library.exercise(self._steps[key].exercise)
        if exercise is not None and exercise.illustrations:
            item.setIcon(QIcon(thumbnail(exercise.illustrations[-1], THUMB_PX * 2)))
        self.addItem(item)
        self.renumber()

"""Home's row of buttons for routines (New routine, Edit, Duplicate, Delete, Import,
Export) with one line for what just happened (a deletion to undo, an import's
problems).

The row only asks: each button emits a request with the chosen routine's id,
and ``coach/ui/routine_actions.py`` (``RoutineManager``) does the work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coach.ui.models.routine_words import RoutineActionsText
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.labels import plain_label


class RoutineActions(QWidget):
    """The buttons; the chosen routine comes from home (``set_current``)."""

    newRequested = Signal()
    editRequested = Signal(str)
    duplicateRequested = Signal(str)
    deleteRequested = Signal(str)
    importRequested = Signal()
    exportRequested = Signal(str)
    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoutineActions")
        self._current = ""
        self.user_ids: set[str] = set()
        self.new_button = self._button(
            RoutineActionsText.tr("New routine"),
            RoutineActionsText.tr("New routine: make your own"), self.newRequested.emit)
        self.edit_button = self._button(
            RoutineActionsText.tr("Edit"), RoutineActionsText.tr("Edit the chosen routine"),
            lambda: self.editRequested.emit(self._current))
        self.duplicate_button = self._button(
            RoutineActionsText.tr("Duplicate"),
            RoutineActionsText.tr("Duplicate the chosen routine as your own"),
            lambda: self.duplicateRequested.emit(self._current))
        self.delete_button = self._button(
            RoutineActionsText.tr("Delete"),
            RoutineActionsText.tr("Delete the chosen routine (you can undo)"),
            lambda: self.deleteRequested.emit(self._current))
        self.import_button = self._button(
            RoutineActionsText.tr("Import\u2026"),
            RoutineActionsText.tr("Import a routine file, for example from your physiotherapist"),
            self.importRequested.emit)
        self.export_button = self._button(
            RoutineActionsText.tr("Export\u2026"),
            RoutineActionsText.tr("Export the chosen routine as a file to share"),
            lambda: self.exportRequested.emit(self._current))
        self.message = plain_label(name=RoutineActionsText.tr("Routine files"))
        self.message.setVisible(False)
        self.undo_button = self._button(
            RoutineActionsText.tr("Undo"), RoutineActionsText.tr("Undo the deletion (Ctrl+Z)"),
            self.undoRequested.emit)
        self.undo_button.setVisible(False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.edit_button, self.duplicate_button,
                       self.delete_button, self.import_button, self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        message_row = QHBoxLayout()
        message_row.setContentsMargins(0, 0, 0, 0)
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(message_row)
        self.set_current("")

    @property
    def current(self) -> str:
        """The routine chosen on home ("" when none is)."""
        return self._current

    @staticmethod
    def _button(text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = action_button(text, accessible, slot)
        button.setAutoDefault(True)
        return button

    def follow_in_tab_order(self, previous: QWidget) -> QWidget:
        """Tab reaches these buttons, left to right, after ``previous``; returns the last."""
        for button in (self.new_button, self.edit_button, self.duplicate_button,
                       self.delete_button, self.import_button, self.export_button,
                       self.undo_button):
            QWidget.setTabOrder(previous, button)
            previous = button
        return previous

    def set_current(self, routine_id: str) -> None:
        """The routine chosen on home: what Edit, Duplicate, Delete and Export act on."""
        self._current = routine_id
        chosen = bool(routine_id)
        for button in (self.edit_button, self.duplicate_button, self.export_button):
            button.setEnabled(chosen)
        self.delete_button.setEnabled(routine_id in self.user_ids)

    def say(self, text: str, undo: bool = False) -> None:
        """One line (or a few) about the last action; ``undo`` shows the Undo button."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.undo_button.setVisible(undo)

"""The routine editor's left column: the exercise library, a picture and a name each,
with the position ("Sitting") under the name so a night routine can stay seated."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from coach.content.model import Library
from coach.ui.models.routine_words import RoutineEditorText, position_text
from coach.ui.widgets.illustration import thumbnail
from coach.ui.widgets.key_repeat import EnterOnceList

THUMB_PX = 48


def library_list(library: Library, language: str) -> QListWidget:
    """Every exercise, by name in ``language``; an item's data is the exercise id."""
    exercises = EnterOnceList()  # Enter adds the exercise: once per press, not per repeat
    exercises.setAccessibleName(RoutineEditorText.tr("Exercises to add"))
    exercises.setIconSize(QSize(THUMB_PX, THUMB_PX))
    exercises.setWordWrap(True)
    for exercise in sorted(library.exercises.values(),
                           key=lambda e: e.name.get(language).casefold()):
        position = position_text(getattr(exercise, "position", ""))
        name = exercise.name.get(language)
        item = QListWidgetItem(f"{name}\n{position}" if position else name)
        item.setData(Qt.ItemDataRole.UserRole, exercise.id)
        if exercise.illustrations:
            item.setIcon(QIcon(thumbnail(exercise.illustrations[-1], THUMB_PX * 2)))
        exercises.addItem(item)
    if exercises.count():
        exercises.setCurrentRow(0)
    return exercises


def chosen_exercise(exercises: QListWidget) -> str:
    """The id of the chosen exercise ("" when none is)."""
    row = exercises.currentRow()
    if row < 0:
        return ""
    return str(exercises.item(row).data(Qt.ItemDataRole.UserRole))

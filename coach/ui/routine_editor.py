"""The routine editor: build or change one of your own routines without writing YAML.

A page in the window, not a dialog. The left column is the exercise library
(a picture and a name each); Enter or "Add step" puts the chosen exercise at
the end of the routine. The right column is the routine's steps, reordered
with Alt+Up / Alt+Down or by dragging, and under it the fields of the chosen
step. The total time is the player's own timeline sum, updated as you type.

The screen only edits an ``EditableRoutine``; checking and writing the file
is ``coach.content.routine_writer``'s job, so the file the screen saves is
the one the tests validate. A routine that may not be rewritten (built in, or
a hand-written file the editor cannot keep exactly) is shown read-only, with
the reason in words, and can be played or duplicated but not saved.
"""

from __future__ import annotations

import copy
import itertools
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.content import routine_writer as writer
from coach.content.model import Library
from coach.i18n import Tr
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.illustration import thumbnail
from coach.ui.widgets.labels import plain_label
from coach.words.durations import clock_text

THUMB_PX = 48
_SIDES = (None, "both", "none")  # the sides box's entries, in order


class RoutineEditorText(Tr):
    """Translation context for the routine editor."""


def position_text(position: str) -> str:
    """"Standing" etc. under an exercise's name, so a night routine can stay seated or lying.

    Content files that give exercises a ``position`` have it; others show nothing.
    """
    return {"standing": RoutineEditorText.tr("Standing"),
            "sitting": RoutineEditorText.tr("Sitting"),
            "lying": RoutineEditorText.tr("Lying down")}.get(position, "")


class StepList(QListWidget):
    """The routine's steps; dragging an item reorders them (``reordered`` says so)."""

    reordered = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model().rowsMoved.connect(lambda *_: self.reordered.emit())


class RoutineEditor(QWidget):
    """Edits one routine; emits ``saveRequested(play)`` and ``closed``.

    The window owns where files go and what happens after a save; the screen
    asks through ``saveRequested`` once its own checks pass, and shows any
    problem the window reports with ``show_problem``.
    """

    saveRequested = Signal(bool)  # True: play it right after saving
    playRequested = Signal(str)  # read-only: play the routine as it is saved
    duplicateRequested = Signal()  # read-only: make an editable copy
    closed = Signal()

    def __init__(self, library: Library, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoutineEditor")
        self._library = library
        self._language = language
        self._routine = writer.EditableRoutine(id="", title="", summary="")
        self._other_titles: list[str] = []
        self._read_only = False
        self._keys = itertools.count()
        self._steps: dict[int, writer.EditableStep] = {}
        self._filling = False

        self.heading = plain_label(point_scale=1.4, bold=True,
                                   name=RoutineEditorText.tr("Heading"))
        self.read_only_note = plain_label(bold=True, name=RoutineEditorText.tr("Why read-only"))
        self.read_only_note.setVisible(False)

        self.title_edit = self._line(RoutineEditorText.tr("Title"),
                                     RoutineEditorText.tr("The routine's name, as home lists it"))
        self.title_problem = self._problem_label(RoutineEditorText.tr("Title problem"))
        self.summary_edit = self._line(
            RoutineEditorText.tr("Description"),
            RoutineEditorText.tr("One line about the routine, for example who prescribed it"))
        self.prepare_spin = self._spin(RoutineEditorText.tr("Get ready (seconds)"),
                                       RoutineEditorText.tr("Seconds to get into place "
                                                            "before the first exercise"),
                                       0, writer.MAX_PREPARE_S)

        # Left: the library to pick from.
        self.library_list = QListWidget()
        self.library_list.setAccessibleName(RoutineEditorText.tr("Exercises to add"))
        self.library_list.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.library_list.setWordWrap(True)
        for exercise in sorted(library.exercises.values(),
                               key=lambda e: e.name.get(language).casefold()):
            position = position_text(getattr(exercise, "position", ""))
            name = exercise.name.get(language)
            item = QListWidgetItem(f"{name}\n{position}" if position else name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            if exercise.illustrations:
                item.setIcon(QIcon(thumbnail(exercise.illustrations[-1], THUMB_PX * 2)))
            self.library_list.addItem(item)
        if self.library_list.count():
            self.library_list.setCurrentRow(0)
        self.library_list.itemActivated.connect(lambda _item: self.add_step())
        self.add_button = action_button(
            RoutineEditorText.tr("Add step"),
            RoutineEditorText.tr("Add the chosen exercise at the end (Enter in the list)"),
            self.add_step)

        # Right: the steps and the chosen step's fields.
        self.step_list = StepList()
        self.step_list.setAccessibleName(
            RoutineEditorText.tr("Steps (Alt+Up and Alt+Down move the chosen step)"))
        self.step_list.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.step_list.setWordWrap(True)
        self.step_list.currentRowChanged.connect(self._show_step)
        self.step_list.reordered.connect(self._order_from_list)
        self.steps_problem = self._problem_label(RoutineEditorText.tr("Steps problem"))
        self.up_button = action_button(RoutineEditorText.tr("Move up"),
                                       RoutineEditorText.tr("Move the step up (Alt+Up)"),
                                       lambda: self.move_step(-1))
        self.down_button = action_button(RoutineEditorText.tr("Move down"),
                                         RoutineEditorText.tr("Move the step down (Alt+Down)"),
                                         lambda: self.move_step(1))
        self.remove_button = action_button(RoutineEditorText.tr("Remove step"),
                                           RoutineEditorText.tr("Remove the chosen step"),
                                           self.remove_step)
        for key, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.move_step(d))

        self.hold_spin = self._spin(RoutineEditorText.tr("Hold (seconds)"),
                                    RoutineEditorText.tr("How long to hold each stretch"),
                                    0, 3600)
        self.hold_problem = self._problem_label(RoutineEditorText.tr("Hold problem"))
        self.repeat_spin = self._spin(RoutineEditorText.tr("Repeats"),
                                      RoutineEditorText.tr("How many times (on each leg)"),
                                      1, writer.MAX_REPEAT)
        self.rest_spin = self._spin(RoutineEditorText.tr("Rest (seconds)"),
                                    RoutineEditorText.tr("Rest after each hold"),
                                    0, 3600)
        self.rest_problem = self._problem_label(RoutineEditorText.tr("Rest problem"))
        self.sides_combo = QComboBox()
        self.sides_combo.setAccessibleName(RoutineEditorText.tr("Sides"))
        self.sides_combo.setToolTip(RoutineEditorText.tr("Each leg in turn, or once"))
        self.sides_combo.setMinimumHeight(36)
        self.sides_combo.addItems([RoutineEditorText.tr("As the exercise says"),
                                   RoutineEditorText.tr("Left leg, then right leg"),
                                   RoutineEditorText.tr("Once (no sides)")])
        for spin in (self.hold_spin, self.repeat_spin, self.rest_spin):
            spin.valueChanged.connect(self._step_edited)
        self.sides_combo.currentIndexChanged.connect(self._step_edited)
        self.title_edit.textChanged.connect(self._title_edited)
        self.summary_edit.textChanged.connect(self._summary_edited)
        self.prepare_spin.valueChanged.connect(self._prepare_edited)

        self.total_label = plain_label(bold=True, name=RoutineEditorText.tr("Total time"))
        self.save_problem = self._problem_label(RoutineEditorText.tr("Problem"))
        self.save_button = action_button(RoutineEditorText.tr("Save"),
                                         RoutineEditorText.tr("Save the routine"), self.save)
        self.play_button = action_button(RoutineEditorText.tr("Save and play"),
                                         RoutineEditorText.tr("Save the routine and play it now"),
                                         self.save_and_play)
        self.duplicate_button = action_button(
            RoutineEditorText.tr("Duplicate"),
            RoutineEditorText.tr("Make an editable copy of this routine"),
            self.duplicateRequested.emit)
        self.back_button = action_button(RoutineEditorText.tr("Cancel"),
                                         RoutineEditorText.tr("Back to home without saving "
                                                              "(Escape)"),
                                         self.cancel)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)
        self._loaded: dict[str, object] = {}
        self._discard_asked = False
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button,
                       self.save_button, self.play_button, self.duplicate_button,
                       self.back_button):
            button.setAutoDefault(True)  # Enter presses the focused button

        self._lay_out()
        self._refresh_total()

    # ----- building -----------------------------------------------------
    @staticmethod
    def _line(name: str, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        edit.setMaxLength(200)
        edit.setMinimumHeight(36)
        return edit

    @staticmethod
    def _spin(name: str, tip: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        spin.setToolTip(tip)
        spin.setMinimumHeight(36)
        spin.setMinimumWidth(90)
        return spin

    @staticmethod
    def _problem_label(name: str) -> QLabel:
        label = plain_label(bold=True, name=name, object_name="FieldProblem")
        label.setVisible(False)
        return label

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = plain_label(text, wrap=False, name=text)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _lay_out(self) -> None:
        top = QGridLayout()
        top.setColumnStretch(1, 1)
        top.addWidget(self._caption(RoutineEditorText.tr("Title")), 0, 0)
        top.addWidget(self.title_edit, 0, 1)
        top.addWidget(self.title_problem, 1, 1)
        top.addWidget(self._caption(RoutineEditorText.tr("Description")), 2, 0)
        top.addWidget(self.summary_edit, 2, 1)
        top.addWidget(self._caption(RoutineEditorText.tr("Get ready (seconds)")), 3, 0)
        top.addWidget(self.prepare_spin, 3, 1, Qt.AlignmentFlag.AlignLeft)

        self.library_panel = QWidget()  # hidden, heading and all, for a read-only routine
        left = QVBoxLayout(self.library_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(plain_label(RoutineEditorText.tr("Exercises"), bold=True,
                                   name=RoutineEditorText.tr("Exercises")))
        left.addWidget(self.library_list, 1)
        left.addWidget(self.add_button)

        move_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            move_row.addWidget(button)
        move_row.addStretch(1)
        fields = QGridLayout()
        fields.setColumnStretch(3, 1)
        fields.addWidget(self._caption(RoutineEditorText.tr("Hold (seconds)")), 0, 0)
        fields.addWidget(self.hold_spin, 0, 1)
        fields.addWidget(self._caption(RoutineEditorText.tr("Repeats")), 0, 2)
        fields.addWidget(self.repeat_spin, 0, 3, Qt.AlignmentFlag.AlignLeft)
        fields.addWidget(self.hold_problem, 1, 0, 1, 4)
        fields.addWidget(self._caption(RoutineEditorText.tr("Rest (seconds)")), 2, 0)
        fields.addWidget(self.rest_spin, 2, 1)
        fields.addWidget(self._caption(RoutineEditorText.tr("Sides")), 2, 2)
        fields.addWidget(self.sides_combo, 2, 3, Qt.AlignmentFlag.AlignLeft)
        fields.addWidget(self.rest_problem, 3, 0, 1, 4)
        right = QVBoxLayout()
        right.addWidget(plain_label(RoutineEditorText.tr("Steps"), bold=True,
                                    name=RoutineEditorText.tr("Steps")))
        right.addWidget(self.step_list, 1)
        right.addWidget(self.steps_problem)
        right.addLayout(move_row)
        right.addLayout(fields)

        columns = QHBoxLayout()
        columns.addWidget(self.library_panel, 2)
        columns.addLayout(right, 3)

        buttons = QHBoxLayout()
        buttons.addWidget(self.total_label, 1)
        for button in (self.save_button, self.play_button, self.duplicate_button,
                       self.back_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.read_only_note)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addWidget(self.save_problem)
        layout.addLayout(buttons)

    # ----- public -------------------------------------------------------
    def load(self, routine: writer.EditableRoutine, *, new: bool = False,
             read_only_reason: str = "", other_titles: list[str] | None = None) -> None:
        """Show ``routine`` (a copy is edited); ``read_only_reason`` makes it view-only."""
        self._routine = copy.deepcopy(routine)
        self._loaded = writer.to_data(routine)
        self._discard_asked = False
        self._other_titles = list(other_titles or [])
        self._read_only = bool(read_only_reason)
        if self._read_only:
            self.heading.setText(RoutineEditorText.tr("Routine (read-only)"))
        elif new:
            self.heading.setText(RoutineEditorText.tr("New routine"))
        else:
            self.heading.setText(RoutineEditorText.tr("Edit routine"))
        self.read_only_note.setText(read_only_reason)
        self.read_only_note.setVisible(self._read_only)
        self._filling = True
        self.title_edit.setText(writer.text_in(routine.title, self._language))
        self.summary_edit.setText(writer.text_in(routine.summary, self._language))
        self.prepare_spin.setValue(routine.prepare_s)
        self._filling = False
        self._steps = {next(self._keys): step for step in self._routine.steps}
        self._fill_steps(0)
        for edit in (self.title_edit, self.summary_edit):
            edit.setReadOnly(self._read_only)
        for spin in (self.prepare_spin, self.hold_spin, self.repeat_spin, self.rest_spin):
            spin.setReadOnly(self._read_only)
        self.sides_combo.setEnabled(not self._read_only)
        self.step_list.setDragEnabled(not self._read_only)
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button,
                       self.save_button):
            button.setVisible(not self._read_only)
        self.library_panel.setVisible(not self._read_only)
        self.play_button.setText(RoutineEditorText.tr("Play") if self._read_only
                                 else RoutineEditorText.tr("Save and play"))
        self.play_button.setAccessibleName(
            RoutineEditorText.tr("Play the routine") if self._read_only
            else RoutineEditorText.tr("Save the routine and play it now"))
        self.duplicate_button.setVisible(self._read_only)
        self.back_button.setText(RoutineEditorText.tr("Back") if self._read_only
                                 else RoutineEditorText.tr("Cancel"))
        for label in (self.title_problem, self.steps_problem, self.hold_problem,
                      self.rest_problem, self.save_problem):
            label.setVisible(False)
        self._refresh_total()
        self.focus_first()

    def focus_first(self) -> None:
        (self.step_list if self._read_only else self.title_edit).setFocus()

    @property
    def read_only(self) -> bool:
        return self._read_only

    def routine(self) -> writer.EditableRoutine:
        """What the screen shows, as file data (steps in the list's order)."""
        routine = copy.deepcopy(self._routine)
        routine.steps = [copy.deepcopy(self._steps[key]) for key in self._order()]
        return routine

    def add_step(self, exercise_id: str = "") -> None:
        if self._read_only:
            return
        if not exercise_id:
            item = self.library_list.currentItem()
            if item is None:
                return
            exercise_id = item.data(Qt.ItemDataRole.UserRole)
        exercise = self._library.exercise(exercise_id)
        hold = 30 if exercise is None or exercise.sides == "both" else 20
        key = next(self._keys)
        self._steps[key] = writer.EditableStep(exercise=exercise_id, hold_s=hold, rest_s=10)
        self._add_item(key)
        self.step_list.setCurrentRow(self.step_list.count() - 1)
        self.steps_problem.setVisible(False)
        self._refresh_total()

    def move_step(self, delta: int) -> None:
        """Move the chosen step up (-1) or down (+1); the focus stays on it."""
        row = self.step_list.currentRow()
        target = row + delta
        if self._read_only or row < 0 or not 0 <= target < self.step_list.count():
            return
        item = self.step_list.takeItem(row)
        self.step_list.insertItem(target, item)
        self.step_list.setCurrentRow(target)
        self._renumber()
        self._refresh_total()

    def remove_step(self) -> None:
        row = self.step_list.currentRow()
        if self._read_only or row < 0:
            return
        item = self.step_list.takeItem(row)
        del self._steps[item.data(Qt.ItemDataRole.UserRole)]
        self._renumber()
        self.step_list.setCurrentRow(min(row, self.step_list.count() - 1))
        self._refresh_total()

    def check(self) -> list[writer.FieldProblem]:
        """Show every problem at its field; the first field with one gets the focus."""
        found = writer.problems(self.routine(), self._other_titles, self._language)
        by_field: dict[str, writer.FieldProblem] = {}
        for problem in found:
            by_field.setdefault(problem.field, problem)
        self._say(self.title_problem, by_field.get("title"))
        self._say(self.steps_problem, by_field.get("steps"))
        self._show_step_problems()
        if found:
            first = found[0]
            if first.step >= 0:
                self.step_list.setCurrentRow(first.step)
            {"title": self.title_edit, "steps": self.library_list,
             "hold": self.hold_spin, "rest": self.rest_spin}[first.field].setFocus()
        return found

    def save(self) -> None:
        if not self._read_only and not self.check():
            self.saveRequested.emit(False)

    def save_and_play(self) -> None:
        if self._read_only:
            self.playRequested.emit(self._routine.id)
        elif not self.check():
            self.saveRequested.emit(True)

    def has_changes(self) -> bool:
        return not self._read_only and writer.to_data(self.routine()) != self._loaded

    def cancel(self) -> None:
        """Back to home; with unsaved changes, the first press only says so (nothing lost)."""
        if self.has_changes() and not self._discard_asked:
            self._discard_asked = True
            self.show_problem(RoutineEditorText.tr(
                "You have changes that are not saved. Press Cancel (or Escape) again to "
                "discard them, or Save to keep them."))
            return
        self.closed.emit()

    def show_problem(self, text: str) -> None:
        """A problem the window met while saving (a disk error), under the fields."""
        self.save_problem.setText(text)
        self.save_problem.setVisible(bool(text))

    # ----- steps list ---------------------------------------------------
    def _order(self) -> list[int]:
        return [self.step_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.step_list.count())]

    def _fill_steps(self, current: int) -> None:
        self.step_list.blockSignals(True)  # the old items' keys are gone already
        self.step_list.clear()
        self.step_list.blockSignals(False)
        for key in self._steps:
            self._add_item(key)
        if self.step_list.count():
            self.step_list.setCurrentRow(min(current, self.step_list.count() - 1))
        else:
            self._show_step(-1)

    def _add_item(self, key: int) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        flags = item.flags() | Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags & ~Qt.ItemFlag.ItemIsDropEnabled)  # drop between, never onto
        exercise = self._library.exercise(self._steps[key].exercise)
        if exercise is not None and exercise.illustrations:
            item.setIcon(QIcon(thumbnail(exercise.illustrations[-1], THUMB_PX * 2)))
        self.step_list.addItem(item)
        self._renumber()

    def _renumber(self) -> None:
        for row in range(self.step_list.count()):
            item = self.step_list.item(row)
            item.setText(self._step_text(row, self._steps[item.data(Qt.ItemDataRole.UserRole)]))

    def _step_text(self, row: int, step: writer.EditableStep) -> str:
        exercise = self._library.exercise(step.exercise)
        name = exercise.name.get(self._language) if exercise else step.exercise
        sides = step.sides or (exercise.sides if exercise else "none")
        parts = [RoutineEditorText.tr("hold %n s", "", step.hold_s)]
        if step.repeat > 1:
            parts.append(RoutineEditorText.tr("%n time(s)", "", step.repeat))
        if step.rest_s:
            parts.append(RoutineEditorText.tr("rest %n s", "", step.rest_s))
        if sides == "both":
            parts.append(RoutineEditorText.tr("each leg"))
        return f"{row + 1}. {name}\n{', '.join(parts)}"

    def _order_from_list(self) -> None:
        self._renumber()
        self._refresh_total()

    def _current_step(self) -> writer.EditableStep | None:
        item = self.step_list.currentItem()
        return None if item is None else self._steps[item.data(Qt.ItemDataRole.UserRole)]

    def _show_step(self, _row: int) -> None:
        step = self._current_step()
        self._filling = True
        for widget in (self.hold_spin, self.repeat_spin, self.rest_spin, self.sides_combo):
            widget.setEnabled(step is not None and (widget is not self.sides_combo
                                                    or not self._read_only))
        if step is not None:
            self.hold_spin.setValue(step.hold_s)
            self.repeat_spin.setValue(step.repeat)
            self.rest_spin.setValue(step.rest_s)
            self.sides_combo.setCurrentIndex(_SIDES.index(step.sides)
                                             if step.sides in _SIDES else 0)
        else:  # no step chosen: no leftover numbers in the disabled fields
            for spin in (self.hold_spin, self.repeat_spin, self.rest_spin):
                spin.clear()
        self._filling = False
        self._show_step_problems()

    # ----- edits --------------------------------------------------------
    def _step_edited(self) -> None:
        step = self._current_step()
        if self._filling or step is None or self._read_only:
            return
        step.hold_s = self.hold_spin.value()
        step.repeat = self.repeat_spin.value()
        step.rest_s = self.rest_spin.value()
        step.sides = _SIDES[max(0, self.sides_combo.currentIndex())]
        self._renumber()
        self._show_step_problems()
        self._refresh_total()

    def _title_edited(self, text: str) -> None:
        if not self._filling:
            self._routine.title = writer.with_text(self._routine.title, self._language, text)
            self.title_problem.setVisible(False)

    def _summary_edited(self, text: str) -> None:
        if not self._filling:
            self._routine.summary = writer.with_text(self._routine.summary, self._language,
                                                     text)

    def _prepare_edited(self, value: int) -> None:
        if not self._filling:
            self._routine.prepare_s = value
            self._refresh_total()

    def _show_step_problems(self) -> None:
        step = self._current_step()
        found = writer.step_problems(step, 0) if step is not None else []
        self._say(self.hold_problem, next((p for p in found if p.field == "hold"), None))
        self._say(self.rest_problem, next((p for p in found if p.field == "rest"), None))

    @staticmethod
    def _say(label: QLabel, problem: writer.FieldProblem | None) -> None:
        message = problem.message if problem else ""
        label.setText(RoutineEditorText.tr(message) if message else "")
        label.setVisible(problem is not None)

    def _refresh_total(self) -> None:
        total = writer.total_seconds(self.routine(), self._library.exercises)
        self.total_label.setText(RoutineEditorText.tr("Total time: {time}").format(
            time=clock_text(total)))


def editor_path(folder: Path, routine_id: str) -> Path:
    """Where a new routine's file goes."""
    return folder / f"{routine_id}.yaml"

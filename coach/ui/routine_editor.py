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

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from coach.content import routine_writer as writer
from coach.content.model import Library
from coach.ui.models.routine_words import RoutineEditorText
from coach.ui.routines.fields import caption, line_field, problem_label, spin_field
from coach.ui.routines.library_list import chosen_exercise, library_list
from coach.ui.routines.step_fields import StepFields, say
from coach.ui.routines.step_list import StepList
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.key_repeat import key_once
from coach.ui.widgets.labels import plain_label
from coach.words.durations import clock_text


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
        self._filling = False

        self.heading = plain_label(point_scale=1.4, bold=True,
                                   name=RoutineEditorText.tr("Heading"))
        self.read_only_note = plain_label(bold=True, name=RoutineEditorText.tr("Why read-only"))
        self.read_only_note.setVisible(False)

        self.title_edit = line_field(RoutineEditorText.tr("Title"),
                                     RoutineEditorText.tr("The routine's name, as home lists it"))
        self.title_problem = problem_label(RoutineEditorText.tr("Title problem"))
        self.summary_edit = line_field(
            RoutineEditorText.tr("Description"),
            RoutineEditorText.tr("One line about the routine, for example who prescribed it"))
        self.prepare_spin = spin_field(RoutineEditorText.tr("Get ready (seconds)"),
                                       RoutineEditorText.tr("Seconds to get into place "
                                                            "before the first exercise"),
                                       0, writer.MAX_PREPARE_S)

        # Left: the library to pick from.
        self.library_list = library_list(library, language)
        self.library_list.itemActivated.connect(lambda _item: self.add_step())
        self.add_button = action_button(
            RoutineEditorText.tr("Add step"),
            RoutineEditorText.tr("Add the chosen exercise at the end (Enter in the list)"),
            self.add_step)

        # Right: the steps and the chosen step's fields.
        self.step_list = StepList(library, language)
        self.step_list.setAccessibleName(
            RoutineEditorText.tr("Steps (Alt+Up and Alt+Down move the chosen step)"))
        self.step_list.currentRowChanged.connect(self._show_step)
        self.step_list.reordered.connect(self._order_from_list)
        self.steps_problem = problem_label(RoutineEditorText.tr("Steps problem"))
        self.up_button = action_button(RoutineEditorText.tr("Move up"),
                                       RoutineEditorText.tr("Move the step up (Alt+Up)"),
                                       lambda: self.move_step(-1))
        self.down_button = action_button(RoutineEditorText.tr("Move down"),
                                         RoutineEditorText.tr("Move the step down (Alt+Down)"),
                                         lambda: self.move_step(1))
        self.remove_button = action_button(RoutineEditorText.tr("Remove step"),
                                           RoutineEditorText.tr("Remove the chosen step"),
                                           self.remove_step)
        # These repeat when held, on purpose: a step moves as far as the key is held.
        for key, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.move_step(d))

        self.step_fields = StepFields()
        self.step_fields.edited.connect(self._step_edited)
        fields = self.step_fields
        self.hold_spin, self.hold_problem = fields.hold_spin, fields.hold_problem
        self.repeat_spin, self.sides_combo = fields.repeat_spin, fields.sides_combo
        self.rest_spin, self.rest_problem = fields.rest_spin, fields.rest_problem
        self.title_edit.textChanged.connect(self._title_edited)
        self.summary_edit.textChanged.connect(self._summary_edited)
        self.prepare_spin.valueChanged.connect(self._prepare_edited)

        self.total_label = plain_label(bold=True, name=RoutineEditorText.tr("Total time"))
        self.save_problem = problem_label(RoutineEditorText.tr("Problem"))
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
        key_once(Qt.Key.Key_Escape, self, self.cancel)
        self._loaded: dict[str, object] = {}
        self._discard_asked = False
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button,
                       self.save_button, self.play_button, self.duplicate_button,
                       self.back_button):
            button.setAutoDefault(True)  # Enter presses the focused button

        self._lay_out()
        self._refresh_total()

    # ----- building -----------------------------------------------------
    def _lay_out(self) -> None:
        top = QGridLayout()
        top.setColumnStretch(1, 1)
        top.addWidget(caption(RoutineEditorText.tr("Title")), 0, 0)
        top.addWidget(self.title_edit, 0, 1)
        top.addWidget(self.title_problem, 1, 1)
        top.addWidget(caption(RoutineEditorText.tr("Description")), 2, 0)
        top.addWidget(self.summary_edit, 2, 1)
        top.addWidget(caption(RoutineEditorText.tr("Get ready (seconds)")), 3, 0)
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
        right = QVBoxLayout()
        right.addWidget(plain_label(RoutineEditorText.tr("Steps"), bold=True,
                                    name=RoutineEditorText.tr("Steps")))
        right.addWidget(self.step_list, 1)
        right.addWidget(self.steps_problem)
        right.addLayout(move_row)
        right.addWidget(self.step_fields)

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
        self.step_list.fill(self._routine.steps)
        if not self.step_list.count():
            self._show_step(-1)
        for edit in (self.title_edit, self.summary_edit):
            edit.setReadOnly(self._read_only)
            # A long description starts at its first word, not scrolled to its last
            # ("…раза на каждую ногу" read like a cut-off text).
            edit.setCursorPosition(0)
        self.prepare_spin.setReadOnly(self._read_only)
        self.step_fields.set_read_only(self._read_only)
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
        routine.steps = [copy.deepcopy(step) for step in self.step_list.steps()]
        return routine

    def add_step(self, exercise_id: str = "") -> None:
        if self._read_only:
            return
        exercise_id = exercise_id or chosen_exercise(self.library_list)
        if not exercise_id:
            return
        exercise = self._library.exercise(exercise_id)
        hold = 30 if exercise is None or exercise.sides == "both" else 20
        self.step_list.append(
            writer.EditableStep(exercise=exercise_id, hold_s=hold, rest_s=10))
        self.steps_problem.setVisible(False)
        self._refresh_total()

    def move_step(self, delta: int) -> None:
        """Move the chosen step up (-1) or down (+1); the focus stays on it."""
        if not self._read_only and self.step_list.move_current(delta):
            self._refresh_total()

    def remove_step(self) -> None:
        if not self._read_only and self.step_list.remove_current():
            self._refresh_total()

    def check(self) -> list[writer.FieldProblem]:
        """Show every problem at its field; the first field with one gets the focus."""
        found = writer.problems(self.routine(), self._other_titles, self._language)
        by_field: dict[str, writer.FieldProblem] = {}
        for problem in found:
            by_field.setdefault(problem.field, problem)
        say(self.title_problem, by_field.get("title"))
        say(self.steps_problem, by_field.get("steps"))
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

    # ----- the chosen step ----------------------------------------------
    def _order_from_list(self) -> None:
        self.step_list.renumber()
        self._refresh_total()

    def _current_step(self) -> writer.EditableStep | None:
        return self.step_list.current_step()

    def _show_step(self, _row: int) -> None:
        self.step_fields.show_step(self._current_step(), self._read_only)

    # ----- edits --------------------------------------------------------
    def _step_edited(self) -> None:
        step = self._current_step()
        if self._filling or step is None or self._read_only:
            return
        self.step_fields.read_into(step)
        self.step_list.renumber()
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
        self.step_fields.show_problems(self._current_step())

    def _refresh_total(self) -> None:
        total = writer.total_seconds(self.routine(), self._library.exercises)
        self.total_label.setText(RoutineEditorText.tr("Total time: {time}").format(
            time=clock_text(total)))

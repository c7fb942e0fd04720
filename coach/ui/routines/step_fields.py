"""The routine editor's fields for the chosen step: hold, repeats, rest, sides, with each
problem said under its field as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from coach.content import routine_writer as writer
from coach.ui.models.routine_words import RoutineEditorText
from coach.ui.routines.fields import caption, problem_label, spin_field

# The sides box's entries, in order: as the exercise says, each leg, once.
SIDES = (None, "both", "none")


def say(label: QLabel, problem: writer.FieldProblem | None) -> None:
    """``problem`` in ``label`` (translated), or the label hidden when there is none."""
    message = problem.message if problem else ""
    label.setText(RoutineEditorText.tr(message) if message else "")
    label.setVisible(problem is not None)


class StepFields(QWidget):
    """The chosen step's values; emits ``edited`` when the user changes one."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._filling = False
        self.hold_spin = spin_field(RoutineEditorText.tr("Hold (seconds)"),
                                    RoutineEditorText.tr("How long to hold each stretch"),
                                    0, 3600)
        self.hold_problem = problem_label(RoutineEditorText.tr("Hold problem"))
        self.repeat_spin = spin_field(RoutineEditorText.tr("Repeats"),
                                      RoutineEditorText.tr("How many times (on each leg)"),
                                      1, writer.MAX_REPEAT)
        self.rest_spin = spin_field(RoutineEditorText.tr("Rest (seconds)"),
                                    RoutineEditorText.tr("Rest after each hold"),
                                    0, 3600)
        self.rest_problem = problem_label(RoutineEditorText.tr("Rest problem"))
        self.sides_combo = QComboBox()
        self.sides_combo.setAccessibleName(RoutineEditorText.tr("Sides"))
        self.sides_combo.setToolTip(RoutineEditorText.tr("Each leg in turn, or once"))
        self.sides_combo.setMinimumHeight(36)
        self.sides_combo.addItems([RoutineEditorText.tr("As the exercise says"),
                                   RoutineEditorText.tr("Left leg, then right leg"),
                                   RoutineEditorText.tr("Once (no sides)")])
        for spin in (self.hold_spin, self.repeat_spin, self.rest_spin):
            spin.valueChanged.connect(self._changed)
        self.sides_combo.currentIndexChanged.connect(self._changed)

        fields = QGridLayout(self)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setColumnStretch(3, 1)
        fields.addWidget(caption(RoutineEditorText.tr("Hold (seconds)")), 0, 0)
        fields.addWidget(self.hold_spin, 0, 1)
        fields.addWidget(caption(RoutineEditorText.tr("Repeats")), 0, 2)
        fields.addWidget(self.repeat_spin, 0, 3, Qt.AlignmentFlag.AlignLeft)
        fields.addWidget(self.hold_problem, 1, 0, 1, 4)
        fields.addWidget(caption(RoutineEditorText.tr("Rest (seconds)")), 2, 0)
        fields.addWidget(self.rest_spin, 2, 1)
        fields.addWidget(caption(RoutineEditorText.tr("Sides")), 2, 2)
        fields.addWidget(self.sides_combo, 2, 3, Qt.AlignmentFlag.AlignLeft)
        fields.addWidget(self.rest_problem, 3, 0, 1, 4)

    def show_step(self, step: writer.EditableStep | None, read_only: bool) -> None:
        """``step``'s values (disabled and empty when no step is chosen)."""
        self._filling = True
        for widget in (self.hold_spin, self.repeat_spin, self.rest_spin, self.sides_combo):
            widget.setEnabled(step is not None and (widget is not self.sides_combo
                                                    or not read_only))
        if step is not None:
            self.hold_spin.setValue(step.hold_s)
            self.repeat_spin.setValue(step.repeat)
            self.rest_spin.setValue(step.rest_s)
            self.sides_combo.setCurrentIndex(SIDES.index(step.sides)
                                             if step.sides in SIDES else 0)
        else:  # no step chosen: no leftover numbers in the disabled fields
            for spin in (self.hold_spin, self.repeat_spin, self.rest_spin):
                spin.clear()
        self._filling = False
        self.show_problems(step)

    def read_into(self, step: writer.EditableStep) -> None:
        """What the fields hold, into ``step``."""
        step.hold_s = self.hold_spin.value()
        step.repeat = self.repeat_spin.value()
        step.rest_s = self.rest_spin.value()
        step.sides = SIDES[max(0, self.sides_combo.currentIndex())]

    def show_problems(self, step: writer.EditableStep | None) -> None:
        found = writer.step_problems(step, 0) if step is not None else []
        say(self.hold_problem, next((p for p in found if p.field == "hold"), None))
        say(self.rest_problem, next((p for p in found if p.field == "rest"), None))

    def set_read_only(self, read_only: bool) -> None:
        for spin in (self.hold_spin, self.repeat_spin, self.rest_spin):
            spin.setReadOnly(read_only)
        self.sides_combo.setEnabled(not read_only)

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()

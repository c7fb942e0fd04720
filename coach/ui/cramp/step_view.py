"""The steps page of Cramp now: one relief step with its picture, its words and its hold timer.

Shows what the screen tells it (``show_exercise``, ``show_place``); which step
that is and what the buttons then do is the screen's business.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coach.content.model import Exercise
from coach.ui.cramp.night_look import NIGHT
from coach.ui.cramp.night_type import NightType
from coach.ui.cramp.texts import CrampText, caution_line, next_button_text, step_lines
from coach.ui.widgets.countdown import CountdownRing
from coach.ui.widgets.illustration import IllustrationView

Slot = Callable[[], object]


class StepView(QWidget):
    """Heading and place, picture, instructions, caution, ring, key line and the buttons."""

    def __init__(self, night: NightType, on_back: Slot, on_next: Slot, on_gone: Slot,
                 on_standing: Slot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = night.label(CrampText.tr("Relief step"), 1.3, bold=True)
        self.position = night.label(CrampText.tr("Step"), 0.8, object_name="Hint")
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.position.setWordWrap(False)  # "Standing step 1 of 2" on one line
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.position)

        self.illustration = IllustrationView()
        self.illustration.setAccessibleName(CrampText.tr("Illustration of the step"))
        self.illustration.setMinimumSize(120, 120)
        self.lines = night.label(CrampText.tr("What to do"))
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.caution = night.label(CrampText.tr("Caution"), 0.85, object_name="Caution")
        self.caution.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.step_note = night.label(CrampText.tr("Or else"), 0.75, object_name="Hint")
        self.step_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ring = CountdownRing()
        self.ring.setAccessibleName(CrampText.tr("Hold timer"))
        self.ring.setObjectName("HoldTimer")
        self.ring.set_colour(NIGHT["accent"])
        self.hint = night.label(CrampText.tr("Keys"), 0.7, object_name="Hint")

        text_col = QVBoxLayout()
        text_col.addWidget(self.lines)
        text_col.addWidget(self.caution)
        text_col.addWidget(self.step_note)
        text_col.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.illustration, 3)
        middle.addLayout(text_col, 6)
        middle.addWidget(self.ring, 2)

        self.back_button = night.button(CrampText.tr("← Back"),
                                        CrampText.tr("Previous step (Left arrow)"), on_back)
        self.next_button = night.button(CrampText.tr("Next step  (Space)"),
                                        CrampText.tr("Next step (Space or Right arrow)"),
                                        on_next)
        self.gone_button = night.button(CrampText.tr("It's gone  (Esc)"),
                                        CrampText.tr("The cramp is gone (Escape)"),
                                        on_gone, primary=True)
        self.standing_button = night.button(
            CrampText.tr("Standing steps…"),
            CrampText.tr("Optional standing steps, after their conditions"), on_standing)
        controls = QHBoxLayout()
        controls.addWidget(self.back_button)
        controls.addWidget(self.next_button)
        controls.addWidget(self.standing_button)
        controls.addWidget(self.gone_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        layout.addLayout(controls)

    def show_missing(self) -> None:
        """No relief routine loaded: one safe instruction instead of an empty page."""
        self.heading.setText(CrampText.tr("Relief steps are missing"))
        self.lines.setText(
            CrampText.tr("Stretch the calf gently: pull your toes toward your knee."))
        self.caution.hide()

    def show_exercise(self, exercise: Exercise | None, note: str, language: str) -> None:
        """The step's exercise (kept as it was when the content lost it) and its note."""
        if exercise is not None:
            self.heading.setText(exercise.name.get(language))
            self.lines.setText(step_lines(exercise, language))
            caution = caution_line(exercise, language)
            self.caution.setText(caution)
            self.caution.setVisible(bool(caution))
            self.illustration.set_frames(exercise.illustrations)
        self.step_note.setText(note)
        self.step_note.setVisible(bool(note))

    def show_place(self, position: str, can_go_back: bool, finish: bool,
                   standing_offered: bool) -> None:
        """Where the step stands, and the buttons that fit there."""
        self.position.setText(position)
        self.back_button.setEnabled(can_go_back)
        self.next_button.setText(next_button_text(finish))
        self.standing_button.setVisible(standing_offered)

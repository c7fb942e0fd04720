"""The pages of Cramp now that ask or tell one thing: the swollen-calf question, its advice,
and the conditions before the optional standing steps.

Each is a title, a body and its answers in a row. The question has no
default answer and Space never answers it (see ``SpaceBlocker``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.content.safety import (
    STANDING_TITLE,
    SWOLLEN_ADVICE_TITLE,
    SWOLLEN_QUESTION,
    SWOLLEN_WHY,
    SafetyText,
    standing_conditions_text,
    swollen_advice_text,
)
from coach.ui.cramp.night_type import NightType
from coach.ui.cramp.texts import CrampText

Slot = Callable[[], object]


class SpaceBlocker(QObject):
    """Eats Space on the swollen-calf answers: only Y, N, Enter or a click answer."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space):
            return True
        return super().eventFilter(watched, event)


def _lay_out(page: QWidget, title: QLabel, body: QLabel, buttons: list[QPushButton]) -> None:
    """A page that asks or tells one thing, with its answers in a row."""
    title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(body)
    layout.addStretch(1)
    layout.addLayout(row)


class QuestionPage(QWidget):
    """"Is one calf swollen, hot or red?" before the first step that presses the calf."""

    def __init__(self, night: NightType, on_yes: Slot, on_no: Slot,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_title = night.label(CrampText.tr("Question"), 1.2, bold=True)
        self.question_title.setText(SafetyText.tr(SWOLLEN_QUESTION))
        self.question_why = night.label(CrampText.tr("Why we ask"), 1.0)
        self.question_why.setText(SafetyText.tr(SWOLLEN_WHY))
        self.yes_button = night.button(CrampText.tr("Yes  (Y)"),
                                       CrampText.tr("Yes, one calf is swollen, hot or red (Y)"),
                                       on_yes)
        self.no_button = night.button(CrampText.tr("No  (N)"),
                                      CrampText.tr("No, neither calf is swollen, hot or red (N)"),
                                      on_no)
        _lay_out(self, self.question_title, self.question_why,
                 [self.yes_button, self.no_button])
        # No answer is chosen for the user: focus rests on the page until Y, N,
        # a click, or an arrow picks one (Enter then presses it).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Space is the "next step" key someone half asleep presses again and
        # again, and Right is the other one: Space, Right, Space must not say
        # "not swollen" and lead to the calf massage. So Space never answers.
        self._space_blocker = SpaceBlocker(self)
        for answer in (self.yes_button, self.no_button):
            answer.installEventFilter(self._space_blocker)


class AdvicePage(QWidget):
    """After "yes": get checked today, and on only with the steps that leave the calf alone."""

    def __init__(self, night: NightType, on_continue: Slot, on_gone: Slot,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.advice_title = night.label(CrampText.tr("Advice"), 1.1, bold=True,
                                        object_name="AdviceTitle")
        self.advice_title.setText(SafetyText.tr(SWOLLEN_ADVICE_TITLE))
        self.advice_text = night.label(CrampText.tr("What to do"), 1.0)
        self.advice_continue = night.button(
            CrampText.tr("Continue without massage  (Enter)"),
            CrampText.tr("Continue with the steps that do not touch the calf (Enter)"),
            on_continue, primary=True)
        self.advice_gone = night.button(CrampText.tr("It's gone  (Esc)"),
                                        CrampText.tr("The cramp is gone (Escape)"), on_gone)
        _lay_out(self, self.advice_title, self.advice_text,
                 [self.advice_continue, self.advice_gone])

    def set_number(self, number: str) -> None:
        self.advice_text.setText(swollen_advice_text(number))


class StandingPage(QWidget):
    """The conditions for the optional standing steps; "Stay seated" is the default."""

    def __init__(self, night: NightType, on_steady: Slot, on_seated: Slot,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.standing_title = night.label(CrampText.tr("Standing steps"), 1.2, bold=True)
        self.standing_title.setText(SafetyText.tr(STANDING_TITLE))
        self.standing_text = night.label(CrampText.tr("Before you stand"), 1.0)
        self.standing_text.setText(CrampText.tr("Only if you are steady. First:") + "\n"
                                   + standing_conditions_text())
        self.steady_button = night.button(
            CrampText.tr("I'm steady, continue"),
            CrampText.tr("I'm steady: continue with the standing steps"), on_steady)
        self.seated_button = night.button(CrampText.tr("Stay seated"),
                                          CrampText.tr("Stay seated: back to the steps"),
                                          on_seated, primary=True)
        _lay_out(self, self.standing_title, self.standing_text,
                 [self.seated_button, self.steady_button])

"""The morning check-in's window: "Any cramps last night?", and the day's tags.

Apart from ``coach.ui.checkin`` (which decides when to ask) so that an app
waiting in the background holds the questions' widgets only on the morning it
shows them.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.i18n import Tr
from coach.store.history import NIGHT_ANSWERS, STORE_ERRORS, TAGS
from coach.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from coach.store.history import History

log = logging.getLogger(__name__)


class CheckinText(Tr):
    """Translation context for the morning check-in."""


def answer_words() -> dict[str, str]:
    return {"none": CheckinText.tr("None"), "one": CheckinText.tr("One"),
            "several": CheckinText.tr("Several")}


class CheckinDialog(QDialog):
    """The questions; ``answered`` is emitted after the answers were saved."""

    answered = Signal()

    def __init__(self, history: History, evening: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckinDialog")
        self.setWindowTitle(CheckinText.tr("Good morning"))
        self._history = history
        self.evening = evening
        question = plain_label(CheckinText.tr("Any cramps last night?"), point_scale=1.4,
                               bold=True, name=CheckinText.tr("Any cramps last night?"))
        self.answers = QButtonGroup(self)
        answer_row = QHBoxLayout()
        self.answer_buttons: dict[str, QRadioButton] = {}
        for value in NIGHT_ANSWERS:
            button = QRadioButton(answer_words()[value])
            button.setMinimumHeight(34)
            self.answers.addButton(button)
            self.answer_buttons[value] = button
            answer_row.addWidget(button)
        answer_row.addStretch(1)
        self.answer_buttons["none"].setChecked(True)
        self.answers.buttonToggled.connect(lambda *_: self._follow_answer())

        self.leg = QComboBox()
        legs: tuple[tuple[str | None, str], ...] = (
            (None, CheckinText.tr("Not noted")), ("left", CheckinText.tr("Left leg")),
            ("right", CheckinText.tr("Right leg")), ("both", CheckinText.tr("Both legs")))
        for leg, leg_text in legs:
            self.leg.addItem(leg_text, leg)
        self.how_bad = self._scale(CheckinText.tr("How bad, 0 none to 10 worst"))
        self.sleep = self._scale(CheckinText.tr("How much it disturbed sleep, 0 not at all to "
                                                "10 could not sleep"))
        form = QFormLayout()
        form.addRow(CheckinText.tr("Which leg:"), self.leg)
        form.addRow(CheckinText.tr("How bad (0-10):"), self.how_bad)
        form.addRow(CheckinText.tr("Sleep disturbed (0-10):"), self.sleep)

        tags_label = plain_label(CheckinText.tr("Yesterday, if you noticed (optional):"),
                                 name=CheckinText.tr("Things noticed yesterday"))
        self.tag_boxes: dict[str, QCheckBox] = {}
        tags = QVBoxLayout()
        from coach.report.pdf import tag_name  # the report's words: 2 MB not held at start

        for tag in TAGS:
            words = tag_name(tag)
            box = QCheckBox(words[:1].upper() + words[1:])
            self.tag_boxes[tag] = box
            tags.addWidget(box)

        self.save_button = QPushButton(CheckinText.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.later_button = QPushButton(CheckinText.tr("Not now"))
        self.later_button.clicked.connect(self.reject)
        self.message = plain_label(name=CheckinText.tr("Message"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(answer_row)
        layout.addLayout(form)
        layout.addWidget(tags_label)
        layout.addLayout(tags)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._follow_answer()

    @staticmethod
    def _scale(accessible: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1, 10)
        spin.setSpecialValueText(CheckinText.tr("Not noted"))
        spin.setValue(-1)
        spin.setAccessibleName(accessible)
        spin.setMinimumHeight(34)
        return spin

    def answer(self) -> str:
        return next(value for value, button in self.answer_buttons.items()
                    if button.isChecked())

    def _follow_answer(self) -> None:
        cramps = self.answer() != "none"
        for field in (self.leg, self.how_bad):
            field.setEnabled(cramps)

    def choose(self, answer: str) -> None:
        self.answer_buttons[answer].setChecked(True)

    def save(self) -> None:
        """Keep the answers for last night and the tags for yesterday."""
        answer = self.answer()
        cramps = answer != "none"
        how_bad = self.how_bad.value() if cramps and self.how_bad.value() >= 0 else None
        sleep = self.sleep.value() if self.sleep.value() >= 0 else None
        try:
            self._history.set_night_checkin(self.evening, answer,
                                            self.leg.currentData() if cramps else None,
                                            how_bad, sleep)
            chosen = [tag for tag, box in self.tag_boxes.items() if box.isChecked()]
            if chosen:
                self._history.set_tags(self.evening, chosen)
        except STORE_ERRORS as exc:
            log.warning("check-in not saved: %s", exc)
            self.message.setText(CheckinText.tr("Could not save the answers: {error}").format(
                error=exc))
            return
        self.answered.emit()
        self.accept()

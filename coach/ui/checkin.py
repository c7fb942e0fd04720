"""The morning check-in: "Any cramps last night?" in a small window, and when to show it.

Off by default; the time is set in Settings. ``CheckinController`` looks once
a minute (and when asked) whether ``coach.insights.checkin.night_to_ask`` says to ask,
and shows ``CheckinDialog`` as its own window: it may be the first window of
the day when the app runs in the background. The answers go to the diary as
a night check-in plus the day's tags; nothing is turned into advice.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
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

from coach.engine.clock import Clock
from coach.i18n import Tr
from coach.insights.checkin import STATE_KEY, last_night, night_to_ask
from coach.store.history import NIGHT_ANSWERS, TAGS
from coach.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from coach.store.history import History
    from coach.store.settings import Settings

log = logging.getLogger(__name__)
STORE_ERRORS = (sqlite3.Error, ValueError)
CHECK_EVERY_MS = 60_000


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


class CheckinController(QObject):
    """Shows the check-in when it is due (see ``coach.insights.checkin``)."""

    def __init__(self, history: History, clock: Clock, settings: Settings,
                 parent: QObject | None = None, *, start_timer: bool = True,
                 before_show: Callable[[], None] | None = None) -> None:
        """``before_show`` runs before the dialog is first made (a start in the
        background applies the theme there: nothing else was shown yet)."""
        super().__init__(parent)
        self._before_show = before_show
        self._history = history
        self._clock = clock
        self._settings = settings
        self.dialog: CheckinDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        if start_timer:
            self._timer.start()

    def check(self) -> bool:
        """Show the check-in if it is due now; True if it was shown."""
        if self.dialog is not None and self.dialog.isVisible():
            return False
        if getattr(self._history, "read_only", False):
            return False
        now = self._clock.now()
        try:
            evening = night_to_ask(now, str(self._settings.get("morning_checkin") or ""),
                                   self._history.cramps(last_night(now)),
                                   self._history.night_checkins(last_night(now)),
                                   self._history.get_state(STATE_KEY))
        except STORE_ERRORS as exc:
            log.warning("check-in: the diary could not be read: %s", exc)
            return False
        if evening is None:
            return False
        try:
            self._history.set_state(STATE_KEY, now.date().isoformat())  # asked: once a day
        except STORE_ERRORS as exc:
            log.warning("check-in: could not note that it was asked: %s", exc)
        if self._before_show is not None:
            self._before_show()
        self.dialog = CheckinDialog(self._history, evening)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return True

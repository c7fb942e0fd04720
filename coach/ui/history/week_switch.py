"""The chart's heading and its 4 / 12 weeks switch, on one row above the chart."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton

from coach.ui.models.diary_words import HistoryText
from coach.ui.widgets.history_chart import WEEK_CHOICES
from coach.ui.widgets.labels import plain_label


class WeekSwitch(QHBoxLayout):
    """The heading (it wraps: large text, narrow window) and one radio button per choice:
    a one-of choice whose state reads clearly in every theme."""

    def __init__(self, owner: QObject) -> None:
        """``owner`` keeps the button group (a layout is no parent for it to live in)."""
        super().__init__()
        self.heading = plain_label(
            HistoryText.tr("Cramps per night and evenings stretched"), bold=True,
            name=HistoryText.tr("Chart heading"))
        self.group = QButtonGroup(owner)
        self.group.setExclusive(True)
        self.addWidget(self.heading, 1)
        self.buttons: dict[int, QRadioButton] = {}
        for weeks in WEEK_CHOICES:
            button = QRadioButton(HistoryText.tr("%n week(s)", "", weeks))
            button.setAccessibleName(HistoryText.tr("Show the last %n week(s)", "", weeks))
            button.setToolTip(HistoryText.tr("Show the last %n week(s)", "", weeks))
            self.group.addButton(button, weeks)
            self.buttons[weeks] = button
            self.addWidget(button)
        self.buttons[WEEK_CHOICES[0]].setChecked(True)

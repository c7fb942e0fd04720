"""The one-tap diary entry after a cramp: which leg, how bad, a note; all optional.

When and how long are noted for the user. The night keeps one key for how
bad (1 to 5); the 0-10 scales of studies are in History's form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coach.ui.cramp.entry import CrampEntry
from coach.ui.cramp.night_type import NightType
from coach.ui.cramp.texts import CrampText
from coach.ui.models.legs import leg_words

LEGS = ("left", "right", "both")
Slot = Callable[[], object]


class DiaryForm(QWidget):
    """The diary offer's page; the screen turns what it holds into a ``CrampEntry``."""

    def __init__(self, night: NightType, on_save: Slot, on_skip: Slot,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary_title = night.label(CrampText.tr("Log this cramp"), 1.2, bold=True)
        self.diary_title.setText(CrampText.tr("Log this cramp?"))
        self.diary_duration = night.label(CrampText.tr("How long it lasted"), 0.9)

        self.leg_group = QButtonGroup(self)
        self.leg_group.setExclusive(True)
        leg_row = QHBoxLayout()
        for value in LEGS:
            words = leg_words(value)
            button = night.choice(words.short, words.full)
            button.setProperty("value", value)
            self.leg_group.addButton(button)
            leg_row.addWidget(button)

        self.severity_group = QButtonGroup(self)
        self.severity_group.setExclusive(True)
        severity_row = QHBoxLayout()
        for level in range(1, 6):
            button = night.choice(str(level), CrampText.tr(
                "How bad: {level} of 5, {points} of 10").format(level=level, points=2 * level))
            button.setProperty("value", level)
            self.severity_group.addButton(button)
            severity_row.addWidget(button)

        self.note = QLineEdit()
        self.note.setAccessibleName(CrampText.tr("Note (optional)"))
        self.note.setPlaceholderText(CrampText.tr("Note (optional)"))
        night.track(self.note, 0.8)
        self.note.setMaxLength(500)
        self.note.setTextMargins(8, 6, 8, 6)

        self.save_button = night.button(CrampText.tr("Save  (Enter)"),
                                        CrampText.tr("Save the diary entry (Enter)"),
                                        on_save, primary=True)
        self.skip_button = night.button(CrampText.tr("Skip  (Esc)"),
                                        CrampText.tr("Skip the diary entry (Escape)"), on_skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.diary_title)
        layout.addWidget(self.diary_duration)
        choices = QGridLayout()
        choices.addWidget(night.label_text(CrampText.tr("Which leg?  (L, R, B)")), 0, 0)
        choices.addLayout(leg_row, 0, 1)
        choices.addWidget(night.label_text(CrampText.tr("How bad?  (1 mild, 5 worst)")), 1, 0)
        choices.addLayout(severity_row, 1, 1)
        # The night keeps one key for how bad; the 0-10 scale of studies is in History's form.
        self.scale_note = night.label(CrampText.tr("Scale"), 0.6, object_name="Hint")
        self.scale_note.setText(CrampText.tr(
            "1 to 5 counts as 2 to 10 on the 0-10 scale. The 0-10 scales, sleep and notes "
            "about the day: History, Edit."))
        choices.addWidget(self.scale_note, 2, 1)
        choices.setColumnStretch(1, 1)
        layout.addLayout(choices)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def entry(self, started: datetime, duration_s: float) -> CrampEntry:
        """The diary entry: when and how long (noted for the user), and what was chosen."""
        return CrampEntry(started=started, duration_s=round(duration_s, 1), leg=self.leg(),
                          severity=self.severity(), note=self.note.text().strip())

    def leg(self) -> str | None:
        """"left", "right", "both", or None when no leg was chosen."""
        chosen = self.leg_group.checkedButton()
        return chosen.property("value") if chosen else None

    def severity(self) -> int | None:
        """1 (mild) to 5 (worst), or None when none was chosen."""
        chosen = self.severity_group.checkedButton()
        return int(chosen.property("value")) if chosen else None

    def pick(self, group: QButtonGroup, value: object) -> None:
        """Check the button of ``group`` that stands for ``value`` (a letter or digit key)."""
        for button in group.buttons():
            if button.property("value") == value:
                button.setChecked(True)

    def reset(self) -> None:
        """Nothing chosen and no note: a new cramp starts blank."""
        for group in (self.leg_group, self.severity_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.note.clear()

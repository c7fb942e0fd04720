"""The warnings on Cramp now: the emergency level always in view, the other two behind "More".

The emergency level is the most urgent thing this screen can say, so its box
sits under every page; "get checked today" and "see a doctor soon" are one
key (M) away, on a page of their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coach.content.safety import EMERGENCY, SOON, TODAY, level_signs, level_title, signs_sentence
from coach.ui.cramp.night_look import NIGHT
from coach.ui.cramp.night_type import NightType
from coach.ui.cramp.texts import CrampText
from coach.ui.widgets.outlined_frame import OutlinedFrame


class EmergencyBox(OutlinedFrame):
    """The emergency signs and whom to call, with the "More" button."""

    def __init__(self, night: NightType, on_more: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(NIGHT["alarm"], width=3, radius=10.0, parent=parent)
        self.setObjectName("GetHelp")
        # Urgent: never below the user's own text size, as far as the window allows.
        self.emergency_title = night.label(CrampText.tr("Emergency"), 0.9, bold=True,
                                           object_name="EmergencyTitle", urgent=True)
        self.emergency_signs = night.label(CrampText.tr("Emergency signs"), 0.65,
                                           object_name="EmergencySigns", urgent=True)
        self.emergency_signs.setText(signs_sentence(EMERGENCY))
        self.more_button = night.button(
            CrampText.tr("More  (M)"),
            CrampText.tr("More warnings: when to get checked today or see a doctor soon (M)"),
            on_more, factor=0.7)
        self.more_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        help_text = QVBoxLayout()
        help_text.setSpacing(2)
        help_text.addWidget(self.emergency_title)
        help_text.addWidget(self.emergency_signs)
        help_layout = QHBoxLayout(self)
        help_layout.setContentsMargins(14, 6, 10, 6)
        help_layout.addLayout(help_text, 1)
        help_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_number(self, number: str) -> None:
        self.emergency_title.setText(level_title(EMERGENCY, number))


class MorePage(QWidget):
    """The two levels behind "More": a heading and the signs for each."""

    def __init__(self, night: NightType, on_back: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.more_title = night.label(CrampText.tr("When to see a doctor"), 1.1, bold=True)
        self.more_title.setText(CrampText.tr("When to see a doctor"))
        self.more_levels: list[tuple[QLabel, QLabel]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.more_title)
        for level in (TODAY, SOON):
            title = night.label(CrampText.tr("Level"), 1.0, bold=True, object_name="Caution")
            signs = night.label(CrampText.tr("Signs"), 0.9)
            signs.setText("\n".join(f"• {sign[:1].upper()}{sign[1:]}"
                                    for sign in level_signs(level)))
            self.more_levels.append((title, signs))
            layout.addWidget(title)
            layout.addWidget(signs)
        layout.addStretch(1)
        self.more_back = night.button(CrampText.tr("Back  (Esc or M)"),
                                      CrampText.tr("Back to the steps (Escape or M)"),
                                      on_back, primary=True)
        layout.addWidget(self.more_back)

    def set_number(self, number: str) -> None:
        for (title, _signs), level in zip(self.more_levels, (TODAY, SOON), strict=True):
            title.setText(level_title(level, number))

    def text(self) -> str:
        """What the page says, top to bottom."""
        return "\n".join(f"{title.text()}\n{signs.text()}" for title, signs in self.more_levels)

"""When to get help: the three warning levels, for the home screen and the player.

One dialog with all three levels (most urgent first, the emergency one in a
coloured frame) and the disclaimer, and a small panel for the player that
keeps the emergency level in view during relief routines and opens the dialog
for the other two. The words come from ``coach.content.safety``; this module
only lays them out. Enter or Esc closes the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.content.safety import (
    EMERGENCY,
    LEVELS,
    WarningLevel,
    disclaimer_text,
    level_signs,
    level_title,
    signs_sentence,
)
from coach.i18n import Tr
from coach.ui.widgets.labels import plain_label
from coach.ui.widgets.outlined_frame import OutlinedFrame

EMERGENCY_COLOUR = "#D83A2E"  # red enough to read as "urgent" on light and dark themes


class HelpText(Tr):
    """Translation context for the "When to get help" dialog and the player's panel."""


def _signs_label(level: WarningLevel) -> QLabel:
    label = plain_label("\n".join(f"• {sign[:1].upper()}{sign[1:]}"
                                  for sign in level_signs(level)),
                        name=HelpText.tr("Signs"), object_name=f"signs-{level.key}")
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class HelpDialog(QDialog):
    """All three warning levels in one window; Enter or Esc closes it."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(HelpText.tr("When to get help"))
        self.titles: dict[str, QLabel] = {}
        self.signs: dict[str, QLabel] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(12)
        for level in LEVELS:
            title = plain_label(level_title(level, number), point_scale=1.3, bold=True,
                                name=HelpText.tr("Level"), object_name=f"title-{level.key}")
            signs = _signs_label(level)
            self.titles[level.key], self.signs[level.key] = title, signs
            box: QFrame = OutlinedFrame(EMERGENCY_COLOUR, width=3) if level is EMERGENCY \
                else QFrame()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(14, 10, 14, 10)
            inner.addWidget(title)
            inner.addWidget(signs)
            column.addWidget(box)
        self.disclaimer = plain_label(disclaimer_text(), name=HelpText.tr("Disclaimer"),
                                      object_name="Disclaimer")
        column.addWidget(self.disclaimer)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.close_button = QPushButton(HelpText.tr("Close"))
        self.close_button.setAccessibleName(HelpText.tr("Close (Enter or Escape)"))
        self.close_button.setToolTip(HelpText.tr("Close (Enter or Escape)"))
        self.close_button.setDefault(True)  # Enter closes; Esc is QDialog's reject
        self.close_button.setMinimumHeight(40)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(640, 560)
        self.close_button.setFocus()

    def text(self) -> str:
        """Everything the dialog says, top to bottom (for tests and screen readers)."""
        return "\n".join([*(f"{self.titles[lv.key].text()}\n{self.signs[lv.key].text()}"
                            for lv in LEVELS), self.disclaimer.text()])


def show_help(number: str, parent: QWidget | None = None) -> HelpDialog:
    """Open the dialog (not blocking: the player keeps running behind it) and return it."""
    dialog = HelpDialog(number, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class SafetyPanel(QFrame):
    """The emergency level in a red frame, and a "More" button for the other two.

    Shown in the player for relief routines and the after-cramp routine: the
    person doing them has just had a cramp and may have a worse problem.
    """

    moreRequested = Signal()

    def __init__(self, number: str = "112", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SafetyPanel")
        frame = OutlinedFrame(EMERGENCY_COLOUR, width=3)
        self.title = plain_label(bold=True, name=HelpText.tr("Emergency"),
                                 object_name="EmergencyTitle")
        self.signs = plain_label(signs_sentence(EMERGENCY), name=HelpText.tr("Emergency signs"),
                                 object_name="EmergencySigns")
        self.more_button = QPushButton(HelpText.tr("More: when to see a doctor"))
        self.more_button.setAccessibleName(
            HelpText.tr("More: when to get checked today or see a doctor soon"))
        self.more_button.setToolTip(self.more_button.accessibleName())
        self.more_button.setAutoDefault(True)  # Enter presses it when focused
        self.more_button.clicked.connect(self.moreRequested)
        # The button beside the title, the signs under both across the whole
        # width: beside a column of signs the button took a third of the width
        # and the signs wrapped to five lines at 200 % text, which the
        # player's steps then lacked (they must be read whole, see
        # PlayerScreen._fit_layout).
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title, 1)
        head.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(frame)
        column.setContentsMargins(8, 2, 8, 4)
        column.setSpacing(0)
        column.addLayout(head)
        column.addWidget(self.signs)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.set_number(number)

    def set_number(self, number: str) -> None:
        self.title.setText(level_title(EMERGENCY, number))

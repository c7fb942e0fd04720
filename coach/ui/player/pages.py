"""The player's pages besides the playing one: "Stop this routine?" and the end of the routine."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coach.ui.player.texts import PlayerText
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.labels import plain_label

Slot = Callable[[], object]


def player_button(text: str, accessible: str, slot: Slot) -> QPushButton:
    """A button of the player: named for screen readers, tall enough to hit."""
    return action_button(text, accessible, slot, min_height=44)


class StopQuestion(QWidget):
    """"Stop this routine?" as a page of its own, large, the routine paused meanwhile.

    Why ask rather than stop with an undo: a half-asleep user who hits
    Escape by accident should lose nothing and need no quick reaction
    (an undo message can be missed or time out); one who meant it presses
    Escape again, which the question says. A page rather than a bar: the
    question is the one thing to read, and with large text a bar would
    take the steps' room.
    """

    def __init__(self, on_keep_going: Slot, on_stop: Slot,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StopQuestion")
        self.confirm_text = plain_label(PlayerText.tr("Stop this routine?"), point_scale=2.0,
                                        bold=True, name=PlayerText.tr("Stop question"))
        self.confirm_detail = plain_label(
            PlayerText.tr("It is paused. Press Escape again to stop, "
                          "or Space to keep going."),
            point_scale=1.2, name=PlayerText.tr("Stop question detail"))
        for label in (self.confirm_text, self.confirm_detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_button = player_button(PlayerText.tr("Keep going"),
                                         PlayerText.tr("Keep going with the routine (Space)"),
                                         on_keep_going)
        self.confirm_stop_button = player_button(PlayerText.tr("Stop routine"),
                                                 PlayerText.tr("Stop the routine (Escape)"),
                                                 on_stop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.confirm_stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.confirm_text)
        layout.addWidget(self.confirm_detail)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)


class DonePage(QWidget):
    """The end of a routine: "Done, 5 minutes" or where it stopped, and what next."""

    def __init__(self, on_home: Slot, on_again: Slot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_title = plain_label(point_scale=2.4, bold=True, name=PlayerText.tr("Finished"))
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_detail = plain_label(point_scale=1.2, name=PlayerText.tr("Summary"))
        self.done_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.home_button = player_button(PlayerText.tr("Back to routines"),
                                         PlayerText.tr("Back to the routine list"), on_home)
        self.again_button = player_button(PlayerText.tr("Play again"),
                                          PlayerText.tr("Play this routine again"), on_again)
        done_layout = QVBoxLayout(self)
        done_layout.addStretch(1)
        done_layout.addWidget(self.done_title)
        done_layout.addWidget(self.done_detail)
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.again_button)
        done_buttons.addWidget(self.home_button)
        done_buttons.addStretch(1)
        done_layout.addLayout(done_buttons)
        done_layout.addStretch(1)

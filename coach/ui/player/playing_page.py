"""The playing page: the picture, the text column and the buttons, and the places the ring,
the side and the "Next" line move between (``LargeTextLayout._place_compact``).

Built apart from the screen so the screen module keeps to what plays; the
screen takes these widgets as its own attributes, which the layout for large
text moves about.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from coach.ui.player.large_text import HEADING_SCALE, STEPS_SCALE
from coach.ui.player.pages import player_button
from coach.ui.player.texts import PlayerText
from coach.ui.widgets.countdown import CountdownRing
from coach.ui.widgets.illustration import IllustrationView
from coach.ui.widgets.labels import plain_label

Slot = Callable[[], object]


class PlayingPage(QWidget):
    """The picture beside the heading, side, steps, caution, ring and "Next" line; the buttons."""

    def __init__(self, on_back: Slot, on_play: Slot, on_skip: Slot, on_stop: Slot,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.illustration = IllustrationView()
        self.illustration.setAccessibleName(PlayerText.tr("Exercise illustration"))
        self.heading = plain_label(point_scale=HEADING_SCALE, bold=True,
                                   name=PlayerText.tr("Exercise"))
        self.side = plain_label(point_scale=1.6, bold=True, name=PlayerText.tr("Side"))
        self.instructions = plain_label(point_scale=STEPS_SCALE,
                                        name=PlayerText.tr("Instructions"))
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Preferred, not MinimumExpanding: the scroll area then takes the label's
        # height for its width, not its taller default size hint, as its minimum.
        self.instructions.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Preferred)
        self.caution = plain_label(name=PlayerText.tr("Caution"))
        self.ring = CountdownRing()
        self.next_label = plain_label(point_scale=1.15, name=PlayerText.tr("Next"))

        # The text column. ``_fit_layout`` gives it the width its words need:
        # with large text the picture narrows and the ring moves under it,
        # so the steps are read whole rather than scrolled. The scroll area
        # is only a last resort for a window too small for any layout.
        self.text_panel = QWidget()
        text_col = self.text_col = QVBoxLayout(self.text_panel)
        text_col.setContentsMargins(0, 0, 0, 0)
        text_col.setSpacing(4)
        text_col.addWidget(self.heading)
        text_col.addWidget(self.side)
        self.instructions_area = QScrollArea()
        self.instructions_area.setAccessibleName(PlayerText.tr("Instructions"))
        self.instructions_area.setWidget(self.instructions)
        self.instructions_area.setWidgetResizable(True)
        self.instructions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.instructions_area.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.instructions_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.instructions_area.viewport().setAutoFillBackground(False)
        self.instructions.setAutoFillBackground(False)
        text_col.addWidget(self.instructions_area, 3)
        text_col.addWidget(self.caution)
        self.ring_beside = QHBoxLayout()  # the ring's place in the text column
        self.ring_beside.addWidget(self.ring, 1)
        text_col.addLayout(self.ring_beside, 3)
        text_col.addWidget(self.next_label)

        self.picture_panel = QWidget()
        picture_col = self.picture_col = QVBoxLayout(self.picture_panel)
        picture_col.setContentsMargins(0, 0, 0, 0)
        picture_col.addWidget(self.illustration, 1)
        self.ring_below = QHBoxLayout()  # the ring's place under the picture
        picture_col.addLayout(self.ring_below)

        middle = self.middle = QHBoxLayout()
        middle.addWidget(self.picture_panel, 5)
        middle.addWidget(self.text_panel, 4)

        self.back_button = player_button(PlayerText.tr("Back"),
                                         PlayerText.tr("Back (Left arrow)"), on_back)
        self.play_button = player_button(PlayerText.tr("Start"),
                                         PlayerText.tr("Start, pause or resume (Space)"),
                                         on_play)
        self.play_button.setDefault(True)
        self.skip_button = player_button(PlayerText.tr("Skip"),
                                         PlayerText.tr("Skip (Right arrow)"), on_skip)
        self.stop_button = player_button(PlayerText.tr("Stop"), PlayerText.tr("Stop (Escape)"),
                                         on_stop)
        # Only Start/Pause takes the focus on a click, so Space keeps pausing
        # after a mouse click on Skip; Tab still reaches every button.
        for b in (self.back_button, self.skip_button, self.stop_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        controls = QHBoxLayout()
        for b in (self.back_button, self.play_button, self.skip_button, self.stop_button):
            controls.addWidget(b)
        self.controls = QWidget()
        self.controls.setLayout(controls)
        controls.setContentsMargins(0, 0, 0, 0)
        # The buttons' row; in the tightest compact look the "Next" line sits
        # in it, left of the buttons (see _fit_layout).
        self.bottom_row = QHBoxLayout()
        self.bottom_row.setSpacing(12)
        self.bottom_row.addWidget(self.controls, 1)

        play_layout = self.play_layout = QVBoxLayout(self)
        play_layout.setContentsMargins(0, 0, 0, 0)
        play_layout.setSpacing(4)  # every line of height counts at 200 % text
        play_layout.addLayout(self.middle, 1)
        play_layout.addLayout(self.bottom_row)

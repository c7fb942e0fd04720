"""History's headline numbers: four tiles (streak, evenings stretched, nights without a
cramp, cramps), four in a row or two by two.

Each tile's number and caption are read by a screen reader as one name, and
the caption's plural follows the number shown above it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from coach.insights.counts import Summary
from coach.ui.models.diary_words import HistoryText, days_words, nights_words
from coach.ui.widgets.labels import plain_label


def _tile(name: str) -> tuple[QFrame, QLabel, QLabel]:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    number = plain_label("0", wrap=False, point_scale=2.0, bold=True, name=name)
    caption = plain_label("", name=HistoryText.tr("{name}, what it counts").format(name=name))
    caption.setMinimumWidth(80)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 6, 12, 8)
    layout.setSpacing(0)
    layout.addWidget(number)
    layout.addWidget(caption)
    layout.addStretch(1)
    return frame, number, caption


class HeadlineTiles(QGridLayout):
    """The four tiles in a grid; ``place(columns)`` lays them out, ``show`` fills them."""

    def __init__(self) -> None:
        super().__init__()
        # each tile as (frame, number, caption)
        self.streak = _tile(HistoryText.tr("Streak"))
        self.stretched = _tile(HistoryText.tr("Evenings stretched"))
        self.free = _tile(HistoryText.tr("Nights without a cramp"))
        self.cramps = _tile(HistoryText.tr("Cramps"))
        self.streak_tile, self.streak_value, self.streak_caption = self.streak
        self.stretched_tile, self.stretched_value, self.stretched_caption = self.stretched
        self.free_tile, self.free_value, self.free_caption = self.free
        self.cramps_tile, self.cramps_value, self.cramps_caption = self.cramps
        # how many columns the tiles are in now (4 or 2)
        self.columns = 0
        self.place(4)

    def tiles(self) -> tuple[QFrame, ...]:
        return (self.streak_tile, self.stretched_tile, self.free_tile, self.cramps_tile)

    def place(self, columns: int) -> None:
        """Four in a row, or two by two when a row would squeeze each caption into a
        narrow column (large text, small window)."""
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles():
            self.removeWidget(tile)
        for i, tile in enumerate(self.tiles()):
            self.addWidget(tile, i // columns, i % columns)
        for column in range(4):
            self.setColumnStretch(column, 1 if column < columns else 0)

    def fit(self, width: int) -> None:
        """Four in a row when each caption gets about 14 average letters a line (enough
        to read as words) in ``width``, else two by two."""
        caption = self.streak_caption.fontMetrics().averageCharWidth() * 14 + 40
        self.place(4 if width >= 4 * caption else 2)

    def show_numbers(self, numbers: Summary, last_night: date | None) -> None:
        """The numbers of the last 28 days; ``last_night``: the latest night begun."""
        last = numbers.last_28
        self.streak_value.setText(str(numbers.streak))
        # Numerus without %n: the number is in the tile above the caption.
        self.streak_caption.setText(
            HistoryText.tr("evening(s) stretched in a row", "", numbers.streak))
        self.stretched_value.setText(HistoryText.tr("{part} of {whole}").format(
            part=last.evenings_stretched, whole=last.days))
        # "0 of 1 evening", "3 of 7 evenings": the noun follows the whole.
        self.stretched_caption.setText(HistoryText.tr(
            "evening(s) stretched, {period}", "", last.days).format(
                period=days_words(last.days)))
        if last.nights:
            self.free_value.setText(HistoryText.tr("{part} of {whole}").format(
                part=last.cramp_free_nights, whole=last.nights))
            self.free_caption.setText(HistoryText.tr(
                "night(s) without a cramp, {period}", "", last.nights).format(
                    period=nights_words(last.nights, last_night == numbers.today)))
        else:  # the diary began today, before this evening's night
            self.free_value.setText("–")
            self.free_caption.setText(HistoryText.tr("nights without a cramp: no night yet"))
        self.cramps_value.setText(str(last.cramps))
        self.cramps_caption.setText(
            HistoryText.tr("cramp(s), {period}", "", last.cramps).format(
                period=days_words(last.days)))
        for tile, value, caption in (self.streak, self.stretched, self.free, self.cramps):
            tile.setAccessibleName(f"{value.text()} {caption.text()}")

"""The player's layout for large text: the look, chosen once per routine, in which the words fit.

Someone who set the text to 200 % must read every step whole, not scroll:
``LargeTextLayout._fit_layout`` tries the looks from most picture to least
(the ring beside the words, then under the picture, then the "Next" line
beside the buttons, then smaller steps, then no picture) and keeps the first
in which the text of every segment of the routine fits. The screen
(``coach.ui.player_screen``) inherits this and sets the widgets named in the
class from its pages (``playing_page``) and its top row.

Inherited, not a helper object, so the layout code moved here from the
screen as it was: every line still reads the screen's own widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.engine.timeline import Timeline
from coach.ui.help_dialog import SafetyPanel
from coach.ui.player.texts import segment_texts, why_text
from coach.ui.widgets.countdown import CountdownRing
from coach.ui.widgets.illustration import IllustrationView

QWIDGETSIZE_MAX = 16777215
RING_MIN_PX = 140  # the smallest ring worth keeping beside the words
FIT_SLACK_PX = 8  # rounding between the estimate and the laid-out widths
RING_BELOW_PX = 150  # the ring's size under the picture
PICTURE_SHARES_WITH_RING = (5 / 9, 0.45)  # share of the width for the picture
PICTURE_SHARES_RING_BELOW = (0.45, 0.38, 0.31, 0.25, 0.2, 0.16)
HEADING_SCALE = 2.0  # the exercise's name, times the text size
# In the compact look the name is as large as the side ("Left leg"), still
# larger than the steps: the steps are what must be read whole.
COMPACT_HEADING_SCALE = 1.6
# With the "Next" line beside the buttons (the tightest look) the name is as
# large as the steps, still bold: a line of height goes to the steps.
TIGHT_HEADING_SCALE = 1.25
STEPS_SCALE = 1.25  # the steps, times the text size: a little larger than the rest
# Only when the compact look with the narrowest picture still cannot show the
# steps whole, they give up some of that extra size (never below the text size
# chosen in Settings) rather than scroll.
COMPACT_STEPS_SCALES = (1.15, 1.1, 1.05, 1.0)


class LargeTextLayout(QWidget):
    """The player screen's widgets, laid out so that its words fit (see the module)."""

    # Built by the screen's ``_build``; the fit moves them between looks.
    top_row: QHBoxLayout
    cue_notice: QLabel
    progress: QProgressBar
    safety: SafetyPanel
    pages: QStackedWidget
    playing_page: QWidget
    play_layout: QVBoxLayout
    middle: QHBoxLayout
    picture_panel: QWidget
    picture_col: QVBoxLayout
    illustration: IllustrationView
    ring_below: QHBoxLayout
    text_col: QVBoxLayout
    heading: QLabel
    side: QLabel
    instructions: QLabel
    instructions_area: QScrollArea
    caution: QLabel
    ring_beside: QHBoxLayout
    ring: CountdownRing
    next_label: QLabel
    bottom_row: QHBoxLayout
    controls: QWidget
    # What is shown, set by the screen.
    _timeline: Timeline | None
    _language: str

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._samples: list[tuple[str, ...]] = []  # texts of the segments, for _fit_layout
        self.ring_under_picture = False
        self.next_beside_buttons = False  # the tightest compact look, see _fit_layout
        self._steps_scale = STEPS_SCALE  # the steps' font now, see _fit_layout

    def _text_labels(self) -> tuple[QLabel, ...]:
        return (self.heading, self.side, self.instructions, self.caution, self.next_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The pages' size, not the screen's: a line shown above them (the sound
        # notice, a warning) changes the room without resizing the screen.
        if watched is self.pages and event.type() == QEvent.Type.Resize:
            self._fit_layout()
        elif watched is self.playing_page and event.type() == QEvent.Type.Resize:
            # The page follows the pages a moment later: size the steps' box
            # again once its own layout has the new height.
            QTimer.singleShot(0, self, self._fit_steps)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            QTimer.singleShot(0, self, self._fit_layout)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_layout()

    def _fit_layout(self) -> None:
        """Give the words the room they need: the first layout, most picture first,
        in which the text of every segment of the routine fits without scrolling.

        Tried in order: the ring in the text column beside a large picture
        (the normal look), then the compact look with the picture narrower
        and narrower. Compact: the side ("Left leg") and the ring under
        the picture (above it, the side would read as part of the heading),
        the heading as large as the side, and the "Next" line across the
        whole width under both, so the text column holds only the heading,
        the steps and the caution. Then the tightest look: the "Next" line
        left of the buttons (they keep their own width) and the heading as
        large as the steps, again with the picture narrower and narrower.
        Last, with the narrowest picture, the steps give up their extra size
        step by step down to the text size chosen in Settings. The room is
        the screen's height less the rows above and below the pages (the
        safety panel of relief routines, the sound notice), see
        ``_pages_height``. Chosen once for the whole
        routine (and again when the window or the text size changes), so
        the layout does not jump between exercises. When nothing fits (a
        tiny window at 200 %), the last choice is kept and the steps scroll.
        """
        width = self.middle.geometry().width()
        # The height of the playing page: the buttons' row and what is above it.
        room = self._pages_height()
        if width <= 0 or room <= 0 or self._timeline is None or not self._timeline.segments:
            return
        gap = max(0, self.middle.spacing())
        narrowest = PICTURE_SHARES_RING_BELOW[-1]
        # (compact, "Next" beside the buttons, picture's share, steps' size, picture shown)
        choices = [(False, False, share, STEPS_SCALE, True) for share in PICTURE_SHARES_WITH_RING]
        choices += [(True, False, share, STEPS_SCALE, True) for share in PICTURE_SHARES_RING_BELOW]
        choices += [(True, True, share, STEPS_SCALE, True) for share in PICTURE_SHARES_RING_BELOW]
        # A wider picture column keeps the side on one line and the picture in view.
        choices += [(True, True, share, scale, True) for scale in COMPACT_STEPS_SCALES
                    for share in PICTURE_SHARES_RING_BELOW]
        # Last of all the picture itself gives way: the side and the countdown
        # under it must be seen whole, and the steps say what the picture shows.
        choices += [(True, True, narrowest, scale, False) for scale in COMPACT_STEPS_SCALES]
        labels = self._text_labels()
        shown = [label.text() for label in labels]
        samples = self._samples
        if not samples:
            samples = self._samples = self._sample_texts()
        chosen: tuple[bool, bool, float, float, bool] | None = None
        fonts = (QFont(self.heading.font()), QFont(self.instructions.font()))
        try:
            for compact, beside, share, steps_scale, picture in choices:
                self.heading.setFont(_scaled(fonts[0], self._heading_scale(),
                                             _heading_scale(compact, beside)))
                self.instructions.setFont(_scaled(fonts[1], self._steps_scale, steps_scale))
                picture_width = max(self.illustration.minimumWidth(), int(width * share))
                text_width = width - picture_width - gap
                if all(self._sample_fits(sample, width, picture_width, text_width, room,
                                         compact, beside, picture) for sample in samples):
                    chosen = (compact, beside, share, steps_scale, picture)
                    break
        finally:
            self.heading.setFont(fonts[0])
            self.instructions.setFont(fonts[1])
            for label, text in zip(labels, shown, strict=True):
                label.setText(text)
        compact, beside, share, steps_scale, picture = chosen or choices[-1]
        self._place_compact(compact, beside)
        self.illustration.setVisible(picture)
        if steps_scale != self._steps_scale:
            self.instructions.setFont(_scaled(fonts[1], self._steps_scale, steps_scale))
            self._steps_scale = steps_scale
        self.picture_panel.setFixedWidth(max(self.illustration.minimumWidth(), int(width * share)))
        # The steps' box is sized from the middle's geometry: lay the page out
        # now, or a move of the "Next" line would leave it sized for the old look.
        self.play_layout.activate()
        self._fit_steps()

    def _pages_height(self) -> int:
        """The pages' height as the screen's layout will make it: the screen's
        height less every row shown above and below them (the top row, the
        sound notice, the progress bar, the safety panel). Counted rather than
        read from the pages, whose height lags a row just shown or hidden
        (``load`` shows the safety panel and fits at once)."""
        root = self.layout()
        if root is None:
            return 0
        margins = root.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        rows = [self.top_row.sizeHint().height()]
        for widget in (self.cue_notice, self.progress, self.safety):
            if not widget.isHidden():
                wanted = (widget.heightForWidth(width) if widget.hasHeightForWidth()
                          else widget.sizeHint().height())
                rows.append(min(max(wanted, widget.minimumHeight()), widget.maximumHeight()))
        return (self.height() - margins.top() - margins.bottom() - sum(rows)
                - max(0, root.spacing()) * len(rows))

    def _heading_scale(self) -> float:
        """The heading's size now, times the text size."""
        return _heading_scale(self.ring_under_picture, self.next_beside_buttons)

    def _sample_texts(self) -> list[tuple[str, ...]]:
        """The texts of every segment, and of the get-ready screen with "Why this
        routine" under its steps (see ``_show_why``): the fit must hold for both."""
        assert self._timeline is not None
        why = why_text(self._timeline.routine, self._language)
        texts: set[tuple[str, ...]] = set()
        for index, segment in enumerate(self._timeline.segments):
            heading, side, steps, caution, after = segment_texts(self._timeline, index,
                                                                self._language)
            texts.add((heading, side, steps, caution, after))
            if why and (index == 0 or segment.kind == "prepare"):
                texts.add((heading, side, f"{steps}\n\n{why}" if steps else why, caution, after))
        return sorted(texts)

    def _sample_fits(self, texts: tuple[str, ...], width: int, picture_width: int,
                     text_width: int, room: int, compact: bool, beside: bool,
                     picture_shown: bool = True) -> bool:
        for label, text in zip(self._text_labels(), texts, strict=True):
            label.setText(text)
        spacing = max(0, self.play_layout.spacing())
        buttons = self.controls.sizeHint()
        if beside:  # the "Next" line left of the buttons, as tall as the taller of them
            next_width = width - buttons.width() - max(0, self.bottom_row.spacing())
            if next_width < buttons.width():
                return False
            height = room - max(buttons.height(), _label_height(self.next_label, next_width))
        else:
            height = room - buttons.height()
        height -= spacing
        if compact:  # the "Next" line under both columns, and the side under the picture
            if not beside:
                height -= _label_height(self.next_label, width) + spacing
            spacing = max(0, self.picture_col.spacing())
            picture = _label_height(self.side, picture_width) + spacing + RING_BELOW_PX
            if picture_shown:
                picture += self.illustration.minimumHeight() + spacing
            if picture > height:
                return False
        return self._text_height(text_width, compact) + FIT_SLACK_PX <= height

    def _fit_steps(self) -> None:
        """The steps' box as tall as the steps now shown, as far as there is room."""
        middle = self.middle.geometry()
        if middle.width() <= 0 or not self.picture_panel.maximumWidth():
            return
        text_width = middle.width() - self.picture_panel.maximumWidth() - max(
            0, self.middle.spacing())
        room = middle.height() - self._text_height(text_width, self.ring_under_picture,
                                                   steps=False)
        needed = self._steps_height(text_width)
        # A scroll bar only for steps that do not fit; were it "as needed" while
        # they fit, one shown during a resize would narrow the words, make them
        # a line taller and so keep itself.
        self.instructions_area.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if needed <= room
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.instructions_area.setMinimumHeight(max(0, min(needed, room)))
        # No taller than the steps, so the caution stays right under them and
        # the spare room goes to the ring (or, in the compact look, below).
        self.instructions_area.setMaximumHeight(
            needed + FIT_SLACK_PX if needed <= room else QWIDGETSIZE_MAX)

    def _text_height(self, text_width: int, compact: bool, *, steps: bool = True) -> int:
        """Height the text column needs at ``text_width``: in the compact look
        without the side, the ring and the "Next" line (they are elsewhere)."""
        heights = [_label_height(self.heading, text_width)]
        if not compact:
            heights += [_label_height(self.side, text_width)]
        heights += [self._steps_height(text_width) if steps else 0]
        if not self.caution.isHidden():
            heights += [_label_height(self.caution, text_width)]
        if not compact:
            heights += [RING_MIN_PX, _label_height(self.next_label, text_width)]
        return sum(heights) + max(0, self.text_col.spacing()) * (len(heights) - 1)

    def _steps_height(self, text_width: int) -> int:
        """The steps' height at ``text_width`` (the whole column: no scroll bar)."""
        return self.instructions.heightForWidth(max(1, text_width))

    def _place_compact(self, compact: bool, beside: bool = False) -> None:
        """Move the ring, the side and the "Next" line for the compact look (or back);
        ``beside``: the "Next" line left of the buttons (only in the compact look)."""
        beside = compact and beside
        if compact == self.ring_under_picture and beside == self.next_beside_buttons:
            return
        self.heading.setFont(_scaled(self.heading.font(), self._heading_scale(),
                                     _heading_scale(compact, beside)))
        self.ring_under_picture = compact
        self.next_beside_buttons = beside
        for layout in (self.ring_beside, self.ring_below):
            layout.removeWidget(self.ring)
        for widget in (self.side, self.next_label):
            self.text_col.removeWidget(widget)
            self.picture_col.removeWidget(widget)
            self.play_layout.removeWidget(widget)
            self.bottom_row.removeWidget(widget)
        # Beside the "Next" line the buttons keep their own width; else they share the row.
        self.bottom_row.setStretchFactor(self.controls, 0 if beside else 1)
        if compact:
            self.ring_below.addWidget(self.ring, 1)
            self.ring.setFixedSize(RING_BELOW_PX, RING_BELOW_PX)
            self.picture_col.insertWidget(1, self.side)
            if beside:
                self.bottom_row.insertWidget(0, self.next_label, 1)
            else:
                self.play_layout.insertWidget(1, self.next_label)
        else:
            self.ring_beside.addWidget(self.ring, 1)
            self.ring.setMinimumSize(RING_MIN_PX, RING_MIN_PX)
            self.ring.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
            self.text_col.insertWidget(1, self.side)
            self.text_col.addWidget(self.next_label)


def _heading_scale(compact: bool, beside: bool = False) -> float:
    if beside:
        return TIGHT_HEADING_SCALE
    return COMPACT_HEADING_SCALE if compact else HEADING_SCALE


def _scaled(font: QFont, now: float, wanted: float) -> QFont:
    """``font`` (shown at ``now`` times the text size) at ``wanted`` times it: from
    the font shown, because the text size setting rescales fonts in place."""
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * wanted / now)
    return scaled


def _label_height(label: QLabel, width: int) -> int:
    """A label's height at ``width`` as the layout will give it: wrapped words for
    their width, else one line. An empty wrapped label (the side of a two-legged
    exercise) has no height for a width (-1), yet the layout still keeps it its
    one line: counted as none, the text column was overfull and the caution was
    laid over the last line of the steps."""
    if label.isHidden():
        return 0
    wrapped = label.heightForWidth(max(1, width)) if label.wordWrap() else -1
    return wrapped if wrapped >= 0 else label.sizeHint().height()

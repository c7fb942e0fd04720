"""The night type of Cramp now: at least 20 pt, and the largest size at which nothing is cut off.

Every label and button of the screen is made here and recorded with its size
(a factor of the body size), so the whole screen's type can be set again when
the window, the text size or the step's words change (``NightType.fit``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSizePolicy, QWidget

from coach.ui.cramp.night_look import NIGHT_BUTTON, NIGHT_PRIMARY
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.flat_button import FlatButton
from coach.ui.widgets.labels import plain_label

BODY_PT = 20.0  # the floor for the step text at night
COMPACT_BELOW_PX = 700
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4)  # tried largest first, until all fits


def body_point_size(scale: float = 1.0) -> float:
    """At least 20 pt, more when the user chose a larger text size."""
    base = QApplication.font().pointSizeF() or 10.0
    return max(BODY_PT, base * 2.0) * scale


class NightType:
    """Makes the screen's labels and buttons at their night sizes and fits them to ``owner``."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._scaled: list[tuple[QWidget, float, bool]] = []
        self._fitting = False  # a fit lays the screen out, which may ask for another fit

    def font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self._owner.font())
        font.setPointSizeF(body_point_size() * factor)
        font.setBold(bold)
        return font

    def track(self, widget: QWidget, factor: float, bold: bool = False) -> None:
        """Give ``widget`` its night size now and whenever the type is fitted."""
        widget.setFont(self.font(factor, bold))
        self._scaled.append((widget, factor, bold))

    def label(self, name: str, factor: float = 1.0, bold: bool = False,
              object_name: str = "") -> QLabel:
        label = plain_label(name=name, object_name=object_name)
        self.track(label, factor, bold)
        return label

    def label_text(self, text: str) -> QLabel:
        """A one-line label that shows ``text`` (a row title of the diary form)."""
        label = self.label(text, 0.8)
        label.setText(text)
        label.setWordWrap(False)
        return label

    def button(self, text: str, accessible: str, slot: Callable[[], object],
               primary: bool = False, factor: float = 0.9) -> QPushButton:
        button = action_button(text, accessible, slot, min_height=56, button=FlatButton(
            text, NIGHT_PRIMARY if primary else NIGHT_BUTTON))
        self.track(button, factor, primary)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if primary:
            button.setObjectName("primary")
        return button

    def choice(self, text: str, accessible: str) -> QPushButton:
        """A checkable answer (which leg, how bad), lit when chosen."""
        button = FlatButton(text, NIGHT_BUTTON)
        button.setCheckable(True)
        button.setAccessibleName(accessible)
        self.track(button, 0.9, True)
        button.setMinimumSize(64, 52)
        return button

    def fit(self, hint: QLabel) -> None:
        """The largest type, from the user's text size down, at which no text is cut off.

        Why: the window, the text size and each step's words vary; a fixed
        size that is right for one is cut off for another (a 10 pt desktop
        font at 150 % in a 1024x680 window lost half the instructions). Below
        700 px of height the type starts tighter. At each size the key ``hint``
        line is kept if it fits and dropped before the type shrinks further
        (the buttons name their keys anyway).
        """
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit(hint)
        finally:
            self._fitting = False

    def _fit(self, hint: QLabel) -> None:
        compact = self._owner.height() < COMPACT_BELOW_PX
        if not self._owner.isVisible():
            self.apply(compact)
            return
        tighten = FIT_STEPS[-1]
        for tighten in FIT_STEPS:
            self.apply(compact, tighten)
            hint.setVisible(True)
            self._settle_layout()
            if not self.cut_labels():
                break
            hint.setVisible(False)
            self._settle_layout()
            if not self.cut_labels():
                break
        # A long button label (Russian) shrinks the buttons, not every text.
        for button_tighten in (t for t in FIT_STEPS if t <= tighten):
            if not self.cut_buttons():
                break
            self.apply(compact, tighten, button_tighten)
            self._settle_layout()

    def apply(self, compact: bool, tighten: float = 1.0,
              button_tighten: float | None = None) -> None:
        """Every recorded widget at its size: ``compact`` (a window under 700 px)
        shrinks the small type and halves the headings' extra size; ``tighten``
        scales all, ``button_tighten`` (when given) the buttons instead."""
        for widget, factor, bold in self._scaled:
            shrink = factor if factor >= 1.0 or not compact else factor * 0.85
            if compact and factor > 1.0:
                shrink = 1.0 + (factor - 1.0) / 2
            own = button_tighten if button_tighten is not None and isinstance(
                widget, FlatButton) else tighten
            widget.setFont(self.font(shrink * own, bold))

    def _settle_layout(self) -> None:
        """Lay the screen out now with the new fonts (Qt would do it a moment later).

        A font change asks every layout up the chain for a new layout through
        posted events; handing those over now, a few rounds deep, gives the
        sizes the next frame will have.
        """
        layout = self._owner.layout()
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            if layout is not None:
                layout.activate()

    def cut_labels(self) -> list[QWidget]:
        """Labels shown on ``owner`` whose text does not fit."""
        owner = self._owner
        cut: list[QWidget] = []
        for label in owner.findChildren(QLabel):
            if not label.isVisibleTo(owner) or not label.text():
                continue
            if label.wordWrap():
                if label.heightForWidth(label.width()) > label.height() + 1:
                    cut.append(label)
            elif label.sizeHint().width() > label.width() + 1:
                cut.append(label)
        return cut

    def cut_buttons(self) -> list[QWidget]:
        """Night buttons shown on ``owner`` whose words do not fit."""
        owner = self._owner
        return [button for button in owner.findChildren(FlatButton)
                if button.isVisibleTo(owner) and button.sizeHint().width() > button.width() + 1]

"""The night type of Cramp now: at least 20 pt, and the largest size at which nothing is cut off.

Every label and button of the screen is made here and recorded with its size
(a factor of the body size), so the whole screen's type can be set again when
the window, the text size or the step's words change (``NightType.fit``).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from coach.store.told import fingerprint
from coach.ui.cramp.fit_memory import Fit, FitMemory
from coach.ui.cramp.night_look import NIGHT_BUTTON, NIGHT_PRIMARY
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.flat_button import FlatButton
from coach.ui.widgets.labels import plain_label

BODY_PT = 20.0  # the floor for the step text at night
URGENT_SHARE = 0.75  # the emergency signs' floor, as a share of the step text (``apply``)
COMPACT_BELOW_PX = 700
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4)  # tried largest first, until all fits
KNOWN_FITS = 64  # answers kept (a few per step and page); forgotten all at once past this
#: One widget as the fit sees it: its address, class, words (labels, buttons), shown.
_Widget = tuple[int, str, str | None, bool]
#: What a fit depends on: the screen's size and type, and every widget on it.
_Inputs = tuple[tuple[object, ...], tuple[_Widget, ...]]


def body_point_size(scale: float = 1.0) -> float:
    """At least 20 pt, more when the user chose a larger text size."""
    return max(BODY_PT, reading_point_size() * 2.0) * scale


def reading_point_size() -> float:
    """The size the user reads the rest of the app at (their text size setting)."""
    return QApplication.font().pointSizeF() or 10.0


class NightType:
    """Makes the screen's labels and buttons at their night sizes and fits them to ``owner``."""

    def __init__(self, owner: QWidget, memory: FitMemory | None = None) -> None:
        """``memory``: answers kept from earlier runs (``fit_memory.py``); None: none."""
        self._owner = owner
        self._memory = memory
        self._scaled: list[tuple[QWidget, float, bool, bool]] = []
        self._fitting = False  # a fit lays the screen out, which may ask for another fit
        self._fitted_for: _Inputs | None = None  # the inputs of the type shown now
        self._known_fits: dict[_Inputs, Fit] = {}  # inputs -> the answer found

    def font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self._owner.font())
        font.setPointSizeF(body_point_size() * factor)
        font.setBold(bold)
        return font

    def track(self, widget: QWidget, factor: float, bold: bool = False,
              urgent: bool = False) -> None:
        """Give ``widget`` its night size now and whenever the type is fitted.

        ``urgent``: never smaller than the text size the user chose for the
        app, as far as three quarters of the step text allow (see ``apply``).
        """
        widget.setFont(self.font(factor, bold))
        self._scaled.append((widget, factor, bold, urgent))

    def label(self, name: str, factor: float = 1.0, bold: bool = False,
              object_name: str = "", urgent: bool = False) -> QLabel:
        label = plain_label(name=name, object_name=object_name)
        self.track(label, factor, bold, urgent)
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
            self._fitted_for = None
            return
        inputs = self._fit_inputs(hint, compact)
        if inputs == self._fitted_for:
            return  # nothing the fit reads has changed since it last ran
        known = self._known_fits.get(inputs)
        if known is None or not self._fits_as(compact, hint, known):
            known = self._kept_or_searched(inputs, compact, hint)
            if len(self._known_fits) >= KNOWN_FITS:
                self._known_fits.clear()
            self._known_fits[inputs] = known
        self._fitted_for = inputs

    def _kept_or_searched(self, inputs: _Inputs, compact: bool, hint: QLabel) -> Fit:
        """The answer kept on disk from an earlier run (checked), or a new search, kept."""
        if self._memory is None:
            return self._search(compact, hint)
        sizes, state = inputs
        # Widgets are told apart by class, words and visibility, not by address.
        lasting = fingerprint(repr((sizes, self._owner.logicalDpiY(),
                                    sorted(entry[1:] for entry in state))))
        kept = self._memory.get(lasting)
        if kept is not None and self._fits_as(compact, hint, kept):
            return kept
        found = self._search(compact, hint)
        self._memory.put(lasting, found, self._owner)
        return found

    def _fit_inputs(self, hint: QLabel, compact: bool) -> _Inputs:
        """Everything the fit's answer depends on: the screen's size and type, and the
        words and visibility of every label and button on it (which page, which step).

        Why: in Russian at a large text size one search lays the screen out five
        times (15 to 30 ms), and every Cramp now press searched twice for the same
        first step, which doubled the time to its frame. The hint's visibility is
        the fit's own answer, so only its words count; the focus ring comes and goes
        with the keyboard and takes no room.
        """
        owner = self._owner
        state: list[_Widget] = []
        for widget in owner.findChildren(QWidget):
            if isinstance(widget, QFocusFrame):
                continue
            words = widget.text() if isinstance(widget, (QLabel, QPushButton)) else None
            shown = widget is hint or widget.isVisibleTo(owner)
            state.append((shiboken6.getCppPointer(widget)[0], type(widget).__name__, words,
                          shown))
        state.sort()  # showing a page raises it, which reorders the children
        return ((owner.width(), owner.height(), compact, body_point_size(),
                 owner.font().family()), tuple(state))

    def _fits_as(self, compact: bool, hint: QLabel, known: Fit) -> bool:
        """Apply an answer found before for the same inputs and check it, once."""
        tighten, button_tighten, hint_shown = known
        self.apply(compact, tighten, button_tighten)
        hint.setVisible(hint_shown)
        self._settle_layout()
        return not self.cut_labels() and not self.cut_buttons()

    def _search(self, compact: bool, hint: QLabel) -> Fit:
        """Try the sizes largest first; returns what it settled on.

        Between the size that fits and the one above it that did not, the size
        halfway is tried too. Why: the steps are shares of a body size that is
        twice the user's text size (40 pt at 200 %), so at the small end one step
        was 4 pt: at 800x600 and 200 % the step text fell from 20 pt to 16 pt and
        left a tenth of the screen empty.
        """
        tighten = FIT_STEPS[-1]
        too_big: float | None = None
        fitted = False
        for tighten in FIT_STEPS:
            fitted = self._try_size(compact, tighten, hint)
            if fitted:
                break
            too_big = tighten
        if fitted and too_big is not None:
            between = round((tighten + too_big) / 2, 3)
            if self._try_size(compact, between, hint):
                tighten = between
            else:
                self._try_size(compact, tighten, hint)  # back to the size that fits
        # A long button label (Russian) shrinks the buttons, not every text.
        buttons: float | None = None
        for button_tighten in (t for t in FIT_STEPS if t <= tighten):
            if not self.cut_buttons():
                break
            self.apply(compact, tighten, button_tighten)
            buttons = button_tighten
            self._settle_layout()
        return tighten, buttons, not hint.isHidden()

    def _try_size(self, compact: bool, tighten: float, hint: QLabel) -> bool:
        """The type at ``tighten``, with the key hint if there is room, else without it;
        True when nothing is cut off."""
        self.apply(compact, tighten)
        hint.setVisible(True)
        self._settle_layout()
        if not self.cut_labels():
            return True
        hint.setVisible(False)
        self._settle_layout()
        return not self.cut_labels()

    def apply(self, compact: bool, tighten: float = 1.0,
              button_tighten: float | None = None) -> None:
        """Every recorded widget at its size: ``compact`` (a window under 700 px)
        shrinks the small type and halves the headings' extra size; ``tighten``
        scales all, ``button_tighten`` (when given) the buttons instead.

        Urgent type (the emergency signs) has a floor: the user's own text size,
        or three quarters of the step text if that is smaller. Why: in a small
        window at 200 % the signs shrank with the small print to 8.8 pt, under a
        16 pt step, for someone who had asked for 20 pt text; a floor of the full
        20 pt instead took the room the step needs.
        """
        urgent_floor = min(reading_point_size(), URGENT_SHARE * body_point_size() * tighten)
        for widget, factor, bold, urgent in self._scaled:
            shrink = factor if factor >= 1.0 or not compact else factor * 0.85
            if compact and factor > 1.0:
                shrink = 1.0 + (factor - 1.0) / 2
            own = button_tighten if button_tighten is not None and isinstance(
                widget, FlatButton) else tighten
            font = self.font(shrink * own, bold)
            if urgent and font.pointSizeF() < urgent_floor:
                font.setPointSizeF(urgent_floor)
            widget.setFont(font)

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

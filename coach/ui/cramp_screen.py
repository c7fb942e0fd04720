"""Cramp now: the relief steps, one at a time, for someone in pain in a dark room.

Night mode regardless of the app theme (dark, high contrast, large type), one
step with its picture and a hold timer that starts by itself, Space or Right
for the next step, and the "get medical help" warnings always in view. When
the cramp is over the screen offers a one-tap diary entry; the entry is handed
to the window as data (this screen does no file I/O).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.content.model import Exercise, Library, Routine
from coach.content.safety import disclaimer_text, get_help_text
from coach.engine.clock import Clock
from coach.engine.hold_timer import HoldTimer
from coach.formatting import duration_words
from coach.i18n import Tr
from coach.ui.home_screen import RELIEF_ROUTINE_ID
from coach.ui.theme import OWN_TEXT_SCALE_PROPERTY, palette_from
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.countdown import CountdownRing
from coach.ui.widgets.flat_button import ButtonLook, FlatButton
from coach.ui.widgets.illustration import IllustrationView
from coach.ui.widgets.labels import plain_label
from coach.ui.widgets.layout_keys import letter_keys
from coach.ui.widgets.outlined_frame import OutlinedFrame

BODY_PT = 20.0  # the floor for the step text at night
COMPACT_BELOW_PX = 700
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4)  # tried largest first, until all fits
NIGHT = {"window": "#0B0D10", "panel": "#15181D", "text": "#F4F5F7", "dim": "#B8C0CC",
         "accent": "#F26B3A", "button": "#232830", "focus": "#FFD400", "warn": "#FFB547"}
LEGS = ("left", "right", "both")
NIGHT_PRIMARY = ButtonLook(fill=NIGHT["accent"], text="#000000", border="#3A414C",
                           focus=NIGHT["focus"])
NIGHT_BUTTON = ButtonLook(fill=NIGHT["button"], text=NIGHT["text"], border="#3A414C",
                          focus=NIGHT["focus"], checked=NIGHT_PRIMARY)
LABEL_COLOURS = {"GetHelpText": NIGHT["warn"], "Hint": NIGHT["dim"], "Disclaimer": NIGHT["dim"]}


class CrampText(Tr):
    """Translation context for the Cramp now screen and its diary offer."""


def leg_words(leg: str) -> tuple[str, str]:
    """(button text, accessible name) for a leg choice: ("Left", "Left leg")."""
    return {"left": (CrampText.tr("Left"), CrampText.tr("Left leg")),
            "right": (CrampText.tr("Right"), CrampText.tr("Right leg")),
            "both": (CrampText.tr("Both"), CrampText.tr("Both legs"))}[leg]


@dataclass(frozen=True)
class CrampEntry:
    """What the user told us about one cramp, ready for the diary."""

    started: datetime
    duration_s: float
    leg: str | None
    severity: int | None
    note: str


def night_palette() -> QPalette:
    """Dark, high-contrast colours for this screen only, whatever the app theme."""
    return palette_from({
        "window": NIGHT["window"], "base": NIGHT["panel"], "text": NIGHT["text"],
        "button": NIGHT["button"], "highlight": NIGHT["accent"], "highlighted_text": "#000000",
        "mid": NIGHT["dim"], "dim": NIGHT["dim"], "link": NIGHT["accent"]})


def body_point_size(scale: float = 1.0) -> float:
    """At least 20 pt, more when the user chose a larger text size."""
    base = QApplication.font().pointSizeF() or 10.0
    return max(BODY_PT, base * 2.0) * scale


def step_lines(exercise: Exercise, language: str) -> str:
    """One or two short lines: the first instructions of the exercise."""
    return "\n".join(step.get(language) for step in exercise.steps[:2])


class CrampScreen(QWidget):
    """Relief steps, then the diary offer. Emits ``entrySaved`` or ``closed``."""

    closed = Signal()
    entrySaved = Signal(object)  # CrampEntry
    cue = Signal(str, object)

    def __init__(self, library: Library, clock: Clock, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrampScreen")
        self._library = library
        self._clock = clock
        self._language = language
        self._routine: Routine | None = library.routine(RELIEF_ROUTINE_ID)
        self._index = 0
        self._opened_mono = 0.0
        self._opened_wall: datetime | None = None
        self._duration_s = 0.0
        self.timer = HoldTimer(clock, self)
        self.timer.secondChanged.connect(self._show_second)
        self.timer.expired.connect(self._hold_done)
        # Ring and cross-fade refresh while a hold runs; the number itself
        # changes on the timer's own second signal.
        self._refresh = QTimer(self)
        self._refresh.setInterval(100)
        self._refresh.timeout.connect(self._repaint_progress)
        self.setPalette(night_palette())
        self.setAutoFillBackground(True)
        self._scaled: list[tuple[QWidget, float, bool]] = []
        self._compact: bool | None = None
        # The app's text-size pass leaves this screen alone: it keeps a 20 pt
        # floor and rescales itself (apply_text_scale).
        self.setProperty(OWN_TEXT_SCALE_PROPERTY, True)
        self._entry_open = False  # one entry per cramp, however many keys are pressed
        self._fitting = False
        self._fit_pending = False
        self._build()
        self._bind_keys()

    # ----- construction -------------------------------------------------
    def _font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(body_point_size() * factor)
        font.setBold(bold)
        return font

    def _label(self, name: str, factor: float = 1.0, bold: bool = False) -> QLabel:
        label = plain_label(name=name)
        label.setFont(self._font(factor, bold))
        self._scaled.append((label, factor, bold))
        return label

    def _button(self, text: str, accessible: str, slot, primary: bool = False) -> QPushButton:
        button = action_button(text, accessible, slot, min_height=56, button=FlatButton(
            text, NIGHT_PRIMARY if primary else NIGHT_BUTTON))
        button.setFont(self._font(0.9, bold=primary))
        self._scaled.append((button, 0.9, primary))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if primary:
            button.setObjectName("primary")
        return button

    def _build(self) -> None:
        # Painted colours and palettes, no style sheet: a sheet here kept 1 MB in
        # an app that waits in the tray all day (see widgets/flat_button.py).
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_steps())
        self.pages.addWidget(self._build_diary())

        self.help_box = OutlinedFrame(NIGHT["warn"], width=3, radius=10.0)
        self.help_box.setObjectName("GetHelp")
        self.help_text = self._label(CrampText.tr("When to get medical help"), 0.75)
        self.help_text.setText(get_help_text())
        self.help_text.setObjectName("GetHelpText")
        help_layout = QVBoxLayout(self.help_box)
        help_layout.setContentsMargins(14, 8, 14, 8)
        help_layout.addWidget(self.help_text)
        self.disclaimer = plain_label(disclaimer_text(), name=CrampText.tr("Disclaimer"),
                                      object_name="Disclaimer")
        self.disclaimer.setFont(self._font(0.5))  # about the desktop's size; it fits with the rest
        self._scaled.append((self.disclaimer, 0.5, False))

        root = QVBoxLayout(self)
        root.setContentsMargins(18, 12, 18, 10)
        root.addWidget(self.pages, 1)
        root.addWidget(self.help_box)
        root.addWidget(self.disclaimer)
        for label in self.findChildren(QLabel):
            colour = LABEL_COLOURS.get(label.objectName())
            if colour is not None:
                palette = label.palette()
                palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
                label.setPalette(palette)

    def _build_steps(self) -> QWidget:
        page = QWidget()
        self.heading = self._label(CrampText.tr("Relief step"), 1.3, bold=True)
        self.position = self._label(CrampText.tr("Step"), 0.8)
        self.position.setObjectName("Hint")
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.position)

        self.illustration = IllustrationView()
        self.illustration.setAccessibleName(CrampText.tr("Illustration of the step"))
        self.illustration.setMinimumSize(140, 140)
        self.lines = self._label(CrampText.tr("What to do"))
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.step_note = self._label(CrampText.tr("Or else"), 0.8)
        self.step_note.setObjectName("Hint")
        self.step_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ring = CountdownRing()
        self.ring.setAccessibleName(CrampText.tr("Hold timer"))
        self.ring.setObjectName("HoldTimer")
        self.ring.set_colour(NIGHT["accent"])
        self.hint = self._label(CrampText.tr("Keys"), 0.75)
        self.hint.setObjectName("Hint")

        text_col = QVBoxLayout()
        text_col.addWidget(self.lines)
        text_col.addWidget(self.step_note)
        text_col.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.illustration, 4)
        middle.addLayout(text_col, 5)
        middle.addWidget(self.ring, 3)

        self.back_button = self._button(CrampText.tr("Back"),
                                        CrampText.tr("Previous step (Left arrow)"),
                                        self.previous_step)
        self.next_button = self._button(CrampText.tr("Next step"),
                                        CrampText.tr("Next step (Space or Right arrow)"),
                                        self.next_step)
        self.gone_button = self._button(CrampText.tr("It's gone"),
                                        CrampText.tr("The cramp is gone (Escape)"),
                                        self.cramp_gone, primary=True)
        controls = QHBoxLayout()
        controls.addWidget(self.back_button)
        controls.addWidget(self.next_button)
        controls.addWidget(self.gone_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        layout.addLayout(controls)
        return page

    def _build_diary(self) -> QWidget:
        page = QWidget()
        self.diary_title = self._label(CrampText.tr("Log this cramp"), 1.2, bold=True)
        self.diary_title.setText(CrampText.tr("Log this cramp?"))
        self.diary_duration = self._label(CrampText.tr("How long it lasted"), 0.9)

        self.leg_group = QButtonGroup(self)
        self.leg_group.setExclusive(True)
        leg_row = QHBoxLayout()
        for value in LEGS:
            button = self._choice(*leg_words(value))
            button.setProperty("value", value)
            self.leg_group.addButton(button)
            leg_row.addWidget(button)

        self.severity_group = QButtonGroup(self)
        self.severity_group.setExclusive(True)
        severity_row = QHBoxLayout()
        for level in range(1, 6):
            button = self._choice(str(level),
                                  CrampText.tr("How bad: {level} of 5").format(level=level))
            button.setProperty("value", level)
            self.severity_group.addButton(button)
            severity_row.addWidget(button)

        self.note = QLineEdit()
        self.note.setAccessibleName(CrampText.tr("Note (optional)"))
        self.note.setPlaceholderText(CrampText.tr("Note (optional)"))
        self.note.setFont(self._font(0.8))
        self._scaled.append((self.note, 0.8, False))
        self.note.setMaxLength(500)
        self.note.setTextMargins(8, 6, 8, 6)

        self.save_button = self._button(CrampText.tr("Save  (Enter)"),
                                        CrampText.tr("Save the diary entry (Enter)"),
                                        self.save_entry, primary=True)
        self.skip_button = self._button(CrampText.tr("Skip  (Esc)"),
                                        CrampText.tr("Skip the diary entry (Escape)"),
                                        self.skip_entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.diary_title)
        layout.addWidget(self.diary_duration)
        choices = QGridLayout()
        choices.addWidget(self._label_text(CrampText.tr("Which leg?  (L, R, B)")), 0, 0)
        choices.addLayout(leg_row, 0, 1)
        choices.addWidget(self._label_text(CrampText.tr("How bad?  (1 mild, 5 worst)")), 1, 0)
        choices.addLayout(severity_row, 1, 1)
        choices.setColumnStretch(1, 1)
        layout.addLayout(choices)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _label_text(self, text: str) -> QLabel:
        label = self._label(text, 0.8)
        label.setText(text)
        label.setWordWrap(False)
        return label

    def _choice(self, text: str, accessible: str) -> QPushButton:
        button = FlatButton(text, NIGHT_BUTTON)
        button.setCheckable(True)
        button.setAccessibleName(accessible)
        button.setFont(self._font(0.9, bold=True))
        self._scaled.append((button, 0.9, True))
        button.setMinimumSize(64, 52)
        return button

    def _bind_keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Space and the arrows belong to the steps page only: on the diary page
        # they must press the focused button and move between choices.
        steps_page = self.pages.widget(0)
        for key, slot in ((Qt.Key.Key_Space, self._space), (Qt.Key.Key_Right, self._right),
                          (Qt.Key.Key_Left, self._left)):
            shortcut = QShortcut(QKeySequence(key), steps_page)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        bindings: list[tuple[Qt.Key | str, Callable[[], object]]] = [
            (Qt.Key.Key_Escape, self._escape),
            (Qt.Key.Key_Return, self.save_entry), (Qt.Key.Key_Enter, self.save_entry)]
        # L, R, B also under a Russian layout (Д, К, И), and Л, П, О, the
        # initials of the Russian words, under either (coach.ui.widgets.layout_keys).
        for latin, initial, leg in (("L", "Л", "left"), ("R", "П", "right"), ("B", "О", "both")):
            bindings += [(key, lambda leg=leg: self._pick(self.leg_group, leg))
                         for key in letter_keys(latin, initial)]
        for key, slot in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        for level in range(1, 6):
            shortcut = QShortcut(QKeySequence(str(level)), self)
            shortcut.setContext(context)
            shortcut.activated.connect(lambda lv=level: self._pick(self.severity_group, lv))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._fit_pending:  # one fit for a burst of resizes (a dragged edge)
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # before the first frame: it must never show cut-off text

    def apply_text_scale(self) -> None:
        """Recompute the type from the app font (the user changed the text size)."""
        self._fit()

    def _fit(self) -> None:
        """The largest type, from the user's text size down, at which no text is cut off.

        Why: the window, the text size and each step's words vary; a fixed
        size that is right for one is cut off for another (a 10 pt desktop
        font at 150 % in a 1024x680 window lost half the instructions). Below
        700 px of height the type starts tighter and the key hint goes.
        """
        self._fit_pending = False
        if self._fitting:
            return
        compact = self.height() < COMPACT_BELOW_PX
        if not self.isVisible():
            self._apply_fonts(compact)
            return
        self._fitting = True
        try:
            for tighten in FIT_STEPS:
                self._apply_fonts(compact, tighten)
                self._settle_layout()
                if not self.cut_off_labels():
                    break
        finally:
            self._fitting = False

    def _settle_layout(self) -> None:
        """Lay the screen out now with the new fonts (Qt would do it a moment later).

        A font change asks every layout up the chain for a new layout through
        posted events; handing those over now, a few rounds deep, gives the
        sizes the next frame will have.
        """
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.layout().activate()

    def cut_off_labels(self) -> list[QLabel]:
        """Labels on the current page (and the warnings) whose text does not fit."""
        cut = []
        for label in self.findChildren(QLabel):
            if not label.isVisibleTo(self) or not label.text():
                continue
            if label.wordWrap():
                if label.heightForWidth(label.width()) > label.height() + 1:
                    cut.append(label)
            elif label.sizeHint().width() > label.width() + 1:
                cut.append(label)
        return cut

    def _apply_fonts(self, compact: bool, tighten: float = 1.0) -> None:
        self._compact = compact
        for widget, factor, bold in self._scaled:
            shrink = factor if factor >= 1.0 or not compact else factor * 0.85
            if compact and factor > 1.0:
                shrink = 1.0 + (factor - 1.0) / 2
            widget.setFont(self._font(shrink * tighten, bold))
        self.hint.setVisible(not compact)

    # ----- public -------------------------------------------------------
    @property
    def step_count(self) -> int:
        return len(self._routine.steps) if self._routine else 0

    @property
    def index(self) -> int:
        return self._index

    @property
    def on_diary(self) -> bool:
        return self.pages.currentIndex() == 1

    def open(self) -> None:
        """Start over at step one; the cramp's duration counts from now."""
        self._opened_mono = self._clock.monotonic()
        self._opened_wall = self._clock.now()
        self._reset_diary()
        self.pages.setCurrentIndex(0)
        self._show_step(0)
        self.next_button.setFocus()

    def next_step(self) -> None:
        if self._index + 1 < self.step_count:
            self._show_step(self._index + 1)
        else:
            self.cramp_gone()

    def previous_step(self) -> None:
        if self._index > 0:
            self._show_step(self._index - 1)
        else:
            self._show_step(0)

    def cramp_gone(self) -> None:
        """Stop the timer, fix the duration, and offer the diary entry."""
        self._stop_timers()
        self._duration_s = max(0.0, self._clock.monotonic() - self._opened_mono)
        self.diary_duration.setText(CrampText.tr("It lasted about {duration}.").format(
            duration=duration_words(self._duration_s)))
        self._entry_open = True
        self.pages.setCurrentIndex(1)
        self._fit()
        self.save_button.setFocus()

    def save_entry(self) -> None:
        if not self.on_diary or not self._entry_open or self._opened_wall is None:
            return
        self._entry_open = False
        leg = self.leg_group.checkedButton()
        level = self.severity_group.checkedButton()
        entry = CrampEntry(started=self._opened_wall, duration_s=round(self._duration_s, 1),
                           leg=leg.property("value") if leg else None,
                           severity=int(level.property("value")) if level else None,
                           note=self.note.text().strip())
        self.entrySaved.emit(entry)
        self.closed.emit()

    def skip_entry(self) -> None:
        self._entry_open = False
        self._stop_timers()
        self.closed.emit()

    def leave(self) -> None:
        self._stop_timers()

    def _stop_timers(self) -> None:
        self.timer.stop()
        self._refresh.stop()

    # ----- keys ---------------------------------------------------------
    def _space(self) -> None:
        if not self.on_diary:
            self.next_step()

    def _right(self) -> None:
        if not self.on_diary:
            self.next_step()

    def _left(self) -> None:
        if not self.on_diary:
            self.previous_step()

    def _escape(self) -> None:
        if self.on_diary:
            self.skip_entry()
        else:
            self.cramp_gone()

    def _pick(self, group: QButtonGroup, value: object) -> None:
        if not self.on_diary or self.note.hasFocus():
            return
        for button in group.buttons():
            if button.property("value") == value:
                button.setChecked(True)

    # ----- painting -----------------------------------------------------
    def _show_step(self, index: int) -> None:
        routine = self._routine
        if routine is None or not routine.steps:
            self.heading.setText(CrampText.tr("Relief steps are missing"))
            self.lines.setText(
                CrampText.tr("Stretch the calf gently: pull your toes toward your knee."))
            return
        self._index = index
        step = routine.steps[index]
        exercise = self._library.exercise(step.exercise)
        note = step.note.get(self._language) if step.note else ""
        if exercise is not None:
            self.heading.setText(exercise.name.get(self._language))
            self.lines.setText(step_lines(exercise, self._language))
            self.step_note.setText(note)
            self.step_note.setVisible(bool(note))
            self.illustration.set_frames(exercise.illustrations)
        self.position.setText(CrampText.tr("Step {step} of {steps}").format(
            step=index + 1, steps=len(routine.steps)))
        self.back_button.setEnabled(index > 0)
        last = index + 1 >= len(routine.steps)
        self.next_button.setText(CrampText.tr("Finish") if last else CrampText.tr("Next step"))
        self.hint.setText(CrampText.tr("Hold while the timer runs.  Space or → next step,"
                                       "  ← back,  Esc when it's gone."))
        self._fit()  # this step's words may need a smaller size than the last one's
        self.timer.start(step.hold_s)
        self._refresh.start()
        self.cue.emit("relief_step", exercise)

    def _show_second(self, seconds: int) -> None:
        self.ring.set_state(seconds, self.timer.fraction_left())
        self._repaint_progress()

    def _repaint_progress(self) -> None:
        self.ring.set_state(self.ring.seconds, self.timer.fraction_left())
        self.illustration.set_elapsed(self.timer.duration_s - self.timer.remaining())

    def _hold_done(self) -> None:
        self._refresh.stop()
        self.ring.set_state(0, 0.0)
        last = self._index + 1 >= self.step_count
        self.hint.setText(
            CrampText.tr("Done. Press Esc if the cramp is gone.") if last else
            CrampText.tr("Done. Press Space for the next step, or keep holding."))
        self.cue.emit("relief_hold_done", None)

    def _reset_diary(self) -> None:
        for group in (self.leg_group, self.severity_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.note.clear()
        self._duration_s = 0.0

"""Cramp now: the relief steps, one at a time, for someone in pain in a dark room.

Night mode regardless of the app theme (dark, high contrast, large type), one
step with its picture, its full instructions and its caution, and a hold timer
that starts by itself (or, for a hold "until it releases", counts up); Space
or Right for the next step. The emergency level of the warnings is always in
view; the other two levels are one key (M) away. The default steps are done
sitting or lying; before the first step that presses or massages the calf
the screen asks whether one calf is swollen, hot or red (a possible clot is
never massaged), and the optional standing steps come only after their
conditions were said and the user chose "I'm steady". When the cramp is over
the screen offers a one-tap diary entry; the entry is handed to the window as
data (this screen does no file I/O).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
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

from coach.content.model import Exercise, Library, Routine, RoutineStep
from coach.content.safety import (
    EMERGENCY,
    SOON,
    STANDING_TITLE,
    SWOLLEN_ADVICE_TITLE,
    SWOLLEN_QUESTION,
    SWOLLEN_WHY,
    TODAY,
    SafetyText,
    disclaimer_text,
    emergency_number,
    level_signs,
    level_title,
    signs_sentence,
    standing_conditions_text,
    swollen_advice_text,
)
from coach.engine.clock import Clock
from coach.engine.hold_timer import HoldTimer
from coach.i18n import Tr
from coach.ui.models.legs import leg_words
from coach.ui.routine_ids import RELIEF_ROUTINE_ID, STANDING_RELIEF_ROUTINE_ID
from coach.ui.theme import OWN_FOCUS_PROPERTY, OWN_TEXT_SCALE_PROPERTY, palette_from
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.countdown import CountdownRing
from coach.ui.widgets.flat_button import ButtonLook, FlatButton
from coach.ui.widgets.illustration import IllustrationView
from coach.ui.widgets.labels import plain_label
from coach.ui.widgets.layout_keys import letter_keys
from coach.ui.widgets.outlined_frame import OutlinedFrame
from coach.words.durations import duration_words

BODY_PT = 20.0  # the floor for the step text at night
COMPACT_BELOW_PX = 700
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4)  # tried largest first, until all fits
RELEASE_CUE_EVERY_S = 30  # a hold "until it releases": a soft cue this often
NIGHT = {"window": "#0B0D10", "panel": "#15181D", "text": "#F4F5F7", "dim": "#B8C0CC",
         "accent": "#F26B3A", "button": "#232830", "focus": "#FFD400", "warn": "#FFB547",
         "alarm": "#FF6B5E"}
LEGS = ("left", "right", "both")
NIGHT_PRIMARY = ButtonLook(fill=NIGHT["accent"], text="#000000", border="#3A414C",
                           focus=NIGHT["focus"])
NIGHT_BUTTON = ButtonLook(fill=NIGHT["button"], text=NIGHT["text"], border="#3A414C",
                          focus=NIGHT["focus"], checked=NIGHT_PRIMARY)
LABEL_COLOURS = {"EmergencyTitle": NIGHT["alarm"], "EmergencySigns": NIGHT["warn"],
                 "Caution": NIGHT["warn"], "Hint": NIGHT["dim"], "Disclaimer": NIGHT["dim"],
                 "AdviceTitle": NIGHT["alarm"]}

# Pages of the screen, in the order they are added.
PAGE_STEPS, PAGE_DIARY, PAGE_MORE, PAGE_QUESTION, PAGE_ADVICE, PAGE_STANDING = range(6)


class CrampText(Tr):
    """Translation context for the Cramp now screen and its diary offer."""


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
    """Every instruction of the exercise, one per line.

    All of them, not the first two: a dropped line can be the one that says
    how to do the step safely. The screen fits its type to the window instead.
    """
    return "\n".join(step.get(language) for step in exercise.steps)


def caution_line(exercise: Exercise, language: str) -> str:
    """"Careful: ..." for an exercise with a caution; "" without one."""
    if exercise.caution is None:
        return ""
    text = exercise.caution.get(language)
    if text[:1].isupper() and text[1:2].islower():  # "Careful: not on ..." (not "DVT")
        text = text[:1].lower() + text[1:]
    return CrampText.tr("Careful: {caution}").format(caution=text)



class _SpaceBlocker(QObject):
    """Eats Space on the swollen-calf answers: only Y, N, Enter or a click answer."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space):
            return True
        return super().eventFilter(watched, event)


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
        self._standing: Routine | None = library.routine(STANDING_RELIEF_ROUTINE_ID)
        self._number = emergency_number("")
        self._part = "default"  # or "standing"
        self._index = 0  # in the current part's steps
        self._swollen: bool | None = None  # the answer to the swollen-calf question
        self._pending = 0  # the step the question or the advice stands before
        self._standing_from: tuple[str, int] | None = None  # where "Stay seated" returns
        self._more_from = PAGE_STEPS
        self._opened_mono = 0.0
        self._opened_wall: datetime | None = None
        self._duration_s = 0.0
        self.timer = HoldTimer(clock, self)
        self.timer.secondChanged.connect(self._show_second)
        self.timer.expired.connect(self._hold_done)
        self.timer.cueDue.connect(self._release_cue)
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
        # The night buttons draw their own yellow focus ring (no second ring).
        self.setProperty(OWN_FOCUS_PROPERTY, True)
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

    def _label(self, name: str, factor: float = 1.0, bold: bool = False,
               object_name: str = "") -> QLabel:
        label = plain_label(name=name, object_name=object_name)
        label.setFont(self._font(factor, bold))
        self._scaled.append((label, factor, bold))
        return label

    def _button(self, text: str, accessible: str, slot, primary: bool = False,
                factor: float = 0.9) -> QPushButton:
        button = action_button(text, accessible, slot, min_height=56, button=FlatButton(
            text, NIGHT_PRIMARY if primary else NIGHT_BUTTON))
        button.setFont(self._font(factor, bold=primary))
        self._scaled.append((button, factor, primary))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if primary:
            button.setObjectName("primary")
        return button

    def _build(self) -> None:
        # Painted colours and palettes, no style sheet: a sheet here kept 1 MB in
        # an app that waits in the tray all day (see widgets/flat_button.py).
        self.pages = QStackedWidget()
        self._page_widgets: list[QWidget] = [
            self._build_steps(), self._build_diary(), self._build_more(),
            self._build_question(), self._build_advice(), self._build_standing()]
        for widget in self._page_widgets:  # in the order of PAGE_STEPS...PAGE_STANDING
            self.pages.addWidget(widget)

        # The emergency level, always in view whatever the page: the most
        # urgent thing this screen can say.
        self.help_box = OutlinedFrame(NIGHT["alarm"], width=3, radius=10.0)
        self.help_box.setObjectName("GetHelp")
        self.emergency_title = self._label(CrampText.tr("Emergency"), 0.9, bold=True,
                                           object_name="EmergencyTitle")
        self.emergency_signs = self._label(CrampText.tr("Emergency signs"), 0.65,
                                           object_name="EmergencySigns")
        self.emergency_signs.setText(signs_sentence(EMERGENCY))
        self.more_button = self._button(
            CrampText.tr("More  (M)"),
            CrampText.tr("More warnings: when to get checked today or see a doctor soon (M)"),
            self.toggle_more, factor=0.7)
        self.more_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        help_text = QVBoxLayout()
        help_text.setSpacing(2)
        help_text.addWidget(self.emergency_title)
        help_text.addWidget(self.emergency_signs)
        help_layout = QHBoxLayout(self.help_box)
        help_layout.setContentsMargins(14, 6, 10, 6)
        help_layout.addLayout(help_text, 1)
        help_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.disclaimer = plain_label(disclaimer_text(), name=CrampText.tr("Disclaimer"),
                                      object_name="Disclaimer")
        self.disclaimer.setFont(self._font(0.5))  # about the desktop's size; it fits with the rest
        self._scaled.append((self.disclaimer, 0.5, False))
        self.set_emergency_number(self._number)

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
        self.position = self._label(CrampText.tr("Step"), 0.8, object_name="Hint")
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.position.setWordWrap(False)  # "Standing step 1 of 2" on one line
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.position)

        self.illustration = IllustrationView()
        self.illustration.setAccessibleName(CrampText.tr("Illustration of the step"))
        self.illustration.setMinimumSize(120, 120)
        self.lines = self._label(CrampText.tr("What to do"))
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.caution = self._label(CrampText.tr("Caution"), 0.85, object_name="Caution")
        self.caution.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.step_note = self._label(CrampText.tr("Or else"), 0.75, object_name="Hint")
        self.step_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ring = CountdownRing()
        self.ring.setAccessibleName(CrampText.tr("Hold timer"))
        self.ring.setObjectName("HoldTimer")
        self.ring.set_colour(NIGHT["accent"])
        self.hint = self._label(CrampText.tr("Keys"), 0.7, object_name="Hint")

        text_col = QVBoxLayout()
        text_col.addWidget(self.lines)
        text_col.addWidget(self.caution)
        text_col.addWidget(self.step_note)
        text_col.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.illustration, 3)
        middle.addLayout(text_col, 6)
        middle.addWidget(self.ring, 2)

        self.back_button = self._button(CrampText.tr("← Back"),
                                        CrampText.tr("Previous step (Left arrow)"),
                                        self.previous_step)
        self.next_button = self._button(CrampText.tr("Next step  (Space)"),
                                        CrampText.tr("Next step (Space or Right arrow)"),
                                        self.next_step)
        self.gone_button = self._button(CrampText.tr("It's gone  (Esc)"),
                                        CrampText.tr("The cramp is gone (Escape)"),
                                        self.cramp_gone, primary=True)
        self.standing_button = self._button(
            CrampText.tr("Standing steps…"),
            CrampText.tr("Optional standing steps, after their conditions"),
            self.offer_standing)
        controls = QHBoxLayout()
        controls.addWidget(self.back_button)
        controls.addWidget(self.next_button)
        controls.addWidget(self.standing_button)
        controls.addWidget(self.gone_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        layout.addLayout(controls)
        return page

    def _prompt_page(self, title: QLabel, body: QLabel,
                     buttons: list[QPushButton]) -> QWidget:
        """A page that asks or tells one thing, with its answers in a row."""
        page = QWidget()
        title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_more(self) -> QWidget:
        """The two levels behind "More": a heading and the signs for each."""
        page = QWidget()
        self.more_title = self._label(CrampText.tr("When to see a doctor"), 1.1, bold=True)
        self.more_title.setText(CrampText.tr("When to see a doctor"))
        self.more_levels: list[tuple[QLabel, QLabel]] = []
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.more_title)
        for level in (TODAY, SOON):
            title = self._label(CrampText.tr("Level"), 1.0, bold=True, object_name="Caution")
            signs = self._label(CrampText.tr("Signs"), 0.9)
            signs.setText("\n".join(f"• {sign[:1].upper()}{sign[1:]}"
                                    for sign in level_signs(level)))
            self.more_levels.append((title, signs))
            layout.addWidget(title)
            layout.addWidget(signs)
        layout.addStretch(1)
        self.more_back = self._button(CrampText.tr("Back  (Esc or M)"),
                                      CrampText.tr("Back to the steps (Escape or M)"),
                                      self.close_more, primary=True)
        layout.addWidget(self.more_back)
        return page

    def more_text(self) -> str:
        """What the "More" page says, top to bottom."""
        return "\n".join(f"{title.text()}\n{signs.text()}" for title, signs in self.more_levels)

    def _build_question(self) -> QWidget:
        self.question_title = self._label(CrampText.tr("Question"), 1.2, bold=True)
        self.question_title.setText(SafetyText.tr(SWOLLEN_QUESTION))
        self.question_why = self._label(CrampText.tr("Why we ask"), 1.0)
        self.question_why.setText(SafetyText.tr(SWOLLEN_WHY))
        self.yes_button = self._button(CrampText.tr("Yes  (Y)"),
                                       CrampText.tr("Yes, one calf is swollen, hot or red (Y)"),
                                       self.answer_swollen_yes)
        self.no_button = self._button(CrampText.tr("No  (N)"),
                                      CrampText.tr("No, neither calf is swollen, hot or red (N)"),
                                      self.answer_swollen_no)
        page = self._prompt_page(self.question_title, self.question_why,
                                 [self.yes_button, self.no_button])
        # No answer is chosen for the user: focus rests on the page until Y, N,
        # a click, or an arrow picks one (Enter then presses it).
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Space is the "next step" key someone half asleep presses again and
        # again, and Right is the other one: Space, Right, Space must not say
        # "not swollen" and lead to the calf massage. So Space never answers.
        self._space_blocker = _SpaceBlocker(self)
        for answer in (self.yes_button, self.no_button):
            answer.installEventFilter(self._space_blocker)
        return page

    def _build_advice(self) -> QWidget:
        self.advice_title = self._label(CrampText.tr("Advice"), 1.1, bold=True,
                                        object_name="AdviceTitle")
        self.advice_title.setText(SafetyText.tr(SWOLLEN_ADVICE_TITLE))
        self.advice_text = self._label(CrampText.tr("What to do"), 1.0)
        self.advice_continue = self._button(
            CrampText.tr("Continue without massage  (Enter)"),
            CrampText.tr("Continue with the steps that do not touch the calf (Enter)"),
            self.continue_after_advice, primary=True)
        self.advice_gone = self._button(CrampText.tr("It's gone  (Esc)"),
                                        CrampText.tr("The cramp is gone (Escape)"),
                                        self.cramp_gone)
        return self._prompt_page(self.advice_title, self.advice_text,
                                 [self.advice_continue, self.advice_gone])

    def _build_standing(self) -> QWidget:
        self.standing_title = self._label(CrampText.tr("Standing steps"), 1.2, bold=True)
        self.standing_title.setText(SafetyText.tr(STANDING_TITLE))
        self.standing_text = self._label(CrampText.tr("Before you stand"), 1.0)
        self.standing_text.setText(CrampText.tr("Only if you are steady. First:") + "\n"
                                   + standing_conditions_text())
        self.steady_button = self._button(
            CrampText.tr("I'm steady, continue"),
            CrampText.tr("I'm steady: continue with the standing steps"),
            self.start_standing)
        self.seated_button = self._button(CrampText.tr("Stay seated"),
                                          CrampText.tr("Stay seated: back to the steps"),
                                          self.stay_seated, primary=True)
        return self._prompt_page(self.standing_title, self.standing_text,
                                 [self.seated_button, self.steady_button])

    def _build_diary(self) -> QWidget:
        page = QWidget()
        self.diary_title = self._label(CrampText.tr("Log this cramp"), 1.2, bold=True)
        self.diary_title.setText(CrampText.tr("Log this cramp?"))
        self.diary_duration = self._label(CrampText.tr("How long it lasted"), 0.9)

        self.leg_group = QButtonGroup(self)
        self.leg_group.setExclusive(True)
        leg_row = QHBoxLayout()
        for value in LEGS:
            words = leg_words(value)
            button = self._choice(words.short, words.full)
            button.setProperty("value", value)
            self.leg_group.addButton(button)
            leg_row.addWidget(button)

        self.severity_group = QButtonGroup(self)
        self.severity_group.setExclusive(True)
        severity_row = QHBoxLayout()
        for level in range(1, 6):
            button = self._choice(str(level), CrampText.tr(
                "How bad: {level} of 5, {points} of 10").format(level=level, points=2 * level))
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
        # The night keeps one key for how bad; the 0-10 scale of studies is in History's form.
        self.scale_note = self._label(CrampText.tr("Scale"), 0.6, object_name="Hint")
        self.scale_note.setText(CrampText.tr(
            "1 to 5 counts as 2 to 10 on the 0-10 scale. The 0-10 scales, sleep and notes "
            "about the day: History, Edit."))
        choices.addWidget(self.scale_note, 2, 1)
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

    def _shortcut(self, key: Qt.Key | str, owner: QWidget, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        # A non-Latin layout may match the same physical key twice (its own
        # letter and the Latin fallback): both mean the same here.
        shortcut.activatedAmbiguously.connect(slot)

    def _bind_keys(self) -> None:
        # Space and the arrows belong to the steps page only: on the diary page
        # they must press the focused button and move between choices.
        steps_page = self._page_widgets[PAGE_STEPS]
        for key, slot in ((Qt.Key.Key_Space, self._space), (Qt.Key.Key_Right, self._right),
                          (Qt.Key.Key_Left, self._left)):
            self._shortcut(key, steps_page, slot)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._shortcut(key, self._page_widgets[PAGE_DIARY], self.save_entry)
        for page in (PAGE_MORE, PAGE_QUESTION, PAGE_ADVICE, PAGE_STANDING):
            widget = self._page_widgets[page]
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._shortcut(key, widget, partial(self._enter_on, page))
            for arrow, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Up, -1),
                                (Qt.Key.Key_Right, 1), (Qt.Key.Key_Down, 1)):
                self._shortcut(arrow, widget, partial(self._move_focus, page, step))
        question = self._page_widgets[PAGE_QUESTION]
        # Y and N, and the same keys on a Russian layout (Н and Т sit on Y and N).
        for letter in ("Y", "Н"):
            self._shortcut(letter, question, self.answer_swollen_yes)
        for letter in ("N", "Т"):
            self._shortcut(letter, question, self.answer_swollen_no)
        bindings: list[tuple[Qt.Key | str, Callable[[], object]]] = [
            (Qt.Key.Key_Escape, self._escape),
            (Qt.Key.Key_M, self.toggle_more),
        ]
        # L, R, B also under a Russian layout (Д, К, И), and Л, П, О, the
        # initials of the Russian words, under either (coach.ui.widgets.layout_keys).
        for latin, initial, leg in (("L", "Л", "left"), ("R", "П", "right"), ("B", "О", "both")):
            bindings += [(key, lambda leg=leg: self._pick(self.leg_group, leg))
                         for key in letter_keys(latin, initial)]
        for key, slot in bindings:
            self._shortcut(key, self, slot)
        for level in range(1, 6):
            self._shortcut(str(level), self, partial(self._pick, self.severity_group, level))

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
        700 px of height the type starts tighter. At each size the key hint
        line is kept if it fits and dropped before the type shrinks further
        (the buttons name their keys anyway).
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
            tighten = FIT_STEPS[-1]
            for tighten in FIT_STEPS:
                self._apply_fonts(compact, tighten)
                self.hint.setVisible(True)
                self._settle_layout()
                if not self._cut_labels():
                    break
                self.hint.setVisible(False)
                self._settle_layout()
                if not self._cut_labels():
                    break
            # A long button label (Russian) shrinks the buttons, not every text.
            for button_tighten in (t for t in FIT_STEPS if t <= tighten):
                if not self._cut_buttons():
                    break
                self._apply_fonts(compact, tighten, button_tighten)
                self._settle_layout()
        finally:
            self._fitting = False

    def _settle_layout(self) -> None:
        """Lay the screen out now with the new fonts (Qt would do it a moment later).

        A font change asks every layout up the chain for a new layout through
        posted events; handing those over now, a few rounds deep, gives the
        sizes the next frame will have.
        """
        layout = self.layout()
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            if layout is not None:
                layout.activate()

    def cut_off_labels(self) -> list[QWidget]:
        """Labels and buttons on the current page (and the warnings) whose text does not fit."""
        return [*self._cut_labels(), *self._cut_buttons()]

    def _cut_labels(self) -> list[QWidget]:
        cut: list[QWidget] = []
        for label in self.findChildren(QLabel):
            if not label.isVisibleTo(self) or not label.text():
                continue
            if label.wordWrap():
                if label.heightForWidth(label.width()) > label.height() + 1:
                    cut.append(label)
            elif label.sizeHint().width() > label.width() + 1:
                cut.append(label)
        return cut

    def _cut_buttons(self) -> list[QWidget]:
        return [button for button in self.findChildren(FlatButton)
                if button.isVisibleTo(self) and button.sizeHint().width() > button.width() + 1]

    def _apply_fonts(self, compact: bool, tighten: float = 1.0,
                     button_tighten: float | None = None) -> None:
        self._compact = compact
        for widget, factor, bold in self._scaled:
            shrink = factor if factor >= 1.0 or not compact else factor * 0.85
            if compact and factor > 1.0:
                shrink = 1.0 + (factor - 1.0) / 2
            own = button_tighten if button_tighten is not None and isinstance(
                widget, FlatButton) else tighten
            widget.setFont(self._font(shrink * own, bold))

    # ----- public -------------------------------------------------------
    def set_emergency_number(self, number: str) -> None:
        """The number the emergency level says to call (settings or locale)."""
        self._number = number
        self.emergency_title.setText(level_title(EMERGENCY, number))
        for (title, _signs), level in zip(self.more_levels, (TODAY, SOON), strict=True):
            title.setText(level_title(level, number))
        self.advice_text.setText(swollen_advice_text(number))

    @property
    def step_count(self) -> int:
        """How many steps the current part shows (massage steps left out after "yes")."""
        return len(self._allowed(self._part))

    @property
    def index(self) -> int:
        """The current step's place among the shown steps of its part (0-based)."""
        allowed = self._allowed(self._part)
        return allowed.index(self._index) if self._index in allowed else self._index

    @property
    def part(self) -> str:
        """"default" (sitting and lying steps) or "standing" (after "I'm steady")."""
        return self._part

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    @property
    def on_diary(self) -> bool:
        return self.pages.currentIndex() == PAGE_DIARY

    @property
    def current_step(self) -> RoutineStep | None:
        steps = self._steps(self._part)
        return steps[self._index] if 0 <= self._index < len(steps) else None

    def open(self) -> None:
        """Start over at step one; the cramp's duration counts from now."""
        self._opened_mono = self._clock.monotonic()
        self._opened_wall = self._clock.now()
        self._reset_diary()
        self._swollen = None
        self._part = "default"
        self._standing_from = None
        allowed = self._allowed("default")
        self._go(allowed[0] if allowed else 0)
        if self.pages.currentIndex() == PAGE_STEPS:
            self.next_button.setFocus()

    def next_step(self) -> None:
        following = [i for i in self._allowed(self._part) if i > self._index]
        if following:
            self._go(following[0])
        elif self._part == "default" and self._swollen is not True and self._standing_steps():
            self.offer_standing()
        else:
            self.cramp_gone()

    def previous_step(self) -> None:
        before = [i for i in self._allowed(self._part) if i < self._index]
        if before:
            self._go(before[-1], forward=False)
        elif self._part == "standing":
            self._part = "default"
            allowed = self._allowed("default")
            self._go(allowed[-1] if allowed else 0, forward=False)
        else:
            self._go(self._index, forward=False)

    def cramp_gone(self) -> None:
        """Stop the timer, fix the duration, and offer the diary entry."""
        self._stop_timers()
        self._duration_s = max(0.0, self._clock.monotonic() - self._opened_mono)
        started = self._opened_wall
        self.diary_duration.setText(CrampText.tr(
            "It started at {time} and lasted about {duration}; both are noted for you.").format(
                time=f"{started:%H:%M}" if started is not None else "",
                duration=duration_words(self._duration_s)))
        self._entry_open = True
        self._show_page(PAGE_DIARY)
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

    # --- the other warning levels ---
    def toggle_more(self) -> None:
        """Show the "get checked today" and "see a doctor soon" levels, or go back."""
        if self.pages.currentIndex() == PAGE_MORE:
            self.close_more()
            return
        self._more_from = self.pages.currentIndex()
        self._show_page(PAGE_MORE)
        self.more_back.setFocus()

    def close_more(self) -> None:
        if self.pages.currentIndex() == PAGE_MORE:
            self._show_page(self._more_from)
            self._focus_page(self._more_from)

    # --- the swollen-calf question ---
    def answer_swollen_yes(self) -> None:
        """A possible clot: the "get checked today" advice, and no massage from now on."""
        if self.pages.currentIndex() != PAGE_QUESTION:
            return
        self._swollen = True
        self._show_page(PAGE_ADVICE)
        self.advice_continue.setFocus()

    def answer_swollen_no(self) -> None:
        if self.pages.currentIndex() != PAGE_QUESTION:
            return
        self._swollen = False
        self._go(self._pending)

    def continue_after_advice(self) -> None:
        """On with the steps that do not touch the calf, or the diary when none are left."""
        if self.pages.currentIndex() != PAGE_ADVICE:
            return
        following = [i for i in self._allowed(self._part) if i >= self._pending]
        if following:
            self._go(following[0])
        else:
            self.cramp_gone()

    # --- the optional standing steps ---
    def offer_standing(self) -> None:
        """Say the conditions for standing first; the steps start only on "I'm steady"."""
        if not self._standing_steps():
            return
        self._stop_timers()
        self._standing_from = (self._part, self._index)
        self._show_page(PAGE_STANDING)
        self.seated_button.setFocus()

    def start_standing(self) -> None:
        if self.pages.currentIndex() != PAGE_STANDING:
            return
        allowed = self._allowed("standing")
        if not allowed:
            self.stay_seated()
            return
        self._part = "standing"
        self._go(allowed[0])
        self.next_button.setFocus()

    def stay_seated(self) -> None:
        """Back to the step the offer came from (the cramp may not be over)."""
        part, index = self._standing_from or ("default", self._index)
        self._part = part
        self._go(index, forward=False)
        self.next_button.setFocus()

    # ----- steps --------------------------------------------------------
    def _steps(self, part: str) -> tuple[RoutineStep, ...]:
        routine = self._routine if part == "default" else self._standing
        return routine.steps if routine is not None else ()

    def _standing_steps(self) -> tuple[RoutineStep, ...]:
        return self._steps("standing")

    def _touches_calf(self, step: RoutineStep) -> bool:
        exercise = self._library.exercise(step.exercise)
        return bool(exercise is not None and exercise.touches_calf)

    def _allowed(self, part: str) -> list[int]:
        """Indexes of the steps to show: all, or none that touch the calf after "yes"."""
        steps = self._steps(part)
        return [i for i, step in enumerate(steps)
                if not (self._swollen is True and self._touches_calf(step))]

    def _go(self, index: int, forward: bool = True) -> None:
        """Show step ``index`` of the current part, asking the question first if it is due."""
        steps = self._steps(self._part)
        if (forward and 0 <= index < len(steps) and self._swollen is None
                and self._touches_calf(steps[index])):
            self._stop_timers()
            self._pending = index
            self._index = index
            self._show_page(PAGE_QUESTION)
            self._page_widgets[PAGE_QUESTION].setFocus()
            return
        if self._swollen is True and 0 <= index < len(steps) and \
                self._touches_calf(steps[index]):
            return  # never shown after "yes"
        self._show_page(PAGE_STEPS, fit=False)
        self._show_step(index)

    def _show_page(self, page: int, fit: bool = True) -> None:
        self.pages.setCurrentIndex(page)
        if fit:
            self._fit()

    def _focus_page(self, page: int) -> None:
        focus = {PAGE_STEPS: self.next_button, PAGE_DIARY: self.save_button,
                 PAGE_ADVICE: self.advice_continue, PAGE_STANDING: self.seated_button}
        widget = focus.get(page, self._page_widgets[page])
        widget.setFocus()

    # ----- keys ---------------------------------------------------------
    def _space(self) -> None:
        if self.pages.currentIndex() == PAGE_STEPS:
            self.next_step()

    def _right(self) -> None:
        if self.pages.currentIndex() == PAGE_STEPS:
            self.next_step()

    def _left(self) -> None:
        if self.pages.currentIndex() == PAGE_STEPS:
            self.previous_step()

    def _escape(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_DIARY:
            self.skip_entry()
        elif page == PAGE_MORE:
            self.close_more()
        else:
            self.cramp_gone()

    def _page_buttons(self, page: int) -> list[QAbstractButton]:
        widget = self._page_widgets[page]
        return [b for b in widget.findChildren(FlatButton) if b.isVisibleTo(widget)]

    def _enter_on(self, page: int) -> None:
        """Enter presses the focused answer; with none focused, the page's safe default."""
        if self.pages.currentIndex() != page:
            return
        focused = self.focusWidget()
        if isinstance(focused, QAbstractButton) and focused in self._page_buttons(page):
            focused.click()
            return
        default = {PAGE_MORE: self.more_back, PAGE_ADVICE: self.advice_continue,
                   PAGE_STANDING: self.seated_button}.get(page)
        if default is not None:  # the question has none: it needs a real answer
            default.click()

    def _move_focus(self, page: int, step: int) -> None:
        buttons = sorted(self._page_buttons(page), key=lambda b: b.mapTo(self, b.pos()).x())
        if not buttons:
            return
        focused = self.focusWidget()
        if focused in buttons:
            index = min(len(buttons) - 1, max(0, buttons.index(focused) + step))
        else:
            index = 0 if step < 0 else len(buttons) - 1
        buttons[index].setFocus(Qt.FocusReason.TabFocusReason)

    def _pick(self, group: QButtonGroup, value: object) -> None:
        if not self.on_diary or self.note.hasFocus():
            return
        for button in group.buttons():
            if button.property("value") == value:
                button.setChecked(True)

    # ----- painting -----------------------------------------------------
    def _show_step(self, index: int) -> None:
        steps = self._steps(self._part)
        if not steps:
            self.heading.setText(CrampText.tr("Relief steps are missing"))
            self.lines.setText(
                CrampText.tr("Stretch the calf gently: pull your toes toward your knee."))
            self.caution.hide()
            return
        index = min(max(0, index), len(steps) - 1)
        self._index = index
        step = steps[index]
        exercise = self._library.exercise(step.exercise)
        note = step.note.get(self._language) if step.note else ""
        if exercise is not None:
            self.heading.setText(exercise.name.get(self._language))
            self.lines.setText(step_lines(exercise, self._language))
            caution = caution_line(exercise, self._language)
            self.caution.setText(caution)
            self.caution.setVisible(bool(caution))
            self.illustration.set_frames(exercise.illustrations)
        self.step_note.setText(note)
        self.step_note.setVisible(bool(note))
        allowed = self._allowed(self._part)
        place = allowed.index(index) + 1 if index in allowed else index + 1
        template = (CrampText.tr("Standing step {step} of {steps}") if self._part == "standing"
                    else CrampText.tr("Step {step} of {steps}"))
        self.position.setText(template.format(step=place, steps=len(allowed)))
        self.back_button.setEnabled(place > 1 or self._part == "standing")
        last = place >= len(allowed)
        offer_next = (last and self._part == "default" and self._swollen is not True
                      and bool(self._standing_steps()))
        self.next_button.setText(CrampText.tr("Finish  (Space)") if last and not offer_next
                                 else CrampText.tr("Next step  (Space)"))
        self.standing_button.setVisible(self._part == "default" and bool(self._standing_steps()))
        until_release = step.until_release
        self.ring.set_counting_up(until_release)
        if until_release:
            self.hint.setText(CrampText.tr(
                "Hold until the cramp lets go; the clock counts up.  Space or → when it has,"
                "  ← back,  Esc when it's gone."))
            self.timer.start_count_up(RELEASE_CUE_EVERY_S)
        else:
            self.hint.setText(CrampText.tr("Hold while the timer runs.  Space or → next step,"
                                           "  ← back,  Esc when it's gone."))
            self.timer.start(step.hold_s)
        self._fit()  # this step's words may need a smaller size than the last one's
        self._refresh.start()
        self.cue.emit("relief_step", exercise)

    def _show_second(self, seconds: int) -> None:
        self.ring.set_state(seconds, self._ring_fraction())
        self._repaint_progress()

    def _ring_fraction(self) -> float:
        if self.timer.counting_up:  # fills up to each 30 s cue, then starts again
            held = self.timer.elapsed()
            return (held % RELEASE_CUE_EVERY_S) / RELEASE_CUE_EVERY_S
        return self.timer.fraction_left()

    def _repaint_progress(self) -> None:
        self.ring.set_state(self.ring.seconds, self._ring_fraction())
        held = self.timer.elapsed() if self.timer.counting_up else \
            self.timer.duration_s - self.timer.remaining()
        self.illustration.set_elapsed(held)

    def _release_cue(self, _seconds: int) -> None:
        """A soft cue every 30 s of a hold until release (silent unless cramp sound is on)."""
        self.cue.emit("relief_release_check", None)

    def _hold_done(self) -> None:
        self._refresh.stop()
        self.ring.set_state(0, 0.0)
        allowed = self._allowed(self._part)
        last = bool(allowed) and self._index == allowed[-1]
        self.hint.setText(
            CrampText.tr("Done. Press Esc if the cramp is gone.") if last else
            CrampText.tr("Done. Press Space for the next step, or keep holding."))
        self.cue.emit("relief_hold_done", None)

    def _stop_timers(self) -> None:
        self.timer.stop()
        self._refresh.stop()

    def _reset_diary(self) -> None:
        for group in (self.leg_group, self.severity_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.note.clear()
        self._duration_s = 0.0

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

This module walks the pages; each page is a module of ``coach.ui.cramp``,
which step comes next is ``cramp.steps.ReliefSteps`` and the keys are
``cramp.keys.CrampKeys``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from coach.content.model import Exercise, Library, RoutineStep
from coach.content.safety import disclaimer_text, emergency_number
from coach.engine.clock import Clock
from coach.ui.cramp.diary_form import DiaryForm
from coach.ui.cramp.entry import CrampEntry
from coach.ui.cramp.fit_memory import FitMemory
from coach.ui.cramp.hold_panel import HoldPanel
from coach.ui.cramp.keys import CrampKeys
from coach.ui.cramp.night_look import colour_labels, night_palette
from coach.ui.cramp.night_type import NightType
from coach.ui.cramp.pages import (
    PAGE_ADVICE,
    PAGE_DIARY,
    PAGE_MORE,
    PAGE_QUESTION,
    PAGE_STANDING,
    PAGE_STEPS,
)
from coach.ui.cramp.prompts import AdvicePage, QuestionPage, StandingPage
from coach.ui.cramp.step_view import StepView
from coach.ui.cramp.steps import DEFAULT, STANDING, Part, ReliefSteps
from coach.ui.cramp.texts import CrampText, duration_sentence, hold_done_hint, hold_hint
from coach.ui.cramp.texts import position_text as step_position_text
from coach.ui.cramp.warnings import EmergencyBox, MorePage
from coach.ui.routine_ids import RELIEF_ROUTINE_ID, STANDING_RELIEF_ROUTINE_ID
from coach.ui.theme import OWN_FOCUS_PROPERTY, OWN_TEXT_SCALE_PROPERTY
from coach.ui.widgets.labels import plain_label


class CrampScreen(QWidget):
    """Relief steps, then the diary offer. Emits ``entrySaved`` or ``closed``."""

    closed = Signal()  # no payload: back to where the user came from
    entrySaved = Signal(CrampEntry)  # the diary entry the user saved
    # (cue kind, its payload): "relief_step" with the step's Exercise, or
    # "relief_release_check" / "relief_hold_done" with None.
    cue = Signal(str, object)

    def __init__(self, library: Library, clock: Clock, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrampScreen")
        self._library = library
        self._clock = clock
        self._language = language
        self._steps = ReliefSteps(library, library.routine(RELIEF_ROUTINE_ID),
                                  library.routine(STANDING_RELIEF_ROUTINE_ID))
        self._number = emergency_number("")
        self._pending = 0  # the step the question or the advice stands before
        self._standing_from: tuple[Part, int] | None = None  # where "Stay seated" returns
        self._more_from = PAGE_STEPS
        self._opened_mono = 0.0
        self._opened_wall: datetime | None = None
        self._duration_s = 0.0
        self.setPalette(night_palette())
        self.setAutoFillBackground(True)
        self._night = NightType(self, FitMemory.in_cache())
        # The app's text-size pass leaves this screen alone: it keeps a 20 pt
        # floor and rescales itself (apply_text_scale).
        self.setProperty(OWN_TEXT_SCALE_PROPERTY, True)
        # The night buttons draw their own yellow focus ring (no second ring).
        self.setProperty(OWN_FOCUS_PROPERTY, True)
        self._entry_open = False  # one entry per cramp, however many keys are pressed
        self._fit_pending = False
        self._build()
        self.hold = HoldPanel(clock, self.ring, self.illustration, self)
        self.timer = self.hold.timer
        self.hold.holdDone.connect(self._hold_done)
        self.hold.releaseCheck.connect(self._release_cue)
        self._keys = CrampKeys(self)

    # ----- construction -------------------------------------------------
    def _build(self) -> None:
        night = self._night
        # The pages, and under them their widgets that the keys, the window
        # and the tests reach by name.
        view = self.step_view = StepView(night, self.previous_step, self.next_step,
                                         self.cramp_gone, self.offer_standing)
        self.heading, self.position, self.lines = view.heading, view.position, view.lines
        self.caution, self.illustration, self.ring = view.caution, view.illustration, view.ring
        self.hint, self.back_button, self.next_button = view.hint, view.back_button, \
            view.next_button
        self.gone_button, self.standing_button = view.gone_button, view.standing_button
        diary = self.diary = DiaryForm(night, self.save_entry, self.skip_entry)
        self.diary_title, self.diary_duration = diary.diary_title, diary.diary_duration
        self.leg_group, self.severity_group = diary.leg_group, diary.severity_group
        self.note, self.scale_note, self.save_button = diary.note, diary.scale_note, \
            diary.save_button
        more = self.more_page = MorePage(night, self.close_more)
        question = QuestionPage(night, self.answer_swollen_yes, self.answer_swollen_no)
        self.question_title, self.yes_button = question.question_title, question.yes_button
        advice = self.advice_page = AdvicePage(night, self.continue_after_advice,
                                               self.cramp_gone)
        self.advice_title, self.advice_text = advice.advice_title, advice.advice_text
        standing = StandingPage(night, self.start_standing, self.stay_seated)
        self.standing_text, self.steady_button = standing.standing_text, standing.steady_button
        self.seated_button = standing.seated_button

        self.pages = QStackedWidget()
        self._page_widgets: list[QWidget] = [view, diary, more, question, advice, standing]
        for widget in self._page_widgets:  # in the order of PAGE_STEPS...PAGE_STANDING
            self.pages.addWidget(widget)

        # The emergency level, always in view whatever the page: the most
        # urgent thing this screen can say.
        box = self.help_box = EmergencyBox(night, self.toggle_more)
        self.emergency_title, self.emergency_signs = box.emergency_title, box.emergency_signs
        self.more_button = box.more_button
        self.disclaimer = plain_label(disclaimer_text(), name=CrampText.tr("Disclaimer"),
                                      object_name="Disclaimer")
        night.track(self.disclaimer, 0.5)  # about the desktop's size; it fits with the rest
        self.set_emergency_number(self._number)

        root = QVBoxLayout(self)
        root.setContentsMargins(18, 12, 18, 10)
        root.addWidget(self.pages, 1)
        root.addWidget(self.help_box)
        root.addWidget(self.disclaimer)
        colour_labels(self)

    def page_widget(self, page: int) -> QWidget:
        """The widget of ``page`` (PAGE_STEPS...PAGE_STANDING), for its keys."""
        return self._page_widgets[page]

    def more_text(self) -> str:
        """What the "More" page says, top to bottom."""
        return self.more_page.text()

    # ----- type that fits -------------------------------------------------
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
        """The largest type at which no text is cut off (``NightType.fit``)."""
        self._fit_pending = False
        self._night.fit(self.hint)

    def cut_off_labels(self) -> list[QWidget]:
        """Labels and buttons on the current page (and the warnings) whose text does not fit."""
        return [*self._night.cut_labels(), *self._night.cut_buttons()]

    # ----- public -------------------------------------------------------
    def set_emergency_number(self, number: str) -> None:
        """The number the emergency level says to call (settings or locale)."""
        self._number = number
        self.help_box.set_number(number)
        self.more_page.set_number(number)
        self.advice_page.set_number(number)

    @property
    def step_count(self) -> int:
        """How many steps the current part shows (massage steps left out after "yes")."""
        return self._steps.count

    @property
    def index(self) -> int:
        """The current step's place among the shown steps of its part (0-based)."""
        return self._steps.place(self._steps.index) - 1

    @property
    def part(self) -> Part:
        """"default" (sitting and lying steps) or "standing" (after "I'm steady")."""
        return self._steps.part

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    @property
    def on_diary(self) -> bool:
        return self.pages.currentIndex() == PAGE_DIARY

    @property
    def current_step(self) -> RoutineStep | None:
        return self._steps.current

    def open(self) -> None:
        """Start over at step one; the cramp's duration counts from now."""
        self._opened_mono = self._clock.monotonic()
        self._opened_wall = self._clock.now()
        self.diary.reset()
        self._duration_s = 0.0
        self._steps.restart()
        self._standing_from = None
        self._go(self._steps.first(DEFAULT))
        if self.pages.currentIndex() == PAGE_STEPS:
            self.next_button.setFocus()

    def next_step(self) -> None:
        following = self._steps.after(self._steps.index)
        if following is not None:
            self._go(following)
        elif self._steps.offers_standing():
            self.offer_standing()
        else:
            self.cramp_gone()

    def previous_step(self) -> None:
        steps = self._steps
        before = steps.before(steps.index)
        if before is not None:
            self._go(before, forward=False)
        elif steps.part == STANDING:
            steps.part = DEFAULT
            self._go(steps.last(DEFAULT), forward=False)
        else:
            self._go(steps.index, forward=False)

    def cramp_gone(self) -> None:
        """Stop the timer, fix the duration, and offer the diary entry."""
        self.hold.stop()
        self._duration_s = max(0.0, self._clock.monotonic() - self._opened_mono)
        self.diary_duration.setText(duration_sentence(self._opened_wall, self._duration_s))
        self._entry_open = True
        self._show_page(PAGE_DIARY)
        self.save_button.setFocus()

    def save_entry(self) -> None:
        if not self.on_diary or not self._entry_open or self._opened_wall is None:
            return
        self._entry_open = False
        self.entrySaved.emit(self.diary.entry(self._opened_wall, self._duration_s))
        self.closed.emit()

    def skip_entry(self) -> None:
        self._entry_open = False
        self.hold.stop()
        self.closed.emit()

    def leave(self) -> None:
        self.hold.stop()

    # --- the other warning levels ---
    def toggle_more(self) -> None:
        """Show the "get checked today" and "see a doctor soon" levels, or go back."""
        if self.pages.currentIndex() == PAGE_MORE:
            self.close_more()
            return
        self._more_from = self.pages.currentIndex()
        self._show_page(PAGE_MORE)
        self.more_page.more_back.setFocus()

    def close_more(self) -> None:
        if self.pages.currentIndex() == PAGE_MORE:
            self._show_page(self._more_from)
            self._focus_page(self._more_from)

    # --- the swollen-calf question ---
    def answer_swollen_yes(self) -> None:
        """A possible clot: the "get checked today" advice, and no massage from now on."""
        if self.pages.currentIndex() != PAGE_QUESTION:
            return
        self._steps.swollen = True
        self._show_page(PAGE_ADVICE)
        self.advice_page.advice_continue.setFocus()

    def answer_swollen_no(self) -> None:
        if self.pages.currentIndex() != PAGE_QUESTION:
            return
        self._steps.swollen = False
        self._go(self._pending)

    def continue_after_advice(self) -> None:
        """On with the steps that do not touch the calf, or the diary when none are left."""
        if self.pages.currentIndex() != PAGE_ADVICE:
            return
        following = self._steps.at_or_after(self._pending)
        if following is not None:
            self._go(following)
        else:
            self.cramp_gone()

    # --- the optional standing steps ---
    def offer_standing(self) -> None:
        """Say the conditions for standing first; the steps start only on "I'm steady"."""
        if not self._steps.standing_steps():
            return
        self.hold.stop()
        self._standing_from = (self._steps.part, self._steps.index)
        self._show_page(PAGE_STANDING)
        self.seated_button.setFocus()

    def start_standing(self) -> None:
        if self.pages.currentIndex() != PAGE_STANDING:
            return
        if not self._steps.allowed(STANDING):
            self.stay_seated()
            return
        self._steps.part = STANDING
        self._go(self._steps.first(STANDING))
        self.next_button.setFocus()

    def stay_seated(self) -> None:
        """Back to the step the offer came from (the cramp may not be over)."""
        part, index = self._standing_from or (DEFAULT, self._steps.index)
        self._steps.part = part
        self._go(index, forward=False)
        self.next_button.setFocus()

    # ----- steps --------------------------------------------------------
    def _go(self, index: int, forward: bool = True) -> None:
        """Show step ``index`` of the current part, asking the question first if it is due."""
        if forward and self._steps.asks_first(index):
            self.hold.stop()
            self._pending = index
            self._steps.index = index
            self._show_page(PAGE_QUESTION)
            self._page_widgets[PAGE_QUESTION].setFocus()
            return
        if self._steps.never_shown(index):
            return  # never shown after "yes"
        self._show_page(PAGE_STEPS, fit=False)
        self._show_step(index)

    def _show_page(self, page: int, fit: bool = True) -> None:
        self.pages.setCurrentIndex(page)
        if fit:
            self._fit()

    def _focus_page(self, page: int) -> None:
        focus = {PAGE_STEPS: self.next_button, PAGE_DIARY: self.save_button,
                 PAGE_ADVICE: self.advice_page.advice_continue, PAGE_STANDING: self.seated_button}
        widget = focus.get(page, self._page_widgets[page])
        widget.setFocus()

    def _show_step(self, index: int) -> None:
        plan = self._steps
        steps = plan.steps(plan.part)
        if not steps:
            self.step_view.show_missing()
            return
        index = min(max(0, index), len(steps) - 1)
        plan.index = index
        step = steps[index]
        exercise: Exercise | None = self._library.exercise(step.exercise)
        note = step.note.get(self._language) if step.note else ""
        self.step_view.show_exercise(exercise, note, self._language)
        standing = plan.part == STANDING
        place, count = plan.place(index), plan.count
        last = place >= count
        offer_next = last and plan.offers_standing()
        self.step_view.show_place(
            step_position_text(place, count, standing), can_go_back=place > 1 or standing,
            finish=last and not offer_next,
            standing_offered=plan.offers_standing())  # never after "yes, swollen"
        self.hint.setText(hold_hint(step.until_release))
        self.hold.start(step)
        self._fit()  # this step's words may need a smaller size than the last one's
        self.hold.start_refresh()
        self.cue.emit("relief_step", exercise)

    def _release_cue(self) -> None:
        """A soft cue every 30 s of a hold until release (silent unless cramp sound is on)."""
        self.cue.emit("relief_release_check", None)

    def _hold_done(self) -> None:
        allowed = self._steps.allowed(self._steps.part)
        last = bool(allowed) and self._steps.index == allowed[-1]
        self.hint.setText(hold_done_hint(last))
        self.cue.emit("relief_hold_done", None)

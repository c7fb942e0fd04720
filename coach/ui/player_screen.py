"""The player: one exercise at a time, large, readable from across the room.

Everything time-related comes from the ``RoutinePlayer``; this screen only
reads its state a few times a second and paints it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.content.model import Exercise, Library, Routine
from coach.content.safety import needs_warnings
from coach.engine.player import PlayerState, RoutinePlayer, SessionResult
from coach.engine.timeline import Segment, Timeline
from coach.i18n import Tr
from coach.ui.help_dialog import SafetyPanel
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.countdown import CountdownRing
from coach.ui.widgets.illustration import IllustrationView, Motion
from coach.ui.widgets.labels import ElidedLabel, plain_label
from coach.words.durations import clock_text, duration_words

REFRESH_MS = 100  # ring and cross-fade refresh; the number itself flips on the player's signal
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


class PlayerText(Tr):
    """Translation context for the player screen."""


def side_words(side: str | None) -> str:
    """"left" -> "Left leg"; no side -> ""."""
    return {"left": PlayerText.tr("Left leg"), "right": PlayerText.tr("Right leg")}.get(
        side or "", "")


def segment_heading(segment: Segment, language: str) -> str:
    if segment.kind == "prepare":
        return PlayerText.tr("Get ready")
    if segment.kind == "rest":
        return PlayerText.tr("Rest")
    assert segment.exercise is not None
    return segment.exercise.name.get(language)


def instructions_text(exercise: Exercise | None, language: str) -> str:
    if exercise is None:
        return ""
    return "\n".join(f"• {step.get(language)}" for step in exercise.steps)


def why_text(routine: Routine, language: str) -> str:
    """ "Why this routine: <study or article section>"; empty for a routine without a source."""
    if routine.source is None:
        return ""
    return PlayerText.tr("Why this routine: {source}").format(
        source=routine.source.get(language))


def repeat_words(timeline: Timeline, segment: Segment) -> str:
    """"2 of 3" for a step played more than once; "" otherwise."""
    steps = timeline.routine.steps
    repeats = steps[segment.step_index].repeat if segment.step_index < len(steps) else 1
    if segment.kind != "exercise" or repeats <= 1:
        return ""
    return PlayerText.tr("{repeat} of {repeats}").format(repeat=segment.repeat_index + 1,
                                                         repeats=repeats)


def exercise_words(timeline: Timeline, segment: Segment | None, language: str) -> str:
    """"Wall calf stretch, left leg", "Wall lean, 2 of 3"; "" when there is no exercise.

    The side and the repeat are named so that two lines about different
    segments of one exercise never read the same.
    """
    if segment is None or segment.exercise is None:
        return ""
    # The side, or for a one-sided step the repeat, tells two segments apart.
    detail = (side_words(segment.side).lower() if segment.side
              else repeat_words(timeline, segment))
    name = segment.exercise.name.get(language)
    return f"{name}, {detail}" if detail else name


def coming_up_text(timeline: Timeline, index: int, language: str) -> str:
    """Get ready / rest: the exercise that comes next, with its side."""
    segment = timeline.segments[index]
    if segment.kind == "exercise":
        return ""
    upcoming = exercise_words(timeline, timeline.next_exercise_segment(index), language)
    return PlayerText.tr("Coming up: {exercise}").format(exercise=upcoming) if upcoming else ""


def next_text(timeline: Timeline, index: int, language: str) -> str:
    """The line under the ring, never a repeat of the "Coming up" line above it.

    During an exercise: the next exercise ("Next: ..."). During get ready or a
    rest the "Coming up" line already names the next exercise, so this line
    names the one after it ("After that: ...").
    """
    segment = timeline.segments[index]
    nxt = timeline.next_exercise_segment(index)
    if segment.kind != "exercise" and nxt is not None:
        after = timeline.next_exercise_segment(timeline.segments.index(nxt, index + 1))
        if after is None:
            return PlayerText.tr("After that: finish")
        return PlayerText.tr("After that: {exercise}").format(
            exercise=exercise_words(timeline, after, language))
    if nxt is None:
        return PlayerText.tr("Next: finish")
    return PlayerText.tr("Next: {exercise}").format(
        exercise=exercise_words(timeline, nxt, language))


def exercise_number(timeline: Timeline, index: int) -> int:
    """Which exercise the header counts at segment ``index`` (1-based).

    During an exercise its own number; during get ready or a rest the number
    of the exercise coming up (the last one's once none follows). The header
    and the end screen both count exercises, so their numbers agree.
    """
    segments = timeline.segments
    before = sum(1 for s in segments[:index] if s.kind == "exercise")
    if segments[index].kind == "exercise":
        return before + 1
    return min(before + 1, max(1, timeline.exercise_count))


class PlayerScreen(QWidget):
    """Plays one routine; emits ``closed`` when the user leaves it."""

    closed = Signal()
    sessionFinished = Signal(object)  # SessionResult
    soundToggled = Signal(bool)
    voiceToggled = Signal(bool)
    helpRequested = Signal()  # the warnings panel's "More"

    def __init__(self, library: Library, make_player: Callable[[Timeline], RoutinePlayer],
                 language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlayerScreen")
        self._library = library
        self._make_player = make_player
        self._language = language
        self._player: RoutinePlayer | None = None
        self._timeline: Timeline | None = None
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._repaint_progress)
        self._asking = False
        self._samples: list[tuple[str, ...]] = []  # texts of the segments, for _fit_layout
        self._resume_after_question = False
        self.ring_under_picture = False
        self.next_beside_buttons = False  # the tightest compact look, see _fit_layout
        self._steps_scale = STEPS_SCALE  # the steps' font now, see _fit_layout
        self._build()
        self._bind_keys()

    # ----- construction -------------------------------------------------
    def _build(self) -> None:
        # Elided, not overlapping, when large text leaves the top row too narrow.
        self.title = ElidedLabel(name=PlayerText.tr("Routine title"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.position = plain_label(wrap=False, name=PlayerText.tr("Position in routine"))
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # These are the same switches as in Settings, saved at once: someone
        # who silences the voice at night wants it silent next night too.
        self.sound_button = self._toggle(
            PlayerText.tr("Sound on"), PlayerText.tr("Sound off"),
            PlayerText.tr("Sound cues on or off (a setting: kept for next time)"))
        self.voice_button = self._toggle(
            PlayerText.tr("Voice on"), PlayerText.tr("Voice off"),
            PlayerText.tr("Spoken instructions on or off (a setting: kept for next time)"))
        self.sound_button.toggled.connect(self.soundToggled)
        self.voice_button.toggled.connect(self.voiceToggled)
        for button in (self.sound_button, self.voice_button):
            # "Sound on" / "Sound off": a pressed-in look alone is easy to misread.
            button.toggled.connect(lambda on, b=button: self._show_toggle(b, on))
            self._show_toggle(button, button.isChecked())
        top = self.top_row = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.title, 1)
        top.addWidget(self.position)
        top.addWidget(self.sound_button)
        top.addWidget(self.voice_button)

        # Under the top row, only when sound or voice cannot play (see set_cue_problems).
        self.cue_notice = plain_label(point_scale=0.9, name=PlayerText.tr("Sound and voice notice"))
        self.cue_notice.hide()

        self.progress = QProgressBar()
        self.progress.setAccessibleName(PlayerText.tr("Progress through the routine"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)

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

        self.back_button = self._button(PlayerText.tr("Back"),
                                        PlayerText.tr("Back (Left arrow)"), self._back)
        self.play_button = self._button(PlayerText.tr("Start"),
                                        PlayerText.tr("Start, pause or resume (Space)"),
                                        self._toggle_play)
        self.play_button.setDefault(True)
        self.skip_button = self._button(PlayerText.tr("Skip"),
                                        PlayerText.tr("Skip (Right arrow)"), self._skip)
        self.stop_button = self._button(PlayerText.tr("Stop"), PlayerText.tr("Stop (Escape)"),
                                        self._ask_or_close)
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

        playing = self.playing_page = QWidget()
        play_layout = self.play_layout = QVBoxLayout(playing)
        play_layout.setContentsMargins(0, 0, 0, 0)
        play_layout.setSpacing(4)  # every line of height counts at 200 % text
        play_layout.addLayout(middle, 1)
        play_layout.addLayout(self.bottom_row)

        self.done_title = plain_label(point_scale=2.4, bold=True, name=PlayerText.tr("Finished"))
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_detail = plain_label(point_scale=1.2, name=PlayerText.tr("Summary"))
        self.done_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.home_button = self._button(PlayerText.tr("Back to routines"),
                                        PlayerText.tr("Back to the routine list"),
                                        self.closed.emit)
        self.again_button = self._button(PlayerText.tr("Play again"),
                                         PlayerText.tr("Play this routine again"),
                                         self._play_again)
        done = QWidget()
        done_layout = QVBoxLayout(done)
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

        self.pages = QStackedWidget()
        self.pages.installEventFilter(self)
        playing.installEventFilter(self)
        self.pages.addWidget(playing)
        self.pages.addWidget(done)
        self.stop_question = self._build_stop_question()
        self.pages.addWidget(self.stop_question)

        # The emergency level stays in view for relief and after-cramp routines
        # (safety.needs_warnings); "More" opens all three levels.
        self.safety = SafetyPanel()
        self.safety.moreRequested.connect(self.helpRequested)
        self.safety.hide()

        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)  # every line of height counts at 200 % text
        root.setSpacing(3)
        root.addLayout(top)
        root.addWidget(self.cue_notice)
        root.addWidget(self.progress)
        root.addWidget(self.pages, 1)
        root.addWidget(self.safety)

    def _build_stop_question(self) -> QWidget:
        """"Stop this routine?" as a page of its own, large, the routine paused meanwhile.

        Why ask rather than stop with an undo: a half-asleep user who hits
        Escape by accident should lose nothing and need no quick reaction
        (an undo message can be missed or time out); one who meant it presses
        Escape again, which the question says. A page rather than a bar: the
        question is the one thing to read, and with large text a bar would
        take the steps' room.
        """
        page = QWidget()
        page.setObjectName("StopQuestion")
        self.confirm_text = plain_label(PlayerText.tr("Stop this routine?"), point_scale=2.0,
                                        bold=True, name=PlayerText.tr("Stop question"))
        self.confirm_detail = plain_label(
            PlayerText.tr("It is paused. Press Escape again to stop, "
                          "or Space to keep going."),
            point_scale=1.2, name=PlayerText.tr("Stop question detail"))
        for label in (self.confirm_text, self.confirm_detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_button = self._button(PlayerText.tr("Keep going"),
                                        PlayerText.tr("Keep going with the routine (Space)"),
                                        self._keep_going)
        self.confirm_stop_button = self._button(PlayerText.tr("Stop routine"),
                                                PlayerText.tr("Stop the routine (Escape)"),
                                                self._confirm_stop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.confirm_stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.confirm_text)
        layout.addWidget(self.confirm_detail)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        return action_button(text, accessible, slot, min_height=44)

    def _toggle(self, on_text: str, off_text: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setProperty("onText", on_text)
        button.setProperty("offText", off_text)
        button.setProperty("tip", accessible)
        button.setText(off_text)
        button.setCheckable(True)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setMinimumHeight(32)
        return button

    @staticmethod
    def _show_toggle(button: QToolButton, on: bool) -> None:
        # Whole words per state: "Sound on" is not "Sound" + "on" in every language.
        # A switch for something that cannot play says why instead of "on".
        problem = button.property("problem")
        if problem:
            button.setText(str(problem))
            button.setToolTip(str(problem))
            button.setAccessibleDescription(str(problem))
            return
        button.setText(str(button.property("onText" if on else "offText")))
        button.setToolTip(str(button.property("tip")))
        button.setAccessibleDescription("")

    def _bind_keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in ((Qt.Key.Key_Space, self._toggle_play),
                          (Qt.Key.Key_Left, self._back),
                          (Qt.Key.Key_Right, self._skip),
                          (Qt.Key.Key_Escape, self._escape)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # ----- public -------------------------------------------------------
    @property
    def player(self) -> RoutinePlayer | None:
        return self._player

    def set_cue_problems(self, sound: str | None, voice: str | None) -> None:
        """What keeps sound or voice from playing (cues reasons), None if nothing.

        A switch whose cues cannot play is not shown as "on": it gives way to
        a line under the top row that says why ("No sound device · No voice
        installed: install speech-dispatcher"). The line, not two long
        greyed-out buttons, because with large text the top row has no room.
        """
        problems = []
        for button, text in ((self.sound_button, sound_problem_text(sound)),
                             (self.voice_button, voice_problem_text(voice))):
            button.setProperty("problem", text)
            button.setEnabled(not text)
            button.setVisible(not text)
            self._show_toggle(button, button.isChecked())
            if text:
                problems.append(text)
        self.cue_notice.setText("  ·  ".join(problems))
        self.cue_notice.setVisible(bool(problems))

    def set_cue_switches(self, sound: bool, voice: bool) -> None:
        for button, value in ((self.sound_button, sound), (self.voice_button, voice)):
            button.blockSignals(True)
            button.setChecked(value)
            button.blockSignals(False)
            self._show_toggle(button, value)

    def set_emergency_number(self, number: str) -> None:
        """The number the warnings panel says to call (from the settings or the locale)."""
        self.safety.set_number(number)

    def load(self, timeline: Timeline) -> None:
        """Show ``timeline`` ready to start (the user presses Start or Space)."""
        self._discard_player()
        if self._asking:
            self._end_question()
        self._timeline = timeline
        self._samples = []
        self.safety.setVisible(needs_warnings(timeline.routine))
        player = self._make_player(timeline)
        player.setParent(self)
        player.segmentChanged.connect(self._show_segment)
        player.secondChanged.connect(self._show_second)
        player.stateChanged.connect(self._show_state)
        player.finished.connect(self._on_finished)
        self._player = player
        self.title.setText(timeline.routine.title.get(self._language))
        self.progress.setRange(0, max(1, timeline.total_s))
        self.pages.setCurrentIndex(0)
        self._show_segment(player.index)
        self._show_state(player.state)
        self._fit_layout()
        self.play_button.setFocus()

    def start(self) -> None:
        if self._player is not None and self._player.state == PlayerState.READY:
            self._player.start()

    # ----- slots --------------------------------------------------------
    def _toggle_play(self) -> None:
        player = self._player
        if player is None:
            return
        if self._asking:
            self._keep_going()
            return
        if player.state == PlayerState.READY:
            player.start()
        elif player.state.running:
            player.toggle_pause()
        elif player.state.over:
            self.closed.emit()

    def _back(self) -> None:
        if self._asking:
            return
        if self._player is not None and self._player.state.running:
            self._player.back()

    def _skip(self) -> None:
        if self._asking:
            return
        if self._player is not None and self._player.state.running:
            self._player.skip()

    @property
    def asking_to_stop(self) -> bool:
        """True while "Stop this routine?" is shown."""
        return self._asking

    def _escape(self) -> None:
        """Escape asks first; Escape again (or Stop routine) stops."""
        if self._asking:
            self._confirm_stop()
        else:
            self._ask_or_close()

    def _ask_or_close(self) -> None:
        player = self._player
        if player is None or not player.state.running:
            self.closed.emit()
            return
        if self._asking:
            return
        self._asking = True
        self._resume_after_question = player.state == PlayerState.PLAYING
        player.pause()
        self.pages.setCurrentWidget(self.stop_question)
        self.keep_button.setFocus()

    def _end_question(self) -> None:
        self._asking = False
        if self.pages.currentWidget() is self.stop_question:
            self.pages.setCurrentIndex(0)
        self.play_button.setFocus()

    def _keep_going(self) -> None:
        resume = self._resume_after_question
        self._end_question()
        if resume and self._player is not None and self._player.state == PlayerState.PAUSED:
            self._player.resume()

    def _confirm_stop(self) -> None:
        self._end_question()
        if self._player is not None and self._player.state.running:
            self._player.stop()

    def _play_again(self) -> None:
        if self._timeline is not None:
            self.load(self._timeline)

    def _segment_texts(self, index: int) -> tuple[str, str, str, str, str]:
        """Heading, side, steps, caution and next line for segment ``index``."""
        assert self._timeline is not None
        timeline = self._timeline
        segment = timeline.segments[index]
        exercise = segment.exercise
        if segment.kind == "exercise":
            steps = instructions_text(exercise, self._language)
            caution = exercise.caution.get(self._language) if exercise and exercise.caution else ""
            note = segment.note.get(self._language) if segment.note else ""
            caution = "\n".join(t for t in (note, caution) if t)
        else:
            steps, caution = coming_up_text(timeline, index, self._language), ""
        return (segment_heading(segment, self._language),
                side_words(segment.side) if segment.kind == "exercise" else "",
                steps, caution, next_text(timeline, index, self._language))

    def _text_labels(self) -> tuple[QLabel, ...]:
        return (self.heading, self.side, self.instructions, self.caution, self.next_label)

    def _show_segment(self, index: int) -> None:
        if self._player is None or self._timeline is None:
            return
        segment = self._player.segment
        for label, text in zip(self._text_labels(), self._segment_texts(self._player.index),
                               strict=True):
            label.setText(text)
        exercise = segment.exercise
        if exercise is not None:
            # Held poses move in once and stay; only walking/kneading/massage loop.
            motion: Motion = ("still" if segment.kind != "exercise"
                              else "loop" if exercise.action == "move" else "hold")
            self.illustration.set_frames(exercise.illustrations,
                                         mirrored=segment.side == "right", motion=motion)
        self._show_why()
        self.ring.set_colour("#F26B3A" if segment.kind == "exercise" else "#5B9BE0")
        self._show_second(self._player.displayed_seconds())
        self._repaint_progress()
        self._fit_steps()

    def _show_second(self, seconds: int) -> None:
        player = self._player
        if player is None:
            return
        self.ring.set_state(seconds, self._fraction_left())
        self.position.setText(self.position_text())

    def position_text(self) -> str:
        """"Exercise 3 of 8  ·  4:10 left": counted in exercises, like the end screen."""
        player = self._player
        if player is None or not player.timeline.segments:
            return ""
        timeline = player.timeline
        return PlayerText.tr("Exercise {number} of {count}  ·  {time} left").format(
            number=exercise_number(timeline, player.index), count=timeline.exercise_count,
            time=clock_text(player.remaining_total()))

    def _show_why(self) -> None:
        """"Why this routine" on the get-ready screen (before Start and while getting
        ready), under the instructions: their scroll area never cuts it off."""
        player, timeline = self._player, self._timeline
        if player is None or timeline is None:
            return
        text = self.instructions.text()
        why = why_text(timeline.routine, self._language)
        shown = bool(why) and text.endswith(why)
        wanted = bool(why) and (player.state == PlayerState.READY
                                or player.segment.kind == "prepare")
        if wanted and not shown:
            self.instructions.setText(f"{text}\n\n{why}" if text else why)
        elif shown and not wanted:
            self.instructions.setText(text[:-len(why)].rstrip("\n"))

    def _fraction_left(self) -> float:
        player = self._player
        if player is None:
            return 0.0
        duration = player.segment.duration_s
        return player.remaining() / duration if duration else 0.0

    def _repaint_progress(self) -> None:
        player = self._player
        if player is None:
            return
        self.ring.set_state(self.ring.seconds, self._fraction_left())
        self.progress.setValue(int(player.elapsed_total()))
        self.illustration.set_elapsed(player.segment.duration_s - player.remaining())

    def _show_state(self, state: PlayerState) -> None:
        labels = {PlayerState.READY: PlayerText.tr("Start"),
                  PlayerState.PLAYING: PlayerText.tr("Pause"),
                  PlayerState.PAUSED: PlayerText.tr("Resume"),
                  PlayerState.FINISHED: PlayerText.tr("Done"),
                  PlayerState.STOPPED: PlayerText.tr("Done")}
        self.play_button.setText(labels[state])
        self._show_why()
        running = state.running
        self.back_button.setEnabled(running)
        self.skip_button.setEnabled(running)
        self.stop_button.setText(PlayerText.tr("Stop") if running else PlayerText.tr("Close"))
        if state == PlayerState.PLAYING:
            self._refresh.start()
        else:
            self._refresh.stop()
            self._repaint_progress()

    def _on_finished(self, result: SessionResult) -> None:
        self._refresh.stop()
        if result.completed and self._timeline is not None:
            # The time actually spent, not the routine's length: someone who
            # skipped through it must not read "Done, 4 minutes".
            self.done_title.setText(PlayerText.tr("Done, {duration}").format(
                duration=duration_words(min(result.active_seconds, self._timeline.total_s))))
            self.done_detail.setText(
                PlayerText.tr("Well done. Your session is saved in your history."))
        else:
            at = exercise_number(self._player.timeline, self._player.index) \
                if self._player is not None and self._player.timeline.segments else 0
            self.done_title.setText(PlayerText.tr("Stopped"))
            # The same count as the header ("Exercise 4 of 8") with what was done.
            self.done_detail.setText(PlayerText.tr(
                "Stopped at exercise {number} of {count}. Exercises held to the end: {done}. "
                "Saved in your history.").format(
                    number=at, count=result.exercise_segments_total,
                    done=result.exercise_segments_done))
        self.pages.setCurrentIndex(1)
        self.home_button.setFocus()
        self.sessionFinished.emit(result)

    def _discard_player(self) -> None:
        if self._player is not None:
            if self._player.state.running:
                self._player.stop()
            self._player.deleteLater()
            self._player = None
        self._refresh.stop()

    def leave(self) -> None:
        """Stop any running routine before the screen is hidden."""
        self._discard_player()
        if self._asking:
            self._end_question()

    # ----- layout for large text -------------------------------------------
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

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
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
            heading, side, steps, caution, after = self._segment_texts(index)
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


def cue_saved_text(key: str, on: bool) -> str:
    """The status line after a switch in the player: it is a setting, kept."""
    if key == "sound_enabled":
        return (PlayerText.tr("Sound on, from now on. Also in Settings.") if on
                else PlayerText.tr("Sound off, from now on. Also in Settings."))
    return (PlayerText.tr("Voice on, from now on. Also in Settings.") if on
            else PlayerText.tr("Voice off, from now on. Also in Settings."))


def sound_problem_text(reason: str | None) -> str:
    """The sound switch's words when sound cannot play ("" when it can)."""
    if reason is None:
        return ""
    return {"no_device": PlayerText.tr("No sound device"),
            "disabled": PlayerText.tr("Sound turned off on this computer"),
            }.get(reason, PlayerText.tr("Sound not working"))


def voice_problem_text(reason: str | None) -> str:
    """The voice switch's words when nothing can speak ("" when it can)."""
    if reason is None:
        return ""
    return {"no_engine": PlayerText.tr("No voice installed: install speech-dispatcher"),
            "disabled": PlayerText.tr("Voice turned off on this computer"),
            }.get(reason, PlayerText.tr("Voice not working"))


"""The player: one exercise at a time, large, readable from across the room.

Everything time-related comes from the ``RoutinePlayer``; this screen only
reads its state a few times a second and paints it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
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
from coach.engine.player import RoutinePlayer, SessionResult
from coach.engine.timeline import Segment, Timeline
from coach.formatting import clock_text, duration_words
from coach.i18n import Tr
from coach.ui.help_dialog import SafetyPanel
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.countdown import CountdownRing
from coach.ui.widgets.illustration import IllustrationView, Motion
from coach.ui.widgets.labels import plain_label

REFRESH_MS = 100  # ring and cross-fade refresh; the number itself flips on the player's signal


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


def next_text(timeline: Timeline, index: int, language: str) -> str:
    nxt = timeline.next_exercise_segment(index)
    if nxt is None or nxt.exercise is None:
        return PlayerText.tr("Next: finish")
    name = nxt.exercise.name.get(language)
    if nxt.side:
        return PlayerText.tr("Next: {exercise}, {side}").format(
            exercise=name, side=side_words(nxt.side).lower())
    return PlayerText.tr("Next: {exercise}").format(exercise=name)


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
        self._build()
        self._bind_keys()

    # ----- construction -------------------------------------------------
    def _build(self) -> None:
        self.title = plain_label(wrap=False, point_scale=1.2, bold=True,
                                 name=PlayerText.tr("Routine title"))
        self.position = plain_label(wrap=False, name=PlayerText.tr("Position in routine"))
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.sound_button = self._toggle(PlayerText.tr("Sound on"), PlayerText.tr("Sound off"),
                                         PlayerText.tr("Sound cues on or off"))
        self.voice_button = self._toggle(PlayerText.tr("Voice on"), PlayerText.tr("Voice off"),
                                         PlayerText.tr("Spoken instructions on or off"))
        self.sound_button.toggled.connect(self.soundToggled)
        self.voice_button.toggled.connect(self.voiceToggled)
        for button in (self.sound_button, self.voice_button):
            # "Sound on" / "Sound off": a pressed-in look alone is easy to misread.
            button.toggled.connect(lambda on, b=button: self._show_toggle(b, on))
            self._show_toggle(button, button.isChecked())
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.position)
        top.addWidget(self.sound_button)
        top.addWidget(self.voice_button)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(PlayerText.tr("Progress through the routine"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)

        self.illustration = IllustrationView()
        self.illustration.setAccessibleName(PlayerText.tr("Exercise illustration"))
        self.heading = plain_label(point_scale=2.0, bold=True, name=PlayerText.tr("Exercise"))
        self.side = plain_label(point_scale=1.6, bold=True, name=PlayerText.tr("Side"))
        self.instructions = plain_label(point_scale=1.25, name=PlayerText.tr("Instructions"))
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.MinimumExpanding)
        self.caution = plain_label(name=PlayerText.tr("Caution"))
        self.ring = CountdownRing()
        self.next_label = plain_label(point_scale=1.15, name=PlayerText.tr("Next"))

        text_col = QVBoxLayout()
        text_col.addWidget(self.heading)
        text_col.addWidget(self.side)
        # With large text the steps may not fit beside the picture: they
        # scroll instead of being cut off.
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
        ring_row = QHBoxLayout()
        ring_row.addWidget(self.ring, 1)
        text_col.addLayout(ring_row, 3)
        text_col.addWidget(self.next_label)

        middle = QHBoxLayout()
        middle.addWidget(self.illustration, 5)
        middle.addLayout(text_col, 4)

        self.back_button = self._button(PlayerText.tr("Back"),
                                        PlayerText.tr("Back (Left arrow)"), self._back)
        self.play_button = self._button(PlayerText.tr("Start"),
                                        PlayerText.tr("Start, pause or resume (Space)"),
                                        self._toggle_play)
        self.play_button.setDefault(True)
        self.skip_button = self._button(PlayerText.tr("Skip"),
                                        PlayerText.tr("Skip (Right arrow)"), self._skip)
        self.stop_button = self._button(PlayerText.tr("Stop"), PlayerText.tr("Stop (Escape)"),
                                        self._stop_or_close)
        controls = QHBoxLayout()
        for b in (self.back_button, self.play_button, self.skip_button, self.stop_button):
            controls.addWidget(b)

        playing = QWidget()
        play_layout = QVBoxLayout(playing)
        play_layout.setContentsMargins(0, 0, 0, 0)
        play_layout.addLayout(middle, 1)
        play_layout.addLayout(controls)

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
        self.pages.addWidget(playing)
        self.pages.addWidget(done)

        # The emergency level stays in view for relief and after-cramp routines
        # (safety.needs_warnings); "More" opens all three levels.
        self.safety = SafetyPanel()
        self.safety.moreRequested.connect(self.helpRequested)
        self.safety.hide()

        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.progress)
        root.addWidget(self.pages, 1)
        root.addWidget(self.safety)

    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        return action_button(text, accessible, slot, min_height=44)

    def _toggle(self, on_text: str, off_text: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setProperty("onText", on_text)
        button.setProperty("offText", off_text)
        button.setText(off_text)
        button.setCheckable(True)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setMinimumHeight(32)
        return button

    @staticmethod
    def _show_toggle(button: QToolButton, on: bool) -> None:
        # Whole words per state: "Sound on" is not "Sound" + "on" in every language.
        button.setText(str(button.property("onText" if on else "offText")))

    def _bind_keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in ((Qt.Key.Key_Space, self._toggle_play),
                          (Qt.Key.Key_Left, self._back),
                          (Qt.Key.Key_Right, self._skip),
                          (Qt.Key.Key_Escape, self._stop_or_close)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # ----- public -------------------------------------------------------
    @property
    def player(self) -> RoutinePlayer | None:
        return self._player

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
        self._timeline = timeline
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
        self.play_button.setFocus()

    def start(self) -> None:
        if self._player is not None and self._player.state == "ready":
            self._player.start()

    # ----- slots --------------------------------------------------------
    def _toggle_play(self) -> None:
        player = self._player
        if player is None:
            return
        if player.state == "ready":
            player.start()
        elif player.state in ("playing", "paused"):
            player.toggle_pause()
        elif player.state in ("finished", "stopped"):
            self.closed.emit()

    def _back(self) -> None:
        if self._player is not None and self._player.state in ("playing", "paused"):
            self._player.back()

    def _skip(self) -> None:
        if self._player is not None and self._player.state in ("playing", "paused"):
            self._player.skip()

    def _stop_or_close(self) -> None:
        player = self._player
        if player is not None and player.state in ("playing", "paused"):
            player.stop()
        else:
            self.closed.emit()

    def _play_again(self) -> None:
        if self._timeline is not None:
            self.load(self._timeline)

    def _show_segment(self, index: int) -> None:
        if self._player is None or self._timeline is None:
            return
        segment = self._player.segment
        timeline = self._timeline
        self.heading.setText(segment_heading(segment, self._language))
        self.side.setText(side_words(segment.side) if segment.kind == "exercise" else "")
        exercise = segment.exercise
        if segment.kind == "exercise":
            self.instructions.setText(instructions_text(exercise, self._language))
            caution = exercise.caution.get(self._language) if exercise and exercise.caution else ""
            note = segment.note.get(self._language) if segment.note else ""
            self.caution.setText("\n".join(t for t in (note, caution) if t))
        else:
            coming = exercise.name.get(self._language) if exercise else ""
            self.instructions.setText(
                PlayerText.tr("Coming up: {exercise}").format(exercise=coming) if coming else "")
            self.caution.setText("")
        if exercise is not None:
            # Held poses move in once and stay; only walking/kneading/massage loop.
            motion: Motion = ("still" if segment.kind != "exercise"
                              else "loop" if exercise.action == "move" else "hold")
            self.illustration.set_frames(exercise.illustrations,
                                         mirrored=segment.side == "right", motion=motion)
        self._show_why()
        self.ring.set_colour("#F26B3A" if segment.kind == "exercise" else "#5B9BE0")
        self.next_label.setText(next_text(timeline, index, self._language))
        self.position.setText(f"{index + 1} / {len(timeline.segments)}")
        self._show_second(self._player.displayed_seconds())
        self._repaint_progress()

    def _show_second(self, seconds: int) -> None:
        player = self._player
        if player is None:
            return
        self.ring.set_state(seconds, self._fraction_left())
        left = clock_text(player.remaining_total())
        self.position.setText(PlayerText.tr("{step} / {steps}  ·  {time} left").format(
            step=player.index + 1, steps=len(player.timeline.segments), time=left))

    def _show_why(self) -> None:
        """"Why this routine" on the get-ready screen (before Start and while getting
        ready), under the instructions: their scroll area never cuts it off."""
        player, timeline = self._player, self._timeline
        if player is None or timeline is None:
            return
        text = self.instructions.text()
        why = why_text(timeline.routine, self._language)
        shown = bool(why) and text.endswith(why)
        wanted = bool(why) and (player.state == "ready" or player.segment.kind == "prepare")
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

    def _show_state(self, state: str) -> None:
        labels = {"ready": PlayerText.tr("Start"), "playing": PlayerText.tr("Pause"),
                  "paused": PlayerText.tr("Resume"), "finished": PlayerText.tr("Done"),
                  "stopped": PlayerText.tr("Done")}
        self.play_button.setText(labels.get(state, PlayerText.tr("Start")))
        self._show_why()
        running = state in ("playing", "paused")
        self.back_button.setEnabled(running)
        self.skip_button.setEnabled(running)
        self.stop_button.setText(PlayerText.tr("Stop") if running else PlayerText.tr("Close"))
        if state == "playing":
            self._refresh.start()
        else:
            self._refresh.stop()
            self._repaint_progress()

    def _on_finished(self, result: SessionResult) -> None:
        self._refresh.stop()
        if result.completed and self._timeline is not None:
            self.done_title.setText(PlayerText.tr("Done, {duration}").format(
                duration=duration_words(self._timeline.total_s)))
            self.done_detail.setText(
                PlayerText.tr("Well done. Your session is saved in your history."))
        else:
            self.done_title.setText(PlayerText.tr("Stopped"))
            self.done_detail.setText(PlayerText.tr(
                "{done} of {total} exercises done. Saved in your history.").format(
                    done=result.exercise_segments_done, total=result.exercise_segments_total))
        self.pages.setCurrentIndex(1)
        self.home_button.setFocus()
        self.sessionFinished.emit(result)

    def _discard_player(self) -> None:
        if self._player is not None:
            if self._player.state in ("playing", "paused"):
                self._player.stop()
            self._player.deleteLater()
            self._player = None
        self._refresh.stop()

    def leave(self) -> None:
        """Stop any running routine before the screen is hidden."""
        self._discard_player()

"""The player: one exercise at a time, large, readable from across the room.

Everything time-related comes from the ``RoutinePlayer``; this screen only
reads its state a few times a second and paints it.

Its layout for large text is ``coach.ui.player.large_text.LargeTextLayout``
(inherited); the playing page, the switches, the other pages and the words
are the other modules of ``coach.ui.player``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.content.model import Library
from coach.content.safety import needs_warnings
from coach.engine.player import PlayerState, RoutinePlayer, SessionResult
from coach.engine.timeline import Timeline
from coach.ui.help_dialog import SafetyPanel
from coach.ui.player.cue_switches import CueSwitches
from coach.ui.player.large_text import LargeTextLayout
from coach.ui.player.pages import DonePage, StopQuestion
from coach.ui.player.playing_page import PlayingPage
from coach.ui.player.texts import (
    PlayerText,
    cue_saved_text,
    done_words,
    exercise_number,
    position_words,
    segment_texts,
    why_text,
    with_why,
)
from coach.ui.widgets.illustration import Motion
from coach.ui.widgets.key_repeat import key_once
from coach.ui.widgets.labels import ElidedLabel, plain_label

# The window's status line after a switch takes its words from here, as before the split.
__all__ = ["PlayerScreen", "cue_saved_text"]

REFRESH_MS = 100  # ring and cross-fade refresh; the number itself flips on the player's signal


class PlayerScreen(LargeTextLayout):
    """Plays one routine; emits ``closed`` when the user leaves it."""

    closed = Signal()  # no payload: back to the routine list
    sessionFinished = Signal(SessionResult)  # the routine ended: what was done, for the diary
    soundToggled = Signal(bool)  # the sound switch, now on (True) or off
    voiceToggled = Signal(bool)  # the voice switch, now on (True) or off
    helpRequested = Signal()  # no payload: the warnings panel's "More"

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
        self._resume_after_question = False
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
        # The same switches as in Settings, saved at once (see cue_switches).
        switches = self.cue_switches = CueSwitches()
        self.sound_button, self.voice_button = switches.sound_button, switches.voice_button
        self.sound_button.toggled.connect(self.soundToggled)
        self.voice_button.toggled.connect(self.voiceToggled)
        top = self.top_row = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.title, 1)
        top.addWidget(self.position)
        top.addWidget(self.sound_button)
        top.addWidget(self.voice_button)
        self.cue_notice = switches.notice  # under the top row, when a switch cannot play

        self.progress = QProgressBar()
        self.progress.setAccessibleName(PlayerText.tr("Progress through the routine"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)

        page = self.playing_page = PlayingPage(self._back, self._toggle_play, self._skip,
                                               self._ask_or_close)
        self.illustration, self.heading, self.side = page.illustration, page.heading, page.side
        self.instructions, self.instructions_area = page.instructions, page.instructions_area
        self.caution, self.ring, self.next_label = page.caution, page.ring, page.next_label
        self.text_col, self.ring_beside = page.text_col, page.ring_beside
        self.picture_panel, self.picture_col = page.picture_panel, page.picture_col
        self.ring_below, self.middle = page.ring_below, page.middle
        self.back_button, self.play_button = page.back_button, page.play_button
        self.skip_button, self.stop_button = page.skip_button, page.stop_button
        self.controls, self.bottom_row = page.controls, page.bottom_row
        self.play_layout = page.play_layout
        playing = page

        done = DonePage(self.closed.emit, self._play_again)
        self.done_title, self.done_detail = done.done_title, done.done_detail
        self.home_button, self.again_button = done.home_button, done.again_button

        self.pages = QStackedWidget()
        self.pages.installEventFilter(self)
        playing.installEventFilter(self)
        self.pages.addWidget(playing)
        self.pages.addWidget(done)
        question = self.stop_question = StopQuestion(self._keep_going, self._confirm_stop)
        self.confirm_text, self.confirm_detail = question.confirm_text, question.confirm_detail
        self.keep_button = question.keep_button
        self.confirm_stop_button = question.confirm_stop_button
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


    def _bind_keys(self) -> None:
        for key, slot in ((Qt.Key.Key_Space, self._toggle_play),
                          (Qt.Key.Key_Left, self._back),
                          (Qt.Key.Key_Right, self._skip),
                          (Qt.Key.Key_Escape, self._escape)):
            key_once(key, self, slot)  # a held Space pauses once, a held → skips once

    # ----- public -------------------------------------------------------
    @property
    def player(self) -> RoutinePlayer | None:
        return self._player

    def set_cue_problems(self, sound: str | None, voice: str | None) -> None:
        """What keeps sound or voice from playing (see ``CueSwitches.set_problems``)."""
        self.cue_switches.set_problems(sound, voice)

    def set_cue_switches(self, sound: bool, voice: bool) -> None:
        self.cue_switches.set_switches(sound, voice)

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

    def _show_segment(self, index: int) -> None:
        if self._player is None or self._timeline is None:
            return
        segment = self._player.segment
        texts = segment_texts(self._player.timeline, self._player.index, self._language)
        for label, text in zip(self._text_labels(), texts, strict=True):
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
        return position_words(player.timeline, player.index, player.remaining_total())

    def _show_why(self) -> None:
        """"Why this routine" on the get-ready screen (before Start and while getting
        ready), under the instructions: their scroll area never cuts it off."""
        player, timeline = self._player, self._timeline
        if player is None or timeline is None:
            return
        wanted = player.state == PlayerState.READY or player.segment.kind == "prepare"
        text = self.instructions.text()
        changed = with_why(text, why_text(timeline.routine, self._language), wanted)
        if changed != text:
            self.instructions.setText(changed)

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
        total_s = self._timeline.total_s if self._timeline is not None else None
        stopped = not result.completed or total_s is None
        at = exercise_number(self._player.timeline, self._player.index) if stopped and \
            self._player is not None and self._player.timeline.segments else 0
        title, detail = done_words(result, total_s, at)
        self.done_title.setText(title)
        self.done_detail.setText(detail)
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

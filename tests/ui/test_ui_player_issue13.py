"""The player says what it does: Escape asks, counts agree, no line said twice,
large text readable whole, sound and voice switches tell the truth."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from coach.content.safety import needs_warnings
from coach.engine.player import PlayerState
from coach.platform.cues import NO_DEVICE, NO_ENGINE
from coach.ui.main_window import PLAYER_SCREEN
from coach.ui.player.texts import coming_up_text, next_text
from coach.ui.theme import BASE_SIZE_PROPERTY, apply_theme

from fakes import advance_player, make_window, shown_window


@pytest.fixture
def app_window(qtbot):
    yield from shown_window(qtbot, 1024, 680)


advance = advance_player


def test_escape_asks_first_and_keep_going_resumes_where_it_was(app_window, qtbot):
    window, clock = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    qtbot.keyClick(screen.play_button, Qt.Key.Key_Space)
    advance(window, clock, 12)
    left = screen.player.remaining_total()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert screen.asking_to_stop
    assert screen.pages.currentWidget() is screen.stop_question
    assert screen.confirm_text.text() == "Stop this routine?"
    assert screen.player.state == PlayerState.PAUSED  # nothing runs on while the question is up
    assert screen.keep_button.hasFocus()  # the safe answer is the one Enter/Space gives
    advance(window, clock, 120)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert not screen.asking_to_stop and screen.player.state == PlayerState.PLAYING
    assert screen.player.remaining_total() == pytest.approx(left)
    assert window.services.history.sessions() == []  # nothing was stopped


def test_stop_button_asks_too_and_stop_routine_stops(app_window, qtbot):
    window, _clock = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    screen.play_button.click()
    screen.stop_button.click()
    assert screen.asking_to_stop and screen.player.state == PlayerState.PAUSED
    screen.confirm_stop_button.click()
    assert screen.player.state == PlayerState.STOPPED and screen.pages.currentIndex() == 1


def test_the_end_screen_counts_like_the_header(app_window, qtbot):
    window, clock = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    timeline = screen.player.timeline
    screen.play_button.click()
    # Through get ready, the first exercise (held to the end) and its rest,
    # into the second exercise.
    while screen.player.segment.kind != "exercise" or screen.player.index < 2:
        advance(window, clock, 1)
    header = screen.position.text()
    assert header.startswith(f"Exercise 2 of {timeline.exercise_count}")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    detail = screen.done_detail.text()
    assert f"exercise 2 of {timeline.exercise_count}" in detail
    assert "Exercises held to the end: 1." in detail


def test_coming_up_and_next_never_say_the_same_thing(app_window):
    window, _ = app_window
    for routine_id in window.services.library.routines:
        window.open_routine(routine_id)
        timeline = window.player_screen.player.timeline
        for index, segment in enumerate(timeline.segments):
            coming = coming_up_text(timeline, index, "en")
            nxt = next_text(timeline, index, "en")
            if segment.kind != "exercise":
                assert coming.startswith("Coming up: ")
                named = coming.removeprefix("Coming up: ")
                assert named not in nxt.split(": ", 1)[1] or nxt.endswith("finish"), (
                    f"{routine_id} #{index}: {coming!r} and {nxt!r}")
                assert not nxt.startswith("Next: ")


def test_screen_during_a_rest_shows_coming_up_with_side_and_after_that(app_window):
    window, clock = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    screen.play_button.click()
    while screen.player.segment.kind != "rest":
        advance(window, clock, 1)
    assert screen.instructions.text() == "Coming up: Wall calf stretch, right leg"
    assert screen.next_label.text().startswith("After that: ")
    assert "right leg" not in screen.next_label.text()


def _clipped(screen) -> list[str]:
    problems = []
    if screen.instructions_area.verticalScrollBar().isVisible():
        problems.append("the steps scroll")
    # Every label of the playing page: the side and the "Next" line may sit
    # outside the text column in the compact look. And the emergency level
    # under the pages, which must stay whole while the steps find their room.
    labels = screen.pages.widget(0).findChildren(QLabel)
    if screen.safety.isVisible():
        labels += screen.safety.findChildren(QLabel)
    for label in labels:
        if not label.isVisible() or not label.text():
            continue
        height = label.height()
        if label is screen.instructions:
            height = min(height, screen.instructions_area.viewport().height())
        if label.wordWrap() and label.heightForWidth(label.width()) > height + 2:
            problems.append(f"{label.objectName()} needs {label.heightForWidth(label.width())}"
                            f" px, has {height}")
    return problems


@pytest.mark.parametrize("no_audio", [False, True])  # with the "No sound device" line
@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_large_text_steps_are_read_whole_in_the_default_window(qtbot, scale, language,
                                                               no_audio):
    window, _clock, history = make_window(language=language)
    qtbot.addWidget(window)
    if no_audio:
        window.services.cues = _ProbedCues(NO_DEVICE, NO_ENGINE)
    app = QApplication.instance()
    original = app.property(BASE_SIZE_PROPERTY)
    apply_theme(app, "light", scale)
    try:
        window.resize(1024, 680)  # the default window
        window.show()
        qtbot.waitExposed(window)
        for routine_id in window.services.library.routines:
            window.open_routine(routine_id)
            screen = window.player_screen
            screen.play_button.click()
            if needs_warnings(window.services.library.routines[routine_id]):
                assert screen.safety.isVisible(), routine_id  # never given up for room
            seen = set()
            while screen.player.state == PlayerState.PLAYING:
                segment = screen.player.segment
                key = (segment.kind, segment.exercise.id if segment.exercise else None)
                if key not in seen:
                    seen.add(key)
                    with contextlib.suppress(qtbot.TimeoutError):
                        qtbot.waitUntil(lambda s=screen: not _clipped(s), timeout=1000)
                    assert not _clipped(screen), (
                        f"{routine_id}, {key} at {scale}x ({language}): {_clipped(screen)}")
                screen.player.skip()
            window.show_home()
    finally:
        window.show_home()
        apply_theme(app, "light", 1.0, base_point_size=original)
        history.close()


class _ProbedCues:
    """Cues that know what cannot play, like CuePlayer on a machine without it."""

    def __init__(self, sound: str | None, voice: str | None) -> None:
        self._sound, self._voice = sound, voice

    def sound_problem(self) -> str | None:
        return self._sound

    def voice_problem(self) -> str | None:
        return self._voice

    def on_cue(self, kind: str, payload: object) -> None:
        pass

    def set_sound_enabled(self, on: bool) -> None:
        pass

    def set_voice_enabled(self, on: bool) -> None:
        pass

    def stop(self) -> None:
        pass


def test_switches_say_no_sound_device_and_no_voice_instead_of_on(qtbot):
    window, _clock, history = make_window()
    qtbot.addWidget(window)
    window.services.cues = _ProbedCues(NO_DEVICE, NO_ENGINE)
    window.open_routine("evening-stretch")
    screen = window.player_screen
    assert screen.cue_notice.isVisibleTo(screen)
    assert screen.cue_notice.text() == (
        "No sound device  ·  No voice installed: install speech-dispatcher")
    for button in (screen.sound_button, screen.voice_button):  # nothing claims "on"
        assert not button.isVisibleTo(screen) and not button.isEnabled()
        assert button.text() != "Sound on" and button.text() != "Voice on"
    window.services.cues = _ProbedCues(None, NO_ENGINE)  # sound works, voice does not
    window.screens.forget(PLAYER_SCREEN)  # the next open builds it with the new cues
    window.open_routine("evening-stretch")
    screen = window.player_screen
    assert screen.sound_button.isVisibleTo(screen) and screen.sound_button.text() == "Sound on"
    assert screen.cue_notice.text() == "No voice installed: install speech-dispatcher"
    history.close()


def test_switches_say_on_when_both_can_play_and_are_a_kept_setting(qtbot):
    window, _clock, history = make_window()
    qtbot.addWidget(window)
    window.services.cues = _ProbedCues(None, None)
    window.open_routine("evening-stretch")
    screen = window.player_screen
    assert screen.sound_button.text() == "Sound on" and screen.sound_button.isEnabled()
    assert "kept for next time" in screen.voice_button.toolTip()
    assert not screen.cue_notice.isVisibleTo(screen)
    history.close()


def test_a_switch_in_the_player_says_it_is_a_kept_setting(qtbot):
    window, _clock, history = make_window()
    qtbot.addWidget(window)
    window.services.cues = _ProbedCues(None, None)
    window.open_routine("evening-stretch")
    window.player_screen.voice_button.click()
    assert window.statusBar().currentMessage() == "Voice off, from now on. Also in Settings."
    assert window.services.settings.get("voice_enabled") is False
    history.close()

"""The home and player screens as a user drives them, with a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from coach.engine.player import PlayerState
from coach.store.settings import Settings
from coach.ui.main_window import MainWindow

from fakes import advance_player, shown_window


@pytest.fixture
def app_window(qtbot):
    yield from shown_window(qtbot, 1024, 600)


advance = advance_player


def press(qtbot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, key)


def test_home_lists_every_shipped_routine_with_duration(app_window):
    window, _ = app_window
    ids = window.home.routine_ids()
    assert {"evening-stretch", "wall-lean-three-times", "warm-up-before-sport",
            "after-cramp-recovery"} <= set(ids)
    first = window.home.routines.item(ids.index("evening-stretch")).text()
    assert "Evening stretch before bed" in first
    assert "(3:55)" in first
    assert not window.home.routines.item(0).icon().isNull(), "thumbnail missing"
    # the relief routines belong to the Cramp now button, the standing one to its choice
    assert "cramp-relief" not in ids and "cramp-relief-standing" not in ids
    assert {"evening-stretch-seated", "article-calf-stretches"} <= set(ids)


def test_home_says_why_the_selected_routine(app_window):
    window, _ = app_window
    ids = window.home.routine_ids()
    window.home.routines.setCurrentRow(ids.index("evening-stretch"))
    why = window.home.why
    assert why.isVisible()
    assert why.text().startswith("Why this routine: Hallegraeff et al., J Physiother 2012")
    assert why.textFormat() == Qt.TextFormat.PlainText
    # only the citation on home (the list keeps its room); the whole reason in the tooltip
    assert why.text() == "Why this routine: Hallegraeff et al., J Physiother 2012;58:17-22"
    assert "80 adults over 55" in why.toolTip()
    window.home.routines.setCurrentRow(ids.index("wall-lean-three-times"))
    assert why.text().startswith("Why this routine: Article, section")


def test_the_get_ready_screen_says_why_and_hides_it_once_started(app_window, qtbot):
    window, clock = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    text = screen.instructions.text()
    assert text.startswith(
        "Coming up: Wall calf stretch, left leg\n\nWhy this routine: Hallegraeff")
    assert "10 s, 3 times" in text
    press(qtbot, window, Qt.Key.Key_Space)
    assert "Why this routine" in screen.instructions.text()  # still getting ready
    advance(window, clock, 5)
    assert screen.heading.text() == "Wall calf stretch"
    assert "Why this routine" not in screen.instructions.text()
    assert screen.instructions.text().startswith("• Stand facing a wall")


def test_a_routine_without_get_ready_time_says_why_until_it_starts(app_window, qtbot):
    window, _ = app_window
    window.open_routine("cramp-during-sport")  # prepare_s: 0, the first step shows at once
    screen = window.player_screen
    assert screen.player.segment.kind == "exercise"
    assert screen.instructions.text().endswith(
        "Why this routine: " + window.services.library.routine(
            "cramp-during-sport").source.get("en"))
    press(qtbot, window, Qt.Key.Key_Space)
    assert "Why this routine" not in screen.instructions.text()


def test_space_starts_and_segments_follow_the_clock(app_window, qtbot):
    window, clock = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    press(qtbot, window, Qt.Key.Key_Space)
    assert screen.player.state == PlayerState.PLAYING
    assert screen.ring.text() == "5"
    assert window.services.screen_awake.active
    advance(window, clock, 5)
    assert screen.heading.text() == "Wall calf stretch"
    assert screen.side.text() == "Left leg"
    assert screen.ring.text() == "10"
    assert "Stand facing a wall" in screen.instructions.text()
    assert screen.illustration.frame_count == 2
    assert not screen.illustration.mirrored
    assert screen.next_label.text() == "Next: Wall calf stretch, right leg"
    advance(window, clock, 2.5)
    assert screen.ring.text() == "8"
    advance(window, clock, 7.5)
    assert screen.heading.text() == "Rest"
    advance(window, clock, 10)
    assert screen.side.text() == "Right leg"
    assert screen.illustration.mirrored
    heard = window.services.cues.heard
    assert heard.count("segment") >= 4 and "tick" in heard and "switch_sides" in heard


def test_pause_keeps_time_and_keys_skip_back_stop(app_window, qtbot):
    window, clock = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    press(qtbot, window, Qt.Key.Key_Space)
    advance(window, clock, 7)  # 2 s into the first stretch
    press(qtbot, window, Qt.Key.Key_Space)
    assert screen.play_button.text() == "Resume"
    assert not window.services.screen_awake.active
    advance(window, clock, 600)
    assert screen.ring.text() == "8"
    press(qtbot, window, Qt.Key.Key_Space)
    assert screen.player.state == PlayerState.PLAYING
    press(qtbot, window, Qt.Key.Key_Right)
    assert screen.heading.text() == "Rest"
    press(qtbot, window, Qt.Key.Key_Left)  # within 3 s: previous segment
    assert screen.heading.text() == "Wall calf stretch"
    assert screen.ring.text() == "10"
    press(qtbot, window, Qt.Key.Key_Escape)  # asks first, paused meanwhile
    assert screen.asking_to_stop and screen.player.state == PlayerState.PAUSED
    press(qtbot, window, Qt.Key.Key_Escape)  # again: stop
    assert screen.player.state == PlayerState.STOPPED
    assert screen.done_title.text() == "Stopped"
    assert not window.services.screen_awake.active
    sessions = window.services.history.sessions()
    assert len(sessions) == 1 and not sessions[0].completed


def test_skipping_to_the_end_does_not_claim_the_full_length(app_window, qtbot):
    """Right through a 4-minute routine in a few seconds: "Done" must not say 4 minutes."""
    window, clock = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    press(qtbot, window, Qt.Key.Key_Space)
    for _ in range(60):
        if screen.player.state == PlayerState.FINISHED:
            break
        advance(window, clock, 1)
        press(qtbot, window, Qt.Key.Key_Right)
    assert screen.player.state == PlayerState.FINISHED
    assert "minute" not in screen.done_title.text()
    assert screen.done_title.text().startswith("Done, ")
    assert screen.done_title.text().endswith("seconds")


def test_full_routine_ends_with_done_and_is_remembered(app_window, qtbot):
    window, clock = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    press(qtbot, window, Qt.Key.Key_Space)
    for _ in range(400):
        if screen.player.state == PlayerState.FINISHED:
            break
        advance(window, clock, 1)
    assert screen.player.state == PlayerState.FINISHED
    assert screen.done_title.text() == "Done, 4 minutes"
    assert "done" in window.services.cues.heard
    assert not window.services.screen_awake.active
    sessions = window.services.history.sessions()
    assert len(sessions) == 1 and sessions[0].completed
    assert sessions[0].routine_id == "evening-stretch"
    qtbot.keyClick(screen.home_button, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.home


def test_cue_switches_are_saved_in_settings(app_window):
    window, _ = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    assert screen.sound_button.isChecked() and screen.voice_button.isChecked()
    screen.voice_button.click()
    assert window.services.cues.voice is False
    assert Settings.load().get("voice_enabled") is False


def test_every_control_has_an_accessible_name_and_labels_are_plain(app_window):
    window, _ = app_window
    window.open_routine("evening-stretch")
    for screen in (window.home, window.player_screen):
        for widget in screen.findChildren(QWidget):
            focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if isinstance(widget, QAbstractButton) or (focusable and widget.isVisible()):
                assert widget.accessibleName(), f"{widget!r} has no accessible name"
        for label in screen.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_unknown_routine_is_a_message_not_a_crash(app_window):
    window, _ = app_window
    assert window.open_routine("no-such-routine") is False
    assert window.stack.currentWidget() is window.home
    assert "no-such-routine" in window.statusBar().currentMessage()


def test_sound_and_voice_switches_say_on_or_off(app_window):
    window, _ = app_window
    window.open_routine("evening-stretch")
    screen = window.player_screen
    assert screen.sound_button.text() == "Sound on"
    screen.sound_button.click()
    assert screen.sound_button.text() == "Sound off"
    assert screen.instructions_area.widget() is screen.instructions

"""Enter and Space press the focused button on every screen (issue: Enter on a
focused "Back to routines" did nothing; Space on "Play again" paused instead)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

from coach.engine.player import PlayerState

from fakes import make_window


@pytest.fixture
def window(qtbot):
    window, _clock, history = make_window()
    qtbot.addWidget(window)
    window.resize(1024, 680)
    window.show()
    qtbot.waitExposed(window)
    yield window
    history.close()


def _visible_buttons(screen: QWidget) -> list[QPushButton | QToolButton]:
    return [b for b in screen.findChildren(QPushButton) + screen.findChildren(QToolButton)
            if b.isVisible() and b.isEnabled() and b.focusPolicy() != Qt.FocusPolicy.NoFocus]


def _assert_keys_press_each(qtbot, screen: QWidget, name: str) -> int:
    """Every visible button, focused, is pressed once by Enter, once by keypad Enter
    and once by Space; its real action is disconnected so the walk stays put."""
    buttons = _visible_buttons(screen)
    assert buttons, f"no buttons found on {name}"
    for button in buttons:
        presses: list[bool] = []
        if button.receivers("2clicked(bool)") or button.receivers("2clicked()"):
            button.clicked.disconnect()
        button.clicked.connect(lambda *_a, p=presses: p.append(True))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            button.setFocus(Qt.FocusReason.TabFocusReason)
            assert button.hasFocus(), f"{name}: {button.text()!r} cannot take the focus"
            before = len(presses)
            qtbot.keyClick(button, key)
            assert len(presses) == before + 1, (
                f"{name}: {Qt.Key(key).name} on a focused {button.text()!r} "
                f"pressed it {len(presses) - before} times")
    return len(buttons)


def test_enter_and_space_press_the_focused_button_on_every_screen(window, qtbot):
    walked = 0
    window.show_home()
    walked += _assert_keys_press_each(qtbot, window.home, "home")

    window.show_home()
    window.open_history()
    walked += _assert_keys_press_each(qtbot, window.history_screen, "history")
    window.show_home()
    window.open_history()
    window.history_screen.add_cramp()
    walked += _assert_keys_press_each(qtbot, window.history_screen.editor, "diary form")

    for opener, screen in ((window.open_reminders, "reminders_screen"),
                           (window.open_settings, "settings_screen"),
                           (window.open_cramp, "cramp_screen")):
        window.show_home()
        opener()
        walked += _assert_keys_press_each(qtbot, getattr(window, screen), screen)

    window.show_home()
    routine = next(iter(window.services.library.routines))
    assert window.open_routine(routine)
    player = window.player_screen
    walked += _assert_keys_press_each(qtbot, player, "player (ready)")
    player.player.start()
    walked += _assert_keys_press_each(qtbot, player, "player (playing)")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)  # "Stop this routine?"
    assert player.asking_to_stop
    walked += _assert_keys_press_each(qtbot, player, "player (stop question)")
    for _ in range(len(player.player.timeline.segments)):
        player.player.skip()
    assert player.pages.currentIndex() == 1
    walked += _assert_keys_press_each(qtbot, player, "player (end screen)")
    assert walked > 20


def test_enter_on_back_to_routines_goes_home_and_space_on_play_again_replays(window, qtbot):
    routine = next(iter(window.services.library.routines))
    assert window.open_routine(routine)
    player = window.player_screen
    player.start()
    for _ in range(len(player.player.timeline.segments)):
        player.player.skip()
    assert player.pages.currentIndex() == 1  # the end screen
    assert player.home_button.hasFocus()
    qtbot.keyClick(player.home_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home

    assert window.open_routine(routine)
    player.start()
    for _ in range(len(player.player.timeline.segments)):
        player.player.skip()
    player.again_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(player.again_button, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is player
    assert player.pages.currentIndex() == 0 and player.player.state == PlayerState.READY


def _key(kind: QEvent.Type, key: Qt.Key, stamp: int, repeat: bool = False) -> QKeyEvent:
    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "\r", repeat)
    event.setTimestamp(stamp)
    return event


def _press_as_x_does(button: QPushButton, press_at: int, release_before: int | None,
                     marked_repeat: bool = False) -> None:
    """A release (when given) and then a press of Return, with X's timestamps, as the
    window system delivers them to the focused button."""
    if release_before is not None:
        QApplication.sendEvent(button, _key(QEvent.Type.KeyRelease, Qt.Key.Key_Return,
                                            release_before, marked_repeat))
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        QApplication.sendEvent(button, _key(kind, Qt.Key.Key_Return, press_at, marked_repeat))


def test_a_held_enter_repeating_into_a_started_routine_does_not_pause_it(window, qtbot):
    """Enter held on the reminder's Start repeats into the routine it opened, where the
    focused button is Pause: repeats, even those Qt did not mark as repeats (a release and
    a press with one timestamp), press nothing; the next real press does."""
    routine = next(iter(window.services.library.routines))
    assert window.open_routine(routine)
    screen = window.player_screen
    screen.start()
    pause = screen.play_button
    pause.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(pause.hasFocus)
    assert screen.player.state == PlayerState.PLAYING

    _press_as_x_does(pause, 5000, 5000, marked_repeat=True)  # marked by Qt
    _press_as_x_does(pause, 5040, 5040)  # the pair Qt left unmarked
    assert screen.player.state == PlayerState.PLAYING, "the held key paused the routine"

    _press_as_x_does(pause, 9000, 5100)  # let go at 5100, pressed again at 9000
    assert screen.player.state == PlayerState.PAUSED
    qtbot.keyClick(pause, Qt.Key.Key_Return)  # a synthesised press (no time): pressed too
    assert screen.player.state == PlayerState.PLAYING


def test_a_held_enter_repeating_into_home_opens_no_routine(window, qtbot):
    """Enter held on the reminder's "Skip tonight" repeats into home once the pop-up is
    gone: the routine list opens nothing on the repeats, and opens on a real press."""
    home = window.home
    home.focus_list()
    qtbot.waitUntil(home.routines.hasFocus)
    chosen: list[str] = []
    home.routineChosen.connect(chosen.append)
    for stamp, marked in ((7000, True), (7040, False), (7080, False)):
        for kind in (QEvent.Type.KeyRelease, QEvent.Type.KeyPress):
            QApplication.sendEvent(home.routines, _key(kind, Qt.Key.Key_Return, stamp, marked))
    assert chosen == [], "a held key opened the routine the user had just skipped"
    QApplication.sendEvent(home.routines, _key(QEvent.Type.KeyRelease, Qt.Key.Key_Return, 7100))
    QApplication.sendEvent(home.routines, _key(QEvent.Type.KeyPress, Qt.Key.Key_Return, 9000))
    assert len(chosen) == 1

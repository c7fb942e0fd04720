"""Enter and Space press the focused button on every screen (issue: Enter on a
focused "Back to routines" did nothing; Space on "Play again" paused instead)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QToolButton, QWidget

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

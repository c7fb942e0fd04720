"""Every screen, walked like a keyboard and screen-reader user would.

For each screen: every control has an accessible name, Tab reaches every
control, and no label is cut off at the default and at a large text size.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from coach.i18n import install_translator
from coach.ui.theme import BASE_SIZE_PROPERTY, apply_theme

from fakes import shown_window

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
            QLineEdit)


def _open_player(window) -> QWidget:
    window.open_routine("evening-stretch")
    window.player_screen.player.start()
    return window.player_screen


def _open_cramp_diary(window) -> QWidget:
    window.open_cramp()
    window.cramp_screen.cramp_gone()
    return window.cramp_screen


def _open_reminder_editor(window) -> QWidget:
    window.open_reminders()
    window.reminders_screen.add_reminder()
    return window.reminders_screen


def _open_cramp_editor(window) -> QWidget:
    window.open_history()
    window.history_screen.add_cramp()
    return window.history_screen


def _open_routine_editor(window) -> QWidget:
    window.routine_manager.new_routine()
    window.editor_screen.add_step("wall-calf-stretch")
    return window.editor_screen


def _open_read_only_routine(window) -> QWidget:
    window.home.set_routines(window.services.library, {}, "evening-stretch")
    window.home.routine_actions.edit_button.click()  # built in: shown read-only
    return window.editor_screen


SCREENS: dict[str, Callable] = {
    "home": lambda w: (w.show_home(), w.home)[1],
    "player": _open_player,
    "cramp": lambda w: (w.open_cramp(), w.cramp_screen)[1],
    "cramp diary": _open_cramp_diary,
    "reminders": lambda w: (w.open_reminders(), w.reminders_screen)[1],
    "reminder editor": _open_reminder_editor,
    "history": lambda w: (w.open_history(), w.history_screen)[1],
    "cramp editor": _open_cramp_editor,
    "settings": lambda w: (w.open_settings(), w.settings_screen)[1],
    "routine editor": _open_routine_editor,
    "read-only routine": _open_read_only_routine,
}


@pytest.fixture(params=["en", "ru"])
def language(request, qapp):
    """Each walk in English and in Russian (about a quarter longer)."""
    install_translator(qapp, request.param)
    yield request.param
    install_translator(qapp, "en")


@pytest.fixture
def window(qtbot, language):
    for win, _clock in shown_window(qtbot, 1024, 680, language):
        yield win
    app = QApplication.instance()
    apply_theme(app, "light", 1.0)


def visible_controls(screen: QWidget) -> list[QWidget]:
    """Controls a user can reach; a spin box's or combo box's inner editor is part of it."""
    return [w for w in screen.findChildren(QWidget)
            if isinstance(w, CONTROLS) and w.isVisible() and w.isEnabled()
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)]


def tab_chain(window, screen: QWidget) -> set[QWidget]:
    """The controls Tab visits, starting from the screen's first one."""
    start = visible_controls(screen)[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[QWidget] = set()
    for _ in range(400):
        current = QApplication.focusWidget()
        if current is None or current in seen:
            break
        seen.add(current)
        window.focusNextChild()
    return seen


@pytest.mark.parametrize("name", SCREENS)
def test_every_control_has_an_accessible_name(window, name):
    screen = SCREENS[name](window)
    for control in visible_controls(screen):
        assert control.accessibleName().strip(), (
            f"{name}: {type(control).__name__} {control.objectName()!r} "
            f"{getattr(control, 'text', lambda: '')()!r} has no accessible name")


@pytest.mark.parametrize("name", SCREENS)
def test_tab_reaches_every_control(window, qtbot, name):
    screen = SCREENS[name](window)
    qtbot.wait(1)  # let the layout settle (no real-time waiting beyond one event pass)
    reached = tab_chain(window, screen)
    missing = [f"{type(w).__name__} {w.accessibleName()!r}" for w in visible_controls(screen)
               if w not in reached and not _inside_reached(w, reached)
               and not _group_reached(w, reached)]
    assert not missing, f"{name}: Tab never reaches {missing}"


def _group_reached(widget: QWidget, reached: set[QWidget]) -> bool:
    """Exclusive choices work like radio buttons: Tab enters the group, arrows move in it."""
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    return group is not None and group.exclusive() and any(
        b in reached for b in group.buttons())


def _inside_reached(widget: QWidget, reached: set[QWidget]) -> bool:
    """A cell editor or a scroll area's viewport counts as reached with its view."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent in reached and isinstance(parent, QAbstractScrollArea | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("desktop_points", [None, 11.0])  # this machine's 9 pt; GNOME's 11
@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("name", SCREENS)
def test_no_label_is_cut_off(window, qtbot, name, scale, desktop_points):
    app = QApplication.instance()
    original = app.property(BASE_SIZE_PROPERTY)
    if desktop_points:
        apply_theme(app, "light", 1.0, base_point_size=desktop_points)
    apply_theme(app, "light", scale)
    screen = SCREENS[name](window)
    window.resize(1024, 680)
    # A font change re-lays out through posted events: give it its event passes.
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not cut_labels(screen), timeout=3000)
    cut = cut_labels(screen)
    apply_theme(app, "light", 1.0, base_point_size=original)
    assert not cut, f"{name} at {scale}x of {desktop_points or 'default'} pt: " + "; ".join(cut)


def cut_labels(screen: QWidget) -> list[str]:
    cut = []
    for label in screen.findChildren(QLabel):
        if not label.isVisible() or not label.text() or _in_scroll_area(label):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 2:
                cut.append(f"{label.objectName() or label.text()[:30]!r}: "
                           f"needs {needed} px, has {label.height()}")
        elif label.sizeHint().width() > label.width() + 2:
            cut.append(f"{label.objectName() or label.text()[:30]!r}: "
                       f"needs {label.sizeHint().width()} px wide, has {label.width()}")
    return cut


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def test_tab_on_home_goes_down_the_screen_as_it_is_laid_out(qtbot):
    """From the Cramp button, Tab visits home's controls in reading order: top to bottom,
    and left to right within a row, the programme's line included; then it comes back."""
    shown = shown_window(qtbot, 1024, 680)
    window, _clock = next(shown)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.attach_programme()  # as once the diary is open
    home = window.home
    try:
        start = home.cramp_button
        start.setFocus(Qt.FocusReason.TabFocusReason)
        visited = [start]
        for _ in range(40):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is start:
                break
            visited.append(QApplication.focusWidget())
        else:
            pytest.fail("Tab never came back to the Cramp button")
        assert window.programme_panel is not None
        assert any(window.programme_panel.isAncestorOf(w) for w in visited)
        assert {home.routines, home.reminders_button, home.history_button,
                home.settings_button, home.help_button} <= set(visited)

        def place(widget: QWidget) -> tuple[int, int]:
            top_left = widget.mapTo(home, widget.rect().topLeft())
            return top_left.y() + widget.height() // 2, top_left.x()

        for before, after in itertools.pairwise(visited):
            (y0, x0), (y1, x1) = place(before), place(after)
            same_row = abs(y1 - y0) <= 8
            assert (same_row and x1 > x0) or (not same_row and y1 > y0), (
                f"Tab went from {before.objectName() or before.text()!r} at {(x0, y0)}"
                f" to {after.objectName() or getattr(after, 'text', str)()!r} at {(x1, y1)}")
    finally:
        next(shown, None)  # closes the diary

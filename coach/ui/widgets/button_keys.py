"""Enter and Space press the focused button, on every screen and dialog.

Why one filter for the whole app: Qt lets Enter press a focused push button
only inside a QDialog (``autoDefault``), so on the app's screens, which are
pages of the main window, a focused "Back to routines" ignored Enter. And a
screen's own Space or Enter shortcut (Space pauses the player, Enter saves
the cramp diary) wins over the focused button, so a keyboard user who
tabbed to "Play again" and pressed Space got something else. Fixing this in
one event filter covers every button, including the ones a screen makes
itself and those in message boxes, instead of relying on each screen to use
a particular class.

Why the filter follows the focus instead of sitting on the application: an
application-wide filter written in Python sees every event of every object,
so PySide6 wraps each of them for Python, including objects Qt is still
building, whose class it cannot tell; to find it, it creates the Python
classes and enums of every Qt class it knows (measured: 18 ms and 167 enum
classes at the first list view, before the window's first frame, and the
memory they hold all day). The keys only matter to the button that has the
focus, so the filter sits on that button, moved by ``focusChanged``.

The rule: when a push or tool button has the keyboard focus, Space and
Enter (Return or the keypad's Enter) without Ctrl/Alt/Meta press that
button and nothing else. Everywhere else the keys do what they did.

A held Enter presses once (``key_repeat.py`` says how a repeat is told apart).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

from coach.ui.widgets.key_repeat import ENTER_KEYS, HELD

ACTIVATE_KEYS = frozenset({Qt.Key.Key_Space, *ENTER_KEYS})
_BLOCKING = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.MetaModifier)


def _focused_button(watched: QObject) -> QPushButton | QToolButton | None:
    if isinstance(watched, (QPushButton, QToolButton)) and watched.hasFocus() \
            and watched.isEnabled() and watched.isVisible():
        return watched
    return None


class ButtonKeys(QObject):
    """The filter; install it once with ``install``."""

    def follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """``QApplication.focusChanged``: the filter leaves the button that lost the
        focus and goes on the one that has it now."""
        if isinstance(old, (QPushButton, QToolButton)):
            with contextlib.suppress(RuntimeError):  # already deleted
                old.removeEventFilter(self)
        if isinstance(new, (QPushButton, QToolButton)):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyRelease:
            assert isinstance(event, QKeyEvent)
            HELD.note_release(event)
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        if key not in ACTIVATE_KEYS or event.modifiers() & _BLOCKING:
            return False
        button = _focused_button(watched)
        if button is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # "This key is mine": the window's shortcuts for it do not fire and
            # the key press comes to the button instead.
            event.accept()
            return True
        if key in ENTER_KEYS:
            if not HELD.repeated(event):
                button.click()
            return True
        return False  # Space: the button's own handling (press, release = click)


_installed: ButtonKeys | None = None


def install(app: QApplication | None = None) -> ButtonKeys:
    """Put the filter on whichever button has the focus, from now on, once (later
    calls return the same one)."""
    global _installed
    if _installed is None:
        app = app or QApplication.instance()  # type: ignore[assignment]
        assert app is not None
        _installed = ButtonKeys(app)
        app.focusChanged.connect(_installed.follow_focus)
        _installed.follow_focus(None, app.focusWidget())
    return _installed

"""Enter and Space press the focused button, on every screen and dialog.

Why one application-wide filter: Qt lets Enter press a focused push button
only inside a QDialog (``autoDefault``), so on the app's screens, which are
pages of the main window, a focused "Back to routines" ignored Enter. And a
screen's own Space or Enter shortcut (Space pauses the player, Enter saves
the cramp diary) wins over the focused button, so a keyboard user who
tabbed to "Play again" and pressed Space got something else. Fixing this in
one event filter covers every button, including the ones a screen makes
itself and those in message boxes, instead of relying on each screen to use
a particular class.

The rule: when a push or tool button has the keyboard focus, Space and
Enter (Return or the keypad's Enter) without Ctrl/Alt/Meta press that
button and nothing else. Everywhere else the keys do what they did.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

ACTIVATE_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter})
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_BLOCKING = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.MetaModifier)


def _focused_button(watched: QObject) -> QPushButton | QToolButton | None:
    if isinstance(watched, (QPushButton, QToolButton)) and watched.hasFocus() \
            and watched.isEnabled() and watched.isVisible():
        return watched
    return None


class ButtonKeys(QObject):
    """The filter; install it once with ``install``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
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
            if not event.isAutoRepeat():
                button.click()
            return True
        return False  # Space: the button's own handling (press, release = click)


_installed: ButtonKeys | None = None


def install(app: QApplication | None = None) -> ButtonKeys:
    """Install the filter on the application once (later calls return the same one)."""
    global _installed
    if _installed is None:
        app = app or QApplication.instance()  # type: ignore[assignment]
        assert app is not None
        _installed = ButtonKeys(app)
        app.installEventFilter(_installed)
    return _installed

"""A held Enter acts once: its repeats told apart from real presses.

Why: X repeats a held key as a release and a press with one timestamp, and Qt
marks such pairs as repeats, but not always (seen under openbox). And a key
held while its window closes goes on repeating into the window that comes up
next: Enter held on the reminder pop-up's "Skip tonight" went on into home's
routine list and opened the routine the user had just skipped; held on
"Start", it pressed the routine's Pause button. No hand lets go of a key and
presses it again within a millisecond, so a press with the timestamp of the
release just before it is a repeat, whatever its mark. Events made by Qt
itself (tests, accessibility tools) carry no time and are never repeats.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget

#: X gives a repeated key's release and press one timestamp (milliseconds).
REPEAT_SAME_MS = 1
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class HeldKeys:
    """Remembers when each Enter key was last let go, to tell a repeat from a press."""

    def __init__(self) -> None:
        self._released_at: dict[int, int] = {}

    def note_release(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            self._released_at[event.key()] = event.timestamp()

    def repeated(self, event: QKeyEvent) -> bool:
        """A press that only repeats a key held down."""
        if event.isAutoRepeat():
            return True
        released = self._released_at.get(event.key(), 0)
        pressed = event.timestamp()
        return released > 0 and pressed > 0 and 0 <= pressed - released <= REPEAT_SAME_MS


#: One for the app: a key let go in one window may repeat into the next (X time is global).
HELD = HeldKeys()


class EnterOnceList(QListWidget):
    """A list whose Enter opens the current item once per press, never on repeats."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and HELD.repeated(event):
            event.accept()  # a held key: nothing opens again, nothing else gets it
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        HELD.note_release(event)
        super().keyReleaseEvent(event)

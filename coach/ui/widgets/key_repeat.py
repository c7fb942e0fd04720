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

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QTableView, QWidget

#: X gives a repeated key's release and press one timestamp (milliseconds).
REPEAT_SAME_MS = 1
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class HeldKeys:
    """Remembers when each key was last let go, to tell a repeat from a press."""

    def __init__(self) -> None:
        self._released_at: dict[int, int] = {}

    def note_release(self, event: QKeyEvent) -> None:
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


class EnterOnce:
    """For an item view: Enter opens the current item once per press, never on repeats.

    Mixed in before the Qt class (``class EnterOnceList(EnterOnce, QListWidget)``).
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and HELD.repeated(event):
            event.accept()  # a held key: nothing opens again, nothing else gets it
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        HELD.note_release(event)
        super().keyReleaseEvent(event)  # type: ignore[misc]


class EnterOnceList(EnterOnce, QListWidget):
    """Home's routines, the editor's exercises: a held Enter chooses once."""


class EnterOnceTable(EnterOnce, QTableView):
    """History's diary: a held Enter opens the entry once, not again after each save."""


class _OwnerKeys(QObject):
    """Watches the key events that reach ``owner`` (its own, and its children's on
    their way up) and tells whether the press now being matched to a shortcut is
    a held key's repeat.

    Why here: a shortcut's press never reaches a widget (the shortcut takes it),
    and X's unmarked repeats (a release and a press with one timestamp) are only
    told apart with both times; Qt asks the focused widget and its parents about
    every press first (``ShortcutOverride``), so the owner sees it just before
    its shortcut acts.
    """

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.repeat = False
        owner.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent):
            HELD.note_release(event)
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            self.repeat = HELD.repeated(event)
        return False


def _owner_keys(owner: QWidget) -> _OwnerKeys:
    found = owner.findChild(_OwnerKeys, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, _OwnerKeys) else _OwnerKeys(owner)


def key_once(key: Qt.Key | str | QKeySequence | QKeySequence.StandardKey, owner: QWidget,
             slot: Callable[[], object], ambiguous: bool = False) -> QShortcut:
    """``key`` calls ``slot`` while the focus is in ``owner``: once per press, a held
    key does not repeat it (marked repeats, and X's unmarked ones: ``_OwnerKeys``).

    Why: a key held a moment too long (half asleep, or a slow hand) repeated every
    shortcut it reached: Escape ended the cramp and then skipped its diary entry,
    → skipped exercise after exercise, Delete deleted diary entry after diary
    entry, Enter saved History's form the moment it opened. ``ambiguous``: also
    when the key matches another shortcut as well (a non-Latin layout's letter).
    """
    watch = _owner_keys(owner)
    found = QShortcut(QKeySequence(key), owner)
    found.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    found.setAutoRepeat(False)

    def pressed() -> None:
        if not watch.repeat:
            slot()

    found.activated.connect(pressed)
    if ambiguous:
        found.activatedAmbiguously.connect(pressed)
    return found

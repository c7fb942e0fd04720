"""The window's keys: C for Cramp now from anywhere (dialogs too), Ctrl+Q to quit.

Why a module: "C" must reach the relief steps whatever is open. A
window-modal dialog (a question box, "When to get help", the first-start menu
offer) blocks the window's own shortcuts, so every dialog of the window gets
the same key as its own action, and the key first closes the open dialogs so
that none covers the steps. A text field still takes its own "c" (Qt asks it
first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QChildEvent, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from coach.ui.window_text import WindowText


def window_action(window: QMainWindow, text: str, key: str,
                  slot: Callable[[], None]) -> QAction:
    """An action of ``window`` with a window-wide shortcut."""
    action = QAction(text, window)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    return action


class WindowKeys:
    """Makes the window's actions: ``cramp_key`` (the key home's button shows) opens
    the relief steps with ``open_cramp``, Ctrl+Q quits for real with ``quit``."""

    def __init__(self, window: QMainWindow, cramp_key: str, open_cramp: Callable[[], None],
                 quit: Callable[[], None]) -> None:
        self._window = window
        self._open_cramp = open_cramp
        # One action for every way in (button, key, tray menu): the tray plugs
        # this same action into its menu.
        self.cramp_action = window_action(window, WindowText.tr("Cramp now"), cramp_key,
                                          self.cramp_key)
        # The same key in every dialog of the window (see ``dialog_polished``).
        self.cramp_dialog_action = window_action(window, WindowText.tr("Cramp now"), cramp_key,
                                                 self.cramp_key)
        self.quit_action = window_action(window, WindowText.tr("Quit Calf Coach"), "Ctrl+Q",
                                         quit)
        window.addAction(self.cramp_action)
        window.addAction(self.quit_action)

    def cramp_key(self) -> None:
        """C pressed anywhere in the app: close the window's open dialogs, then Cramp now.

        A dialog of the window would otherwise keep the key and cover the relief steps.
        """
        window = self._window
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self._open_cramp()
        window.raise_()
        window.activateWindow()

    def child_event(self, event: QChildEvent) -> None:
        """The window's ``childEvent``: every dialog of the window answers C too."""
        # Only a polished child is asked for: one just added is still being built,
        # and PySide6 cannot name its class; to find it, it creates the Python classes
        # (and their enums) of every Qt class it knows: 18 ms and 150 enum classes.
        if event.type() != QEvent.Type.ChildPolished:
            return
        child = event.child()
        if isinstance(child, QDialog):
            child.addAction(self.cramp_dialog_action)

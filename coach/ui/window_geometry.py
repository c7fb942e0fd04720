"""The window's size, position and maximised state between runs.

Apart from the window, which only navigates; the file itself is
``coach.store.window_state`` (no Qt). A saved place that lies on no screen now
(a monitor that went away) is not restored: the default size is better than a
window off-screen. Only a window that was shown has a geometry worth keeping.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from coach.store import window_state

log = logging.getLogger(__name__)


def restore(window: QWidget) -> bool:
    """Take the size, position and maximised state saved last time (before ``show``);
    False when there is none, or it lies on no screen now: the default size stays."""
    state = window_state.load()
    if state is None:
        return False
    rect = QRect(state.x, state.y, max(state.width, window.minimumWidth()),
                 max(state.height, window.minimumHeight()))
    if not any(screen.availableGeometry().intersects(rect)
               for screen in QGuiApplication.screens()):
        return False  # a monitor that went away: not off-screen, the default
    window.setGeometry(rect)
    if state.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True


def save(window: QWidget) -> None:
    """Remember size, position and maximised state (the window calls this on close,
    quit and restart, once it has been shown)."""
    normal = window.normalGeometry() if window.isMaximized() else window.geometry()
    if not normal.isValid():
        normal = window.geometry()
    state = window_state.WindowState(normal.x(), normal.y(), normal.width(),
                                     normal.height(), window.isMaximized())
    log.debug("window state: %s", state)
    window_state.save(state)

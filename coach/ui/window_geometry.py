"""The window's size, position and maximised state between runs.

Apart from the window, which only navigates; the file itself is
``coach.store.window_state`` (no Qt). A saved place that lies on no screen now
(a monitor that went away) is not restored: the default size is better than a
window off-screen. Only a window that was shown has a geometry worth keeping.

The window never starts taller or wider than the screen's free area: on a
1024x680 laptop screen the default size plus the title bar used to push the
status line (where "Saved in your diary" appears) below the screen's edge.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from coach.store import window_state

log = logging.getLogger(__name__)

#: The size the window opens at when nothing was saved, on a screen big enough.
DEFAULT_SIZE = QSize(1024, 680)
#: Room left for the window manager's frame: the title bar and the borders,
#: which are not known before the window is shown (openbox, GNOME and KDE
#: title bars are 20 to 40 px high).
FRAME_ALLOWANCE = QSize(16, 48)


def fitted(size: QSize, free: QRect, minimum: QSize) -> QSize:
    """``size``, made small enough that it and its frame fit in ``free`` (a screen's
    available area), but never below ``minimum``."""
    room = free.size() - FRAME_ALLOWANCE
    return QSize(max(minimum.width(), min(size.width(), room.width())),
                 max(minimum.height(), min(size.height(), room.height())))


def apply_default_size(window: QWidget) -> None:
    """The default size, fitted to the screen the window will open on."""
    free = window.screen().availableGeometry()
    window.resize(fitted(DEFAULT_SIZE, free, window.minimumSize()))


def restore(window: QWidget) -> bool:
    """Take the size, position and maximised state saved last time (before ``show``);
    False when there is none, or it lies on no screen now: the default size stays."""
    state = window_state.load()
    if state is None:
        return False
    rect = QRect(state.x, state.y, max(state.width, window.minimumWidth()),
                 max(state.height, window.minimumHeight()))
    home = next((screen for screen in QGuiApplication.screens()
                 if screen.availableGeometry().intersects(rect)), None)
    if home is None:
        return False  # a monitor that went away: not off-screen, the default
    # Saved on a bigger screen than this one (a laptop taken off its monitor):
    # no larger than this screen's free area.
    free = home.availableGeometry()
    rect.setSize(fitted(rect.size(), free, window.minimumSize()))
    # ... and moved in far enough that its bottom edge (the status line) shows.
    rect.moveTo(max(free.left(), min(rect.left(), free.right() + 1 - rect.width()
                                      - FRAME_ALLOWANCE.width())),
                max(free.top(), min(rect.top(), free.bottom() + 1 - rect.height()
                                    - FRAME_ALLOWANCE.height())))
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

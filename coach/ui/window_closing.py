"""What closing the window does, and keeping its size and place between runs.

Apart from the window, which only navigates. Closing is not always quitting:

- in the middle of Cramp now the diary question comes first; a second close
  closes (someone whose cramp has passed may still want to note it);
- when the app keeps running (in the tray, or in the background without one)
  the window hides, the reminders keep running, and the one-time hint says
  how to get back;
- otherwise, and always after Quit, the window closes.

Whatever the outcome, a running routine or relief countdown is left and the
screen may sleep again, and the size and position are saved (only for a
window that was shown: a never-shown one has no geometry worth keeping).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.ui.screen_builders import CRAMP_SCREEN

if TYPE_CHECKING:
    from coach.ui.main_window import MainWindow


class WindowCloser:
    """Decides each close of the window; ``quitting`` is set by a real Quit."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.quitting = False
        self.shown_once = False  # set when the window is first shown

    def restore_geometry(self) -> bool:
        """Size, position and maximised state from last time (before ``show``); False
        when there is none, or it lies on no screen now (``coach.ui.window_geometry``)."""
        from coach.ui import window_geometry

        return window_geometry.restore(self._window)

    def save_geometry(self) -> None:
        """Remember size, position and maximised state (on close, quit and restart)."""
        if not self.shown_once:
            return
        from coach.ui import window_geometry

        window_geometry.save(self._window)

    def may_close(self) -> bool:
        """Called on every close: True lets the window close, False keeps it (on the
        cramp diary, or hidden in the background)."""
        window = self._window
        self.save_geometry()
        if not self.quitting:
            cramp = window.screens.built(CRAMP_SCREEN)
            if cramp is not None and window.stack.currentWidget() is cramp \
                    and not cramp.on_diary:
                cramp.cramp_gone()  # offer the diary first; a second close closes
                return False
        window.leave_running()
        window.player_services.release_screen()
        if not self.quitting and window.background.where:
            window.hide()
            window.background.tell_once()
            return False
        return True

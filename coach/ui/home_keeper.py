"""Home, built at once or when the window is first seen, and its programme line.

Why not simply at start: a start in the background (``home_now=False``)
builds home when the window is first shown un-minimised; until then nobody
sees it, and it holds 2.4 MB. A window that opens on another screen (a cold
``coach --cramp``, or a hot key that brings a background window up on the
cramp screen) builds home right after that screen's frame, so the night
screen comes first. Until home exists an empty page is current, so a screen
built in the meantime (the cramp screen) does not become current by being
first in the stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from coach.ui.screen_builders import build_home

if TYPE_CHECKING:
    from coach.ui.home_screen import HomeScreen
    from coach.ui.main_window import MainWindow

#: At the latest this long after another screen was shown, home is built anyway.
HOME_LATEST_MS = 1000


class HomeKeeper:
    """Owns the window's home screen: ``screen`` is None until it is built."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.screen: HomeScreen | None = None
        self._placeholder: QWidget | None = QWidget()
        window.stack.addWidget(self._placeholder)

    def get(self) -> HomeScreen:
        """Home, built now if it was not."""
        if self.screen is None:
            self._build()
        assert self.screen is not None
        return self.screen

    def _build(self) -> None:
        window = self._window
        home = self.screen = build_home(window)
        if window.next_reminder_texts is not None:
            home.set_next_reminder_text(window.next_reminder_texts[0])
        window.stack.insertWidget(0, home)
        self.attach_programme()
        placeholder, self._placeholder = self._placeholder, None
        if placeholder is not None:
            if window.stack.currentWidget() is placeholder:
                window.show_home()
            window.stack.removeWidget(placeholder)
            placeholder.deleteLater()

    def when_seen(self) -> None:
        """The window was shown or un-minimised: build home now, or after the frame of
        the screen that is shown instead (a cramp at night)."""
        window = self._window
        if self.screen is None and window.isVisible() and not window.isMinimized():
            if window.stack.currentWidget() is self._placeholder:
                self._build()
            else:
                window.paint_hooks.after_next_paint(self._build_if_missing)
                # A lambda, not the bound method: PySide6 keeps a lambda alive, and a
                # bound method of a plain object that is gone when the timer fires,
                # with a context object, crashes (see cramp/fit_memory.py).
                QTimer.singleShot(HOME_LATEST_MS, window, lambda: self._build_if_missing())

    def _build_if_missing(self) -> None:
        if self.screen is None:
            self._build()

    def attach_programme(self) -> None:
        """Put the six-week programme's line on home once the diary is open, or refresh it."""
        window = self._window
        history = window.services.history
        if self.screen is None or history is None:
            return
        if window.programme_panel is None:
            from coach.ui.programme_widgets import ProgrammePanel

            window.programme_panel = ProgrammePanel(history, window.services.clock)
            self.screen.programme_slot.addWidget(window.programme_panel)
            self.screen.place_programme_in_tab_order(window.programme_panel)
        else:
            window.programme_panel.refresh()

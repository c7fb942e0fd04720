"""Closing the window keeps Calf Coach running for the reminders, and says so once.

Apart from the window, which only navigates: where the app keeps running when
its window closes (the tray, or the background when there is no tray), and
the one-time explanation, naming only ways back that exist on this machine.
The explanation goes through the tray's balloon when there is one, else a
small message box; that it was shown is remembered in the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from coach import APP_NAME
from coach.store import settings_schema as schema
from coach.ui.window_text import WindowText

if TYPE_CHECKING:
    from coach.store.settings import Settings
    from coach.ui.settings_keeper import SettingsKeeper


def background_text(menu_entry: bool | None = None) -> str:
    """What to tell about running without a tray, naming only ways back that exist: the
    app menu only when our entry is installed there (``menu_entry`` None: look)."""
    if menu_entry is None:
        from coach.platform.desktop_entry import menu_entry_installed

        menu_entry = menu_entry_installed()
    if menu_entry:
        return WindowText.tr("Calf Coach keeps running in the background so your "
                             "reminders can appear. Run coach or open Calf Coach from "
                             "your app menu to see it again; Ctrl+Q in its window quits.")
    return WindowText.tr("Calf Coach keeps running in the background so your reminders "
                         "can appear. Run coach in a terminal to see it again; Ctrl+Q in "
                         "its window quits.")


class BackgroundHint:
    """Where the app goes on close (``where``), and the hint, told once."""

    def __init__(self, settings: Callable[[], Settings], keeper: SettingsKeeper,
                 parent: QWidget) -> None:
        self._settings = settings
        self._keeper = keeper
        self._parent = parent
        self.where: str | None = None  # "tray", "background", or None: quit on close
        self._tell: Callable[[str], bool] | None = None

    def keep_running(self, where: str | None, tell: Callable[[str], bool] | None) -> None:
        """See ``MainWindow.keep_running_when_closed``."""
        self.where = where
        self._tell = tell

    def tell_once(self) -> None:
        """The first time the window closes to the background: say how to get back."""
        if self._settings().value(schema.BACKGROUND_HINT_SHOWN):
            return
        if self.where == "tray":
            text = WindowText.tr("Calf Coach keeps running in the tray so your reminders "
                                 "can appear. Quit it from the tray menu.")
        else:
            text = background_text()
        if self._tell is None or not self._tell(text):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self._parent, APP_NAME, text)
        self._keeper.set_and_save("background_hint_shown", True)

"""Keeps the settings the window changes (cue switches, reminders, one-time hints) on disk.

Apart from the window, which only navigates. Every change is validated by
``Settings.set`` and written at once (``save()`` writes only when something
changed), so nothing is lost if the app is killed right after. A folder that
cannot be written is told in one line of the status bar: the change still
applies until the app closes. The Settings screen saves its own changes the
same way (coach/ui/settings_screen.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from coach.store.settings_schema import REMINDERS, Reminder
from coach.ui.window_text import WindowText

if TYPE_CHECKING:
    from coach.store.settings import Settings

log = logging.getLogger(__name__)


class SettingsKeeper:
    """Sets and saves; tells the user (``notify``) what could not be kept."""

    def __init__(self, settings: Callable[[], Settings],
                 notify: Callable[[str, int], None]) -> None:
        self._settings = settings  # asked each time: tests and the app may replace it
        self._notify = notify

    def save(self) -> bool:
        """Write the file if anything changed; False (and told) when it could not."""
        try:
            self._settings().save()
        except OSError as exc:
            self._notify(WindowText.tr("Could not save settings: {error}").format(error=exc),
                         15000)
            return False
        return True

    def set_and_save(self, key: str, value: object) -> None:
        """A value the app itself chose (a cue switch, a hint shown): valid by construction,
        so a ValueError here is a bug and is raised."""
        self._settings().set(key, value)
        self.save()

    def save_reminders(self, reminders: list[Reminder]) -> list[Reminder] | None:
        """Keep the reminders screen's list; the list as stored, or None when it was
        refused (the user is told why, and the stored list stays)."""
        settings = self._settings()
        try:
            settings.set("reminders", reminders)
        except ValueError as exc:
            self._notify(WindowText.tr("That reminder could not be kept: {error}").format(
                error=exc), 15000)
            return None
        self.save()
        stored: list[Reminder] = settings.value(REMINDERS)
        return stored

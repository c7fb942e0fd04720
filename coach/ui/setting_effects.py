"""What a changed setting does at once to the screens that are built.

Apart from the window, which only navigates: the Settings screen has already
saved the change; this makes it visible now (the theme and text size, the
cue switches, the reminders screen's list and bedtime, the emergency number
on the warnings). Screens not built yet start with the new value anyway.
The reminders themselves follow through the window's ``settingChanged``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from coach.store import settings_schema as schema
from coach.ui.screen_builders import CRAMP_SCREEN, PLAYER_SCREEN, REMINDERS_SCREEN
from coach.ui.theme import apply_theme

if TYPE_CHECKING:
    from coach.ui.main_window import MainWindow

#: Settings that move the reminders screen's "quiet hours" and relative times.
NIGHT_KEYS = ("bedtime", "quiet_margin_min", "quiet_until")


def apply_setting(window: MainWindow, key: str) -> None:
    """Show the new value of ``key`` on every built screen that shows it."""
    settings, screens = window.services.settings, window.screens
    if key in ("theme", "text_scale"):
        app = QApplication.instance()
        if isinstance(app, QApplication):  # always, in a window; the stubs say Optional
            apply_theme(app, settings.value(schema.THEME), settings.value(schema.TEXT_SCALE))
        cramp = screens.built(CRAMP_SCREEN)
        if cramp is not None:  # built later, it starts at the new size
            cramp.apply_text_scale()
    elif key in ("sound_enabled", "voice_enabled"):
        window.player_services.apply_cue_settings()
    elif key == "reminders" and (reminders := screens.built(REMINDERS_SCREEN)) is not None:
        reminders.set_reminders(settings.value(schema.REMINDERS))
    elif key in NIGHT_KEYS and (reminders := screens.built(REMINDERS_SCREEN)) is not None:
        reminders.set_bedtime(settings.value(schema.BEDTIME))
        from coach.engine.schedule import Night

        reminders.set_night(Night.from_get(settings.get))
    elif key == "emergency_number":
        for screen in (screens.built(PLAYER_SCREEN), screens.built(CRAMP_SCREEN)):
            if screen is not None:
                screen.set_emergency_number(window.emergency_number())

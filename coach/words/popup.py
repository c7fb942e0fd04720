"""The reminder's own words: its heading, the snooze button's text (no widgets).

Used by the pop-up (``coach.ui.reminder_window``) and by the desktop
notification, which says the same; apart from the pop-up so that an app
waiting in the background holds the pop-up's widgets only once one is shown.
The evening edges are those of ``coach.words.reminders``.
"""

from __future__ import annotations

from datetime import datetime

from coach.i18n import Tr
from coach.words.reminders import EVENING_FROM_HOUR, NIGHT_ENDS_HOUR


class PopupText(Tr):
    """Translation context for the reminder pop-up (and the notification's words)."""


def is_evening(due: datetime) -> bool:
    return due.hour >= EVENING_FROM_HOUR or due.hour < NIGHT_ENDS_HOUR


def reminder_heading(due: datetime, missed: bool = False) -> str:
    """"Time for your evening stretch", or for a missed one the catch-up question."""
    if missed:
        if is_evening(due):
            return PopupText.tr("You missed tonight's stretch ({time}). Do it now?").format(
                time=f"{due:%H:%M}")
        return PopupText.tr("You missed your {time} stretch. Do it now?").format(
            time=f"{due:%H:%M}")
    return (PopupText.tr("Time for your evening stretch") if is_evening(due)
            else PopupText.tr("Time for your stretch"))


def snooze_text(minutes: int) -> str:
    return PopupText.tr("Snooze {minutes} min").format(minutes=minutes)

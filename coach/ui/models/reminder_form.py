"""The reminders' data and words apart from their widgets: the form's defaults and
problems, a new reminder's id, a weekday toggle's tooltip, and the clock time
an older version of the app uses for a reminder before bedtime.

Unit-tested without a window (``tests/unit/test_reminder_form.py``); the
translation contexts are the screens' (``RemindersText``, ``ReminderFormText``).
"""

from __future__ import annotations

from coach.engine.schedule import Night, Reminder, relative_wall
from coach.i18n import QT_TRANSLATE_NOOP, Tr
from coach.store import settings_schema as schema
from coach.words.reminders import DAYS

DEFAULT_TIME = "21:30"
DEFAULT_BEFORE_BEDTIME = 30
AT_TIME, BEFORE_BEDTIME = "fixed", "bedtime"  # the two kinds of reminder (the "When" choice)
DEFAULT_ROUTINE = "evening-stretch"
LABEL_MAX = 60


class RemindersText(Tr):
    """Translation context for the Reminders screen."""


class ReminderFormText(Tr):
    """Translation context for the reminder form."""


# Problems are kept as English sources (tests compare with them) and shown translated.
NO_DAY = QT_TRANSLATE_NOOP("ReminderFormText", "Pick at least one day.")
NO_LABEL = QT_TRANSLATE_NOOP("ReminderFormText", "Give the reminder a name (the label).")
NO_ROUTINE = QT_TRANSLATE_NOOP("ReminderFormText", "Pick a routine.")


def remind_on_tip(day: str) -> str:
    """The tooltip of a weekday toggle (whole sentences: Russian inflects the day)."""
    return {
        "mon": ReminderFormText.tr("Remind on Mondays (Space turns it on or off)"),
        "tue": ReminderFormText.tr("Remind on Tuesdays (Space turns it on or off)"),
        "wed": ReminderFormText.tr("Remind on Wednesdays (Space turns it on or off)"),
        "thu": ReminderFormText.tr("Remind on Thursdays (Space turns it on or off)"),
        "fri": ReminderFormText.tr("Remind on Fridays (Space turns it on or off)"),
        "sat": ReminderFormText.tr("Remind on Saturdays (Space turns it on or off)"),
        "sun": ReminderFormText.tr("Remind on Sundays (Space turns it on or off)"),
    }[day]


def new_reminder_id(existing: list[schema.Reminder]) -> str:
    """The first free "r-<n>", so ids stay short and never repeat within the list."""
    taken = {str(item.get("id")) for item in existing}
    n = 1
    while f"r-{n}" in taken:
        n += 1
    return f"r-{n}"


def fallback_time(reminder: schema.Reminder, bedtime: schema.Bedtime) -> str:
    """For a reminder before bedtime, the clock time of its first evening with today's
    ``bedtime`` setting: what an older version of the app, which knows no bedtimes,
    uses. The reminder's own ``time`` when it cannot be worked out."""
    try:
        night = Night.from_settings(bedtime)
        parsed = Reminder.from_setting({**reminder, "days": reminder["days"] or list(DAYS)})
    except (KeyError, TypeError, ValueError):
        return str(reminder["time"])
    _day, at = relative_wall(parsed, min(parsed.days), night)
    return f"{at.hour:02d}:{at.minute:02d}"

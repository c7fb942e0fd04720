"""Every setting, declared once: name, type, allowed values, default, description, when it applies.

Why one declaration: the settings file's validation (``coach.store.settings``),
typed access (``Settings.value(PREPARE_S)`` is an ``int`` to mypy), the
Settings screen's ranges and help text, and the table in ``docs/settings.md``
(written by ``tools/settings_table.py``; a test fails when it is stale) all read
the tuple ``SETTINGS`` below, so they cannot disagree. The model is
qutebrowser's ``configdata.yml``; a Python tuple instead of a data file keeps
the types checked and the start-up free of a parser.

Each ``Setting`` is built by a small constructor (``boolean``, ``whole``,
``number``, ``choice``, ...) that turns the declared range or choices into the
validator, so a range is written in one place. A validator returns the clean
value or raises ``Invalid`` (a ``ValueError``) whose template is translated when
the user is told (context ``SettingsFileText``).

To add a setting: one entry here (its description marked with
``QT_TRANSLATE_NOOP("SettingsSchemaText", ...)``), then run
``tools/settings_table.py`` and ``tools/update_translations.py``. Nothing else
needs to know it exists unless something uses it. No Qt here: the command line
and the start-up read this module before Qt is imported.
"""

from __future__ import annotations

import copy
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from coach.i18n import QT_TRANSLATE_NOOP, Tr

T = TypeVar("T")

THEMES = ("system", "light", "dark", "high-contrast")
LANGUAGES = ("system", "en", "ru")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

#: A reminder as stored: id, time "HH:MM", days, routine, label, enabled (and any
#: keys a newer version added, kept as they are).
# Its values are Any: a TypedDict cannot keep a newer version's keys; check_reminder
# checks each one.
Reminder = dict[str, Any]

# The bedtime: "HH:MM" every evening, or one "HH:MM" per day ({"mon": ..., ...}).
Bedtime = str | dict[str, str]


class SettingsSchemaText(Tr):
    """Translation context for the settings' descriptions (the Settings screen's help)."""


class Invalid(ValueError):
    """A value's problem: in English for the log (``str``), and as a template with its
    values, so the notice can say it in the user's language."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


class Applies(enum.Enum):
    """When a changed value takes effect."""

    AT_ONCE = "at once"
    NEXT_START = "at the next start"


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting. ``check`` turns a value read from the file (or given by the screen)
    into the clean value, or raises ``ValueError`` (usually ``Invalid``).

    ``kind`` and ``allowed`` are the words for the documentation table;
    ``low``/``high`` (numbers) and ``choices`` are there for the screen's controls.
    ``shown_in`` names where a user changes it ("" for what the app remembers
    by itself, such as a hint already shown).
    """

    name: str
    default: T
    check: Callable[[object], T]
    description: str  # English, marked for translation in context SettingsSchemaText
    kind: str
    allowed: str
    applies: Applies = Applies.AT_ONCE
    shown_in: str = "Settings"
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = field(default=())

    def described(self) -> str:
        """The one-line description in the interface's language."""
        description = self.description  # marked with QT_TRANSLATE_NOOP where declared
        return SettingsSchemaText.tr(description)

    def default_copy(self) -> T:
        """The default, as a copy nobody else holds (the reminders' default is a list)."""
        return copy.deepcopy(self.default)


# --- validators: return the clean value or raise Invalid("must be ...") ------------

_CLOCK_TEXT = re.compile(r"^(?:[01]?[0-9]|2[0-3]):[0-5][0-9]$")


def check_boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise Invalid(QT_TRANSLATE_NOOP("SettingsFileText", "must be true or false"))


def _number_check(low: float, high: float) -> Callable[[object], float]:
    def check(value: object) -> float:
        if isinstance(value, int | float) and not isinstance(value, bool) \
                and low <= value <= high:
            return float(value)
        raise Invalid(QT_TRANSLATE_NOOP(
            "SettingsFileText", "must be a number from {low} to {high}"), low=low, high=high)
    return check


def _whole_check(low: int, high: int) -> Callable[[object], int]:
    def check(value: object) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        raise Invalid(QT_TRANSLATE_NOOP(
            "SettingsFileText", "must be a whole number from {low} to {high}"),
            low=low, high=high)
    return check


def _choice_check(options: tuple[str, ...]) -> Callable[[object], str]:
    def check(value: object) -> str:
        if isinstance(value, str) and value in options:
            return value
        raise Invalid(QT_TRANSLATE_NOOP("SettingsFileText", "must be one of {options}"),
                      options=", ".join(options))
    return check


def check_clock_time(value: object) -> str:
    """"21:30" or " 9:05" → "21:30", "09:05"; a plain ValueError otherwise (the callers
    say which field it was)."""
    if isinstance(value, str) and _CLOCK_TEXT.match(value.strip()):
        hours, minutes = value.strip().split(":")
        return f"{int(hours):02d}:{minutes}"
    raise ValueError('must be a time of day like "21:30"')


def check_clock_time_or_off(value: object) -> str:
    if value == "" or value is None:
        return ""
    try:
        return check_clock_time(value)
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP(
            "SettingsFileText", 'must be a time of day like "07:30", or "" for off')) from None


def check_phone_number(value: object) -> str:
    """Empty (follow the locale) or a short line with a digit: "112", "103 or 112"."""
    if isinstance(value, str) and len(value.strip()) <= 30 and "\n" not in value \
            and (not value.strip() or any(ch.isdigit() for ch in value)):
        return value.strip()
    raise Invalid(QT_TRANSLATE_NOOP(
        "SettingsFileText", "must be empty or a phone number of up to 30 characters"))


def show(value: object) -> str:
    """A value as the user wrote it, shortened for one line of a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_bedtime(value: object) -> str | dict[str, str]:
    """One "HH:MM" for every evening, or a mapping with all seven days."""
    try:
        if isinstance(value, dict) and set(value) == set(DAYS):
            return {day: check_clock_time(value[day]) for day in DAYS}
        return check_clock_time(value)
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP(
            "SettingsFileText", 'must be a time like "23:00", or one for each of {days}'),
            days=", ".join(DAYS)) from None


def check_morning(value: object) -> str:
    try:
        return check_clock_time(value)
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP(
            "SettingsFileText", 'must be a time of day like "06:00"')) from None


def check_reminder(item: object) -> Reminder:
    """One reminder, cleaned; unknown keys of the item are kept for newer versions."""
    if not isinstance(item, dict):
        raise Invalid(QT_TRANSLATE_NOOP(
            "SettingsFileText", "must be a mapping with id, time, days, routine, label, enabled"))
    clean: Reminder = dict(item)
    rid = item.get("id")
    if not isinstance(rid, str) or not rid.strip():
        raise Invalid(QT_TRANSLATE_NOOP(
            "SettingsFileText", "needs an 'id' that is a non-empty text"))
    if "before_bedtime" in item:  # relative to bedtime: "time" is for older versions
        try:
            clean["before_bedtime"] = _whole_check(0, 360)(item["before_bedtime"])
        except ValueError:
            raise Invalid(QT_TRANSLATE_NOOP(
                "SettingsFileText", "'before_bedtime' must be 0 to 360 minutes, got {value}"),
                value=show(item["before_bedtime"])) from None
        item = {"time": "21:30", **item}
    try:
        clean["time"] = check_clock_time(item.get("time"))
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP(
            "SettingsFileText", "'time' must be a time of day like \"21:30\", got {value}"),
            value=show(item.get("time"))) from None
    days = item.get("days", list(DAYS))
    if not isinstance(days, list) or not days or not all(
            isinstance(day, str) and day.lower() in DAYS for day in days):
        raise Invalid(QT_TRANSLATE_NOOP(
            "SettingsFileText", "'days' must be a non-empty list of {days}"), days=", ".join(DAYS))
    wanted = {day.lower() for day in days}
    clean["days"] = [day for day in DAYS if day in wanted]
    routine = item.get("routine")
    if not isinstance(routine, str) or not routine.strip():
        raise Invalid(QT_TRANSLATE_NOOP("SettingsFileText", "needs a 'routine' id"))
    label = item.get("label", "")
    if not isinstance(label, str):
        raise Invalid(QT_TRANSLATE_NOOP("SettingsFileText", "'label' must be text"))
    clean["label"] = label
    enabled = item.get("enabled", True)
    if not isinstance(enabled, bool):
        raise Invalid(QT_TRANSLATE_NOOP("SettingsFileText", "'enabled' must be true or false"))
    clean["enabled"] = enabled
    return clean


def check_reminders(value: object) -> list[Reminder]:
    """For ``Settings.set``: the whole list must be valid. (Loading is kinder: a bad
    reminder costs only itself, see ``Settings._adopt_reminders``.)"""
    if not isinstance(value, list):
        raise ValueError("must be a list of reminders")
    cleaned = [check_reminder(item) for item in value]
    ids = [item["id"] for item in cleaned]
    if len(set(ids)) != len(ids):
        raise ValueError("must not repeat a reminder id")
    return cleaned


# --- constructors: the range or the choices are written once ----------------------------


def boolean(name: str, default: bool, description: str, *, applies: Applies = Applies.AT_ONCE,
            shown_in: str = "Settings") -> Setting[bool]:
    return Setting(name, default, check_boolean, description, "true/false", "true, false",
                   applies, shown_in)


def whole(name: str, default: int, low: int, high: int, unit: str, description: str, *,
          applies: Applies = Applies.AT_ONCE, shown_in: str = "Settings") -> Setting[int]:
    return Setting(name, default, _whole_check(low, high), description, f"whole number ({unit})",
                   f"{low} to {high}", applies, shown_in, low=low, high=high)


def number(name: str, default: float, low: float, high: float, description: str, *,
           applies: Applies = Applies.AT_ONCE, shown_in: str = "Settings") -> Setting[float]:
    return Setting(name, default, _number_check(low, high), description, "number",
                   f"{low} to {high}", applies, shown_in, low=low, high=high)


def choice(name: str, default: str, choices: tuple[str, ...], description: str, *,
           applies: Applies = Applies.AT_ONCE, shown_in: str = "Settings") -> Setting[str]:
    return Setting(name, default, _choice_check(choices), description, "one of",
                   ", ".join(choices), applies, shown_in, choices=choices)


def text(name: str, default: str, check: Callable[[object], str], allowed: str,
         description: str, *, applies: Applies = Applies.AT_ONCE,
         shown_in: str = "Settings") -> Setting[str]:
    return Setting(name, default, check, description, "text", allowed, applies, shown_in)


# --- the settings ------------------------------------------------------------------------

SOUND_ENABLED = boolean("sound_enabled", True, QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "Ticks and tones during a routine."))
VOICE_ENABLED = boolean("voice_enabled", True, QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "The exercises are read aloud during a routine."))
KEEP_SCREEN_AWAKE = boolean("keep_screen_awake", True, QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "The screen does not blank or lock while a routine plays."))
THEME = choice("theme", "system", THEMES, QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "The colours of the window; \"system\" follows the desktop."))
TEXT_SCALE = number("text_scale", 1.0, 0.75, 2.0, QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "Multiplies the size of all text in the window."))
PREPARE_S = whole("prepare_s", 5, 0, 30, "seconds", QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "A \"get ready\" countdown before the first exercise; 0 for none."))
LANGUAGE = choice("language", "system", LANGUAGES, QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "The language of the interface; \"system\" follows the desktop."),
    applies=Applies.NEXT_START)
CRAMP_SOUND = boolean("cramp_sound", False, QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "Whether the Cramp now screen, a night screen, may make sound."))
LATE_WINDOW_MIN = whole("late_window_min", 180, 0, 720, "minutes", QT_TRANSLATE_NOOP(
    "SettingsSchemaText",
    "A reminder missed while the computer was off is offered once if it is no older than "
    "this; 0 for never."))
SNOOZE_MIN = whole("snooze_min", 10, 1, 120, "minutes", QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "How long \"Snooze\" puts a reminder off."))
START_ON_LOGIN = boolean("start_on_login", False, QT_TRANSLATE_NOOP(
    "SettingsSchemaText",
    "Start in the background when you log in, so reminders come without opening the app."))
BACKGROUND_HINT_SHOWN = boolean("background_hint_shown", False, QT_TRANSLATE_NOOP(
    "SettingsSchemaText",
    "You were told once that closing the window keeps the app running for reminders."),
    shown_in="")
MENU_OFFER_SHOWN = boolean("menu_offer_shown", False, QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "The first start offered once to add the app to the menu."),
    shown_in="")
MORNING_CHECKIN = text("morning_checkin", "", check_clock_time_or_off, "\"HH:MM\", or \"\"",
                       QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "When to ask \"Any cramps last night?\" each morning; empty for never."))
EMERGENCY_NUMBER = text("emergency_number", "", check_phone_number,
                        "up to 30 characters with a digit, or \"\"", QT_TRANSLATE_NOOP(
    "SettingsSchemaText",
    "The number the warnings tell you to call; empty: the number for your region."))
BEDTIME: Setting[Bedtime] = Setting(
    "bedtime", "23:00", check_bedtime, QT_TRANSLATE_NOOP(
        "SettingsSchemaText",
        "When you usually go to bed, the same every evening or one for each day; a time "
        "before noon is after midnight."),
    "time, or one per day", "\"HH:MM\", or {mon: \"HH:MM\", ..., sun: \"HH:MM\"}")
QUIET_MARGIN_MIN = whole("quiet_margin_min", 60, 0, 240, "minutes", QT_TRANSLATE_NOOP(
    "SettingsSchemaText",
    "Quiet hours, with no reminder and no missed-reminder prompt, start this long after "
    "bedtime."))
QUIET_UNTIL = text("quiet_until", "06:00", check_morning, "\"HH:MM\"", QT_TRANSLATE_NOOP(
    "SettingsSchemaText", "Quiet hours end at this time the next morning."))
REMINDERS: Setting[list[Reminder]] = Setting(
    "reminders",
    [{
        "id": "evening",
        "time": "21:30",
        "days": list(DAYS),
        "routine": "evening-stretch",
        "label": "Evening stretch",
        "enabled": True,
    }],
    check_reminders,
    QT_TRANSLATE_NOOP("SettingsSchemaText", "When to remind you to stretch, and with which "
                                            "routine."),
    "list of reminders",
    "each: id, time \"HH:MM\" or before_bedtime (0 to 360 minutes), days (mon-sun), "
    "routine, label, enabled",
    shown_in="Reminders",
)

#: Every known setting, in the order the file is written.
# Setting[Any]: each has its own value type, and Setting is invariant in it, so no
# narrower type holds them all.
SETTINGS: tuple[Setting[Any], ...] = (
    SOUND_ENABLED, VOICE_ENABLED, KEEP_SCREEN_AWAKE, THEME, TEXT_SCALE, PREPARE_S, LANGUAGE,
    CRAMP_SOUND, LATE_WINDOW_MIN, SNOOZE_MIN, START_ON_LOGIN, BACKGROUND_HINT_SHOWN,
    MENU_OFFER_SHOWN, MORNING_CHECKIN, EMERGENCY_NUMBER, BEDTIME, QUIET_MARGIN_MIN, QUIET_UNTIL,
    REMINDERS,
)

BY_NAME: dict[str, Setting[Any]] = {setting.name: setting for setting in SETTINGS}


def defaults() -> dict[str, object]:
    """Every setting's default (fresh copies), in the file's order."""
    return {setting.name: setting.default_copy() for setting in SETTINGS}


def validators() -> dict[str, Callable[[object], object]]:
    """Every setting's validator, by name."""
    return {setting.name: setting.check for setting in SETTINGS}

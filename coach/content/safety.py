"""The medical safety text shown by the app, in one place: three levels of "get help".

Kept as data beside the content (not in a screen) so every screen that needs
the warnings shows the same words, and a test can check they are on screen.
Three levels, most urgent first, because a person in pain at night has to
see at a glance whether this is a call-an-ambulance moment, a see-someone-
today moment, or something to mention to a doctor:

- ``EMERGENCY``: call an emergency number now (the number for the user's
  country, see ``emergency_number``);
- ``TODAY``: get checked today (a possible blood clot is never massaged);
- ``SOON``: see a doctor soon.

The app coaches exercises and says it is not a doctor (``DISCLAIMER``).
No Qt import here: the command line uses this module too (``coach.i18n``
translates only once the application loaded Qt).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.i18n import QT_TRANSLATE_NOOP, Tr

if TYPE_CHECKING:
    from coach.content.model import Routine


class SafetyText(Tr):
    """Translation context for the medical warnings and the disclaimer."""


# English sources (tests compare the screens with them); shown translated
# through the functions below.
DISCLAIMER = QT_TRANSLATE_NOOP(
    "SafetyText",
    "Calf Coach coaches exercises from an article on calf cramps. "
    "It is not a doctor and does not diagnose or treat anything.")


@dataclass(frozen=True)
class WarningLevel:
    """One level of urgency: what to do (``title``) and the signs that call for it."""

    key: str  # "emergency", "today" or "soon"
    title: str  # English source; "{number}" is the emergency number where it appears
    signs: tuple[str, ...]  # English sources, one sign per entry


EMERGENCY = WarningLevel(
    "emergency",
    QT_TRANSLATE_NOOP("SafetyText", "Call an emergency number now: {number}"),
    (
        QT_TRANSLATE_NOOP("SafetyText", "fainting or loss of consciousness"),
        QT_TRANSLATE_NOOP("SafetyText",
                          "jerking of the body, eyes rolling back, foaming or heavy "
                          "salivation (a seizure, not a calf cramp)"),
        QT_TRANSLATE_NOOP("SafetyText",
                          "sudden chest pain, sudden breathlessness or coughing blood"),
        QT_TRANSLATE_NOOP("SafetyText", "a leg that is suddenly cold, pale or blue"),
    ))

TODAY = WarningLevel(
    "today",
    QT_TRANSLATE_NOOP("SafetyText", "Get checked today"),
    (
        QT_TRANSLATE_NOOP("SafetyText",
                          "one calf swollen, warm, red or painful to touch: it may be a "
                          "blood clot. Do not massage it"),
        QT_TRANSLATE_NOOP("SafetyText",
                          "a cramp that lasts more than 10 minutes despite stretching"),
        QT_TRANSLATE_NOOP("SafetyText",
                          "a cramp after an injury or a snap, or a leg that cannot bear "
                          "weight"),
    ))

SOON = WarningLevel(
    "soon",
    QT_TRANSLATE_NOOP("SafetyText", "See a doctor soon"),
    (
        QT_TRANSLATE_NOOP("SafetyText", "cramps that often disturb your sleep"),
        QT_TRANSLATE_NOOP("SafetyText", "cramps with muscle weakness, wasting or numbness"),
        QT_TRANSLATE_NOOP("SafetyText", "calf pain on walking that eases with rest"),
        QT_TRANSLATE_NOOP("SafetyText",
                          "cramps that started with a new medicine: talk to the doctor who "
                          "prescribed it, and never stop a medicine on your own"),
    ))

# Most urgent first: every screen shows them in this order.
LEVELS = (EMERGENCY, TODAY, SOON)

# The Cramp now screen's question before the first step that presses or
# massages the calf, and the advice for "yes" (a possible clot is never massaged).
SWOLLEN_QUESTION = QT_TRANSLATE_NOOP("SafetyText", "Is one calf swollen, hot or red?")
SWOLLEN_WHY = QT_TRANSLATE_NOOP(
    "SafetyText",
    "The next step presses or massages the calf. That is not safe if the calf may hide "
    "a blood clot.")
SWOLLEN_ADVICE_TITLE = QT_TRANSLATE_NOOP("SafetyText", "Get checked today: do not massage")
SWOLLEN_ADVICE = (
    QT_TRANSLATE_NOOP("SafetyText",
                      "A swollen, hot or red calf may be a blood clot. Do not massage, "
                      "press or knead it."),
    QT_TRANSLATE_NOOP("SafetyText",
                      "Get it checked today: call your doctor or an out-of-hours service."),
    QT_TRANSLATE_NOOP("SafetyText",
                      "Call {number} now if you feel short of breath, have chest pain or "
                      "feel faint."),
)

# Said before any standing step at night: the person may be half asleep, in
# the dark, with a leg that does not carry them.
STANDING_TITLE = QT_TRANSLATE_NOOP("SafetyText", "Standing steps (optional)")
STANDING_CONDITIONS = (
    QT_TRANSLATE_NOOP("SafetyText", "Turn on a light."),
    QT_TRANSLATE_NOOP("SafetyText", "Sit on the edge of the bed for 30 seconds."),
    QT_TRANSLATE_NOOP("SafetyText", "Hold on to furniture or a wall."),
    QT_TRANSLATE_NOOP("SafetyText", "If you feel dizzy, stay seated: do not stand up."),
)

# Routines (besides every routine of kind ``relief``) done right after a cramp,
# so the player shows the warnings with them.
AFTER_CRAMP_ROUTINE_ID = "after-cramp-recovery"


def needs_warnings(routine: Routine) -> bool:
    """Whether the player shows the warnings with ``routine``: relief and after-cramp ones."""
    return routine.kind == "relief" or routine.id == AFTER_CRAMP_ROUTINE_ID


# --- the emergency number -------------------------------------------------------------

# Emergency numbers by ISO 3166 territory, for the few countries whose number is
# not (only) 112. Everywhere else 112 (all of the EU and most of Europe; mobile
# phones in many other countries route it too). The user can set another one.
NUMBERS_BY_TERRITORY: dict[str, tuple[str, ...]] = {
    "RU": ("103", "112"),
    "GB": ("999",),
    "IE": ("112", "999"),
    "US": ("911",),
    "CA": ("911",),
    "AU": ("000",),
    "NZ": ("111",),
}
DEFAULT_NUMBERS = ("112",)
# When a locale names a language but no territory ("ru"), the territory it most likely means.
TERRITORY_BY_LANGUAGE = {"ru": "RU"}
# The variables that name the user's locale, strongest first (LC_TELEPHONE is the
# category that is about phone numbers).
TERRITORY_VARIABLES = ("LC_ALL", "LC_TELEPHONE", "LANG")
OR_WORD = QT_TRANSLATE_NOOP("SafetyText", "{first} or {second}")


def territory_of(locale_name: str) -> str:
    """``ru_RU.UTF-8`` -> ``RU``; ``ru`` -> ``RU`` (its usual country); "" when unknown."""
    name = locale_name.strip().split(".")[0].split("@")[0].replace("-", "_")
    parts = name.split("_")
    if len(parts) >= 2 and len(parts[-1]) == 2 and parts[-1].isalpha():
        return parts[-1].upper()
    return TERRITORY_BY_LANGUAGE.get(parts[0].lower(), "")


def territory_from_env(environ: Mapping[str, str] | None = None) -> str:
    """The territory the locale variables name; "" when they name none ("C", unset)."""
    env = os.environ if environ is None else environ
    for variable in TERRITORY_VARIABLES:
        territory = territory_of(env.get(variable, ""))
        if territory:
            return territory
    return ""


def _territory_from_qt() -> str:
    """Qt's idea of the system locale's territory (Windows, macOS), if Qt is loaded."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return ""
    return territory_of(qtcore.QLocale.system().name())


def numbers_for(territory: str) -> tuple[str, ...]:
    """The emergency numbers to show for an ISO territory code, best known first."""
    return NUMBERS_BY_TERRITORY.get(territory.upper(), DEFAULT_NUMBERS)


def emergency_number(setting: str = "", environ: Mapping[str, str] | None = None) -> str:
    """The number to show: the user's own (``emergency_number`` setting) or the locale's.

    "103 or 112" in Russia, "999" in the UK, "911" in the US and Canada,
    "112" elsewhere and when the locale says nothing.
    """
    if setting.strip():
        return setting.strip()
    territory = territory_from_env(environ) or (_territory_from_qt() if environ is None else "")
    numbers = numbers_for(territory)
    text = numbers[0]
    for number in numbers[1:]:
        text = SafetyText.tr(OR_WORD).format(first=text, second=number)
    return text


# --- wording for the screens ------------------------------------------------------------


def disclaimer_text() -> str:
    """The disclaimer in the current language."""
    return SafetyText.tr(DISCLAIMER)


def level_title(level: WarningLevel, number: str) -> str:
    """The level's heading in the current language, with the emergency number filled in."""
    title = level.title  # marked with QT_TRANSLATE_NOOP above
    return SafetyText.tr(title).format(number=number)


def level_signs(level: WarningLevel) -> tuple[str, ...]:
    """The level's signs in the current language, one per entry."""
    return tuple(SafetyText.tr(sign) for sign in level.signs)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def signs_sentence(level: WarningLevel) -> str:
    """The signs run together in one line ("Fainting ...; jerking ...; ..."): for a panel."""
    return _capital("; ".join(level_signs(level))) + "."


def level_text(level: WarningLevel, number: str) -> str:
    """A level as plain text: its heading, then one bullet per sign."""
    return level_title(level, number) + "\n" + "\n".join(
        f"• {_capital(sign)}" for sign in level_signs(level))


def all_levels_text(number: str) -> str:
    """Every level, most urgent first, separated by a blank line."""
    return "\n\n".join(level_text(level, number) for level in LEVELS)


def swollen_advice_text(number: str) -> str:
    """What to do when one calf is swollen, hot or red: one sentence per line."""
    return "\n".join(SafetyText.tr(line).format(number=number) for line in SWOLLEN_ADVICE)


def standing_conditions_text() -> str:
    """The conditions for standing at night, one bullet per line."""
    return "\n".join(f"• {SafetyText.tr(line)}" for line in STANDING_CONDITIONS)

"""The medical safety text shown by the app, in one place.

Kept as data beside the content (not in a screen) so every screen that needs
the warnings shows the same words, and a test can check they are on screen.
The wording follows the article's warnings (blood clots, injury, persistent
cramps) in plain words; the app coaches exercises and says it is not a doctor.
"""

from __future__ import annotations

from coach.i18n import QT_TRANSLATE_NOOP, Tr


class SafetyText(Tr):
    """Translation context for the medical warnings and the disclaimer."""


# English sources (tests compare the screens with them); shown translated
# through the functions below.
DISCLAIMER = QT_TRANSLATE_NOOP(
    "SafetyText",
    "Calf Coach coaches exercises from an article on calf cramps. "
    "It is not a doctor and does not diagnose or treat anything.")

GET_HELP_TITLE = QT_TRANSLATE_NOOP("SafetyText", "Get medical help if")

GET_HELP = (
    QT_TRANSLATE_NOOP("SafetyText",
                      "the calf is swollen, red, warm or tender to touch: it may be a "
                      "blood clot. Seek care now."),
    QT_TRANSLATE_NOOP("SafetyText",
                      "the cramp came after an injury, you heard a snap, or the leg cannot "
                      "bear weight."),
    QT_TRANSLATE_NOOP("SafetyText",
                      "cramps last long, keep coming back, or come with weakness or "
                      "numbness."),
)


def disclaimer_text() -> str:
    """The disclaimer in the current language."""
    return SafetyText.tr(DISCLAIMER)


def get_help_lines() -> tuple[str, ...]:
    """The warnings in the current language, one per reason."""
    return tuple(SafetyText.tr(line) for line in GET_HELP)


def get_help_text() -> str:
    """The warnings as one plain-text block, one bullet per line."""
    return (SafetyText.tr(GET_HELP_TITLE) + ":\n"
            + "\n".join(f"• {line}" for line in get_help_lines()))

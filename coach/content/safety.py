"""The medical safety text shown by the app, in one place.

Kept as data beside the content (not in a screen) so every screen that needs
the warnings shows the same words, and a test can check they are on screen.
The wording follows the article's warnings (blood clots, injury, persistent
cramps) in plain words; the app coaches exercises and says it is not a doctor.
"""

from __future__ import annotations

DISCLAIMER = ("Calf Coach coaches exercises from an article on calf cramps. "
              "It is not a doctor and does not diagnose or treat anything.")

GET_HELP_TITLE = "Get medical help if"

GET_HELP = (
    "the calf is swollen, red, warm or tender to touch: it may be a blood clot. "
    "Seek care now.",
    "the cramp came after an injury, you heard a snap, or the leg cannot bear weight.",
    "cramps last long, keep coming back, or come with weakness or numbness.",
)


def get_help_text() -> str:
    """The warnings as one plain-text block, one bullet per line."""
    return GET_HELP_TITLE + ":\n" + "\n".join(f"• {line}" for line in GET_HELP)

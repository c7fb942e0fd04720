"""A leg in words: "Left" on a button, "Left leg" wherever it stands alone.

One function for every screen that names a leg (Cramp now's diary buttons, the
cramp form, the History table), so they cannot drift apart. Translation
context: ``LegText``.
"""

from __future__ import annotations

from typing import NamedTuple

from coach.i18n import Tr


class LegText(Tr):
    """Translation context for the names of the legs."""


class LegWords(NamedTuple):
    """``short`` fits a button next to the others ("Left"); ``full`` says it alone
    ("Left leg"), for a table cell, a list or a screen reader."""

    short: str
    full: str


def leg_words(leg: str) -> LegWords:
    """The words for ``"left"``, ``"right"`` or ``"both"``; any other value (a newer
    version's, a hand-edited diary's) is shown as it is."""
    if leg == "left":
        return LegWords(LegText.tr("Left"), LegText.tr("Left leg"))
    if leg == "right":
        return LegWords(LegText.tr("Right"), LegText.tr("Right leg"))
    if leg == "both":
        return LegWords(LegText.tr("Both"), LegText.tr("Both legs"))
    return LegWords(leg, leg)

"""Human-readable durations, shared by the CLI and the screens (no Qt)."""

from __future__ import annotations

from coach.i18n import Tr


class DurationText(Tr):
    """Translation context for durations in words."""


def clock_text(seconds: float) -> str:
    """``350`` → ``5:50``: compact, for lists and progress."""
    total = max(0, round(seconds))
    return f"{total // 60}:{total % 60:02d}"


def duration_words(seconds: float) -> str:
    """``350`` → ``6 minutes``, ``40`` → ``40 seconds``: for the end of a routine."""
    total = max(0, round(seconds))
    if total < 60:
        return DurationText.tr("%n second(s)", "", total)
    return DurationText.tr("%n minute(s)", "", round(total / 60))

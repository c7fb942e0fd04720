"""What Cramp now hands the window for the diary: data, so the screen does no file I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class CrampEntry:
    """What the user told us about one cramp, ready for the diary."""

    started: datetime
    duration_s: float
    leg: str | None
    severity: int | None
    note: str

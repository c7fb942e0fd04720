"""The one source of time for the whole app.

Everything that measures or schedules time takes a ``Clock`` so tests can
advance a ``FakeClock`` (coach/testing/clock.py) instead of sleeping.
``monotonic`` is for countdowns (it never jumps, but stops during system
sleep); ``now`` is aware local wall time for reminders (it jumps on sleep,
clock steps and zone changes).
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol, runtime_checkable

from coach.engine.local_zone import ZoneCache


@runtime_checkable
class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards."""

    def now(self) -> datetime:
        """Aware local wall-clock time."""


class SystemClock:
    """The real clocks of the machine.

    ``now()`` is in the machine's IANA zone (a ``ZoneInfo`` that knows tonight's
    DST change, not a fixed offset), re-read at most every minute or at once
    when ``TZ`` changes, so a zone change while running is followed.
    """

    def __init__(self) -> None:
        self._zone = ZoneCache(time.monotonic)

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(self._zone.get())


"""The one source of time for the whole app.

Everything that measures or schedules time takes a ``Clock`` so tests can
advance a ``FakeClock`` instead of sleeping. ``monotonic`` is for countdowns
(it never jumps, but stops during system sleep); ``now`` is aware local wall
time for reminders (it jumps on sleep, clock steps and zone changes).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, tzinfo
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards."""

    def now(self) -> datetime:
        """Aware local wall-clock time."""


class SystemClock:
    """The real clocks of the machine."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        # astimezone() reads the zone afresh, so a zone change is followed
        # once time.tzset() has been called by whoever noticed it.
        return datetime.now().astimezone()


class FakeClock:
    """A clock tests drive by hand. Shipped in the package for tests and benchmarks.

    ``advance`` moves both clocks together (the machine is awake);
    ``suspend`` moves only the wall clock (the machine slept);
    ``set_now`` steps the wall clock (user or NTP changed it).
    """

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0,
                 tz: tzinfo | None = None) -> None:
        if start is None:
            start = datetime(2026, 1, 5, 12, 0, 0).astimezone()
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._wall = start if tz is None else start.astimezone(tz)
        self._mono = monotonic

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._mono += seconds
        self._wall = self._wall + timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        self._wall = self._wall + timedelta(seconds=seconds)

    def set_now(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("set_now needs an aware time")
        self._wall = when

    def set_zone(self, tz: tzinfo) -> None:
        self._wall = self._wall.astimezone(tz)

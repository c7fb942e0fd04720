"""The one source of time for the whole app.

Everything that measures or schedules time takes a ``Clock`` so tests can
advance a ``FakeClock`` instead of sleeping. ``monotonic`` is for countdowns
(it never jumps, but stops during system sleep); ``now`` is aware local wall
time for reminders (it jumps on sleep, clock steps and zone changes).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
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


class FakeClock:
    """A clock tests drive by hand. Shipped in the package for tests and benchmarks.

    ``advance`` moves both clocks together (the machine is awake);
    ``suspend`` moves only the wall clock (the machine slept);
    ``set_now`` steps the wall clock (user or NTP changed it);
    ``set_zone`` moves the machine to another zone (same instant).
    Wall arithmetic is done in UTC, so advancing across a DST change lands on
    the real local time (Python's same-zone ``+`` would keep the wall reading).
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
        self._wall = self._moved(seconds)

    def suspend(self, seconds: float) -> None:
        self._wall = self._moved(seconds)

    def _moved(self, seconds: float) -> datetime:
        tz = self._wall.tzinfo
        return (self._wall.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(tz)

    def set_now(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("set_now needs an aware time")
        self._wall = when

    def set_zone(self, tz: tzinfo) -> None:
        self._wall = self._wall.astimezone(tz)

"""A ``Clock`` that tests and benchmarks move by hand (coach/engine/clock.py has the real one).

Time that is driven, not waited for: no test sleeps, and a countdown, a
reminder across a DST change or a machine that slept is replayed exactly.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo


class FakeClock:
    """A clock tests drive by hand, instead of sleeping.

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

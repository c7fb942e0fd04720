"""How true the player's clock is: a routine played in real time, second by second.

A benchmark, not a test: it prints numbers and asserts nothing. Budgets: the
routine ends within 20 ms of its planned end, and every displayed second flips
within 30 ms of the true second (deadline timers, no drift: docs/architecture.md,
"Threads and time").

It plays one routine of exactly ``--seconds`` seconds (default 600, ten
minutes; ``--seconds 60`` for a quick run) with the real ``SystemClock`` in a
``QCoreApplication`` event loop, the way the app does, and records
``time.monotonic()`` at every ``secondChanged`` and at ``finished``. All
segments last whole seconds and follow each other, so every flip is due at a
whole number of seconds after the start (the start being the clock reading
the player took in ``start()``).

Run: ``python3 benchmarks/timer_accuracy.py [--seconds 600] [--json]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class RecordingClock:
    """``SystemClock`` that remembers its first monotonic reading (the player's start)."""

    def __init__(self) -> None:
        from coach.engine.clock import SystemClock

        self._clock = SystemClock()
        self.first: float | None = None

    def monotonic(self) -> float:
        value = self._clock.monotonic()
        if self.first is None:
            self.first = value
        return value

    def now(self):
        return self._clock.now()


def routine_of(seconds: int):
    """A routine of exactly ``seconds`` s: prepare, then holds and rests in turn."""
    from coach.content.model import Routine, RoutineStep, Text

    if seconds >= 600 and seconds % 60 == 0:
        prepare, hold, rest = 10, 50, 10  # 10 + 10 x 50 + 9 x 10 = 600 for ten minutes
    else:
        prepare, hold, rest = 5, 15, 5  # 5 + 3 x 15 + 2 x 5 = 60 for one minute
    repeat = (seconds - prepare + rest) // (hold + rest)
    prepare = seconds - repeat * hold - (repeat - 1) * rest  # absorb any remainder
    step = RoutineStep("bench-hold", hold_s=hold, repeat=repeat, rest_s=rest, sides="none")
    return Routine(id="bench", title=Text.plain("Benchmark"), summary=Text.plain(""),
                   kind="routine", prepare_s=prepare, steps=(step,))


def play(seconds: int) -> dict:
    """Play a ``seconds`` routine once; flip and end errors in ms."""
    from PySide6.QtCore import QCoreApplication

    from coach.content.model import Exercise, Text
    from coach.engine.player import RoutinePlayer
    from coach.engine.timeline import build_timeline

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    exercise = Exercise(id="bench-hold", name=Text.plain("Hold"), steps=(), sides="none",
                        illustrations=(), source="")
    timeline = build_timeline(routine_of(seconds), {"bench-hold": exercise})
    assert timeline.total_s == seconds, timeline.total_s
    clock = RecordingClock()
    player = RoutinePlayer(timeline, clock)
    flips: list[tuple[float, int]] = []
    ended: list[float] = []
    player.secondChanged.connect(lambda shown: flips.append((time.monotonic(), shown)))
    player.finished.connect(lambda _result: (ended.append(time.monotonic()), app.quit()))
    player.start()
    app.exec()
    start = clock.first
    assert start is not None and ended
    # A flip to displayed value v in a segment is due when a whole number of
    # seconds has elapsed since the start; the error is the distance to it.
    errors = [(t - start - round(t - start)) * 1000 for t, _shown in flips]
    return {
        "seconds": seconds,
        "flips": len(flips),
        "flip_error_ms": errors,
        "end_error_ms": (ended[0] - (start + seconds)) * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=600, help="routine length (>= 30)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = play(max(30, args.seconds))
    if args.json:
        print(json.dumps(result))
        return 0
    errors = [abs(e) for e in result["flip_error_ms"]]
    print(f"{result['seconds']} s routine, {result['flips']} second flips")
    print(f"  flip error: median {statistics.median(errors):.2f} ms, max {max(errors):.2f} ms"
          f" (late > 0: max {max(result['flip_error_ms']):.2f} ms,"
          f" min {min(result['flip_error_ms']):.2f} ms)")
    print(f"  end error:  {result['end_error_ms']:.2f} ms after the planned end")
    return 0


if __name__ == "__main__":
    sys.exit(main())

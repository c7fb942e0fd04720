"""How long the History screen takes to open on ten years of diary.

A benchmark, not a test: it prints numbers and asserts nothing. The budget is
"well under 300 ms" from constructing ``HistoryScreen`` to its first paint.

It fills a temporary diary with ten years of realistic entries (a stretch on
most evenings, some stopped early, some after midnight; about 600 cramps,
mostly in the small hours), then times, offscreen and several times over:
construction + ``refresh()`` (two queries, the statistics, the model) +
``grab()`` (layout and the first paint of the chart and the visible rows).

Run: ``QT_QPA_PLATFORM=offscreen python3 benchmarks/history_open.py [--runs 7] [--json]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.store.history import History
from coach.testing.clock import FakeClock

ZONE = ZoneInfo("Europe/Berlin")
NOTES = ("woke me up", "after a long walk", "left calf, toes pulled down", "drank water after",
         "stretched it out against the wall", "")
ROUTINES = ("evening-stretch", "evening-stretch", "evening-stretch", "quick-calf-stretch",
            "morning-stretch")


def seed(history: History, now: datetime, years: int = 10,
         seed_value: int = 7) -> tuple[int, int]:
    """Nightly entries for ``years`` years up to ``now``; (sessions, cramps)."""
    rng = random.Random(seed_value)
    last = now.date()
    first = last - timedelta(days=365 * years)
    sessions = cramps = 0
    day = first
    while day <= last:
        # Most evenings one stretch (a few after midnight), now and then two.
        for _ in range(rng.choice((0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2))):
            minutes = rng.randint(20 * 60 + 30, 24 * 60 + 40)
            start = datetime.combine(day, datetime.min.time(), ZONE) + timedelta(minutes=minutes)
            total = 8
            completed = rng.random() < 0.85
            done = total if completed else rng.randint(0, total - 1)
            active = 360.0 if completed else done * 40.0
            if start > now:
                continue
            history.add_session(rng.choice(ROUTINES), start,
                                start + timedelta(seconds=active + 30), completed, done, total,
                                active)
            sessions += 1
        if rng.random() < 0.165:  # ~600 cramps in ten years, mostly 1 to 5 a.m.
            minutes = rng.randint(23 * 60, 29 * 60)
            start = datetime.combine(day, datetime.min.time(), ZONE) + timedelta(minutes=minutes)
            if start <= now:
                history.add_cramp(start, float(rng.randint(15, 300)),
                                  rng.choice(("left", "right", "both", None)),
                                  rng.choice((1, 2, 3, 3, 4, 5, None)), rng.choice(NOTES))
                cramps += 1
        day += timedelta(days=1)
    return sessions, cramps


def measure(runs: int) -> dict:
    """Open the screen ``runs`` times on a fresh ten-year diary; timings in ms."""
    from PySide6.QtWidgets import QApplication

    from coach.ui.history_screen import HistoryScreen
    from coach.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, "light")
    now = datetime(2026, 1, 20, 22, 15, tzinfo=ZONE)
    clock = FakeClock(now)
    with tempfile.TemporaryDirectory() as folder:
        history = History(Path(folder) / "history.sqlite", clock=clock)
        made = time.perf_counter()
        sessions, cramps = seed(history, now)
        seeded_s = time.perf_counter() - made
        timings: list[float] = []
        refresh: list[float] = []
        for _ in range(runs):
            start = time.perf_counter()
            screen = HistoryScreen(history, clock)
            screen.resize(1024, 680)
            before = time.perf_counter()
            screen.refresh()
            after = time.perf_counter()
            screen.grab()
            timings.append((time.perf_counter() - start) * 1000)
            refresh.append((after - before) * 1000)
            assert screen.model.rowCount() == sessions + cramps
            screen.deleteLater()
            app.processEvents()
        history.close()
    return {"sessions": sessions, "cramps": cramps, "entries": sessions + cramps,
            "seeded_s": seeded_s, "ms": timings, "refresh_ms": refresh}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = measure(args.runs)
    if args.json:
        print(json.dumps(result))
        return 0
    timings, refresh = result["ms"], result["refresh_ms"]
    print(f"diary: {result['sessions']} sessions, {result['cramps']} cramps"
          f" (seeded in {result['seeded_s']:.1f} s)")
    print(f"open (construct + refresh + first paint), {args.runs} runs:"
          f" median {statistics.median(timings):.1f} ms,"
          f" min {min(timings):.1f} ms, max {max(timings):.1f} ms")
    print(f"  of which refresh (2 queries, statistics, model):"
          f" median {statistics.median(refresh):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

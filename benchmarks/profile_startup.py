"""Where start-up time goes: the app under a profiler, up to its first paint.

Not a benchmark with a goal, a tool for finding what to make lazy. It runs
``coach.app.main`` in this process with the paint hook of
``coach/runtime/bench_ready.py``, stops at the first paint of the main window, and
prints pyinstrument's call tree (``pip install pyinstrument``) or, without it,
cProfile's top functions by cumulative time. Also prints the VmRSS at that
moment. Qt and Python start-up before this script's first line are not in it.

Run it inside the same kind of sandbox as ``run_all.py`` (throw-away XDG
folders, a display)::

    python3 benchmarks/profile_startup.py [--background | --cramp] [--interval 0.001]

Run it with bytecode caching on, like an installed app (``env -u
PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=/tmp/pc ...``): with
``PYTHONDONTWRITEBYTECODE=1`` every module is compiled from source at every
launch, and ``compile`` (about 90 ms here) tops a profile that no user sees;
the script says so when it happens. ``PROFILE_CALLERS=<function pattern>``
adds cProfile's callers of that function (e.g. ``re/__init__.py:225``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    if sys.dont_write_bytecode:
        print("note: PYTHONDONTWRITEBYTECODE is set: modules are compiled from source at every"
              " launch, unlike an installed app (see this script's docstring)", file=sys.stderr)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--background", action="store_true", help="start as at login")
    parser.add_argument("--cramp", action="store_true",
                        help="a cold `coach --cramp`: up to the night screen's first paint")
    parser.add_argument("--interval", type=float, default=0.001, help="pyinstrument interval")
    parser.add_argument("--sandbox", type=Path,
                        help="keep the XDG folders here: run twice, the second start has its"
                             " settings and caches in place, as every day after the first")
    parser.add_argument("--top", type=int, default=40, help="cProfile: lines to print")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="cc-profile-")
    base = args.sandbox or Path(tmp.name)
    base.mkdir(parents=True, exist_ok=True)
    for key in ("CONFIG", "DATA", "STATE", "CACHE"):
        os.environ[f"XDG_{key}_HOME"] = str(base / key.lower())
    (base / "run").mkdir(mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = str(base / "run")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={base}/no-session-bus"
    os.environ["CALF_COACH_BENCH_READY"] = str(base / "painted.log")

    try:
        from pyinstrument import Profiler
    except ImportError:
        Profiler = None
    if Profiler is not None:
        profiler = Profiler(interval=args.interval)
    else:
        import cProfile

        profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.start() if Profiler is not None else profiler.enable()

    import coach.runtime.bench_ready as hook

    noted = hook._PaintWatch._note
    seen: dict[str, float] = {}

    def note_and_stop(self: hook._PaintWatch) -> None:
        noted(self)
        seen["rss"] = rss_mb()
        seen["at"] = time.perf_counter() - start
        from PySide6.QtWidgets import QApplication

        QApplication.exit(0)  # not quit(): the window refuses to close in background mode

    hook._PaintWatch._note = note_and_stop
    from coach.app import main as app_main

    app_main(["--background"] if args.background else ["--cramp"] if args.cramp else [])
    if Profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False))
    else:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
        if os.environ.get("PROFILE_CALLERS"):
            pstats.Stats(profiler).print_callers(os.environ["PROFILE_CALLERS"])
    print(f"first paint {seen.get('at', float('nan')) * 1000:.0f} ms after this script's"
          f" first line; VmRSS then {seen.get('rss', 0):.1f} MB")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How long the content library takes to load with 500 user routine files.

A benchmark, not a test: it prints numbers and asserts nothing. The budget is
300 ms for ``load_library`` with the built-in content plus 500 user files (read,
safety scan, compose with line numbers, validate, cross-file checks).

It writes ``--files`` valid routine files (each three to five steps over the
built-in exercises, English and Russian titles, comments like the shipped
ones) into a temporary user folder, then calls ``load_library`` ``--runs``
times in this process. The first call also pays for the first reads of the
files; the JSON keeps it apart as ``first_ms``. ``--pure-yaml`` swaps the
libyaml parser (``CSafeLoader``, what the app uses when PyYAML has it) for the
pure-Python one, to show what the C loader buys.

The app itself passes a cache file (``coach.content.cache``): a file whose
stat is unchanged is not parsed again. So the JSON also has, for the built-in
content alone (``builtin_*``) and with the user files (no prefix):

- ``ms``/``builtin_ms``: no cache (``coach validate``, ``coach list``, as before);
- ``cold_ms``/``builtin_cold_ms``: with a cache path but no cache file yet (a
  first start, or the first after an update: every file parsed, the cache written);
- ``warm_ms``/``builtin_warm_ms``: a start where every file hits the cache.

and ``startup``: the same three cases each timed in a fresh ``python3 -c``
(``import coach.content.loader; load_library(...)``, the import included),
with bytecode kept in ``PYTHONPYCACHEPREFIX`` (``--pycache``) and
``PYTHONDONTWRITEBYTECODE`` unset, like an installed app; ``*_app_ms`` are
the same with ``yaml``, ``json``, ``logging`` and ``dataclasses`` imported
before the clock starts: the app has imported them (settings, single-instance
protocol) by the time it loads the content, so these show its real saving. Generated files are
dated an hour back: the cache does not store a file changed in the last two
seconds (see ``coach/content/cache.py``).

Run: ``python3 benchmarks/library_load.py [--files 500] [--runs 7] [--startup-runs N]
[--pure-yaml] [--json]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

AN_HOUR_NS = 3600 * 10**9

EXERCISES = ("wall-calf-stretch", "wall-lean", "heel-stand-toes-up", "toe-pull-straight-leg",
             "calf-knead", "heel-walk", "calf-massage", "legs-raised", "walk-in-place")


def routine_text(index: int, rng: random.Random) -> str:
    lines = [
        f"# A user routine made for the benchmark ({index}).",
        f"id: user-routine-{index:04d}",
        "title:",
        f"  en: My routine number {index}",
        f'  ru: "Моя растяжка номер {index}"',
        "summary:",
        "  en: Calf stretches I put together myself, for the evening.",
        '  ru: "Растяжка икр, которую я составил сам, на вечер."',
        "kind: routine",
        f"prepare_s: {rng.choice((0, 5, 10))}",
        "steps:",
    ]
    for exercise in rng.sample(EXERCISES, rng.randint(3, 5)):
        lines += [f"  - exercise: {exercise}",
                  f"    hold_s: {rng.choice((10, 20, 30, 45, 60))}    # seconds",
                  f"    repeat: {rng.randint(1, 3)}",
                  f"    rest_s: {rng.choice((0, 5, 10))}"]
    return "\n".join(lines) + "\n"


def write_routines(folder: Path, count: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    past = time.time_ns() - AN_HOUR_NS
    for index in range(count):
        path = folder / f"user-routine-{index:04d}.yaml"
        path.write_text(routine_text(index, rng), encoding="utf-8")
        os.utime(path, ns=(past, past))


def measure(files: int, runs: int, pure_yaml: bool = False, startup_runs: int = 0,
            pycache: str = "") -> dict:
    import yaml

    from coach.content import yaml_nodes
    from coach.content.loader import load_library

    if pure_yaml:
        yaml_nodes.SafeLoader = yaml.SafeLoader
    with tempfile.TemporaryDirectory(prefix="cc-bench-lib-") as tmp:
        folder = Path(tmp) / "routines"
        empty = Path(tmp) / "no-routines"
        cache = Path(tmp) / "cache" / "content-cache.json"
        write_routines(folder, files)
        timings: list[float] = []
        loaded = errors = 0
        for _ in range(runs + 1):
            start = time.perf_counter()
            library = load_library(user_dir=folder)
            timings.append((time.perf_counter() - start) * 1000)
            loaded, errors = len(library.routines), len(library.errors)
        result = {"files": files, "routines": loaded, "first_ms": timings[0], "ms": timings[1:],
                  "loader": "pure Python" if pure_yaml else yaml_nodes.SafeLoader.__name__}
        for prefix, user in (("", folder), ("builtin_", empty)):
            fresh = load_library(user_dir=user)
            if prefix:
                result["builtin_ms"] = _timed(lambda u=user: load_library(user_dir=u), runs)
            result[f"{prefix}cold_ms"] = _timed(
                lambda u=user: load_library(user_dir=u, cache_path=cache), runs,
                before=lambda: cache.unlink(missing_ok=True))
            result[f"{prefix}warm_ms"] = _timed(
                lambda u=user: load_library(user_dir=u, cache_path=cache), runs)
            if load_library(user_dir=user, cache_path=cache) != fresh:
                raise SystemExit("the library from the cache differs from a fresh load")
            cache.unlink(missing_ok=True)
        if startup_runs:
            result["startup"] = startup(folder, empty, cache, startup_runs, pycache)
    if errors:
        raise SystemExit(f"{errors} content errors in the generated files")
    return result


def _timed(call, runs: int, before=None) -> list[float]:
    """``runs`` timings in ms of ``call`` after one untimed call (``before`` each, untimed)."""
    timings: list[float] = []
    for _ in range(runs + 1):
        if before is not None:
            before()
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    return timings[1:]


# Timed in a fresh interpreter: the imports the content needs are part of start-up.
STARTUP_CODE = """
import sys, time
if sys.argv[1] == "app":  # what the app has imported when it loads the content
    import dataclasses, json, logging, yaml
start = time.perf_counter()
import coach.content.loader
from pathlib import Path
cache = Path(sys.argv[3]) if sys.argv[3] else None
library = coach.content.loader.load_library(user_dir=Path(sys.argv[2]), cache_path=cache)
ms = (time.perf_counter() - start) * 1000
print(ms, len(library.routines), int("coach.content.validate" in sys.modules))
"""


def startup(folder: Path, empty: Path, cache: Path, runs: int, pycache: str) -> dict:
    """Medians of ``import coach.content.loader; load_library(...)`` in new processes."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))

    def run(before: str, user: Path, cache_path: str) -> tuple[float, int, int]:
        out = subprocess.run([sys.executable, "-c", STARTUP_CODE, before, str(user), cache_path],
                             env=env, cwd=ROOT, check=True, capture_output=True,
                             text=True).stdout.split()
        return float(out[0]), int(out[1]), int(out[2])

    result: dict = {"runs": runs, "pycache": pycache}
    for prefix, user in (("", folder), ("builtin_", empty)):
        for before, suffix in (("", "_ms"), ("app", "_app_ms")):
            for case in ("none", "cold", "warm"):
                timings = []
                for index in range(runs + 1):  # the first compiles bytecode: not counted
                    if case != "warm":
                        cache.unlink(missing_ok=True)
                    ms, _, validator = run(before, user, "" if case == "none" else str(cache))
                    if case == "warm" and validator:
                        raise SystemExit("a warm start imported the validator")
                    if index:
                        timings.append(ms)
                result[f"{prefix}{case}{suffix}"] = statistics.median(timings)
    cache.unlink(missing_ok=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--startup-runs", type=int, default=None,
                        help="fresh processes per start-up case (default: --runs; 0: skip)")
    parser.add_argument("--pycache", default=os.environ.get("PYTHONPYCACHEPREFIX")
                        or str(Path(tempfile.gettempdir()) / "cc-pycache"),
                        help="PYTHONPYCACHEPREFIX for the start-up processes")
    parser.add_argument("--pure-yaml", action="store_true", help="use yaml.SafeLoader")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    startup_runs = args.runs if args.startup_runs is None else args.startup_runs
    result = measure(args.files, max(1, args.runs), args.pure_yaml, max(0, startup_runs),
                     args.pycache)
    if args.json:
        print(json.dumps(result))
        return 0
    ms = result["ms"]
    print(f"{result['files']} user files, {result['routines']} routines in the library,"
          f" {result['loader']}")
    print(f"load_library, {len(ms)} runs: median {statistics.median(ms):.1f} ms,"
          f" min {min(ms):.1f} ms, max {max(ms):.1f} ms (first call {result['first_ms']:.1f} ms)")
    median = statistics.median
    print("in process, medians (ms):       no cache   cold cache   warm cache")
    print(f"  built-in only                {median(result['builtin_ms']):8.1f}"
          f"   {median(result['builtin_cold_ms']):10.1f}"
          f"   {median(result['builtin_warm_ms']):10.1f}")
    print(f"  + {result['files']} user files           {median(ms):8.1f}"
          f"   {median(result['cold_ms']):10.1f}   {median(result['warm_ms']):10.1f}")
    if "startup" in result:
        up = result["startup"]
        print(f"new process, import + load, medians of {up['runs']} (ms)"
              "    no cache   cold cache   warm cache")
        for prefix, what in (("builtin_", "built-in only"), ("", f"+ {result['files']} files")):
            for suffix, how in (("_ms", ""), ("_app_ms", ", app's modules imported")):
                print(f"  {what + how:<40}{up[prefix + 'none' + suffix]:8.1f}"
                      f"   {up[prefix + 'cold' + suffix]:10.1f}"
                      f"   {up[prefix + 'warm' + suffix]:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

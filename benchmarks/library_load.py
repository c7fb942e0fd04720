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

Run: ``python3 benchmarks/library_load.py [--files 500] [--runs 7] [--pure-yaml] [--json]``
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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
    for index in range(count):
        (folder / f"user-routine-{index:04d}.yaml").write_text(routine_text(index, rng),
                                                              encoding="utf-8")


def measure(files: int, runs: int, pure_yaml: bool = False) -> dict:
    import yaml

    from coach.content import yaml_nodes
    from coach.content.loader import load_library

    if pure_yaml:
        yaml_nodes.SafeLoader = yaml.SafeLoader
    with tempfile.TemporaryDirectory(prefix="cc-bench-lib-") as tmp:
        folder = Path(tmp) / "routines"
        write_routines(folder, files)
        timings: list[float] = []
        loaded = errors = 0
        for _ in range(runs + 1):
            start = time.perf_counter()
            library = load_library(user_dir=folder)
            timings.append((time.perf_counter() - start) * 1000)
            loaded, errors = len(library.routines), len(library.errors)
    if errors:
        raise SystemExit(f"{errors} content errors in the generated files")
    return {"files": files, "routines": loaded, "first_ms": timings[0], "ms": timings[1:],
            "loader": "pure Python" if pure_yaml else yaml_nodes.SafeLoader.__name__}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pure-yaml", action="store_true", help="use yaml.SafeLoader")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = measure(args.files, max(1, args.runs), args.pure_yaml)
    if args.json:
        print(json.dumps(result))
        return 0
    ms = result["ms"]
    print(f"{result['files']} user files, {result['routines']} routines in the library,"
          f" {result['loader']}")
    print(f"load_library, {len(ms)} runs: median {statistics.median(ms):.1f} ms,"
          f" min {min(ms):.1f} ms, max {max(ms):.1f} ms (first call {result['first_ms']:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

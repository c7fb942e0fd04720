"""Mutation testing of the timing core: do the tests notice when the code is wrong?

    python3 -m pip install "mutmut>=3.8,<4"     # not in the test extras: slow, run by hand
    python3 tools/mutation.py                   # about 3 minutes on 2 cores
    python3 tools/mutation.py --children 4      # more parallel test runs

mutmut (configured in ``pyproject.toml``, ``[tool.mutmut]``) copies the
project to ``mutants/``, makes small changes ("mutants") to
``coach/engine/schedule.py`` and ``coach/engine/timeline.py`` one at a time
(``<`` for ``<=``, ``None`` for an argument, ``1`` for ``0``...) and runs
their tests against each; a mutant is *killed* when some test fails. This
script runs it, prints the score of each file, and exits 1 when a file is
below ``GOAL`` (or 2 when mutmut is missing). ``mutmut results`` lists the
survivors, ``mutmut show <name>`` shows one. See docs/testing.md.
"""

from __future__ import annotations

import argparse
import collections
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL = 0.95
FILES = ("schedule", "timeline")
LINE = re.compile(r"^\s*coach\.engine\.(?P<file>\w+)\..*:\s*(?P<status>[\w ]+?)\s*$")


def mutmut(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mutmut", *args], cwd=ROOT, text=True,
                          capture_output=args[0] == "results")


def tally(results: str) -> dict[str, collections.Counter[str]]:
    """``mutmut results --all true`` -> {file: Counter(status)}."""
    counts: dict[str, collections.Counter[str]] = {name: collections.Counter() for name in FILES}
    for line in results.splitlines():
        match = LINE.match(line)
        if match and match["file"] in counts:
            counts[match["file"]][match["status"]] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=2, help="parallel test runs")
    parser.add_argument("--keep", action="store_true",
                        help="reuse mutants/ from the last run (only changed code is redone)")
    args = parser.parse_args(argv)
    try:
        import mutmut as _  # noqa: F401
    except ImportError:
        print('mutmut is not installed: python3 -m pip install "mutmut>=3.8,<4"',
              file=sys.stderr)
        return 2
    if not args.keep:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    if mutmut("run", "--max-children", str(args.children)).returncode != 0:
        print("mutmut run failed (do the tests pass?)", file=sys.stderr)
        return 1
    counts = tally(mutmut("results", "--all", "true").stdout)
    failed = False
    print()
    for name in FILES:
        count = counts[name]
        total = sum(count.values())
        killed = count["killed"]
        score = killed / total if total else 0.0
        failed |= score < GOAL
        others = ", ".join(f"{n} {s}" for s, n in sorted(count.items()) if s != "killed")
        print(f"coach/engine/{name}.py: {killed} of {total} mutants killed ({score:.1%})"
              + (f"; {others}" if others else ""))
    print(f"goal: at least {GOAL:.0%} each. Survivors: mutmut results; one: mutmut show NAME")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

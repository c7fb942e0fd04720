"""Refresh the translation catalogue from the code and compile it for the app.

    python3 tools/update_translations.py          # lupdate + lrelease
    python3 tools/update_translations.py --check  # exit 1 if the .ts or .qm is stale

``pyside6-lupdate`` reads every ``Context.tr(...)`` / ``QT_TRANSLATE_NOOP`` in
``coach/`` into ``translations/calf_coach_<lang>.ts`` (new strings arrive as
"unfinished", strings gone from the code are dropped); a translator fills them
in (Qt Linguist, or any editor); ``pyside6-lrelease`` then writes
``coach/translations/calf_coach_<lang>.qm``, which the wheel carries. Locations
are left out of the .ts so moving code does not churn the file.

The tools are looked for next to the running Python first (a virtual
environment's ``bin/`` or ``Scripts\\``), then on ``PATH``: running
``venv/bin/python tools/update_translations.py`` needs no activated venv.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ru",)


def qt_tool(name: str) -> str | None:
    """The path of a PySide6 tool (``pyside6-lrelease``...): next to Python, else on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def _tool(name: str) -> str:
    found = qt_tool(name)
    if found is None:
        raise SystemExit(f"{name} was not found next to {sys.executable} or on PATH: "
                         "install the project's dependencies (PySide6) into this Python")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coach").rglob("*.py"))


def ts_path(language: str) -> Path:
    return ROOT / "translations" / f"calf_coach_{language}.ts"


def qm_path(language: str) -> Path:
    return ROOT / "coach" / "translations" / f"calf_coach_{language}.qm"


def lupdate(ts: Path, language: str) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", language, *sources(),
                    "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT,
                   check=True)


def check(language: str) -> list[str]:
    """What is out of date for ``language``: the .ts against the code, the .qm against the .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / ts_path(language).name
        shutil.copy(ts_path(language), fresh_ts)
        lupdate(fresh_ts, language)
        if fresh_ts.read_bytes() != ts_path(language).read_bytes():
            problems.append(f"{ts_path(language).relative_to(ROOT)} is not up to date with "
                            "the code: run tools/update_translations.py")
        fresh_qm = Path(tmp) / qm_path(language).name
        lrelease(ts_path(language), fresh_qm)
        if not qm_path(language).exists() or not filecmp.cmp(fresh_qm, qm_path(language),
                                                             shallow=False):
            problems.append(f"{qm_path(language).relative_to(ROOT)} is not compiled from "
                            "the .ts: run tools/update_translations.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report staleness")
    args = parser.parse_args(argv)
    if args.check:
        problems = [p for language in LANGUAGES for p in check(language)]
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for language in LANGUAGES:
        lupdate(ts_path(language), language)
        lrelease(ts_path(language), qm_path(language))
        print(qm_path(language).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``coach list`` and ``coach validate``: content commands that never load Qt.

They run from a terminal or a script, so they print plain lines (errors as
``path:line: message`` on stderr, which editors can jump to) and answer with
an exit code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coach.content.duration import routine_total_s
from coach.content.loader import check_builtin, check_paths, load_library
from coach.i18n.language import cli_language
from coach.words.durations import clock_text

COLUMN_GAP = "   "


def _user_routines_dir() -> Path:
    """The user's routine folder (the store decides where it is)."""
    from coach.store.paths import user_routines_dir

    return user_routines_dir()


def cmd_list() -> int:
    """Print every routine, built-in and the user's, as aligned id / title / duration.

    Titles are in the language of the settings (or, for "system", of the
    locale variables), worked out without Qt so the command stays fast.
    """
    language = cli_language()
    library = load_library(user_dir=_user_routines_dir())
    for error in library.errors:
        print(error, file=sys.stderr)
    rows = [(routine.id, routine.title.get(language), clock_text(routine_total_s(routine,
                                                                        library.exercises)))
            for routine in sorted(library.routines.values(), key=lambda r: r.id)]
    if not rows:
        print("no routines found", file=sys.stderr)
        return 0
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for routine_id, title, duration in rows:
        print(f"{routine_id:<{widths[0]}}{COLUMN_GAP}{title:<{widths[1]}}{COLUMN_GAP}"
              f"{duration:>{widths[2]}}")
    return 0


def cmd_validate(paths: list[str]) -> int:
    """Check the given files (or the built-in content); exit 1 on any error."""
    report = check_paths([Path(p) for p in paths]) if paths else check_builtin()
    for error in report.errors:
        print(error, file=sys.stderr)
    if report.errors:
        failing = len({error.path for error in report.errors})
        print(f"{_count(len(report.errors), 'error')} in {_count(failing, 'file')}",
              file=sys.stderr)
        return 1
    print(f"ok: {_count(report.files, 'file')}, {_count(report.exercises, 'exercise')}, "
          f"{_count(report.routines, 'routine')}")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

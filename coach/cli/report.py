"""``coach report FILE.pdf [--weeks N]``: the report for the doctor, without a window.

The diary is opened read-only (as ``coach history export`` does): a report
never migrates, backs up or moves the file. Qt is needed for the PDF (fonts,
QPdfWriter), so a QGuiApplication is made on the offscreen platform: nothing
is shown and no display is needed.

Exit codes: 0 the report was written; 2 it was written but says there was
nothing to report (an empty diary, or nothing in the period); 1 nothing was
written (the diary cannot be read, or the target cannot be written). Each
problem is one plain line on standard error, never a traceback.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.engine.clock import Clock

EXIT_NOTHING_TO_REPORT = 2


def cmd_report(target: str, weeks: int, clock: Clock | None = None) -> int:
    """Write the report to ``target``; see the module docstring for the exit codes."""
    from coach.report.data import MAX_WEEKS

    if not 1 <= weeks <= MAX_WEEKS:
        _complain(f"--weeks must be 1 to {MAX_WEEKS}, got {weeks}")
        return 1
    if target == "-":
        _complain("the report is a PDF file: give a file name, for example report.pdf")
        return 1
    from coach.engine.clock import SystemClock
    from coach.i18n.language import cli_language
    from coach.report.data import gather
    from coach.store.diary_reader import read_diary
    from coach.store.history import DiaryUnreadable, evening_of
    from coach.store.paths import history_path

    clock = clock or SystemClock()
    now = clock.now()
    try:
        data = read_diary(history_path(), lambda diary: gather(diary, evening_of(now), weeks),
                          clock=clock)
    except DiaryUnreadable as exc:
        _complain(f"cannot make the report: {exc}")
        return 1

    pdf = _render(data, now, cli_language())
    from coach.store.export_target import write_export

    try:
        write_export(Path(target), pdf)
    except OSError as exc:
        _complain(f"cannot write {target}: {exc.strerror or exc}")
        return 1
    if data.empty:
        _complain(f"the diary is empty: wrote a report to {target} that says so")
        return EXIT_NOTHING_TO_REPORT
    if data.no_data:
        _complain(f"nothing was noted in the last {weeks} week(s): wrote a report to "
                  f"{target} that says so; try a larger --weeks")
        return EXIT_NOTHING_TO_REPORT
    daytime = data.times.get("day", 0)  # not night cramps: named apart, as in the report
    also = f", {daytime} in the daytime" if daytime else ""
    print(f"wrote the report for {data.first.isoformat()} to {data.last.isoformat()} "
          f"({data.cramps} night {'cramp' if data.cramps == 1 else 'cramps'}{also})"
          f" to {target}")
    return 0


def _render(data: object, now: datetime, language: str) -> bytes:
    """Make the PDF in an offscreen QGuiApplication, in ``language``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coach.runtime.pyside_feature_scan import skip_feature_scan

    skip_feature_scan()
    from PySide6.QtGui import QGuiApplication

    from coach.i18n import install_translator
    from coach.report.pdf import render_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    install_translator(app, language)
    return render_pdf(data, now)  # type: ignore[arg-type]


def _complain(message: str) -> None:
    print(f"coach: {message}", file=sys.stderr)

"""The History screen's "Report for my doctor": the same report as ``coach report``.

Separate from the screen so the screen only asks where and says what happened;
the numbers, the PDF and the safe write are the command line's own code.
"""

from __future__ import annotations

from pathlib import Path

from coach.engine.clock import Clock
from coach.report.data import DEFAULT_WEEKS, Diary, ReportData, gather
from coach.report.pdf import render_pdf
from coach.store.export_target import write_export
from coach.store.history import evening_of


def write_report(history: Diary, clock: Clock, path: str | Path,
                 weeks: int = DEFAULT_WEEKS) -> ReportData:
    """Write the report for the last ``weeks`` weeks to ``path``; OSError says why not."""
    now = clock.now()
    data = gather(history, evening_of(now), weeks)
    write_export(Path(path), render_pdf(data, now))
    return data


def suggested_name(clock: Clock) -> str:
    return f"calf-coach-report-{clock.now():%Y-%m-%d}.pdf"

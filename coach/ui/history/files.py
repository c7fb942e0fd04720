"""The files History saves: the diary as CSV, and the report for the doctor (PDF).

Both ask where with a save dialog (injected, so tests answer it), write
through the same code as the command line, and come back with one sentence
for the user: what was saved, or why not. Never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from coach.engine.clock import Clock
from coach.store.history import STORE_ERRORS
from coach.ui.models.diary_words import HistoryText

if TYPE_CHECKING:
    from coach.store.history import History

log = logging.getLogger(__name__)

SaveDialog = Callable[[QWidget, str, str, str], tuple[str, str]]
Exporter = Callable[["History", str], int]


def default_exporter(history: History, path: str) -> int:
    from coach.exports.diary_csv import export_history_csv

    return export_history_csv(history, path)


def export_csv(parent: QWidget, history: History, clock: Clock, ask: SaveDialog,
               exporter: Exporter) -> str | None:
    """Ask where, then write the diary as CSV; what to tell the user (None: cancelled)."""
    suggested = str(Path.home() / f"calf-coach-history-{clock.now():%Y-%m-%d}.csv")
    path, _filter = ask(parent, HistoryText.tr("Export the diary as CSV"), suggested,
                        HistoryText.tr("CSV files (*.csv);;All files (*)"))
    if not path:
        return None
    try:
        rows = exporter(history, path)
    except (OSError, *STORE_ERRORS) as exc:
        log.warning("CSV export to %s failed: %s", path, exc)
        return HistoryText.tr("Could not save the CSV file: {error}").format(error=exc)
    return HistoryText.tr("Saved %n row(s) to {path}.", "", rows).format(path=path)


def save_report(parent: QWidget, history: History, clock: Clock, ask: SaveDialog) -> str | None:
    """Ask where, then write the report for the doctor (the ``coach report`` PDF); what
    to tell the user (None: cancelled)."""
    from coach.ui.report_action import suggested_name, write_report

    path, _filter = ask(parent, HistoryText.tr("Save the report for your doctor"),
                        str(Path.home() / suggested_name(clock)),
                        HistoryText.tr("PDF files (*.pdf);;All files (*)"))
    if not path:
        return None
    try:
        data = write_report(history, clock, path)
    except (OSError, *STORE_ERRORS) as exc:
        log.warning("report to %s failed: %s", path, exc)
        return HistoryText.tr("Could not save the report: {error}").format(error=exc)
    if data.empty or data.no_data:
        return HistoryText.tr("Saved the report to {path}; the diary has nothing to "
                              "report for the last eight weeks yet.").format(path=path)
    return HistoryText.tr("Saved the report to {path}.").format(path=path)

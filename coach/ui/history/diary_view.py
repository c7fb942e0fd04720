"""History's table of diary entries: one row per entry, newest first, read row by row.

Column widths are fixed from sample text rather than sized to the contents:
sizing to contents would format every row of a ten-year diary.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from coach.ui.models.diary_table import DiaryModel
from coach.ui.models.diary_words import HistoryText, when_text
from coach.ui.widgets.key_repeat import EnterOnceTable


def diary_table(model: DiaryModel, titles: Mapping[str, str],
                metrics: QFontMetrics) -> QTableView:
    """The table over ``model``; ``titles`` (routine titles) size the second column,
    measured with the screen's ``metrics``."""
    table = EnterOnceTable()  # Enter opens the entry: once per press, not per repeat
    table.setObjectName("DiaryTable")
    table.setAccessibleName(HistoryText.tr("Diary entries, newest first"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(metrics.height() + 10)
    columns = table.horizontalHeader()
    # Fixed widths: sizing to contents would format all 4,000 rows.
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setStretchLastSection(True)
    columns.resizeSection(0, metrics.horizontalAdvance(when_text(datetime(2026, 9, 30))) + 24)
    longest = max([*titles.values(), "Evening stretch before bed"], key=len)[:40]
    columns.resizeSection(1, metrics.horizontalAdvance(longest) + 24)
    # The whole overview scrolls instead when the window is too small for six rows.
    table.setMinimumHeight(metrics.height() * 6)
    return table

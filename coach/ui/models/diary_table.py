"""The History table's model: sessions, cramps and check-ins, newest first, formatted lazily.

A ``QAbstractTableModel`` formats only the rows on screen, so ten years of
entries open quickly; the words come from ``coach.ui.models.diary_words``. The
screen (coach/ui/history_screen.py) only wires it to a ``QTableView``.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coach.store.history import CrampRow, NightCheckin, SessionRow
from coach.ui.models.diary_words import (
    Entry,
    HistoryText,
    checkin_details,
    cramp_details,
    entry_key,
    entry_time,
    routine_name,
    session_details,
    when_text,
)

_ROOT = QModelIndex()  # the table's invisible root, for the parent defaults


def column_titles() -> tuple[str, str, str]:
    return HistoryText.tr("When"), HistoryText.tr("What"), HistoryText.tr("Details")


def _newest_first(entry: Entry) -> tuple[float, int]:
    return (entry_time(entry).timestamp(), entry_key(entry)[1])


class DiaryModel(QAbstractTableModel):
    """Sessions and cramps, newest first; cells are formatted only when asked for."""

    def __init__(self, titles: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles = titles
        self._entries: list[Entry] = []
        self._tags: Mapping[date, tuple[str, ...]] = {}

    def set_entries(self, sessions: Sequence[SessionRow], cramps: Sequence[CrampRow],
                    checkins: Sequence[NightCheckin] = (),
                    tags: Mapping[date, tuple[str, ...]] | None = None) -> None:
        """The lists newest first, as ``History`` returns them (check-ins by answer time)."""
        self.beginResetModel()
        # Timestamps as keys: comparing aware datetimes with their own offsets
        # is ten times slower, and this runs on every visit.
        answered = sorted(checkins, key=_newest_first, reverse=True)
        noted: Sequence[Entry] = sessions  # one row type for the merge and its key
        self._entries = list(heapq.merge(noted, cramps, answered, key=_newest_first,
                                         reverse=True))
        self._tags = tags or {}
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, key: tuple[str, int]) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry_key(entry) == key:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(column_titles())

    # -> Any: QAbstractItemModel's own signature (a value of the role's type, or None).
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(column_titles())):
            return column_titles()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if column == 0:
            return when_text(entry_time(entry))
        if isinstance(entry, NightCheckin):
            return (HistoryText.tr("Morning check-in") if column == 1
                    else checkin_details(entry, self._tags.get(entry.evening, ())))
        if column == 1:
            if isinstance(entry, CrampRow):
                return HistoryText.tr("Cramp")
            return routine_name(entry.routine_id, self._titles)
        if isinstance(entry, CrampRow):
            return cramp_details(entry)
        return session_details(entry)

"""The diary as one CSV file, for a spreadsheet or for a doctor's appointment.

One table for all three kinds of entry, so the nights line up in one sort:
one row per session, cramp and reminder outcome, oldest first. Columns:

==============  =====================================================================
type            ``session``, ``cramp`` or ``reminder``
evening         the evening (YYYY-MM-DD) it counts for; for a reminder its local date
start           ISO 8601 with the UTC offset: session start, cramp start, reminder due
end             session end; for a reminder, when its outcome was noted
duration_s      seconds of exercise (a session, pauses left out) or of the cramp
routine         the routine id of a session
completed       ``yes`` / ``no`` for a session
segments_done   how many parts of the routine were played ...
segments_total  ... out of how many
leg             ``left``, ``right`` or ``both`` for a cramp
severity        1 (mild) to 5 (worst) for a cramp
note            the cramp's note
reminder        the reminder id
outcome         ``shown``, ``started``, ``done``, ``snoozed``, ``skipped``,
                ``dismissed`` or ``missed``
==============  =====================================================================

Empty cells mean "not noted". A file gets a UTF-8 byte order mark: Excel
reads BOM-less CSV in the legacy code page and garbles any non-ASCII note,
while LibreOffice, Numbers and Python (``encoding="utf-8-sig"``) all accept
the mark. A stream gets no mark (it may be a pipe into another program).
Any text cell that a spreadsheet would take for a formula (starting with
``= + - @``, tab or carriage return) gets a leading ``'``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Protocol, TextIO

from coach.store.export_target import write_export
from coach.store.history import CrampRow, ReminderOutcomeRow, SessionRow

COLUMNS = ("type", "evening", "start", "end", "duration_s", "routine", "completed",
           "segments_done", "segments_total", "leg", "severity", "note", "reminder", "outcome")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TYPE_ORDER = {"session": 0, "cramp": 1, "reminder": 2}


class Diary(Protocol):
    """What the export reads: ``coach.store.history.History`` or a stand-in."""

    def sessions(self) -> list[SessionRow]: ...
    def cramps(self) -> list[CrampRow]: ...
    def reminder_outcomes(self) -> list[ReminderOutcomeRow]: ...


def guard(text: str) -> str:
    """Text a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    rounded = round(float(value), 1)
    return str(int(rounded)) if rounded.is_integer() else str(rounded)


def _when(value: datetime | None) -> str:
    return "" if value is None else value.isoformat(timespec="seconds")


def _rows(diary: Diary) -> list[tuple[tuple[datetime, int, int], list[str]]]:
    rows = []
    for s in diary.sessions():
        rows.append(((s.started, _TYPE_ORDER["session"], s.id), [
            "session", s.evening.isoformat(), _when(s.started), _when(s.ended),
            _number(s.active_s), guard(s.routine_id), "yes" if s.completed else "no",
            str(s.segments_done), str(s.segments_total), "", "", "", "", ""]))
    for c in diary.cramps():
        rows.append(((c.started, _TYPE_ORDER["cramp"], c.id), [
            "cramp", c.evening.isoformat(), _when(c.started), "", _number(c.duration_s),
            "", "", "", "", guard(c.leg or ""), "" if c.severity is None else str(c.severity),
            guard(c.note), "", ""]))
    for r in diary.reminder_outcomes():
        rows.append(((r.due, _TYPE_ORDER["reminder"], r.id), [
            "reminder", r.local_date.isoformat(), _when(r.due), _when(r.at), "", "", "", "",
            "", "", "", "", guard(r.reminder_id), guard(r.outcome)]))
    rows.sort(key=lambda row: row[0])
    return rows


def _write(rows: Iterable[list[str]], stream: TextIO) -> int:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def history_csv(diary: Diary) -> tuple[str, int]:
    """The CSV text (CRLF line ends, no byte order mark) and how many entries it holds."""
    buffer = io.StringIO()
    count = _write((row for _, row in _rows(diary)), buffer)
    return buffer.getvalue(), count


def export_history_csv(history: Diary, path_or_stream: Path | str | TextIO) -> int:
    """Write the diary as CSV; returns the number of entry rows (the header not counted).

    A path is replaced atomically, UTF-8 with a byte order mark (a link, pipe
    or device is written through, a folder refused: ``write_export``). A text
    stream is written as is (open a file with ``newline=""``). OSError when the
    file cannot be written; the old file is then untouched.
    """
    text, count = history_csv(history)
    if isinstance(path_or_stream, str | Path):
        write_export(Path(path_or_stream), ("\ufeff" + text).encode("utf-8"))
    else:
        path_or_stream.write(text)
    return count

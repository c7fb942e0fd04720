"""The diary as one CSV file, for a spreadsheet or for a doctor's appointment.

One table for every kind of entry, so the nights line up in one sort: one
row per session, cramp, reminder outcome, morning check-in, day with notes
(tags) and programme event, oldest first. The first fourteen columns are the
original ones, in the same order and with the same meaning (a spreadsheet or
script made for an older export keeps working); the rest were added at the
end (issue 16). Columns:

==============  =====================================================================
type            ``session``, ``cramp`` or ``reminder``
evening         the evening (YYYY-MM-DD) it counts for (a cramp: its night, as History
                counts it; before noon, the night before); for a reminder its local date
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
how_bad         0 (no pain) to 10 (worst) for a cramp or a check-in, as the user noted
                it; a cramp noted on the 1-5 scale keeps it in ``severity`` only
sleep_disturbance  0 (not at all) to 10 (could not sleep again), cramp or check-in
answer          a check-in's answer to "Any cramps last night?": ``none``, ``one`` or
                ``several`` (History and the report count ``several`` as 2)
tags            a day's notes, separated by ``; ``: ``hard_exercise``,
                ``long_standing``, ``little_to_drink``, ``alcohol``,
                ``medicine_change``, ``pregnancy`` (recorded, never advice)
programme       a programme event: ``start``, ``pause``, ``resume``, ``restart``, ``end``
==============  =====================================================================

The added row types: ``checkin`` (evening is the night asked about, start
when it was answered; leg, how_bad, sleep_disturbance, answer), ``day``
(evening and tags only) and ``programme`` (evening, start and programme).

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
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Protocol, TextIO

from coach.insights.counts import cramp_day
from coach.store.export_target import write_export
from coach.store.history import (
    CrampRow,
    NightCheckin,
    ProgrammeEvent,
    ReminderOutcomeRow,
    SessionRow,
)

#: The original columns, unchanged, then those added with the richer diary.
OLD_COLUMNS = ("type", "evening", "start", "end", "duration_s", "routine", "completed",
               "segments_done", "segments_total", "leg", "severity", "note", "reminder",
               "outcome")
NEW_COLUMNS = ("how_bad", "sleep_disturbance", "answer", "tags", "programme")
COLUMNS = OLD_COLUMNS + NEW_COLUMNS
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TYPE_ORDER = {"day": 0, "session": 1, "cramp": 2, "reminder": 3, "checkin": 4, "programme": 5}


class Diary(Protocol):
    """What the export reads: ``coach.store.history.History`` or a stand-in."""

    def sessions(self) -> list[SessionRow]: ...
    def cramps(self) -> list[CrampRow]: ...
    def reminder_outcomes(self) -> list[ReminderOutcomeRow]: ...
    def night_checkins(self) -> list[NightCheckin]: ...
    def tags(self) -> dict[date, tuple[str, ...]]: ...
    def programme_events(self) -> list[ProgrammeEvent]: ...


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


def _scale(value: int | None) -> str:
    return "" if value is None else str(value)


def _row(kind: str, evening: date, **cells: str) -> list[str]:
    """A row with ``cells`` by column name; every other cell empty ("not noted")."""
    values = {"type": kind, "evening": evening.isoformat(), **cells}
    return [values.get(column, "") for column in COLUMNS]


def _rows(diary: Diary) -> list[tuple[tuple[datetime, int, int], list[str]]]:
    rows = []
    for s in diary.sessions():
        rows.append(((s.started, _TYPE_ORDER["session"], s.id), _row(
            "session", s.evening, start=_when(s.started), end=_when(s.ended),
            duration_s=_number(s.active_s), routine=guard(s.routine_id),
            completed="yes" if s.completed else "no", segments_done=str(s.segments_done),
            segments_total=str(s.segments_total))))
    for c in diary.cramps():
        rows.append(((c.started, _TYPE_ORDER["cramp"], c.id), _row(
            "cramp", cramp_day(c), start=_when(c.started), duration_s=_number(c.duration_s),
            leg=guard(c.leg or ""), severity=_scale(c.severity), note=guard(c.note),
            how_bad=_scale(c.how_bad), sleep_disturbance=_scale(c.sleep_disturbance))))
    for r in diary.reminder_outcomes():
        rows.append(((r.due, _TYPE_ORDER["reminder"], r.id), _row(
            "reminder", r.local_date, start=_when(r.due), end=_when(r.at),
            reminder=guard(r.reminder_id), outcome=guard(r.outcome))))
    for k in diary.night_checkins():
        rows.append(((k.at, _TYPE_ORDER["checkin"], k.evening.toordinal()), _row(
            "checkin", k.evening, start=_when(k.at), leg=guard(k.leg or ""),
            how_bad=_scale(k.how_bad), sleep_disturbance=_scale(k.sleep_disturbance),
            answer=guard(k.answer))))
    for day, found in diary.tags().items():
        # No time of its own: sorted at noon (UTC) of its date, with that day.
        rows.append(((datetime.combine(day, time(12), UTC), _TYPE_ORDER["day"],
                      day.toordinal()), _row("day", day, tags=guard("; ".join(found)))))
    for e in diary.programme_events():
        rows.append(((e.at, _TYPE_ORDER["programme"], e.id), _row(
            "programme", e.evening, start=_when(e.at), programme=guard(e.kind))))
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

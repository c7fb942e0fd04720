"""The diary's entries in words: the History table's cells and the counts' periods.

Kept apart from the screen (coach/ui/history_screen.py) so the wording can be
tested without building a window, and so the table model
(``coach.ui.models.diary_table``) and the screen say things the same way.
Translation context: ``HistoryText``, shared with the screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from coach.i18n import Tr
from coach.insights.counts import is_stretched, night_of
from coach.store.history import CrampRow, NightCheckin, SessionRow, evening_of
from coach.ui.models.legs import leg_words
from coach.ui.widgets.history_chart import day_text
from coach.words.durations import clock_text, duration_words


class HistoryText(Tr):
    """Translation context for the History screen."""


#: One row of the diary table: a session the player recorded, a cramp, or a
#: morning check-in.
Entry = SessionRow | CrampRow | NightCheckin


def when_text(moment: datetime) -> str:
    """``Tue 6 Jan 2026, 03:00`` in the wall time the entry was noted in."""
    return f"{day_text(moment.date())} {moment.year}, {moment:%H:%M}"


def routine_name(routine_id: str, titles: Mapping[str, str]) -> str:
    return titles.get(routine_id) or routine_id.replace("-", " ").capitalize()


def night_prefix(entry: SessionRow | CrampRow) -> str:
    """"Night of Mon 5 Jan · " when the clock date is not the evening it counts for.

    A cramp's night follows ``coach.insights.counts.night_of`` (18:00 to 12:00): at
    08:00 on Tuesday it is "Night of Mon"; from 12:00 to 18:00 it is a
    daytime cramp, not charted. A session counts for its evening (04:00 rule).
    """
    if isinstance(entry, CrampRow):
        evening = night_of(entry.started)
        if evening is None:
            return HistoryText.tr("Daytime, not charted") + " · "
    else:
        evening = evening_of(entry.started)
    if evening == entry.started.date():
        return ""
    return HistoryText.tr("Night of {day}").format(day=day_text(evening)) + " · "


def days_words(days: int) -> str:
    """The period of the evening counts: "today" or "last 5 days"."""
    return HistoryText.tr("today") if days == 1 else HistoryText.tr("last %n day(s)", "", days)


def nights_words(nights: int, tonight: bool) -> str:
    """The period of the night counts: "tonight so far", "last night" or "last 5 nights"."""
    if nights == 1:
        return HistoryText.tr("tonight so far") if tonight else HistoryText.tr("last night")
    return HistoryText.tr("last %n night(s)", "", nights)


def cramp_details(row: CrampRow) -> str:
    parts = []
    if row.leg:
        parts.append(leg_words(row.leg).full)
    if row.severity is not None:
        parts.append(HistoryText.tr("how bad {level} of 5").format(level=row.severity))
    if row.how_bad is not None:
        parts.append(HistoryText.tr("how bad {level} of 10").format(level=row.how_bad))
    if row.sleep_disturbance is not None:
        parts.append(HistoryText.tr("sleep disturbed {level} of 10").format(
            level=row.sleep_disturbance))
    if row.duration_s:
        parts.append(HistoryText.tr("about {duration}").format(
            duration=duration_words(row.duration_s)))
    if row.note:
        parts.append(" ".join(row.note.split()))  # one line in the table
    return night_prefix(row) + (" · ".join(parts) or HistoryText.tr("No details noted"))


def checkin_details(row: NightCheckin, tags: Sequence[str] = ()) -> str:
    """The morning check-in in words: its night, the answer (and how it counts), the scales,
    and the day's tags as noted (never advice)."""
    from coach.report.pdf import tag_name
    from coach.ui.widgets.history_chart import checkin_words

    parts = [HistoryText.tr("Night of {day}").format(day=day_text(row.evening)),
             checkin_words(row.answer)]
    if row.leg:
        parts.append(leg_words(row.leg).full)
    if row.how_bad is not None:
        parts.append(HistoryText.tr("how bad {level} of 10").format(level=row.how_bad))
    if row.sleep_disturbance is not None:
        parts.append(HistoryText.tr("sleep disturbed {level} of 10").format(
            level=row.sleep_disturbance))
    if tags:
        parts.append(HistoryText.tr("noted about the day: {tags}").format(
            tags=", ".join(tag_name(tag) for tag in tags)))
    return " · ".join(parts)


def session_details(row: SessionRow) -> str:
    counted = (HistoryText.tr("counts as stretched") if is_stretched(row)
               else HistoryText.tr("too short to count as stretched"))
    done = (HistoryText.tr("{done} of {total} exercises").format(
        done=row.segments_done, total=row.segments_total)
            if row.segments_total else HistoryText.tr("no exercises"))
    how = HistoryText.tr("Completed") if row.completed else HistoryText.tr("Stopped")
    return night_prefix(row) + " · ".join((how, done, clock_text(row.active_s), counted))


def entry_key(entry: Entry) -> tuple[str, int]:
    if isinstance(entry, NightCheckin):
        return ("checkin", entry.evening.toordinal())  # one check-in per night
    return ("cramp" if isinstance(entry, CrampRow) else "session", entry.id)


def entry_time(entry: Entry) -> datetime:
    """When the entry happened: a session's or cramp's start, when a check-in was answered."""
    return entry.at if isinstance(entry, NightCheckin) else entry.started

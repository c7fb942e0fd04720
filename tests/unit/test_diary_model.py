"""The History table's model and words (coach/ui/models/), without building a screen."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from coach.store.history import CrampRow, NightCheckin, SessionRow, evening_of
from coach.ui.models.diary_table import DiaryModel, column_titles
from coach.ui.models.diary_words import (
    checkin_details,
    cramp_details,
    days_words,
    entry_key,
    nights_words,
    routine_name,
    session_details,
    when_text,
)
from coach.ui.models.legs import LegWords, leg_words

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=BERLIN)


def cramp(row_id: int, when: datetime, leg: str | None = "left", severity: int | None = 3,
          note: str = "", duration_s: float | None = 90.0) -> CrampRow:
    return CrampRow(row_id, when, duration_s, leg, severity, note, evening_of(when))


def session(row_id: int, when: datetime, done: int = 6, total: int = 6,
            completed: bool = True, active_s: float = 420.0) -> SessionRow:
    return SessionRow(row_id, "evening-stretch", when, when, completed, done, total, active_s,
                      evening_of(when))


# --- one leg_words for every screen ----------------------------------------------------


@pytest.mark.parametrize(("leg", "short", "full"), [
    ("left", "Left", "Left leg"), ("right", "Right", "Right leg"), ("both", "Both", "Both legs"),
])
def test_a_leg_has_a_button_word_and_a_word_that_stands_alone(leg, short, full):
    assert leg_words(leg) == LegWords(short, full)
    assert leg_words(leg).full == full


def test_a_leg_this_version_does_not_know_is_shown_as_written():
    assert leg_words("calf") == LegWords("calf", "calf")


# --- the words of one row ----------------------------------------------------------------


def test_a_cramp_in_words_names_the_leg_how_bad_and_how_long():
    text = cramp_details(cramp(1, at(20, 23, 0), note="woke  me\nup"))
    assert text == "Left leg · how bad 3 of 5 · about 2 minutes · woke me up"


def test_a_cramp_with_nothing_noted_says_so():
    assert cramp_details(cramp(1, at(20, 23, 0), leg=None, severity=None, duration_s=None)) \
        == "No details noted"


def test_a_cramp_noted_in_the_morning_counts_for_the_night_before():
    assert cramp_details(cramp(1, at(21, 7, 0))).startswith("Night of Tue 20 Jan · Left leg")


def test_a_session_in_words_says_whether_it_counts_as_stretched():
    assert session_details(session(1, at(20, 21, 30))) == (
        "Completed · 6 of 6 exercises · 7:00 · counts as stretched")
    short = session_details(session(2, at(20, 21, 30), done=1, completed=False, active_s=30))
    assert short.startswith("Stopped · 1 of 6 exercises") and short.endswith(
        "too short to count as stretched")


def test_when_and_routine_names():
    assert when_text(at(6, 3, 0)) == "Tue 6 Jan 2026, 03:00"
    assert routine_name("evening-stretch", {"evening-stretch": "Evening stretch"}) \
        == "Evening stretch"
    assert routine_name("my-own-routine", {}) == "My own routine"  # a routine since deleted


def test_the_periods_of_the_counts():
    assert days_words(1) == "today"
    assert days_words(7) == "last 7 days"
    assert nights_words(1, tonight=True) == "tonight so far"
    assert nights_words(1, tonight=False) == "last night"
    assert nights_words(3, tonight=False) == "last 3 nights"


# --- the table model -------------------------------------------------------------------


def test_the_table_merges_sessions_and_cramps_newest_first():
    model = DiaryModel({"evening-stretch": "Evening stretch"})
    model.set_entries([session(1, at(20, 21, 30)), session(2, at(18, 21, 0))],
                      [cramp(7, at(21, 3, 0)), cramp(8, at(19, 2, 0))])
    assert model.rowCount() == 4 and model.columnCount() == 3
    assert [entry_key(entry) for entry in map(model.entry, range(4)) if entry] == [
        ("cramp", 7), ("session", 1), ("cramp", 8), ("session", 2)]
    assert model.row_of(("session", 2)) == 3
    assert model.row_of(("cramp", 99)) is None
    assert model.entry(4) is None and model.entry(-1) is None


def test_each_cell_says_when_what_and_the_details():
    model = DiaryModel({"evening-stretch": "Evening stretch"})
    model.set_entries([session(1, at(20, 21, 30))], [cramp(2, at(20, 23, 0))])
    cells = [[model.data(model.index(row, column)) for column in range(3)] for row in range(2)]
    assert cells[0][:2] == ["Tue 20 Jan 2026, 23:00", "Cramp"]
    assert cells[0][2].startswith("Left leg")
    assert cells[1][:2] == ["Tue 20 Jan 2026, 21:30", "Evening stretch"]
    # A screen reader and the tooltip read the same words as the cell.
    index = model.index(0, 2)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == cells[0][2]
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == cells[0][2]
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert titles == list(column_titles()) == ["When", "What", "Details"]
    assert model.headerData(3, Qt.Orientation.Horizontal) is None


def test_an_empty_diary_is_an_empty_table():
    model = DiaryModel({})
    model.set_entries([], [])
    assert model.rowCount() == 0


def test_a_morning_check_in_is_a_row_of_its_own_at_the_time_it_was_answered():
    checkin = NightCheckin(date(2026, 1, 20), "one", "both", 6, 4, at(21, 7, 30))
    assert checkin_details(checkin) == (
        "Night of Tue 20 Jan · morning check-in: one cramp · Both legs · how bad 6 of 10"
        " · sleep disturbed 4 of 10")
    model = DiaryModel({})
    model.set_entries([session(1, at(20, 21, 30))], [cramp(2, at(21, 3, 0))], [checkin])
    assert [model.data(model.index(row, 1)) for row in range(3)] == [
        "Morning check-in", "Cramp", "Evening stretch"]
    assert model.data(model.index(0, 0)) == "Wed 21 Jan 2026, 07:30"
    assert model.row_of(("checkin", date(2026, 1, 20).toordinal())) == 0

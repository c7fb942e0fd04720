"""The diary as CSV: one table, oldest first, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone

import pytest

from coach.exports.diary_csv import COLUMNS, export_history_csv, guard, history_csv
from coach.store.history import History
from coach.testing.clock import FakeClock

BERLIN_SUMMER = timezone(timedelta(hours=2))


@pytest.fixture
def history(tmp_path):
    clock = FakeClock(datetime(2026, 6, 3, 8, 0, tzinfo=BERLIN_SUMMER))
    with History(tmp_path / "history.sqlite3", clock=clock) as diary:
        yield diary


def fill(history: History) -> None:
    evening = datetime(2026, 6, 1, 21, 30, tzinfo=BERLIN_SUMMER)
    history.add_session("evening-stretch", evening, evening + timedelta(minutes=6), True,
                        7, 7, 350.0)
    history.add_session("wall-lean-three-times", evening + timedelta(days=1),
                        evening + timedelta(days=1, minutes=2), False, 2, 5, 95.25)
    history.add_cramp(datetime(2026, 6, 2, 3, 10, tzinfo=BERLIN_SUMMER), 90, "left", 4,
                      "Wadenkrampf nach dem Schwimmen — ночью, 疼")
    history.add_cramp(datetime(2026, 6, 2, 23, 50, tzinfo=BERLIN_SUMMER), None, None, None,
                      "=HYPERLINK(\"http://evil\")")
    history.record_reminder_outcome("evening", evening, date(2026, 6, 1), "done")
    history.record_reminder_outcome("evening", evening + timedelta(days=1), date(2026, 6, 2),
                                    "snoozed")


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_an_empty_diary_is_the_header_only(history, tmp_path):
    target = tmp_path / "out.csv"
    assert export_history_csv(history, target) == 0
    raw = target.read_bytes()
    assert raw == b"\xef\xbb\xbf" + ",".join(COLUMNS).encode() + b"\r\n"


def test_every_entry_is_a_row_oldest_first(history):
    fill(history)
    text, count = history_csv(history)
    rows = read(text)
    assert count == len(rows) == 6
    assert [r["type"] for r in rows] == ["session", "reminder", "cramp", "session", "reminder",
                                         "cramp"]
    starts = [datetime.fromisoformat(r["start"]) for r in rows]
    assert starts == sorted(starts)
    assert all(s.utcoffset() == timedelta(hours=2) for s in starts)


def test_row_contents(history):
    fill(history)
    rows = read(history_csv(history)[0])
    first = rows[0]
    assert first == {
        "type": "session", "evening": "2026-06-01", "start": "2026-06-01T21:30:00+02:00",
        "end": "2026-06-01T21:36:00+02:00", "duration_s": "350", "routine": "evening-stretch",
        "completed": "yes", "segments_done": "7", "segments_total": "7", "leg": "",
        "severity": "", "note": "", "reminder": "", "outcome": "", "how_bad": "",
        "sleep_disturbance": "", "answer": "", "tags": "", "programme": ""}
    cramp = rows[2]
    assert (cramp["evening"], cramp["duration_s"], cramp["leg"], cramp["severity"]) == (
        "2026-06-01", "90", "left", "4")  # 03:10 counts for the evening before
    late = rows[5]
    assert (late["type"], late["evening"]) == ("cramp", "2026-06-02")  # 23:50: that night


def test_an_early_morning_cramp_counts_for_the_night_before_as_in_history(history):
    """05:30 is after the stored evening's 04:00 turn, but History (and the report)
    count it for the night before; the export must not put it on another night."""
    history.add_cramp(datetime(2026, 6, 2, 5, 30, tzinfo=BERLIN_SUMMER), 60, "right", 2)
    [row] = read(history_csv(history)[0])
    assert (row["type"], row["evening"]) == ("cramp", "2026-06-01")


def test_row_contents_of_a_stopped_session_and_a_reminder(history):
    fill(history)
    rows = read(history_csv(history)[0])
    partial = rows[3]
    assert (partial["completed"], partial["duration_s"], partial["segments_done"]) == (
        "no", "95.2", "2")
    reminder = rows[1]
    assert (reminder["reminder"], reminder["outcome"], reminder["evening"]) == (
        "evening", "done", "2026-06-01")
    assert reminder["end"] == "2026-06-03T08:00:00+02:00"  # when the outcome was noted
    bare = rows[5]
    assert (bare["duration_s"], bare["leg"], bare["severity"]) == ("", "", "")


def test_a_file_round_trips_with_non_ascii_and_a_bom(history, tmp_path):
    fill(history)
    target = tmp_path / "diary.csv"
    assert export_history_csv(history, target) == 6
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(COLUMNS)
    assert len(rows) == 7
    assert "Wadenkrampf nach dem Schwimmen — ночью, 疼" in [r[11] for r in rows]
    assert target.read_bytes().count(b"\r\n") == 7


def test_formula_like_text_is_defused(history):
    fill(history)
    notes = [r["note"] for r in read(history_csv(history)[0]) if r["type"] == "cramp"]
    assert "'=HYPERLINK(\"http://evil\")" in notes


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_guard_prefixes_formula_starts(text):
    assert guard(text) == "'" + text


def test_guard_leaves_plain_text():
    assert guard("left calf, 2 minutes") == "left calf, 2 minutes"
    assert guard("") == ""


def test_a_stream_gets_text_without_a_bom(history):
    fill(history)
    stream = io.StringIO()
    assert export_history_csv(history, stream) == 6
    assert stream.getvalue().startswith("type,evening,")


def test_a_failed_write_leaves_the_old_file(history, tmp_path):
    target = tmp_path / "diary.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(OSError):
        export_history_csv(history, tmp_path)  # a folder: cannot be replaced by a file
    assert target.read_text(encoding="utf-8") == "old"


# --- the richer diary (issue 16) ------------------------------------------------------------


def test_the_old_columns_come_first_unchanged_and_the_new_ones_after():
    assert COLUMNS[:14] == ("type", "evening", "start", "end", "duration_s", "routine",
                            "completed", "segments_done", "segments_total", "leg", "severity",
                            "note", "reminder", "outcome")
    assert COLUMNS[14:] == ("how_bad", "sleep_disturbance", "answer", "tags", "programme")


def test_0_to_10_scales_check_ins_tags_and_programme_events_are_exported(history):
    history.add_programme_event("start", datetime(2026, 6, 1, 20, 0, tzinfo=BERLIN_SUMMER))
    history.add_cramp(datetime(2026, 6, 2, 3, 10, tzinfo=BERLIN_SUMMER), 90, "left", 4, "",
                      how_bad=7, sleep_disturbance=6)
    history.set_night_checkin(date(2026, 6, 2), "several", "both", 8, 9)  # answered 3 June 08:00
    history.set_tags(date(2026, 6, 2), ["alcohol", "hard_exercise"])
    rows = read(history_csv(history)[0])
    assert [r["type"] for r in rows] == ["programme", "cramp", "day", "checkin"]
    programme, cramp, day, checkin = rows
    assert (programme["evening"], programme["start"], programme["programme"]) == (
        "2026-06-01", "2026-06-01T20:00:00+02:00", "start")
    assert (cramp["severity"], cramp["how_bad"], cramp["sleep_disturbance"]) == ("4", "7", "6")
    assert (day["evening"], day["tags"], day["start"]) == (
        "2026-06-02", "hard_exercise; alcohol", "")
    assert (checkin["evening"], checkin["start"], checkin["answer"], checkin["leg"],
            checkin["how_bad"], checkin["sleep_disturbance"], checkin["severity"]) == (
        "2026-06-02", "2026-06-03T08:00:00+02:00", "several", "both", "8", "9", "")


def test_the_export_leaves_the_diary_file_exactly_as_it_was(tmp_path):
    folder = tmp_path / "diary"
    folder.mkdir()
    path = folder / "history.sqlite3"
    clock = FakeClock(datetime(2026, 6, 3, 8, 0, tzinfo=BERLIN_SUMMER))
    with History(path, clock=clock) as diary:
        fill(diary)
        diary.set_night_checkin(date(2026, 6, 2), "one", None, 5, None)
        diary.set_tags(date(2026, 6, 2), ["long_standing"])
    before = path.read_bytes()
    with History.open_read_only(path) as diary:
        _text, count = history_csv(diary)
    assert count == 8
    assert path.read_bytes() == before  # no migration, no write (SQLite's side files aside)
    with History(path, clock=clock) as diary:
        assert len(diary.night_checkins()) == 1 and len(diary.cramps()) == 2

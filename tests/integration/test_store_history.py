"""The diary keeps every entry whole, whatever happens to the app or the file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.store import history as history_module
from coach.store import history_schema, paths
from coach.store.history import History, evening_of
from coach.testing.clock import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 1, 5, 22, 0, 0, tzinfo=BERLIN))


@pytest.fixture
def diary(clock):
    history = History(clock=clock)
    yield history
    history.close()


def at(day: int, hour: int, minute: int = 0, tz=BERLIN) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=tz)


# --- evening day --------------------------------------------------------------------


def test_the_evening_day_ends_at_four_in_the_morning():
    assert evening_of(at(6, 21, 30)) == date(2026, 1, 6)
    assert evening_of(at(7, 0, 30)) == date(2026, 1, 6)
    assert evening_of(datetime(2026, 1, 7, 3, 59, 59, tzinfo=BERLIN)) == date(2026, 1, 6)
    assert evening_of(at(7, 4, 0)) == date(2026, 1, 7)
    assert evening_of(at(7, 0, 0)) == date(2026, 1, 6)


def test_the_evening_day_follows_local_time_across_dst_changes():
    # Spring forward (29 March 2026, 02:00 -> 03:00): 03:30 is still "last night".
    assert evening_of(datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN)) == date(2026, 3, 28)
    assert evening_of(datetime(2026, 3, 29, 4, 0, tzinfo=BERLIN)) == date(2026, 3, 29)
    # 01:45 UTC on that night is 03:45 local summer time: still the 28th.
    utc = datetime(2026, 3, 29, 1, 45, tzinfo=UTC).astimezone(BERLIN)
    assert evening_of(utc) == date(2026, 3, 28)
    # Fall back (25 October 2026, 03:00 -> 02:00): both 02:30s belong to the 24th.
    first = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=0)
    second = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=1)
    assert first.utcoffset() != second.utcoffset()
    assert evening_of(first) == evening_of(second) == date(2026, 10, 24)
    assert evening_of(datetime(2026, 10, 25, 4, 0, tzinfo=BERLIN)) == date(2026, 10, 25)


# --- round trips --------------------------------------------------------------------


def test_sessions_come_back_after_a_restart_with_their_time_zone(clock):
    history = History(clock=clock)
    assert history.path == paths.history_path()
    late = history.add_session("evening-stretch", at(6, 23, 50), at(7, 0, 2), True, 6, 6, 360.0)
    early = history.add_session("morning", at(6, 8, 0), at(6, 8, 3), False, 1, 4, 95.5)
    history.close()

    again = History(clock=clock)
    sessions = again.sessions()
    again.close()
    assert [s.id for s in sessions] == [late, early]  # newest first
    first = sessions[0]
    assert first.routine_id == "evening-stretch"
    assert first.started == at(6, 23, 50) and first.ended == at(7, 0, 2)
    assert first.started.utcoffset() == timedelta(hours=1)
    assert first.completed is True
    assert (first.segments_done, first.segments_total, first.active_s) == (6, 6, 360.0)
    assert first.evening == date(2026, 1, 6)
    assert sessions[1].completed is False and sessions[1].active_s == 95.5


def test_sessions_since_an_evening(diary):
    diary.add_session("a", at(4, 21), at(4, 21, 5), True, 2, 2, 300)
    diary.add_session("b", at(6, 1, 30), at(6, 1, 35), True, 2, 2, 300)  # evening of the 5th
    diary.add_session("c", at(6, 21), at(6, 21, 5), True, 2, 2, 300)
    assert [s.routine_id for s in diary.sessions(since=date(2026, 1, 5))] == ["c", "b"]


def test_newest_first_holds_across_different_offsets(diary):
    summer = datetime(2026, 7, 1, 22, 0, tzinfo=timezone(timedelta(hours=2)))
    later_in_utc = datetime(2026, 7, 1, 21, 30, tzinfo=UTC)  # 23:30 in Berlin
    diary.add_session("summer", summer, summer + timedelta(minutes=5), True, 1, 1, 300)
    diary.add_session("utc", later_in_utc, later_in_utc + timedelta(minutes=5), True, 1, 1, 300)
    assert [s.routine_id for s in diary.sessions()] == ["utc", "summer"]


def test_cramps_round_trip_and_can_be_edited_and_deleted(clock):
    history = History(clock=clock)
    cramp = history.add_cramp(at(7, 2, 10), 95.0, "left", 4, "woke me up")
    other = history.add_cramp(at(5, 23, 0), None, None, None)
    history.close()

    history = History(clock=clock)
    rows = history.cramps()
    assert [r.id for r in rows] == [cramp, other]
    assert rows[0].started == at(7, 2, 10) and rows[0].evening == date(2026, 1, 6)
    assert (rows[0].duration_s, rows[0].leg, rows[0].severity, rows[0].note) == (
        95.0, "left", 4, "woke me up")
    assert (rows[1].duration_s, rows[1].leg, rows[1].severity, rows[1].note) == (
        None, None, None, "")

    clock.advance(3600)
    assert history.update_cramp(cramp, started=at(7, 5, 0), leg="both", note="")
    edited = history.cramps(since=date(2026, 1, 7))
    assert len(edited) == 1 and edited[0].id == cramp
    assert edited[0].evening == date(2026, 1, 7) and edited[0].leg == "both"
    assert edited[0].severity == 4  # untouched fields stay
    created, updated = history._db.execute(
        "SELECT created, updated FROM cramps WHERE id = ?", (cramp,)).fetchone()
    assert datetime.fromisoformat(updated) - datetime.fromisoformat(created) == timedelta(hours=1)

    assert history.delete_cramp(other)
    assert not history.delete_cramp(other)
    assert not history.update_cramp(other, note="gone")
    assert [r.id for r in history.cramps()] == [cramp]
    history.close()


def test_bad_entries_are_refused_before_they_reach_the_file(diary):
    naive = datetime(2026, 1, 6, 22, 0)
    with pytest.raises(ValueError, match="aware"):
        diary.add_session("x", naive, at(6, 22), True, 1, 1, 1.0)
    with pytest.raises(ValueError, match="aware"):
        diary.add_cramp(naive, None, None, None)
    with pytest.raises(ValueError, match="leg"):
        diary.add_cramp(at(6, 22), None, "middle", None)
    with pytest.raises(ValueError, match="severity"):
        diary.add_cramp(at(6, 22), None, None, 6)
    cramp = diary.add_cramp(at(6, 22), None, None, None)
    with pytest.raises(ValueError):
        diary.update_cramp(cramp, evening="2026-01-01")
    with pytest.raises(ValueError, match="aware"):
        diary.update_cramp(cramp, started=naive)
    with pytest.raises(ValueError, match="outcome"):
        diary.record_reminder_outcome("evening", at(6, 21, 30), date(2026, 1, 6), "ignored")
    assert diary.sessions() == [] and len(diary.cramps()) == 1


# --- reminder outcomes --------------------------------------------------------------


def test_a_reminder_outcome_is_recorded_once_per_day(diary, clock):
    due = at(6, 21, 30)
    assert diary.record_reminder_outcome("evening", due, date(2026, 1, 6), "shown")
    assert not diary.record_reminder_outcome("evening", due, date(2026, 1, 6), "shown")
    assert diary.record_reminder_outcome("evening", due, date(2026, 1, 6), "done")
    assert diary.record_reminder_outcome("evening", at(7, 21, 30), date(2026, 1, 7), "shown")
    assert diary.record_reminder_outcome("morning", due, date(2026, 1, 6), "shown")
    outcomes = diary.reminder_outcomes()
    assert len(outcomes) == 4
    assert outcomes[0].local_date == date(2026, 1, 7) and outcomes[0].due == at(7, 21, 30)
    assert outcomes[0].at == clock.now()
    assert {o.outcome for o in diary.reminder_outcomes(since=date(2026, 1, 7))} == {"shown"}


# --- transactions -------------------------------------------------------------------


class FailAfterInsert:
    """A connection stand-in that fails (or dies) right after the INSERT ran."""

    def __init__(self, db: sqlite3.Connection, on_insert) -> None:
        self.db, self.on_insert = db, on_insert

    def __enter__(self):
        return self.db.__enter__()

    def __exit__(self, *exc):
        return self.db.__exit__(*exc)

    def execute(self, sql, *args):
        cursor = self.db.execute(sql, *args)
        if sql.lstrip().upper().startswith("INSERT"):
            self.on_insert()
        return cursor


def test_an_error_inside_a_write_leaves_no_row(diary):
    real = diary._db

    def boom():
        raise RuntimeError("disk unplugged")

    diary._db = FailAfterInsert(real, boom)
    with pytest.raises(RuntimeError):
        diary.add_cramp(at(6, 22), 30.0, "left", 2)
    with pytest.raises(RuntimeError):
        diary.add_session("evening-stretch", at(6, 21), at(6, 21, 6), True, 6, 6, 360)
    diary._db = real
    assert diary.cramps() == [] and diary.sessions() == []
    assert not real.in_transaction


def test_a_writer_killed_mid_transaction_leaves_no_partial_entry(tmp_path):
    path = tmp_path / "diary" / "history.sqlite3"
    History(path).close()  # the file exists and is migrated
    child = textwrap.dedent(f"""
        import os, sys
        from datetime import datetime, timezone
        sys.path.insert(0, {str(REPO)!r})
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from coach.store.history import History
        from test_store_history import FailAfterInsert
        history = History({str(path)!r})
        history.add_session("first", datetime.now(timezone.utc), datetime.now(timezone.utc),
                            True, 1, 1, 1.0)
        history._db = FailAfterInsert(history._db, lambda: os._exit(9))
        history.add_session("half", datetime.now(timezone.utc), datetime.now(timezone.utc),
                            True, 1, 1, 1.0)
        os._exit(0)
    """)
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, timeout=60)
    assert result.returncode == 9, result.stderr.decode()

    history = History(path)
    assert history.notice is None
    assert [s.routine_id for s in history.sessions()] == ["first"]
    history.close()


def test_uncommitted_changes_of_an_abandoned_connection_are_not_kept(tmp_path):
    path = tmp_path / "history.sqlite3"
    writer = History(path)
    writer._db.execute("INSERT INTO cramps (started, evening, created, updated)"
                       " VALUES ('2026-01-06T22:00:00+01:00', '2026-01-06', 'x', 'x')")
    reader = History(path)  # the writer never commits and is abandoned
    assert reader.cramps() == []
    reader.close()


# --- damaged, newer and older files -------------------------------------------------


def filled_diary(path: Path) -> None:
    history = History(path)
    history.add_session("evening-stretch", at(6, 21), at(6, 21, 6), True, 6, 6, 360)
    for n in range(200):  # enough pages that a cut lands inside the data
        history.add_cramp(at(6, 22), float(n), "left", 3, "x" * 200)
    history._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    history.close()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "zeroed-middle"])
@pytest.mark.expected_log("coach.store.history_file", match=r"history .* is damaged")
def test_a_damaged_file_is_put_aside_and_a_fresh_diary_starts(damage, clock):
    path = paths.history_path()
    filled_diary(path)
    data = path.read_bytes()
    if damage == "truncated":
        bad = data[: len(data) // 2]
    elif damage == "garbage":
        bad = b"this is not a database, just some text a crash left behind\n" * 20
    else:
        middle = len(data) // 2
        bad = data[:4096] + b"\x00" * (middle - 4096) + data[middle:]
    path.write_bytes(bad)

    history = History(clock=clock)
    aside = path.with_name("history.sqlite3.damaged-20260105-220000")
    assert aside.read_bytes() == bad  # kept for rescue, never deleted
    assert history.notice == ("Your history file was damaged and has been put aside as "
                              "history.sqlite3.damaged-20260105-220000; a new, empty history "
                              "was started.")
    assert history.sessions() == []
    history.add_cramp(at(6, 23), None, None, None)  # and the new one works
    history.close()
    again = History(clock=clock)
    assert again.notice is None and len(again.cramps()) == 1
    again.close()


def test_a_newer_diary_is_left_untouched(clock):
    path = paths.history_path()
    filled_diary(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.execute("CREATE TABLE from_the_future (x)")
    db.commit()
    db.close()
    before = path.read_bytes()

    history = History(clock=clock)
    assert history.notice is not None and "newer version" in history.notice
    assert len(history.sessions()) == 1  # still readable
    with pytest.raises(sqlite3.Error):
        history.add_cramp(at(6, 23), None, None, None)
    history.close()
    assert path.read_bytes() == before
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 99
    assert db.execute("SELECT count(*) FROM cramps").fetchone()[0] == 200
    db.close()


def test_an_older_diary_is_backed_up_before_it_is_migrated(monkeypatch, clock):
    path = paths.history_path()
    filled_diary(path)

    def add_mood(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE sessions ADD COLUMN mood TEXT")

    current = len(history_module.MIGRATIONS)  # the version filled_diary wrote
    monkeypatch.setattr(history_schema, "MIGRATIONS", [*history_schema.MIGRATIONS, add_mood])
    history = History(clock=clock)
    assert history.notice is None
    assert len(history.sessions()) == 1
    assert history._db.execute("PRAGMA user_version").fetchone()[0] == current + 1
    history.close()

    backup = path.with_name(f"history.sqlite3.bak-v{current}")
    db = sqlite3.connect(backup)
    assert db.execute("PRAGMA user_version").fetchone()[0] == current
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM cramps").fetchone()[0] == 200
    columns = [row[1] for row in db.execute("PRAGMA table_info(sessions)")]
    assert "mood" not in columns
    db.close()


@pytest.mark.expected_log("coach.store.history_file",
                          match=r"cannot be opened \(bug in the migration\)")
@pytest.mark.expected_log("coach.store.history_file", match=r"could not be built in memory either")
def test_a_failed_migration_changes_nothing_in_the_file(monkeypatch, clock):
    path = paths.history_path()
    filled_diary(path)

    def broken(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE sessions ADD COLUMN mood TEXT")
        raise sqlite3.OperationalError("bug in the migration")

    current = len(history_module.MIGRATIONS)
    monkeypatch.setattr(history_schema, "MIGRATIONS", [*history_schema.MIGRATIONS, broken])
    history = History(clock=clock)
    assert history.notice is not None  # the app still starts, and says so
    history.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == current
    assert "mood" not in [row[1] for row in db.execute("PRAGMA table_info(sessions)")]
    db.close()


def test_a_fresh_diary_needs_no_backup():
    History().close()
    folder = paths.history_path().parent
    assert not [p for p in folder.iterdir() if ".bak" in p.name]


@pytest.mark.expected_log("coach.store.history_file", match=r"history .* cannot be opened")
def test_an_unwritable_place_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    history = History(blocker / "history.sqlite3")
    assert history.notice is not None and "will not be kept" in history.notice
    history.add_cramp(at(6, 22), None, "right", 2)
    assert len(history.cramps()) == 1
    history.close()

"""Schema v3 (issue 16): 0-10 scales, the morning check-in, day tags and programme events.

The old diary here is built from the schema SQL the previous release wrote,
spelled out, not from the migration functions, so a later edit to a migration
cannot make this test agree with itself.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.store import paths
from coach.store.history import CrampRow, History, severity_0_10
from coach.testing.clock import FakeClock

from old_diaries import V2_SCHEMA

BERLIN = ZoneInfo("Europe/Berlin")



@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 8, 0, 0, tzinfo=BERLIN))


def write_v2_diary(path: Path) -> None:
    """A version-2 diary file with a session, two cramps (one with every field) and state."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    for statement in V2_SCHEMA:
        db.execute(statement)
    db.execute("INSERT INTO sessions VALUES (1, 'evening-stretch', '2026-02-28T21:30:00+01:00',"
               " '2026-02-28T21:36:00+01:00', 1, 6, 6, 300.0, '2026-02-28')")
    db.execute("INSERT INTO cramps VALUES (1, '2026-03-01T03:10:00+01:00', 95.0, 'left', 4,"
               " 'woke me up', '2026-02-28', '2026-03-01T03:12:00+01:00',"
               " '2026-03-01T03:12:00+01:00')")
    db.execute("INSERT INTO cramps VALUES (2, '2026-03-01T23:50:00+01:00', NULL, NULL, NULL,"
               " '', '2026-03-01', '2026-03-01T23:51:00+01:00', '2026-03-01T23:51:00+01:00')")
    db.execute("INSERT INTO app_state VALUES ('reminders.last_check',"
               " '2026-03-01T21:00:00+01:00')")
    db.commit()
    db.close()


def test_a_version_2_diary_keeps_every_entry_and_the_1_to_5_scale(clock):
    write_v2_diary(paths.history_path())

    with History(clock=clock) as history:
        assert history.notice is None
        cramps = history.cramps()
        assert [(c.id, c.duration_s, c.leg, c.severity, c.note, c.evening) for c in cramps] == [
            (2, None, None, None, "", date(2026, 3, 1)),
            (1, 95.0, "left", 4, "woke me up", date(2026, 2, 28))]
        # Nothing is invented for old entries: the 0-10 fields stay empty ...
        assert [(c.how_bad, c.sleep_disturbance) for c in cramps] == [(None, None)] * 2
        # ... and summaries read the 1-5 scale as 2, 4, 6, 8, 10.
        assert severity_0_10(cramps[1]) == 8
        assert severity_0_10(cramps[0]) is None
        assert [s.routine_id for s in history.sessions()] == ["evening-stretch"]
        assert history.get_state("reminders.last_check") == "2026-03-01T21:00:00+01:00"
        # The new parts work on the migrated file.
        history.add_cramp(datetime(2026, 3, 2, 2, 0, tzinfo=BERLIN), 30.0, "right", None,
                          how_bad=7, sleep_disturbance=5)
        history.set_tags(date(2026, 3, 1), ["alcohol", "long_standing"])
        history.add_programme_event("start")
    backup = paths.history_path().with_name("history.sqlite3.bak-v2")
    assert backup.exists()  # the old file is kept, unchanged, before its schema changes
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 2
    assert old.execute("SELECT count(*) FROM cramps").fetchone()[0] == 2
    old.close()

    with History(clock=clock) as again:
        newest = again.cramps()[0]
        assert (newest.how_bad, newest.sleep_disturbance, newest.severity) == (7, 5, None)
        assert again.tags() == {date(2026, 3, 1): ("long_standing", "alcohol")}
        assert [e.kind for e in again.programme_events()] == ["start"]


def test_an_old_diary_read_only_is_read_as_it_is_and_left_alone(tmp_path, clock):
    path = tmp_path / "old.sqlite3"
    write_v2_diary(path)
    before = path.read_bytes()

    with History.open_read_only(path, clock=clock) as history:
        assert len(history.cramps()) == 2
        assert history.cramps()[1].how_bad is None
        assert history.night_checkins() == []
        assert history.tags() == {}
        assert history.programme_events() == []
    assert path.read_bytes() == before
    assert not path.with_name("old.sqlite3.bak-v2").exists()


def test_a_new_diary_reads_read_only_too(tmp_path, clock):
    path = tmp_path / "new.sqlite3"
    with History(path, clock=clock) as history:
        history.add_cramp(datetime(2026, 3, 2, 2, 0, tzinfo=BERLIN), 30.0, "both", 2, how_bad=3)
        history.set_night_checkin(date(2026, 3, 1), "several", "both", 6, 8)
        history.set_tags(date(2026, 3, 1), ["pregnancy"])
    with History.open_read_only(path, clock=clock) as history:
        assert history.cramps()[0].how_bad == 3
        assert [(c.answer, c.sleep_disturbance) for c in history.night_checkins()] == [
            ("several", 8)]
        assert history.tags() == {date(2026, 3, 1): ("pregnancy",)}


def test_a_check_in_for_the_same_night_replaces_the_earlier_answer(clock):
    with History(clock=clock) as history:
        history.set_night_checkin(date(2026, 3, 1), "one", "left", 5, 2)
        history.set_night_checkin(date(2026, 3, 1), "none")
        assert [(c.evening, c.answer, c.leg) for c in history.night_checkins()] == [
            (date(2026, 3, 1), "none", None)]


def test_tags_of_a_day_are_replaced_and_can_be_cleared(clock):
    with History(clock=clock) as history:
        history.set_tags(date(2026, 3, 1), ["hard_exercise", "little_to_drink"])
        history.set_tags(date(2026, 3, 1), ["medicine_change"])
        assert history.tags() == {date(2026, 3, 1): ("medicine_change",)}
        history.set_tags(date(2026, 3, 1), [])
        assert history.tags() == {}


@pytest.mark.parametrize("call", [
    lambda h: h.add_cramp(datetime(2026, 3, 2, 2, 0, tzinfo=BERLIN), None, None, None,
                          how_bad=11),
    lambda h: h.add_cramp(datetime(2026, 3, 2, 2, 0, tzinfo=BERLIN), None, None, None,
                          sleep_disturbance=-1),
    lambda h: h.set_night_checkin(date(2026, 3, 1), "lots"),
    lambda h: h.set_tags(date(2026, 3, 1), ["coffee"]),
    lambda h: h.add_programme_event("finish"),
])
def test_bad_values_are_refused_with_a_reason(clock, call):
    with History(clock=clock) as history, pytest.raises(ValueError):
        call(history)


def test_programme_events_are_kept_in_order_with_their_evening(clock):
    with History(clock=clock) as history:
        history.add_programme_event("start", datetime(2026, 3, 2, 21, 0, tzinfo=BERLIN))
        history.add_programme_event("pause", datetime(2026, 3, 6, 1, 0, tzinfo=BERLIN))
        events = history.programme_events()
        assert [(e.kind, e.evening) for e in events] == [
            ("start", date(2026, 3, 2)), ("pause", date(2026, 3, 5))]


def test_severity_on_one_scale_prefers_the_0_10_answer():
    row = CrampRow(1, datetime(2026, 3, 2, 2, 0, tzinfo=BERLIN), None, None, 1, "",
                   date(2026, 3, 1), how_bad=0)
    assert severity_0_10(row) == 0

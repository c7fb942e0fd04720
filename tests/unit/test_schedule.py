"""When a reminder is due: the user's wall time, every selected day, once, even across DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from zones import in_process_zone, process_zone  # noqa: F401 (a fixture, used by name)

from coach.engine.schedule import (
    DAY_NAMES,
    MAX_CATCH_UP,
    Occurrence,
    Reminder,
    next_due,
    next_occurrence,
    occurrence_on,
    occurrences_between,
)
from coach.store.settings import DAYS, DEFAULTS

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # DST moves the clocks by 30 minutes
KOLKATA = ZoneInfo("Asia/Kolkata")  # no DST
ZONES = [BERLIN, NEW_YORK, LORD_HOWE, KOLKATA, ZoneInfo("UTC")]
#: Wall times around the DST changes (02:00, 02:30, 01:30) and the day's edges.
HARD_TIMES = [time(2, 30), time(2, 0), time(1, 30), time(1, 45), time(2, 15), time(0, 0),
              time(23, 59), time(3, 0), time(21, 30)]
EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))

#: Every test here also runs with the process in a zone none of its reminders use.
pytestmark = pytest.mark.usefixtures("in_process_zone")


def reminder(at: time = time(21, 30), days: frozenset[int] = EVERY_DAY, *,
             rid: str = "evening", enabled: bool = True) -> Reminder:
    return Reminder(rid, at, days, "evening-stretch", "Evening stretch", enabled)


def gap_at(day: date, at: time, tz: tzinfo) -> timedelta:
    """How much the clocks jump over ``at`` on ``day`` (zero unless it does not exist).

    For a wall time in a gap, fold=0 reads it with the offset before the jump and
    fold=1 with the one after (PEP 495), so the difference is the jump.
    """
    wall = datetime.combine(day, at, tzinfo=tz)
    jump = wall.replace(fold=1).utcoffset() - wall.utcoffset()
    return jump if jump > timedelta(0) else timedelta(0)


def transition_days(tz: tzinfo, year: int) -> list[date]:
    days = []
    day = date(year, 1, 1)
    while day.year == year:
        start = datetime.combine(day, time(0, 0), tzinfo=tz).utcoffset()
        end = datetime.combine(day, time(23, 59), tzinfo=tz).utcoffset()
        if start != end:
            days.append(day)
        day += timedelta(days=1)
    return days


# --- settings form ------------------------------------------------------------------


def test_day_names_match_the_settings_file():
    assert DAY_NAMES == DAYS


def test_the_default_reminder_reads_from_settings_and_writes_back_the_same():
    setting = DEFAULTS["reminders"][0]
    r = Reminder.from_setting(setting)
    assert r == Reminder("evening", time(21, 30), EVERY_DAY, "evening-stretch",
                         "Evening stretch", True)
    assert r.to_setting() == setting


def test_a_weekday_reminder_round_trips_in_week_order():
    r = Reminder.from_setting({"id": "w", "time": "7:05", "days": ["fri", "Mon"],
                               "routine": "r", "label": "", "enabled": False})
    assert r.time == time(7, 5) and r.days == frozenset({0, 4}) and not r.enabled
    assert r.to_setting()["days"] == ["mon", "fri"]
    assert r.to_setting()["time"] == "07:05"


@pytest.mark.parametrize(("bad", "reason"), [
    ({"id": "", "time": "21:30"}, "reminder needs a text id, got ''"),
    ({"id": "x", "time": "25:00"}, "reminder x: time must be HH:MM, got '25:00'"),
    ({"id": "x", "time": "nine"}, "reminder x: time must be HH:MM, got 'nine'"),
    ({"id": "x", "time": "21:30", "days": ["someday"]},
     "reminder x: days must be among .*'mon'.*, got \\['someday'\\]"),
])
def test_a_malformed_reminder_is_refused_with_its_reason(bad, reason):
    with pytest.raises(ValueError, match=reason):
        Reminder.from_setting(bad)


def test_a_reminder_without_optional_fields_is_every_day_enabled_and_unnamed():
    r = Reminder.from_setting({"id": "x", "time": "07:05"})
    assert r.days == EVERY_DAY
    assert (r.routine, r.label, r.enabled) == ("", "", True)


# --- one day ------------------------------------------------------------------------


def test_an_occurrence_is_the_wall_time_on_its_date():
    occ = occurrence_on(reminder(), date(2026, 1, 5), BERLIN)
    assert occ == Occurrence("evening", datetime(2026, 1, 5, 21, 30, tzinfo=BERLIN),
                             date(2026, 1, 5))
    assert occ.key == "evening@2026-01-05"


def test_unselected_days_and_disabled_reminders_have_no_occurrence():
    assert occurrence_on(reminder(days=WEEKDAYS), date(2026, 1, 10), BERLIN) is None  # Sat
    assert occurrence_on(reminder(enabled=False), date(2026, 1, 5), BERLIN) is None


@pytest.mark.parametrize(("tz", "day", "at", "expected"), [
    (BERLIN, date(2026, 3, 29), time(2, 30), datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),
    (BERLIN, date(2026, 3, 29), time(2, 0), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
    (NEW_YORK, date(2026, 3, 8), time(2, 30), datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),
    (LORD_HOWE, date(2026, 10, 4), time(2, 15), datetime(2026, 10, 3, 15, 45, tzinfo=UTC)),
])
def test_a_time_that_does_not_exist_is_shifted_forward_by_the_gap(tz, day, at, expected):
    occ = occurrence_on(reminder(at), day, tz)
    assert occ.due.astimezone(UTC) == expected
    assert occ.local_date == day
    shifted = (datetime.combine(day, at) + gap_at(day, at, tz)).time()
    assert occ.due.astimezone(tz).time() == shifted
    # 02:30 -> 03:30 in Berlin, 02:15 -> 02:45 on Lord Howe
    assert gap_at(day, at, tz) == (timedelta(minutes=30) if tz is LORD_HOWE
                                   else timedelta(hours=1))


@pytest.mark.parametrize(("tz", "day", "at", "expected"), [
    (BERLIN, date(2026, 10, 25), time(2, 30), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
    (NEW_YORK, date(2026, 11, 1), time(1, 30), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
    (LORD_HOWE, date(2026, 4, 5), time(1, 45), datetime(2026, 4, 4, 14, 45, tzinfo=UTC)),
])
def test_a_time_that_happens_twice_is_the_first_one_only(tz, day, at, expected):
    occ = occurrence_on(reminder(at), day, tz)
    assert occ.due.astimezone(UTC) == expected
    after_first = next_occurrence(reminder(at), occ.due, tz)
    assert after_first.local_date == day + timedelta(days=1)  # not the second pass


def test_the_transition_days_used_below_are_the_real_ones():
    assert transition_days(BERLIN, 2026) == [date(2026, 3, 29), date(2026, 10, 25)]
    assert transition_days(NEW_YORK, 2026) == [date(2026, 3, 8), date(2026, 11, 1)]
    assert transition_days(LORD_HOWE, 2026) == [date(2026, 4, 5), date(2026, 10, 4)]
    assert transition_days(KOLKATA, 2026) == []


# --- walking through a year ---------------------------------------------------------


def check_occurrence(r: Reminder, occ: Occurrence, tz: tzinfo) -> None:
    """The due instant exists in the zone and shows the reminder's wall time
    (or that time shifted forward by exactly the gap), read in the reminder's
    zone as the instant comes (the screens show ``due`` as it is)."""
    local = occ.due.astimezone(tz)
    assert (occ.due.replace(tzinfo=None), occ.due.utcoffset()) == (
        local.replace(tzinfo=None), local.utcoffset())  # not the machine's zone
    assert local.astimezone(UTC).astimezone(tz) == local  # exists
    assert occ.local_date.weekday() in r.days
    shift = gap_at(occ.local_date, r.time, tz)
    expected = datetime.combine(occ.local_date, r.time) + shift
    assert local.replace(tzinfo=None) == expected
    if not shift:
        # in an overlap: the first pass, i.e. the larger offset of the two
        first = datetime.combine(occ.local_date, r.time, tzinfo=tz).utcoffset()
        assert local.utcoffset() == first


@pytest.mark.parametrize("tz", ZONES, ids=str)
@pytest.mark.parametrize("at", HARD_TIMES, ids=str)
@pytest.mark.parametrize("days", [EVERY_DAY, WEEKDAYS, frozenset({6})], ids=["all", "wk", "sun"])
def test_a_year_of_occurrences_has_every_selected_day_once_in_order(tz, at, days):
    r = reminder(at, days)
    after = datetime(2025, 12, 31, 23, 59, 59, tzinfo=tz)
    seen: list[Occurrence] = []
    while True:
        occ = next_occurrence(r, after, tz)
        assert occ is not None
        assert occ.due.astimezone(UTC) > after.astimezone(UTC)  # strictly after
        if occ.local_date.year > 2026:
            break
        check_occurrence(r, occ, tz)
        seen.append(occ)
        after = occ.due
    expected_days = [d for d in (date(2026, 1, 1) + timedelta(days=n) for n in range(365))
                     if d.weekday() in days]
    assert [o.local_date for o in seen] == expected_days  # none skipped, none twice
    # the same answer as asking for the whole year at once
    whole = occurrences_between(r, datetime(2025, 12, 31, 23, 59, 59, tzinfo=tz),
                                seen[-1].due, tz)
    assert whole[-60:] == seen[-len(whole[-60:]):]


@pytest.mark.parametrize("tz", ZONES, ids=str)
@pytest.mark.parametrize("at", HARD_TIMES, ids=str)
def test_on_dst_change_days_next_occurrence_is_right_from_every_minute_of_the_night(tz, at):
    """From each minute of the change night, the next occurrence is the same one
    until it has passed, then tomorrow's: never the skipped day, never a repeat."""
    r = reminder(at)
    for day in transition_days(tz, 2026) or [date(2026, 3, 29)]:
        target = occurrence_on(r, day, tz)
        check_occurrence(r, target, tz)
        start = datetime.combine(day - timedelta(days=1), time(22, 0), tzinfo=tz)
        moment = start.astimezone(UTC)
        end = datetime.combine(day, time(6, 0), tzinfo=tz).astimezone(UTC)
        while moment < end:
            occ = next_occurrence(r, moment, tz)
            if moment < target.due.astimezone(UTC):
                expected_day = (day if moment >= occurrence_on(
                    r, day - timedelta(days=1), tz).due.astimezone(UTC)
                    else day - timedelta(days=1))
                assert occ.local_date == expected_day
            else:
                assert occ.local_date == day + timedelta(days=1)
            moment += timedelta(minutes=5)


@settings(max_examples=300, deadline=None, database=None)
@given(
    zone=st.sampled_from(ZONES),
    at=st.one_of(st.sampled_from(HARD_TIMES), st.times().map(lambda t: t.replace(
        second=0, microsecond=0))),
    days=st.frozensets(st.integers(0, 6), min_size=1),
    after=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),
                       timezones=st.just(UTC)),
)
def test_next_occurrence_is_the_first_selected_one_strictly_after(zone, at, days, after):
    r = reminder(at, days)
    occ = next_occurrence(r, after, zone)
    assert occ is not None
    assert occ.due.astimezone(UTC) > after
    check_occurrence(r, occ, zone)
    # nothing selected in between: every earlier day's occurrence is not after `after`
    day = occ.local_date - timedelta(days=1)
    while day >= after.astimezone(zone).date() - timedelta(days=1):
        earlier = occurrence_on(r, day, zone)
        assert earlier is None or earlier.due.astimezone(UTC) <= after
        day -= timedelta(days=1)


# --- intervals ----------------------------------------------------------------------


def test_between_is_open_at_the_start_closed_at_the_end_and_oldest_first():
    r = reminder()
    due = datetime(2026, 1, 5, 21, 30, tzinfo=BERLIN)
    assert occurrences_between(r, due, due + timedelta(hours=1), BERLIN) == []
    assert [o.due for o in occurrences_between(r, due - timedelta(seconds=1), due, BERLIN)] \
        == [due]
    three = occurrences_between(r, due - timedelta(days=3), due, BERLIN)
    assert [o.local_date for o in three] == [date(2026, 1, 3), date(2026, 1, 4),
                                             date(2026, 1, 5)]
    assert occurrences_between(r, due, due - timedelta(days=1), BERLIN) == []


def test_a_very_long_gap_lists_only_the_last_sixty_days():
    r = reminder()
    end = datetime(2026, 6, 1, 22, 0, tzinfo=BERLIN)
    found = occurrences_between(r, end - timedelta(days=400), end, BERLIN)
    assert len(found) == MAX_CATCH_UP.days == 60
    assert found[-1].local_date == date(2026, 6, 1)
    assert found[0].local_date == date(2026, 4, 3)


def test_between_follows_the_zone_it_is_asked_in():
    r = reminder()
    start = datetime(2026, 1, 5, 20, 0, tzinfo=BERLIN)  # 14:00 in New York
    end = start + timedelta(hours=8)
    [occ] = occurrences_between(r, start, end, NEW_YORK)
    assert occ.due == datetime(2026, 1, 5, 21, 30, tzinfo=NEW_YORK)


# --- several reminders --------------------------------------------------------------


def test_next_due_is_the_soonest_enabled_reminder():
    after = datetime(2026, 1, 5, 20, 0, tzinfo=BERLIN)
    evening = reminder(time(21, 30))
    morning = reminder(time(7, 0), rid="morning")
    off = reminder(time(20, 30), rid="off", enabled=False)
    assert next_due([evening, morning, off], after, BERLIN).reminder_id == "evening"
    assert next_due([morning, off], after, BERLIN).due == datetime(2026, 1, 6, 7, 0,
                                                                   tzinfo=BERLIN)
    assert next_due([off], after, BERLIN) is None
    assert next_due([], after, BERLIN) is None
    twin = reminder(time(21, 30), rid="another")
    assert next_due([evening, twin], after, BERLIN).reminder_id == "another"  # stable tie


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="need an aware datetime"):
        next_occurrence(reminder(), datetime(2026, 1, 5, 20, 0), BERLIN)


class _NoOffset(tzinfo):
    """A zone that does not know its offset: the datetime is naive in all but name."""

    def utcoffset(self, dt):
        return None


def test_a_time_whose_zone_gives_no_offset_is_refused_too():
    with pytest.raises(ValueError, match="need an aware datetime"):
        occurrences_between(reminder(), datetime(2026, 1, 5, 20, 0, tzinfo=_NoOffset()),
                            datetime(2026, 1, 6, 20, 0, tzinfo=BERLIN), BERLIN)


# --- the machine's zone is not the reminder's -----------------------------------------
#
# 25 hours apart: the local date of one instant differs by up to two days
# between the two, more than the day of slack the search adds on each side.

KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14
PAGO_PAGO = ZoneInfo("Pacific/Pago_Pago")  # UTC-11
FAR_APART = [("Pacific/Pago_Pago", KIRITIMATI), ("Pacific/Kiritimati", PAGO_PAGO)]


@pytest.mark.parametrize(("machine", "tz"), FAR_APART, ids=["machine-behind", "machine-ahead"])
@pytest.mark.parametrize("hour", range(24))
def test_next_occurrence_counts_days_in_the_reminder_zone(machine, tz, hour):
    """Tuesday 00:15 only, asked each hour of a Tuesday: next Tuesday or this one."""
    r = reminder(time(0, 15), frozenset({1}))
    after = datetime(2026, 1, 6, hour, 30, tzinfo=tz)  # a Tuesday there
    with process_zone(machine):
        occ = next_occurrence(r, after, tz)
    assert occ is not None
    assert occ.local_date == date(2026, 1, 13)
    assert occ.due == datetime(2026, 1, 13, 0, 15, tzinfo=tz)


@pytest.mark.parametrize(("machine", "tz"), FAR_APART, ids=["machine-behind", "machine-ahead"])
@pytest.mark.parametrize(("at", "first_day"), [(time(0, 15), 4), (time(23, 45), 3)], ids=str)
@pytest.mark.parametrize("hour", range(24))
def test_between_counts_days_in_the_reminder_zone(machine, tz, at, first_day, hour):
    """The last three days' reminders, whatever date the machine has now.

    From 6 January hh:30, three days back: 00:15 on the 4th to the 6th, or
    23:45 on the 3rd to the 5th.
    """
    r = reminder(at)
    end = datetime(2026, 1, 6, hour, 30, tzinfo=tz)
    with process_zone(machine):
        found = occurrences_between(r, end - timedelta(days=3), end, tz)
    assert [o.local_date for o in found] == [date(2026, 1, first_day + n) for n in range(3)]


def test_an_occurrence_comes_in_the_reminder_zone_not_the_machine_one():
    with process_zone("Pacific/Kiritimati"):
        occ = occurrence_on(reminder(), date(2026, 1, 5), BERLIN)
    assert (occ.due.hour, occ.due.minute, occ.due.utcoffset()) == (21, 30, timedelta(hours=1))

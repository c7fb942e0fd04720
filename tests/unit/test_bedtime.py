"""Reminders that follow the user's bedtime, and quiet hours at night.

Bedtimes are per evening: Saturday's 00:30 is Sunday 00:30 on the clock. Time
is a FakeClock and zones are real IANA zones, so DST nights are the real ones.
The running scheduler at night is in tests/ui/test_bedtime_scheduler.py.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bedtimes import (
    BERLIN,
    FRIDAY,
    SATURDAY,
    SUNDAY,
    WEEKEND_NIGHT,
    at,
    before_bed,
    fixed,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from zones import process_zone

from coach.engine.schedule import (
    DEFAULT_NIGHT,
    Night,
    Occurrence,
    Reminder,
    next_due,
    next_occurrence,
    occurrence_on,
    occurrences_between,
    relative_wall,
)
from coach.store.settings import Settings

NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
ZONES = [BERLIN, NEW_YORK, LORD_HOWE, ZoneInfo("UTC")]


# --- bedtimes and relative reminders --------------------------------------------------


def test_a_bedtime_after_midnight_belongs_to_the_evening_before():
    assert WEEKEND_NIGHT.bedtime(FRIDAY, BERLIN) == at(FRIDAY, 23, 30)
    assert WEEKEND_NIGHT.bedtime(SATURDAY, BERLIN) == at(SUNDAY, 0, 30)


def test_two_different_bedtimes_give_each_evening_its_own_reminder_once():
    """30 minutes before: Friday 23:00; Saturday's is Sunday 00:00 on the clock, for
    Saturday; nothing at Saturday 00:00 (that would read 00:30 as Friday's)."""
    reminder = before_bed(30)
    seen: list[Occurrence] = []
    after = at(FRIDAY, 12, 0)
    for _ in range(3):
        occurrence = next_occurrence(reminder, after, BERLIN, WEEKEND_NIGHT)
        assert occurrence is not None
        seen.append(occurrence)
        after = occurrence.due
    assert [(o.due, o.local_date) for o in seen] == [
        (at(FRIDAY, 23, 0), FRIDAY),
        (at(SUNDAY, 0, 0), SATURDAY),
        (at(SUNDAY, 22, 30), SUNDAY),
    ]
    between = occurrences_between(reminder, at(FRIDAY, 12, 0), at(SUNDAY, 12, 0), BERLIN,
                                  WEEKEND_NIGHT)
    assert [o.key for o in between] == ["bed@2026-01-09", "bed@2026-01-10"]


def test_just_after_midnight_the_evening_before_is_still_to_come():
    """At 00:10 on Sunday, Saturday's reminder (00:00) has passed; at 23:50 on Saturday it
    is the next one, not Sunday evening's."""
    reminder = before_bed(30)
    upcoming = next_occurrence(reminder, at(SATURDAY, 23, 50), BERLIN, WEEKEND_NIGHT)
    assert upcoming.local_date == SATURDAY and upcoming.due == at(SUNDAY, 0, 0)
    after = next_occurrence(reminder, at(SUNDAY, 0, 10), BERLIN, WEEKEND_NIGHT)
    assert after.local_date == SUNDAY


def test_a_relative_reminder_only_on_the_chosen_evenings():
    saturday_only = before_bed(15, frozenset({5}))
    assert occurrence_on(saturday_only, FRIDAY, BERLIN, WEEKEND_NIGHT) is None
    occurrence = occurrence_on(saturday_only, SATURDAY, BERLIN, WEEKEND_NIGHT)
    assert occurrence.due == at(SUNDAY, 0, 15)


def test_next_due_mixes_fixed_and_relative_reminders():
    reminders = [fixed(time(21, 30)), before_bed(60)]
    first = next_due(reminders, at(FRIDAY, 21, 45), BERLIN, WEEKEND_NIGHT)
    assert (first.reminder_id, first.due) == ("bed", at(FRIDAY, 22, 30))


def test_without_a_night_the_default_bedtime_is_used():
    occurrence = occurrence_on(before_bed(30), FRIDAY, BERLIN)
    assert occurrence.due == at(FRIDAY, 22, 30)  # 23:00 - 30 min
    assert DEFAULT_NIGHT.bedtimes == (time(23, 0),) * 7


def test_relative_wall_moves_the_day_for_a_bedtime_after_midnight():
    assert relative_wall(before_bed(15), 5, WEEKEND_NIGHT) == (6, time(0, 15))
    assert relative_wall(before_bed(45), 5, WEEKEND_NIGHT) == (5, time(23, 45))
    assert relative_wall(fixed(time(21, 30)), 2, WEEKEND_NIGHT) == (2, time(21, 30))


# --- across DST ---------------------------------------------------------------------


def test_spring_forward_minutes_before_bedtime_are_real_minutes():
    """Berlin, 29 March 2026, 02:00 -> 03:00. Bedtime 03:15 (after the jump), 60 min
    before is 01:15: an hour of real time, not the 02:15 that does not exist."""
    night = Night((time(3, 15),) * 7)
    saturday = date(2026, 3, 28)
    occurrence = occurrence_on(before_bed(60), saturday, BERLIN, night)
    assert occurrence.local_date == saturday
    assert occurrence.due.astimezone(UTC) == datetime(2026, 3, 29, 0, 15, tzinfo=UTC)
    assert occurrence.due.astimezone(BERLIN).time() == time(1, 15)
    bedtime = night.bedtime(saturday, BERLIN)
    assert bedtime.astimezone(UTC) - occurrence.due.astimezone(UTC) == timedelta(hours=1)


def test_spring_forward_a_bedtime_in_the_gap_moves_forward_with_it():
    night = Night((time(2, 30),) * 7)  # 02:30 does not exist that night -> 03:30
    occurrence = occurrence_on(before_bed(30), date(2026, 3, 28), BERLIN, night)
    assert night.bedtime(date(2026, 3, 28), BERLIN).time() == time(3, 30)
    assert occurrence.due.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_fall_back_the_first_bedtime_counts_and_the_reminder_comes_once():
    """Berlin, 25 October 2026, 03:00 -> 02:00. Bedtime 02:30 happens twice: the first
    counts; 60 min before is 01:30 summer time, once."""
    night = Night((time(2, 30),) * 7)
    saturday = date(2026, 10, 24)
    reminder = before_bed(60)
    occurrence = occurrence_on(reminder, saturday, BERLIN, night)
    assert occurrence.due.astimezone(UTC) == datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    found = occurrences_between(reminder, at(saturday, 12), at(date(2026, 10, 25), 12),
                                BERLIN, night)
    assert [o.local_date for o in found] == [saturday]


@settings(max_examples=300, deadline=None, database=None)
@given(
    zone=st.sampled_from(ZONES),
    bedtimes=st.lists(st.sampled_from([time(22, 0), time(23, 30), time(0, 30), time(2, 30),
                                       time(1, 45), time(3, 15), time(21, 5)]),
                      min_size=7, max_size=7),
    minutes=st.integers(0, 360),
    days=st.frozensets(st.integers(0, 6), min_size=1),
    after=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),
                       timezones=st.just(UTC)),
)
def test_relative_next_occurrence_is_the_soonest_evening_strictly_after(
        zone, bedtimes, minutes, days, after):
    """Any zone (DST nights included), bedtimes and lead: the answer is N real minutes
    before its evening's bedtime, strictly after ``after``, and no chosen evening
    around it has one in between."""
    night = Night(tuple(bedtimes))
    reminder = before_bed(minutes, days)
    occurrence = next_occurrence(reminder, after, zone, night)
    assert occurrence is not None
    due = occurrence.due.astimezone(UTC)
    assert due > after
    assert occurrence.local_date.weekday() in days
    bedtime = night.bedtime(occurrence.local_date, zone).astimezone(UTC)
    assert bedtime - due == timedelta(minutes=minutes)
    local = after.astimezone(zone).date()
    for offset in range(-2, 9):
        other = occurrence_on(reminder, local + timedelta(days=offset), zone, night)
        if other is not None and other.local_date != occurrence.local_date:
            other_due = other.due.astimezone(UTC)
            assert not after < other_due < due


# --- quiet hours --------------------------------------------------------------------


def test_quiet_hours_run_from_bedtime_plus_margin_to_the_morning():
    night = Night((time(23, 0),) * 7, timedelta(minutes=60), time(6, 0))
    assert not night.is_quiet(at(FRIDAY, 23, 59), BERLIN)
    assert not night.is_quiet(at(SATURDAY, 0, 0), BERLIN)  # "after" bedtime + margin
    assert night.is_quiet(at(SATURDAY, 0, 1), BERLIN)
    assert night.is_quiet(at(SATURDAY, 3, 0), BERLIN)
    assert not night.is_quiet(at(SATURDAY, 6, 0), BERLIN)
    assert not night.is_quiet(at(SATURDAY, 12, 0), BERLIN)
    # Saturday's bedtime is 00:30 (Sunday): quiet from 01:30, not from midnight
    assert not WEEKEND_NIGHT.is_quiet(at(SUNDAY, 1, 0), BERLIN)
    assert not WEEKEND_NIGHT.is_quiet(at(SUNDAY, 1, 30), BERLIN)
    assert WEEKEND_NIGHT.is_quiet(at(SUNDAY, 1, 31), BERLIN)
    assert night.is_quiet_wall(datetime(2026, 1, 10, 3, 0))
    assert not night.is_quiet_wall(datetime(2026, 1, 9, 22, 0))


def test_quiet_hours_follow_the_real_clock_on_a_dst_night():
    night = Night((time(23, 0),) * 7, timedelta(minutes=60), time(6, 0))
    sunday = date(2026, 3, 29)
    start, end = night.quiet_span(date(2026, 3, 28), BERLIN)
    assert start == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)  # 00:00 CET
    assert end == datetime(2026, 3, 29, 4, 0, tzinfo=UTC)  # 06:00 CEST: an hour shorter
    assert night.is_quiet(at(sunday, 5, 59), BERLIN)
    assert not night.is_quiet(at(sunday, 6, 0), BERLIN)


def test_no_quiet_hours_when_the_margin_reaches_the_morning():
    late = Night((time(5, 30),) * 7, timedelta(minutes=60), time(6, 0))
    assert late.quiet_span(FRIDAY, BERLIN) is None
    assert not late.is_quiet(at(SATURDAY, 6, 15), BERLIN)


# --- the settings file --------------------------------------------------------------


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_an_older_fixed_time_reminder_still_loads_unchanged(tmp_path):
    path = write(tmp_path / "settings.yaml", (
        "schema: 1\nreminders:\n- id: evening\n  time: '21:30'\n  days: [mon, tue]\n"
        "  routine: evening-stretch\n  label: Evening stretch\n  enabled: true\n"))
    loaded = Settings.load(path)
    assert loaded.ignored == []
    [item] = loaded.get("reminders")
    assert "before_bedtime" not in item
    assert Reminder.from_setting(item) == Reminder("evening", time(21, 30), frozenset({0, 1}),
                                                   "evening-stretch", "Evening stretch")
    assert loaded.get("bedtime") == "23:00" and loaded.get("quiet_margin_min") == 60
    assert loaded.get("quiet_until") == "06:00"


def test_bedtimes_and_a_relative_reminder_round_trip_through_the_file(tmp_path):
    path = tmp_path / "settings.yaml"
    first = Settings.load(path)
    bedtimes = {"mon": "23:00", "tue": "23:00", "wed": "23:00", "thu": "23:00",
                "fri": "23:30", "sat": "0:30", "sun": "22:45"}
    first.set("bedtime", bedtimes)
    first.set("quiet_margin_min", 90)
    first.set("reminders", [{"id": "r-1", "time": "22:30", "before_bedtime": 30,
                             "days": ["fri", "sat"], "routine": "evening-stretch",
                             "label": "Before bed", "enabled": True}])
    first.save()
    again = Settings.load(path)
    assert again.ignored == []
    assert again.get("bedtime")["sat"] == "00:30"
    night = Night.from_get(again.get)
    assert night.bedtime(SATURDAY, BERLIN) == at(SUNDAY, 0, 30)
    assert night.margin == timedelta(minutes=90)
    reminder = Reminder.from_setting(again.get("reminders")[0])
    assert reminder.before_bedtime == 30 and reminder.relative
    assert reminder.to_setting()["before_bedtime"] == 30


def test_a_hand_written_relative_reminder_needs_no_time(tmp_path):
    path = write(tmp_path / "settings.yaml", (
        "reminders:\n- id: bed\n  before_bedtime: 20\n  routine: evening-stretch\n"))
    loaded = Settings.load(path)
    assert loaded.ignored == []
    reminder = Reminder.from_setting(loaded.get("reminders")[0])
    assert reminder.before_bedtime == 20


@pytest.mark.parametrize(("text", "what"), [
    ("bedtime: '25:00'\n", "bedtime"),
    ("bedtime: {mon: '23:00'}\n", "bedtime"),
    ("quiet_margin_min: 500\n", "quiet_margin_min"),
    ("quiet_until: breakfast\n", "quiet_until"),
    ("reminders:\n- {id: bed, before_bedtime: 999, routine: evening-stretch}\n", "reminder"),
])
def test_a_bad_bedtime_entry_is_ignored_with_its_reason(tmp_path, text, what):
    loaded = Settings.load(write(tmp_path / "settings.yaml", text))
    assert len(loaded.ignored) == 1 and loaded.ignored[0].startswith(what)
    assert Night.from_get(loaded.get) is not None


def test_a_bad_before_bedtime_is_refused_by_the_schedule_too():
    with pytest.raises(ValueError):
        Reminder.from_setting({"id": "x", "time": "21:30", "before_bedtime": -5})


# --- the calendar export ------------------------------------------------------------

ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def calendar_events(reminders: list[dict], night: Night | None) -> list:
    icalendar = pytest.importorskip("icalendar")
    from coach.exports.calendar import count_events, reminders_to_ics

    text = reminders_to_ics(reminders, "Europe/Berlin", {"evening-stretch": "Evening stretch"},
                            datetime(2026, 1, 5, 12, 0, tzinfo=UTC), night=night)
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert len(events) == count_events(reminders, night)
    return events


def expanded(event, count: int) -> list[datetime]:
    import itertools

    from dateutil.rrule import rrulestr

    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.decoded("DTSTART"))
    return list(itertools.islice(rule, count))


def test_a_relative_reminder_exports_one_event_per_distinct_time_on_the_right_days():
    """30 min before: 22:30 Mon-Thu and Sun, Friday 23:00, and Saturday's is Sunday 00:00."""
    reminders = [{"id": "bed", "time": "22:30", "before_bedtime": 30, "days": ALL_DAYS,
                  "routine": "evening-stretch", "label": "Before bed", "enabled": True}]
    events = calendar_events(reminders, WEEKEND_NIGHT)
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {"bed-mo-tu-we-th-su@calf-coach", "bed-fr@calf-coach",
                           "bed-su@calf-coach"}
    week = sorted(moment for e in events for moment in expanded(e, 10)
                  if moment.date() < date(2026, 1, 12))
    assert [(m.strftime("%a"), m.strftime("%H:%M")) for m in week] == [
        ("Mon", "22:30"), ("Tue", "22:30"), ("Wed", "22:30"), ("Thu", "22:30"),
        ("Fri", "23:00"), ("Sun", "00:00"), ("Sun", "22:30")]
    assert all(str(m.tzinfo) == "Europe/Berlin" for m in week)
    # the same instants the app would remind at
    app = occurrences_between(Reminder.from_setting(reminders[0]), at(date(2026, 1, 5), 0),
                              at(date(2026, 1, 11), 23, 59), BERLIN, WEEKEND_NIGHT)
    assert [o.due for o in app] == [m.astimezone(BERLIN) for m in week]


def test_one_bedtime_for_every_day_keeps_one_event_with_the_reminder_uid():
    reminders = [{"id": "bed", "before_bedtime": 45, "days": ["mon", "wed"],
                  "routine": "evening-stretch", "label": "", "enabled": True}]
    [event] = calendar_events(reminders, Night((time(22, 15),) * 7))
    assert str(event["UID"]) == "bed@calf-coach"
    assert [m.strftime("%a %H:%M") for m in expanded(event, 2)] == ["Mon 21:30", "Wed 21:30"]


def test_days_a_fixed_reminder_would_fall_in_quiet_hours_are_left_out():
    reminders = [{"id": "late", "time": "00:45", "days": ALL_DAYS,
                  "routine": "evening-stretch", "label": "Late", "enabled": True}]
    [event] = calendar_events(reminders, WEEKEND_NIGHT)
    assert event["RRULE"]["BYDAY"] == ["SU"]  # only after Saturday's 00:30 bedtime
    assert calendar_events(reminders, Night()) == []  # quiet from 00:00 every night
    assert len(calendar_events(reminders, None)) == 1  # no night: as before


def test_a_fixed_reminder_on_the_edges_of_quiet_hours_stays_in_the_calendar():
    """Quiet hours 00:00-06:00 leave both edges out, as the app does: a reminder at
    midnight ("at bedtime" with a one-hour margin) or at 06:00 is in the calendar."""
    for wall in ("00:00", "06:00"):
        reminders = [{"id": "edge", "time": wall, "days": ALL_DAYS,
                      "routine": "evening-stretch", "label": "Edge", "enabled": True}]
        [event] = calendar_events(reminders, Night())
        assert [m.strftime("%a %H:%M") for m in expanded(event, 2)] == [
            f"Mon {wall}", f"Tue {wall}"]
    assert not Night().is_quiet(at(SATURDAY, 0, 0), BERLIN)
    assert not Night().is_quiet(at(SATURDAY, 6, 0), BERLIN)


# --- reading the night and the reminders from the settings ----------------------------


def test_one_bedtime_for_every_evening_gets_the_default_quiet_hours():
    """Only "bedtime: 22:30": every evening 22:30, quiet from 23:30 (an hour later)
    until 06:00."""
    night = Night.from_settings("22:30")
    evenings = [FRIDAY + timedelta(days=n) for n in range(7)]
    assert [night.bedtime(e, BERLIN) for e in evenings] == [at(e, 22, 30) for e in evenings]
    assert not night.is_quiet(at(FRIDAY, 23, 30), BERLIN)
    assert night.is_quiet(at(FRIDAY, 23, 31), BERLIN)
    assert night.is_quiet(at(SATURDAY, 5, 59), BERLIN)
    assert not night.is_quiet(at(SATURDAY, 6, 0), BERLIN)


def test_the_margin_and_morning_hour_from_the_settings_file_are_used(tmp_path):
    loaded = Settings.load(write(tmp_path / "settings.yaml", (
        "bedtime: '23:00'\nquiet_margin_min: 30\nquiet_until: '07:30'\n")))
    assert loaded.ignored == []
    for night in (Night.from_get(loaded.get), Night.from_settings("23:00", 30, "07:30")):
        assert not night.is_quiet(at(FRIDAY, 23, 30), BERLIN)
        assert night.is_quiet(at(FRIDAY, 23, 31), BERLIN)
        assert night.is_quiet(at(SATURDAY, 7, 0), BERLIN)  # still quiet after 06:00
        assert not night.is_quiet(at(SATURDAY, 7, 30), BERLIN)


def test_a_bedtime_at_noon_is_that_day_one_minute_earlier_is_after_midnight():
    """For someone who works nights: noon is the evening's own date, 11:59 the next."""
    noon = Night.from_settings("12:00")
    assert noon.bedtime(FRIDAY, BERLIN) == at(FRIDAY, 12, 0)
    assert occurrence_on(before_bed(30), FRIDAY, BERLIN, noon).due == at(FRIDAY, 11, 30)
    assert Night.from_settings("11:59").bedtime(FRIDAY, BERLIN) == at(SATURDAY, 11, 59)


def test_a_night_that_is_not_seven_bedtimes_or_not_a_time_says_what_is_wrong():
    with pytest.raises(ValueError, match=r"^a night needs one bedtime per weekday$"):
        Night((time(23, 0),) * 6)
    with pytest.raises(ValueError, match=r"^must be HH:MM, got '9pm'$"):
        Night.from_settings("9pm")


@pytest.mark.parametrize("minutes", [0, 1, 359, 360])
def test_before_bedtime_from_0_to_360_minutes_is_accepted(minutes):
    """0 is "at bedtime", 360 six hours before (17:00 for the default 23:00 bedtime)."""
    reminder = Reminder.from_setting({"id": "bed", "before_bedtime": minutes})
    due = occurrence_on(reminder, FRIDAY, BERLIN).due
    assert due == at(FRIDAY, 23, 0) - timedelta(minutes=minutes)


@pytest.mark.parametrize("value", [-1, 361, True, "30", 30.0])
def test_a_bad_before_bedtime_says_which_reminder_and_what_is_allowed(value):
    expected = f"reminder bed: before_bedtime must be 0-360 minutes, got {value!r}"
    with pytest.raises(ValueError, match=f"^{re.escape(expected)}$"):
        Reminder.from_setting({"id": "bed", "time": "21:30", "before_bedtime": value})


def test_a_fixed_reminder_without_a_time_is_refused():
    """Only a relative reminder may leave out the time (it then keeps 21:30 for older
    versions); a fixed one without it has nothing to ring at."""
    with pytest.raises(ValueError, match=r"^reminder x: time must be HH:MM, got None$"):
        Reminder.from_setting({"id": "x", "days": ["mon"], "routine": "evening-stretch"})


def test_a_reminder_with_no_day_chosen_is_never_due():
    for reminder in (fixed(time(21, 30), frozenset()), before_bed(30, frozenset())):
        assert next_occurrence(reminder, at(FRIDAY, 12, 0), BERLIN, WEEKEND_NIGHT) is None
        assert next_due([reminder], at(FRIDAY, 12, 0), BERLIN, WEEKEND_NIGHT) is None


def test_times_are_read_in_the_users_zone_not_the_machines():
    """The machine clock in Kiritimati (UTC+14), the user in New York (UTC-5): the
    reminder shows New York's 22:30, and 05:30 on Saturday is still Friday's quiet night
    (in Kiritimati it is already Sunday)."""
    with process_zone("Pacific/Kiritimati"):
        occurrence = occurrence_on(before_bed(30), FRIDAY, NEW_YORK)
        assert occurrence.due.strftime("%a %H:%M") == "Fri 22:30"
        assert DEFAULT_NIGHT.is_quiet(at(SATURDAY, 5, 30, NEW_YORK), NEW_YORK)
        assert not DEFAULT_NIGHT.is_quiet(at(SATURDAY, 6, 0, NEW_YORK), NEW_YORK)

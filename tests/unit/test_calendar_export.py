"""The iCalendar export, read back by a real parser (``icalendar``) and expanded with dateutil."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

icalendar = pytest.importorskip("icalendar")
from dateutil.rrule import rrulestr  # noqa: E402  (icalendar depends on dateutil)

from coach.exports.calendar import (  # noqa: E402
    duration_text,
    escape_text,
    fold,
    next_date,
    reminders_to_ics,
)

ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TITLES = {"evening-stretch": "Evening stretch before bed", "wall": "Wall lean"}


def reminder(rid: str = "evening", time: str = "21:30", days: list[str] | None = None,
             routine: str = "evening-stretch", label: str = "Evening stretch",
             enabled: bool = True) -> dict:
    return {"id": rid, "time": time, "days": list(ALL_DAYS if days is None else days),
            "routine": routine, "label": label, "enabled": enabled}


def export(reminders: list[dict], zone: str = "Europe/Berlin",
           now: datetime = datetime(2026, 3, 25, 12, 0, tzinfo=UTC), **kwargs) -> str:
    return reminders_to_ics(reminders, zone, TITLES, now, **kwargs)


def parse(text: str):
    return icalendar.Calendar.from_ical(text)


def events(text: str) -> dict[str, object]:
    return {str(event["UID"]): event for event in parse(text).walk("VEVENT")}


def expand(event, count: int) -> list[datetime]:
    """The first ``count`` occurrences of the event's RRULE from its DTSTART (wall time kept)."""
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.decoded("DTSTART"))
    return list(itertools.islice(rule, count))


# --- the calendar ----------------------------------------------------------------------


def test_a_calendar_with_the_required_properties_and_a_time_zone():
    calendar = parse(export([reminder()]))
    assert calendar["VERSION"] == "2.0"
    assert "Calf Coach" in str(calendar["PRODID"])
    assert calendar["CALSCALE"] == "GREGORIAN"
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Berlin"]
    assert {c.name for c in zones[0].subcomponents} == {"STANDARD", "DAYLIGHT"}


def test_no_reminders_is_a_valid_empty_calendar():
    calendar = parse(export([]))
    assert calendar.walk("VEVENT") == []
    assert calendar["VERSION"] == "2.0"


def test_lines_end_in_crlf_and_fit_in_75_octets():
    text = export([reminder(label="Растяжка икр перед сном, " * 8)])
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    assert "\n" not in "".join(lines) and "\r" not in "".join(lines)
    assert max(len(line.encode("utf-8")) for line in lines) <= 75


# --- the events ------------------------------------------------------------------------


def test_one_event_per_enabled_reminder_with_a_stable_uid():
    reminders = [reminder("evening"), reminder("morning", "07:15", ["mon", "wed"]),
                 reminder("off", enabled=False)]
    first = events(export(reminders))
    later = events(export(reminders, now=datetime(2026, 9, 1, 8, 0, tzinfo=UTC)))
    assert set(first) == set(later) == {"evening@calf-coach", "morning@calf-coach"}


def test_start_is_the_next_matching_day_at_the_local_time_with_tzid():
    text = export([reminder("evening"), reminder("weekly", "07:15", ["mon", "wed"])])
    assert "DTSTART;TZID=Europe/Berlin:20260325T213000\r\n" in text  # Wednesday the 25th
    found = events(text)
    daily = found["evening@calf-coach"].decoded("DTSTART")
    assert daily == datetime(2026, 3, 25, 21, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert found["evening@calf-coach"]["DTSTART"].params["TZID"] == "Europe/Berlin"
    weekly = found["weekly@calf-coach"].decoded("DTSTART")
    assert (weekly.date(), weekly.hour, weekly.minute) == (date(2026, 3, 25), 7, 15)


def test_next_date_looks_at_most_a_week_ahead():
    wednesday = date(2026, 3, 25)
    assert next_date(["wed"], wednesday) == wednesday
    assert next_date(["tue"], wednesday) == date(2026, 3, 31)
    assert next_date(["sat", "mon"], wednesday) == date(2026, 3, 28)


def test_the_day_comes_from_now_in_the_reminders_zone():
    """23:30 UTC on Tuesday is already Wednesday in Berlin."""
    text = export([reminder(days=["tue", "wed"])], now=datetime(2026, 3, 24, 23, 30, tzinfo=UTC))
    assert "DTSTART;TZID=Europe/Berlin:20260325T213000" in text


def test_rrule_names_the_days_or_is_daily_for_all_seven():
    found = events(export([reminder("daily"), reminder("some", days=["sun", "mon", "fri"])]))
    assert found["daily@calf-coach"]["RRULE"]["FREQ"] == ["DAILY"]
    assert "BYDAY" not in found["daily@calf-coach"]["RRULE"]
    some = found["some@calf-coach"]["RRULE"]
    assert some["FREQ"] == ["WEEKLY"]
    assert [str(day) for day in some["BYDAY"]] == ["MO", "FR", "SU"]


def test_each_event_has_a_display_alarm_at_the_start():
    event = events(export([reminder()]))["evening@calf-coach"]
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(0)
    assert str(alarm["DESCRIPTION"]) == "Evening stretch"


def test_summary_description_and_duration():
    text = export([reminder(), reminder("wall", routine="wall"), reminder("x", routine="gone")],
                  routine_durations={"evening-stretch": 350})
    found = events(text)
    evening = found["evening@calf-coach"]
    assert str(evening["SUMMARY"]) == "Evening stretch"
    assert str(evening["DESCRIPTION"]) == ("Evening stretch before bed\n"
                                           "Open Calf Coach to start it.")
    assert evening.decoded("DURATION") == timedelta(minutes=6)  # 5:50 rounded up
    assert found["wall@calf-coach"].decoded("DURATION") == timedelta(minutes=10)
    assert str(found["x@calf-coach"]["DESCRIPTION"]).startswith("gone\n")
    assert "TRANSP:TRANSPARENT" in text


def test_special_characters_are_escaped_and_round_trip():
    label = 'Stretch, then rest; a\\b "quoted"\nsecond line'
    text = export([reminder(label=label)])
    assert "SUMMARY:Stretch\\, then rest\\; a\\\\b \"quoted\"\\nsecond line\r\n" in text
    assert str(events(text)["evening@calf-coach"]["SUMMARY"]) == label


def test_a_long_label_is_folded_and_still_round_trips():
    label = "Evening calf stretch, wall lean, towel pull and a slow walk — " * 3 + "ñ€😀" * 10
    text = export([reminder(label=label)])
    assert "\r\n " in text
    for line in text.split("\r\n"):
        line.encode("utf-8").decode("utf-8")  # no character was cut in two
    assert str(events(text)["evening@calf-coach"]["SUMMARY"]) == label


def test_text_helpers():
    assert escape_text("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne"
    assert fold("x" * 75) == "x" * 75
    assert fold("x" * 76) == "x" * 75 + "\r\n x"
    assert fold("é" * 40).split("\r\n")[0] == "é" * 37  # 74 octets; a 76th would split é
    assert duration_text(600) == "PT10M"
    assert duration_text(3 * 3600 + 1) == "PT3H1M"
    assert duration_text(0) == "PT1M"


# --- time zones and DST ----------------------------------------------------------------


@pytest.mark.parametrize(("zone", "now", "expected_utc"), [
    # Europe: summer time starts Sunday 29 March 2026.
    ("Europe/Berlin", datetime(2026, 3, 28, 9, 0, tzinfo=UTC),
     ["2026-03-28T20:30", "2026-03-29T19:30", "2026-03-30T19:30"]),
    # US: standard time returns Sunday 1 November 2026.
    ("America/New_York", datetime(2026, 10, 31, 12, 0, tzinfo=UTC),
     ["2026-11-01T01:30", "2026-11-02T02:30", "2026-11-03T02:30"]),
    ("UTC", datetime(2026, 3, 28, 9, 0, tzinfo=UTC),
     ["2026-03-28T21:30", "2026-03-29T21:30", "2026-03-30T21:30"]),
])
def test_occurrences_stay_at_local_2130_across_a_dst_change(zone, now, expected_utc):
    event = events(export([reminder()], zone=zone, now=now))["evening@calf-coach"]
    occurrences = expand(event, 3)
    assert [o.astimezone(ZoneInfo(zone)).strftime("%H:%M") for o in occurrences] == ["21:30"] * 3
    assert [o.astimezone(UTC).strftime("%Y-%m-%dT%H:%M") for o in occurrences] == expected_utc


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "UTC",
                                  "Australia/Sydney", "Asia/Tokyo"])
def test_the_vtimezone_agrees_with_the_zone_database(zone):
    """Read our VTIMEZONE on its own (not by its name) and compare offsets for three years."""
    calendar = parse(export([], zone=zone, now=datetime(2026, 1, 2, tzinfo=UTC)))
    ours = calendar.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    real = ZoneInfo(zone)
    moment = datetime(2026, 1, 2, tzinfo=UTC)
    while moment < datetime(2029, 1, 1, tzinfo=UTC):
        assert moment.astimezone(ours).utcoffset() == moment.astimezone(real).utcoffset(), moment
        moment += timedelta(hours=7)


def test_dst_zones_use_yearly_rules():
    text = export([], zone="America/New_York")
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU" in text
    assert "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU" in text
    berlin = export([], zone="Europe/Berlin")
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in berlin
    assert "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" in berlin


def test_an_unknown_zone_is_a_value_error():
    with pytest.raises(ValueError, match="unknown time zone"):
        export([reminder()], zone="Mars/Olympus_Mons")

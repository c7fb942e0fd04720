"""Words for reminders, with fixed datetimes in Europe/Berlin (midnight and DST edges)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from coach.words.reminders import (
    countdown_text,
    days_text,
    next_reminder_text,
    reminder_summary,
    short_next_text,
    when_text,
)

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class Due:
    """Stands in for schedule.Occurrence: only ``due`` is read."""

    due: datetime


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


# 2026-01-05 is a Monday.
def test_tonight_with_countdown():
    text = next_reminder_text(Due(at(2026, 1, 5, 21, 30)), at(2026, 1, 5, 18, 20))
    assert text == "Next reminder: tonight at 21:30, in 3 h 10 min"


def test_daytime_is_today_not_tonight():
    assert when_text(at(2026, 1, 5, 14, 0), at(2026, 1, 5, 9, 15)) == \
        "today at 14:00, in 4 h 45 min"


def test_tomorrow_after_tonights_has_passed():
    text = next_reminder_text(Due(at(2026, 1, 6, 21, 30)), at(2026, 1, 5, 21, 31))
    assert text == "Next reminder: tomorrow at 21:30, in 23 h 59 min"


def test_more_than_a_day_away_has_no_countdown():
    assert when_text(at(2026, 1, 6, 21, 30), at(2026, 1, 5, 21, 0)) == "tomorrow at 21:30"


def test_weekday_name_beyond_tomorrow():
    assert next_reminder_text(Due(at(2026, 1, 9, 21, 30)), at(2026, 1, 5, 22, 0)) == \
        "Next reminder: Friday at 21:30"


def test_same_weekday_a_week_on_is_next_monday():
    assert when_text(at(2026, 1, 12, 21, 30), at(2026, 1, 5, 22, 0)) == "next Monday at 21:30"


def test_further_away_gives_the_date():
    assert when_text(at(2026, 3, 14, 21, 30), at(2026, 1, 5, 22, 0)) == "on 14 March at 21:30"


def test_after_midnight_the_same_date_evening_is_today():
    # 00:30 on Tuesday still belongs to Monday's night; Tuesday's 21:30 is "today".
    assert when_text(at(2026, 1, 6, 21, 30), at(2026, 1, 6, 0, 30), countdown=False) == \
        "today at 21:30"


def test_after_midnight_a_small_hours_reminder_is_tonight():
    assert when_text(at(2026, 1, 6, 2, 0), at(2026, 1, 6, 1, 0)) == "tonight at 02:00, in 1 h"


def test_small_hours_reminder_seen_the_evening_before_is_tonight():
    assert when_text(at(2026, 1, 6, 0, 30), at(2026, 1, 5, 22, 0)) == \
        "tonight at 00:30, in 2 h 30 min"


def test_from_four_oclock_on_it_is_a_new_day():
    assert when_text(at(2026, 1, 6, 21, 30), at(2026, 1, 6, 4, 0), countdown=False) == \
        "tonight at 21:30"


def test_across_midnight_the_countdown_is_continuous():
    assert when_text(at(2026, 1, 6, 0, 5), at(2026, 1, 5, 23, 55)) == \
        "tonight at 00:05, in 10 min"


def test_dst_spring_forward_night_is_an_hour_shorter():
    # 29 March 2026: 02:00 becomes 03:00 in Berlin; 00:30 → 21:30 is 20 real hours.
    assert when_text(at(2026, 3, 29, 21, 30), at(2026, 3, 29, 0, 30)) == \
        "today at 21:30, in 20 h"


def test_dst_fall_back_night_is_an_hour_longer():
    # 25 October 2026: 03:00 becomes 02:00 again; 00:30 → 21:30 is 22 real hours.
    assert when_text(at(2026, 10, 25, 21, 30), at(2026, 10, 25, 0, 30)) == \
        "today at 21:30, in 22 h"


def test_now_with_a_fixed_offset_across_dst_keeps_the_reminders_clock_time():
    # SystemClock.now() carries a fixed offset (+01:00 in winter); the reminder
    # after the switch must still read 21:30, not 20:30.
    now = at(2026, 3, 28, 22, 0).astimezone(timezone(timedelta(hours=1)))
    assert when_text(at(2026, 3, 29, 21, 30), now) == "tomorrow at 21:30, in 22 h 30 min"


def test_due_in_utc_compared_with_local_now():
    due = at(2026, 1, 5, 21, 30).astimezone(UTC)
    assert when_text(due, at(2026, 1, 5, 21, 0)).endswith("in 30 min")


def test_none_means_no_reminders_or_all_off():
    now = at(2026, 1, 5, 12, 0)
    assert next_reminder_text(None, now) == "No reminders set"
    assert next_reminder_text(None, now, have_reminders=True) == "All reminders are off"
    assert short_next_text(None, now) == "No reminders set"


def test_short_text_has_no_countdown():
    assert short_next_text(Due(at(2026, 1, 5, 21, 30)), at(2026, 1, 5, 18, 20)) == \
        "Next: tonight at 21:30"


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        when_text(datetime(2026, 1, 5, 21, 30), at(2026, 1, 5, 18, 0))


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "now"), (-5, "now"), (30, "in less than a minute"), (60, "in 1 min"),
    (61, "in 2 min"), (3600, "in 1 h"), (3660, "in 1 h 1 min"), (11400, "in 3 h 10 min"),
])
def test_countdown_rounds_up(seconds, text):
    assert countdown_text(seconds) == text


@pytest.mark.parametrize(("days", "text"), [
    (["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "Every day"),
    (["mon", "tue", "wed", "thu", "fri"], "Weekdays"),
    (["sun", "sat"], "Weekends"),
    (["fri", "mon", "wed"], "Mon, Wed, Fri"),
    (["thu"], "Thursdays"),
    (["Mon", "Sat"], "Mon, Sat"),
    ([], "No days"),
])
def test_days_text(days, text):
    assert days_text(days) == text


def test_summary_of_the_first_run_reminder():
    reminder = {"id": "evening", "time": "21:30",
                "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                "routine": "evening-stretch", "label": "Evening stretch", "enabled": True}
    assert reminder_summary(reminder) == "21:30, Every day, Evening stretch"

"""The reminders' data and words (coach/ui/models/reminder_form.py), without a window."""

from __future__ import annotations

from coach.ui.models.reminder_form import fallback_time, new_reminder_id, remind_on_tip


def test_a_new_reminder_takes_the_first_free_short_id():
    assert new_reminder_id([]) == "r-1"
    assert new_reminder_id([{"id": "r-1"}, {"id": "r-3"}, {"id": "mine"}]) == "r-2"


def reminder(**changes: object) -> dict[str, object]:
    return {"id": "r-1", "time": "21:30", "days": ["mon", "tue"], "routine": "evening-stretch",
            "label": "Evening stretch", "enabled": True, "before_bedtime": 30, **changes}


def test_an_older_app_reminds_before_bedtime_at_the_clock_time_of_its_first_evening():
    assert fallback_time(reminder(), "23:00") == "22:30"
    per_day = {"mon": "22:00", "tue": "23:00", "wed": "23:00", "thu": "23:00", "fri": "23:00",
               "sat": "23:00", "sun": "23:00"}
    assert fallback_time(reminder(), per_day) == "21:30"  # Monday's bedtime, 22:00
    assert fallback_time(reminder(days=[]), "23:00") == "22:30"  # no day yet: every day


def test_a_bedtime_that_cannot_be_read_keeps_the_reminders_own_time():
    assert fallback_time(reminder(time="20:15"), "late") == "20:15"


def test_each_weekday_toggle_says_its_day_in_a_whole_sentence():
    tips = [remind_on_tip(day) for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]
    assert tips[0] == "Remind on Mondays (Space turns it on or off)"
    assert tips[6] == "Remind on Sundays (Space turns it on or off)"
    assert len(set(tips)) == 7

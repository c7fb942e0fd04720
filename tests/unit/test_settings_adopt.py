"""A settings file's values are taken one by one: a typing slip costs only that entry."""

from __future__ import annotations

from coach.store import settings_schema as schema
from coach.store.settings_adopt import adopt

GOOD_REMINDER = {"id": "evening", "time": "21:30", "days": ["mon"], "routine": "evening-stretch"}


def test_good_values_are_used_and_nothing_is_reported():
    result = adopt("settings.yaml", {"schema": 1, "snooze_min": 15, "theme": "dark"})
    assert result.values["snooze_min"] == 15
    assert result.values["theme"] == "dark"
    assert result.warnings == [] and result.ignored == [] and result.invalid == set()


def test_a_bad_value_costs_only_itself_and_says_what_and_why():
    result = adopt("settings.yaml", {"snooze_min": 0, "prepare_s": 8})
    assert result.values["snooze_min"] == schema.SNOOZE_MIN.default
    assert result.values["prepare_s"] == 8
    assert result.invalid == {"snooze_min"}
    assert [entry.english for entry in result.ignored] == [
        "snooze_min: 0 (must be a whole number from 1 to 120)"]
    assert result.warnings[0].startswith("settings.yaml: 'snooze_min'")


def test_a_bad_reminder_costs_only_that_reminder_and_is_kept_to_write_back():
    broken = {"id": "morning", "time": "25:00", "routine": "evening-stretch"}
    result = adopt("settings.yaml", {"reminders": [GOOD_REMINDER, broken]})
    assert [r["id"] for r in result.values["reminders"]] == ["evening"]
    assert result.bad_reminders == [broken]
    assert result.ignored[0].reminder and result.ignored[0].what == "2 ('morning')"


def test_a_repeated_reminder_id_is_left_out():
    result = adopt("settings.yaml", {"reminders": [GOOD_REMINDER, dict(GOOD_REMINDER)]})
    assert len(result.values["reminders"]) == 1
    assert "repeats the id 'evening'" in result.ignored[0].english


def test_reminders_that_are_not_a_list_fall_back_to_the_default():
    result = adopt("settings.yaml", {"reminders": "every evening"})
    assert result.values["reminders"] == schema.REMINDERS.default
    assert result.invalid == {"reminders"}


def test_a_file_from_a_newer_version_is_noted_but_read():
    result = adopt("settings.yaml", {"schema": 9, "snooze_min": 20})
    assert result.values["snooze_min"] == 20
    assert "newer version" in result.warnings[0]

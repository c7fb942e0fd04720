"""The cramp form's rules (coach/ui/models/cramp_form.py), without building the form."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from coach.ui.models.cramp_form import (
    aware_from_wall,
    how_bad_choices,
    leg_choices,
    severity_choices,
    sleep_choices,
    tag_day,
)

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_night_cramp_notes_the_evening_before_and_a_daytime_one_its_own_day():
    assert tag_day(datetime(2026, 3, 10, 3, 15)) == date(2026, 3, 9)  # 03:15: last night
    assert tag_day(datetime(2026, 3, 10, 23, 40)) == date(2026, 3, 10)  # tonight
    assert tag_day(datetime(2026, 3, 10, 14, 0)) == date(2026, 3, 10)  # a daytime cramp


def test_a_typed_time_in_the_spring_gap_moves_forward_and_takes_that_days_offset():
    winter = datetime(2026, 1, 15, 12, 0, tzinfo=BERLIN)
    gap = aware_from_wall(datetime(2026, 3, 29, 2, 30), winter)
    assert (gap.hour, gap.minute) == (3, 30)
    assert aware_from_wall(datetime(2026, 7, 1, 3, 0), winter).utcoffset() == timedelta(hours=2)


def test_every_box_offers_not_noted_first_and_the_scales_name_both_ends():
    for choices in (leg_choices(), severity_choices(), how_bad_choices(), sleep_choices()):
        assert choices[0] == (None, "Not noted")
    assert [value for value, _text in leg_choices()[1:]] == ["left", "right", "both"]
    assert [value for value, _text in severity_choices()[1:]] == [1, 2, 3, 4, 5]
    how_bad = dict(how_bad_choices())
    assert list(how_bad)[1:] == list(range(11))
    assert how_bad[0] == "0 (no pain)" and how_bad[10] == "10 (worst imaginable)"
    assert dict(sleep_choices())[10] == "10 (could not sleep again)"

"""The six-week programme: its state from the diary's events, and the baseline comparison.

Driven through a real diary and a FakeClock: the user starts, pauses, resumes
and ends on given evenings, and the state is read for "today".
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.insights import programme
from coach.store.history import History, evening_of
from coach.testing.clock import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
DAY = 86400.0
START = datetime(2026, 3, 2, 21, 0, tzinfo=BERLIN)  # a Monday evening


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def diary(tmp_path, clock):
    with History(tmp_path / "diary.sqlite3", clock=clock) as history:
        yield history


def today(clock: FakeClock) -> date:
    return evening_of(clock.now())


def read_state(diary: History, clock: FakeClock) -> programme.ProgrammeState:
    return programme.state(diary.programme_events(), diary.sessions(), today(clock))


def stretch(diary: History, evening: date, completed: bool = True, done: int = 6) -> None:
    when = datetime.combine(evening, datetime.min.time(), BERLIN).replace(hour=21, minute=30)
    diary.add_session("evening-stretch", when, when + timedelta(minutes=6), completed, done, 6,
                      360.0)


def cramp_on(diary: History, evening: date, severity: int | None = None,
             how_bad: int | None = None) -> None:
    when = datetime.combine(evening + timedelta(days=1), datetime.min.time(), BERLIN)
    diary.add_cramp(when.replace(hour=3), 60.0, "left", severity, how_bad=how_bad)


def days(first: date, count: int) -> list[date]:
    return [first + timedelta(days=i) for i in range(count)]


# --- state ----------------------------------------------------------------------------------


def test_never_started_is_none(diary, clock):
    assert read_state(diary, clock).status == "none"
    assert programme.compare([], [], [], [], today(clock)) is None


def test_week_and_evenings_done_follow_the_clock(diary, clock):
    diary.add_programme_event("start")
    for evening in days(today(clock), 9):
        if evening != date(2026, 3, 4):  # one evening missed
            stretch(diary, evening)
    first = read_state(diary, clock)
    assert (first.status, first.week, first.days_counted) == ("running", 1, 1)
    assert first.planned_end == date(2026, 3, 2) + timedelta(days=41)

    clock.advance(6 * DAY)
    assert (read_state(diary, clock).week, read_state(diary, clock).days_counted) == (1, 7)
    clock.advance(1 * DAY)
    now = read_state(diary, clock)
    assert (now.week, now.days_counted, now.evenings_done) == (2, 8, 7)


def test_a_stretch_stopped_early_is_not_an_evening_done(diary, clock):
    diary.add_programme_event("start")
    stretch(diary, today(clock), completed=False, done=1)
    assert read_state(diary, clock).evenings_done == 0
    stretch(diary, today(clock), completed=False, done=3)  # half of it: counts, as in History
    assert read_state(diary, clock).evenings_done == 1


def test_pause_and_resume_push_the_six_weeks_back(diary, clock):
    diary.add_programme_event("start")
    clock.advance(10 * DAY)  # evening 11 of the programme
    diary.add_programme_event("pause")
    clock.advance(4 * DAY)
    paused = read_state(diary, clock)
    assert paused.status == "paused"
    assert paused.days_counted == 10  # the pause evening and those after it do not count
    assert paused.week == 2
    diary.add_programme_event("resume")
    resumed = read_state(diary, clock)
    assert resumed.status == "running"
    assert (resumed.days_counted, resumed.paused_days) == (11, 4)
    assert resumed.planned_end == date(2026, 3, 2) + timedelta(days=41 + 4)


def test_six_weeks_of_evenings_finish_the_programme(diary, clock):
    diary.add_programme_event("start")
    clock.advance(41 * DAY)
    last = read_state(diary, clock)
    assert (last.status, last.week, last.days_counted) == ("running", 6, 42)
    clock.advance(1 * DAY)
    done = read_state(diary, clock)
    assert (done.status, done.week, done.days_counted) == ("finished", 6, 42)
    assert done.last_evening == date(2026, 3, 2) + timedelta(days=41)


def test_end_stops_the_count_and_restart_begins_again(diary, clock):
    diary.add_programme_event("start")
    clock.advance(12 * DAY)
    diary.add_programme_event("end")
    clock.advance(5 * DAY)
    ended = read_state(diary, clock)
    assert (ended.status, ended.days_counted) == ("ended", 13)
    assert not ended.active
    diary.add_programme_event("restart")
    again = read_state(diary, clock)
    assert (again.status, again.week, again.days_counted, again.start) == (
        "running", 1, 1, today(clock))


def test_ending_while_paused_keeps_the_paused_evenings_out(diary, clock):
    diary.add_programme_event("start")
    clock.advance(3 * DAY)
    diary.add_programme_event("pause")
    clock.advance(3 * DAY)
    diary.add_programme_event("end")
    clock.advance(3 * DAY)
    ended = read_state(diary, clock)
    assert (ended.status, ended.days_counted, ended.paused_days) == ("ended", 3, 4)


# --- the comparison ---------------------------------------------------------------------------


def compare(diary: History, clock: FakeClock) -> programme.Comparison:
    result = programme.compare(diary.programme_events(), diary.sessions(), diary.cramps(),
                               diary.night_checkins(), today(clock))
    assert result is not None
    return result


def test_starting_at_once_with_an_empty_diary_says_too_little_before(diary, clock):
    assert not programme.can_start_at_once([], [], [], today(clock))
    diary.add_programme_event("start")
    clock.advance(10 * DAY)
    result = compare(diary, clock)
    assert result.verdict == "too_little_before"
    assert result.baseline.nights == 0
    assert result.during.nights == 11


def test_a_short_diary_before_the_start_is_too_little(diary, clock):
    cramp_on(diary, today(clock) - timedelta(days=5), severity=3)  # the diary begins here
    diary.add_programme_event("start")
    clock.advance(14 * DAY)
    result = compare(diary, clock)
    assert (result.verdict, result.baseline.nights, result.baseline.cramps) == (
        "too_little_before", 5, 1)


def test_fewer_cramps_during_than_in_the_two_weeks_before(diary, clock):
    start = today(clock)
    cramp_on(diary, start - timedelta(days=30), severity=5)  # outside the baseline window
    for evening in days(start - timedelta(days=14), 14)[::2]:  # 7 cramps in 14 nights
        cramp_on(diary, evening, how_bad=6)
    assert programme.can_start_at_once(diary.sessions(), diary.cramps(), [], start)
    diary.add_programme_event("start")
    for evening in (start + timedelta(days=3), start + timedelta(days=10)):  # 2 in 14 nights
        cramp_on(diary, evening, severity=2)  # 1-5 scale: reads as 4 of 10
    clock.advance(13 * DAY)
    result = compare(diary, clock)
    assert (result.baseline.nights, result.baseline.cramps) == (14, 7)
    assert result.baseline.per_week == pytest.approx(3.5)
    assert result.baseline.mean_severity == pytest.approx(6.0)
    assert (result.during.nights, result.during.cramps) == (14, 2)
    assert result.during.per_week == pytest.approx(1.0)
    assert result.during.mean_severity == pytest.approx(4.0)
    assert result.verdict == "fewer"
    assert not result.baseline_short


def test_too_early_during_the_first_week(diary, clock):
    start = today(clock)
    for evening in days(start - timedelta(days=14), 14):
        cramp_on(diary, evening, severity=3)
    diary.add_programme_event("start")
    clock.advance(3 * DAY)
    assert compare(diary, clock).verdict == "too_early"


def test_paused_nights_are_left_out_of_the_comparison(diary, clock):
    start = today(clock)
    for evening in days(start - timedelta(days=14), 14)[::7]:  # 2 cramps in 14 nights
        cramp_on(diary, evening, severity=3)
    diary.add_programme_event("start")
    clock.advance(7 * DAY)
    diary.add_programme_event("pause")
    for evening in days(today(clock), 5):  # a bad week away: not programme nights
        cramp_on(diary, evening, severity=5)
    clock.advance(5 * DAY)
    diary.add_programme_event("resume")
    clock.advance(6 * DAY)
    result = compare(diary, clock)
    assert (result.during.nights, result.during.cramps) == (14, 0)
    assert result.verdict == "fewer"


def test_the_morning_check_in_counts_when_no_entry_was_made(diary, clock):
    start = today(clock)
    for evening in days(start - timedelta(days=14), 14):
        diary.set_night_checkin(evening, "one", "left", 4, 3)
    diary.set_night_checkin(start - timedelta(days=1), "several", "both", 8, 9)
    cramp_on(diary, start - timedelta(days=2), how_bad=6)  # an entry and a check-in: not twice
    diary.add_programme_event("start")
    clock.advance(7 * DAY)
    result = compare(diary, clock)
    assert result.baseline.cramps == 13 + 2
    assert result.baseline.mean_sleep == pytest.approx((13 * 3 + 9) / 14)
    assert result.verdict == "fewer"


@pytest.mark.parametrize(("before", "during", "verdict"), [
    (0, 0, "same"), (0, 1, "more"), (10, 9, "same"), (10, 8, "fewer"), (10, 12, "more")])
def test_the_words_only_move_on_a_real_change(before, during, verdict):
    assert programme._direction(before, during) == verdict


def test_only_a_running_programme_changes_the_evening_reminders_routine():
    from coach.insights.programme import ProgrammeState, ProgrammeStatus, reminder_routine

    running = ProgrammeState(ProgrammeStatus.RUNNING, week=3)
    other = "wall-lean-three-times"
    assert reminder_routine(other, True, running) == "evening-stretch"
    assert reminder_routine("evening-stretch-seated", True, running) == "evening-stretch-seated"
    assert reminder_routine(other, False, running) == other  # a morning reminder
    for status in (ProgrammeStatus.NONE, ProgrammeStatus.PAUSED, ProgrammeStatus.ENDED,
                   ProgrammeStatus.FINISHED):
        assert reminder_routine(other, True, ProgrammeState(status, week=6)) == other

"""The History screen's numbers: evenings stretched, cramps per night, streaks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from coach.insights.counts import (
    EveningStats,
    cramp_free_nights,
    current_streak,
    diary_stats,
    evenings,
    first_evening,
    is_stretched,
    overview,
    period,
    summary,
)
from coach.insights.programme import cramps_per_night
from coach.store.history import CrampRow, NightCheckin, SessionRow, evening_of

BERLIN = ZoneInfo("Europe/Berlin")
_ids = iter(range(1, 10_000))


def session(when: datetime, completed: bool = True, done: int = 6,
            total: int = 6) -> SessionRow:
    return SessionRow(next(_ids), "evening-stretch", when, when + timedelta(minutes=6),
                      completed, done, total, 360.0, evening_of(when))


def cramp(when: datetime, severity: int | None = 3) -> CrampRow:
    return CrampRow(next(_ids), when, 60.0, "left", severity, "", evening_of(when))


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def nightly(first: date, count: int, hour: int = 21) -> list[SessionRow]:
    return [session(datetime.combine(first + timedelta(days=i), datetime.min.time(),
                                     BERLIN).replace(hour=hour)) for i in range(count)]


# --- what counts as stretched ------------------------------------------------------


def test_at_least_half_held_to_the_end_counts_as_stretched():
    assert is_stretched(session(at(1, 5, 21), completed=True, done=6, total=6))
    assert is_stretched(session(at(1, 5, 21), completed=False, done=3, total=6))
    assert is_stretched(session(at(1, 5, 21), completed=False, done=4, total=7))
    assert not is_stretched(session(at(1, 5, 21), completed=False, done=3, total=7))
    assert not is_stretched(session(at(1, 5, 21), completed=False, done=0, total=0))
    assert is_stretched(session(at(1, 5, 21), completed=True, done=0, total=0))


def test_a_routine_finished_by_skipping_through_it_does_not_count_as_stretched():
    """Skip pressed to the end reaches "completed", but nothing was held: History,
    the programme and the report must not call that evening stretched."""
    assert not is_stretched(session(at(1, 5, 21), completed=True, done=0, total=6))
    assert not is_stretched(session(at(1, 5, 21), completed=True, done=2, total=6))


# --- evenings ------------------------------------------------------------------------


def test_every_evening_in_the_range_is_listed_quiet_ones_included():
    stats = evenings([session(at(1, 5, 21))], [cramp(at(1, 7, 2), 2), cramp(at(1, 7, 3), 4)],
                     date(2026, 1, 4), date(2026, 1, 7))
    assert [s.evening for s in stats] == [date(2026, 1, d) for d in (4, 5, 6, 7)]
    assert stats[0] == EveningStats(date(2026, 1, 4), False, 0, 0, None)
    assert stats[1] == EveningStats(date(2026, 1, 5), True, 1, 0, None)
    # Cramps at 02:00 and 03:00 on the 7th belong to the night of the 6th.
    assert stats[2] == EveningStats(date(2026, 1, 6), False, 0, 2, 4)
    assert stats[3].cramps == 0


def test_entries_outside_the_range_are_ignored_and_an_empty_range_is_empty():
    stats = evenings([session(at(1, 1, 21)), session(at(1, 9, 21))], [cramp(at(1, 9, 23))],
                     date(2026, 1, 4), date(2026, 1, 5))
    assert sum(s.sessions + s.cramps for s in stats) == 0
    assert evenings([], [], date(2026, 1, 5), date(2026, 1, 4)) == []


def test_a_half_done_session_and_a_short_one_on_the_same_evening():
    stats = evenings([session(at(1, 5, 20), completed=False, done=1, total=6),
                      session(at(1, 5, 21), completed=False, done=3, total=6)], [],
                     date(2026, 1, 5), date(2026, 1, 5))
    assert stats[0].sessions == 2 and stats[0].stretched


def test_worst_ignores_cramps_without_a_severity():
    stats = evenings([], [cramp(at(1, 5, 23), None)], date(2026, 1, 5), date(2026, 1, 5))
    assert stats[0].cramps == 1 and stats[0].worst is None


# --- streak --------------------------------------------------------------------------


def test_a_session_at_half_past_midnight_keeps_the_streak_of_the_evening_before():
    sessions = [session(at(1, 3, 21)), session(at(1, 5, 0, 30)), session(at(1, 5, 22))]
    # 00:30 on the 5th is the evening of the 4th: 3rd, 4th, 5th in a row.
    stats = evenings(sessions, [], date(2026, 1, 1), date(2026, 1, 5))
    assert current_streak(stats, date(2026, 1, 5)) == 3


def test_a_session_at_four_in_the_morning_starts_the_new_day():
    sessions = [session(at(1, 3, 21)), session(at(1, 5, 4, 0))]
    stats = evenings(sessions, [], date(2026, 1, 1), date(2026, 1, 5))
    assert current_streak(stats, date(2026, 1, 5)) == 1  # the 4th was missed


def test_the_streak_runs_across_a_dst_change():
    # Europe/Berlin springs forward on 29 March 2026 and falls back on 25 October.
    spring = nightly(date(2026, 3, 25), 8)  # 25 March to 1 April
    late = session(datetime(2026, 3, 29, 1, 45, tzinfo=UTC).astimezone(BERLIN))  # 03:45 CEST
    stats = evenings([*spring, late], [], date(2026, 3, 20), date(2026, 4, 1))
    assert current_streak(stats, date(2026, 4, 1)) == 8
    assert next(s for s in stats if s.evening == date(2026, 3, 28)).sessions == 2

    autumn = nightly(date(2026, 10, 20), 10, hour=23)
    twice = [session(datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=f)) for f in (0, 1)]
    stats = evenings([*autumn, *twice], [], date(2026, 10, 1), date(2026, 10, 29))
    assert current_streak(stats, date(2026, 10, 29)) == 10
    assert next(s for s in stats if s.evening == date(2026, 10, 24)).sessions == 3


def test_a_gap_ends_the_streak():
    sessions = [*nightly(date(2026, 1, 1), 5), *nightly(date(2026, 1, 7), 3)]
    stats = evenings(sessions, [], date(2026, 1, 1), date(2026, 1, 9))
    assert current_streak(stats, date(2026, 1, 9)) == 3
    stats = evenings(sessions, [], date(2026, 1, 1), date(2026, 1, 11))
    assert current_streak(stats, date(2026, 1, 11)) == 0  # the 10th and the 11th missed


def test_today_without_a_session_yet_keeps_yesterdays_streak():
    stats = evenings(nightly(date(2026, 1, 1), 4), [], date(2026, 1, 1), date(2026, 1, 5))
    assert current_streak(stats, date(2026, 1, 5)) == 4
    assert current_streak(stats, date(2026, 1, 4)) == 4


def test_a_session_that_does_not_count_does_not_extend_the_streak():
    sessions = [*nightly(date(2026, 1, 1), 3),
                session(at(1, 4, 21), completed=False, done=1, total=6)]
    stats = evenings(sessions, [], date(2026, 1, 1), date(2026, 1, 4))
    assert current_streak(stats, date(2026, 1, 4)) == 3


def test_an_empty_diary_has_no_streak_and_no_stats():
    assert first_evening([], []) is None
    assert diary_stats([], [], date(2026, 1, 5)) == []
    assert current_streak([], date(2026, 1, 5)) == 0
    result = summary([], date(2026, 1, 5))
    assert result.streak == 0
    assert result.last_28.days == 0 and result.last_28.cramps == 0
    assert result.last_28.cramp_free_nights == 0


# --- nights without a cramp, periods ------------------------------------------------


def test_cramp_free_nights_counts_nights_with_no_cramp():
    stats = evenings([], [cramp(at(1, 2, 3)), cramp(at(1, 2, 23)), cramp(at(1, 4, 22))],
                     date(2026, 1, 1), date(2026, 1, 5))
    # Nights of the 1st (03:00 on the 2nd), 2nd and 4th had cramps; 3rd and 5th none.
    assert cramp_free_nights(stats) == 2


def test_summary_counts_the_last_7_and_28_evenings():
    today = date(2026, 2, 28)
    sessions = nightly(date(2026, 1, 1), 59)  # every evening, 1 Jan to 28 Feb
    sessions = [s for s in sessions if s.evening not in (date(2026, 2, 10), date(2026, 2, 26))]
    cramps = [cramp(at(2, 27, 2)), cramp(at(2, 27, 3), 5), cramp(at(2, 20, 23)),
              cramp(at(1, 20, 23))]
    stats = diary_stats(sessions, cramps, today)
    assert stats[0].evening == date(2026, 1, 1) and stats[-1].evening == today
    result = summary(stats, today)
    assert result.today == today
    assert result.streak == 2  # 27th and 28th
    assert result.last_7.days == 7
    assert result.last_7.evenings_stretched == 6
    assert result.last_7.cramps == 2
    assert result.last_7.cramp_free_nights == 6  # both cramps on the night of the 26th
    assert result.last_28.days == 28
    assert result.last_28.evenings_stretched == 26
    assert result.last_28.cramps == 3  # the one in January is older
    assert result.last_28.cramp_free_nights == 26


def test_a_young_diary_counts_only_the_evenings_since_it_started():
    stats = diary_stats(nightly(date(2026, 1, 3), 2), [cramp(at(1, 4, 23))], date(2026, 1, 5))
    result = period(stats, date(2026, 1, 5), 28)
    assert result.days == 3
    assert result.evenings_stretched == 2
    assert result.cramps == 1
    assert result.cramp_free_nights == 2


def test_entries_in_the_future_are_left_out():
    stats = diary_stats([session(at(1, 9, 21))], [cramp(at(1, 4, 23))], date(2026, 1, 5))
    assert stats[-1].evening == date(2026, 1, 5)
    assert sum(s.sessions for s in stats) == 0


def test_overview_keeps_twelve_weeks_of_stats_and_the_whole_streak():
    today = date(2026, 6, 30)
    sessions = nightly(date(2025, 12, 1), 212)  # 1 Dec to 30 Jun, every evening
    stats, result = overview(sessions, [cramp(at(6, 30, 23))], today)
    assert len(stats) == 84 and stats[-1].evening == today
    assert stats[0].evening == today - timedelta(days=83)
    assert result.streak == 212  # counted over the whole diary, not just the stats
    assert result.last_28.evenings_stretched == 28 and result.last_28.cramps == 1
    assert result.last_7.cramp_free_nights == 6


# --- the morning check-in (issue 16) ---------------------------------------------------


def checkin(evening: date, answer: str) -> NightCheckin:
    return NightCheckin(evening, answer, None, None, None,
                        datetime.combine(evening + timedelta(days=1), datetime.min.time(),
                                         BERLIN).replace(hour=8))


def test_check_in_answers_count_one_and_several_as_two():
    stats = evenings([], [], date(2026, 1, 5), date(2026, 1, 7),
                     [checkin(date(2026, 1, 5), "one"), checkin(date(2026, 1, 6), "several"),
                      checkin(date(2026, 1, 7), "none")])
    assert [s.cramps for s in stats] == [1, 2, 0]
    assert [s.checkin for s in stats] == ["one", "several", "none"]


def test_a_night_with_entries_and_a_check_in_is_not_counted_twice():
    night = date(2026, 1, 5)
    one_logged = [cramp(at(1, 6, 3))]  # 03:00 on the 6th: the night of the 5th
    three_logged = [cramp(at(1, 6, 1)), cramp(at(1, 6, 3)), cramp(at(1, 6, 5))]
    assert evenings([], one_logged, night, night, [checkin(night, "one")])[0].cramps == 1
    assert evenings([], one_logged, night, night, [checkin(night, "several")])[0].cramps == 2
    assert evenings([], three_logged, night, night, [checkin(night, "several")])[0].cramps == 3
    assert evenings([], one_logged, night, night, [checkin(night, "none")])[0].cramps == 1


def test_the_programme_counts_check_ins_by_the_same_rule():
    night = date(2026, 1, 5)
    logged = [cramp(at(1, 5, 23))]
    for answer, expected in (("one", 1), ("several", 2), ("none", 1)):
        assert cramps_per_night(logged, [checkin(night, answer)]) == {night: expected}
        assert evenings([], logged, night, night, [checkin(night, answer)])[0].cramps == expected


def test_the_headline_counts_check_in_nights_and_a_diary_of_check_ins_only():
    today = date(2026, 1, 10)
    checkins = [checkin(date(2026, 1, 8), "several"), checkin(date(2026, 1, 9), "none")]
    _stats, numbers = overview([], [], today, checkins=checkins, last_night=date(2026, 1, 9))
    assert first_evening([], [], checkins) == date(2026, 1, 8)
    assert numbers.last_28.night_cramps == 2
    assert numbers.last_28.nights == 2 and numbers.last_28.cramp_free_nights == 1


def test_tags_are_carried_to_their_day_as_noted():
    day = date(2026, 1, 5)
    stats = evenings([], [], day, day + timedelta(days=1),
                     tags={day: ("alcohol", "long_standing")})
    assert stats[0].tags == ("alcohol", "long_standing") and stats[1].tags == ()

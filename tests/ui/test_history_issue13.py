"""History that reads right at the edges: singular/plural/zero, "today" and
"last night", daytime cramps, the night a cramp belongs to, a typed time."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

from coach.i18n import install_translator
from coach.insights.counts import current_night, diary_stats, night_of, period
from coach.store.history import CrampRow, History, evening_of
from coach.testing.clock import FakeClock
from coach.ui.history_screen import HistoryScreen
from coach.ui.models.diary_words import cramp_details
from coach.ui.widgets.history_chart import HistoryChart, legend

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=BERLIN)


def cramp(when: datetime) -> CrampRow:
    return CrampRow(1, when, 60.0, "left", 3, "", evening_of(when))


# --- the rule: a night runs from 18:00 to 12:00, named by its evening --------------


@pytest.mark.parametrize(("when", "night"), [
    (at(20, 18, 0), date(2026, 1, 20)),
    (at(20, 23, 59), date(2026, 1, 20)),
    (at(21, 3, 0), date(2026, 1, 20)),
    (at(21, 8, 0), date(2026, 1, 20)),  # woke with it, noted at breakfast: last night
    (at(21, 11, 59), date(2026, 1, 20)),
    (at(21, 12, 0), None),  # daytime
    (at(21, 17, 59), None),
])
def test_night_of(when, night):
    assert night_of(when) == night


def test_current_night_begins_at_six_in_the_evening():
    assert current_night(at(21, 17, 59)) == date(2026, 1, 20)
    assert current_night(at(21, 18, 0)) == date(2026, 1, 21)
    assert current_night(at(22, 2, 0)) == date(2026, 1, 21)


def test_a_daytime_cramp_is_not_a_cramp_of_that_night():
    stats = diary_stats([], [cramp(at(20, 14, 0)), cramp(at(21, 8, 0))], date(2026, 1, 21))
    by_day = {s.evening: s for s in stats}
    assert by_day[date(2026, 1, 20)].cramps == 1  # the 08:00 one, of the night of the 20th
    assert by_day[date(2026, 1, 20)].day_cramps == 1  # 14:00 on the 20th: daytime
    assert by_day[date(2026, 1, 21)].cramps == 0
    counts = period(stats, date(2026, 1, 21), 28, last_night=date(2026, 1, 20))
    assert counts.cramps == 2 and counts.night_cramps == 1
    assert counts.nights == 1 and counts.cramp_free_nights == 0


def test_the_chart_legend_says_the_rule():
    assert "18:00 to 12:00" in dict(legend())["bar"]


def test_the_diary_names_the_right_night_for_a_morning_cramp_and_marks_a_daytime_one():
    assert cramp_details(cramp(at(21, 8, 0))).startswith("Night of Tue 20 Jan · ")
    assert cramp_details(cramp(at(21, 3, 0))).startswith("Night of Tue 20 Jan · ")
    assert cramp_details(cramp(at(20, 23, 0))).startswith("Left leg")
    assert cramp_details(cramp(at(20, 14, 0))).startswith("Daytime, not charted · ")


# --- the headline at the edges ------------------------------------------------------


@pytest.fixture
def make(qtbot, tmp_path):
    made = []

    def build(now: datetime) -> tuple[HistoryScreen, History]:
        clock = FakeClock(now)
        history = History(tmp_path / f"history-{len(made)}.sqlite", clock=clock)
        screen = HistoryScreen(history, clock)
        qtbot.addWidget(screen)
        made.append(history)
        return screen, history

    yield build
    for history in made:
        history.close()


def headline(screen: HistoryScreen) -> list[str]:
    screen.refresh()
    return [f"{value.text()} {caption.text()}" for value, caption in (
        (screen.stretched_value, screen.stretched_caption),
        (screen.free_value, screen.free_caption),
        (screen.cramps_value, screen.cramps_caption))]


def test_first_morning_after_a_cramp_night(make):
    """Installed yesterday evening, a cramp at 03:00, the diary opened at 08:00."""
    screen, history = make(at(21, 8, 0))
    history.add_cramp(at(21, 3, 0), 60.0, "left", 3)
    assert headline(screen) == [
        "0 of 2 evenings stretched, last 2 days",
        "0 of 1 night without a cramp, last night",
        "1 cramp, last 2 days",
    ]


def test_first_evening_stretched(make):
    screen, history = make(at(20, 21, 30))
    history.add_session("evening-stretch", at(20, 21, 0), at(20, 21, 6), True, 8, 8, 360.0)
    assert headline(screen) == [
        "1 of 1 evening stretched, today",
        "1 of 1 night without a cramp, tonight so far",
        "0 cramps, today",
    ]


def test_before_the_first_night_there_is_no_night_to_count(make):
    screen, history = make(at(20, 15, 30))
    history.add_session("evening-stretch", at(20, 15, 0), at(20, 15, 6), True, 8, 8, 360.0)
    assert headline(screen)[1] == "– nights without a cramp: no night yet"


def test_russian_plural_forms_at_the_edges(make, qapp):
    assert install_translator(qapp, "ru")
    try:
        screen, history = make(at(21, 8, 0))
        history.add_cramp(at(21, 3, 0), 60.0, "left", 3)
        assert headline(screen) == [
            "0 из 2 вечеров с растяжкой за последние 2 дня",
            "0 из 1 ночи без судорог прошлой ночью",
            "1 судорога за последние 2 дня",
        ]
        # 21: the "one" form again (21 ночь, из 21 ночи), at 19:00 with tonight begun.
        screen, history = make(at(21, 19, 0))
        history.add_cramp(at(21, 3, 0), 60.0, "left", 3)
        for day in range(1, 21):
            history.add_session("evening-stretch", at(day, 21), at(day, 21, 6), True, 8, 8,
                                360.0)
        assert headline(screen) == [
            "20 из 21 вечера с растяжкой за последний 21 день",
            "20 из 21 ночи без судорог за последнюю 21 ночь",
            "1 судорога за последний 21 день",
        ]
    finally:
        install_translator(qapp, "en")


# --- the diary form: the time is typed -----------------------------------------------


def test_the_time_is_typed(make, qtbot):
    screen, history = make(at(20, 22, 15))
    screen.resize(1024, 680)
    screen.show()
    screen.activateWindow()
    assert QTest.qWaitForWindowActive(screen)
    screen.add_cramp()
    editor = screen.editor
    assert screen.on_editor
    assert editor.time.hasFocus()  # the form opens on the time, hour selected
    QTest.keyClicks(editor.time, "0315")
    assert editor.time.text() == "03:15"
    editor.minutes.setFocus()
    editor.time.setFocus()  # back in the field: the hour is selected again
    QTest.keyClicks(editor.time, "4:05")  # an hour and a separator move on to the minutes
    QTest.keyClick(editor.time, Qt.Key.Key_Tab)
    assert editor.time.text() == "04:05"
    # A click on the minutes selects them: typing replaces them.
    line = editor.time.lineEdit()
    x = line.cursorRect().width() + line.fontMetrics().horizontalAdvance("04:0")
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    QTest.keyClicks(editor.time, "40")
    assert editor.time.text() == "04:40"
    editor.when.setFocus()  # the day of the month is selected
    QTest.keyClicks(editor.when, "19")
    assert editor.when.text() == "19 Jan 2026, Mon"
    editor.save_button.click()
    assert [c.started for c in history.cramps()] == [at(19, 4, 40)]


def test_a_time_later_than_now_today_means_yesterday(make, qtbot):
    screen, _history = make(at(20, 8, 0))
    screen.show()
    screen.activateWindow()
    assert QTest.qWaitForWindowActive(screen)
    screen.add_cramp()
    editor = screen.editor
    assert editor.time.hasFocus()
    QTest.keyClicks(editor.time, "2300")  # logged at 08:00: 23:00 was last night
    assert editor.time.text() == "23:00"
    assert editor.when.text() == "19 Jan 2026, Mon"
    assert editor.draft().started == at(19, 23, 0)


def test_the_legend_wraps_instead_of_running_off_a_narrow_chart(qtbot):
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(420, 240)
    fm = QFontMetrics(chart._small_font())
    rows = chart._legend_rows(fm)
    assert len(rows) > 1
    assert [words for row in rows for _kind, words, _x in row] == [w for _k, w in legend()]
    for row in rows:
        _kind, words, x = row[-1]
        assert x + fm.height() * 0.7 + 6 + fm.horizontalAdvance(words) <= 420


def test_large_text_in_a_small_window_reflows_instead_of_overlapping(make, qtbot, qapp):
    from coach.ui.theme import BASE_SIZE_PROPERTY, apply_theme

    original = qapp.property(BASE_SIZE_PROPERTY)
    screen, history = make(at(21, 8, 0))
    history.add_cramp(at(21, 3, 0), 60.0, "left", 3)
    screen.resize(1024, 680)
    screen.show()
    qtbot.waitUntil(lambda: screen._tile_columns == 4 and screen._button_rows_used == 1)
    apply_theme(qapp, "light", 2.0)
    try:
        screen.resize(800, 600)
        qtbot.waitUntil(lambda: screen._tile_columns == 2)
        qtbot.wait(50)  # the relayout after the font change
        for caption in (screen.streak_caption, screen.stretched_caption, screen.free_caption,
                        screen.cramps_caption, screen.chart_heading):
            assert caption.height() >= caption.heightForWidth(caption.width()), caption.text()
        for button in (screen.add_button, screen.edit_button, screen.delete_button,
                       screen.export_button, screen.back_button):
            assert button.width() >= button.sizeHint().width() - 2, button.text()
    finally:
        apply_theme(qapp, "light", 1.0, base_point_size=original)

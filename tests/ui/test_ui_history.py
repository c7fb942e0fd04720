"""The History screen with a real diary: numbers, chart, entries, add/edit/delete, export."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QWidget

from coach.store.history import CrampRow, History
from coach.testing.clock import FakeClock
from coach.ui.history_screen import EMPTY_TEXT, HistoryScreen
from coach.ui.models.cramp_form import aware_from_wall
from coach.ui.models.diary_words import when_text
from coach.ui.widgets.history_chart import HistoryChart

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 1, 20, 22, 15, tzinfo=BERLIN)  # a Tuesday evening


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def diary(tmp_path, clock):
    history = History(tmp_path / "history.sqlite", clock=clock)
    yield history
    history.close()


def seed(history: History) -> None:
    """1 to 20 January: stretched every evening but the 5th, 9th and 15th; three cramps."""
    for day in range(1, 21):
        if day in (5, 9, 15):
            continue
        start = at(day, 21, 30)
        history.add_session("evening-stretch", start, start + timedelta(minutes=6), True, 8, 8,
                            360.0)
    history.add_session("evening-stretch", at(15, 21), at(15, 21, 2), False, 1, 8, 80.0)
    history.add_cramp(at(19, 2, 10), 95.0, "left", 4, "woke me up")  # night of the 18th
    history.add_cramp(at(18, 23, 40), 30.0, "right", 2)  # night of the 18th too
    history.add_cramp(at(10, 23, 0), None, None, None)  # night of the 10th


class Recorder:
    """Stands in for the save dialog and the CSV exporter."""

    def __init__(self, path: str = "/tmp/out/diary.csv", rows: int = 7) -> None:
        self.path, self.rows = path, rows
        self.asked: list[str] = []
        self.exported: list[tuple[object, str]] = []

    def dialog(self, parent, caption, suggested, filters):
        self.asked.append(suggested)
        return self.path, filters

    def exporter(self, history, path):
        self.exported.append((history, path))
        return self.rows


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def make_screen(qtbot, diary, clock, recorder) -> HistoryScreen:
    screen = HistoryScreen(diary, clock, routine_titles={"evening-stretch": "Evening stretch"},
                           save_dialog=recorder.dialog, exporter=recorder.exporter)
    qtbot.addWidget(screen)
    screen.resize(1024, 680)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    return screen


@pytest.fixture
def screen(qtbot, diary, clock, recorder):
    seed(diary)
    return make_screen(qtbot, diary, clock, recorder)


@pytest.fixture
def empty_screen(qtbot, diary, clock, recorder):
    return make_screen(qtbot, diary, clock, recorder)


def key(qtbot, screen: QWidget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(screen.focusWidget() or screen, k, modifier)


def select_cramp(screen: HistoryScreen, started: datetime) -> CrampRow:
    for row in range(screen.model.rowCount()):
        entry = screen.model.entry(row)
        if isinstance(entry, CrampRow) and entry.started == started:
            screen.table.selectRow(row)
            screen.table.setFocus()
            return entry
    raise AssertionError(f"no cramp at {started}")


def cell(screen: HistoryScreen, row: int, column: int) -> str:
    return screen.model.index(row, column).data()


# --- numbers and chart --------------------------------------------------------------


def test_headline_numbers_for_a_seeded_diary(screen):
    # The diary starts on 1 January: 20 evenings counted, not 28.
    assert screen.streak_value.text() == "5"  # 16th to 20th; the 15th was too short
    assert screen.streak_caption.text() == "evenings stretched in a row"
    assert screen.stretched_value.text() == "17 of 20"
    assert screen.stretched_caption.text() == "evenings stretched, last 20 days"
    assert screen.free_value.text() == "18 of 20"
    assert screen.free_caption.text() == "nights without a cramp, last 20 nights"
    assert screen.cramps_value.text() == "3"
    assert screen.cramps_caption.text() == "cramps, last 20 days"
    assert screen.streak_tile.accessibleName() == "5 evenings stretched in a row"
    assert screen.summary is not None and screen.summary.last_7.cramps == 2


def test_the_chart_says_what_it_shows_in_words(screen, qtbot):
    chart = screen.chart
    assert chart.accessibleName()
    assert chart.accessibleDescription() == (
        "Last 4 weeks (the diary starts on 1 Jan): 17 of 20 evenings stretched,"
        " 3 cramps on 2 nights.")
    qtbot.mouseClick(screen.week_buttons[12], Qt.MouseButton.LeftButton)
    assert chart.weeks == 12
    assert chart.accessibleDescription().startswith("Last 12 weeks")
    assert len(chart.days()) == 84 and chart.days()[-1] == date(2026, 1, 20)
    assert not chart.grab().isNull()


def test_hovering_a_day_tells_what_happened(screen, qtbot, monkeypatch):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *rest: shown.append(text))
    chart = screen.chart
    right = QPoint(chart.width() - 12, chart.height() // 2)  # today's column
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, right, chart.mapToGlobal(right)))
    assert shown == ["Tue 20 Jan: stretched, no cramp"]


def test_a_full_window_needs_no_start_date(qtbot, diary, clock, recorder):
    for day in range(40):
        start = NOW - timedelta(days=day, hours=1)
        diary.add_session("evening-stretch", start, start, True, 8, 8, 360.0)
    screen = make_screen(qtbot, diary, clock, recorder)
    assert screen.chart.accessibleDescription() == (
        "Last 4 weeks: 28 of 28 evenings stretched, 0 cramps.")
    assert screen.stretched_value.text() == "28 of 28"
    assert screen.streak_value.text() == "40"  # the streak reaches past the chart


def test_chart_tooltip_words_and_week_choices():
    from coach.insights.counts import EveningStats
    from coach.ui.widgets.history_chart import evening_words

    stats = EveningStats(date(2026, 1, 18), True, 1, 2, 4)
    assert evening_words(stats, stats.evening) == "Sun 18 Jan: stretched, 2 cramps, worst 4 of 5"
    assert evening_words(None, date(2026, 1, 1)) == "Thu 1 Jan: before the diary starts"
    with pytest.raises(ValueError):
        HistoryChart().set_weeks(5)


# --- entries ------------------------------------------------------------------------


def test_the_table_lists_entries_newest_first(screen):
    model = screen.model
    assert model.rowCount() == 18 + 3
    moments = [model.entry(row).started for row in range(model.rowCount())]
    assert moments == sorted(moments, reverse=True)
    assert cell(screen, 0, 0) == "Tue 20 Jan 2026, 21:30"
    assert cell(screen, 0, 1) == "Evening stretch"
    assert cell(screen, 0, 2).startswith("Completed · 8 of 8 exercises")
    row = next(r for r in range(model.rowCount()) if cell(screen, r, 0).endswith("02:10"))
    assert cell(screen, row, 1) == "Cramp"
    assert cell(screen, row, 2) == ("Night of Sun 18 Jan · Left leg · how bad 4 of 5"
                                    " · about 2 minutes · woke me up")
    short = next(r for r in range(model.rowCount()) if cell(screen, r, 0).endswith("21:00"))
    assert "too short to count as stretched" in cell(screen, short, 2)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "When"


def test_add_a_cramp_after_the_fact_with_the_keyboard(screen, diary, qtbot):
    before = len(diary.cramps())
    key(qtbot, screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.on_editor
    editor = screen.editor
    assert editor.time.hasFocus()
    assert (editor.when.text(), editor.time.text()) == ("20 Jan 2026, Tue", "22:15")  # now
    # "It happened last night at 3 a.m.": the time typed, then a day back.
    qtbot.keyClicks(screen.focusWidget(), "0300")  # a full hour moves on to the minutes
    key(qtbot, screen, Qt.Key.Key_Tab)
    assert editor.when.hasFocus()
    key(qtbot, screen, Qt.Key.Key_Down)
    assert (editor.when.text(), editor.time.text()) == ("19 Jan 2026, Mon", "03:00")
    key(qtbot, screen, Qt.Key.Key_Tab)  # to the minutes
    assert editor.minutes.hasFocus()
    qtbot.keyClicks(screen.focusWidget(), "2")
    for _ in range(3):  # seconds, leg, severity
        key(qtbot, screen, Qt.Key.Key_Tab)
    assert editor.severity.hasFocus()
    key(qtbot, screen, Qt.Key.Key_Down)
    key(qtbot, screen, Qt.Key.Key_Down)
    for _ in range(3):  # how bad 0-10, sleep disturbed, note
        key(qtbot, screen, Qt.Key.Key_Tab)
    assert editor.note.hasFocus()
    qtbot.keyClicks(screen.focusWidget(), "logged in the morning")
    key(qtbot, screen, Qt.Key.Key_Return)

    assert not screen.on_editor
    cramps = diary.cramps()
    assert len(cramps) == before + 1
    new = next(c for c in cramps if c.note == "logged in the morning")
    assert new.started == datetime(2026, 1, 19, 3, 0, tzinfo=BERLIN)
    assert new.started.utcoffset() == timedelta(hours=1)
    assert new.evening == date(2026, 1, 18)
    assert new.duration_s == 120.0 and new.leg is None and new.severity == 2
    assert screen.message.text() == "Added a cramp on Mon 19 Jan 2026, 03:00."
    entry = screen.model.entry(screen.table.selectionModel().selectedRows()[0].row())
    assert entry.id == new.id  # the new entry is shown and selected
    assert screen.cramps_value.text() == "4"


def test_escape_leaves_the_form_without_saving_then_leaves_the_screen(screen, diary, qtbot):
    before = len(diary.cramps())
    screen.add_button.click()
    assert screen.on_editor
    with qtbot.assertNotEmitted(screen.closed):
        key(qtbot, screen, Qt.Key.Key_Escape)
    assert not screen.on_editor
    assert len(diary.cramps()) == before
    with qtbot.waitSignal(screen.closed, timeout=1000):
        key(qtbot, screen, Qt.Key.Key_Escape)


def test_edit_severity_and_note(screen, diary, qtbot):
    original = select_cramp(screen, at(19, 2, 10))
    assert screen.edit_button.isEnabled()
    key(qtbot, screen, Qt.Key.Key_Return)  # Enter on the row opens the form
    assert screen.on_editor
    editor = screen.editor
    assert editor.editing_id == original.id
    assert (editor.when.text(), editor.time.text()) == ("19 Jan 2026, Mon", "02:10")
    assert editor.severity.currentText() == "4 of 5"
    editor.severity.setFocus()
    key(qtbot, screen, Qt.Key.Key_Down)
    editor.note.setFocus()
    editor.note.selectAll()
    qtbot.keyClicks(editor.note, "calf, right after <b>waking</b>")
    assert editor.changes() == {"severity": 5, "note": "calf, right after <b>waking</b>"}
    key(qtbot, screen, Qt.Key.Key_Return)

    stored = next(c for c in diary.cramps() if c.id == original.id)
    assert stored.severity == 5
    assert stored.note == "calf, right after <b>waking</b>"
    assert stored.started == original.started and stored.duration_s == original.duration_s
    assert screen.message.text() == "Saved your changes."


def test_editing_the_time_moves_the_cramp_to_its_evening(screen, diary, qtbot):
    original = select_cramp(screen, at(10, 23, 0))
    screen.edit_button.click()
    screen.editor.time.setFocus()
    qtbot.keyClicks(screen.focusWidget(), "21")
    screen.editor.save_button.click()
    stored = next(c for c in diary.cramps() if c.id == original.id)
    assert stored.started == at(10, 21, 0)
    assert stored.evening == date(2026, 1, 10)


def test_sessions_cannot_be_edited_or_deleted(screen):
    screen.table.selectRow(0)
    assert screen.model.entry(0).__class__.__name__ == "SessionRow"
    assert not screen.edit_button.isEnabled()
    assert not screen.delete_button.isEnabled()
    screen.edit_selected()
    assert not screen.on_editor


def test_delete_then_undo(screen, diary, qtbot):
    gone = select_cramp(screen, at(18, 23, 40))
    key(qtbot, screen, Qt.Key.Key_Delete)
    assert all(c.id != gone.id for c in diary.cramps())
    assert screen.model.rowCount() == 20
    assert screen.message.text() == (f"Deleted the cramp of {when_text(gone.started)}."
                                     " Undo brings it back.")
    assert screen.undo_button.isVisible()
    assert screen.cramps_value.text() == "2"

    qtbot.keyClick(screen.focusWidget(), QKeySequence(QKeySequence.StandardKey.Undo)[0].key(),
                   QKeySequence(QKeySequence.StandardKey.Undo)[0].keyboardModifiers())
    back = [c for c in diary.cramps() if c.started == gone.started]
    assert len(back) == 1
    assert (back[0].duration_s, back[0].leg, back[0].severity, back[0].note) == (
        gone.duration_s, gone.leg, gone.severity, gone.note)
    assert not screen.undo_button.isVisible()
    assert screen.model.rowCount() == 21
    screen.undo_delete()  # a second undo does nothing
    assert len(diary.cramps()) == 3


def test_export_asks_where_and_says_how_many_rows(screen, recorder, diary):
    screen.export_button.click()
    assert recorder.asked and recorder.asked[0].endswith("calf-coach-history-2026-01-20.csv")
    assert recorder.exported == [(diary, "/tmp/out/diary.csv")]
    assert screen.message.text() == "Saved 7 rows to /tmp/out/diary.csv."


@pytest.mark.expected_log("coach.ui.history.files", match=r"CSV export to .* failed")
def test_export_cancelled_or_failing(screen, recorder):
    recorder.path = ""
    screen.export_button.click()
    assert recorder.exported == [] and screen.message.text() == ""

    def broken(history, path):
        raise PermissionError(13, "Permission denied", path)

    recorder.path = "/root/diary.csv"
    screen._exporter = broken
    screen.export_button.click()
    assert screen.message.text().startswith("Could not save the CSV file:")
    assert "Permission denied" in screen.message.text()


def test_export_with_the_real_exporter(qtbot, diary, clock, tmp_path):
    seed(diary)
    target = tmp_path / "diary.csv"
    screen = HistoryScreen(diary, clock, save_dialog=lambda *a: (str(target), ""))
    qtbot.addWidget(screen)
    screen.refresh()
    screen.export_csv()
    assert target.exists()
    assert screen.message.text() == f"Saved 21 rows to {target}."


# --- empty, errors, read-only --------------------------------------------------------


def test_an_empty_diary_shows_a_friendly_empty_state(empty_screen):
    screen = empty_screen
    assert screen.body.currentWidget() is screen.empty
    assert screen.empty.isVisible() and screen.empty.text() == EMPTY_TEXT
    assert screen.empty.text().startswith("No entries yet")
    assert not screen.chart.isVisible() and not screen.table.isVisible()
    assert not screen.export_button.isEnabled()
    assert screen.add_button.isEnabled() and screen.add_button.hasFocus()


def test_the_first_entry_replaces_the_empty_state(empty_screen, qtbot):
    screen = empty_screen
    screen.add_button.click()
    screen.editor.save_button.click()
    assert screen.body.currentWidget() is not screen.empty
    assert screen.model.rowCount() == 1
    assert screen.chart.accessibleDescription() == (
        "Last 4 weeks (the diary starts on 20 Jan): 0 of 1 evening stretched,"
        " 1 cramp on 1 night.")


@pytest.mark.expected_log("coach.ui.history_screen", match=r"history could not be read")
def test_a_store_error_is_a_message_not_a_traceback(screen, diary):
    diary.close()
    assert screen.refresh() is False
    assert screen.message.text().startswith("Could not read the diary:")
    assert "\n" not in screen.message.text()


@pytest.mark.expected_log("coach.ui.history_screen", match=r"cramp entry not saved")
def test_a_failed_save_keeps_the_form_open(screen, diary, monkeypatch):
    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(diary, "add_cramp", locked)
    screen.add_button.click()
    screen.editor.save_button.click()
    assert screen.on_editor
    assert screen.message.text() == "Could not save the entry: database is locked"

    monkeypatch.setattr(diary, "delete_cramp", locked)
    screen.editor.cancel_button.click()
    select_cramp(screen, at(18, 23, 40))
    screen.delete_button.click()
    assert screen.message.text() == "Could not delete the entry: database is locked"


def test_a_read_only_diary_can_be_read_not_changed(qtbot, diary, clock, recorder):
    seed(diary)
    diary.read_only = True
    diary.notice = "Your history was written by a newer version of Calf Coach."
    screen = make_screen(qtbot, diary, clock, recorder)
    assert screen.model.rowCount() == 21
    assert not screen.add_button.isEnabled()
    select_cramp(screen, at(18, 23, 40))
    assert not screen.delete_button.isEnabled() and not screen.edit_button.isEnabled()
    assert screen.message.text() == diary.notice
    assert screen.export_button.isEnabled()


# --- accessibility ------------------------------------------------------------------


def test_every_control_has_a_name_and_every_label_is_plain(screen):
    select_cramp(screen, at(18, 23, 40))
    for page in (screen.overview, screen.editor):
        screen.pages.setCurrentWidget(page)
        checked = 0
        for widget in screen.findChildren(QWidget):
            if isinstance(widget.parent(), QAbstractSpinBox):
                continue  # the text field inside a spin box: the box has the name
            if widget.isVisible() and (widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                                       or isinstance(widget, QAbstractButton)):
                assert widget.accessibleName(), f"{widget!r} has no accessible name"
                checked += 1
        assert checked >= 7
        for label in screen.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_tab_reaches_every_control(screen, qtbot):
    select_cramp(screen, at(18, 23, 40))
    screen.week_buttons[4].setFocus()
    seen = [screen.focusWidget()]
    for _ in range(12):
        key(qtbot, screen, Qt.Key.Key_Tab)
        seen.append(screen.focusWidget())
    assert seen[:9] == [screen.week_buttons[4], screen.chart, screen.table, screen.add_button,
                        screen.edit_button, screen.delete_button, screen.export_button,
                        screen.report_button, screen.back_button]
    # The other week choice is one arrow key away, as radio buttons are.
    screen.week_buttons[4].setFocus()
    key(qtbot, screen, Qt.Key.Key_Right)
    assert screen.week_buttons[12].hasFocus() and screen.chart.weeks == 12


def test_the_form_fields_are_in_tab_order(screen):
    screen.add_button.click()
    editor = screen.editor
    order = [editor.time, editor.when, editor.minutes, editor.seconds, editor.leg, editor.severity,
             editor.how_bad, editor.sleep, editor.note, *editor.tag_boxes.values(),
             editor.save_button, editor.cancel_button]
    for field in order:
        assert field.accessibleName()
    chain = []
    widget = editor.time
    while len(chain) < 40:
        if widget in order and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is editor.time:
            break
    assert chain == order


# --- local time in the form ----------------------------------------------------------


def test_typed_times_become_aware_in_the_clocks_zone():
    winter = datetime(2026, 1, 20, 22, 0, tzinfo=BERLIN)
    assert aware_from_wall(datetime(2026, 7, 1, 3, 0), winter) == datetime(
        2026, 7, 1, 3, 0, tzinfo=BERLIN)
    assert aware_from_wall(datetime(2026, 7, 1, 3, 0), winter).utcoffset() == timedelta(hours=2)
    # In the spring-forward gap, 02:30 does not exist: it moves forward to 03:30.
    gap = aware_from_wall(datetime(2026, 3, 29, 2, 30), winter)
    assert gap == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert gap.hour == 3 and gap.minute == 30
    # A clock with a plain fixed offset that is not the system's keeps that offset.
    from datetime import timezone

    tokyo = datetime(2026, 1, 20, 22, 0, tzinfo=timezone(timedelta(hours=9)))
    if tokyo.astimezone().utcoffset() != tokyo.utcoffset():
        assert aware_from_wall(datetime(2026, 1, 19, 3, 0), tokyo).utcoffset() == timedelta(
            hours=9)


# --- the morning check-in and the day's tags (issue 16) ---------------------------------


def test_check_ins_count_in_the_tiles_and_chart_without_counting_a_night_twice(
        qtbot, diary, clock, recorder):
    seed(diary)  # two cramps logged on the night of the 18th, one on the 10th
    clock.set_now(datetime(2026, 1, 13, 8, 0, tzinfo=BERLIN))
    diary.set_night_checkin(date(2026, 1, 12), "one", "left", 6, 4)
    clock.set_now(datetime(2026, 1, 19, 8, 0, tzinfo=BERLIN))
    diary.set_night_checkin(date(2026, 1, 18), "several")  # already two logged: still two
    diary.set_night_checkin(date(2026, 1, 14), "none")
    clock.set_now(NOW)
    screen = make_screen(qtbot, diary, clock, recorder)
    assert screen.cramps_value.text() == "4"
    assert screen.free_value.text() == "17 of 20"
    by_day = {s.evening: s for s in screen.chart._stats}
    assert by_day[date(2026, 1, 12)].cramps == 1
    assert by_day[date(2026, 1, 18)].cramps == 2


def test_check_ins_are_listed_with_the_days_tags_and_cannot_be_edited_as_cramps(
        qtbot, diary, clock, recorder):
    seed(diary)
    clock.set_now(datetime(2026, 1, 13, 8, 5, tzinfo=BERLIN))
    diary.set_night_checkin(date(2026, 1, 12), "several", "both", 7, 5)
    diary.set_tags(date(2026, 1, 12), ["alcohol", "long_standing"])
    clock.set_now(NOW)
    screen = make_screen(qtbot, diary, clock, recorder)
    rows = [r for r in range(screen.model.rowCount())
            if screen.model.index(r, 1).data() == "Morning check-in"]
    assert len(rows) == 1
    assert screen.model.index(rows[0], 0).data() == "Tue 13 Jan 2026, 08:05"
    assert screen.model.index(rows[0], 2).data() == (
        "Night of Mon 12 Jan · morning check-in: several cramps (counted as 2) · Both legs"
        " · how bad 7 of 10 · sleep disturbed 5 of 10"
        " · noted about the day: long standing, alcohol")
    screen.table.selectRow(rows[0])
    assert not screen.edit_button.isEnabled() and not screen.delete_button.isEnabled()
    from coach.ui.widgets.history_chart import evening_words

    stats = next(s for s in screen.chart._stats if s.evening == date(2026, 1, 12))
    assert evening_words(stats, stats.evening) == (
        "Mon 12 Jan: stretched, 2 cramps, morning check-in: several cramps (counted as 2),"
        " noted: long standing, alcohol")


def test_a_diary_of_check_ins_only_is_not_empty(qtbot, diary, clock, recorder):
    clock.set_now(datetime(2026, 1, 20, 8, 0, tzinfo=BERLIN))
    diary.set_night_checkin(date(2026, 1, 19), "one")
    clock.set_now(NOW)
    screen = make_screen(qtbot, diary, clock, recorder)
    assert screen.body.currentWidget() is not screen.empty
    assert screen.cramps_value.text() == "1"


def test_undo_brings_back_the_0_to_10_values_too(qtbot, diary, clock, recorder):
    diary.add_cramp(at(19, 3, 0), 60.0, "left", None, "", how_bad=7, sleep_disturbance=8)
    screen = make_screen(qtbot, diary, clock, recorder)
    select_cramp(screen, at(19, 3, 0))
    screen.delete_selected()
    screen.undo_delete()
    [back] = diary.cramps()
    assert (back.how_bad, back.sleep_disturbance) == (7, 8)


# --- the daytime form: 0-10 scales and notes about the day (issue 16) ---------------------


def test_the_form_takes_the_0_to_10_scales_and_the_days_notes(screen, diary, qtbot):
    screen.add_button.click()
    editor = screen.editor
    editor.time.setTime(editor.time.time().fromString("03:00", "HH:mm"))  # 20 Jan 03:00
    assert editor.tags_label.text() == (
        "Noted about Mon 19 Jan (optional, recorded as you say):")
    editor.how_bad.setCurrentIndex(editor.how_bad.findData(7))
    editor.sleep.setCurrentIndex(editor.sleep.findData(10))
    assert editor.how_bad.currentText() == "7"
    assert editor.sleep.currentText() == "10 (could not sleep again)"
    editor.tag_boxes["hard_exercise"].click()
    editor.tag_boxes["little_to_drink"].click()
    editor.save_button.click()
    new = next(c for c in diary.cramps() if c.started == at(20, 3, 0))
    assert (new.severity, new.how_bad, new.sleep_disturbance) == (None, 7, 10)
    assert diary.tags() == {date(2026, 1, 19): ("hard_exercise", "little_to_drink")}
    row = screen.model.row_of(("cramp", new.id))
    assert "how bad 7 of 10 · sleep disturbed 10 of 10" in screen.model.index(row, 2).data()


def test_editing_shows_the_stored_scales_and_notes_and_saves_only_changes(screen, diary):
    diary.set_tags(date(2026, 1, 18), ["alcohol"])
    original = select_cramp(screen, at(19, 2, 10))  # 1-5 scale: 4, no 0-10 yet
    screen.edit_selected()
    editor = screen.editor
    assert editor.severity.currentData() == 4 and editor.how_bad.currentData() is None
    assert editor.tag_boxes["alcohol"].isChecked()
    assert not editor.tags_changed()
    editor.sleep.setCurrentIndex(editor.sleep.findData(6))
    assert editor.changes() == {"sleep_disturbance": 6}
    editor.tag_boxes["alcohol"].click()  # untick: the day has no notes any more
    editor.save_button.click()
    edited = next(c for c in diary.cramps() if c.id == original.id)
    assert (edited.severity, edited.how_bad, edited.sleep_disturbance) == (4, None, 6)
    assert diary.tags() == {}


def test_the_notes_follow_the_day_until_one_is_ticked(screen, diary):
    diary.set_tags(date(2026, 1, 18), ["long_standing"])
    screen.add_button.click()
    editor = screen.editor
    assert not editor.tag_boxes["long_standing"].isChecked()  # 20 Jan evening: no notes
    editor.when.setDate(editor.when.date().addDays(-2))  # 18 Jan, 22:15
    assert editor.tag_boxes["long_standing"].isChecked()
    editor.tag_boxes["alcohol"].click()
    editor.when.setDate(editor.when.date().addDays(-1))
    assert editor.tag_boxes["alcohol"].isChecked()  # the user's ticks stay

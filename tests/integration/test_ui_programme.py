"""The programme on Home and in History, and History's "Report for my doctor" button."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.store.history import History
from coach.testing.clock import FakeClock
from coach.ui.history_screen import HistoryScreen
from coach.ui.programme_widgets import ProgrammePanel
from tests.fakes import make_window

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 2, 21, 0, tzinfo=BERLIN)
DAY = 86400.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def diary(tmp_path, clock):
    with History(tmp_path / "diary.sqlite3", clock=clock) as history:
        yield history


class Answers:
    """Answers the panel's questions instead of a modal dialog, and remembers them."""

    def __init__(self, yes: bool) -> None:
        self.yes = yes
        self.asked: list[str] = []

    def __call__(self, parent, title, text, yes, no) -> bool:
        self.asked.append(text)
        return self.yes


def two_weeks_of_cramps(diary: History) -> None:
    for i in (2, 6, 10, 14):  # the diary begins 14 evenings before NOW
        diary.add_cramp(NOW - timedelta(days=i) + timedelta(hours=5), 60.0, "left", 3)


def test_an_empty_diary_suggests_two_weeks_of_logging_first(qtbot, diary, clock):
    answers = Answers(yes=False)
    panel = ProgrammePanel(diary, clock, ask=answers)
    qtbot.addWidget(panel)
    assert panel.line.text() == "Six-week programme not started"
    assert panel.start_button.isVisibleTo(panel) and not panel.pause_button.isVisibleTo(panel)
    panel.start_button.click()
    assert "two weeks" in answers.asked[0]
    assert diary.programme_events() == []  # "Log two weeks first": nothing started
    answers.yes = True  # "Start now"
    panel.start_button.click()
    assert [e.kind for e in diary.programme_events()] == ["start"]
    assert panel.line.text() == "Programme: week 1 of 6 · 0 evenings done"


def test_with_two_weeks_of_diary_it_starts_without_asking(qtbot, diary, clock):
    two_weeks_of_cramps(diary)
    answers = Answers(yes=False)
    panel = ProgrammePanel(diary, clock, ask=answers)
    qtbot.addWidget(panel)
    panel.start_button.click()
    assert answers.asked == []
    assert panel.state.status == "running"


def test_pause_resume_and_end_are_kept_in_the_diary(qtbot, diary, clock):
    two_weeks_of_cramps(diary)
    panel = ProgrammePanel(diary, clock, ask=Answers(yes=True))
    qtbot.addWidget(panel)
    panel.start_button.click()
    start = NOW
    diary.add_session("evening-stretch", start, start + timedelta(minutes=6), True, 6, 6, 350)
    clock.advance(8 * DAY)
    panel.refresh()
    assert panel.line.text() == "Programme: week 2 of 6 · 1 evening done"
    panel.pause_button.click()
    assert panel.line.text().startswith("Programme paused in week 2 of 6")
    assert panel.resume_button.isVisibleTo(panel) and not panel.pause_button.isVisibleTo(panel)
    clock.advance(3 * DAY)
    panel.resume_button.click()
    panel.end_button.click()
    assert [e.kind for e in diary.programme_events()] == ["start", "pause", "resume", "end"]
    assert panel.line.text().startswith("Programme ended in week 2 of 6")
    assert panel.start_button.text() == "Start the programme again"


def test_a_read_only_diary_cannot_be_changed_from_home(qtbot, diary, clock):
    diary.read_only = True
    panel = ProgrammePanel(diary, clock, ask=Answers(yes=True))
    qtbot.addWidget(panel)
    assert not panel.start_button.isEnabled()


def test_home_shows_the_programme_line(qtbot):
    window, _clock, history = make_window(FakeClock(NOW))
    qtbot.addWidget(window)
    window.show_home()
    assert window.programme_panel.line.text() == "Six-week programme not started"
    history.add_programme_event("start")
    window.show_home()  # coming back to home reads the diary again
    assert window.programme_panel.line.text() == "Programme: week 1 of 6 · 0 evenings done"
    history.close()


def history_screen(qtbot, diary, clock, dialog=None) -> HistoryScreen:
    screen = HistoryScreen(diary, clock, save_dialog=dialog)
    qtbot.addWidget(screen)
    screen.resize(1024, 680)
    screen.show()
    screen.refresh()
    return screen


def test_history_shows_the_comparison_in_words_and_bars(qtbot, diary, clock):
    two_weeks_of_cramps(diary)  # 4 cramps in the 14 nights before: 2.0 a week
    diary.add_programme_event("start")
    clock.advance(13 * DAY)
    screen = history_screen(qtbot, diary, clock)
    summary = screen.programme_summary
    assert summary.isVisible()
    assert summary.words.text().startswith(
        "You noted fewer cramps a week than before the programme.")
    assert "not proof" in summary.words.text()
    # The numbers are beside the words, and the full sentences in the tooltip.
    assert [round(v, 1) for _label, v in summary.chart.bars()] == [2.0, 0.0]
    assert summary.chart.accessibleName() == (
        "Before: 2.0 cramps a week, how bad 6.0; During: 0.0 cramps a week")
    assert "Before the programme: 2.0 cramps a week over 14 nights" in summary.words.toolTip()


def test_history_says_when_it_is_too_early_to_compare(qtbot, diary, clock):
    two_weeks_of_cramps(diary)
    diary.add_programme_event("start")
    clock.advance(2 * DAY)
    screen = history_screen(qtbot, diary, clock)
    summary = screen.programme_summary
    assert summary.words.text().startswith("Too early to compare: the programme has 3 nights")
    assert not summary.chart.isVisible()


def test_history_hides_the_comparison_without_a_programme(qtbot, diary, clock):
    two_weeks_of_cramps(diary)
    screen = history_screen(qtbot, diary, clock)
    assert not screen.programme_summary.isVisible()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_report_button_saves_the_pdf(qtbot, diary, clock, tmp_path):
    two_weeks_of_cramps(diary)
    target = tmp_path / "for-the-doctor.pdf"
    asked: list[str] = []

    def dialog(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    screen = history_screen(qtbot, diary, clock, dialog)
    screen.report_button.click()
    assert asked[0].endswith("calf-coach-report-2026-03-02.pdf")
    assert screen.message.text() == f"Saved the report to {target}."
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Cramps noted: 4" in " ".join(text.split())


@pytest.mark.expected_log("coach.ui.history.files", match=r"^report to .* failed")
def test_the_report_button_says_why_it_could_not_save(qtbot, diary, clock, tmp_path):
    def dialog(parent, caption, suggested, filters):
        return str(tmp_path / "missing" / "r.pdf"), filters

    screen = history_screen(qtbot, diary, clock, dialog)
    screen.report_button.click()
    assert screen.message.text().startswith("Could not save the report: the folder")


def test_cancelling_the_save_dialog_writes_nothing(qtbot, diary, clock, tmp_path):
    screen = history_screen(qtbot, diary, clock, lambda *a: ("", ""))
    screen.report_button.click()
    assert screen.message.text() == ""


def test_history_shows_the_notes_about_the_days_as_noted(qtbot, diary, clock):
    two_weeks_of_cramps(diary)
    diary.set_tags((NOW - timedelta(days=3)).date(), ["alcohol", "hard_exercise"])
    diary.set_tags((NOW - timedelta(days=5)).date(), ["alcohol"])
    diary.set_tags((NOW - timedelta(days=40)).date(), ["pregnancy"])  # older than 28 days
    screen = history_screen(qtbot, diary, clock)
    assert screen.day_notes.isVisible()
    assert screen.day_notes.text.text() == (
        "Noted about the days, last 28 days: hard exercise: 1 day; alcohol: 2 days.")


def test_the_diary_list_shows_the_0_to_10_answers(qtbot, diary, clock):
    diary.add_cramp(NOW + timedelta(hours=5), 60.0, "left", None, how_bad=7,
                    sleep_disturbance=4)
    screen = history_screen(qtbot, diary, clock)
    details = screen.model.index(0, 2).data()
    assert "how bad 7 of 10 · sleep disturbed 4 of 10" in details


def test_a_second_space_after_start_does_not_pause(qtbot, diary, clock):
    """Start hides itself; the focus must not land on Pause, where the next Space
    (a keyboard user pressing it twice) would pause the programme just started. It
    goes to End, which asks first; after Pause it goes to Resume."""
    from PySide6.QtCore import Qt

    two_weeks_of_cramps(diary)
    panel = ProgrammePanel(diary, clock, ask=Answers(yes=False))
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    panel.start_button.setFocus()
    qtbot.waitUntil(panel.start_button.hasFocus)
    qtbot.keyClick(panel.start_button, Qt.Key.Key_Space)
    assert panel.state.status == "running"
    assert panel.focusWidget() is panel.end_button
    qtbot.keyClick(panel.end_button, Qt.Key.Key_Space)  # asks; the answer is "Keep going"
    assert panel.state.status == "running"
    panel.pause_button.setFocus()
    qtbot.keyClick(panel.pause_button, Qt.Key.Key_Space)
    assert panel.focusWidget() is panel.resume_button

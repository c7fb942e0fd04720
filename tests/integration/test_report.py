"""``coach report``: the PDF for the doctor, read back as text and checked against the diary."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.app import main
from coach.cli.args import parse
from coach.cli.report import EXIT_NOTHING_TO_REPORT, cmd_report
from coach.i18n import install_translator
from coach.report.data import gather
from coach.store.history import History
from coach.store.paths import history_path
from coach.store.settings import Settings
from coach.testing.clock import FakeClock

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")

PROJECT = Path(__file__).resolve().parents[2]
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 29, 23, 0, tzinfo=BERLIN)  # late on the evening of 29 March


@pytest.fixture(autouse=True)
def english_afterwards(qapp, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    yield
    install_translator(qapp, "en")


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            check=True)
    return " ".join(result.stdout.decode("utf-8").split())


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines()
                    if line.startswith("Pages:")))


def night(day: int, hour: int = 3) -> datetime:
    """A moment in the night after the evening of ``day`` March."""
    return datetime(2026, 3, day, 21, 0, tzinfo=BERLIN) + timedelta(hours=hour + 3)


def fill_four_weeks() -> None:
    """Two weeks before the programme and two weeks in it, with every kind of entry."""
    with History(history_path(), clock=FakeClock(NOW)) as diary:
        for day in range(2, 16):  # evenings 2-15 March: the baseline, 6 cramps
            if day % 2 == 0 and day < 14:
                diary.add_cramp(night(day), 90.0, "left", 3)  # 1-5 scale: reads as 6 of 10
        diary.add_programme_event("start", datetime(2026, 3, 16, 20, 0, tzinfo=BERLIN))
        for day in range(16, 30):  # evenings 16-29 March: 10 stretched, 2 cramps
            if day < 26:
                start = datetime(2026, 3, day, 21, 30, tzinfo=BERLIN)
                diary.add_session("evening-stretch", start, start + timedelta(minutes=6), True,
                                  6, 6, 350.0)
        diary.add_cramp(night(20, -1), 30.0, "right", None, "", how_bad=4, sleep_disturbance=3)
        diary.add_cramp(night(24), 660.0, "both", None, "my right calf looks swollen",
                        how_bad=8, sleep_disturbance=9)
        diary.set_tags(date(2026, 3, 24), ["alcohol", "long_standing"])


def test_the_parser_knows_report_and_its_weeks():
    args = parse(["report", "out.pdf", "--weeks", "3"])
    assert (args.command, args.file, args.weeks) == ("report", "out.pdf", 3)
    assert parse(["report", "out.pdf"]).weeks == 8


def test_the_report_shows_the_diarys_numbers(tmp_path, capsys):
    fill_four_weeks()
    target = tmp_path / "report.pdf"
    assert cmd_report(str(target), 4, clock=FakeClock(NOW)) == 0
    assert "to " + str(target) in capsys.readouterr().out
    text = pdf_text(target)
    assert "Period: 2 March 2026 to 29 March 2026 (28 nights)" in text
    assert "Cramps noted: 8, on 8 of 28 nights. Nights without a cramp: 20." in text
    assert "On average 2.0 cramps a week." in text
    # (6 x 6 + 4 + 8) / 8 = 6.0; six of them from the 1-5 scale
    # The night entry still asks 1 to 5: that scale is not "older" (a doctor would
    # take it for a change of method).
    assert ("average 6.0, worst 8, from 8 cramps. 6 of them noted on the night entry's 1-5 "
            "scale, counted as 2, 4, 6, 8, 10.") in text
    assert "older 1-5" not in text
    assert "average 6.0, worst 9, over 2 nights" in text  # sleep: (3 + 9) / 2
    assert "Leg: left 6, right 1, both 1, not noted 0." in text
    assert "before midnight 1, 0-3 h 0, 3-6 h 7" in text
    assert "measured for 8 cramps: typical 1:30, longest 11:00" in text
    assert "Evenings stretched: 10 of 28." in text
    assert "started 16 March 2026, under way, week 2 of 6; evenings done 10 of 14." in text
    assert "Before the programme: 3.0 cramps a week over 14 nights, average how bad 6.0 of 10" \
        in text
    assert "During the programme: 1.0 cramps a week over 14 nights, average how bad 6.0 of 10" \
        in text
    assert "fewer cramps a week than before" in text
    assert "not proof" in text and "Keep seeing your doctor" in text
    assert "cure" not in text.lower()
    assert "long standing: 1 day (24 Mar)" in text and "alcohol: 1 day (24 Mar)" in text
    assert "25 March 2026: a cramp of 11:00 (longer than 10 minutes)." in text
    assert "the note mentions swelling: “my right calf looks swollen”" in text
    assert "It is not a doctor" in text  # the app's disclaimer
    assert 1 <= pdf_pages(target) <= 3


def test_the_numbers_match_what_gather_counts(tmp_path):
    fill_four_weeks()
    with History.open_read_only(history_path()) as diary:
        data = gather(diary, date(2026, 3, 29), 4)
    assert [w.cramps for w in data.weeks] == [4, 2, 1, 1]
    assert [w.programme_weeks for w in data.weeks] == [None, None, (1, 1), (2, 2)]
    target = tmp_path / "r.pdf"
    assert cmd_report(str(target), 4, clock=FakeClock(NOW)) == 0
    assert "2 Mar 7 4 0 6.0 – 9 Mar 7 2 0 6.0 – 16 Mar 7 1 7 4.0 1 of 6 " \
           "23 Mar 7 1 3 8.0 2 of 6" in pdf_text(target)


def russian_report(target: Path) -> str:
    """The report written with the interface set to Russian, as text."""
    settings = Settings.load()
    settings.set("language", "ru")
    settings.save()
    assert cmd_report(str(target), 4, clock=FakeClock(NOW)) == 0
    return pdf_text(target)


def test_the_report_follows_the_interface_language(tmp_path):
    fill_four_weeks()
    text = russian_report(tmp_path / "отчёт.pdf")
    assert "Период: 2 марта 2026 — 29 марта 2026 (28 ночей)" in text
    assert "В среднем 2,0 судороги в неделю." in text
    assert "не доказательство" in text


def test_six_months_fit_in_three_pages(tmp_path):
    with History(history_path(), clock=FakeClock(NOW)) as diary:
        for i in range(182):
            if i % 3 == 0:
                diary.add_cramp(night(29) - timedelta(days=i), 60.0, "left", None, how_bad=5)
            if i % 5 == 0:
                diary.set_tags(date(2026, 3, 29) - timedelta(days=i), ["hard_exercise"])
    target = tmp_path / "six.pdf"
    assert cmd_report(str(target), 26, clock=FakeClock(NOW)) == 0
    text = pdf_text(target)
    assert "Cramps noted: 61, on 61 of 181 nights." in text
    assert "hard exercise: 37 days" in text
    assert pdf_pages(target) <= 3


def test_an_empty_diary_gives_a_report_that_says_so(tmp_path, capsys):
    target = tmp_path / "empty.pdf"
    assert cmd_report(str(target), 4, clock=FakeClock(NOW)) == EXIT_NOTHING_TO_REPORT
    assert "the diary is empty" in capsys.readouterr().err
    assert "The diary is empty" in pdf_text(target)
    assert not history_path().exists()  # a report never creates the diary


def test_a_period_without_entries_says_so(tmp_path, capsys):
    with History(history_path(), clock=FakeClock(NOW)) as diary:
        diary.add_cramp(datetime(2025, 12, 1, 3, 0, tzinfo=BERLIN), 60.0, "left", 2)
    target = tmp_path / "none.pdf"
    assert cmd_report(str(target), 2, clock=FakeClock(NOW)) == EXIT_NOTHING_TO_REPORT
    assert "nothing was noted in the last 2 week(s)" in capsys.readouterr().err
    assert "Nothing was noted in this period" in pdf_text(target)


@pytest.mark.parametrize("where", ["folder", "missing"])
def test_a_target_that_cannot_be_written_is_refused_plainly(tmp_path, capsys, where):
    fill_four_weeks()
    target = tmp_path if where == "folder" else tmp_path / "no" / "such" / "report.pdf"
    assert cmd_report(str(target), 4, clock=FakeClock(NOW)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"coach: cannot write {target}: ")
    assert "Traceback" not in err


def test_a_bad_weeks_value_and_standard_output_are_refused(tmp_path, capsys):
    assert cmd_report(str(tmp_path / "r.pdf"), 0) == 1
    assert "--weeks must be 1 to 104" in capsys.readouterr().err
    assert cmd_report("-", 4) == 1
    assert "give a file name" in capsys.readouterr().err


def test_the_diary_is_left_exactly_as_it_was(tmp_path):
    fill_four_weeks()
    before = history_path().read_bytes()
    assert cmd_report(str(tmp_path / "r.pdf"), 4, clock=FakeClock(NOW)) == 0
    assert history_path().read_bytes() == before


def test_the_command_runs_without_a_display(tmp_path):
    fill_four_weeks()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                            "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(PROJECT)
    target = tmp_path / "report.pdf"
    result = subprocess.run([sys.executable, "-m", "coach", "report", str(target), "--weeks",
                             "60"], capture_output=True, text=True, env=env, cwd=PROJECT,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert main is not None


def test_a_calendar_week_across_two_programme_weeks_says_both(tmp_path):
    fill_four_weeks()  # the programme started on the evening of 16 March
    with History.open_read_only(history_path()) as diary:
        data = gather(diary, date(2026, 3, 31), 2)  # weeks from 18 and 25 March
    assert [w.programme_weeks for w in data.weeks] == [(1, 2), (2, 3)]
    target = tmp_path / "r.pdf"
    assert cmd_report(str(target), 2, clock=FakeClock(datetime(2026, 3, 31, 23, 0,
                                                               tzinfo=BERLIN))) == 0
    assert "1–2 of 6" in pdf_text(target) and "2–3 of 6" in pdf_text(target)


def test_a_damaged_diary_is_reported_and_left_alone(tmp_path, capsys):
    history_path().parent.mkdir(parents=True, exist_ok=True)
    history_path().write_bytes(b"this is not a diary" * 100)
    target = tmp_path / "r.pdf"
    assert cmd_report(str(target), 4, clock=FakeClock(NOW)) == 1
    err = capsys.readouterr().err
    assert err.startswith("coach: cannot make the report: ") and "damaged" in err
    assert not target.exists()
    assert history_path().read_bytes() == b"this is not a diary" * 100


def test_a_diary_of_fewer_than_seven_nights_gives_no_weekly_rate(tmp_path):
    """One cramp on the only night of a new diary is not "7 cramps a week"."""
    with History(history_path(), clock=FakeClock(NOW)) as diary:
        diary.add_cramp(night(29), 60.0, "left", 3)
    target = tmp_path / "one-night.pdf"
    assert cmd_report(str(target), 4, clock=FakeClock(NOW)) == 0
    text = pdf_text(target)
    assert "Cramps noted: 1, on 1 of 1 nights." in text
    assert "cramps a week" not in text


def _night_morning_and_afternoon() -> None:
    """A cramp at 03:00 and one at 08:00 (both the night of 28 March, as History counts
    nights), and one at 14:30 on 29 March: the daytime, no night's cramp."""
    with History(history_path(), clock=FakeClock(NOW)) as diary:
        diary.add_cramp(night(28), 60.0, "left", 3)
        diary.add_cramp(datetime(2026, 3, 29, 8, 0, tzinfo=BERLIN), 30.0, "left", 2)
        diary.add_cramp(datetime(2026, 3, 29, 14, 30, tzinfo=BERLIN), 20.0, "left", 2)


def test_a_daytime_cramp_is_named_beside_the_night_count(tmp_path, capsys):
    """The count of night cramps left the afternoon's out without a word, above a leg
    and a duration line that counted it: "Cramps noted: 0", then "Leg: left 1"."""
    _night_morning_and_afternoon()
    target = tmp_path / "daytime.pdf"
    assert cmd_report(str(target), 4, clock=FakeClock(NOW)) == 0
    assert "(2 night cramps, 1 in the daytime) to " in capsys.readouterr().out
    text = pdf_text(target)
    assert ("Cramps noted: 2, on 1 of 2 nights. Nights without a cramp: 1. Also 1 in the"
            " daytime (12-18 h), not counted as night cramps.") in text
    assert ("Time: before midnight 0, 0-3 h 0, 3-6 h 1, 6-12 h 1, in the daytime (12-18 h) 1,"
            " not known 0.") in text
    assert "Leg: left 3, right 0, both 0, not noted 0." in text


def test_the_daytime_line_in_russian(tmp_path):
    _night_morning_and_afternoon()
    text = russian_report(tmp_path / "днём.pdf")
    assert "Ещё 1 судорога днём (12–18 ч), не в счёт ночных." in text
    assert "6–12 ч 1, днём (12–18 ч) 1" in text


def _darkest_share(path: Path, tmp_path: Path) -> float:
    """The share of near-black pixels in the top tenth of page 1 (the title and the
    first lines), rasterised in grey by pdftoppm."""
    stem = tmp_path / "page"
    subprocess.run(["pdftoppm", "-gray", "-r", "50", "-f", "1", "-l", "1", str(path), str(stem)],
                   check=True)
    [image] = tmp_path.glob("page*.pgm")
    # PGM: "P5\n<width> <height>\n255\n", then one byte a pixel
    _magic, size, _maximum, pixels = image.read_bytes().split(b"\n", 3)
    width, height = (int(v) for v in size.split())
    top = pixels[: width * (height // 10)]
    return sum(1 for value in top if value < 110) / len(top)


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_text_is_dark_on_white_whatever_the_apps_theme(tmp_path, qapp, theme):
    """With the dark theme the report's text came out light grey on white paper."""
    from coach.ui.theme import apply_theme, current_text_scale

    before = qapp.palette()
    scale = current_text_scale(qapp)
    fill_four_weeks()
    target = tmp_path / "report.pdf"
    try:
        apply_theme(qapp, theme, scale)
        assert cmd_report(str(target), 4, clock=FakeClock(NOW)) == 0
    finally:
        apply_theme(qapp, "light", scale)  # as the other tests leave it
        qapp.setPalette(before)
    assert _darkest_share(target, tmp_path) > 0.01, "the title and first lines in ink"

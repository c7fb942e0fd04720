"""``coach export-ics`` and ``coach history export`` as someone at a terminal uses them."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.app import main
from coach.cli.args import parse
from coach.store.history import History
from coach.store.paths import history_path
from coach.store.settings import Settings

icalendar = pytest.importorskip("icalendar")

PROJECT = Path(__file__).resolve().parents[2]
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")


def save_reminders(reminders: list[dict]) -> None:
    settings = Settings.load()
    settings.set("reminders", reminders)
    settings.save()


def fill_diary() -> None:
    with History(history_path()) as history:
        start = datetime(2026, 6, 1, 21, 30, tzinfo=BERLIN)
        history.add_session("evening-stretch", start, start + timedelta(minutes=6), True,
                            7, 7, 350.0)
        history.add_cramp(start + timedelta(hours=5), 60, "right", 3, "ночью")
        history.record_reminder_outcome("evening", start, date(2026, 6, 1), "done")


# --- the parser ----------------------------------------------------------------------


def test_the_parser_knows_the_export_commands_and_keeps_the_rest():
    assert (parse(["export-ics", "-"]).command, parse(["export-ics", "-"]).file) == (
        "export-ics", "-")
    args = parse(["history", "export", "out.csv"])
    assert (args.command, args.history_command, args.file) == ("history", "export", "out.csv")
    args = parse(["--background", "--verbose"])
    assert args.background and args.verbose and args.command is None
    assert parse(["--routine", "evening-stretch"]).routine == "evening-stretch"
    assert parse(["--cramp"]).cramp


def test_history_without_an_action_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["history"])
    assert stop.value.code == 2
    assert "ACTION" in capsys.readouterr().err


# --- export-ics ----------------------------------------------------------------------


def test_export_ics_writes_the_default_reminder_with_its_routine_title(tmp_path, capsys):
    target = tmp_path / "reminders.ics"
    assert main(["export-ics", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 1 event to {target}"
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == "evening@calf-coach"
    assert str(event["DESCRIPTION"]).startswith("Evening stretch before bed\n")
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.decoded("DTSTART").strftime("%H:%M") == "21:30"
    assert event.decoded("DURATION") == timedelta(minutes=4)  # the routine's 3:55


def test_export_ics_leaves_out_disabled_reminders(tmp_path, capsys):
    save_reminders([
        {"id": "a", "time": "21:00", "days": ["mon"], "routine": "evening-stretch",
         "label": "A", "enabled": True},
        {"id": "b", "time": "07:00", "days": ["tue"], "routine": "evening-stretch",
         "label": "B", "enabled": False},
    ])
    target = tmp_path / "r.ics"
    assert main(["export-ics", str(target)]) == 0
    assert "wrote 1 event" in capsys.readouterr().out
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(target.read_bytes())
            .walk("VEVENT")]
    assert uids == ["a@calf-coach"]


def test_export_ics_with_no_reminders_writes_an_empty_calendar(tmp_path, capsys):
    save_reminders([])
    target = tmp_path / "r.ics"
    assert main(["export-ics", str(target)]) == 0
    assert "wrote 0 events" in capsys.readouterr().out
    assert icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT") == []


def test_export_ics_to_stdout_keeps_the_summary_off_stdout(capsysbinary):
    assert main(["export-ics", "-"]) == 0
    out, err = capsysbinary.readouterr()
    assert out.startswith(b"BEGIN:VCALENDAR\r\n") and out.endswith(b"END:VCALENDAR\r\n")
    assert err.decode().strip() == "wrote 1 event to standard output"


@pytest.mark.parametrize("command", [["export-ics"], ["history", "export"]])
def test_an_unwritable_target_is_one_line_and_exit_1(tmp_path, capsys, command):
    assert main([*command, str(tmp_path)]) == 1  # a folder is refused, never replaced
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"coach: cannot write {tmp_path}: {tmp_path} is a folder")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["export-ics"], ["history", "export"]])
def test_a_missing_folder_is_not_created(tmp_path, capsys, command):
    target = tmp_path / "no" / "such" / "file"
    assert main([*command, str(target)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


# --- history export --------------------------------------------------------------------


def test_history_export_writes_every_entry(tmp_path, capsys):
    fill_diary()
    target = tmp_path / "diary.csv"
    assert main(["history", "export", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 3 rows to {target}"
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufefftype,evening,start,")
    lines = text.splitlines()
    assert len(lines) == 4
    assert "ночью" in text


def test_history_export_without_a_diary_writes_the_header_and_creates_nothing(tmp_path, capsys):
    target = tmp_path / "diary.csv"
    assert main(["history", "export", str(target)]) == 0
    assert "wrote 0 rows" in capsys.readouterr().out
    assert target.read_bytes().decode("utf-8-sig").count("\r\n") == 1
    assert not history_path().exists()


def test_history_export_to_stdout_has_no_bom(capsysbinary):
    fill_diary()
    assert main(["history", "export", "-"]) == 0
    out, err = capsysbinary.readouterr()
    assert out.startswith(b"type,evening,")
    assert out.count(b"\r\n") == 4
    assert err.decode().strip() == "wrote 3 rows to standard output"


@pytest.mark.parametrize("command", [["export-ics", "-"], ["history", "export", "-"]])
def test_export_commands_do_not_load_qt(command):
    code = (f"import sys; from coach.app import main; code = main({command!r}); "
            "assert code == 0, code; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), "
            "[m for m in sys.modules if m.startswith('PySide6')]")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("BEGIN:VCALENDAR" if command[0] == "export-ics" else "type,")

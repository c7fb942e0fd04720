"""Exports leave the diary and special files alone, and fail plainly (issue 12, "Exports").

Real files throughout: SQLite files damaged on disk, symbolic links, named
pipes, ``/dev/null`` and ``/dev/full``, a folder. Nothing depends on
permission errors, so the tests mean the same when run as root (as CI is).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.app import main
from coach.cli.routines import cmd_list
from coach.engine import local_zone
from coach.i18n import catalogue_path, resolve_language, translate
from coach.i18n.qm_catalogue import MAGIC, read_catalogue
from coach.store import history as history_module
from coach.store.history import History
from coach.store.paths import history_path

icalendar = pytest.importorskip("icalendar")  # a test extra: reads the calendar back

PROJECT = Path(__file__).resolve().parents[2]
BERLIN = ZoneInfo("Europe/Berlin")
EXPORTS = [["export-ics"], ["history", "export"]]


@pytest.fixture(autouse=True)
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")


def snapshot(path: Path) -> tuple[bytes, int]:
    """What "untouched" means: the same bytes and the same modification time."""
    return path.read_bytes(), path.stat().st_mtime_ns


def siblings(path: Path) -> set[str]:
    """Files next to the diary, less SQLite's own -wal/-shm companions."""
    return {p.name for p in path.parent.iterdir()
            if not p.name.endswith(("-wal", "-shm"))}


def a_current_diary(cramps: int = 1) -> Path:
    path = history_path()
    with History(path) as history:
        start = datetime(2026, 6, 1, 21, 30, tzinfo=BERLIN)
        history.add_session("evening-stretch", start, start + timedelta(minutes=6), True,
                            7, 7, 350.0)
        for n in range(cramps):
            history.add_cramp(start + timedelta(days=n, hours=5), 60, "right", 3,
                              "ночью " * 30)
        history.record_reminder_outcome("evening", start, date(2026, 6, 1), "done")
    return path


def a_v1_diary() -> Path:
    """A diary as the first release wrote it: schema 1, rollback journal, one entry."""
    path = history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    history_module.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO cramps (started, duration_s, leg, severity, note, evening,"
               " created, updated) VALUES ('2026-01-04T02:10:00+01:00', 90, 'left', 4,"
               " 'old note', '2026-01-03', '2026-01-04T02:12:00+01:00',"
               " '2026-01-04T02:12:00+01:00')")
    db.commit()
    db.close()
    return path


# --- the diary is opened read-only --------------------------------------------------------


def test_an_old_schema_diary_is_exported_without_migrating_or_backing_it_up(tmp_path, capsys):
    path = a_v1_diary()
    before, files = snapshot(path), siblings(path)
    target = tmp_path / "diary.csv"
    assert main(["history", "export", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 1 row to {target}"
    assert "old note" in target.read_text(encoding="utf-8-sig")
    assert snapshot(path) == before
    assert siblings(path) == files  # no .bak-v1 copy, nothing moved aside
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_current_diary_is_left_byte_for_byte_as_it_was(tmp_path, capsys):
    path = a_current_diary()
    before, files = snapshot(path), siblings(path)
    assert main(["history", "export", str(tmp_path / "d.csv")]) == 0
    assert "wrote 3 rows" in capsys.readouterr().out
    assert snapshot(path) == before and siblings(path) == files


def test_an_empty_diary_file_exports_the_header_and_stays_empty(tmp_path, capsys):
    path = history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")  # what SQLite makes of a connect() that never wrote
    before = snapshot(path)
    assert main(["history", "export", str(tmp_path / "d.csv")]) == 0
    assert "wrote 0 rows" in capsys.readouterr().out
    assert snapshot(path) == before


def damage_by_cutting(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def damage_by_overwriting(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\0" * 4096 + data[4196:])


def damage_by_replacing(path: Path) -> None:
    path.write_bytes(b"these are my notes, not a database\n" * 200)


@pytest.mark.parametrize("damage", [damage_by_cutting, damage_by_overwriting,
                                    damage_by_replacing])
def test_a_damaged_diary_is_a_clear_error_and_stays_where_it_is(tmp_path, capsys, damage):
    path = a_current_diary(cramps=200)  # several pages, so cutting it breaks the tree
    damage(path)
    before, files = snapshot(path), siblings(path)
    target = tmp_path / "diary.csv"
    assert main(["history", "export", str(target)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"coach: cannot export the diary: {path} is damaged")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert snapshot(path) == before
    assert siblings(path) == files  # not put aside: no .damaged-* file, no fresh diary
    assert not target.exists()


def test_a_diary_from_a_newer_version_is_a_clear_error_and_untouched(tmp_path, capsys):
    path = a_current_diary()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    db.close()
    before, files = snapshot(path), siblings(path)
    assert main(["history", "export", str(tmp_path / "d.csv")]) == 1
    err = capsys.readouterr().err
    assert "newer version of Calf Coach (schema 99" in err
    assert snapshot(path) == before and siblings(path) == files
    assert not (tmp_path / "d.csv").exists()


def test_the_read_only_diary_refuses_writes():
    path = a_current_diary()
    with History.open_read_only(path) as diary, pytest.raises(sqlite3.Error):
        diary.add_cramp(datetime(2026, 6, 2, 3, 0, tzinfo=BERLIN), 30, "left", 2)


# --- export targets that are not plain files -------------------------------------------------


def is_mode(path: Path, test) -> bool:
    return test(os.lstat(path).st_mode)


@pytest.mark.parametrize("command", EXPORTS)
def test_a_symlink_is_followed_and_stays_a_link(tmp_path, capsys, command):
    real = tmp_path / "real.out"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.out"
    link.symlink_to(real)
    assert main([*command, str(link)]) == 0
    assert f"to {link}" in capsys.readouterr().out
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes().lstrip(b"\xef\xbb\xbf").startswith((b"BEGIN:VCALENDAR", b"type,"))


def test_a_dangling_symlink_creates_the_file_it_names(tmp_path, capsys):
    link = tmp_path / "link.ics"
    link.symlink_to(tmp_path / "made.ics")
    assert main(["export-ics", str(link)]) == 0
    assert link.is_symlink()
    assert (tmp_path / "made.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize("command", EXPORTS)
def test_a_named_pipe_with_a_reader_gets_the_data_and_stays_a_pipe(tmp_path, capsys, command):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there before we write
    try:
        assert main([*command, str(fifo)]) == 0
        data = b""
        while chunk := os.read(reader, 65536):
            data += chunk
    finally:
        os.close(reader)
    assert f"to {fifo}" in capsys.readouterr().out
    assert data.lstrip(b"\xef\xbb\xbf").startswith((b"BEGIN:VCALENDAR", b"type,"))
    assert is_mode(fifo, stat.S_ISFIFO)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["pipe"]


@pytest.mark.parametrize("command", EXPORTS)
def test_a_named_pipe_nobody_reads_is_an_error_not_a_hang_nor_a_file(tmp_path, capsys,
                                                                     command):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main([*command, str(fifo)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == f"coach: cannot write {fifo}: nothing is reading from the pipe {fifo}"
    assert is_mode(fifo, stat.S_ISFIFO)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["pipe"]


@pytest.mark.parametrize("command", EXPORTS)
def test_dev_null_is_written_to_not_replaced(capsys, command):
    assert main([*command, os.devnull]) == 0
    assert f"to {os.devnull}" in capsys.readouterr().out
    assert is_mode(Path(os.devnull), stat.S_ISCHR)


@pytest.mark.parametrize("command", EXPORTS)
def test_a_device_that_takes_nothing_is_never_reported_as_written(capsys, command):
    full = Path("/dev/full")  # every write fails with "no space left"
    assert main([*command, str(full)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "wrote" not in err
    assert err.startswith(f"coach: cannot write {full}: No space left")
    assert is_mode(full, stat.S_ISCHR)


@pytest.mark.parametrize("command", EXPORTS)
def test_a_folder_is_refused_with_a_plain_reason(tmp_path, capsys, command):
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main([*command, str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (f"coach: cannot write {folder}: {folder} is a folder; give a file "
                           f"name in it, for example {folder / 'export'}")
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["exports"]


@pytest.mark.parametrize("command", EXPORTS)
def test_closed_standard_output_is_an_error_not_success(monkeypatch, capsys, command):
    monkeypatch.setattr(sys, "stdout", None)  # what Python sets when started with >&-
    assert main([*command, "-"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "coach: cannot write to standard output: it is closed"


# --- the time zone ----------------------------------------------------------------------------


def test_export_ics_without_a_time_zone_database_is_a_clear_error(tmp_path):
    """No system zone files (empty TZPATH) and no tzdata package: one sentence, exit 1."""
    target = tmp_path / "r.ics"
    code = ("import sys; sys.modules['tzdata'] = None; "  # the package cannot be imported
            "from coach.app import main; sys.exit(main(['export-ics', sys.argv[1]]))")
    env = {**os.environ, "PYTHONTZPATH": "", "TZ": "Europe/Berlin"}
    result = subprocess.run([sys.executable, "-c", code, str(target)], cwd=PROJECT, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("coach: cannot export the reminders: this computer has "
                                    "no time-zone database")
    assert "pip install tzdata" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_tzdata_is_a_dependency_where_there_is_no_system_database():
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    assert 'tzdata; sys_platform == "win32"' in project["project"]["dependencies"]


def test_the_export_uses_the_zone_the_app_uses_even_without_a_name(tmp_path, monkeypatch,
                                                                    capsys):
    """A zone the machine gives only as an offset (+05:45): the calendar keeps 21:30 at +05:45,
    as the app's clock does, and says that daylight-saving changes are not followed."""
    monkeypatch.setattr(local_zone, "TIMEZONE_FILE", tmp_path / "no-timezone")
    monkeypatch.setattr(local_zone, "LOCALTIME_LINK", tmp_path / "no-localtime")
    monkeypatch.setenv("TZ", "<+0545>-5:45")  # POSIX form: no IANA name to find
    try:
        app_zone = local_zone.system_zone()
        target = tmp_path / "r.ics"
        assert main(["export-ics", str(target)]) == 0
    finally:
        monkeypatch.setenv("TZ", "Europe/Berlin")
        local_zone.time.tzset()
    assert app_zone.utcoffset(None) == timedelta(hours=5, minutes=45)
    err = capsys.readouterr().err
    assert "fixed offset UTC+05:45" in err and "TZ=" in err
    (event,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start.strftime("%H:%M") == "21:30"
    assert start.utcoffset() == timedelta(hours=5, minutes=45)


# --- the language -------------------------------------------------------------------------------


def test_list_export_and_app_agree_on_the_language(tmp_path, monkeypatch, capsys):
    """LANGUAGE=ru with LANG=en_US.UTF-8: gettext's rule says Russian, for all three."""
    monkeypatch.setenv("LANGUAGE", "ru")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    russian_title = "Вечерняя растяжка перед сном"
    assert resolve_language("system") == "ru"
    assert cmd_list() == 0
    assert russian_title in capsys.readouterr().out
    target = tmp_path / "r.ics"
    assert main(["export-ics", str(target)]) == 0
    (event,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["DESCRIPTION"]) == f"{russian_title}\nОткройте Calf Coach, чтобы начать."
    assert str(event["SUMMARY"]) == "Вечерняя растяжка"  # the default label, translated
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == "Вечерняя растяжка"
    assert translate("ReminderText", "Evening stretch") == "Evening stretch"  # only while writing


def test_the_calendar_words_in_russian_need_no_qt(tmp_path):
    code = ("import sys; from coach.app import main; code = main(['export-ics', '-']); "
            "assert code == 0, code; "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    env = {**os.environ, "LANGUAGE": "ru", "LANG": "en_US.UTF-8"}
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, env=env,
                            capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode("utf-8").replace("\r\n ", "")  # unfold long lines
    assert "SUMMARY:Вечерняя растяжка\r\n" in text
    assert "Откройте Calf Coach" in text


def test_the_catalogue_read_without_qt_says_what_qt_says(qapp):
    """Every single-form message, read by our reader and by Qt's own QTranslator."""
    from PySide6.QtCore import QTranslator

    path = catalogue_path("ru")
    ours = read_catalogue(path)
    qt = QTranslator()
    assert qt.load(str(path))
    assert len(ours) > 400
    for (context, source, comment), text in ours.items():
        assert qt.translate(context, source, comment or None) == text, (context, source)


@pytest.mark.parametrize("data", [b"", b"not a catalogue", MAGIC + b"\x69\x00\x00\x10\x00"])
@pytest.mark.expected_log("coach.i18n.qm_catalogue", match=r"cannot be read .*; using English")
def test_a_damaged_catalogue_means_english_not_a_crash(tmp_path, data):
    path = tmp_path / "calf_coach_ru.qm"
    path.write_bytes(data)
    assert read_catalogue(path) == {}


# --- the same rules for the History screen's Export button ---------------------------------------


def test_the_history_screens_export_follows_a_link_and_refuses_a_folder(tmp_path):
    from coach.exports.diary_csv import export_history_csv

    path = a_current_diary()
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "diary.csv"
    link.symlink_to(real)
    with History(path) as diary:
        assert export_history_csv(diary, link) == 3
        assert link.is_symlink()
        assert real.read_text(encoding="utf-8-sig").startswith("type,evening,")
        with pytest.raises(OSError, match="is a folder"):
            export_history_csv(diary, tmp_path)

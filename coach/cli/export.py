"""``coach export-ics FILE`` and ``coach history export FILE``: exports that never load Qt.

FILE ``-`` means standard output; the data then goes out as raw bytes (no
newline translation) and the one-line summary goes to standard error, so a
pipe gets only the data. A file is replaced atomically; a symbolic link, a
named pipe or a device is written through, never replaced, and a folder is
refused (``coach.store.export_target``). A failure is one plain line on
standard error and exit code 1, never a traceback, and success is reported
only after every byte was written.
"""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import UTC, datetime
from pathlib import Path


def cmd_export_ics(target: str, now: datetime | None = None) -> int:
    """Write the reminders from the settings file as an iCalendar file."""
    from zoneinfo import ZoneInfo

    from coach.content.duration import routine_total_s
    from coach.content.loader import load_library
    from coach.engine.local_zone import have_zone_database, system_zone
    from coach.engine.schedule import Night
    from coach.exports.calendar import count_events, reminders_to_ics, zone_id
    from coach.i18n import catalogue_without_qt
    from coach.i18n.language import choose_language
    from coach.store.paths import user_routines_dir
    from coach.store.settings import Settings
    from coach.store.settings_schema import REMINDERS

    zone = system_zone()  # the app's clock asks the same function
    if not isinstance(zone, ZoneInfo):
        if not have_zone_database():
            _complain("cannot export the reminders: this computer has no time-zone database, "
                      "so the calendar cannot follow daylight-saving changes; install the "
                      "tzdata package (pip install tzdata) and try again")
            return 1
        _complain(f"the system time zone has no name here, so the calendar uses the fixed "
                  f"offset {zone_id(zone)}: after a daylight-saving change the reminders "
                  "would be an hour off; set TZ to your zone (for example "
                  "TZ=Europe/Berlin) to avoid that")
    settings = Settings.load()
    for line in ([settings.notice] if settings.notice else []) + settings.warnings:
        _complain(line)
    reminders = settings.value(REMINDERS)
    # Broken user routine files only cost their titles here; `coach validate` reports them.
    library = load_library(user_dir=user_routines_dir())
    language = choose_language(str(settings.get("language")))  # as the app and `coach list`
    titles = {rid: routine.title.get(language) for rid, routine in library.routines.items()}
    durations = {rid: float(routine_total_s(routine, library.exercises))
                 for rid, routine in library.routines.items()}
    night = Night.from_get(settings.get)  # bedtimes and quiet hours, as the app uses them
    with catalogue_without_qt(language):  # the calendar's own words, in the same language
        text = reminders_to_ics(reminders, zone, titles,
                                now if now is not None else datetime.now(UTC), durations,
                                night)
    if not _deliver(target, text.encode("utf-8")):
        return 1
    count = count_events(reminders, night)
    _report(target, f"wrote {count} {'event' if count == 1 else 'events'} to {_shown(target)}")
    return 0


def cmd_history_export(target: str) -> int:
    """Write the diary (sessions, cramps, reminder outcomes) as CSV.

    The diary is opened read-only: an export never migrates, backs up or moves
    it aside, even when it is damaged or from another version (the app does
    that, and tells the user, when it starts).
    """
    from coach.exports.diary_csv import history_csv
    from coach.store.diary_reader import read_diary
    from coach.store.history import DiaryUnreadable
    from coach.store.paths import history_path

    try:  # no diary yet: export the header, create nothing
        text, count = read_diary(history_path(), history_csv)
    except DiaryUnreadable as exc:
        _complain(f"cannot export the diary: {exc}")
        return 1
    # A file gets a byte order mark so spreadsheet apps read it as UTF-8 (see csv_export).
    data = text.encode("utf-8") if target == "-" else ("\ufeff" + text).encode("utf-8")
    if not _deliver(target, data):
        return 1
    _report(target, f"wrote {count} {'row' if count == 1 else 'rows'} to {_shown(target)}")
    return 0


# --- output -----------------------------------------------------------------------------


def _complain(message: str) -> None:
    print(f"coach: {message}", file=sys.stderr)


def _shown(target: str) -> str:
    return "standard output" if target == "-" else target


def _report(target: str, message: str) -> None:
    print(message, file=sys.stderr if target == "-" else sys.stdout)


def _deliver(target: str, data: bytes) -> bool:
    """Write ``data`` to the file or to standard output; say why not and return False."""
    from coach.store.export_target import write_export

    if target == "-":
        return _to_stdout(data)
    try:
        write_export(Path(target), data)
    except OSError as exc:
        _complain(f"cannot write {target}: {exc.strerror or exc}")
        return False
    return True


def _to_stdout(data: bytes) -> bool:
    if sys.stdout is None:  # started with standard output closed (``>&-``)
        _complain("cannot write to standard output: it is closed")
        return False
    try:
        sys.stdout.flush()
        binary = getattr(sys.stdout, "buffer", None)
        if binary is not None:
            binary.write(data)
            binary.flush()
        else:
            sys.stdout.write(data.decode("utf-8"))
            sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from
        # complaining again when it flushes stdout on exit.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return False
    except OSError as exc:
        _complain(f"cannot write to standard output: {exc.strerror or exc}")
        return False
    return True

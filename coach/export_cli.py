"""``coach export-ics FILE`` and ``coach history export FILE``: exports that never load Qt.

FILE ``-`` means standard output; the data then goes out as raw bytes (no
newline translation) and the one-line summary goes to standard error, so a
pipe gets only the data. A file is replaced atomically. A failure is one
plain line on standard error and exit code 1, never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coach.store.atomic import write_atomic


def cmd_export_ics(target: str, now: datetime | None = None) -> int:
    """Write the reminders from the settings file as an iCalendar file."""
    from coach.calendar_export import count_events, reminders_to_ics
    from coach.content.duration import routine_total_s
    from coach.content.loader import load_library
    from coach.store.paths import user_routines_dir
    from coach.store.settings import Settings

    settings = Settings.load()
    for line in ([settings.notice] if settings.notice else []) + settings.warnings:
        _complain(line)
    reminders = settings.get("reminders")
    # Broken user routine files only cost their titles here; `coach validate` reports them.
    library = load_library(user_dir=user_routines_dir())
    language = _language(str(settings.get("language")))
    titles = {rid: routine.title.get(language) for rid, routine in library.routines.items()}
    durations = {rid: float(routine_total_s(routine, library.exercises))
                 for rid, routine in library.routines.items()}
    text = reminders_to_ics(reminders, zone_name(), titles,
                            now if now is not None else datetime.now(UTC), durations)
    if not _deliver(target, text.encode("utf-8")):
        return 1
    count = count_events(reminders)
    _report(target, f"wrote {count} {'event' if count == 1 else 'events'} to {_shown(target)}")
    return 0


def cmd_history_export(target: str) -> int:
    """Write the diary (sessions, cramps, reminder outcomes) as CSV."""
    from coach.store.csv_export import history_csv
    from coach.store.paths import history_path

    path = history_path()
    diary: _EmptyDiary | object = _EmptyDiary()
    history = None
    try:
        if path.exists():  # no diary yet: export the header, create nothing
            from coach.store.history import History

            history = History(path)
            if history.notice:
                _complain(history.notice)
            diary = history
        text, count = history_csv(diary)  # type: ignore[arg-type]
    except sqlite3.Error as exc:
        _complain(f"cannot read the diary {path}: {exc}")
        return 1
    finally:
        if history is not None:
            history.close()
    # A file gets a byte order mark so spreadsheet apps read it as UTF-8 (see csv_export).
    data = text.encode("utf-8") if target == "-" else ("\ufeff" + text).encode("utf-8")
    if not _deliver(target, data):
        return 1
    _report(target, f"wrote {count} {'row' if count == 1 else 'rows'} to {_shown(target)}")
    return 0


class _EmptyDiary:
    """A diary with nothing in it, for a user who has never used the app."""

    def sessions(self) -> list:
        return []

    def cramps(self) -> list:
        return []

    def reminder_outcomes(self) -> list:
        return []


# --- output -----------------------------------------------------------------------------


def _complain(message: str) -> None:
    print(f"coach: {message}", file=sys.stderr)


def _shown(target: str) -> str:
    return "standard output" if target == "-" else target


def _report(target: str, message: str) -> None:
    print(message, file=sys.stderr if target == "-" else sys.stdout)


def _deliver(target: str, data: bytes) -> bool:
    """Write ``data`` to the file or to standard output; say why not and return False."""
    if target == "-":
        return _to_stdout(data)
    path = Path(target)
    if not path.parent.is_dir():
        _complain(f"cannot write {target}: the folder {path.parent} does not exist")
        return False
    try:
        write_atomic(path, data)
    except OSError as exc:
        _complain(f"cannot write {target}: {exc.strerror or exc}")
        return False
    return True


def _to_stdout(data: bytes) -> bool:
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


# --- the user's zone and language -----------------------------------------------------


def zone_name() -> str:
    """The system's IANA zone name: ``coach.engine.local_zone``'s, else read here."""
    from coach.engine.local_zone import system_zone

    with contextlib.suppress(Exception):
        zone = system_zone()
        name = zone if isinstance(zone, str) else getattr(zone, "key", None)
        if isinstance(name, str) and _known_zone(name):
            return name
    return detect_zone_name()


def detect_zone_name(environ: dict[str, str] | None = None, etc: Path = Path("/etc")) -> str:
    """``TZ``, then ``/etc/timezone``, then the ``/etc/localtime`` link.

    Failing those, the current offset as an ``Etc/GMT`` zone (no DST rules,
    but the right time tonight), or ``UTC``.
    """
    env = os.environ if environ is None else environ
    candidates = []
    tz = env.get("TZ", "").strip().lstrip(":")
    if tz:
        candidates.append(_after_zoneinfo(tz))
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append((etc / "timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        candidates.append(_after_zoneinfo(os.path.realpath(etc / "localtime")))
    for name in candidates:
        if name and _known_zone(name):
            return name
    return _offset_zone_name(datetime.now().astimezone().utcoffset())


def _offset_zone_name(offset: timedelta | None) -> str:
    """``Etc/GMT-2`` for +02:00 (POSIX signs are inverted); ``UTC`` when not whole hours."""
    hours, rest = divmod(int(offset.total_seconds()) if offset else 0, 3600)
    if rest or not hours or not -14 <= hours <= 12:
        return "UTC"
    return f"Etc/GMT{-hours:+d}"


def _after_zoneinfo(path: str) -> str:
    marker = "zoneinfo/"
    return path.split(marker, 1)[1] if marker in path else path


def _known_zone(name: str) -> bool:
    if name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _language(setting: str) -> str:
    """The settings language, or the system's (``LC_ALL``/``LC_MESSAGES``/``LANG``)."""
    if setting != "system":
        return setting
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").split(".")[0]
        if value and value not in ("C", "POSIX"):
            return value
    return "en"

"""Opening the diary's SQLite file: checked, migrated, and never lost.

Two ways in. ``open_for_app`` is the app's: it never raises for a bad file,
so the app always starts. A damaged file is moved aside (never deleted) and
a fresh diary starts; a file from a newer version is opened read-only, its
schema and data left as they are; a file that cannot be opened at all gives
a diary in memory. Each case leaves one plain sentence for the user.
``open_read_only`` is for exports and other readers that must leave the file
exactly as it is: no migration, no backup, nothing moved aside; a damaged or
too-new file raises ``DiaryUnreadable`` instead.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coach.i18n import QT_TRANSLATE_NOOP, Tr
from coach.store import history_schema

if TYPE_CHECKING:
    from coach.engine.clock import Clock

log = logging.getLogger(__name__)

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

#: How long a write waits for another connection's lock before it fails.
BUSY_TIMEOUT_S = 5.0


class HistoryFileText(Tr):
    """Translation context for what the user is told about the history file."""


PUT_ASIDE = QT_TRANSLATE_NOOP(
    "HistoryFileText",
    "Your history file was damaged and has been put aside as {name}; a new, empty history "
    "was started.")
IN_MEMORY = QT_TRANSLATE_NOOP(
    "HistoryFileText",
    "Your history could not be opened, so what you do now will not be kept after you close "
    "the app.")
NEWER = QT_TRANSLATE_NOOP(
    "HistoryFileText",
    "Your history was written by a newer version of Calf Coach; it is shown as it is, and "
    "new entries are not saved until you update.")

#: A sentence for the user, kept as its English template and values so that it is
#: worded when shown, in the language installed then.
Notice = tuple[str, dict[str, str]]


class DiaryUnreadable(Exception):
    """A read-only open found the diary damaged, too new, or not openable; says which."""


class _Damaged(Exception):
    """The file is not a usable SQLite database."""


@dataclass
class Opened:
    """What ``open_for_app`` found: the connection, whether it may write, what to say."""

    db: sqlite3.Connection
    read_only: bool = False
    notice: Notice | None = None


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def _is_damage(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def configure(db: sqlite3.Connection) -> None:
    """WAL: a crash or a kill never leaves half a transaction in the file."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")


def open_for_app(path: Path, clock: Clock) -> Opened:
    """The diary at ``path`` for the app; never raises (see the module's docstring)."""
    notice: Notice | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return _open_file(path)
        except _Damaged as exc:
            log.warning("history %s is damaged (%s)", path, exc)
            aside = _put_aside(path, clock)
            notice = (PUT_ASIDE, {"name": aside.name})
            opened = _open_file(path)
            if opened.notice is None:
                opened.notice = notice
            return opened
    except (OSError, sqlite3.Error, _Damaged) as exc:
        log.warning("history %s cannot be opened (%s); using memory", path, exc)
        db = sqlite3.connect(":memory:")
        configure(db)
        try:
            history_schema.migrate(db, _no_backup)
        except sqlite3.Error:  # each step is a transaction: the good ones stay
            log.exception("history schema could not be built in memory either")
        return Opened(db, notice=(IN_MEMORY, {}))


def _open_file(path: Path) -> Opened:
    """Connect, check the file, bring the schema up to date."""
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    try:
        try:
            result = db.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise _Damaged(f"quick_check: {result[0] if result else 'no answer'}")
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if _is_damage(exc):
                raise _Damaged(str(exc)) from exc
            raise
        if version > history_schema.current_version():
            # Written by a newer version: leave its schema and data exactly as they are.
            db.execute("PRAGMA query_only = ON")
            return Opened(db, read_only=True, notice=(NEWER, {}))
        configure(db)
        history_schema.migrate(db, lambda db, old: _backup_before_migrating(path, db, old))
        return Opened(db)
    except BaseException:
        db.close()
        raise


def _no_backup(db: sqlite3.Connection, version: int) -> None:
    """In memory there is nothing to keep."""


def _backup_before_migrating(path: Path, db: sqlite3.Connection, version: int) -> None:
    """A self-contained copy ``<name>.bak-v<version>`` of the file as it was."""
    if db.execute("PRAGMA database_list").fetchone()[2] == "":
        return  # in memory: nothing to keep
    target = path.with_name(f"{path.name}.bak-v{version}")
    copy = sqlite3.connect(target)
    try:
        db.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        copy.close()
    log.info("history backed up to %s before migrating", target)


def _put_aside(path: Path, clock: Clock) -> Path:
    """Move a damaged file (and its WAL, shared-memory and journal files) aside."""
    stamp = f"{clock.now():%Y%m%d-%H%M%S}"
    base = f"{path.name}.damaged-{stamp}"
    name = base
    n = 1
    while path.with_name(name).exists():
        n += 1
        name = f"{base}-{n}"
    target = path.with_name(name)
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, path.with_name(name + suffix))
    return target


def open_read_only(path: Path) -> sqlite3.Connection:
    """The diary at ``path`` for reading only: the file is never changed.

    Opened through SQLite's ``mode=ro`` URI, so not even a bug here could
    write. An older schema is read as it is (every version has the three diary
    tables; what a later schema added reads as empty). Raises
    ``DiaryUnreadable`` with one plain sentence when the file is damaged, from
    a newer version, or cannot be opened.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise DiaryUnreadable(f"{path} cannot be opened ({exc})") from exc
    try:
        db.execute("PRAGMA query_only = ON")
        result = db.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            raise DiaryUnreadable(
                f"{path} is damaged "
                f"({result[0] if result else 'no answer from the check'}); it was left "
                "as it is")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        newest = history_schema.current_version()
        if version > newest:
            raise DiaryUnreadable(
                f"{path} was written by a newer version of Calf Coach "
                f"(schema {version}; this version reads up to {newest}); "
                "update Calf Coach to export it")
        tables = {row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 and not tables:
            # An empty file: read it as an empty diary, built in memory, not in the file.
            db.close()
            db = sqlite3.connect(":memory:")
            history_schema.migrate(db, _no_backup)
        return db
    except DiaryUnreadable:
        db.close()
        raise
    except sqlite3.Error as exc:
        db.close()
        if _is_damage(exc):
            raise DiaryUnreadable(f"{path} is damaged ({exc}); it was left as it is") from exc
        raise DiaryUnreadable(f"{path} cannot be read ({exc})") from exc

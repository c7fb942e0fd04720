"""Recovering from a damaged or missing settings file, safe to interrupt at any step.

Why so careful: Safe Eyes wrote its settings in place, and a crash or a full
disk during the write wiped users' settings (its bug #840). Here a file that
does not parse is never deleted or overwritten: it is copied aside as
``settings.yaml.corrupt-<timestamp>``, the ``.bak`` (or the defaults) is used,
and the user is told once. The damaged file is first copied aside and then
replaced by the good copy in one rename, so ``settings.yaml`` is never missing
while a good ``.bak`` exists; and a missing file with a good ``.bak`` is
restored from it. A crash, kill -9 or power loss between any two steps leaves
a state the next start recovers from.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from coach.store.atomic import write_atomic
from coach.store.settings_notice import (
    DEFAULTS_ASIDE,
    DEFAULTS_NOT_ASIDE,
    RESTORED_ASIDE,
    RESTORED_MISSING,
    RESTORED_NOT_ASIDE,
    Notice,
)
from coach.store.settings_yaml import Unparsable, parse

log = logging.getLogger(__name__)


class Now(Protocol):
    """What names a ``.corrupt-`` file: anything with ``now()`` (the app's Clock)."""

    def now(self) -> datetime: ...


@dataclass(frozen=True)
class Recovered:
    """What to use after a recovery: the backup's data (None: the defaults), what to
    tell the user, and whether the good copy still has to be written back (the next
    save does it)."""

    data: dict[str, object] | None
    notice: Notice
    rewrite_pending: bool = False


def backup_path(path: Path) -> Path:
    """The last good copy kept next to the settings file."""
    return path.with_name(path.name + ".bak")


def read_backup(path: Path) -> tuple[bytes, dict[str, object]] | None:
    """The ``.bak`` file's bytes and data, if it is there and parses."""
    try:
        raw = backup_path(path).read_bytes()
        return raw, parse(raw)
    except (OSError, Unparsable):
        return None


def restore_missing(path: Path) -> Recovered | None:
    """No settings file but a good ``.bak``: put the good copy back (None: a first run).

    Nothing in this version leaves the file missing next to a backup, but
    an older version's recovery, stopped between its two steps, did; so
    might a person tidying the folder. Starting with the defaults would
    silently lose every choice the backup still holds.
    """
    backup = read_backup(path)
    if backup is None:
        return None
    raw, data = backup
    log.warning("%s is missing; restoring %s", path, backup_path(path).name)
    return Recovered(data, (RESTORED_MISSING, {}), rewrite_pending=not _rewrite(path, raw))


def recover(path: Path, reason: str, damaged: bytes, clock: Now | None) -> Recovered:
    """Keep the damaged file aside and fall back to the backup or the defaults.

    With a good backup the damaged bytes are first *copied* aside (an identical
    copy made by an interrupted earlier attempt is reused), and only then is the
    file replaced by the backup in one atomic rename. Without a backup there is
    nothing to restore, and one rename moves the file aside.
    """
    log.warning("%s is damaged (%s)", path, reason)
    backup = read_backup(path)
    if backup is None:
        aside = put_aside(path, clock, None)
        if aside is None:
            return Recovered(None, (DEFAULTS_NOT_ASIDE, {}))
        return Recovered(None, (DEFAULTS_ASIDE, {"name": aside.name}))
    backup_bytes, data = backup
    aside = put_aside(path, clock, damaged)
    if aside is None:
        return Recovered(data, (RESTORED_NOT_ASIDE, {}))
    rewritten = _rewrite(path, backup_bytes)
    return Recovered(data, (RESTORED_ASIDE, {"name": aside.name}), rewrite_pending=not rewritten)


def _rewrite(path: Path, good: bytes) -> bool:
    """Put the good copy in place; False when the folder cannot be written."""
    try:
        write_atomic(path, good)
    except OSError:
        return False
    return True


def put_aside(path: Path, clock: Now | None, copy_of: bytes | None) -> Path | None:
    """Move the damaged file aside, or (``copy_of``: its bytes) write a copy aside."""
    if copy_of is not None:
        with contextlib.suppress(OSError):
            for earlier in sorted(path.parent.glob(path.name + ".corrupt-*")):
                if earlier.is_file() and not earlier.is_symlink() \
                        and earlier.stat().st_size == len(copy_of) \
                        and earlier.read_bytes() == copy_of:
                    return earlier  # an interrupted earlier recovery made it
    now = clock.now() if clock is not None else datetime.now()
    stem = f"{path.name}.corrupt-{now:%Y%m%d-%H%M%S}"
    for n in range(1, 1000):
        target = path.with_name(stem if n == 1 else f"{stem}-{n}")
        if target.exists() or target.is_symlink():
            continue
        try:
            if copy_of is None:
                path.rename(target)
            else:
                write_atomic(target, copy_of)
        except OSError:
            log.warning("could not move %s aside", path, exc_info=True)
            return None
        return target
    return None


def keep_backup(path: Path) -> None:
    """Before a save: copy the file on disk to ``.bak`` if it still parses."""
    try:
        current = path.read_bytes()
        parse(current)
    except (OSError, Unparsable):
        return  # nothing good to keep
    write_atomic(backup_path(path), current)

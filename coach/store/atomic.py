"""Write a file so that a crash or a full disk never leaves it half written.

A reader sees either the old content or the new one: the data goes to a
temporary file in the same folder, is flushed to disk, and then replaces the
old file in one rename. (Safe Eyes lost users' settings by writing in place.)

A write killed before its rename leaves its temporary file behind
(``.<name>.<8 random characters>.tmp``); ``remove_leftovers`` deletes those in
the app's own folders at the next start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

#: The temporary name ``write_atomic`` gives (mkstemp: 8 characters of [a-z0-9_]).
_TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def write_atomic(path: Path, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (str is written as UTF-8).

    Creates the parent folder. On any error the old file is untouched, the
    temporary file is removed, and the OSError is raised again.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            _keep_mode(path, handle.fileno())
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)


def _keep_mode(path: Path, fd: int) -> None:
    """Give the new file the old file's permissions (mkstemp makes it 0600)."""
    fchmod = getattr(os, "fchmod", None)
    if fchmod is None:
        return
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return
    with contextlib.suppress(OSError):
        fchmod(fd, mode)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible on every platform."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    try:
        fd = os.open(folder, os.O_RDONLY | flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_leftovers(folder: Path, names: tuple[str, ...]) -> list[Path]:
    """Delete the temporary files that interrupted writes of ``names`` left in ``folder``.

    ``names`` are the final file names (or name prefixes ending in ``-``, for
    timestamped names like ``settings.yaml.corrupt-``). Only regular files
    whose name is exactly what ``write_atomic`` makes for one of them are
    removed: nothing else in the folder, no links, no folders. Call it only
    while no other process writes these files (the app holds its
    single-instance lock). Returns what was removed.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.match(entry.name):
            continue
        final = entry.name[1:-13]  # without the dot, ".xxxxxxxx" and ".tmp"
        if not any(final == name or (name.endswith("-") and final.startswith(name))
                   for name in names):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            os.unlink(entry.path)
        except OSError as exc:
            log.info("could not remove %s: %s", entry.path, exc)
            continue
        removed.append(Path(entry.path))
    if removed:
        log.info("removed %d temporary file(s) of interrupted writes in %s", len(removed), folder)
    return removed

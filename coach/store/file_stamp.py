"""How the start-up caches recognise a file they have seen before.

Both caches (checked content files, the parsed settings file) keep a result
for as long as its file is unchanged. "Unchanged" means the same size,
modification and change times and inode: an edit, a save, a copy over it or a
replaced file all change at least one. A file written in the last two
seconds is not trusted to a cache at all: on file systems with coarse
timestamps (FAT's are 2 s) a second write in the same tick would look the same.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

RACY_NS = 2_000_000_000


def stamp_of(info: os.stat_result) -> list[int] | None:
    """Size, mtime, ctime and inode of a regular file; None if it is not one."""
    if not stat.S_ISREG(info.st_mode):
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def stamp(path: Path | str) -> list[int] | None:
    """``stamp_of`` the file at ``path``; None if it cannot be read."""
    try:
        return stamp_of(os.stat(path))
    except OSError:
        return None


def version_stamp(path: Path | str) -> list[int] | None:
    """Size and mtime: enough to tell another version of code or assets apart."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


def settled(file_stamp: list[int], now_ns: int) -> bool:
    """Whether the file was last written long enough before ``now_ns`` to be cached."""
    return file_stamp[1] < now_ns - RACY_NS

"""Write a file so that a crash or a full disk never leaves it half written.

A reader sees either the old content or the new one: the data goes to a
temporary file in the same folder, is flushed to disk, and then replaces the
old file in one rename. (Safe Eyes lost users' settings by writing in place.)
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


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

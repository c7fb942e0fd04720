"""Write an export where the user pointed it, without ever replacing something that is not a file.

An atomic write (``coach.store.atomic``) replaces the target by renaming a new
file over it. That is right for a regular file and wrong for everything else:
renamed over a symbolic link it replaces the link, over a named pipe or
``/dev/null`` it puts a regular file in its place (as root it succeeds, in
``/dev`` too). So the target is looked at first:

- a regular file, or nothing yet: replaced atomically, as before;
- a symbolic link: followed, and the file it points to is replaced atomically
  (the link stays a link, as with a shell's ``>``);
- a named pipe or a character device (``/dev/null``, a terminal): written
  through, the way a shell's ``>`` does; a pipe nobody reads from is an error
  at once, not a hang;
- a folder, a block device (a disk), a socket: refused with a plain reason.

Every byte is checked as written: a short or failed write raises, so the
caller never reports success for data that did not go anywhere.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from coach.store.atomic import write_atomic


class ExportTargetError(OSError):
    """The target cannot take the export; ``str()`` is one plain sentence."""

    def __init__(self, message: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def write_export(path: Path | str, data: bytes) -> None:
    """Put ``data`` at ``path`` (see the module docstring); OSError says why not.

    Never creates folders: a missing folder is an error, since the user
    probably mistyped it.
    """
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is None or stat.S_ISREG(info.st_mode):
        if not target.parent.is_dir():
            raise ExportTargetError(f"the folder {target.parent} does not exist", errno.ENOENT)
        write_atomic(target, data)
        return
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise ExportTargetError(f"{path} is a folder; give a file name in it, for example "
                                f"{path / 'export'}", errno.EISDIR)
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        _write_through(target, data, "pipe" if stat.S_ISFIFO(mode) else "device")
        return
    kind = "a disk (block device)" if stat.S_ISBLK(mode) else (
        "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    raise ExportTargetError(f"{path} is {kind}; choose a file to write to")


def _write_through(target: Path, data: bytes, kind: str) -> None:
    """Write into an existing pipe or character device without replacing it."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO and kind == "pipe":
            raise ExportTargetError(f"nothing is reading from the pipe {target}",
                                    errno.ENXIO) from exc
        raise
    try:
        opened = os.fstat(fd).st_mode
        if not (stat.S_ISFIFO(opened) or stat.S_ISCHR(opened)):  # swapped since we looked
            raise ExportTargetError(f"{target} changed while it was being opened")
        with contextlib.suppress(OSError, AttributeError):
            os.set_blocking(fd, True)  # wait for a slow reader rather than fail half way
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            if written <= 0:
                raise ExportTargetError(f"{target} took no data", errno.EIO)
            view = view[written:]
    finally:
        os.close(fd)

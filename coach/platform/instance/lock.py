"""The per-user lock that says which Calf Coach process is the running app.

Why a lock file and not only the socket: the lock is taken before the
``QApplication`` exists and long before the app listens, so a second launch
can tell at once that another copy is there (and wait for it to start
listening) instead of becoming a second app. It is a ``QLockFile``
``<runtime folder>/<name>.lock``; one left by a crash (its owner's PID is dead
on this host, or it is empty and old) is removed and taken.

When the lock cannot be made at all (an unwritable folder), the app still
starts, without the single-instance check: refusing to start would be worse.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

log = logging.getLogger(__name__)

UNREADABLE_LOCK_AGE_S = 10.0
"""A lock file without a readable PID is only a crash leftover once it is this old."""


def pid_is_dead(pid: int) -> bool:
    """True only when we are sure no process ``pid`` exists (POSIX)."""
    if pid <= 0 or sys.platform == "win32":
        # os.kill(pid, 0) would send Ctrl+C on Windows; Qt's own tryLock
        # already detects dead owners there.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # e.g. PermissionError: it exists, owned by someone else
        return False
    return False


class InstanceLock:
    """``<folder>/<name>.lock``: held by the running app, and only by it."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder
        self.path = folder / f"{name}.lock"
        self._lock: QLockFile | None = None
        self._locked = False

    @property
    def is_locked(self) -> bool:
        """True once ``lock()`` succeeded (or was given up as impossible)."""
        return self._locked

    def owner_pid(self) -> int | None:
        """PID written in the lock file (the running instance), if readable."""
        probe = QLockFile(str(self.path))
        pid = probe.getLockInfo()[0]
        return pid if pid > 0 else None

    def lock(self) -> bool:
        """Become the running instance; False if another live one already is.

        Works without a QApplication, so a second launch can find out cheaply.
        """
        if self._locked:
            return True
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot create %s (%s); running without the single-instance check",
                        self.folder, exc)
            self._locked = True
            return True
        lock = QLockFile(str(self.path))
        lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        if not lock.tryLock(0):
            if lock.error() != QLockFile.LockError.LockFailedError:
                # Unwritable folder and the like: refusing to start would be worse.
                log.warning("cannot create the lock file %s (%s); running without the"
                            " single-instance check", self.path, lock.error().name)
                self._locked = True
                return True
            if not (self._is_stale(lock) and lock.removeStaleLockFile() and lock.tryLock(0)):
                return False
            log.info("removed a stale lock left by a crashed instance: %s", self.path)
        self._lock = lock
        self._locked = True
        return True

    def unlock(self) -> None:
        """Let the next launch become the app."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._locked = False

    def _is_stale(self, lock: QLockFile) -> bool:
        """A lock whose owner is gone: a dead PID on this host, or unreadable and old."""
        pid, host, _app = lock.getLockInfo()
        if pid > 0:
            return (not host or host == QSysInfo.machineHostName()) and pid_is_dead(pid)
        # Empty or garbled (a crash while writing it). Young ones may be in the
        # middle of being written by a starting instance, so leave those alone.
        # removeStaleLockFile() still refuses if a live process holds the file.
        try:
            age = time.time() - self.path.stat().st_mtime
        except OSError:
            return False
        return age > UNREADABLE_LOCK_AGE_S

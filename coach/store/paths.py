"""Where the app keeps the user's files, per platform conventions (platformdirs).

Every function computes its path at call time, so tests (and users) can move
the folders with XDG_* variables after import. Nothing here creates a folder,
except the private temporary runtime folder, whose safety depends on being
created with mode 0700 by us.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path
from types import ModuleType

APP_NAME = "calf-coach"
_XDG_PLATFORM = not (sys.platform.startswith("win") or sys.platform == "darwin")


def _platformdirs() -> ModuleType:
    """platformdirs, imported on first use: ``coach --cramp`` needs only ``runtime_dir``."""
    import platformdirs

    return platformdirs


def config_dir() -> Path:
    """Folder for the settings file."""
    return Path(_platformdirs().user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Folder for the history database and user routines."""
    return Path(_platformdirs().user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Folder for the log file (on Linux ~/.local/state/calf-coach/log)."""
    return Path(_platformdirs().user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Folder for files the app can always rebuild (on Linux ~/.cache/calf-coach)."""
    return Path(_platformdirs().user_cache_dir(APP_NAME, appauthor=False))


def user_routines_dir() -> Path:
    """Folder where users may drop their own routine files."""
    return data_dir() / "routines"


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / "settings.yaml"


def history_path() -> Path:
    """The SQLite diary."""
    return data_dir() / "history.sqlite3"


def runtime_dir() -> Path:
    """Folder for the single-instance lock and socket.

    On XDG systems this is $XDG_RUNTIME_DIR/calf-coach. Without a usable
    XDG_RUNTIME_DIR (some ssh or container sessions) it falls back to a private
    per-user folder in the temporary folder, so two users never share a lock.
    """
    if not _XDG_PLATFORM:
        return Path(_platformdirs().user_runtime_dir(APP_NAME, appauthor=False))
    xdg = os.environ.get("XDG_RUNTIME_DIR", "")
    if xdg and os.path.isabs(xdg) and os.path.isdir(xdg) and os.access(xdg, os.W_OK | os.X_OK):
        return Path(xdg) / APP_NAME
    return _private_temp_dir()


def _user_tag() -> str:
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return str(getuid())
    import getpass

    return getpass.getuser()


def _private_temp_dir() -> Path:
    """A 0700 folder under the temporary folder that belongs to this user.

    The temporary folder is shared, so another user could have made a folder of
    that name first; then it is not used, and a folder in the user's own cache
    folder takes its place (still private, only a longer socket path).
    """
    candidate = Path(tempfile.gettempdir()) / f"{APP_NAME}-{_user_tag()}"
    try:
        candidate.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError:
        return _cache_runtime_dir()
    try:
        info = os.lstat(candidate)
    except OSError:
        return _cache_runtime_dir()
    if not stat.S_ISDIR(info.st_mode):
        return _cache_runtime_dir()
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        if info.st_uid != getuid():
            return _cache_runtime_dir()
        if stat.S_IMODE(info.st_mode) != 0o700:
            try:
                os.chmod(candidate, 0o700)
            except OSError:
                return _cache_runtime_dir()
    return candidate


def _cache_runtime_dir() -> Path:
    return Path(_platformdirs().user_cache_dir(APP_NAME, appauthor=False)) / "runtime"

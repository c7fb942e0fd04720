"""Where the running app listens: the per-user name, the socket address, the folder.

Both sides must agree on these, and the pre-Qt client (``fast_client``) needs
them before it knows whether Qt is needed at all, so this module imports no Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SOCKET_PATH_MAX = 100
"""Unix socket paths are capped at 108 bytes (Linux) or 104 (macOS); stay below both."""


def server_name() -> str:
    """Per-user name for the lock and the socket: ``calf-coach-<uid>``."""
    if hasattr(os, "getuid"):
        return f"calf-coach-{os.getuid()}"
    import hashlib  # only here (Windows): it loads OpenSSL, 3 MB, at every start

    user = os.environ.get("USERNAME") or os.environ.get("USER") or "user"
    return f"calf-coach-{hashlib.sha256(user.encode('utf-8')).hexdigest()[:12]}"


def server_address(name: str, folder: Path) -> str:
    """The socket address both sides use (on Windows a ``QLocalServer`` name).

    On Unix a full path in the private runtime folder (Qt would put a plain
    name in the shared ``/tmp``); the plain name only if that path is too long
    for a socket. On Windows a named pipe, per user by its name.
    """
    if sys.platform == "win32":
        return name
    path = str(folder / f"{name}.sock")
    return path if len(os.fsencode(path)) <= SOCKET_PATH_MAX else name


def default_folder() -> Path:
    """Where the lock and socket live: the app's runtime folder."""
    from coach.store.paths import runtime_dir

    return Path(runtime_dir())

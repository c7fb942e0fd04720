"""Logging set-up: a file in the user log folder, rotated at start, warnings on stderr.

Degraded features (no audio, no D-Bus, no tray) log one line each, so a user
who reports a problem can send the file instead of a screenshot of an error.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

LOG_NAME = "calf-coach.log"
MAX_BYTES = 512_000
BACKUPS = 2


def _rotate(path: Path) -> None:
    """Keep the log small: past ``MAX_BYTES`` it becomes ``.1`` (``.1`` becomes ``.2``).

    Why at start rather than while running (``RotatingFileHandler``): that
    handler's module imports ``pickle``, ``queue`` and ``struct`` for its
    network cousins, before the first frame, and the app writes a few lines
    a day. A log that passes the limit during a long run is rotated at the
    next start.
    """
    try:
        if path.stat().st_size < MAX_BYTES:
            return
    except OSError:
        return
    for index in range(BACKUPS, 0, -1):
        older = path.with_name(f"{path.name}.{index - 1}") if index > 1 else path
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{index}"))


def setup_logging(log_dir: Path | None, verbose: bool = False) -> Path | None:
    """Configure the root logger; return the log file path (None if not writable)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("coach: %(levelname)s: %(message)s"))
    root.addHandler(console)
    if log_dir is None:
        return None
    path = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path

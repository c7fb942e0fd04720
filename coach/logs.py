"""Logging set-up: a rotating file in the user log folder, warnings on stderr.

Degraded features (no audio, no D-Bus, no tray) log one line each, so a user
who reports a problem can send the file instead of a screenshot of an error.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

LOG_NAME = "calf-coach.log"


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
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=512_000, backupCount=2,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path

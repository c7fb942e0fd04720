"""The main window's size, position and maximised state, kept between runs.

A file of its own (not the settings, which the user may read or copy, and not
QSettings, which would write a second configuration file in another format):
``window-state.json`` next to the settings, written atomically. It holds the
window's *normal* geometry (its inside, as ``setGeometry`` takes it, also while
maximised) and whether it was maximised. Qt's ``saveGeometry`` blob was tried
and restores a title bar's height lower on some platforms, so the rectangle is
kept as plain numbers; the window checks it still lies on a screen. A missing
or damaged file just means the default size.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from coach.store import paths
from coach.store.atomic import write_atomic

log = logging.getLogger(__name__)

FILE_NAME = "window-state.json"


def state_path() -> Path:
    return paths.config_dir() / FILE_NAME


@dataclass(frozen=True)
class WindowState:
    """The normal geometry (x, y, width, height) and whether the window was maximised."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False


def load(path: Path | None = None) -> WindowState | None:
    """The saved state, or None (never saved, or unreadable: logged, not raised)."""
    path = path or state_path()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        numbers = [document[k] for k in ("x", "y", "width", "height")]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            raise ValueError("x, y, width and height must be whole numbers")
        if numbers[2] <= 0 or numbers[3] <= 0:
            raise ValueError("width and height must be positive")
        x, y, width, height = numbers
        return WindowState(x, y, width, height, maximized=bool(document.get("maximized", False)))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("%s: window state not usable (%s); using the default size", path, exc)
        return None


def save(state: WindowState, path: Path | None = None) -> None:
    """Write ``state`` atomically; a failure is logged (the window size is not worth a box)."""
    path = path or state_path()
    document = {"x": state.x, "y": state.y, "width": state.width, "height": state.height,
                "maximized": state.maximized}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(document, indent=1) + "\n")
    except OSError as exc:
        log.warning("%s: window state not saved (%s)", path, exc)

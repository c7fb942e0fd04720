"""Start Calf Coach on login: an XDG autostart entry, a Windows Run value, a macOS LaunchAgent.

The settings screen shows ``is_enabled()``, which reads the system, not our
settings file: the user can switch the entry off in their desktop's startup
settings (GNOME writes ``X-GNOME-Autostart-enabled=false``, KDE ``Hidden=true``,
Windows Task Manager a flag under ``StartupApproved``), and a tick that says
"on" while nothing starts would be a lie. No Qt here: every backend takes its
folder or registry as an argument, so each is tested on any system.

Each entry runs the absolute command of this installation with
``--background`` (``launch``). An entry whose program no longer exists (a
deleted virtual environment) counts as off, so ticking the box again repairs it.

This module is the face: ``Autostart`` and the ``Backend`` it drives. One
backend per system, each in its own module (``autostart_xdg``,
``autostart_windows``, ``autostart_macos``), chosen in one place,
``default_backend``, which imports only the one it picks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol

from coach.i18n import Tr


class AutostartText(Tr):
    """Translation context for where the start-on-login entry lives (the settings screen)."""


def home_short(path: Path) -> str:
    """``~/...`` for paths in the home folder: shorter on a settings screen."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


class Backend(Protocol):
    """One system's way to start a program at login."""

    supported: bool

    def is_enabled(self) -> bool: ...
    def enable(self) -> None: ...
    def disable(self) -> None: ...
    def describe(self) -> str: ...


class Autostart:
    """Start on login for this system; the backend is picked by ``sys.platform``.

    ``enable`` and ``disable`` raise OSError when the system refuses;
    ``is_enabled`` never raises (an unreadable entry is "off").
    """

    def __init__(self, backend: Backend | None = None) -> None:
        self.backend = backend if backend is not None else default_backend()

    @property
    def supported(self) -> bool:
        return self.backend.supported

    def is_enabled(self) -> bool:
        return self.backend.is_enabled()

    def enable(self) -> None:
        self.backend.enable()

    def disable(self) -> None:
        self.backend.disable()

    def describe(self) -> str:
        """Where the entry lives, in words for the settings screen."""
        return self.backend.describe()


def default_backend(platform: str | None = None) -> Backend:
    """The backend for ``platform`` (default: this system): the one place it is chosen."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("win"):
        from coach.platform.autostart_windows import WindowsAutostart

        return WindowsAutostart()
    if platform == "darwin":
        from coach.platform.autostart_macos import MacAutostart

        return MacAutostart()
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")):
        from coach.platform.autostart_xdg import XdgAutostart

        return XdgAutostart()
    return Unsupported()


class Unsupported:
    """A system we know no login mechanism for."""

    supported = False

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        raise OSError("starting on login is not available on this system")

    def disable(self) -> None:
        pass

    def describe(self) -> str:
        return AutostartText.tr("Starting on login is not available on this system.")

"""Start on login on Linux and the BSDs: an XDG autostart entry.

``$XDG_CONFIG_HOME/autostart/calf-coach.desktop`` (freedesktop autostart
spec), written in the desktop-entry format of ``desktop_file``. Desktops
switch an entry off in their own ways (GNOME writes
``X-GNOME-Autostart-enabled=false``, KDE ``Hidden=true``), and ``is_enabled``
honours both. No Qt: the folders are arguments, so this is tested anywhere.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from coach import APP_ID, APP_NAME
from coach.platform.autostart import AutostartText, home_short
from coach.platform.desktop_file import escape_string, quote_exec, read_desktop_entry, split_exec
from coach.platform.launch import BACKGROUND_FLAG, launch_command, program_exists, runs_us
from coach.store.atomic import write_atomic

log = logging.getLogger(__name__)

DESKTOP_FILE = f"{APP_ID}.desktop"
#: Seconds GNOME waits after login: the tray and the notification service come up first.
AUTOSTART_DELAY_S = 10


def _xdg_config_home() -> Path:
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    if configured and os.path.isabs(configured):
        return Path(configured)
    return Path.home() / ".config"


def _xdg_config_dirs() -> list[Path]:
    configured = os.environ.get("XDG_CONFIG_DIRS", "") or "/etc/xdg"
    return [Path(p) / "autostart" for p in configured.split(":") if os.path.isabs(p)]


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/calf-coach.desktop`` (freedesktop autostart spec).

    A system-wide entry (``/etc/xdg/autostart``, e.g. from a distribution
    package) also starts us; the user's file of the same name overrides it, so
    ``disable`` then writes a ``Hidden=true`` entry instead of deleting.
    """

    supported = True

    def __init__(self, folder: Path | None = None, system_folders: Sequence[Path] | None = None,
                 command: Sequence[str] | None = None, icon: Path | str | None = None) -> None:
        self.folder = Path(folder) if folder is not None else _xdg_config_home() / "autostart"
        self.system_folders = ([Path(p) for p in system_folders] if system_folders is not None
                               else _xdg_config_dirs())
        self._command = list(command) if command is not None else None
        self._icon = icon

    @property
    def path(self) -> Path:
        return self.folder / DESKTOP_FILE

    def command(self) -> list[str]:
        return (self._command if self._command is not None else launch_command()) + [
            BACKGROUND_FLAG]

    def icon(self) -> str:
        """The absolute icon path, or the theme name when the SVG is not installed."""
        if self._icon is not None:
            return str(self._icon)
        with contextlib.suppress(ValueError, OSError):
            from coach.content.resources import asset_path

            icon = asset_path("icons", "calf-coach.svg")
            if icon.is_file():
                return str(icon)
        return APP_ID

    def content(self) -> str:
        """The desktop entry ``enable`` writes.

        No ``NoDisplay``: autostart entries are not menu items anyway, and
        desktops' startup settings hide NoDisplay entries, which would take
        away the user's own switch for it.
        """
        return "\n".join([
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Evening stretch reminders against night-time calf cramps",
            f"Exec={quote_exec(self.command())}",
            f"Icon={escape_string(self.icon())}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            f"X-GNOME-Autostart-Delay={AUTOSTART_DELAY_S}",
            "",
        ])

    def _entry(self, path: Path) -> dict[str, str] | None:
        try:
            return read_desktop_entry(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return None

    @staticmethod
    def _starts_us(entry: dict[str, str] | None) -> bool:
        """A valid, switched-on entry whose command is Calf Coach and still exists."""
        if entry is None or entry.get("Type", "Application") != "Application":
            return False
        if entry.get("Hidden", "false").lower() == "true":
            return False
        if entry.get("X-GNOME-Autostart-enabled", "true").lower() == "false":
            return False
        argv = split_exec(entry.get("Exec", ""))
        return runs_us(argv) and program_exists(argv)

    def _system_entry(self) -> dict[str, str] | None:
        for folder in self.system_folders:
            candidate = folder / DESKTOP_FILE
            if candidate.is_file():
                return self._entry(candidate)
        return None

    def is_enabled(self) -> bool:
        if self.path.exists():
            return self._starts_us(self._entry(self.path))
        return self._starts_us(self._system_entry())

    def enable(self) -> None:
        """Write our entry (over anything by that name: the name is our app id)."""
        write_atomic(self.path, self.content())

    def disable(self) -> None:
        if self._starts_us(self._system_entry()):
            write_atomic(self.path, "\n".join([
                "[Desktop Entry]", "Type=Application", f"Name={APP_NAME}",
                f"Exec={quote_exec(self.command())}", "Hidden=true", ""]))
            return
        entry = self._entry(self.path) if self.path.exists() else None
        if entry is not None and not runs_us(split_exec(entry.get("Exec", ""))):
            log.warning("%s does not start %s; left alone", self.path, APP_NAME)
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def describe(self) -> str:
        return AutostartText.tr("Autostart entry {path}").format(path=home_short(self.path))

"""``coach install-desktop``: put Calf Coach in the desktop's application menu.

A ``pip install`` puts a ``coach`` script somewhere (often a virtual
environment) but tells no desktop about it. This copies the shipped desktop
entry, icon and AppStream metainfo into the user's XDG data folder, with the
entry's ``Exec`` lines rewritten to the absolute command of this installation
(the same one start-on-login uses), so the menu item and its "Cramp now"
action work whatever ``PATH`` the session has. ``TryExec`` names the program
too: if the environment is deleted, the menu hides the item instead of
offering one that fails.

One id names everything the desktop matches up: the entry's file name, the
icon, the AppStream id and Qt's desktop file name (the Wayland app id).
No Qt here, so the command works on a machine without a display.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coach import DESKTOP_ID  # the id lives with APP_ID
from coach.content.resources import asset_path
from coach.platform.desktop_file import escape_string, quote_exec, split_exec
from coach.platform.launch import launch_command
from coach.store.atomic import write_atomic

#: Reverse-DNS id, all lowercase (AppStream's validator asks for lowercase).
DESKTOP_FILE = f"{DESKTOP_ID}.desktop"
METAINFO_FILE = f"{DESKTOP_ID}.metainfo.xml"
#: The shipped icon; installed under the id so ``Icon=`` finds it in the theme.
ICON_ASSET = ("icons", "calf-coach.svg")
#: The program name the shipped entry runs; replaced by the absolute command.
SHIPPED_PROGRAM = "coach"
#: Cache refreshers are a courtesy; a hung one must not hang the install.
REFRESH_TIMEOUT_S = 30
#: Readable by everyone like any menu entry (``write_atomic`` creates files 0600).
FILE_MODE = 0o644

Runner = Callable[[Sequence[str]], object]


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when unset or relative (as the spec says)."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and os.path.isabs(configured):
        return Path(configured)
    return Path.home() / ".local" / "share"


@dataclass(frozen=True)
class Targets:
    """Where each file goes under one XDG data folder."""

    root: Path

    @property
    def applications(self) -> Path:
        return self.root / "applications"

    @property
    def hicolor(self) -> Path:
        return self.root / "icons" / "hicolor"

    @property
    def desktop(self) -> Path:
        return self.applications / DESKTOP_FILE

    @property
    def icon(self) -> Path:
        return self.hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg"

    @property
    def metainfo(self) -> Path:
        return self.root / "metainfo" / METAINFO_FILE

    def all(self) -> tuple[Path, Path, Path]:
        return (self.desktop, self.icon, self.metainfo)


def data_dirs() -> list[Path]:
    """``$XDG_DATA_DIRS`` (absolute entries only), or the spec's default."""
    configured = os.environ.get("XDG_DATA_DIRS", "")
    dirs = [Path(d) for d in configured.split(":") if d and os.path.isabs(d)]
    return dirs or [Path("/usr/local/share"), Path("/usr/share")]


def menu_entry_installed() -> bool:
    """Whether the app menu has our entry: ``coach install-desktop``'s (in the user's data
    folder) or a package's (in a system data folder). Advice that says "open it from your
    app menu" is only given when this is True."""
    return any((root / "applications" / DESKTOP_FILE).is_file()
               for root in (data_home(), *data_dirs()))


def installed_entry(template: str, command: Sequence[str]) -> str:
    """The shipped entry with every ``Exec=coach ...`` running ``command ...`` instead.

    Line by line, so comments, groups and translations stay as shipped;
    ``TryExec`` goes right after the main group's ``Exec``.
    """
    lines = ["# Written by `coach install-desktop`; `--uninstall` removes it."]
    group = ""
    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            group = stripped
        if stripped.startswith("TryExec="):
            continue  # ours replaces any shipped one
        if stripped.startswith("Exec="):
            argv = split_exec(stripped[len("Exec="):])
            if argv and argv[0] == SHIPPED_PROGRAM:
                lines.append(f"Exec={quote_exec([*command, *argv[1:]])}")
                if group == "[Desktop Entry]":
                    lines.append(f"TryExec={escape_string(command[0])}")
                continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def refresh_caches(targets: Targets, run: Runner | None = None,
                   which: Callable[[str], str | None] = shutil.which) -> None:
    """Tell the menu and icon caches, where those tools exist; any failure is ignored.

    Desktops also watch these folders, so a missing tool only means a slower update.
    """
    run = run if run is not None else _run_quietly
    jobs = (("update-desktop-database", ["-q", str(targets.applications)]),
            ("gtk-update-icon-cache", ["-q", "-f", "-t", str(targets.hicolor)]))
    for tool, arguments in jobs:
        program = which(tool)
        if program is None:
            continue
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            run([program, *arguments])


def _run_quietly(argv: Sequence[str]) -> None:
    subprocess.run(list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=REFRESH_TIMEOUT_S, check=False)


def starts_from_anywhere(command: Sequence[str]) -> bool:
    """Whether ``command`` still finds Calf Coach when a menu starts it in the home folder.

    Only ``python -m coach`` can fail there: run from a source checkout that
    was never installed, ``coach`` is importable only from the checkout.
    """
    if list(command[1:3]) != ["-m", "coach"]:
        return True
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    try:
        result = subprocess.run([command[0], "-c", "import coach"], cwd=Path.home(), env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, timeout=REFRESH_TIMEOUT_S,
                                check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def install(targets: Targets, command: Sequence[str] | None = None,
            refresh: Callable[[Targets], None] = refresh_caches,
            check: Callable[[Sequence[str]], bool] = starts_from_anywhere) -> list[str]:
    """Write entry, icon and metainfo (each atomically); return what was done, in words."""
    command = list(command) if command is not None else launch_command()
    template = asset_path(DESKTOP_FILE).read_text(encoding="utf-8")
    contents = (
        (targets.desktop, installed_entry(template, command).encode("utf-8"), "menu entry"),
        (targets.icon, asset_path(*ICON_ASSET).read_bytes(), "icon"),
        (targets.metainfo, asset_path(METAINFO_FILE).read_bytes(), "AppStream metainfo"),
    )
    done = []
    for path, data, what in contents:
        write_atomic(path, data)
        with contextlib.suppress(OSError):
            path.chmod(FILE_MODE)
        done.append(f"Installed {what}: {path}")
    refresh(targets)
    done.append(f"The menu entry runs: {shlex.join(command)}")  # ready for a hot key
    done.append("Its action \"Cramp now\" runs the same with --cramp.")
    if not check(command):
        done.append("Warning: Calf Coach is not installed for this Python, so the menu entry "
                    "cannot start it. Install it first (pipx install . in its folder, see the "
                    "README), then run coach install-desktop again.")
    return done


def uninstall(targets: Targets,
              refresh: Callable[[Targets], None] = refresh_caches) -> list[str]:
    """Remove what ``install`` wrote; files already gone are reported, not an error."""
    done = []
    for path in targets.all():
        try:
            path.unlink()
        except FileNotFoundError:
            done.append(f"Not installed: {path}")
        else:
            done.append(f"Removed {path}")
    refresh(targets)
    return done


def supported(platform: str | None = None) -> bool:
    """XDG menus exist on Linux and the BSDs; Windows and macOS have their own ways."""
    platform = sys.platform if platform is None else platform
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos"))


def cmd_install_desktop(remove: bool = False) -> int:
    """The command: 0 when done, 1 when the system refused, 2 where there is no XDG menu."""
    if not supported():
        print("coach install-desktop: only for Linux and BSD desktops (freedesktop menus).",
              file=sys.stderr)
        return 2
    targets = Targets(data_home())
    try:
        lines = uninstall(targets) if remove else install(targets)
    except OSError as error:
        print(f"coach install-desktop: {error}", file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    return 0

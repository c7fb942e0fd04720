"""Start Calf Coach on login: an XDG autostart entry, a Windows Run value, a macOS LaunchAgent.

The settings screen shows ``is_enabled()``, which reads the system, not our
settings file: the user can switch the entry off in their desktop's startup
settings (GNOME writes ``X-GNOME-Autostart-enabled=false``, KDE ``Hidden=true``,
Windows Task Manager a flag under ``StartupApproved``), and a tick that says
"on" while nothing starts would be a lie. No Qt here: every backend takes its
folder or registry as an argument, so each is tested on any system.

Each entry runs the absolute command of this installation with
``--background``. An entry whose program no longer exists (a deleted virtual
environment) counts as off, so ticking the box again repairs it.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import shutil
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from coach import APP_ID, APP_NAME
from coach.i18n import Tr
from coach.store.atomic import write_atomic

log = logging.getLogger(__name__)

BACKGROUND_FLAG = "--background"
DESKTOP_FILE = f"{APP_ID}.desktop"
#: Seconds GNOME waits after login: the tray and the notification service come up first.
AUTOSTART_DELAY_S = 10
LAUNCH_AGENT_LABEL = "org.calfcoach.CalfCoach"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = APP_NAME
#: Program names that are this app (a user's own entry may say plain ``coach``).
_OUR_PROGRAMS = {"coach", "coach.exe", "coachw.exe", APP_ID}


# --- the command that starts this installation ------------------------------------------


def launch_command() -> list[str]:
    """The absolute command for this installation, without ``--background``.

    In the standalone bundle (PyInstaller sets ``sys.frozen``) that is the
    bundle's ``calf-coach`` executable. Otherwise the ``coach`` script beside
    this Python wins (it is this very environment), then ``coach`` on PATH,
    then ``python -m coach`` (``pythonw`` on Windows, so no console window
    opens at login).
    """
    if getattr(sys, "frozen", False):  # the standalone bundle: its own executable
        return [os.path.abspath(sys.executable)]
    names = ("coach.exe", "coach") if sys.platform.startswith("win") else ("coach",)
    for folder in dict.fromkeys((sysconfig.get_path("scripts"), str(Path(sys.executable).parent))):
        for name in names:
            beside = Path(folder) / name
            if beside.is_file() and os.access(beside, os.X_OK):
                return [os.path.abspath(beside)]
    found = shutil.which("coach")
    if found:
        return [os.path.abspath(found)]
    python = sys.executable
    if sys.platform.startswith("win"):
        windowless = Path(python).with_name("pythonw.exe")
        if windowless.is_file():
            python = str(windowless)
    return [os.path.abspath(python), "-m", "coach"]


def _runs_us(argv: Sequence[str]) -> bool:
    """Whether a command line starts Calf Coach: our script by name, or ``-m coach``."""
    if not argv:
        return False
    program = argv[0].replace("\\", "/").rsplit("/", 1)[-1].lower()
    if program in _OUR_PROGRAMS:
        return True
    return any(a == "-m" and b == "coach" for a, b in itertools.pairwise(argv))


def _program_exists(argv: Sequence[str]) -> bool:
    """An absolute program must exist; a bare name is looked up by the session, not us."""
    program = argv[0]
    if os.path.isabs(program) or (len(program) > 2 and program[1] == ":"):
        return os.path.exists(program)
    return True


class AutostartText(Tr):
    """Translation context for where the start-on-login entry lives (the settings screen)."""


def _home_short(path: Path) -> str:
    """``~/...`` for paths in the home folder: shorter on a settings screen."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


# --- the common face ----------------------------------------------------------------------


class Backend(Protocol):
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
    platform = sys.platform if platform is None else platform
    if platform.startswith("win"):
        return WindowsAutostart()
    if platform == "darwin":
        return MacAutostart()
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")):
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


# --- Linux and the BSDs: XDG autostart ---------------------------------------------------

#: Characters that force quoting of an Exec argument (Desktop Entry spec, "Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
#: Characters escaped with a backslash inside a quoted Exec argument.
_EXEC_QUOTED_ESCAPES = frozenset('"`$\\')


def quote_exec(argv: Sequence[str]) -> str:
    """An Exec value (as written in the file) that runs exactly ``argv``.

    Quoting rule first (double quotes; backslash before " ` $ \\), then the
    string escapes of the file format (``\\`` -> ``\\\\``, newline -> ``\\n``);
    ``%`` is doubled because it starts field codes.
    """
    parts = []
    for arg in argv:
        if arg and not any(ch in _EXEC_RESERVED for ch in arg):
            quoted = arg
        else:
            quoted = '"' + "".join("\\" + ch if ch in _EXEC_QUOTED_ESCAPES else ch
                                   for ch in arg) + '"'
        parts.append(quoted.replace("%", "%%"))
    return _escape_string(" ".join(parts))


def split_exec(value: str) -> list[str]:
    """The argument list of an Exec value as read from the file (the reverse of quote_exec).

    Field codes (``%f``, ``%U``, ...) are dropped; ``%%`` is a percent sign.
    """
    text = _unescape_string(value)
    args: list[str] = []
    current: list[str] = []
    started = False
    quoted = False
    chars = iter(text)
    for ch in chars:
        if quoted:
            if ch == "\\":
                current.append(next(chars, ""))
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)
        elif ch == '"':
            quoted = started = True
        elif ch in " \t\n":
            if started:
                args.append("".join(current))
                current, started = [], False
        else:
            current.append(ch)
            started = True
    if started:
        args.append("".join(current))
    return [_unescape_percent(arg) for arg in args if not _is_field_code(arg)]


def _is_field_code(arg: str) -> bool:
    return len(arg) == 2 and arg[0] == "%" and arg[1] != "%"


def _unescape_percent(arg: str) -> str:
    return arg.replace("%%", "%")


def _escape_string(text: str) -> str:
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def _unescape_string(text: str) -> str:
    out: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        nxt = next(chars, "")
        out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(nxt, "\\" + nxt))
    return "".join(out)


def read_desktop_entry(text: str) -> dict[str, str]:
    """The ``[Desktop Entry]`` group's keys and raw values (a repeated key: the last, as GLib)."""
    entry: dict[str, str] = {}
    in_group = False
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            in_group = line == "[Desktop Entry]"
            continue
        if in_group and "=" in line:
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


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
            f"Icon={_escape_string(self.icon())}",
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
        return _runs_us(argv) and _program_exists(argv)

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
        if entry is not None and not _runs_us(split_exec(entry.get("Exec", ""))):
            log.warning("%s does not start %s; left alone", self.path, APP_NAME)
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def describe(self) -> str:
        return AutostartText.tr("Autostart entry {path}").format(path=_home_short(self.path))


# --- Windows: the Run key ---------------------------------------------------------------


class Registry(Protocol):
    """The few HKEY_CURRENT_USER operations the Run key needs (a fake in tests)."""

    def get(self, key: str, name: str) -> Any | None:
        """The value's data, or None when the key or value is missing."""

    def set_string(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> None:
        """Remove a value; a missing key or value is fine."""


class WinRegistry:
    """``winreg`` on HKEY_CURRENT_USER; imported lazily, so this module loads everywhere."""

    def get(self, key: str, name: str) -> Any | None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                return winreg.QueryValueEx(handle, name)[0]
        except OSError:
            return None

    def set_string(self, key: str, name: str, value: str) -> None:
        import winreg  # type: ignore[import-not-found]

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0,
                                winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0,
                                winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


def windows_command_line(argv: Sequence[str]) -> str:
    """The program always in double quotes (a path with spaces), the rest as Windows quotes."""
    import subprocess  # Windows only; not imported at every start

    return f'"{argv[0]}"' + "".join(" " + subprocess.list2cmdline([arg]) for arg in argv[1:])


def split_windows_command(line: str) -> list[str]:
    """Enough of the Windows rules to find the program and the ``-m coach`` pair."""
    line = line.strip()
    if line.startswith('"'):
        end = line.find('"', 1)
        program, rest = (line[1:], "") if end < 0 else (line[1:end], line[end + 1:])
    else:
        program, _, rest = line.partition(" ")
    return [program] + [arg.strip('"') for arg in rest.split()]


class WindowsAutostart:
    """HKCU ``...\\CurrentVersion\\Run`` value "Calf Coach".

    Task Manager's Startup tab does not delete the Run value when the user
    disables an app: it writes binary data under ``Explorer\\StartupApproved\\Run``
    whose first byte is even (02, 06) for on and odd (03, 07) for off.
    """

    supported = True

    def __init__(self, registry: Registry | None = None,
                 command: Sequence[str] | None = None) -> None:
        self.registry: Registry = registry if registry is not None else WinRegistry()
        self._command = list(command) if command is not None else None

    def command(self) -> list[str]:
        return (self._command if self._command is not None else launch_command()) + [
            BACKGROUND_FLAG]

    def _approved(self) -> bool:
        flag = self.registry.get(APPROVED_KEY, RUN_VALUE)
        if isinstance(flag, bytes | bytearray) and flag:
            return flag[0] % 2 == 0
        return True  # no entry: Windows has not been told otherwise

    def is_enabled(self) -> bool:
        value = self.registry.get(RUN_KEY, RUN_VALUE)
        if not isinstance(value, str) or not value.strip():
            return False
        argv = split_windows_command(value)
        return _runs_us(argv) and _program_exists(argv) and self._approved()

    def enable(self) -> None:
        """Write the Run value; a "disabled" mark from Task Manager is cleared (the user asked)."""
        self.registry.set_string(RUN_KEY, RUN_VALUE, windows_command_line(self.command()))
        if not self._approved():
            self.registry.delete(APPROVED_KEY, RUN_VALUE)

    def disable(self) -> None:
        self.registry.delete(RUN_KEY, RUN_VALUE)
        self.registry.delete(APPROVED_KEY, RUN_VALUE)

    def describe(self) -> str:
        return AutostartText.tr('Registry value "{value}" in {key}').format(
            value=RUN_VALUE, key=f"HKEY_CURRENT_USER\\{RUN_KEY}")


# --- macOS: a LaunchAgent ---------------------------------------------------------------


class MacAutostart:
    """``~/Library/LaunchAgents/org.calfcoach.CalfCoach.plist``, loaded by launchd at login.

    Nothing is loaded now (that would start a second copy); the agent takes
    effect at the next login. A "Disabled" key set by a tool counts as off.
    """

    supported = True

    def __init__(self, folder: Path | None = None,
                 command: Sequence[str] | None = None) -> None:
        self.folder = (Path(folder) if folder is not None
                       else Path.home() / "Library" / "LaunchAgents")
        self._command = list(command) if command is not None else None

    @property
    def path(self) -> Path:
        return self.folder / f"{LAUNCH_AGENT_LABEL}.plist"

    def command(self) -> list[str]:
        return (self._command if self._command is not None else launch_command()) + [
            BACKGROUND_FLAG]

    def content(self) -> bytes:
        import plistlib  # macOS only; not imported at every start

        return plistlib.dumps({
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": self.command(),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        })

    def _agent(self) -> dict[str, Any] | None:
        import plistlib

        try:
            data = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def is_enabled(self) -> bool:
        agent = self._agent()
        if agent is None or agent.get("Disabled") is True or agent.get("RunAtLoad") is not True:
            return False
        argv = agent.get("ProgramArguments")
        if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
            return False
        return _runs_us(argv) and _program_exists(argv)

    def enable(self) -> None:
        write_atomic(self.path, self.content())

    def disable(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def describe(self) -> str:
        return AutostartText.tr("Launch agent {path}").format(path=_home_short(self.path))

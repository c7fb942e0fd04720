"""Start on login on Windows: the value "Calf Coach" under the user's Run key.

Task Manager's Startup tab switches an app off without deleting the Run
value (a flag under ``StartupApproved``), and ``is_enabled`` honours it. The
registry is an argument (``Registry``), so this is tested on any system;
``winreg`` is imported only when the real registry is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from coach import APP_NAME
from coach.platform.autostart import AutostartText
from coach.platform.launch import BACKGROUND_FLAG, launch_command, program_exists, runs_us

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = APP_NAME


class Registry(Protocol):
    """The few HKEY_CURRENT_USER operations the Run key needs (a fake in tests)."""

    def get(self, key: str, name: str) -> object | None:
        """The value's data, or None when the key or value is missing."""

    def set_string(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> None:
        """Remove a value; a missing key or value is fine."""


class WinRegistry:
    """``winreg`` on HKEY_CURRENT_USER; imported lazily, so this module loads everywhere."""

    def get(self, key: str, name: str) -> object | None:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value: object = winreg.QueryValueEx(handle, name)[0]
                return value
        except OSError:
            return None

    def set_string(self, key: str, name: str, value: str) -> None:
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0,
                                winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        import winreg

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
        return runs_us(argv) and program_exists(argv) and self._approved()

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

"""Start on login on macOS: a LaunchAgent property list that launchd loads at login.

The folder is an argument, so this is tested on any system; ``plistlib`` is
imported only when it is used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from coach.platform.autostart import AutostartText, home_short
from coach.platform.launch import BACKGROUND_FLAG, launch_command, program_exists, runs_us
from coach.store.atomic import write_atomic

LAUNCH_AGENT_LABEL = "org.calfcoach.CalfCoach"


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

    def _agent(self) -> dict[str, object] | None:
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
        return runs_us(argv) and program_exists(argv)

    def enable(self) -> None:
        write_atomic(self.path, self.content())

    def disable(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def describe(self) -> str:
        return AutostartText.tr("Launch agent {path}").format(path=home_short(self.path))

"""The command that starts this installation, and whether a stored command starts it.

Shared by every start-on-login backend (XDG, Windows, macOS) and by the
application-menu entry: each writes the absolute command of this
installation, so it works whatever ``PATH`` the session has, and each reads
back an entry to see whether it is still ours and still runs.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path

from coach import APP_ID

#: What a start on login adds to the command: no window, only the tray and reminders.
BACKGROUND_FLAG = "--background"
#: Program names that are this app (a user's own entry may say plain ``coach``).
_OUR_PROGRAMS = {"coach", "coach.exe", "coachw.exe", APP_ID}


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


def runs_us(argv: Sequence[str]) -> bool:
    """Whether a command line starts Calf Coach: our script by name, or ``-m coach``."""
    if not argv:
        return False
    program = argv[0].replace("\\", "/").rsplit("/", 1)[-1].lower()
    if program in _OUR_PROGRAMS:
        return True
    return any(a == "-m" and b == "coach" for a, b in itertools.pairwise(argv))


def program_exists(argv: Sequence[str]) -> bool:
    """An absolute program must exist; a bare name is looked up by the session, not us."""
    program = argv[0]
    if os.path.isabs(program) or (len(program) > 2 and program[1] == ":"):
        return os.path.exists(program)
    return True

"""What the running app does with a second launch's request, and how it restarts itself.

Apart from the start-up sequence (``coach.ui.startup``) because these run for
the app's whole life: a hot key at night reaches ``handle_request`` through
the single-instance socket, and a new language needs ``restart``.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.platform.instance.protocol import Request
    from coach.ui.background_host import BackgroundHost
    from coach.ui.main_window import MainWindow
    from coach.ui.reminder_controller import ReminderController

log = logging.getLogger("coach")


def handle_request(window: MainWindow | BackgroundHost, request: Request,
                   controller: ReminderController | None = None) -> None:
    """Carry out a command forwarded by a second launch of ``coach``: on the window, or
    on the background host, which builds the window for it (a snooze or a quit need
    none)."""
    if request.cmd == "quit":
        window.request_quit()
        return
    if request.cmd == "cramp":
        window.open_cramp()
    elif request.cmd == "routine":
        window.open_routine(str(request.args.get("id", "")))
    elif request.cmd == "snooze":
        minutes = int(request.args.get("minutes", 10))
        if controller is None or not controller.snooze_last(minutes):
            from coach.ui.window_text import WindowText

            window.notify(WindowText.tr("There is no reminder to snooze right now."))
        return  # snoozing from a hot key should not pop the window up
    window.bring_to_front()


def relaunch_command(orig_argv: list[str] | None = None,
                     executable: str | None = None) -> list[str]:
    """The command that started this app, without its own options: the interpreter, its
    options and the program (``-m coach`` or the ``coach`` script). A restart opens the
    window; ``--background`` or ``--cramp`` are not repeated."""
    argv = list(orig_argv if orig_argv is not None
                else (getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv]))
    rest = argv[1:]
    program: list[str] = []
    index = 0
    while index < len(rest):
        part = rest[index]
        if part == "-m" and index + 1 < len(rest):
            program = rest[:index + 2]
            break
        if part in ("-X", "-W"):  # interpreter options with a value
            index += 2
            continue
        if not part.startswith("-"):
            program = rest[:index + 1]
            break
        index += 1
    return [executable or sys.executable, *program]


def restart(window: MainWindow, guard: object,
            start_detached: object = None) -> bool:
    """Start a new copy of the app and quit this one (a new language needs new widgets).

    The single-instance lock is released first: otherwise the new copy would find
    this one still running, hand it a "show" and end. If the new copy cannot be
    started, this one keeps running (the lock is taken back) and says so.
    """
    from PySide6.QtCore import QProcess

    from coach.ui.window_text import WindowText

    window.save_window_state()
    command = relaunch_command()
    guard.release()  # type: ignore[attr-defined]
    launch = start_detached or QProcess.startDetached
    result = launch(command[0], command[1:])  # type: ignore[operator]
    started = bool(result[0] if isinstance(result, tuple) else result)
    if not started:
        log.warning("could not restart with %s", command)
        guard.acquire()  # type: ignore[attr-defined]  # lock and listen again
        window.notify(WindowText.tr("Calf Coach could not restart itself. Quit it and open "
                                    "it again to see the new language."))
        return False
    log.info("restarting: %s", command)
    window.request_quit()
    return True

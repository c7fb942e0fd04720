"""Composition root: parse the command line, build the services, show the window.

Non-GUI commands return before Qt is imported, so they stay fast and work on
machines without a display. The GUI's start-up steps are in
``coach.ui.startup``; what the running app does with a second launch's request
is in ``coach.ui.app_requests``.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from coach.cli.args import parse

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from coach.platform.instance.server import InstanceGuard
    from coach.ui.background_host import BackgroundHost
    from coach.ui.main_window import MainWindow


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command == "list":
        from coach.cli.routines import cmd_list

        return cmd_list()
    if args.command == "validate":
        from coach.cli.routines import cmd_validate

        return cmd_validate(args.paths)
    if args.command == "export-ics":
        from coach.cli.export import cmd_export_ics

        return cmd_export_ics(args.file)
    if args.command == "history":
        from coach.cli.export import cmd_history_export

        return cmd_history_export(args.file)
    if args.command == "report":
        from coach.cli.report import cmd_report

        return cmd_report(args.file, args.weeks)
    if args.command == "install-desktop":
        from coach.platform.desktop_entry import cmd_install_desktop

        return cmd_install_desktop(remove=args.uninstall)
    # A second launch while the app runs: hand the request over before Qt is
    # even imported, so `coach --cramp` from a hot key brings the screen up fast.
    from coach.platform.instance.fast_client import Answer, fast_forward
    from coach.platform.instance.protocol import request_from_args

    request = request_from_args(args)
    answer = fast_forward(request) if request is not None else None
    if answer is Answer.ACCEPTED:
        return 0
    if not args.quit:  # quitting needs no window; everything else opens one
        from coach.platform.desktop_session import missing_desktop

        problem = missing_desktop()
        if problem:  # before Qt, whose xcb plugin would abort with a misleading message
            print(problem, file=sys.stderr)
            return 1
    # SILENT: a copy took the request and said nothing; it is frozen, so
    # waiting again would only delay the cramp screen this launch opens itself.
    return run_gui(args, peer_silent=answer is Answer.SILENT)


def run_gui(args: argparse.Namespace, *, peer_silent: bool = False) -> int:
    """Start the GUI, or hand the request to the copy that is already running.

    If that copy does not answer (frozen), ``coach.ui.unanswered`` shows the
    cramp screen on its own, or says so in a small dialog.
    """
    from coach.runtime.logs import setup_logging
    from coach.store.paths import log_dir

    log_path = setup_logging(log_dir(), verbose=args.verbose)

    from coach.runtime.pyside_feature_scan import skip_feature_scan

    skip_feature_scan()  # before any other Qt import: saves ~35 ms of start-up
    from coach.platform.instance.startup import Unanswered, start_or_forward

    # Forwards to a running copy, or takes the lock, or finds a copy that does not answer.
    outcome = start_or_forward(args, known_silent=peer_silent)
    if isinstance(outcome, int):
        return outcome
    if isinstance(outcome, Unanswered):
        from coach.ui.unanswered import run_unanswered

        return run_unanswered(args, outcome, log_path)
    guard = outcome

    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()  # one made earlier in this process (tests)
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from coach.ui.error_report import install_error_handler

    reporter = install_error_handler(app, log_path)
    from coach.ui import startup
    from coach.ui.app_requests import handle_request

    try:
        if args.background and not args.cramp:  # at login: no window until it is needed
            from coach.ui.background_host import start_in_background

            host, reminders = start_in_background(args, app)
            host.quitRequested.connect(app.quit)
            host.windowBuilt.connect(lambda window: _wire_window(window, app, guard))
            front: MainWindow | BackgroundHost = host
        else:
            window = startup.build_window(args, app)
            if os.environ.get("CALF_COACH_BENCH_READY"):  # benchmarks only: note first paints
                from coach.runtime.bench_ready import install

                install(window)
            reminders = startup.start_up(window, args)
            _wire_window(window, app, guard)
            front = window
        guard.requestReceived.connect(lambda request: handle_request(
            front, request, reminders[0] if reminders else None))
        # Only now: a copy that takes a request answers it at once, so silence means
        # frozen. Launches while the window is built find nobody listening and retry.
        guard.listen()
    except Exception as exc:  # before the event loop: nothing else would tell the user
        from coach.ui.error_report import report_startup_failure

        report_startup_failure(reporter, exc)
        guard.release()
        return 1
    code = app.exec()
    front.save_window_state()
    if front.services.history is not None:
        front.services.history.close()
    guard.release()
    return code


def _wire_window(window: MainWindow, app: QApplication, guard: InstanceGuard) -> None:
    """Quit and restart from the window (menu, Ctrl+Q, a new language)."""
    from coach.ui.app_requests import restart

    window.quitRequested.connect(app.quit)
    window.restartRequested.connect(lambda: restart(window, guard))

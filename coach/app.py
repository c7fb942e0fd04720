"""Composition root: parse the command line, build the services, show the window.

Non-GUI commands return before Qt is imported, so they stay fast and work on
machines without a display.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from coach.cli_args import parse

log = logging.getLogger("coach")


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command == "list":
        from coach.content.cli import cmd_list

        return cmd_list()
    if args.command == "validate":
        from coach.content.cli import cmd_validate

        return cmd_validate(args.paths)
    return run_gui(args)


def _install_excepthook(log_path: Path | None) -> None:
    """Log unexpected exceptions and show a short message, never a traceback."""

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                where = f"\n\nDetails were written to {log_path}." if log_path else ""
                QMessageBox.warning(None, "Calf Coach",
                                    f"Something went wrong: {value}.{where}\n"
                                    "The app keeps running.")
        except Exception:  # the hook itself must never raise
            pass

    sys.excepthook = hook


def run_gui(args) -> int:
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from coach import APP_ID, APP_NAME, __version__
    from coach.content.loader import load_library
    from coach.cues import CuePlayer
    from coach.engine.clock import SystemClock
    from coach.logs import setup_logging
    from coach.platform.screen_awake import ScreenAwake
    from coach.resources import asset_path
    from coach.store.history import History
    from coach.store.paths import log_dir, user_routines_dir
    from coach.store.settings import Settings
    from coach.ui.main_window import MainWindow, Services
    from coach.ui.theme import apply_theme

    log_path = setup_logging(log_dir(), verbose=args.verbose)
    _install_excepthook(log_path)

    QGuiApplication.setApplicationName(APP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = asset_path("icons", "calf-coach.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    settings = Settings.load()
    apply_theme(app, str(settings.get("theme")), float(settings.get("text_scale")))
    notices = [n for n in (settings.notice,) if n]
    for warning in settings.warnings:
        log.warning("settings: %s", warning)

    history = History()
    if getattr(history, "notice", None):
        notices.append(history.notice)

    library = load_library(user_dir=user_routines_dir())
    for error in library.errors:
        log.warning("content: %s", error)

    services = Services(library=library, clock=SystemClock(), settings=settings,
                        history=history, cues=CuePlayer(), screen_awake=ScreenAwake())
    window = MainWindow(services)
    window.show_notices(notices)
    if args.routine and not window.open_routine(args.routine):
        log.warning("unknown routine %r", args.routine)
    if args.background:
        # No tray yet to live in: start minimised rather than invisible.
        window.showMinimized()
    else:
        window.show()
    code = app.exec()
    history.close()
    return code

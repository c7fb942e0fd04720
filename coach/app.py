"""Composition root: parse the command line, build the services, show the window.

Non-GUI commands return before Qt is imported, so they stay fast and work on
machines without a display.
"""

from __future__ import annotations

import argparse
import linecache
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from coach.cli.args import parse

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coach.platform.instance.protocol import Request
    from coach.ui.main_window import MainWindow
    from coach.ui.reminder_controller import ReminderController

log = logging.getLogger("coach")
#: The notification key of the one-time "running in the background" notice.
BACKGROUND_NOTICE_KEY = "background-start"

# The content cache's file name in the cache folder (coach/content/cache.py).
CONTENT_CACHE = "content-cache.json"


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

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from coach.ui.error_report import install_error_handler

    reporter = install_error_handler(app, log_path)
    try:
        window = build_window(args, app)
        if os.environ.get("CALF_COACH_BENCH_READY"):  # benchmarks only: note first paints
            from coach.runtime.bench_ready import install

            install(window)
        reminders: list[ReminderController] = []

        def start() -> None:
            reminders.append(start_reminders(window, args))

        if window.isVisible():
            # The first frame does not need the scheduler, the tray or D-Bus: they
            # start right after it. A reminder due now still shows at once.
            window.after_first_paint(start)
        else:
            start()  # hidden in the background: decides whether to show a minimised window
        window.after_first_paint(lambda: offer_menu_entry(window, args))
        window.prepare_cramp_screen()  # after the first paint: it must be ready for a hot key
        window.after_first_paint(settle)  # and then, once start-up is over
        guard.requestReceived.connect(lambda request: handle_request(
            window, request, reminders[0] if reminders else None))
        window.quitRequested.connect(app.quit)
        window.restartRequested.connect(lambda: restart(window, guard))
        # Only now: a copy that takes a request answers it at once, so silence means
        # frozen. Launches while the window is built find nobody listening and retry.
        guard.listen()
    except Exception as exc:  # before the event loop: nothing else would tell the user
        from coach.ui.error_report import report_startup_failure

        report_startup_failure(reporter, exc)
        guard.release()
        return 1
    code = app.exec()
    window.save_window_state()
    if window.services.history is not None:
        window.services.history.close()
    guard.release()
    return code


def offer_menu_entry(window: MainWindow, args: argparse.Namespace) -> QMessageBox | None:
    """The first normal start offers, once, to add Calf Coach to the application menu.

    Not over a cramp or a routine started from a reminder, nor to a hidden window.
    """
    if not window.isVisible() or args.cramp or args.routine:
        return None
    from coach.ui.menu_offer import offer_menu_entry as offer

    return offer(window, window.services.settings)


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


def settle() -> None:
    """Give back what start-up used only once: the app may now sit in the tray for days.

    Creating PySide6's Python enums and our modules leaves reference cycles
    that the collector would only reach much later: collecting once now gave
    back 0.1 to 0.8 MB in measurements. Only tracebacks need the copies of
    source files left in ``linecache``, and they read the files again.
    """
    import gc

    linecache.clearcache()
    gc.collect()


def handle_request(window: MainWindow, request: Request,
                   controller: ReminderController | None = None) -> None:
    """Carry out a command forwarded by a second launch of ``coach``."""
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


def build_window(args: argparse.Namespace, app: QApplication) -> MainWindow:
    """Load settings and content, and show the main window as asked.

    The diary is opened by ``start_reminders``, right after the first frame:
    home does not show it, and SQLite is one thing less before the window.
    """
    from PySide6.QtGui import QGuiApplication, QIcon

    from coach import APP_ID, APP_NAME, DESKTOP_ID, __version__
    from coach.content.loader import load_library
    from coach.content.resources import asset_path
    from coach.engine.clock import SystemClock
    from coach.platform.autostart import Autostart
    from coach.platform.cues import CuePlayer
    from coach.platform.screen_awake import ScreenAwake
    from coach.store.paths import cache_dir, user_routines_dir
    from coach.store.settings import Settings, remove_interrupted_writes
    from coach.ui.main_window import MainWindow, Services
    from coach.ui.theme import apply_theme

    QGuiApplication.setApplicationName(APP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)  # the .desktop file's id, for the shell
    icon = asset_path("icons", "calf-coach.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    # Under the single-instance lock: no other copy is writing these right now.
    remove_interrupted_writes(CONTENT_CACHE)
    settings = Settings.load()
    # Before any widget exists: every screen reads its words when it is built.
    from coach.i18n import install_translator, resolve_language

    language = resolve_language(str(settings.get("language")))
    install_translator(app, language)
    apply_theme(app, str(settings.get("theme")), float(settings.get("text_scale")))
    notices = [n for n in (settings.brief_notice,) if n]  # the whole list is in Settings
    for warning in settings.warnings:
        log.warning("settings: %s", warning)

    # Files unchanged since the last start are not parsed again (coach/content/cache.py).
    library = load_library(user_dir=user_routines_dir(),
                           cache_path=cache_dir() / CONTENT_CACHE)
    for error in library.errors:
        log.warning("content: %s", error)

    services = Services(library=library, clock=SystemClock(), settings=settings,
                        history=None, cues=CuePlayer(language=language),
                        screen_awake=ScreenAwake(), language=language,
                        autostart=Autostart())
    hidden = args.background and not args.cramp
    # `coach --cramp` with no copy running: the night screen is built first,
    # home right after its first frame (MainWindow._home_when_seen).
    window = MainWindow(services, home_now=not hidden and not args.cramp)
    window.restore_window_state()  # size, position, maximised: as the user left it
    window.show_notices(notices)
    if not hidden and not args.cramp:
        # Seen (the status bar is hidden under the night screen and in the
        # background): ignored entries are not repeated at the next start.
        settings.mark_told()
    if args.cramp:
        window.open_cramp()
    elif args.routine and not window.open_routine(args.routine):
        log.warning("unknown routine %r", args.routine)
    if not hidden:
        window.show()
    return window


def start_reminders(window: MainWindow, args: argparse.Namespace) -> ReminderController:
    """Diary, scheduler, delivery channels and tray, wired to the window; starts scheduling."""
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    from coach.engine.schedule import Night
    from coach.engine.scheduler import ReminderScheduler
    from coach.platform.notifications import DesktopNotifier
    from coach.platform.tray import Tray
    from coach.store import settings_schema as schema
    from coach.store.reminder_state import ReminderState
    from coach.ui.reminder_controller import ReminderController, reminders_from_settings
    from coach.ui.reminder_delivery import ReminderDelivery

    services = window.services
    if services.history is None:
        from coach.store.history import History

        services.history = History()
        if services.history.notice:
            window.show_notices([services.history.notice])
        window.attach_programme()
    from PySide6.QtCore import QTimer

    from coach.ui.checkin import CheckinController

    checkin = CheckinController(services.history, services.clock, services.settings,
                                parent=window)
    window.checkin_controller = checkin  # type: ignore[attr-defined]
    QTimer.singleShot(0, checkin.check)  # the first window of the day, if it is due
    settings = services.settings
    snooze = settings.value(schema.SNOOZE_MIN)
    tray = Tray(window.cramp_action, snooze_minutes=snooze, parent=window)
    notifier = DesktopNotifier(parent=window)
    scheduler = ReminderScheduler(
        services.clock, ReminderState(services.history),
        reminders_from_settings(settings.value(schema.REMINDERS)),
        late_window=timedelta(minutes=settings.value(schema.LATE_WINDOW_MIN)),
        night=Night.from_get(settings.get), parent=window)
    describe = lambda occurrence: controller.describe(occurrence)  # noqa: E731 (set below)
    delivery = ReminderDelivery(notifier=notifier, tray=tray if tray.available else None,
                                snooze_min=snooze, describe=describe, parent=window)
    controller = ReminderController(window, scheduler, delivery, tray, services.clock,
                                    parent=window)
    # The window may be hidden and the pop-up closed: neither may end the app.
    QApplication.instance().setQuitOnLastWindowClosed(False)
    if tray.available:
        tray.show()
        window.keep_running_when_closed(
            "tray", tell=lambda text: tray.show_message(window.windowTitle(), text))
    else:
        # No tray to live in: closing still keeps reminders running, and a
        # background start shows a minimised window rather than nothing.
        window.keep_running_when_closed("background")
        if args.background and not args.cramp:
            window.showMinimized()
            tell_background_start(window, notifier)
    controller.start_scheduling()
    return controller


def tell_background_start(window: MainWindow, notifier: object,
                          show_box: Callable[[str], None] | None = None) -> bool:
    """A start in the background without a tray: say once that the app runs and how to
    open it. Some desktops show a minimised window nowhere (no task bar), so the window
    alone may be impossible to find. A notification when a server takes it, otherwise a
    small box that does not block anything. False when it was said before."""
    settings = window.services.settings
    if settings.get("background_hint_shown"):
        return False
    from coach import APP_NAME
    from coach.ui.background_hint import background_text

    text = background_text()
    try:
        told = bool(notifier.notify(BACKGROUND_NOTICE_KEY, APP_NAME,  # type: ignore[attr-defined]
                                    text, []))
    except Exception:
        log.exception("could not tell about the background start in a notification")
        told = False
    if not told:
        (show_box or _show_notice_box)(text)
    settings.set("background_hint_shown", True)
    try:
        settings.save()
    except OSError as exc:
        log.warning("settings not saved: %s", exc)
    return True


def _show_notice_box(text: str) -> None:
    """A non-modal information box, on top, gone when read."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from coach import APP_NAME

    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    _notice_boxes.append(box)  # kept alive until closed
    box.destroyed.connect(lambda *_: _notice_boxes.clear())


_notice_boxes: list[object] = []

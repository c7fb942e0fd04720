"""The GUI start-up sequence: the window built and shown, the rest after its first frame.

``coach.app.run_gui`` takes the single-instance lock and creates the
``QApplication``; this module builds what the user sees (``build_window``)
and, once the first frame is out, what runs in the background
(``start_reminders``: diary, scheduler, tray, notifications), then gives back
what start-up used once (``settle``). Kept apart from ``coach.app`` so the
composition root stays a short, readable list of steps.
"""

from __future__ import annotations

import argparse
import linecache
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from coach.store.file_stamp import RACY_NS

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coach.platform.notifications import DesktopNotifier
    from coach.platform.tray import Tray
    from coach.store.settings import Settings
    from coach.ui.background_host import BackgroundHost
    from coach.ui.main_window import MainWindow
    from coach.ui.reminder_controller import ReminderController
    from coach.ui.reminder_window import ReminderWindow
    from coach.ui.window_services import Services

log = logging.getLogger("coach")
#: The notification key of the one-time "running in the background" notice.
BACKGROUND_NOTICE_KEY = "background-start"

# The content cache's file name in the cache folder (coach/content/cache.py).
CONTENT_CACHE = "content-cache.json"


def build_window(args: argparse.Namespace, app: QApplication) -> MainWindow:
    """Load settings and content, and show the main window as asked.

    The diary is opened by ``start_reminders``, right after the first frame:
    home does not show it, and SQLite is one thing less before the window.
    """
    services, notices = load_services(app)
    apply_saved_theme(app, services)
    return make_window(services, notices, args)


def load_services(app: QApplication) -> tuple[Services, list[str]]:
    """The app's names and icon, the settings, the translator and the content, as the
    ``Services`` every window and controller shares, and the notices to show once.

    No theme and no widget: a start in the background (``coach.ui.background_host``)
    needs none of them until a window is first shown.
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
    from coach.ui.window_services import Services

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
    settings.after_save = lambda: remember_saved_settings(settings)
    # Before any widget exists: every screen reads its words when it is built.
    from coach.i18n import install_translator, resolve_language

    language = resolve_language(str(settings.get("language")))
    install_translator(app, language)
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
    return services, notices


def apply_saved_theme(app: QApplication, services: Services) -> None:
    """The user's theme and text size, before the first widget that shows them."""
    from coach.store import settings_schema as schema
    from coach.ui.theme import apply_theme

    settings = services.settings
    apply_theme(app, str(settings.get("theme")), settings.value(schema.TEXT_SCALE))


def make_window(services: Services, notices: list[str], args: argparse.Namespace,
                ) -> MainWindow:
    """The main window, on the screen ``args`` ask for, shown unless it starts hidden."""
    from coach.ui.main_window import MainWindow

    settings = services.settings
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


def start_up(window: MainWindow, args: argparse.Namespace) -> list[ReminderController]:
    """Everything after the window's first frame, each at its moment; returns the list
    that will hold the reminder controller once it exists (for forwarded snoozes).

    A window in front (a start in the background takes ``coach.ui.background_host``
    instead): its first frame comes first, then reminders, tray and D-Bus (a reminder
    due now still shows at once, right after the frame), the one-time menu offer,
    the night screen made ready for a hot key, and ``settle``.
    """
    reminders: list[ReminderController] = []

    def offer() -> None:
        offer_menu_entry(window, args)

    window.after_first_paint(lambda: reminders.append(start_reminders(window)))
    window.after_first_paint(offer)
    window.prepare_cramp_screen()
    window.after_first_paint(settle)  # and then, once start-up is over
    return reminders


def start_reminders(window: MainWindow) -> ReminderController:
    """Diary, scheduler, delivery channels and tray, wired to the window; starts scheduling."""
    from PySide6.QtWidgets import QApplication

    controller, tray, _notifier = wire_reminders(window, window.cramp_action, window)
    # The window may be hidden and the pop-up closed: neither may end the app.
    app = QApplication.instance()
    if isinstance(app, QApplication):  # always, with a window; the stubs say Optional
        app.setQuitOnLastWindowClosed(False)
    keep_running(window, tray)  # no tray to live in: closing still keeps reminders running
    controller.start_scheduling()
    return controller


def keep_running(owner: MainWindow | BackgroundHost, tray: Tray) -> bool:
    """Closing the window leaves the reminders running: in the tray, shown now, when
    there is one (True), otherwise in the background (False: the caller shows what
    stands in for the tray)."""
    if tray.available:
        tray.show()
        owner.keep_running_when_closed(
            "tray", tell=lambda text: tray.show_message(owner.windowTitle(), text))
        return True
    owner.keep_running_when_closed("background")
    return False


def wire_reminders(owner: MainWindow | BackgroundHost, cramp_action: QAction | None,
                   parent: QObject, *,
                   popup: Callable[[int], ReminderWindow] | None = None,
                   before_checkin: Callable[[], None] | None = None,
                   ) -> tuple[ReminderController, Tray, DesktopNotifier]:
    """Open the diary and build the check-in, tray, notifier, scheduler, delivery and
    controller around ``owner`` (the window, or the background host that stands in for
    it until it is built). Nothing is shown and nothing scheduled yet.

    ``popup`` makes the reminder pop-up and ``before_checkin`` runs before the
    morning check-in shows: a background start applies the theme there first.
    """
    from datetime import timedelta

    from PySide6.QtCore import QTimer

    from coach.engine.schedule import Night
    from coach.engine.scheduler import ReminderScheduler
    from coach.platform.notifications import DesktopNotifier
    from coach.platform.tray import Tray
    from coach.store import settings_schema as schema
    from coach.store.reminder_state import ReminderState
    from coach.ui.checkin import CheckinController
    from coach.ui.reminder_controller import ReminderController, reminders_from_settings
    from coach.ui.reminder_delivery import ReminderDelivery

    services = owner.services
    if services.history is None:
        from coach.store.history import History

        services.history = History()
        if services.history.notice:
            owner.show_notices([services.history.notice])
        owner.attach_programme()
    checkin = CheckinController(services.history, services.clock, services.settings,
                                parent=parent, before_show=before_checkin)
    owner.checkin_controller = checkin  # type: ignore[union-attr]
    QTimer.singleShot(0, checkin.check)  # the first window of the day, if it is due
    settings = services.settings
    snooze = settings.value(schema.SNOOZE_MIN)
    reminders: list[schema.Reminder] = settings.value(schema.REMINDERS)
    tray = Tray(cramp_action, snooze_minutes=snooze, parent=parent)
    notifier = DesktopNotifier(parent=parent)
    scheduler = ReminderScheduler(
        services.clock, ReminderState(services.history),
        reminders_from_settings(reminders),
        late_window=timedelta(minutes=settings.value(schema.LATE_WINDOW_MIN)),
        night=Night.from_get(settings.get), parent=parent)
    controller: ReminderController  # set below; the delivery asks it for words later
    describe = lambda occurrence: controller.describe(occurrence)  # noqa: E731
    delivery = ReminderDelivery(notifier=notifier, tray=tray if tray.available else None,
                                window_factory=popup,
                                snooze_min=snooze, describe=describe, parent=parent)
    controller = ReminderController(owner, scheduler, delivery, tray, services.clock,
                                    parent=parent)
    return controller, tray, notifier


def offer_menu_entry(window: MainWindow, args: argparse.Namespace) -> QMessageBox | None:
    """The first normal start offers, once, to add Calf Coach to the application menu.

    Not over a cramp or a routine started from a reminder, nor to a window nobody opened.
    A start in the background (at login) never asks: a question box over a window the
    user did not open kept the night's first hot key from bringing it up.
    """
    if not window.isVisible() or args.background or args.cramp or args.routine:
        return None
    from coach.ui.menu_offer import offer_menu_entry as offer

    return offer(window, window.services.settings)


#: How long after a save the settings file is handed to the start-up cache: half a
#: second more than the cache waits before it trusts a file (``coach.store.file_stamp``).
REMEMBER_SETTINGS_AFTER_MS = RACY_NS // 1_000_000 + 500


def remember_saved_settings(settings: Settings) -> None:
    """Once the file just saved has settled, the next start reads it from the cache
    instead of parsing YAML (``Settings.remember_written``)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(REMEMBER_SETTINGS_AFTER_MS, settings.remember_written)


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


def tell_background_start(window: MainWindow | BackgroundHost, notifier: object,
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

"""A start in the background (at login): reminders, tray and diary, and no window yet.

Why: the app may sit in the background for days, and the main window, its
helpers, the theme and the screens are most of what it would hold (Qt classes,
PySide6's enum classes, module code: docs/benchmarks.md). ``BackgroundHost``
stands in for ``MainWindow`` towards the reminder controller, the tray and a
second launch's requests, and builds the real window the first time one of
them needs it: the tray's Open or Cramp now, a reminder's Start, a second
launch (``coach``, ``coach --cramp``), or a routine. The theme is applied
the first time anything is shown: the window, the reminder pop-up or the
morning check-in.

With no tray (some desktops), a minimised window used to stand in for the
tray icon so the app can be found in a task bar. It still does, honestly
labelled: ``StandInWindow`` is an empty minimised window with the app's name
and icon; bringing it up opens the real window on home, at once, in its
place. It holds next to nothing, like any bare window.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget

from coach import APP_NAME

if TYPE_CHECKING:
    from coach.ui.main_window import MainWindow
    from coach.ui.reminder_controller import ReminderController
    from coach.ui.reminder_window import ReminderWindow
    from coach.ui.window_services import Services

log = logging.getLogger(__name__)


class BackgroundHost(QObject):
    """What the reminders, the tray and second launches talk to while no window exists.

    ``window`` is None until it is first needed; then the host forwards to it,
    and the window's own signals come out of the host's, so whoever connected to
    the host early hears them.
    """

    sessionFinished = Signal(object)  # SessionResult, once recorded
    remindersEdited = Signal(list)  # list[schema.Reminder], as saved
    settingChanged = Signal(str)
    quitRequested = Signal()  # only while no window exists; then the window's
    windowBuilt = Signal(object)  # MainWindow

    def __init__(self, services: Services, notices: list[str],
                 make_window: Callable[[], MainWindow],
                 apply_theme: Callable[[], None]) -> None:
        super().__init__()
        self.services = services
        self.window: MainWindow | None = None
        self.checkin_controller: QObject | None = None  # set by wire_reminders
        self._notices = list(notices)
        self._make_window = make_window
        self._apply_theme = apply_theme
        self._themed = False
        self._next_texts: tuple[str, str] | None = None
        self._keep_running: tuple[str, Callable[[str], bool] | None] | None = None
        # The tray's Cramp now: the window's own action once it exists (same key).
        self.cramp_action = QAction(_cramp_words(), self)
        self.cramp_action.triggered.connect(self._cramp_from_tray)

    # ----- the window, built when first needed --------------------------------
    def ensure_theme(self) -> None:
        """Apply the user's theme once, before the first thing that is shown."""
        if not self._themed:
            self._themed = True
            self._apply_theme()

    def window_now(self) -> MainWindow:
        """The main window, built now if it was not (not shown: callers say how)."""
        if self.window is None:
            self.ensure_theme()
            window = self.window = self._make_window()
            window.sessionFinished.connect(self.sessionFinished)
            window.remindersEdited.connect(self.remindersEdited)
            window.settingChanged.connect(self.settingChanged)
            window.show_notices(self._notices)
            self._notices = []
            if self._next_texts is not None:
                window.set_next_reminder_text(*self._next_texts)
            if self._keep_running is not None:
                window.keep_running_when_closed(*self._keep_running)
            log.info("main window built on first use")
            self.windowBuilt.emit(window)
        return self.window

    def make_popup(self, snooze_minutes: int) -> ReminderWindow:
        """The reminder pop-up, themed like the window it may lead to."""
        from coach.ui.reminder_window import ReminderWindow

        self.ensure_theme()
        return ReminderWindow(snooze_minutes)

    # ----- what MainWindow offers the controller and app_requests ---------------
    def notify(self, message: str, timeout_ms: int = 15000) -> None:
        """The window's status bar when it exists; otherwise the log only (nobody
        would see a status bar that is not there)."""
        if self.window is not None:
            self.window.notify(message, timeout_ms)
        else:
            log.info("notice: %s", message)

    def show_notices(self, notices: list[str]) -> None:
        if self.window is not None:
            self.window.show_notices(notices)
        else:
            self._notices.extend(notices)

    def attach_programme(self) -> None:
        if self.window is not None:
            self.window.attach_programme()

    def set_next_reminder_text(self, long_text: str, short_text: str) -> None:
        self._next_texts = (long_text, short_text)
        if self.window is not None:
            self.window.set_next_reminder_text(long_text, short_text)

    def keep_running_when_closed(self, where: str | None,
                                 tell: Callable[[str], bool] | None = None) -> None:
        self._keep_running = (where, tell) if where is not None else None
        if self.window is not None:
            self.window.keep_running_when_closed(where, tell)

    def play_routine(self, routine_id: str) -> bool:
        return self.window_now().play_routine(routine_id)

    def open_routine(self, routine_id: str) -> bool:
        return self.window_now().open_routine(routine_id)

    def open_cramp(self) -> None:
        self.window_now().open_cramp()

    def bring_to_front(self) -> None:
        self.window_now().bring_to_front()

    def request_quit(self) -> None:
        """Quit for real: through the window when it exists (it saves its state)."""
        if self.window is not None:
            self.window.request_quit()
        else:
            self.quitRequested.emit()

    def save_window_state(self) -> None:
        if self.window is not None:
            self.window.save_window_state()

    def windowTitle(self) -> str:
        return self.window.windowTitle() if self.window is not None else APP_NAME

    def show_notice_box(self, text: str) -> None:
        """The one-time "running in the background" box, themed like everything else."""
        from coach.ui.startup import _show_notice_box

        self.ensure_theme()
        _show_notice_box(text)

    def _cramp_from_tray(self) -> None:
        self.open_cramp()
        self.bring_to_front()


def _cramp_words() -> str:
    from coach.ui.window_text import WindowText

    return WindowText.tr("Cramp now")


class StandInWindow(QWidget):
    """With no tray: an empty minimised window to find the app by in a task bar.

    Brought up (un-minimised), it opens the real window on home in its place and
    hides (an empty hidden widget; the host keeps it); it also goes as soon as the
    real window exists for any other reason.
    Closing it leaves the app running, as closing the real window does.
    """

    def __init__(self, host: BackgroundHost) -> None:
        super().__init__()
        self._host = host
        self.setWindowTitle(APP_NAME)
        host.windowBuilt.connect(lambda _window: self._go())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.WindowStateChange and self.isVisible()
                and not self.isMinimized()):
            self._host.bring_to_front()  # builds the window; windowBuilt hides this one

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()  # reminders keep running: quitOnLastWindowClosed is off

    def _go(self) -> None:
        """Hidden now, and again once the event that un-minimised it is over (Qt's
        ``showNormal`` shows the widget after its state change)."""
        self.hide()
        QTimer.singleShot(0, self, self.hide)


def start_in_background(args: argparse.Namespace, app: QApplication,
                        ) -> tuple[BackgroundHost, list[ReminderController]]:
    """Settings, content, diary, reminders and tray; the window is built on first use.

    The reminders start at once (a reminder due now rings), with no screen, no
    theme and no main window. With no tray a ``StandInWindow`` is shown
    minimised and the one-time "running in the background" notice is given.
    """
    from coach.ui import startup

    services, notices = startup.load_services(app)

    def make_window() -> MainWindow:
        window = startup.make_window(services, [], args)
        if os.environ.get("CALF_COACH_BENCH_READY"):  # benchmarks only: note first paints
            from coach.runtime.bench_ready import install

            install(window)
        return window

    host = BackgroundHost(services, notices, make_window,
                          lambda: startup.apply_saved_theme(app, services))
    controller, tray, notifier = startup.wire_reminders(
        host, host.cramp_action, host, popup=host.make_popup,
        before_checkin=host.ensure_theme)
    app.setQuitOnLastWindowClosed(False)  # the window may be closed, the pop-up too
    if not startup.keep_running(host, tray):
        stand_in = StandInWindow(host)
        stand_in.showMinimized()
        host.stand_in = stand_in  # type: ignore[attr-defined]  # kept alive
        startup.tell_background_start(host, notifier, show_box=host.show_notice_box)
    controller.start_scheduling()
    # The night path comes first: a moment after the start, the modules the first
    # hot key needs (the window, the night screen, the theme) are imported, so that
    # press builds widgets only. Nothing is built here.
    QTimer.singleShot(PRELOAD_AFTER_MS, _preload_night_path)
    return host, [controller]


#: How long after a background start the night path's modules are imported.
PRELOAD_AFTER_MS = 2000


def _preload_night_path() -> None:
    """Import (not build) what the first Cramp now needs, while nobody waits for it.

    PySide6 creates the Python enum classes of Qt's ``Qt`` namespace (about 90
    of them, 10 ms on the development machine, 1.2 MB) at the first attribute
    read, not at the import; the window reads one within its first lines, so
    that read is made here too rather than at the press. Then what the imports
    left behind is collected once, as after a start in front (``settle``).
    """
    from PySide6.QtCore import Qt

    import coach.ui.cramp_screen
    import coach.ui.main_window
    import coach.ui.theme  # noqa: F401
    from coach.ui.startup import settle

    Qt.AlignmentFlag  # noqa: B018  # the namespace's enum classes, made now
    settle()

"""The main window: a stack of screens (home, player, ...) and the way between them.

It navigates: which screen is shown, its title, and leaving the one that was
running. Every other job is a small helper it owns, each in its own module:
recording in the diary (``DiaryRecorder``), saving settings
(``SettingsKeeper``), cues and screen-awake (``PlayerServices``), work after the
first frame (``PaintHooks``), home built when first seen (``HomeKeeper``), the
routines' timelines (``RoutineShelf``), the C and Ctrl+Q keys (``WindowKeys``),
what closing does (``WindowCloser``, ``BackgroundHint``) and a changed setting
shown at once (``setting_effects``). Screens other than home are built on first
use from typed keys (``coach.ui.screen_builders``); the services the window is
given are typed in ``coach.ui.window_services``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QChildEvent, QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QStatusBar

from coach import APP_NAME
from coach.store import settings_schema as schema
from coach.ui import window_geometry
from coach.ui.background_hint import BackgroundHint
from coach.ui.diary_recorder import DiaryRecorder
from coach.ui.first_paint import PaintHooks
from coach.ui.home_keeper import HomeKeeper
from coach.ui.player_services import PlayerServices
from coach.ui.routine_ids import CRAMP_KEY
from coach.ui.routine_shelf import RoutineShelf
from coach.ui.screen_builders import (
    CRAMP_SCREEN,
    EDITOR_SCREEN,
    HISTORY_SCREEN,
    PLAYER_SCREEN,
    REMINDERS_SCREEN,
    SETTINGS_SCREEN,
)
from coach.ui.screen_registry import ScreenRegistry
from coach.ui.setting_effects import apply_setting
from coach.ui.settings_keeper import SettingsKeeper
from coach.ui.widgets import button_keys
from coach.ui.window_closing import WindowCloser
from coach.ui.window_keys import WindowKeys
from coach.ui.window_services import Services
from coach.ui.window_text import WindowText

if TYPE_CHECKING:  # imported when first needed (start-up time)
    from coach.engine.player import SessionResult
    from coach.store.settings_schema import Reminder
    from coach.ui.cramp_screen import CrampScreen
    from coach.ui.help_dialog import HelpDialog
    from coach.ui.history_screen import HistoryScreen
    from coach.ui.home_screen import HomeScreen
    from coach.ui.player_screen import PlayerScreen
    from coach.ui.programme_widgets import ProgrammePanel
    from coach.ui.reminders_screen import RemindersScreen
    from coach.ui.routine_actions import RoutineManager
    from coach.ui.routine_editor import RoutineEditor
    from coach.ui.settings_screen import SettingsScreen

__all__ = ["PLAYER_SCREEN", "MainWindow", "Services", "screen_title"]  # what others import

log = logging.getLogger(__name__)


class _Leaves(Protocol):
    """A screen that stops what it is doing when the window moves away from it."""

    def leave(self) -> None: ...


def screen_title(screen: str) -> str:
    """"Reminders — Calf Coach": a screen's name before the app's, as desktops list windows."""
    return WindowText.tr("{screen} — {app}").format(screen=screen, app=APP_NAME)


class MainWindow(QMainWindow):
    """Home, player, cramp, reminders, history and settings screens in one window."""

    remindersEdited = Signal(list)  # the saved reminder dicts, for the scheduler
    quitRequested = Signal()
    restartRequested = Signal()  # the app restarts itself (a new language); state is saved
    settingChanged = Signal(str)  # after the window applied it; the reminders follow
    sessionFinished = Signal(object)  # SessionResult, after it was recorded (reminders use it)

    def __init__(self, services: Services, *, home_now: bool = True) -> None:
        """``home_now=False`` (a start in the background) builds home when the window is
        first seen (``coach.ui.home_keeper``)."""
        super().__init__()
        button_keys.install()  # Enter and Space press the focused button everywhere
        self.services = services
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 520)
        window_geometry.apply_default_size(self)
        self.routines = RoutineShelf(services.library)
        # The next reminder in words (long for home, short for the reminders screen),
        # kept for screens built later.
        self.next_reminder_texts: tuple[str, str] | None = None
        self.stack = QStackedWidget()
        self.home_keeper = HomeKeeper(self)
        self.programme_panel: ProgrammePanel | None = None  # on home once the diary is open
        # The other screens are built when first opened (or see prepare_cramp_screen),
        # so start-up paints home sooner and a background start stays small.
        self.screens: ScreenRegistry[MainWindow] = ScreenRegistry(self, self.stack)
        self.diary = DiaryRecorder(lambda: self.services.history, self.notify)
        self.settings_keeper = SettingsKeeper(lambda: self.services.settings, self.notify)
        self.player_services = PlayerServices(
            services, self.settings_keeper, self.notify,
            lambda: self.screens.built(PLAYER_SCREEN))
        self.paint_hooks = PaintHooks(self)
        self.setCentralWidget(self.stack)
        self.setStatusBar(QStatusBar())

        self.keys = WindowKeys(self, CRAMP_KEY, self.open_cramp, self.request_quit)
        self.cramp_action = self.keys.cramp_action  # the tray shows it in its menu
        self.background = BackgroundHint(lambda: self.services.settings,
                                         self.settings_keeper, self)
        self.closer = WindowCloser(self)
        self._routine_manager: RoutineManager | None = None

        self.player_services.apply_cue_settings()
        if home_now:
            self.show_home()

    @property
    def home(self) -> HomeScreen:
        return self.home_keeper.get()

    def showEvent(self, event: QShowEvent) -> None:
        self.closer.shown_once = True
        self.home_keeper.when_seen()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.home_keeper.when_seen()
        super().changeEvent(event)

    def childEvent(self, event: QChildEvent) -> None:
        """Every dialog of the window answers C too (``coach.ui.window_keys``)."""
        if hasattr(self, "keys"):  # children made before the keys need none
            self.keys.child_event(event)
        super().childEvent(event)

    # ----- screens, built when first needed (coach/ui/screen_builders.py) -----
    @staticmethod
    def _leave(*screens: _Leaves | None) -> None:
        """``leave()`` the screens that were built (pass ``self.screens.built(KEY)``)."""
        for screen in screens:
            if screen is not None:
                screen.leave()

    def after_first_paint(self, callback: Callable[[], None],
                          at_latest_ms: int = 1000) -> None:
        """Run ``callback`` once, right after the first frame is on screen (or after
        ``at_latest_ms`` if none comes): see ``coach.ui.first_paint``."""
        self.paint_hooks.after_first_paint(callback, at_latest_ms)

    def prepare_cramp_screen(self) -> None:
        """Build the cramp screen just after the first frame is painted, or in a second
        at the latest (a window hidden in the tray never paints), so that a hot key
        at night does not wait for it. The app calls this; tests build on demand."""
        self.after_first_paint(self._prepare_cramp)

    def _prepare_cramp(self) -> None:
        self.screens.get(CRAMP_SCREEN)

    @property
    def player_screen(self) -> PlayerScreen:
        return self.screens.get(PLAYER_SCREEN)

    @property
    def cramp_screen(self) -> CrampScreen:
        return self.screens.get(CRAMP_SCREEN)

    @property
    def reminders_screen(self) -> RemindersScreen:
        return self.screens.get(REMINDERS_SCREEN)

    @property
    def history_screen(self) -> HistoryScreen:
        return self.screens.get(HISTORY_SCREEN)

    @property
    def settings_screen(self) -> SettingsScreen:
        return self.screens.get(SETTINGS_SCREEN)

    @property
    def editor_screen(self) -> RoutineEditor:
        return self.screens.get(EDITOR_SCREEN)

    @property
    def routine_manager(self) -> RoutineManager:
        """New/edit/duplicate/delete/import/export of the user's routines (issue 17)."""
        if self._routine_manager is None:
            from coach.ui.routine_actions import RoutineManager

            self._routine_manager = RoutineManager(self)
        return self._routine_manager

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.paint_hooks.frame_painted()

    # ----- navigation ---------------------------------------------------
    def leave_running(self) -> None:
        """Stop a running routine or relief countdown (the screens that were built)."""
        self._leave(self.screens.built(PLAYER_SCREEN), self.screens.built(CRAMP_SCREEN))

    def show_home(self) -> None:
        self.leave_running()
        self.statusBar().show()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle(APP_NAME)
        self.attach_programme()
        self.home.focus_list()

    def attach_programme(self) -> None:
        """Put the six-week programme's line on home once the diary is open, or refresh it."""
        self.home_keeper.attach_programme()

    def open_routine(self, routine_id: str) -> bool:
        """Show the player on ``routine_id``, ready to start; False if unknown."""
        timeline = self.routines.timelines.get(routine_id)
        if timeline is None:
            self.notify(WindowText.tr("There is no routine called {id}.").format(
                id=repr(routine_id)))
            return False
        self.player_screen.load(timeline)
        self.stack.setCurrentWidget(self.player_screen)
        self.setWindowTitle(screen_title(timeline.routine.title.get(self.services.language)))
        return True

    def play_routine(self, routine_id: str) -> bool:
        """Open ``routine_id`` and start it at once: its get-ready countdown runs, then the
        first exercise, with no second key press (Start on a reminder means start)."""
        if not self.open_routine(routine_id):
            return False
        self.player_screen.start()
        return True

    def open_cramp(self) -> None:
        """Show the relief steps at once, leaving whatever was on screen."""
        if self.stack.currentWidget() is self.cramp_screen and not self.cramp_screen.on_diary:
            return  # already helping: a second press must not restart the steps
        self._leave(self.screens.built(PLAYER_SCREEN))
        self.statusBar().hide()  # no light strip under the night screen
        self.stack.setCurrentWidget(self.cramp_screen)
        self.cramp_screen.open()
        self.setWindowTitle(screen_title(WindowText.tr("Cramp now")))

    def open_reminders(self) -> None:
        self._leave(self.screens.built(PLAYER_SCREEN))
        self.stack.setCurrentWidget(self.reminders_screen)
        self.reminders_screen.open()
        self.setWindowTitle(screen_title(WindowText.tr("Reminders")))

    def open_history(self) -> None:
        """The diary; it reloads itself when it comes into view."""
        if self.services.history is None:  # opened just after the first frame
            log.info("History asked for before the diary was open")
            return
        self._leave(self.screens.built(PLAYER_SCREEN))
        self.stack.setCurrentWidget(self.history_screen)
        self.setWindowTitle(screen_title(WindowText.tr("History")))

    def open_settings(self) -> None:
        self._leave(self.screens.built(PLAYER_SCREEN))
        self.stack.setCurrentWidget(self.settings_screen)
        self.settings_screen.focus_first()
        self.setWindowTitle(screen_title(WindowText.tr("Settings")))

    def emergency_number(self) -> str:
        """The number the warnings say to call: the user's setting, else the locale's."""
        from coach.content.safety import emergency_number

        return emergency_number(self.services.settings.value(schema.EMERGENCY_NUMBER))

    def open_help(self) -> HelpDialog:
        """The "When to get help" dialog over whatever is on screen (returned for tests)."""
        from coach.ui.help_dialog import show_help

        return show_help(self.emergency_number(), self)

    def open_editor(self) -> RoutineEditor:
        """The routine editor (the routine manager loads a routine into it)."""
        self._leave(self.screens.built(PLAYER_SCREEN))
        self.stack.setCurrentWidget(self.editor_screen)
        self.setWindowTitle(screen_title(WindowText.tr("Routine editor")))
        return self.editor_screen

    def reload_library(self, select: str = "") -> None:
        """Read the content again after a routine file was saved, deleted or imported;
        home and the player follow at once (``coach.ui.routine_shelf``)."""
        library = self.services.library = self.routines.reload()
        if self.home_keeper.screen is not None:
            self.home_keeper.screen.set_routines(library, self.routines.durations(), select)

    def apply_setting(self, key: str) -> None:
        """Apply a change from the Settings screen at once (it has already saved it)."""
        apply_setting(self, key)
        self.settingChanged.emit(key)

    def set_next_reminder_text(self, long_text: str, short_text: str) -> None:
        """The controller's words for the next reminder, shown on home and reminders."""
        self.next_reminder_texts = (long_text, short_text)
        if self.home_keeper.screen is not None:
            self.home_keeper.screen.set_next_reminder_text(long_text)
        reminders = self.screens.built(REMINDERS_SCREEN)
        if reminders is not None:
            reminders.set_next_text(short_text)

    def bring_to_front(self) -> None:
        """Show, un-minimise and raise the window (for forwarded commands and the tray)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def notify(self, message: str, timeout_ms: int = 15000) -> None:
        """A one-line message in the status bar (never a modal box)."""
        log.info("notice: %s", message)
        self.statusBar().showMessage(message, timeout_ms)

    # ----- what the screens report ------------------------------------------
    def record_session(self, result: SessionResult) -> None:
        """Into the diary first, then tell the reminders (they ask the diary)."""
        self.diary.record_session(result)
        self.sessionFinished.emit(result)

    def save_reminders(self, reminders: list[Reminder]) -> None:
        kept = self.settings_keeper.save_reminders(reminders)
        if kept is None:  # refused, and told: show the list that is kept
            self.reminders_screen.set_reminders(self.services.settings.value(schema.REMINDERS))
            return
        self.remindersEdited.emit(kept)

    def keep_running_when_closed(self, where: str | None,
                                 tell: Callable[[str], bool] | None = None) -> None:
        """Closing hides the window instead of quitting (reminders keep running).

        ``where`` is "tray" or "background" (no tray: the app still runs and
        `coach` opens it again), or None to quit on close. ``tell`` shows the
        one-time explanation some other way (the tray's balloon); it returns
        False when it could not, and then a small message box says it.
        """
        self.background.keep_running(where, tell)

    def request_quit(self) -> None:
        """Quit for real (tray menu, Ctrl+Q, `coach --quit`)."""
        self.closer.quitting = True
        self.save_window_state()
        self.quitRequested.emit()

    def request_restart(self) -> None:
        """Quit and start again (the app does it), keeping the window where it is."""
        self.save_window_state()
        self.restartRequested.emit()

    # ----- closing, and the size and position between runs (window_closing.py) -----
    def restore_window_state(self) -> bool:
        """Take the size, position and maximised state saved last time (before ``show``)."""
        return self.closer.restore_geometry()

    def save_window_state(self) -> None:
        """Remember size, position and maximised state (on close, quit and restart)."""
        self.closer.save_geometry()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.closer.may_close():
            super().closeEvent(event)
        else:
            event.ignore()

    def show_notices(self, notices: list[str]) -> None:
        """Tell the user once about recovered settings or a damaged diary."""
        if notices:
            QTimer.singleShot(0, lambda: self.notify("  ".join(notices), 30000))


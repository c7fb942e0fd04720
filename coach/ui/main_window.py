"""The main window: a stack of screens (home, player, ...), wired to the services.

It owns no logic of its own: it moves between screens and forwards what the
screens report: to the diary (``DiaryRecorder``), to the settings file
(``SettingsKeeper``) and to the cue and screen-awake services. Screens other
than home are built on first use from typed keys (``coach.ui.screen_registry``);
the keys are at the end of this module.

Why it is still about 650 lines: it is the wiring of six screens (each
builder connects a screen's signals to the services) and the window's own
life (first paint, closing mid-cramp or to the background).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QChildEvent, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from coach import APP_NAME
from coach.content.model import Library
from coach.engine.clock import Clock
from coach.engine.timeline import Timeline, build_timeline
from coach.store import settings_schema as schema
from coach.ui.background_hint import BackgroundHint
from coach.ui.diary_recorder import DiaryRecorder
from coach.ui.routine_ids import CRAMP_KEY
from coach.ui.screen_registry import ScreenKey, ScreenRegistry
from coach.ui.settings_keeper import SettingsKeeper
from coach.ui.theme import apply_theme
from coach.ui.widgets import button_keys
from coach.ui.window_text import WindowText

if TYPE_CHECKING:  # imported when first needed (start-up time)
    from coach.engine.player import RoutinePlayer, SessionResult
    from coach.store.history import History
    from coach.store.settings import Settings
    from coach.store.settings_schema import Reminder
    from coach.ui.cramp_screen import CrampScreen
    from coach.ui.history_screen import HistoryScreen
    from coach.ui.home_screen import HomeScreen  # not before a night screen's first frame
    from coach.ui.player_screen import PlayerScreen
    from coach.ui.reminders_screen import RemindersScreen
    from coach.ui.routine_actions import RoutineManager
    from coach.ui.routine_editor import RoutineEditor
    from coach.ui.settings_screen import AutostartLike, SettingsScreen

log = logging.getLogger(__name__)


class _Leaves(Protocol):
    """A screen that stops what it is doing when the window moves away from it."""

    def leave(self) -> None: ...


def screen_title(screen: str) -> str:
    """"Reminders — Calf Coach": a screen's name before the app's, as desktops list windows."""
    return WindowText.tr("{screen} — {app}").format(screen=screen, app=APP_NAME)


class CuesLike(Protocol):
    """What the window needs of ``coach.platform.cues.CuePlayer`` (tests: ``RecordingCues``).
    ``sound_problem()``/``voice_problem()`` are optional and looked up."""

    def on_cue(self, kind: str, payload: object) -> None: ...
    def set_sound_enabled(self, on: bool) -> None: ...
    def set_voice_enabled(self, on: bool) -> None: ...


class ScreenAwakeLike(Protocol):
    """What the window needs of ``coach.platform.screen_awake.ScreenAwake``."""

    def inhibit(self, reason: str) -> None: ...
    def release(self) -> None: ...


@dataclass
class Services:
    """What the composition root hands to the window."""

    library: Library
    clock: Clock
    settings: Settings
    history: History | None  # None until the app opens it, just after the first frame
    cues: CuesLike
    screen_awake: ScreenAwakeLike
    language: str = "en"
    autostart: AutostartLike | None = None  # None: start on login is not offered


class MainWindow(QMainWindow):
    """Home, player, cramp, reminders, history and settings screens in one window."""

    remindersEdited = Signal(list)  # the saved reminder dicts, for the scheduler
    quitRequested = Signal()
    restartRequested = Signal()  # the app restarts itself (a new language); state is saved
    settingChanged = Signal(str)  # after the window applied it; the reminders follow
    sessionFinished = Signal(object)  # SessionResult, after it was recorded (reminders use it)

    def __init__(self, services: Services, *, home_now: bool = True) -> None:
        """``home_now=False`` (a start in the background) builds home when the window is
        first shown un-minimised: until then nobody sees it, and it holds 2.4 MB. A
        window that opens on another screen (a cold ``coach --cramp``, or a hot key
        that brings a background window up on the cramp screen) builds home right
        after that screen's frame, so the night screen comes first."""
        super().__init__()
        button_keys.install()  # Enter and Space press the focused button everywhere
        self.services = services
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 520)
        self.resize(1024, 680)
        self._timelines = {rid: build_timeline(r, services.library.exercises)
                           for rid, r in services.library.routines.items()}
        self._home: HomeScreen | None = None
        self._next_long_text: str | None = None
        self.stack = QStackedWidget()
        # Until home exists an empty page is current, so a screen built in the
        # meantime (the cramp screen) does not become current by being first.
        self._placeholder: QWidget | None = QWidget()
        self.stack.addWidget(self._placeholder)
        # The other screens are built when first opened (or see prepare_cramp_screen),
        # so start-up paints home sooner and a background start stays small.
        self.screens: ScreenRegistry[MainWindow] = ScreenRegistry(self, self.stack)
        self.diary = DiaryRecorder(lambda: self.services.history, self.notify)
        self.settings_keeper = SettingsKeeper(lambda: self.services.settings, self.notify)
        self._next_short_text: str | None = None
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self._after_next_paint: list[Callable[[], None]] = []
        self.setCentralWidget(self.stack)
        self.setStatusBar(QStatusBar())

        # One action for every way in (button, key, tray menu): the tray
        # plugs this same action into its menu.
        self.cramp_action = QAction(WindowText.tr("Cramp now"), self)
        self.cramp_action.setShortcut(QKeySequence(CRAMP_KEY))
        self.cramp_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.cramp_action.triggered.connect(self.cramp_key)
        # The same key in every dialog of the window (a question box, "When to get
        # help"): a window-modal dialog blocks the window's own shortcuts. A text
        # field still takes its own "c" (Qt asks it first). See childEvent.
        self.cramp_dialog_action = QAction(WindowText.tr("Cramp now"), self)
        self.cramp_dialog_action.setShortcut(QKeySequence(CRAMP_KEY))
        self.cramp_dialog_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.cramp_dialog_action.triggered.connect(self.cramp_key)
        self.addAction(self.cramp_action)
        self.quit_action = QAction(WindowText.tr("Quit Calf Coach"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.request_quit)
        self.addAction(self.quit_action)
        self.background = BackgroundHint(lambda: self.services.settings,
                                         self.settings_keeper, self)
        self._quitting = False
        self._shown_once = False
        self._routine_manager: RoutineManager | None = None

        self._apply_cue_settings()
        if home_now:
            self.show_home()

    # ----- home, built at once or when the window is first seen -------------
    @property
    def home(self) -> HomeScreen:
        if self._home is None:
            self._build_home()
        assert self._home is not None
        return self._home

    def _build_home(self) -> None:
        from coach.ui.home_screen import HomeScreen

        services = self.services
        durations = {rid: t.total_s for rid, t in self._timelines.items()}
        home = self._home = HomeScreen(services.library, durations, services.language)
        home.routineChosen.connect(self.open_routine)
        home.crampRequested.connect(self.open_cramp)
        home.remindersRequested.connect(self.open_reminders)
        home.historyRequested.connect(self.open_history)
        home.settingsRequested.connect(self.open_settings)
        home.helpRequested.connect(self.open_help)
        self.routine_manager.attach_home(home.routine_actions, home)
        if self._next_long_text is not None:
            home.set_next_reminder_text(self._next_long_text)
        self.stack.insertWidget(0, home)
        self.attach_programme()
        placeholder, self._placeholder = self._placeholder, None
        if placeholder is not None:
            if self.stack.currentWidget() is placeholder:
                self.show_home()
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()

    def _home_when_seen(self) -> None:
        if self._home is None and self.isVisible() and not self.isMinimized():
            if self.stack.currentWidget() is self._placeholder:
                self._build_home()
            else:  # another screen is shown (a cramp at night): home can wait for its frame
                self._after_next_paint.append(self._build_home_if_missing)
                QTimer.singleShot(1000, self, self._build_home_if_missing)

    def _build_home_if_missing(self) -> None:
        if self._home is None:
            self._build_home()

    def showEvent(self, event: QShowEvent) -> None:
        self._shown_once = True
        self._home_when_seen()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self._home_when_seen()
        super().changeEvent(event)

    def childEvent(self, event: QChildEvent) -> None:
        """Every dialog of the window answers C too (a window-modal box blocks the
        window's own shortcuts): see ``cramp_key``."""
        child = event.child()
        if event.type() == QEvent.Type.ChildPolished and isinstance(child, QDialog):
            child.addAction(self.cramp_dialog_action)
        super().childEvent(event)

    # ----- screens, built when first needed (the keys are at the end of the module) -----
    def _build_player(self) -> PlayerScreen:
        from coach.ui.player_screen import PlayerScreen

        services = self.services
        player = PlayerScreen(services.library, self._make_player, services.language)
        player.closed.connect(self.show_home)
        player.sessionFinished.connect(self._record_session)
        player.soundToggled.connect(lambda on: self._set_cue("sound_enabled", on))
        player.voiceToggled.connect(lambda on: self._set_cue("voice_enabled", on))
        player.helpRequested.connect(self.open_help)
        player.set_emergency_number(self.emergency_number())
        settings = services.settings
        player.set_cue_switches(settings.value(schema.SOUND_ENABLED),
                                settings.value(schema.VOICE_ENABLED))
        # "No sound device" rather than a "Sound on" that stays silent.
        cues = services.cues
        player.set_cue_problems(*(getattr(cues, name, lambda: None)()
                                  for name in ("sound_problem", "voice_problem")))
        return player

    def _build_cramp(self) -> CrampScreen:
        from coach.ui.cramp_screen import CrampScreen

        services = self.services
        cramp = CrampScreen(services.library, services.clock, services.language)
        cramp.closed.connect(self.show_home)
        cramp.entrySaved.connect(self.diary.record_cramp)
        cramp.cue.connect(self._cramp_cue)
        cramp.set_emergency_number(self.emergency_number())
        return cramp

    def _build_reminders(self) -> RemindersScreen:
        from coach.ui.reminders_screen import RemindersScreen

        services = self.services
        reminders = RemindersScreen(services.library, services.settings.value(schema.REMINDERS),
                                    services.language)
        reminders.set_bedtime(services.settings.value(schema.BEDTIME))
        from coach.engine.schedule import Night  # not before the first frame

        reminders.set_night(Night.from_get(services.settings.get))
        reminders.closed.connect(self.show_home)
        reminders.remindersChanged.connect(self._save_reminders)
        if self._next_short_text is not None:
            reminders.set_next_text(self._next_short_text)
        return reminders

    def _build_history(self) -> HistoryScreen:
        from coach.ui.history_screen import HistoryScreen

        services = self.services
        history = HistoryScreen(
            services.history, services.clock, services.language,
            routine_titles={rid: r.title.get(services.language)
                            for rid, r in services.library.routines.items()})
        history.closed.connect(self.show_home)
        return history

    def _build_editor(self) -> RoutineEditor:
        from coach.ui.routine_editor import RoutineEditor

        editor = RoutineEditor(self.services.library, self.services.language)
        editor.closed.connect(self.show_home)
        self.routine_manager.attach_editor(editor)
        return editor

    def _build_settings(self) -> SettingsScreen:
        from coach.ui.settings_screen import SettingsScreen

        services = self.services
        settings_screen = SettingsScreen(services.settings, services.autostart,
                                         running_language=services.language)
        settings_screen.closed.connect(self.show_home)
        settings_screen.restartRequested.connect(self.request_restart)
        settings_screen.settingsChanged.connect(self._setting_changed)
        return settings_screen

    @staticmethod
    def _leave(*screens: _Leaves | None) -> None:
        """``leave()`` the screens that were built (pass ``self.screens.built(KEY)``)."""
        for screen in screens:
            if screen is not None:
                screen.leave()

    def after_first_paint(self, callback: Callable[[], None],
                          at_latest_ms: int = 1000) -> None:
        """Run ``callback`` once, right after the first frame is on screen.

        Work the first frame does not need waits for it, so the window appears
        sooner. A window that never paints (hidden in the tray, or a compositor
        that skips it) still runs ``callback`` after ``at_latest_ms``.
        """
        done = False

        def run_once() -> None:
            nonlocal done
            if not done:
                done = True
                callback()

        if self._painted:
            QTimer.singleShot(0, self, run_once)
            return
        self._after_paint.append(run_once)
        QTimer.singleShot(at_latest_ms, self, run_once)

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
        for callback in self._after_next_paint:  # this frame is out
            QTimer.singleShot(0, self, callback)
        self._after_next_paint.clear()
        if not self._painted:
            self._painted = True
            for callback in self._after_paint:  # the first frame is out
                QTimer.singleShot(0, self, callback)
            self._after_paint.clear()

    # ----- navigation ---------------------------------------------------
    def show_home(self) -> None:
        self._leave(self.screens.built(PLAYER_SCREEN), self.screens.built(CRAMP_SCREEN))
        self.statusBar().show()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle(APP_NAME)
        self.attach_programme()
        self.home.focus_list()

    def attach_programme(self) -> None:
        """Put the six-week programme's line on home once the diary is open, or refresh it."""
        if self._home is None or self.services.history is None:
            return
        panel = getattr(self, "programme_panel", None)
        if panel is None:
            from coach.ui.programme_widgets import ProgrammePanel

            panel = self.programme_panel = ProgrammePanel(self.services.history,
                                                          self.services.clock)
            self._home.programme_slot.addWidget(panel)
        else:
            panel.refresh()

    def open_routine(self, routine_id: str) -> bool:
        """Show the player on ``routine_id``, ready to start; False if unknown."""
        timeline = self._timelines.get(routine_id)
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

    def cramp_key(self) -> None:
        """C pressed anywhere in the app: close this window's open dialogs, then Cramp now.

        A dialog of the window (the first-start menu offer, "When to get help", a
        question box) would otherwise keep the key and cover the relief steps.
        """
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.open_cramp()
        self.raise_()
        self.activateWindow()

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

    def open_help(self) -> Any:
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
        """Read the content again after a routine file was saved, deleted or imported.

        Home and the player follow at once; screens built earlier (reminders,
        history) keep the routine list they were built with until the next start.
        """
        from coach.content.loader import load_library
        from coach.store.paths import user_routines_dir

        library = load_library(user_dir=user_routines_dir())
        for error in library.errors:
            log.warning("content: %s", error)
        self.services.library = library
        self._timelines = {rid: build_timeline(r, library.exercises)
                           for rid, r in library.routines.items()}
        if self._home is not None:
            self._home.set_routines(library, {rid: t.total_s
                                              for rid, t in self._timelines.items()}, select)

    def _setting_changed(self, key: str) -> None:
        """Apply a change from the Settings screen at once (it has already saved it)."""
        settings = self.services.settings
        if key in ("theme", "text_scale"):
            app = QApplication.instance()
            if isinstance(app, QApplication):  # always, in a window; the stubs say Optional
                apply_theme(app, settings.value(schema.THEME), settings.value(schema.TEXT_SCALE))
            cramp = self.screens.built(CRAMP_SCREEN)
            if cramp is not None:  # built later, it starts at the new size
                cramp.apply_text_scale()
        elif key in ("sound_enabled", "voice_enabled"):
            self._apply_cue_settings()
        elif key == "reminders" and REMINDERS_SCREEN in self.screens:
            self.reminders_screen.set_reminders(settings.value(schema.REMINDERS))
        elif key in ("bedtime", "quiet_margin_min", "quiet_until") \
                and REMINDERS_SCREEN in self.screens:
            self.reminders_screen.set_bedtime(settings.value(schema.BEDTIME))
            from coach.engine.schedule import Night

            self.reminders_screen.set_night(Night.from_get(settings.get))
        elif key == "emergency_number":
            for screen in (self.screens.built(PLAYER_SCREEN), self.screens.built(CRAMP_SCREEN)):
                if screen is not None:
                    screen.set_emergency_number(self.emergency_number())
        self.settingChanged.emit(key)

    def set_next_reminder_text(self, long_text: str, short_text: str) -> None:
        """The controller's words for the next reminder, shown on home and reminders."""
        self._next_long_text = long_text
        if self._home is not None:
            self._home.set_next_reminder_text(long_text)
        self._next_short_text = short_text
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

    # ----- services -----------------------------------------------------
    def _make_player(self, timeline: Timeline) -> RoutinePlayer:
        from coach.engine.player import RoutinePlayer

        player = RoutinePlayer(timeline, self.services.clock)
        player.cue.connect(self.services.cues.on_cue)
        player.stateChanged.connect(self._keep_awake)
        return player

    def _keep_awake(self, state: str) -> None:
        awake = self.services.screen_awake
        if state == "playing" and self.services.settings.value(schema.KEEP_SCREEN_AWAKE):
            awake.inhibit(WindowText.tr("Playing a stretching routine"))
        else:
            awake.release()

    def _apply_cue_settings(self) -> None:
        settings = self.services.settings
        sound, voice = settings.value(schema.SOUND_ENABLED), settings.value(schema.VOICE_ENABLED)
        self.services.cues.set_sound_enabled(sound)
        self.services.cues.set_voice_enabled(voice)
        player = self.screens.built(PLAYER_SCREEN)
        if player is not None:
            player.set_cue_switches(sound, voice)

    def _set_cue(self, key: str, on: bool) -> None:
        from coach.ui.player_screen import cue_saved_text

        self.settings_keeper.set_and_save(key, on)
        self._apply_cue_settings()
        self.notify(cue_saved_text(key, on), 8000)  # a setting, not just this routine

    def _record_session(self, result: SessionResult) -> None:
        """Into the diary first, then tell the reminders (they ask the diary)."""
        self.diary.record_session(result)
        self.sessionFinished.emit(result)

    def _save_reminders(self, reminders: list[Reminder]) -> None:
        kept = self.settings_keeper.save_reminders(reminders)
        if kept is None:  # refused, and told: show the list that is kept
            self.reminders_screen.set_reminders(self.services.settings.value(schema.REMINDERS))
            return
        self.remindersEdited.emit(kept)

    def _cramp_cue(self, kind: str, payload: object) -> None:
        """Relief cues are silent unless the user turned cramp sounds on."""
        if self.services.settings.value(schema.CRAMP_SOUND):
            self.services.cues.on_cue(kind, payload)

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
        self._quitting = True
        self.save_window_state()
        self.quitRequested.emit()

    def request_restart(self) -> None:
        """Quit and start again (the app does it), keeping the window where it is."""
        self.save_window_state()
        self.restartRequested.emit()

    # ----- size, position and maximised state between runs ---------------
    def restore_window_state(self) -> bool:
        """Take the size, position and maximised state saved last time (before ``show``);
        False when there is none, or it lies on no screen now (coach/ui/window_geometry.py)."""
        from coach.ui import window_geometry

        return window_geometry.restore(self)

    def save_window_state(self) -> None:
        """Remember size, position and maximised state (on close, quit and restart).
        Only a window that was shown has a geometry worth keeping."""
        if not self._shown_once:
            return
        from coach.ui import window_geometry

        window_geometry.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        if self._quitting:
            self._leave(self.screens.built(PLAYER_SCREEN), self.screens.built(CRAMP_SCREEN))
            self.services.screen_awake.release()
            super().closeEvent(event)
            return
        cramp = self.screens.built(CRAMP_SCREEN)
        if cramp is not None and self.stack.currentWidget() is cramp and not cramp.on_diary:
            # Closing mid-cramp: offer the diary first; a second close closes.
            cramp.cramp_gone()
            event.ignore()
            return
        self._leave(self.screens.built(PLAYER_SCREEN), self.screens.built(CRAMP_SCREEN))
        self.services.screen_awake.release()
        if self.background.where:
            event.ignore()
            self.hide()
            self.background.tell_once()
            return
        super().closeEvent(event)

    def show_notices(self, notices: list[str]) -> None:
        """Tell the user once about recovered settings or a damaged diary."""
        if notices:
            QTimer.singleShot(0, lambda: self.notify("  ".join(notices), 30000))


# The screens other than home, each built on first use (coach/ui/screen_registry.py).
PLAYER_SCREEN = ScreenKey("player", MainWindow._build_player)
CRAMP_SCREEN = ScreenKey("cramp", MainWindow._build_cramp)
REMINDERS_SCREEN = ScreenKey("reminders", MainWindow._build_reminders)
HISTORY_SCREEN = ScreenKey("history", MainWindow._build_history)
EDITOR_SCREEN = ScreenKey("editor", MainWindow._build_editor)
SETTINGS_SCREEN = ScreenKey("settings", MainWindow._build_settings)

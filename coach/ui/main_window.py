"""The main window: a stack of screens (home, player), wired to the services.

It owns no logic of its own: it moves between screens and forwards what the
screens report to the store and the cue/awake services.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from coach import APP_NAME
from coach.content.model import Library
from coach.engine.clock import Clock
from coach.engine.timeline import Timeline, build_timeline
from coach.i18n import Tr
from coach.ui.home_screen import CRAMP_KEY, HomeScreen
from coach.ui.theme import apply_theme

if TYPE_CHECKING:  # imported when first needed (start-up time)
    from coach.engine.player import RoutinePlayer, SessionResult
    from coach.ui.cramp_screen import CrampEntry, CrampScreen
    from coach.ui.history_screen import HistoryScreen
    from coach.ui.player_screen import PlayerScreen
    from coach.ui.reminders_screen import RemindersScreen
    from coach.ui.settings_screen import SettingsScreen

log = logging.getLogger(__name__)


class WindowText(Tr):
    """Translation context for the main window: titles, status messages, the close hint."""


def screen_title(screen: str) -> str:
    """"Reminders — Calf Coach": a screen's name before the app's, as desktops list windows."""
    return WindowText.tr("{screen} — {app}").format(screen=screen, app=APP_NAME)


@dataclass
class Services:
    """What the composition root hands to the window."""

    library: Library
    clock: Clock
    settings: Any  # coach.store.settings.Settings
    history: Any  # coach.store.history.History; None until the app opens it
    cues: Any  # coach.cues.CuePlayer
    screen_awake: Any  # coach.platform.screen_awake.ScreenAwake
    language: str = "en"
    autostart: Any = None  # coach.platform.autostart.Autostart (None: not offered)


class MainWindow(QMainWindow):
    """Home, player, cramp, reminders, history and settings screens in one window."""

    remindersEdited = Signal(list)  # the saved reminder dicts, for the scheduler
    quitRequested = Signal()
    settingChanged = Signal(str)  # after the window applied it; the reminders follow

    def __init__(self, services: Services, *, home_now: bool = True) -> None:
        """``home_now=False`` (a start in the background) builds home when the window is
        first shown un-minimised: until then nobody sees it, and it holds 2.4 MB. A
        window that opens on another screen (a cold ``coach --cramp``, or a hot key
        that brings a background window up on the cramp screen) builds home right
        after that screen's frame, so the night screen comes first."""
        super().__init__()
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
        self._screens: dict[str, QWidget] = {}
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
        self.cramp_action.triggered.connect(self.open_cramp)
        self.addAction(self.cramp_action)
        self.quit_action = QAction(WindowText.tr("Quit Calf Coach"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.request_quit)
        self.addAction(self.quit_action)
        self._background: str | None = None
        self._tell: Callable[[str], bool] | None = None
        self._quitting = False

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
        services = self.services
        durations = {rid: t.total_s for rid, t in self._timelines.items()}
        home = self._home = HomeScreen(services.library, durations, services.language)
        home.routineChosen.connect(self.open_routine)
        home.crampRequested.connect(self.open_cramp)
        home.remindersRequested.connect(self.open_reminders)
        home.historyRequested.connect(self.open_history)
        home.settingsRequested.connect(self.open_settings)
        if self._next_long_text is not None:
            home.set_next_reminder_text(self._next_long_text)
        self.stack.insertWidget(0, home)
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
        self._home_when_seen()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self._home_when_seen()
        super().changeEvent(event)

    # ----- screens, built when first needed ---------------------------------
    def _screen(self, name: str) -> Any:
        """The screen called ``name``, built and added to the stack the first time."""
        screen = self._screens.get(name)
        if screen is None:
            screen = self._screens[name] = self._build_screen(name)
            self.stack.addWidget(screen)
        return screen

    def _build_screen(self, name: str) -> QWidget:
        services = self.services
        if name == "player":
            from coach.ui.player_screen import PlayerScreen

            player = PlayerScreen(services.library, self._make_player, services.language)
            player.closed.connect(self.show_home)
            player.sessionFinished.connect(self._record_session)
            player.soundToggled.connect(lambda on: self._set_cue("sound_enabled", on))
            player.voiceToggled.connect(lambda on: self._set_cue("voice_enabled", on))
            settings = services.settings
            player.set_cue_switches(bool(settings.get("sound_enabled")),
                                    bool(settings.get("voice_enabled")))
            return player
        if name == "cramp":
            from coach.ui.cramp_screen import CrampScreen

            cramp = CrampScreen(services.library, services.clock, services.language)
            cramp.closed.connect(self.show_home)
            cramp.entrySaved.connect(self._record_cramp)
            cramp.cue.connect(self._cramp_cue)
            return cramp
        if name == "reminders":
            from coach.ui.reminders_screen import RemindersScreen

            reminders = RemindersScreen(services.library, services.settings.get("reminders"),
                                        services.language)
            reminders.closed.connect(self.show_home)
            reminders.remindersChanged.connect(self._save_reminders)
            if self._next_short_text is not None:
                reminders.set_next_text(self._next_short_text)
            return reminders
        if name == "history":
            from coach.ui.history_screen import HistoryScreen

            history = HistoryScreen(
                services.history, services.clock, services.language,
                routine_titles={rid: r.title.get(services.language)
                                for rid, r in services.library.routines.items()})
            history.closed.connect(self.show_home)
            return history
        assert name == "settings", name
        from coach.ui.settings_screen import SettingsScreen

        settings_screen = SettingsScreen(services.settings, services.autostart)
        settings_screen.closed.connect(self.show_home)
        settings_screen.settingsChanged.connect(self._setting_changed)
        return settings_screen

    def _leave(self, *names: str) -> None:
        """``leave()`` the screens among ``names`` that exist (nothing to leave otherwise)."""
        for name in names:
            if name in self._screens:
                self._screens[name].leave()

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
        self._screen("cramp")

    @property
    def player_screen(self) -> PlayerScreen:
        return self._screen("player")

    @property
    def cramp_screen(self) -> CrampScreen:
        return self._screen("cramp")

    @property
    def reminders_screen(self) -> RemindersScreen:
        return self._screen("reminders")

    @property
    def history_screen(self) -> HistoryScreen:
        return self._screen("history")

    @property
    def settings_screen(self) -> SettingsScreen:
        return self._screen("settings")

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
        self._leave("player", "cramp")
        self.statusBar().show()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle(APP_NAME)
        self.home.focus_list()

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

    def open_cramp(self) -> None:
        """Show the relief steps at once, leaving whatever was on screen."""
        if self.stack.currentWidget() is self.cramp_screen and not self.cramp_screen.on_diary:
            return  # already helping: a second press must not restart the steps
        self._leave("player")
        self.statusBar().hide()  # no light strip under the night screen
        self.stack.setCurrentWidget(self.cramp_screen)
        self.cramp_screen.open()
        self.setWindowTitle(screen_title(WindowText.tr("Cramp now")))

    def open_reminders(self) -> None:
        self._leave("player")
        self.stack.setCurrentWidget(self.reminders_screen)
        self.reminders_screen.open()
        self.setWindowTitle(screen_title(WindowText.tr("Reminders")))

    def open_history(self) -> None:
        """The diary; it reloads itself when it comes into view."""
        if self.services.history is None:  # opened just after the first frame
            log.info("History asked for before the diary was open")
            return
        self._leave("player")
        self.stack.setCurrentWidget(self.history_screen)
        self.setWindowTitle(screen_title(WindowText.tr("History")))

    def open_settings(self) -> None:
        self._leave("player")
        self.stack.setCurrentWidget(self.settings_screen)
        self.settings_screen.focus_first()
        self.setWindowTitle(screen_title(WindowText.tr("Settings")))

    def _setting_changed(self, key: str) -> None:
        """Apply a change from the Settings screen at once (it has already saved it)."""
        settings = self.services.settings
        if key in ("theme", "text_scale"):
            app = QApplication.instance()
            apply_theme(app, str(settings.get("theme")), float(settings.get("text_scale")))
            if "cramp" in self._screens:  # built later, it starts at the new size
                self.cramp_screen.apply_text_scale()
        elif key in ("sound_enabled", "voice_enabled"):
            self._apply_cue_settings()
        elif key == "reminders" and "reminders" in self._screens:
            self.reminders_screen.set_reminders(settings.get("reminders"))
        self.settingChanged.emit(key)

    def set_next_reminder_text(self, long_text: str, short_text: str) -> None:
        """The controller's words for the next reminder, shown on home and reminders."""
        self._next_long_text = long_text
        if self._home is not None:
            self._home.set_next_reminder_text(long_text)
        self._next_short_text = short_text
        if "reminders" in self._screens:
            self.reminders_screen.set_next_text(short_text)

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
        if state == "playing" and self.services.settings.get("keep_screen_awake"):
            awake.inhibit(WindowText.tr("Playing a stretching routine"))
        else:
            awake.release()

    def _apply_cue_settings(self) -> None:
        settings = self.services.settings
        sound, voice = bool(settings.get("sound_enabled")), bool(settings.get("voice_enabled"))
        self.services.cues.set_sound_enabled(sound)
        self.services.cues.set_voice_enabled(voice)
        if "player" in self._screens:
            self.player_screen.set_cue_switches(sound, voice)

    def _set_cue(self, key: str, on: bool) -> None:
        self.services.settings.set(key, on)
        self._save_settings()
        self._apply_cue_settings()

    def _record_session(self, result: SessionResult) -> None:
        history = self.services.history
        if history is None:
            return
        try:
            history.add_session(result.routine_id, result.started_wall, result.ended_wall,
                                result.completed, result.exercise_segments_done,
                                result.exercise_segments_total, result.active_seconds)
        except Exception as exc:  # the diary must never take the player down
            log.exception("could not record the session")
            self.notify(WindowText.tr("Could not save this session in the history: {error}")
                        .format(error=exc))

    def _save_reminders(self, reminders: list) -> None:
        settings = self.services.settings
        try:
            settings.set("reminders", reminders)
        except ValueError as exc:
            self.notify(WindowText.tr("That reminder could not be kept: {error}").format(
                error=exc))
            self.reminders_screen.set_reminders(settings.get("reminders"))
            return
        self._save_settings()
        self.remindersEdited.emit(settings.get("reminders"))

    def _save_settings(self) -> None:
        try:
            self.services.settings.save()
        except OSError as exc:
            self.notify(WindowText.tr("Could not save settings: {error}").format(error=exc))

    def _record_cramp(self, entry: CrampEntry) -> None:
        history = self.services.history
        if history is None:
            return
        try:
            history.add_cramp(entry.started, entry.duration_s, entry.leg, entry.severity,
                              entry.note)
        except Exception as exc:  # never lose the screen over the diary
            log.exception("could not record the cramp")
            self.notify(WindowText.tr("Could not save this entry in the diary: {error}").format(
                error=exc))
            return
        self.notify(WindowText.tr("Saved in your diary."), 8000)

    def _cramp_cue(self, kind: str, payload: object) -> None:
        """Relief cues are silent unless the user turned cramp sounds on."""
        if self.services.settings.get("cramp_sound"):
            self.services.cues.on_cue(kind, payload)

    def keep_running_when_closed(self, where: str | None,
                                 tell: Callable[[str], bool] | None = None) -> None:
        """Closing hides the window instead of quitting (reminders keep running).

        ``where`` is "tray" or "background" (no tray: the app still runs and
        `coach` opens it again), or None to quit on close. ``tell`` shows the
        one-time explanation some other way (the tray's balloon); it returns
        False when it could not, and then a small message box says it.
        """
        self._background = where
        self._tell = tell

    def request_quit(self) -> None:
        """Quit for real (tray menu, Ctrl+Q, `coach --quit`)."""
        self._quitting = True
        self.quitRequested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quitting:
            self._leave("cramp", "player")
            self.services.screen_awake.release()
            super().closeEvent(event)
            return
        cramp = self._screens.get("cramp")
        if cramp is not None and self.stack.currentWidget() is cramp and not cramp.on_diary:
            # Closing mid-cramp: offer the diary first; a second close closes.
            cramp.cramp_gone()
            event.ignore()
            return
        self._leave("cramp", "player")
        self.services.screen_awake.release()
        if self._background:
            event.ignore()
            self.hide()
            self._tell_background_once()
            return
        super().closeEvent(event)

    def _tell_background_once(self) -> None:
        settings = self.services.settings
        if settings.get("background_hint_shown"):
            return
        if self._background == "tray":
            text = WindowText.tr("Calf Coach keeps running in the tray so your reminders "
                                 "can appear. Quit it from the tray menu.")
        else:
            text = WindowText.tr("Calf Coach keeps running in the background so your "
                                 "reminders can appear. Run coach or open Calf Coach from "
                                 "your app menu to see it again; Ctrl+Q in its window quits.")
        if self._tell is None or not self._tell(text):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, APP_NAME, text)
        settings.set("background_hint_shown", True)
        self._save_settings()

    def show_notices(self, notices: list[str]) -> None:
        """Tell the user once about recovered settings or a damaged diary."""
        if notices:
            QTimer.singleShot(0, lambda: self.notify("  ".join(notices), 30000))

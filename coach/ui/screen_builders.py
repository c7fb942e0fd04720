"""How each screen of the window is built and wired, and the typed keys that name them.

Apart from the window so that the window only navigates: a builder makes one
screen and connects its signals to the window's services (diary, settings,
cues) and navigation. The screens other than home are built on first use
through ``coach.ui.screen_registry`` from the keys at the end of this module;
home is built by the window itself, when it is first seen.

Every screen module is imported inside its builder: a screen that is never
opened is never imported (start-up time, and a background start stays small).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.store import settings_schema as schema
from coach.ui.screen_registry import ScreenKey

if TYPE_CHECKING:
    from coach.ui.cramp_screen import CrampScreen
    from coach.ui.history_screen import HistoryScreen
    from coach.ui.home_screen import HomeScreen
    from coach.ui.main_window import MainWindow
    from coach.ui.player_screen import PlayerScreen
    from coach.ui.reminders_screen import RemindersScreen
    from coach.ui.routine_editor import RoutineEditor
    from coach.ui.settings_screen import SettingsScreen


def build_home(window: MainWindow) -> HomeScreen:
    """Home, wired to the window's navigation (the window puts it in the stack)."""
    from coach.ui.home_screen import HomeScreen

    services = window.services
    home = HomeScreen(services.library, window.routines.durations(), services.language)
    home.routineChosen.connect(window.open_routine)
    home.crampRequested.connect(window.open_cramp)
    home.remindersRequested.connect(window.open_reminders)
    home.historyRequested.connect(window.open_history)
    home.settingsRequested.connect(window.open_settings)
    home.helpRequested.connect(window.open_help)
    window.routine_manager.attach_home(home.routine_actions, home)
    return home


def build_player(window: MainWindow) -> PlayerScreen:
    from coach.ui.player_screen import PlayerScreen

    services, cues = window.services, window.player_services
    player = PlayerScreen(services.library, cues.make_player, services.language)
    player.closed.connect(window.show_home)
    player.sessionFinished.connect(window.record_session)
    player.soundToggled.connect(lambda on: cues.set_cue("sound_enabled", on))
    player.voiceToggled.connect(lambda on: cues.set_cue("voice_enabled", on))
    player.helpRequested.connect(window.open_help)
    player.set_emergency_number(window.emergency_number())
    settings = services.settings
    player.set_cue_switches(settings.value(schema.SOUND_ENABLED),
                            settings.value(schema.VOICE_ENABLED))
    # "No sound device" rather than a "Sound on" that stays silent.
    player.set_cue_problems(*cues.problems())
    return player


def build_cramp(window: MainWindow) -> CrampScreen:
    from coach.ui.cramp_screen import CrampScreen

    services = window.services
    cramp = CrampScreen(services.library, services.clock, services.language)
    cramp.closed.connect(window.show_home)
    cramp.entrySaved.connect(window.diary.record_cramp)
    cramp.cue.connect(window.player_services.cramp_cue)
    cramp.set_emergency_number(window.emergency_number())
    return cramp


def build_reminders(window: MainWindow) -> RemindersScreen:
    from coach.ui.reminders_screen import RemindersScreen

    services = window.services
    reminders = RemindersScreen(services.library, services.settings.value(schema.REMINDERS),
                                services.language)
    reminders.set_bedtime(services.settings.value(schema.BEDTIME))
    from coach.engine.schedule import Night  # not before the first frame

    reminders.set_night(Night.from_get(services.settings.get))
    reminders.closed.connect(window.show_home)
    reminders.remindersChanged.connect(window.save_reminders)
    if window.next_reminder_texts is not None:
        reminders.set_next_text(window.next_reminder_texts[1])
    return reminders


def build_history(window: MainWindow) -> HistoryScreen:
    from coach.ui.history_screen import HistoryScreen

    services = window.services
    if services.history is None:  # open_history waits for the diary to be open
        raise RuntimeError("the History screen is built only once the diary is open")
    history = HistoryScreen(
        services.history, services.clock, services.language,
        routine_titles={rid: r.title.get(services.language)
                        for rid, r in services.library.routines.items()})
    history.closed.connect(window.show_home)
    return history


def build_editor(window: MainWindow) -> RoutineEditor:
    from coach.ui.routine_editor import RoutineEditor

    editor = RoutineEditor(window.services.library, window.services.language)
    editor.closed.connect(window.show_home)
    window.routine_manager.attach_editor(editor)
    return editor


def build_settings(window: MainWindow) -> SettingsScreen:
    from coach.ui.settings_screen import SettingsScreen

    services = window.services
    settings_screen = SettingsScreen(services.settings, services.autostart,
                                     running_language=services.language)
    settings_screen.closed.connect(window.show_home)
    settings_screen.restartRequested.connect(window.request_restart)
    settings_screen.settingsChanged.connect(window.apply_setting)
    from coach.ui.player.texts import sound_problem_text, voice_problem_text

    sound, voice = window.player_services.problems()
    settings_screen.sound.show_availability(sound_problem_text(sound), voice_problem_text(voice))
    return settings_screen


# The screens other than home, each built on first use (coach/ui/screen_registry.py).
PLAYER_SCREEN: ScreenKey[MainWindow, PlayerScreen] = ScreenKey("player", build_player)
CRAMP_SCREEN: ScreenKey[MainWindow, CrampScreen] = ScreenKey("cramp", build_cramp)
REMINDERS_SCREEN: ScreenKey[MainWindow, RemindersScreen] = ScreenKey("reminders",
                                                                     build_reminders)
HISTORY_SCREEN: ScreenKey[MainWindow, HistoryScreen] = ScreenKey("history", build_history)
EDITOR_SCREEN: ScreenKey[MainWindow, RoutineEditor] = ScreenKey("editor", build_editor)
SETTINGS_SCREEN: ScreenKey[MainWindow, SettingsScreen] = ScreenKey("settings", build_settings)

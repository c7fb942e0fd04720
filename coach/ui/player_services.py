"""What a routine sounds like and whether the screen stays awake while it plays.

Apart from the window, which only navigates: this makes each routine's player
with its cues wired to the sound and voice service and its state to the
screen-awake service, applies the sound and voice switches (from Settings or
from the player's own buttons, which save them too), and lets Cramp now's
relief cues through only when the user turned cramp sounds on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from coach.store import settings_schema as schema
from coach.ui.window_text import WindowText

if TYPE_CHECKING:
    from coach.engine.player import PlayerState, RoutinePlayer
    from coach.engine.timeline import Timeline
    from coach.ui.player_screen import PlayerScreen
    from coach.ui.settings_keeper import SettingsKeeper
    from coach.ui.window_services import Services


class PlayerServices:
    """Cues and screen-awake for the player; ``player_screen`` gives the built player
    screen or None (it is built on first use), ``notify`` shows one status line."""

    def __init__(self, services: Services, keeper: SettingsKeeper,
                 notify: Callable[[str, int], None],
                 player_screen: Callable[[], PlayerScreen | None]) -> None:
        self._services = services
        self._keeper = keeper
        self._notify = notify
        self._player_screen = player_screen

    def make_player(self, timeline: Timeline) -> RoutinePlayer:
        """A player for ``timeline`` whose cues sound and which keeps the screen awake."""
        from coach.engine.player import RoutinePlayer

        player = RoutinePlayer(timeline, self._services.clock)
        player.cue.connect(self._services.cues.on_cue)
        player.stateChanged.connect(self.keep_awake)
        return player

    def keep_awake(self, state: PlayerState) -> None:
        """Inhibit the screen saver while a routine plays (if the user wants that)."""
        from coach.engine.player import PlayerState

        awake = self._services.screen_awake
        if state == PlayerState.PLAYING \
                and self._services.settings.value(schema.KEEP_SCREEN_AWAKE):
            awake.inhibit(WindowText.tr("Playing a stretching routine"))
        else:
            awake.release()

    def apply_cue_settings(self) -> None:
        """Sound and voice as the settings say, in the service and on the player's switches."""
        settings = self._services.settings
        sound, voice = settings.value(schema.SOUND_ENABLED), settings.value(schema.VOICE_ENABLED)
        self._services.cues.set_sound_enabled(sound)
        self._services.cues.set_voice_enabled(voice)
        player = self._player_screen()
        if player is not None:
            player.set_cue_switches(sound, voice)

    def set_cue(self, key: str, on: bool) -> None:
        """The player's sound or voice switch: a setting, saved, not just this routine."""
        from coach.ui.player_screen import cue_saved_text

        self._keeper.set_and_save(key, on)
        self.apply_cue_settings()
        self._notify(cue_saved_text(key, on), 8000)

    def problems(self) -> tuple[str | None, str | None]:
        """Why sound and voice cannot play ("no sound device"), or None; a cue service
        that cannot tell (the tests' recorder) has none."""
        cues = self._services.cues
        return (getattr(cues, "sound_problem", lambda: None)(),
                getattr(cues, "voice_problem", lambda: None)())

    def cramp_cue(self, kind: str, payload: object) -> None:
        """Relief cues are silent unless the user turned cramp sounds on."""
        if self._services.settings.value(schema.CRAMP_SOUND):
            self._services.cues.on_cue(kind, payload)

    def release_screen(self) -> None:
        """Let the screen sleep again (the window closes or hides)."""
        self._services.screen_awake.release()

"""What the composition root hands to the window: the services, each typed.

Apart from the window so that the window's controllers (``player_services``,
``reminder_controller``) and the tests can name these types without importing
the window. A service the window only uses a few methods of is a ``Protocol``
here, so a test can hand in a recorder instead of the real back end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # imported when first needed (start-up time)
    from coach.content.model import Library
    from coach.engine.clock import Clock
    from coach.store.history import History
    from coach.store.settings import Settings
    from coach.ui.settings_screen import AutostartLike


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

"""The routines the window can play: each routine's timeline, read again on demand.

Apart from the window, which only navigates: home lists the routines with
their lengths and the player plays their timelines; both come from here. After
the user saved, deleted or imported a routine file the content is read again
(``reload``); screens built earlier (reminders, history) keep the list they
were built with until the next start.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from coach.engine.timeline import Timeline, build_timeline

if TYPE_CHECKING:
    from coach.content.model import Library

log = logging.getLogger(__name__)


class RoutineShelf:
    """Timelines by routine id, built once per library (the player needs them at once)."""

    def __init__(self, library: Library) -> None:
        self.timelines: dict[str, Timeline] = self._build(library)

    @staticmethod
    def _build(library: Library) -> dict[str, Timeline]:
        return {rid: build_timeline(r, library.exercises) for rid, r in library.routines.items()}

    def durations(self) -> dict[str, int]:
        """Each routine's length in seconds, for home's list."""
        return {rid: t.total_s for rid, t in self.timelines.items()}

    def reload(self) -> Library:
        """Read the shipped and the user's routines again; return the new library
        (its problems are logged: the editor has told the user already)."""
        from coach.content.loader import load_library
        from coach.store.paths import user_routines_dir

        library = load_library(user_dir=user_routines_dir())
        for error in library.errors:
            log.warning("content: %s", error)
        self.timelines = self._build(library)
        return library

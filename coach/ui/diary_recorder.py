"""Writes what the screens report into the diary: a finished routine, a noted cramp.

Apart from the window, which only navigates: the player and Cramp now report
what happened, this records it. The diary must never take a screen down, so
any failure is logged in full and told in one line of the status bar; the
user's routine or relief steps carry on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from coach.ui.window_text import WindowText

if TYPE_CHECKING:
    from coach.engine.player import SessionResult
    from coach.ui.cramp.entry import CrampEntry

log = logging.getLogger(__name__)


class DiaryLike(Protocol):
    """What this needs of ``coach.store.history.History``."""

    def add_session(self, routine_id: str, started: datetime, ended: datetime,
                    completed: bool, segments_done: int, segments_total: int,
                    active_s: float) -> int: ...

    def add_cramp(self, started: datetime, duration_s: float | None, leg: str | None,
                  severity: int | None, note: str = "") -> int: ...


class DiaryRecorder:
    """Records sessions and cramps; ``diary`` is asked each time because the app opens
    the diary after the first frame (None until then), ``notify`` shows one line."""

    def __init__(self, diary: Callable[[], DiaryLike | None],
                 notify: Callable[[str, int], None]) -> None:
        self._diary = diary
        self._notify = notify

    def record_session(self, result: SessionResult) -> None:
        diary = self._diary()
        if diary is None:
            return
        try:
            diary.add_session(result.routine_id, result.started_wall, result.ended_wall,
                              result.completed, result.exercise_segments_done,
                              result.exercise_segments_total, result.active_seconds)
        except Exception as exc:  # the diary must never take the player down
            log.exception("could not record the session")
            self._notify(WindowText.tr("Could not save this session in the history: {error}")
                         .format(error=exc), 15000)

    def record_cramp(self, entry: CrampEntry) -> None:
        diary = self._diary()
        if diary is None:
            return
        try:
            diary.add_cramp(entry.started, entry.duration_s, entry.leg, entry.severity,
                            entry.note)
        except Exception as exc:  # never lose the screen over the diary
            log.exception("could not record the cramp")
            self._notify(WindowText.tr("Could not save this entry in the diary: {error}").format(
                error=exc), 15000)
            return
        self._notify(WindowText.tr("Saved in your diary."), 8000)

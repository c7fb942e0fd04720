"""Read the diary for an export or a report: read-only, and a missing diary is empty.

The CSV export and the doctor's report share this, so both treat a damaged,
too new or unreadable diary alike (one sentence, nothing changed on disk)
and neither creates a diary for a user who never made one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from coach.engine.clock import Clock
from coach.store.history import DiaryUnreadable, History
from coach.store.history_rows import (
    CrampRow,
    NightCheckin,
    ProgrammeEvent,
    ReminderOutcomeRow,
    SessionRow,
)

T = TypeVar("T")


class EmptyDiary:
    """A diary with nothing in it, for a user who has never used the app."""

    read_only = True

    def sessions(self, since: date | None = None) -> list[SessionRow]:
        return []

    def cramps(self, since: date | None = None) -> list[CrampRow]:
        return []

    def reminder_outcomes(self, since: date | None = None) -> list[ReminderOutcomeRow]:
        return []

    def night_checkins(self, since: date | None = None) -> list[NightCheckin]:
        return []

    def tags(self, since: date | None = None) -> dict[date, tuple[str, ...]]:
        return {}

    def programme_events(self) -> list[ProgrammeEvent]:
        return []


def read_diary(path: Path, read: Callable[[History | EmptyDiary], T], *,
               clock: Clock | None = None) -> T:
    """``read(diary)`` on the diary at ``path`` opened read-only (``EmptyDiary`` when
    there is no file). Raises ``DiaryUnreadable`` with one sentence when it cannot."""
    if not path.exists():
        return read(EmptyDiary())
    history = None
    try:
        history = History.open_read_only(path, clock=clock)
        return read(history)
    except sqlite3.Error as exc:
        raise DiaryUnreadable(f"{path} cannot be read ({exc})") from exc
    finally:
        if history is not None:
            history.close()

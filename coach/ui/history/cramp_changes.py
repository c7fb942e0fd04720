"""History's changes to the diary's cramps: add, correct, delete with one step of undo.

Apart from the screen so the rules (what counts as "nothing changed", what
undo brings back) read in one place. Every method may raise ``STORE_ERRORS``;
the screen turns that into one line for the user (reading the day notes
for the form never raises: none are offered when they cannot be read).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date

from coach.store.history import STORE_ERRORS, CrampRow, History
from coach.ui.cramp_editor import CrampEditor
from coach.ui.models.cramp_form import CrampDraft
from coach.ui.models.diary_words import HistoryText, when_text

log = logging.getLogger(__name__)


class CrampChanges:
    """The diary's cramps as History changes them; remembers the last one deleted."""

    def __init__(self, history: History) -> None:
        self._history = history
        # the cramp Undo would bring back (None: nothing to undo)
        self.deleted: CrampRow | None = None

    def known_tags(self) -> Mapping[date, tuple[str, ...]]:
        """The diary's notes about the days, for the form (none when they cannot be read)."""
        try:
            return dict(self._history.tags())
        except STORE_ERRORS as exc:
            log.warning("day notes could not be read: %s", exc)
            return {}

    def delete(self, entry: CrampRow) -> bool:
        """Delete ``entry``; False when it was already gone (then there is nothing to undo)."""
        gone = bool(self._history.delete_cramp(entry.id))
        self.deleted = entry if gone else None
        return gone

    def undo(self) -> tuple[CrampRow, int] | None:
        """Write the deleted cramp back (a new id); None when there is nothing to undo."""
        entry = self.deleted
        if entry is None:
            return None
        new_id = self._history.add_cramp(entry.started, entry.duration_s, entry.leg,
                                         entry.severity, entry.note, how_bad=entry.how_bad,
                                         sleep_disturbance=entry.sleep_disturbance)
        self.deleted = None
        return entry, new_id

    def save(self, editor: CrampEditor, draft: CrampDraft) -> tuple[tuple[str, int], str]:
        """Write what the form holds (a new cramp, or the changes to the one it edits, and
        the day's notes); the entry's key and the sentence that says what happened."""
        editing = editor.editing_id
        tags_changed = editor.tags_changed()
        if editing is None:
            key = ("cramp", self._history.add_cramp(
                draft.started, draft.duration_s, draft.leg, draft.severity, draft.note,
                how_bad=draft.how_bad, sleep_disturbance=draft.sleep_disturbance))
            done = HistoryText.tr("Added a cramp on {when}.").format(
                when=when_text(draft.started))
        else:
            key = ("cramp", editing)
            changes = editor.changes()
            found = self._history.update_cramp(editing, **changes) if changes else True
            done = ((HistoryText.tr("Saved your changes.")
                     if changes or tags_changed else HistoryText.tr("Nothing changed."))
                    if found else HistoryText.tr("That entry is no longer in the diary."))
        if tags_changed and draft.tag_day is not None:
            self._history.set_tags(draft.tag_day, draft.tags)
        self.deleted = None
        return key, done

"""The morning check-in: "Any cramps last night?" in a small window, and when to show it.

Off by default; the time is set in Settings. ``CheckinController`` looks once
a minute (and when asked) whether ``coach.insights.checkin.night_to_ask`` says to ask,
and shows ``CheckinDialog`` (``coach.ui.checkin_dialog``) as its own window: it
may be the first window of the day when the app runs in the background. The
answers go to the diary as a night check-in plus the day's tags; nothing is
turned into advice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from coach.engine.clock import Clock
from coach.insights.checkin import STATE_KEY, last_night, night_to_ask
from coach.store.history import STORE_ERRORS

if TYPE_CHECKING:
    from coach.store.history import History
    from coach.store.settings import Settings
    from coach.ui.checkin_dialog import CheckinDialog

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60_000


class CheckinController(QObject):
    """Shows the check-in when it is due (see ``coach.insights.checkin``)."""

    def __init__(self, history: History, clock: Clock, settings: Settings,
                 parent: QObject | None = None, *, start_timer: bool = True,
                 before_show: Callable[[], None] | None = None) -> None:
        """``before_show`` runs before the dialog is first made (a start in the
        background applies the theme there: nothing else was shown yet)."""
        super().__init__(parent)
        self._before_show = before_show
        self._history = history
        self._clock = clock
        self._settings = settings
        self.dialog: CheckinDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        if start_timer:
            self._timer.start()

    def check(self) -> bool:
        """Show the check-in if it is due now; True if it was shown."""
        if self.dialog is not None and self.dialog.isVisible():
            return False
        if getattr(self._history, "read_only", False):
            return False
        now = self._clock.now()
        try:
            evening = night_to_ask(now, str(self._settings.get("morning_checkin") or ""),
                                   self._history.cramps(last_night(now)),
                                   self._history.night_checkins(last_night(now)),
                                   self._history.get_state(STATE_KEY))
        except STORE_ERRORS as exc:
            log.warning("check-in: the diary could not be read: %s", exc)
            return False
        if evening is None:
            return False
        try:
            self._history.set_state(STATE_KEY, now.date().isoformat())  # asked: once a day
        except STORE_ERRORS as exc:
            log.warning("check-in: could not note that it was asked: %s", exc)
        if self._before_show is not None:
            self._before_show()
        from coach.ui.checkin_dialog import CheckinDialog  # the morning it is shown

        self.dialog = CheckinDialog(self._history, evening)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return True

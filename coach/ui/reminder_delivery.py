"""Get a due reminder in front of the user, whatever the desktop offers (DESIGN §5).

The chain, for each occurrence:

1. a desktop notification with "Start", "Snooze N min" and "Skip tonight" buttons
   when a server that shows buttons accepts it: channel "notification";
2. otherwise our own always-on-top ``ReminderWindow``, always: channel "window".
   It comes with a heads-up that says how to act ("Open Calf Coach to start."),
   since nothing in it can be pressed: a notification without buttons where the
   server shows no buttons, else a tray message where there is a tray.

So a reminder never goes nowhere. It also does not vanish on the way: if the
server lets the notification expire (some cap the time-out) or goes away, the
window takes over. The user's answer from any channel (notification button,
window, tray menu) comes out as one of three signals; the other channels are
then cleared.

Decisions:
- A click on the notification itself ("default" action) shows our window for
  that reminder, so the user still answers Start / Snooze / Skip there; it is
  never taken as an answer.
- Dismissing the notification (its close button, "clear all") is noted as
  "dismissed": not done, not snoozed; the user chose not to answer. (Escape or
  closing our window is still "Later", a snooze: that window says so.)
- One reminder at a time: a newer one replaces an older one that was not
  answered (the scheduler keeps the older one as shown).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

from coach.engine.schedule import Occurrence
from coach.platform.notifications import CLOSED_BY_CALL, CLOSED_DISMISSED
from coach.words.popup import PopupText, reminder_heading, snooze_text

if TYPE_CHECKING:
    from coach.ui.reminder_window import ReminderWindow

log = logging.getLogger(__name__)


class Channel(StrEnum):
    """Where a reminder was shown (for the log; a ``StrEnum`` so it reads as a word)."""

    NOTIFICATION = "notification"
    WINDOW = "window"


NOTIFICATION, WINDOW = Channel.NOTIFICATION, Channel.WINDOW


class NotifierLike(Protocol):
    """What delivery needs of ``coach.platform.notifications.DesktopNotifier``."""

    @property
    def actionInvoked(self) -> SignalInstance: ...  # str key, str action key
    @property
    def closed(self) -> SignalInstance: ...  # str key, int reason
    @property
    def supports_actions(self) -> bool: ...
    def available(self) -> bool: ...
    def notify(self, key: str, title: str, body: str,
               actions: list[tuple[str, str]]) -> bool: ...
    def close(self, key: str) -> None: ...


class TrayLike(Protocol):
    """What delivery needs of ``coach.platform.tray.Tray``."""

    available: bool
    @property
    def snoozeRequested(self) -> SignalInstance: ...  # Occurrence | None, int minutes
    def set_active_occurrence(self, occurrence: Occurrence | None) -> None: ...
    def set_snooze_minutes(self, minutes: int) -> None: ...
    def show_message(self, title: str, body: str) -> bool: ...


def default_describe(occurrence: Occurrence) -> tuple[str, str]:
    """(reminder label, routine title) when the app gives nothing better."""
    return "", ""


def how_to_act_text() -> str:
    """What a reminder without buttons says, so the user knows what to do."""
    return PopupText.tr("Open Calf Coach to start.")


def _key(occurrence: Occurrence) -> str:
    return occurrence.key


def _new_popup(snooze_minutes: int) -> ReminderWindow:
    """Our pop-up, its module loaded the first time one is shown (an app in the
    background may go days without one)."""
    from coach.ui.reminder_window import ReminderWindow

    return ReminderWindow(snooze_minutes)


class ReminderDelivery(QObject):
    """Shows a reminder on the best channel and reports the user's choice."""

    startRequested = Signal(object)  # Occurrence
    snoozeRequested = Signal(object, int)  # Occurrence, minutes
    skipRequested = Signal(object)  # Occurrence
    dismissed = Signal(object)  # Occurrence: its notification was closed unanswered

    def __init__(self, notifier: NotifierLike | None = None, tray: TrayLike | None = None,
                 window_factory: Callable[[int], ReminderWindow] | None = None,
                 snooze_min: int = 10,
                 describe: Callable[[Occurrence], tuple[str, str]] = default_describe,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._tray = tray
        self._window_factory = window_factory or _new_popup
        self._window: ReminderWindow | None = None
        self._snooze_min = max(1, int(snooze_min))
        self._describe = describe
        self._current: Occurrence | None = None  # on show, on whichever channel
        self._missed = False
        self._channel: Channel | None = None
        if notifier is not None:
            notifier.actionInvoked.connect(self._on_action)
            notifier.closed.connect(self._on_closed)
        if tray is not None:
            tray.snoozeRequested.connect(self._on_tray_snooze)

    # ----- public ---------------------------------------------------------
    @property
    def window(self) -> ReminderWindow | None:
        """Our pop-up, once it has been needed."""
        return self._window

    @property
    def current(self) -> Occurrence | None:
        """The occurrence waiting for an answer, or None."""
        return self._current

    def set_snooze_minutes(self, minutes: int) -> None:
        self._snooze_min = max(1, int(minutes))
        if self._window is not None:
            self._window.set_snooze_minutes(self._snooze_min)
        if self._tray is not None:
            self._tray.set_snooze_minutes(self._snooze_min)

    def deliver(self, occurrence: Occurrence, missed: bool = False) -> Channel:
        """Show ``occurrence``; returns the channel used: "notification" or "window"."""
        previous = self._current
        if previous is not None and _key(previous) != _key(occurrence):
            self._clear_channels(previous)
        self._current, self._missed = occurrence, missed
        label, routine = self._texts(occurrence)
        title = reminder_heading(occurrence.due, missed)
        body = " · ".join(part for part in (routine, label) if part)
        if self._tray is not None:
            self._tray.set_active_occurrence(occurrence)
        if self._notify(occurrence, title, body):
            if self._window is not None and self._window.occurrence is not None:
                self._window.dismiss()  # an older one, or this one from before a snooze
            self._channel = NOTIFICATION
            return NOTIFICATION
        self._show_window(occurrence)
        self._channel = WINDOW
        heads_up = "\n".join(part for part in (body, how_to_act_text()) if part)
        if not self._notify_plain(occurrence, title, heads_up) \
                and self._tray is not None and self._tray.available:
            self._tray.show_message(title, heads_up)
        return WINDOW

    def withdraw(self, occurrence: Occurrence) -> None:
        """Take ``occurrence`` off every channel (the user answered it elsewhere)."""
        if self._current is not None and _key(self._current) == _key(occurrence):
            self._current = None
            if self._tray is not None:
                self._tray.set_active_occurrence(None)
        self._clear_channels(occurrence)

    # ----- channels -------------------------------------------------------
    def _texts(self, occurrence: Occurrence) -> tuple[str, str]:
        try:
            label, routine = self._describe(occurrence)
        except Exception:  # a stale reminder id must not stop the reminder itself
            log.exception("could not describe reminder %s", _key(occurrence))
            label, routine = "", ""
        return str(label or ""), str(routine or "")

    def _actions(self) -> list[tuple[str, str]]:
        return [("default", PopupText.tr("Open")), ("start", PopupText.tr("Start")),
                ("snooze", snooze_text(self._snooze_min)),
                ("skip", PopupText.tr("Skip tonight"))]

    def _notify(self, occurrence: Occurrence, title: str, body: str) -> bool:
        notifier = self._notifier
        if notifier is None:
            return False
        try:
            if not notifier.available() or not notifier.supports_actions:
                return False  # without buttons the user could not answer it there
            return bool(notifier.notify(_key(occurrence), title, body, self._actions()))
        except Exception:
            log.exception("desktop notification failed; using the reminder window")
            return False

    def _notify_plain(self, occurrence: Occurrence, title: str, body: str) -> bool:
        """A notification without buttons where the server shows none (notify-osd)."""
        notifier = self._notifier
        if notifier is None:
            return False
        try:
            if not notifier.available() or notifier.supports_actions:
                return False  # a server with buttons refused them: do not try it again
            return bool(notifier.notify(_key(occurrence), title, body, []))
        except Exception:
            log.exception("desktop notification failed")
            return False

    def _show_window(self, occurrence: Occurrence) -> None:
        if self._window is None:
            self._window = self._window_factory(self._snooze_min)
            self._window.startRequested.connect(lambda occ: self._answer(occ, "start"))
            self._window.snoozeRequested.connect(lambda occ, _m: self._answer(occ, "snooze"))
            self._window.skipRequested.connect(lambda occ: self._answer(occ, "skip"))
        label, routine = self._texts(occurrence)
        self._window.show_occurrence(occurrence, label, routine, missed=self._missed)

    def _clear_channels(self, occurrence: Occurrence) -> None:
        key = _key(occurrence)
        if self._notifier is not None:
            try:
                self._notifier.close(key)
            except Exception:
                log.exception("closing the notification failed")
        window = self._window
        if window is not None and window.occurrence is not None \
                and _key(window.occurrence) == key:
            window.dismiss()

    # ----- answers --------------------------------------------------------
    def _answer(self, occurrence: Occurrence, choice: str) -> None:
        """One answer, from any channel: clear the others, then tell the app."""
        self.withdraw(occurrence)
        if choice == "start":
            self.startRequested.emit(occurrence)
        elif choice == "snooze":
            self.snoozeRequested.emit(occurrence, self._snooze_min)
        elif choice == "skip":
            self.skipRequested.emit(occurrence)

    def _pending(self, key: str) -> Occurrence | None:
        current = self._current
        return current if current is not None and _key(current) == key else None

    def _on_action(self, key: str, action: str) -> None:
        occurrence = self._pending(key)
        if occurrence is None:
            return
        if action in ("start", "snooze", "skip"):
            self._answer(occurrence, action)
        elif self._notifier is not None:  # "default": a click on it; answer in our window
            self._notifier.close(key)
            self._channel = WINDOW
            self._show_window(occurrence)

    def _on_closed(self, key: str, reason: int) -> None:
        occurrence = self._pending(key)
        if occurrence is None or reason == CLOSED_BY_CALL or self._channel != NOTIFICATION:
            return
        if reason == CLOSED_DISMISSED:
            self.withdraw(occurrence)
            self.dismissed.emit(occurrence)  # noted as such: not done, not snoozed
        else:  # expired or the server went away: the reminder must not vanish
            log.info("notification for %s closed (reason %s); showing the window", key, reason)
            self._channel = WINDOW
            self._show_window(occurrence)

    def _on_tray_snooze(self, occurrence: Occurrence | None, _minutes: int) -> None:
        if occurrence is not None:
            self._answer(occurrence, "snooze")

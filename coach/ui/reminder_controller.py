"""Glue between the reminder scheduler, the delivery channels, the tray and the window.

The scheduler decides *when*; delivery decides *how* a reminder reaches the
user; this controller only turns the user's answer (Start, Snooze, Skip) into
scheduler calls and window navigation, and keeps the "next reminder" words on
the home screen, the reminders screen and the tray fresh.

What it needs of each of the four is a small ``Protocol`` below (the real
ones: ``MainWindow``, ``ReminderScheduler``, ``ReminderDelivery``, ``Tray``),
so a test can hand in a stand-in and mypy still checks every call. Qt signals
appear in them as read-only properties giving a ``SignalInstance``; the
payload of each is written beside it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, SignalInstance

from coach.engine.clock import Clock
from coach.engine.schedule import Night, Occurrence, Reminder
from coach.insights import programme
from coach.insights.counts import counts_as_stretched
from coach.store import settings_schema as schema
from coach.store.history import STORE_ERRORS, evening_of
from coach.words.popup import PopupText, is_evening
from coach.words.programme import reminder_week
from coach.words.reminders import (
    all_quiet_text,
    is_routine_title,
    label_text,
    next_reminder_line,
)

if TYPE_CHECKING:
    from coach.engine.player import SessionResult
    from coach.ui.window_services import Services

log = logging.getLogger(__name__)

TEXT_REFRESH_MS = 60_000  # "in 3 h 10 min" must not go stale; once a minute is cheap


class WindowLike(Protocol):
    """What the controller needs of ``MainWindow``."""

    @property
    def services(self) -> Services: ...
    @property
    def sessionFinished(self) -> SignalInstance: ...  # SessionResult, once recorded
    @property
    def remindersEdited(self) -> SignalInstance: ...  # list[schema.Reminder], as saved
    @property
    def settingChanged(self) -> SignalInstance: ...  # str: the setting's name
    @property
    def destroyed(self) -> SignalInstance: ...
    def notify(self, message: str, timeout_ms: int = ...) -> None: ...
    def play_routine(self, routine_id: str) -> bool: ...
    def bring_to_front(self) -> None: ...
    def request_quit(self) -> None: ...
    def set_next_reminder_text(self, long_text: str, short_text: str) -> None: ...


class SchedulerLike(Protocol):
    """What the controller needs of ``coach.engine.scheduler.ReminderScheduler``."""

    @property
    def due(self) -> SignalInstance: ...  # Occurrence
    @property
    def missedPrompt(self) -> SignalInstance: ...  # Occurrence
    @property
    def nextChanged(self) -> SignalInstance: ...  # Occurrence | None
    def start(self) -> None: ...
    def reminders(self) -> tuple[Reminder, ...]: ...
    def set_reminders(self, reminders: Sequence[Reminder]) -> None: ...
    def set_late_window(self, window: timedelta) -> None: ...
    def set_night(self, night: Night | None) -> None: ...
    def next_occurrence(self) -> Occurrence | None: ...
    def pending_snooze(self) -> tuple[datetime, Occurrence] | None: ...
    def all_quiet(self) -> bool: ...
    def last_shown(self) -> Occurrence | None: ...
    def mark_started(self, occurrence: Occurrence) -> None: ...
    def mark_done(self, occurrence: Occurrence) -> None: ...
    def snooze(self, occurrence: Occurrence, minutes: float) -> None: ...
    def skip(self, occurrence: Occurrence) -> None: ...
    def dismiss(self, occurrence: Occurrence) -> None: ...


class DeliveryLike(Protocol):
    """What the controller needs of ``coach.ui.reminder_delivery.ReminderDelivery``."""

    @property
    def startRequested(self) -> SignalInstance: ...  # Occurrence
    @property
    def snoozeRequested(self) -> SignalInstance: ...  # Occurrence, int minutes
    @property
    def skipRequested(self) -> SignalInstance: ...  # Occurrence
    @property
    def dismissed(self) -> SignalInstance: ...  # Occurrence
    @property
    def current(self) -> Occurrence | None: ...
    def deliver(self, occurrence: Occurrence, missed: bool = False) -> str: ...
    def withdraw(self, occurrence: Occurrence) -> None: ...
    def set_snooze_minutes(self, minutes: int) -> None: ...


class TrayLike(Protocol):
    """What the controller needs of ``coach.platform.tray.Tray`` (when ``available``)."""

    available: bool
    @property
    def startRoutineRequested(self) -> SignalInstance: ...  # str: the routine's id
    @property
    def openRequested(self) -> SignalInstance: ...
    @property
    def quitRequested(self) -> SignalInstance: ...
    def set_routine(self, routine_id: str, title: str) -> None: ...
    def set_next_text(self, text: str) -> None: ...


def reminders_from_settings(items: Sequence[schema.Reminder]) -> list[Reminder]:
    """The settings file's reminder dicts as schedule objects (bad ones are skipped)."""
    reminders = []
    for item in items:
        try:
            reminders.append(Reminder.from_setting(item))
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("reminder %r skipped: %s", item.get("id"), exc)
    return reminders


class ReminderController(QObject):
    """Turns reminders into screens: Start plays the routine, Snooze and Skip are remembered."""

    def __init__(self, window: WindowLike, scheduler: SchedulerLike, delivery: DeliveryLike,
                 tray: TrayLike | None, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._scheduler = scheduler
        self._delivery = delivery
        self._tray = tray
        self._clock = clock
        self._next: Occurrence | None = None

        scheduler.due.connect(lambda occ: self._deliver(occ, missed=False))
        scheduler.missedPrompt.connect(lambda occ: self._deliver(occ, missed=True))
        scheduler.nextChanged.connect(self._show_next)
        self._playing: tuple[Occurrence, str] | None = None  # (reminder, routine) on show
        window.sessionFinished.connect(self._session_finished)
        delivery.startRequested.connect(self.start)
        delivery.snoozeRequested.connect(self.snooze)
        delivery.skipRequested.connect(self.skip)
        delivery.dismissed.connect(self.dismiss)
        window.remindersEdited.connect(self.set_reminders)
        window.settingChanged.connect(self._setting_changed)
        if tray is not None and tray.available:
            tray.startRoutineRequested.connect(self._tray_start)
            tray.openRequested.connect(window.bring_to_front)
            tray.quitRequested.connect(window.request_quit)

        self._refresh = QTimer(self)
        self._refresh.setInterval(TEXT_REFRESH_MS)
        self._refresh.timeout.connect(self._refresh_next)
        # The minute refresh writes into the window's labels: it ends with the window
        # (a controller made without a parent would otherwise outlive it).
        window.destroyed.connect(self._refresh.stop)

    def start_scheduling(self) -> None:
        """First check (may fire a missed prompt at once) and the minute refresh."""
        self._scheduler.start()
        self._update_tray_routine(self._scheduler.reminders())
        self._show_next(self._scheduler.next_occurrence())
        self._refresh.start()

    # ----- answers --------------------------------------------------------
    def start(self, occurrence: Occurrence) -> None:
        """Start: the routine plays (after its get-ready countdown), window to the front.

        Noted 'started' now; 'done' only when the session then counts as
        stretched (``coach.insights.counts.counts_as_stretched``, History's rule), so
        opening the player and closing it again is not "done".
        """
        self._scheduler.mark_started(occurrence)
        self._delivery.withdraw(occurrence)
        reminder = self._reminder(occurrence.reminder_id)
        routine = reminder.routine if reminder else "evening-stretch"
        # The programme's evening routine while the programme runs (coach.insights.programme).
        routine = programme.reminder_routine(routine, is_evening(occurrence.due),
                                             self._programme_state())
        self._playing = (occurrence, routine)
        if not self._start_routine(routine):
            self._playing = None

    def snooze(self, occurrence: Occurrence, minutes: int) -> None:
        self._scheduler.snooze(occurrence, minutes)
        self._delivery.withdraw(occurrence)
        self._refresh_next()
        self._window.notify(PopupText.tr("Snoozed for {minutes} min.").format(minutes=minutes),
                            8000)

    def skip(self, occurrence: Occurrence) -> None:
        self._scheduler.skip(occurrence)
        self._delivery.withdraw(occurrence)

    def dismiss(self, occurrence: Occurrence) -> None:
        """The notification was closed unanswered: noted, nothing more tonight."""
        self._scheduler.dismiss(occurrence)
        self._delivery.withdraw(occurrence)

    def snooze_last(self, minutes: int) -> bool:
        """For `coach` forwarding ``snooze N``: snooze what was shown last, if anything."""
        occurrence = self._scheduler.last_shown()
        if occurrence is None:
            return False
        self.snooze(occurrence, minutes)
        return True

    # ----- settings -------------------------------------------------------
    def set_reminders(self, items: Sequence[schema.Reminder]) -> None:
        reminders = reminders_from_settings(items)
        self._scheduler.set_reminders(reminders)
        self._update_tray_routine(reminders)
        self._show_next(self._scheduler.next_occurrence())

    def set_snooze_minutes(self, minutes: int) -> None:
        self._delivery.set_snooze_minutes(minutes)

    def _setting_changed(self, key: str) -> None:
        settings = self._window.services.settings
        if key == schema.SNOOZE_MIN.name:
            self.set_snooze_minutes(settings.value(schema.SNOOZE_MIN))
        elif key == schema.LATE_WINDOW_MIN.name:
            self._scheduler.set_late_window(
                timedelta(minutes=settings.value(schema.LATE_WINDOW_MIN)))
        elif key in ("bedtime", "quiet_margin_min", "quiet_until"):  # relative ones follow
            self._scheduler.set_night(Night.from_get(settings.get))

    def describe(self, occurrence: Occurrence) -> tuple[str, str]:
        """(reminder label, routine title) for the notification and the pop-up.

        While the programme runs, the evening reminder names the programme's
        routine and the week: "Evening stretch before bed · Week 2 of 6 of the
        programme".
        """
        reminder = self._reminder(occurrence.reminder_id)
        if reminder is None:
            return "", ""
        services = self._window.services
        state = self._programme_state()
        evening = is_evening(occurrence.due)
        routine_id = programme.reminder_routine(reminder.routine, evening, state)
        routine = services.library.routines.get(routine_id)
        title = routine.title.get(services.language) if routine else ""
        if programme.follows_programme(evening, state):
            title = " · ".join(part for part in (title, reminder_week(state)) if part)
        own = services.library.routines.get(reminder.routine)
        if any(r is not None and is_routine_title(reminder.label, r.title)
               for r in (routine, own)):
            return "", title  # the label only repeats the title: say it once, in this language
        return label_text(reminder.label), title

    # ----- internals ------------------------------------------------------
    def _programme_state(self) -> programme.ProgrammeState:
        """Where the six-week programme stands tonight; "none" when it cannot be read."""
        history = self._window.services.history
        if history is None:
            return programme.ProgrammeState(programme.ProgrammeStatus.NONE)
        try:
            return programme.state(history.programme_events(), history.sessions(),
                                   evening_of(self._clock.now()))
        except STORE_ERRORS as exc:
            log.warning("programme state could not be read for the reminder: %s", exc)
            return programme.ProgrammeState(programme.ProgrammeStatus.NONE)

    def _refresh_next(self) -> None:
        self._show_next(self._scheduler.next_occurrence())

    def _deliver(self, occurrence: Occurrence, missed: bool) -> None:
        QTimer.singleShot(0, self, self._refresh_next)  # a snooze that ran out is gone
        channel = self._delivery.deliver(occurrence, missed=missed)
        log.info("reminder %s shown via %s%s", occurrence.key, channel,
                 " (missed)" if missed else "")

    def _start_routine(self, routine_id: str) -> bool:
        self._window.bring_to_front()
        return bool(self._window.play_routine(routine_id))

    def _tray_start(self, routine_id: str) -> None:
        """The tray's Start: answers the reminder on show, if it is for this routine."""
        occurrence = self._delivery.current
        reminder = self._reminder(occurrence.reminder_id) if occurrence is not None else None
        if occurrence is not None and reminder is not None and reminder.routine == routine_id:
            self.start(occurrence)
        else:
            self._start_routine(routine_id)

    def _session_finished(self, result: SessionResult) -> None:
        """A routine ended: the reminder that started it is 'done' if it counts as stretched."""
        playing, self._playing = self._playing, None
        if playing is None:
            return
        occurrence, routine = playing
        if result.routine_id != routine:
            return
        if counts_as_stretched(result.completed, result.exercise_segments_done,
                               result.exercise_segments_total):
            self._scheduler.mark_done(occurrence)

    def _reminder(self, reminder_id: str) -> Reminder | None:
        for reminder in self._scheduler.reminders():
            if reminder.id == reminder_id:
                return reminder
        return None

    def _update_tray_routine(self, reminders: Sequence[Reminder]) -> None:
        if self._tray is None or not self._tray.available:
            return
        services = self._window.services
        for reminder in reminders:
            routine = services.library.routines.get(reminder.routine)
            if routine is not None:
                self._tray.set_routine(routine.id, routine.title.get(services.language))
                return

    def _show_next(self, occurrence: Occurrence | None) -> None:
        """"Next reminder: ..." on home, the reminders screen and the tray; a pending
        snooze shows when it comes first ("snoozed until 21:40")."""
        self._next = occurrence
        now = self._clock.now()
        have = bool(self._scheduler.reminders())
        pending = self._scheduler.pending_snooze()
        until = pending[0] if pending is not None else None
        long_text = next_reminder_line(occurrence, until, now, have_reminders=have)
        short_text = next_reminder_line(occurrence, until, now, have_reminders=have,
                                        short=True)
        if occurrence is None and until is None and self._scheduler.all_quiet():
            long_text = short_text = all_quiet_text()
        self._window.set_next_reminder_text(long_text, short_text)
        if self._tray is not None and self._tray.available:
            self._tray.set_next_text(short_text)

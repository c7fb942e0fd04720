"""ReminderScheduler: says when a reminder is due, from the wall clock, KAlarm style.

Why not one long timer "in N ms": Qt timers run on the monotonic clock, which
stops while the machine sleeps, so a 21:30 reminder armed at 20:00 would ring
after 21:30 plus the sleep time; and the zone, DST and clock steps change what
"21:30" means meanwhile. So every ``check()`` reads the *wall* clock (whose
tzinfo is the zone to use; it may change between checks and is followed),
handles everything that became due since the last check, and arms one
single-shot precise timer for at most 60 s (or the exact due time when that is
closer). Nothing is ever anchored on when a check happened: occurrences are
always computed from the reminder's own wall time (Vorta bug #2312).

Each check looks at ``(last_check, now]`` (on the very first run ever,
last_check = now: nothing was "missed" before the app was set up). For each
occurrence in it that is not yet *handled* (any outcome recorded for that
reminder on that local date, see ``coach.store.reminder_state``):

- due at most ``on_time_grace`` ago -> ``due`` (several at once: each once);
- older but within ``late_window`` -> the newest of them becomes ONE
  ``missedPrompt``, the others are recorded 'missed';
- older than the late window -> recorded 'missed', silently.

Everything presented is recorded 'shown' *before* the signal is emitted, so a
second check, a clock stepped back or a restart never repeats it. When a check
emits any ``due`` (on time, or a snooze that ran out), the late ones are all
recorded 'missed' and no ``missedPrompt`` is shown: the user is being asked to
stretch right now anyway, and two windows at once is the burst we avoid.

Snoozes are wall-clock instants kept in the state, so they survive suspend and
restart. A snooze that ran out is emitted as ``due`` (the user asked to be
reminded again: it is the same reminder, not a catch-up question) if it ran out
within the late window, even after the machine slept through it; if it ran out
longer ago it is recorded 'missed'. A snooze of a reminder that was deleted or
disabled meanwhile is dropped.

Quiet hours (``Night.is_quiet``: bedtime plus a margin until the morning hour;
only when a ``night`` is given, as the app always does):
while it is quiet nothing is presented, neither on time nor as a missed prompt
nor as a snooze that ran out; what comes due is recorded 'missed'. An
occurrence whose own due time is quiet is recorded 'skipped' (the schedule
skipped it: it is never offered later, not at 3 a.m. and not the next
morning), and the next reminder shown on home passes over it.

The clock stepped back (now < last_check): the re-lived interval is not looked at
again (everything in it was handled), last_check becomes now. A machine that
slept or a clock stepped forward shows as a difference between the wall and
monotonic clocks since the last check; it is logged, and the rules above already
give the right result: at most one prompt, no burst.

Long because the rules above and the one object that carries them out belong
together: the check, the user's answers and the timer share the scheduler's
state (last check, next occurrence, what was shown), and each rule is a few
lines of it. Split, a reader would need two files to follow one reminder.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coach.engine.clock import Clock
from coach.engine.schedule import (
    DEFAULT_NIGHT,
    Night,
    Occurrence,
    Reminder,
    ReminderOutcome,
    next_occurrence,
    occurrences_between,
)

log = logging.getLogger(__name__)

#: The longest the timer is armed for: the wall clock is re-read at least this often.
MAX_WAIT = timedelta(seconds=60)
#: The shortest: a due time a few ms away is not worth a busy loop.
MIN_WAIT_MS = 50
#: Wall time moving this much more (or less) than running time between two checks
#: means the machine slept or the clock was stepped.
SLEEP_GAP_S = 30.0
#: How many handled occurrences in a row ``next_occurrence`` steps over per reminder.
_MAX_SKIPPED = 8


class ReminderMemory(Protocol):
    """What the scheduler needs to remember across restarts (``ReminderState``)."""

    def last_check(self) -> datetime | None: ...
    def set_last_check(self, when: datetime) -> None: ...
    def handled(self, occurrence: Occurrence) -> bool: ...
    def record(self, occurrence: Occurrence, outcome: ReminderOutcome) -> bool: ...
    def snoozes(self) -> dict[str, tuple[datetime, Occurrence]]: ...
    def set_snooze(self, occurrence: Occurrence, until: datetime) -> None: ...
    def clear_snooze(self, reminder_id: str) -> None: ...


def _utc(when: datetime) -> datetime:
    return when.astimezone(UTC)


class ReminderScheduler(QObject):
    """Emits ``due`` / ``missedPrompt`` at the right wall-clock moments; see the module doc."""

    due = Signal(object)  # Occurrence: remind now (on time, or a snooze ran out)
    missedPrompt = Signal(object)  # Occurrence: "you missed tonight's stretch, do it now?"
    nextChanged = Signal(object)  # Occurrence | None: for the home screen and the tray

    def __init__(self, clock: Clock, state: ReminderMemory, reminders: Sequence[Reminder] = (),
                 *, late_window: timedelta = timedelta(hours=3),
                 on_time_grace: timedelta = timedelta(minutes=2),
                 night: Night | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._state = state
        self._reminders: tuple[Reminder, ...] = tuple(reminders)
        self._late_window = late_window
        self._grace = on_time_grace
        self._night = night
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check)
        self._running = False
        self._checking = False
        self._last_check: datetime | None = None
        self._last_mono: float | None = None
        self._next: Occurrence | None = None
        self._next_announced = False
        self._wakeup_ms = -1
        self._last_shown: Occurrence | None = None

    # --- control -----------------------------------------------------------------

    def start(self) -> None:
        """Check at once (catching up on what was missed while closed), then keep checking."""
        self._running = True
        self.check()

    def stop(self) -> None:
        """No more checks until ``start`` (the state keeps what was handled)."""
        self._running = False
        self._timer.stop()
        self._wakeup_ms = -1

    def set_reminders(self, reminders: Sequence[Reminder]) -> None:
        """Use a new reminder list; the next occurrence and the timer follow at once.

        A reminder whose time was edited to later today rings today at the new
        time, even if it already rang (handled is per wall time, see
        ``coach.store.reminder_state``); its pending snooze is dropped, since
        the new time replaces it. An edit that keeps the time changes nothing.
        """
        before = {r.id: (r.time, r.before_bedtime) for r in self._reminders}
        self._reminders = tuple(reminders)
        for reminder in self._reminders:
            if reminder.id in before \
                    and before[reminder.id] != (reminder.time, reminder.before_bedtime) \
                    and reminder.id in self._state.snoozes():
                self._state.clear_snooze(reminder.id)
        self._refresh()

    def reminders(self) -> tuple[Reminder, ...]:
        return self._reminders

    def set_night(self, night: Night | None) -> None:
        """New bedtimes and quiet hours (None: no quiet hours, bedtimes ``DEFAULT_NIGHT``);
        relative reminders and the next one follow at once."""
        self._night = night
        self._refresh()

    def night(self) -> Night:
        return self._night or DEFAULT_NIGHT

    def set_late_window(self, window: timedelta) -> None:
        """How old a missed reminder may be and still be offered (0: never offer)."""
        self._late_window = max(timedelta(0), window)

    # --- answers from the user ---------------------------------------------------

    def snooze(self, occurrence: Occurrence, minutes: float) -> None:
        """Remind about ``occurrence`` again ``minutes`` from now (a wall-clock instant)."""
        if minutes <= 0:
            raise ValueError(f"snooze needs a positive number of minutes, got {minutes!r}")
        now = self._clock.now()
        until = (_utc(now) + timedelta(minutes=minutes)).astimezone(now.tzinfo)
        self._state.set_snooze(occurrence, until)
        self._state.record(occurrence, ReminderOutcome.SNOOZED)
        log.info("reminder %s snoozed until %s", occurrence.key, until.isoformat())
        self._refresh()

    def skip(self, occurrence: Occurrence) -> None:
        """"Skip tonight": nothing more about this occurrence; tomorrow is unchanged."""
        self._state.record(occurrence, ReminderOutcome.SKIPPED)
        self._drop_snooze_of(occurrence)
        self._refresh()

    def mark_started(self, occurrence: Occurrence) -> None:
        """The user pressed Start on this reminder: 'started', not yet 'done'."""
        self._state.record(occurrence, ReminderOutcome.STARTED)
        self._drop_snooze_of(occurrence)
        self._refresh()

    def mark_done(self, occurrence: Occurrence) -> None:
        """The routine started from this reminder counted as stretched."""
        self._state.record(occurrence, ReminderOutcome.DONE)
        self._drop_snooze_of(occurrence)
        self._refresh()

    def dismiss(self, occurrence: Occurrence) -> None:
        """The notification was closed without an answer: noted, not snoozed, not done."""
        self._state.record(occurrence, ReminderOutcome.DISMISSED)
        self._drop_snooze_of(occurrence)
        self._refresh()

    def pending_snooze(self) -> tuple[datetime, Occurrence] | None:
        """The snooze that runs out first, (when, occurrence), or None (for the home line)."""
        pending = [(until, occ) for rid, (until, occ) in self._state.snoozes().items()
                   if (r := self._reminder(rid)) is not None and r.enabled]
        if not pending:
            return None
        return min(pending, key=lambda item: _utc(item[0]))

    def _drop_snooze_of(self, occurrence: Occurrence) -> None:
        pending = self._state.snoozes().get(occurrence.reminder_id)
        if pending is not None and pending[1].key == occurrence.key:
            self._state.clear_snooze(occurrence.reminder_id)

    # --- questions ---------------------------------------------------------------

    def next_occurrence(self) -> Occurrence | None:
        """The next occurrence that will remind (handled ones, e.g. skipped, are passed over)."""
        return self._compute_next(self._clock.now())

    def all_quiet(self) -> bool:
        """Enabled reminders, but none comes in the next week: each falls in quiet hours
        (so home does not say "all reminders are off")."""
        now = self._clock.now()
        tz = now.tzinfo
        assert tz is not None
        if self._night is None or self._compute_next(now) is not None:
            return False
        found = [o for r in self._reminders if r.enabled
                 if (o := next_occurrence(r, now, tz, self._night)) is not None]
        return bool(found) and all(self._night.is_quiet(o.due, tz) for o in found)

    def time_until_next(self) -> timedelta | None:
        now = self._clock.now()
        upcoming = self._compute_next(now)
        return None if upcoming is None else _utc(upcoming.due) - _utc(now)

    def next_wakeup_ms(self) -> int:
        """What the timer is armed for, in ms; -1 when not running."""
        return self._wakeup_ms if self._running else -1

    def last_shown(self) -> Occurrence | None:
        """The occurrence most recently emitted (``due`` or ``missedPrompt``), for a
        "snooze N" command that arrives from outside the reminder window."""
        return self._last_shown

    # --- the check ---------------------------------------------------------------

    def check(self) -> None:
        """Handle everything due since the last check, then re-arm. The timer calls it."""
        if self._checking:
            return  # a slot called back into us; the running check re-arms when done
        self._checking = True
        try:
            now = self._clock.now()
            mono = self._clock.monotonic()
            start = self._interval_start(now, mono)
            snoozed = self._ripe_snoozes(now)
            on_time, prompt = self._sort_out(start, now, bool(snoozed))
            self._last_check, self._last_mono = now, mono
            self._state.set_last_check(now)
            for occurrence in [*snoozed, *on_time]:
                self._last_shown = occurrence
                log.info("reminder %s due (at %s)", occurrence.key, occurrence.due.isoformat())
                self.due.emit(occurrence)
            if prompt is not None:
                self._last_shown = prompt
                log.info("reminder %s missed; offering it once", prompt.key)
                self.missedPrompt.emit(prompt)
        finally:
            self._checking = False
        self._refresh()

    def _interval_start(self, now: datetime, mono: float) -> datetime:
        """Where ``(start, now]`` begins; notices sleep and clock steps."""
        last = self._last_check
        if last is None:
            last = self._state.last_check()
            if last is None:
                return now  # first run ever: nothing was missed before the app was set up
        elif self._last_mono is not None:
            wall_s = (_utc(now) - _utc(last)).total_seconds()
            running_s = mono - self._last_mono
            if abs(wall_s - running_s) > SLEEP_GAP_S:
                log.info("the wall clock moved %.0f s in %.0f s of running time: the machine "
                         "slept or the clock was stepped", wall_s, running_s)
        if _utc(now) < _utc(last):
            log.info("the clock was set back from %s to %s; the interval between is not "
                     "looked at again", last.isoformat(), now.isoformat())
            return now
        return last

    def _ripe_snoozes(self, now: datetime) -> list[Occurrence]:
        """Snoozes that ran out: cleared, and returned to emit as ``due``."""
        ripe = []
        pending = sorted(self._state.snoozes().items(), key=lambda item: _utc(item[1][0]))
        for reminder_id, (until, occurrence) in pending:
            if _utc(until) > _utc(now):
                continue
            self._state.clear_snooze(reminder_id)
            reminder = self._reminder(reminder_id)
            if reminder is None or not reminder.enabled:
                log.info("snooze of %s dropped: the reminder is gone or off", occurrence.key)
            elif _utc(now) - _utc(until) > self._late_window or self._quiet(now):
                self._state.record(occurrence, ReminderOutcome.MISSED)
            else:
                ripe.append(occurrence)
        return ripe

    def _sort_out(self, start: datetime, now: datetime,
                  any_due: bool) -> tuple[list[Occurrence], Occurrence | None]:
        """Record what ``(start, now]`` holds; return (on time, the one missed prompt)."""
        tz = now.tzinfo
        assert tz is not None
        found = [o for r in self._reminders if r.enabled
                 for o in occurrences_between(r, start, now, tz, self._night)]
        found.sort(key=lambda o: (_utc(o.due), o.reminder_id))
        on_time: list[Occurrence] = []
        late: list[Occurrence] = []
        quiet_now = self._quiet(now)
        for occurrence in found:
            if self._state.handled(occurrence):
                continue
            age = _utc(now) - _utc(occurrence.due)
            if self._quiet(occurrence.due):
                log.info("reminder %s falls in quiet hours; skipped", occurrence.key)
                self._state.record(occurrence, ReminderOutcome.SKIPPED)
            elif quiet_now:
                self._state.record(occurrence, ReminderOutcome.MISSED)
            elif age <= self._grace:
                on_time.append(occurrence)
            elif age <= self._late_window:
                late.append(occurrence)
            else:
                self._state.record(occurrence, ReminderOutcome.MISSED)
        prompt = late[-1] if late and not on_time and not any_due else None
        for occurrence in late:
            if occurrence is not prompt:
                self._state.record(occurrence, ReminderOutcome.MISSED)
        for occurrence in on_time:
            self._state.record(occurrence, ReminderOutcome.SHOWN)
        if prompt is not None:
            self._state.record(prompt, ReminderOutcome.SHOWN)
        return on_time, prompt

    def _quiet(self, when: datetime) -> bool:
        tz = self._clock.now().tzinfo
        assert tz is not None
        return self._night is not None and self._night.is_quiet(when, tz)

    def _reminder(self, reminder_id: str) -> Reminder | None:
        return next((r for r in self._reminders if r.id == reminder_id), None)

    # --- next and the timer ------------------------------------------------------

    def _compute_next(self, now: datetime) -> Occurrence | None:
        tz = now.tzinfo
        assert tz is not None
        candidates = []
        for reminder in self._reminders:
            if not reminder.enabled:
                continue
            occurrence = next_occurrence(reminder, now, tz, self._night)
            for _ in range(_MAX_SKIPPED):
                if occurrence is None or not self._passed_over(occurrence, tz):
                    break
                occurrence = next_occurrence(reminder, occurrence.due, tz, self._night)
            if occurrence is not None and not self._passed_over(occurrence, tz):
                candidates.append(occurrence)
        if not candidates:
            return None
        return min(candidates, key=lambda o: (_utc(o.due), o.reminder_id))

    def _passed_over(self, occurrence: Occurrence, tz: tzinfo) -> bool:
        """Handled already, or in quiet hours: not what "next reminder" should say."""
        return self._state.handled(occurrence) or (
            self._night is not None and self._night.is_quiet(occurrence.due, tz))

    def _refresh(self) -> None:
        """Recompute the next occurrence, tell about a change, re-arm the timer."""
        if self._checking:
            return  # the running check refreshes when it is done
        now = self._clock.now()
        upcoming = self._compute_next(now)
        if not self._next_announced or upcoming != self._next:
            self._next, self._next_announced = upcoming, True
            self.nextChanged.emit(upcoming)
        if self._running:
            self._arm(now, upcoming)

    def _arm(self, now: datetime, upcoming: Occurrence | None) -> None:
        wait = MAX_WAIT
        moments = [until for until, _ in self._state.snoozes().values()]
        if upcoming is not None:
            moments.append(upcoming.due)
        for moment in moments:
            wait = min(wait, _utc(moment) - _utc(now))
        self._wakeup_ms = max(MIN_WAIT_MS, math.ceil(wait.total_seconds() * 1000))
        self._timer.start(self._wakeup_ms)

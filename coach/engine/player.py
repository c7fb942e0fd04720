"""The routine player: a state machine over a ``Timeline``, driven by deadlines.

Why deadlines: counting timer ticks drifts (every late tick adds up) and stops
making sense after the machine stalls. Instead every segment has a monotonic
deadline; the next segment's deadline is the previous deadline plus its duration,
so lateness never accumulates. ``update()`` re-reads the clock and walks forward
through as many segments as have really ended. One single-shot precise ``QTimer``
is armed for the next instant something visible changes (the displayed second
flips, the halfway point, the deadline) and simply calls ``update()``; tests never
need it and drive a ``FakeClock`` instead.

Cues (``cue.emit(kind, payload)``), for sound and voice:

- ``"segment"`` (the ``Segment``) on entering any segment, including at start;
- ``"switch_sides"`` (the ``Segment``) on entering an exercise segment whose side
  differs from the previous exercise segment of the same step (left -> right, and
  right -> left at the next repeat). Emitted just *before* ``"segment"`` so a voice
  says "Switch sides" and then the exercise and side;
- ``"tick"`` (3, 2, 1) when the displayed second becomes 3, 2, 1 in a segment of at
  least ``TICK_MIN_S`` seconds. When one look at the clock finds several of them
  passed, only the latest sounds, and only if it is at most ``TICK_STALE_S`` old
  (so the "1" still sounds when a segment's end is noticed up to half a second
  late, but a stalled machine does not tick about the past);
- ``"halfway"`` (the ``Segment``) once at the midpoint of an exercise segment of at
  least ``HALFWAY_MIN_S`` seconds (shorter holds are over before the cue helps);
- ``"done"`` (None) when the routine completes.

No cues while paused: a segment entered while paused (skip/back) is announced on
resume. After a long gap between updates (the machine was stuck, the event loop
was blocked) there is no burst: segments passed over are counted but not
announced; only the segment we land in gets ``"segment"`` (and ``"switch_sides"``),
and ticks/halfway already behind us in that segment are not played.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coach.engine.clock import Clock
from coach.engine.timeline import Segment, Timeline

EPS = 1e-6  # float slack: 27.9999995 s left still shows (and counts as) 28
BACK_RESTART_S = 3.0  # "back" later than this into a segment restarts it instead
TICK_MIN_S = 5  # shorter segments would be all ticks
TICK_SECONDS = (3, 2, 1)
TICK_STALE_S = 1.5  # a tick later than this is no countdown any more, just noise
HALFWAY_MIN_S = 40  # exercise segments at least this long get a "halfway" cue



class PlayerState(Enum):
    """Where a run is: an ``Enum``, so mypy flags a comparison with a string (never
    stored, so not a ``StrEnum``)."""

    READY = "ready"        # loaded, not started
    PLAYING = "playing"
    PAUSED = "paused"
    FINISHED = "finished"  # reached the end (by time or by skipping past the last segment)
    STOPPED = "stopped"    # abandoned by the user

    @property
    def running(self) -> bool:
        """Started and not over: the controls (pause, back, skip, stop) apply."""
        return self in (PlayerState.PLAYING, PlayerState.PAUSED)

    @property
    def over(self) -> bool:
        """Finished or stopped: only closing (or playing again) is left."""
        return self in (PlayerState.FINISHED, PlayerState.STOPPED)



@dataclass(frozen=True)
class SessionResult:
    """What the history records about one run of a routine."""

    routine_id: str
    started_wall: datetime
    ended_wall: datetime
    completed: bool  # reached the end by time or by skipping past the last segment
    exercise_segments_done: int  # exercise segments whose end was reached by time
    exercise_segments_total: int
    active_seconds: float  # time spent playing, pauses excluded


class RoutinePlayer(QObject):
    """Plays one timeline once: ready -> playing <-> paused -> finished | stopped."""

    segmentChanged = Signal(int)  # Qt-style camelCase names, like the UI expects
    secondChanged = Signal(int)
    stateChanged = Signal(object)  # PlayerState
    finished = Signal(object)  # SessionResult
    cue = Signal(str, object)  # kind, then Segment | int | None by kind (module docstring)

    def __init__(self, timeline: Timeline, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._clock = clock
        self._state: PlayerState = PlayerState.READY
        self._index = 0
        self._deadline = 0.0  # monotonic end of the current segment while playing
        self._held_remaining = float(timeline.segments[0].duration_s) if timeline.segments else 0.0
        # seconds left of each segment after index i, so remaining_total() is O(1)
        durations = [s.duration_s for s in timeline.segments]
        self._after = [sum(durations[i + 1:]) for i in range(len(durations))]
        # per-segment cue bookkeeping
        self._shown = self.displayed_seconds()  # last value sent by secondChanged
        self._ticks_left: tuple[int, ...] = ()  # tick seconds still to sound in this segment
        self._halfway_pending = False
        self._announced_index: int | None = None  # segment whose entry cues were played
        # session accounting
        self._started_wall: datetime | None = None
        self._play_since = 0.0
        self._active = 0.0
        self._done: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.update)

    # ----- read-only state -------------------------------------------------
    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def segment(self) -> Segment:
        return self._timeline.segments[self._index]

    @property
    def timeline(self) -> Timeline:
        return self._timeline

    def remaining(self) -> float:
        """Seconds left in the current segment (the deadline while playing)."""
        if self._state == PlayerState.PLAYING:
            return max(0.0, self._deadline - self._clock.monotonic())
        if self._state == PlayerState.FINISHED:
            return 0.0
        return self._held_remaining

    def displayed_seconds(self) -> int:
        """The whole second on screen: 28.0 -> 28, 27.9999 -> 28, 27.0 -> 27."""
        return max(0, math.ceil(self.remaining() - EPS))

    def remaining_total(self) -> float:
        if self._state == PlayerState.FINISHED or not self._timeline.segments:
            return 0.0
        return self.remaining() + self._after[self._index]

    def elapsed_total(self) -> float:
        return self._timeline.total_s - self.remaining_total()

    def next_wakeup_s(self) -> float | None:
        """Seconds until the next visible change (what the internal timer waits for).

        None unless playing. Exposed so tests can check the timer's aim without waiting.
        """
        if self._state != PlayerState.PLAYING:
            return None
        remaining = self.remaining()
        wait = remaining - (self.displayed_seconds() - 1)  # when the number flips
        if self._halfway_pending:
            to_half = remaining - self.segment.duration_s / 2
            if to_half > 0:
                wait = min(wait, to_half)
        return max(0.0, wait)

    # ----- controls --------------------------------------------------------
    def start(self) -> None:
        """Start from the first segment; only from "ready"."""
        if self._state != PlayerState.READY:
            return
        now = self._clock.monotonic()
        self._started_wall = self._clock.now()
        if not self._timeline.segments:
            self._play_since = now
            self._set_state(PlayerState.PLAYING)
            self._finish(completed=True, end_mono=now)
            return
        self._deadline = now + self.segment.duration_s
        self._play_since = now
        self._set_state(PlayerState.PLAYING)
        self._reset_segment_cues()
        self._announce_entry()
        self.update()

    def pause(self) -> None:
        if self._state != PlayerState.PLAYING:
            return
        self.update()  # a segment may have ended since the last look
        if self._state_now() != PlayerState.PLAYING:
            return
        now = self._clock.monotonic()
        self._held_remaining = max(0.0, self._deadline - now)
        self._active += now - self._play_since
        self._timer.stop()
        self._set_state(PlayerState.PAUSED)

    def resume(self) -> None:
        if self._state != PlayerState.PAUSED:
            return
        now = self._clock.monotonic()
        self._deadline = now + self._held_remaining
        self._play_since = now
        self._set_state(PlayerState.PLAYING)
        if self._announced_index != self._index:  # moved with skip/back while paused
            self._announce_entry()
        self.update()

    def toggle_pause(self) -> None:
        if self._state == PlayerState.PLAYING:
            self.pause()
        elif self._state == PlayerState.PAUSED:
            self.resume()

    def skip(self) -> None:
        """Go to the next segment; past the last one the routine is complete."""
        if not self._catch_up_before_control():
            return
        if self._index + 1 >= len(self._timeline.segments):
            self._finish(completed=True, end_mono=self._clock.monotonic())
            return
        self._go_to(self._index + 1)

    def back(self) -> None:
        """Early in a segment: the previous one, from its start; later: restart this one."""
        if not self._catch_up_before_control():
            return
        into = self.segment.duration_s - self.remaining()
        if into < BACK_RESTART_S and self._index > 0:
            self._go_to(self._index - 1)
        else:
            self._go_to(self._index)

    def stop(self) -> None:
        """Abandon the run; ``finished`` reports it as not completed (no-op unless running)."""
        if not self._state.running:
            return
        self.update()
        if not self._state_now().running:
            return  # it had just ended by time
        now = self._clock.monotonic()
        if self._state == PlayerState.PLAYING:
            self._held_remaining = max(0.0, self._deadline - now)
        self._finish(completed=False, end_mono=now)

    def update(self) -> None:
        """Re-read the clock, move through every segment that has ended, emit what changed."""
        if self._state != PlayerState.PLAYING:
            return
        now = self._clock.monotonic()
        tick = self._take_due_tick(now)
        if tick is not None:  # it belongs to the segment we were in: sound it first
            self.cue.emit("tick", tick)
        entered = False
        while self._deadline - now <= EPS:
            if self.segment.kind == "exercise":
                self._done.add(self._index)
            if self._index + 1 >= len(self._timeline.segments):
                self._finish(completed=True, end_mono=self._deadline)
                return
            self._index += 1
            self._deadline += self.segment.duration_s  # chained: no drift
            entered = True
        if entered:
            # Only the segment we land in is announced, however many were passed.
            self._reset_segment_cues()
            self.segmentChanged.emit(self._index)
            self._announce_entry()
        else:
            self._halfway_cue()
        self._emit_second()
        self._arm_timer()

    # ----- internals -------------------------------------------------------
    def _state_now(self) -> PlayerState:
        """The state, re-read after ``update()`` (which may end the run): mypy keeps
        ``self._state`` narrowed across the call and would call the re-check unreachable."""
        return self._state

    def _catch_up_before_control(self) -> bool:
        """Bring the position up to date before a user control; False if not running."""
        if not self._state.running:
            return False
        self.update()
        return self._state_now().running

    def _go_to(self, index: int) -> None:
        """Enter ``index`` from its start (skip, back, restart)."""
        restart = index == self._index
        self._index = index
        duration = float(self.segment.duration_s)
        if self._state == PlayerState.PLAYING:
            self._deadline = self._clock.monotonic() + duration
        else:
            self._held_remaining = duration
        self._reset_segment_cues()
        self.segmentChanged.emit(index)
        if self._state == PlayerState.PLAYING:
            self._announce_entry(may_switch=not restart)  # a restart is the same leg
        elif not restart:
            self._announced_index = None  # announce it on resume
        self._emit_second()
        if self._state == PlayerState.PLAYING:
            self._arm_timer()

    def _reset_segment_cues(self) -> None:
        """Fresh tick/halfway bookkeeping for the segment just entered (maybe late)."""
        segment = self.segment
        shown = self.displayed_seconds()
        self._ticks_left = (tuple(k for k in TICK_SECONDS if k < shown)
                            if segment.duration_s >= TICK_MIN_S else ())
        self._halfway_pending = (segment.kind == "exercise"
                                 and segment.duration_s >= HALFWAY_MIN_S
                                 and self.remaining() - segment.duration_s / 2 > EPS)

    def _announce_entry(self, *, may_switch: bool = True) -> None:
        segment = self.segment
        self._announced_index = self._index
        if may_switch and self._switches_sides(self._index):
            self.cue.emit("switch_sides", segment)
        self.cue.emit("segment", segment)

    def _switches_sides(self, index: int) -> bool:
        segment = self._timeline.segments[index]
        if segment.kind != "exercise" or segment.side is None:
            return False
        for earlier in reversed(self._timeline.segments[:index]):
            if earlier.kind == "exercise":
                return (earlier.step_index == segment.step_index
                        and earlier.side is not None and earlier.side != segment.side)
        return False

    def _take_due_tick(self, now: float) -> int | None:
        """The tick to sound now, if any; ticks passed since the last look are used up."""
        passed = [k for k in self._ticks_left if now - (self._deadline - k) >= -EPS]
        if not passed:
            return None
        self._ticks_left = tuple(k for k in self._ticks_left if k not in passed)
        latest = min(passed)
        return latest if now - (self._deadline - latest) <= TICK_STALE_S + EPS else None

    def _halfway_cue(self) -> None:
        segment = self.segment
        if self._halfway_pending and self.remaining() - segment.duration_s / 2 <= EPS:
            self._halfway_pending = False
            self.cue.emit("halfway", segment)

    def _emit_second(self) -> None:
        shown = self.displayed_seconds()
        if shown != self._shown:
            self._shown = shown
            self.secondChanged.emit(shown)

    def _arm_timer(self) -> None:
        wait = self.next_wakeup_s()
        if wait is None:
            self._timer.stop()
            return
        # round up: waking a hair early would only re-arm for the leftover
        self._timer.start(max(1, math.ceil(wait * 1000 - EPS)))

    def _set_state(self, state: PlayerState) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    def _finish(self, *, completed: bool, end_mono: float) -> None:
        """End the run once: account, cue, and report. ``end_mono`` may be in the past."""
        self._timer.stop()
        now = self._clock.monotonic()
        if self._state == PlayerState.PLAYING:
            self._active += max(0.0, end_mono - self._play_since)
        ended_wall = self._clock.now() - timedelta(seconds=max(0.0, now - end_mono))
        result = SessionResult(
            routine_id=self._timeline.routine.id,
            started_wall=self._started_wall or ended_wall,
            ended_wall=ended_wall,
            completed=completed,
            exercise_segments_done=len(self._done),
            exercise_segments_total=self._timeline.exercise_count,
            active_seconds=self._active,
        )
        self._set_state(PlayerState.FINISHED if completed else PlayerState.STOPPED)
        if completed:
            self._emit_second()  # the ring shows 0
            self.cue.emit("done", None)
        self.finished.emit(result)

"""A reminder end to end: the scheduler fires, the pop-up appears, Start opens the routine."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from coach.engine.player import PlayerState
from coach.engine.scheduler import ReminderScheduler
from coach.store.reminder_state import ReminderState
from coach.testing.clock import FakeClock
from coach.ui.reminder_controller import ReminderController, reminders_from_settings
from coach.ui.reminder_delivery import ReminderDelivery

from fakes import make_window

BERLIN = ZoneInfo("Europe/Berlin")


class NoServer(QObject):
    """A notifier on a desktop without a notification server."""

    actionInvoked = Signal(str, str)
    closed = Signal(str, int)

    def available(self) -> bool:
        return False

    def notify(self, *args, **kwargs) -> bool:
        return False

    def close(self, key: str) -> None:
        pass


@contextmanager
def reminder_flow(qtbot, notifier, *, make_tray=None, language: str = "en",
                  edit_reminders=None, show: bool = False) -> Iterator[tuple]:
    """The window, clock, scheduler, delivery, diary and controller of a Monday evening
    at 21:00, wired as the app wires them; closed afterwards in the app's order: the
    window first (a routine still playing is recorded), posted refreshes run, then
    the diary."""
    clock = FakeClock(datetime(2026, 1, 5, 21, 0, tzinfo=BERLIN))  # a Monday evening
    window, clock, history = make_window(clock, language=language)
    qtbot.addWidget(window)
    if show:
        window.show()
    tray = make_tray(window) if make_tray is not None else None
    items = window.services.settings.get("reminders")
    if edit_reminders is not None:
        edit_reminders(items)
    scheduler = ReminderScheduler(clock, ReminderState(history), reminders_from_settings(items))
    delivery = ReminderDelivery(notifier=notifier, tray=tray,
                                describe=lambda occ: controller.describe(occ))
    controller = ReminderController(window, scheduler, delivery, tray, clock)
    controller.start_scheduling()
    window.controller = controller  # for the forwarded-command tests
    try:
        yield window, clock, scheduler, delivery, history, tray
    finally:
        scheduler.stop()
        if tray is not None:
            tray.hide()
        if delivery.window is not None:
            delivery.window.close()
        window.close()
        QApplication.processEvents()
        history.close()


@pytest.fixture
def flow(qtbot):
    with reminder_flow(qtbot, NoServer(), show=True) as (window, clock, scheduler, delivery,
                                                          history, _tray):
        yield window, clock, scheduler, delivery, history


def outcomes(history) -> list[str]:
    return [row.outcome for row in history.reminder_outcomes()]


def test_home_says_when_the_next_reminder_is(flow):
    window, *_ = flow
    assert window.home.next_reminder.text() == "Next reminder: tonight at 21:30, in 30 min"


def test_at_2130_the_pop_up_appears_and_start_opens_the_evening_routine(flow, qtbot):
    window, clock, scheduler, delivery, history = flow
    clock.advance(29 * 60 + 59)
    scheduler.check()
    assert delivery.window is None or not delivery.window.isVisible()
    clock.advance(1)
    scheduler.check()
    popup = delivery.window
    assert popup is not None and popup.isVisible()
    assert popup.routine_label.text() == "Evening stretch before bed"
    popup.startRequested.emit(popup.occurrence)
    assert window.stack.currentWidget() is window.player_screen
    assert window.player_screen.player.timeline.routine.id == "evening-stretch"
    assert not popup.isVisible()
    assert "started" in outcomes(history)
    assert "done" not in outcomes(history)  # not before the routine was really done


def play_to_the_end(window, clock) -> None:
    player = window.player_screen.player
    for _ in range(1000):
        if player.state == PlayerState.FINISHED:
            return
        clock.advance(1)
        player.update()
    raise AssertionError("the routine did not finish")


def due_now(flow) -> None:
    _window, clock, scheduler, _delivery, _history = flow
    clock.advance(30 * 60)
    scheduler.check()


def test_start_plays_the_routine_without_a_second_key_press(flow):
    window, clock, _scheduler, delivery, _history = flow
    due_now(flow)
    delivery.window.startRequested.emit(delivery.window.occurrence)
    player = window.player_screen.player
    assert player.state == PlayerState.PLAYING
    assert window.player_screen.heading.text() == "Get ready"  # the countdown first
    clock.advance(player.segment.duration_s + 0.5)
    player.update()
    assert player.state == PlayerState.PLAYING and player.segment.kind == "exercise"


def test_a_routine_played_to_the_end_is_noted_done_and_history_shows_it(flow):
    window, clock, _scheduler, delivery, history = flow
    due_now(flow)
    delivery.window.startRequested.emit(delivery.window.occurrence)
    play_to_the_end(window, clock)
    assert "done" in outcomes(history)
    sessions = history.sessions()
    assert len(sessions) == 1 and sessions[0].completed


def test_opening_and_closing_the_player_is_not_done(flow):
    window, clock, _scheduler, delivery, history = flow
    due_now(flow)
    delivery.window.startRequested.emit(delivery.window.occurrence)
    clock.advance(20)
    window.player_screen.player.update()
    window.player_screen.stop_button.click()  # stopped in the first minute
    window.show_home()
    assert "done" not in outcomes(history)
    assert outcomes(history).count("started") == 1


def test_stopped_after_most_of_the_routine_counts_like_history_counts_it(flow):
    window, clock, _scheduler, delivery, history = flow
    due_now(flow)
    delivery.window.startRequested.emit(delivery.window.occurrence)
    player = window.player_screen.player
    total = player.timeline.total_s
    for _ in range(int(total * 0.8)):
        clock.advance(1)
        player.update()
    player.stop()
    session = history.sessions()[0]
    assert not session.completed
    from coach.insights.counts import is_stretched
    assert is_stretched(session)
    assert "done" in outcomes(history)


def test_snooze_brings_it_back_ten_minutes_later_also_after_sleep(flow):
    window, clock, scheduler, delivery, history = flow
    clock.advance(30 * 60)
    scheduler.check()
    popup = delivery.window
    popup.snoozeRequested.emit(popup.occurrence, 10)
    assert not popup.isVisible()
    assert "Snoozed" in window.statusBar().currentMessage()
    clock.suspend(2 * 60 * 60)  # the laptop slept through the snooze
    scheduler.check()
    assert popup.isVisible()
    assert "snoozed" in outcomes(history)


def test_skip_tonight_keeps_tomorrow(flow):
    window, clock, scheduler, delivery, history = flow
    clock.advance(30 * 60)
    scheduler.check()
    delivery.window.skipRequested.emit(delivery.window.occurrence)
    assert "skipped" in outcomes(history)
    assert "tomorrow at 21:30" in window.home.next_reminder.text()


def test_missed_while_asleep_gives_one_prompt_with_the_missed_wording(flow):
    _window, clock, scheduler, delivery, history = flow
    clock.suspend(75 * 60)  # asleep from 21:00 to 22:15
    scheduler.check()
    popup = delivery.window
    assert popup.isVisible()
    assert "missed" in popup.heading.text().lower()
    scheduler.check()
    assert outcomes(history).count("shown") == 1


def test_edited_reminders_reach_the_scheduler_at_once(flow):
    window, _clock, scheduler, *_ = flow
    items = window.services.settings.get("reminders")
    items[0]["time"] = "21:10"
    window.reminders_screen.remindersChanged.emit(items)
    assert scheduler.next_occurrence().due == datetime(2026, 1, 5, 21, 10, tzinfo=BERLIN)
    assert "in 10 min" in window.home.next_reminder.text()


def test_forwarded_snooze_snoozes_what_was_shown_last(flow):
    window, clock, scheduler, delivery, _history = flow
    assert window.controller.snooze_last(10) is False  # nothing shown yet
    clock.advance(30 * 60)
    scheduler.check()
    assert window.controller.snooze_last(15) is True
    assert not delivery.window.isVisible()
    clock.advance(15 * 60)
    scheduler.check()
    assert delivery.window.isVisible()


def test_the_trays_start_answers_the_reminder_and_plays(qtbot):
    from coach.platform.tray import Tray

    def make_tray(window):
        return Tray(window.cramp_action, available_fn=lambda: True)

    with reminder_flow(qtbot, NoServer(), make_tray=make_tray) as (window, clock, scheduler,
                                                                    delivery, history, tray):
        clock.advance(30 * 60)
        scheduler.check()
        tray.start_action.trigger()
        assert window.player_screen.player.state == PlayerState.PLAYING
        assert "started" in outcomes(history)
        assert not delivery.window.isVisible()  # answered: the pop-up went away


class ButtonServer(NoServer):
    """A notification server that shows buttons; ``close_by_user`` plays its close button."""

    supports_actions = True

    def available(self) -> bool:
        return True

    def notify(self, key, title, body, actions) -> bool:
        self.key = key
        return True


def test_a_dismissed_notification_is_noted_dismissed_not_done_not_snoozed(qtbot):
    from coach.platform.notifications import CLOSED_DISMISSED

    server = ButtonServer()
    with reminder_flow(qtbot, server) as (_window, clock, scheduler, delivery, history, _tray):
        clock.advance(30 * 60)
        scheduler.check()
        server.closed.emit(server.key, CLOSED_DISMISSED)
        assert "dismissed" in outcomes(history)
        assert "done" not in outcomes(history) and "snoozed" not in outcomes(history)
        clock.advance(60 * 60)
        scheduler.check()
        assert delivery.window is None  # it does not come back tonight


def test_home_says_snoozed_until_while_a_snooze_is_pending(flow, qtbot):
    window, clock, scheduler, delivery, _history = flow
    due_now(flow)
    delivery.window.snoozeRequested.emit(delivery.window.occurrence, 10)
    assert window.home.next_reminder.text() == "Next reminder: snoozed until 21:40, in 10 min"
    assert window.reminders_screen.next_label.text() == "Next: snoozed until 21:40"
    clock.advance(10 * 60)
    scheduler.check()  # it rings again; the line goes on to tomorrow
    qtbot.waitUntil(lambda: "tomorrow at 21:30" in window.home.next_reminder.text())


def test_the_pop_up_says_the_title_once_in_the_interface_language(qtbot):
    """A label saved as the English title, the interface in Russian: no
    "Evening stretch before bed · Вечерняя растяжка перед сном"."""
    server = ButtonServer()
    sent: list[str] = []
    server.notify = lambda key, title, body, actions: sent.append(body) or True

    def english_label(items):
        items[0]["label"] = "Evening stretch before bed"

    with reminder_flow(qtbot, server, language="ru",
                       edit_reminders=english_label) as (_window, clock, scheduler, _delivery,
                                                         _history, _tray):
        clock.advance(30 * 60)
        scheduler.check()
        assert sent == ["Вечерняя растяжка перед сном"]


def test_start_in_the_notification_plays_the_routine(qtbot):
    server = ButtonServer()
    with reminder_flow(qtbot, server) as (window, clock, scheduler, _delivery, history, _tray):
        clock.advance(30 * 60)
        scheduler.check()
        server.actionInvoked.emit(server.key, "start")
        assert window.stack.currentWidget() is window.player_screen
        assert window.player_screen.player.state == PlayerState.PLAYING
        assert "done" not in outcomes(history)


def test_a_reminder_moved_to_later_tonight_rings_again_at_the_new_time(flow):
    window, clock, scheduler, delivery, _history = flow
    due_now(flow)  # 21:30: it rang
    delivery.window.skipRequested.emit(delivery.window.occurrence)
    items = window.services.settings.get("reminders")
    items[0]["time"] = "22:15"
    window.reminders_screen.remindersChanged.emit(items)
    assert "22:15" in window.home.next_reminder.text()
    clock.advance(45 * 60)
    scheduler.check()
    assert delivery.window.isVisible()
    assert delivery.window.occurrence.due.hour == 22


# --- the reminder follows the six-week programme (issue 16) --------------------------------


def set_evening_reminder(window, routine: str, at: str = "21:30", label: str = "") -> None:
    window.controller.set_reminders([{
        "id": "evening", "time": at, "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        "routine": routine, "label": label, "enabled": True}])


def pop_up(flow, minutes: int = 30):
    _window, clock, scheduler, delivery, _history = flow
    clock.advance(minutes * 60)
    scheduler.check()
    assert delivery.window is not None and delivery.window.isVisible()
    return delivery.window


def test_while_the_programme_runs_the_evening_reminder_plays_its_routine_and_week(flow):
    window, clock, _scheduler, _delivery, history = flow
    history.add_programme_event("start", clock.now())
    set_evening_reminder(window, "wall-lean-three-times", label="Stretch!")
    popup = pop_up(flow)
    assert popup.routine_label.text() == (
        "Evening stretch before bed · Week 1 of 6 of the programme")
    assert popup.detail_label.text() == "Reminder: Stretch!"
    popup.startRequested.emit(popup.occurrence)
    assert window.player_screen.player.timeline.routine.id == "evening-stretch"


def test_in_week_two_the_reminder_says_so(flow):
    window, _clock, _scheduler, _delivery, history = flow
    history.add_programme_event("start", datetime(2025, 12, 29, 20, 0, tzinfo=BERLIN))
    set_evening_reminder(window, "evening-stretch")  # tonight is the eighth evening
    popup = pop_up(flow)
    assert popup.routine_label.text() == (
        "Evening stretch before bed · Week 2 of 6 of the programme")
    assert popup.detail_label.text() == ""


@pytest.mark.parametrize("last_event", ["pause", "end"])
def test_a_paused_or_ended_programme_leaves_the_reminder_as_set(flow, last_event):
    window, clock, _scheduler, _delivery, history = flow
    history.add_programme_event("start", datetime(2025, 12, 29, 20, 0, tzinfo=BERLIN))
    history.add_programme_event(last_event, clock.now())
    set_evening_reminder(window, "wall-lean-three-times")
    popup = pop_up(flow)
    assert "Week" not in popup.routine_label.text()
    popup.startRequested.emit(popup.occurrence)
    assert window.player_screen.player.timeline.routine.id == "wall-lean-three-times"


def test_a_seated_evening_routine_is_kept_and_a_morning_reminder_left_as_set(flow):
    window, clock, _scheduler, _delivery, history = flow
    history.add_programme_event("start", clock.now())
    set_evening_reminder(window, "evening-stretch-seated")
    popup = pop_up(flow)
    assert popup.routine_label.text().endswith(" · Week 1 of 6 of the programme")
    assert "seated" in popup.routine_label.text().lower()
    popup.startRequested.emit(popup.occurrence)
    assert window.player_screen.player.timeline.routine.id == "evening-stretch-seated"
    set_evening_reminder(window, "wall-lean-three-times", at="08:00")
    morning = pop_up(flow, 10 * 60 + 30)  # 08:00 the next morning
    assert "Week" not in morning.routine_label.text()

"""The delivery chain: a notification with buttons, else our window (and a tray message)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QObject, Qt, Signal

from coach.engine.schedule import Occurrence
from coach.platform.notifications import CLOSED_DISMISSED, CLOSED_EXPIRED
from coach.ui.reminder_delivery import ReminderDelivery

TZ = timezone(timedelta(hours=1))


Occ = Occurrence  # the scheduler's own type: no look-alike to drift from it

def occ(rid: str = "evening", hour: int = 21) -> Occ:
    return Occ(rid, datetime(2025, 3, 14, hour, 30, tzinfo=TZ), date(2025, 3, 14))


class FakeNotifier(QObject):
    """DesktopNotifier's surface; ``server_*`` methods play the notification server."""

    actionInvoked = Signal(str, str)
    closed = Signal(str, int)

    def __init__(self, accept: bool = True, actions: bool = True, up: bool = True) -> None:
        super().__init__()
        self.accept, self.supports_actions, self.up = accept, actions, up
        self.sent: list[tuple] = []
        self.closed_keys: list[str] = []
        self.showing: set[str] = set()

    def available(self) -> bool:
        return self.up

    def notify(self, key, title, body, actions) -> bool:
        self.sent.append((key, title, body, actions))
        if self.accept:
            self.showing.add(key)
        return self.accept

    def close(self, key) -> None:
        if key in self.showing:
            self.showing.discard(key)
            self.closed_keys.append(key)

    def server_action(self, key: str, action: str) -> None:
        self.showing.discard(key)
        self.actionInvoked.emit(key, action)

    def server_close(self, key: str, reason: int) -> None:
        self.showing.discard(key)
        self.closed.emit(key, reason)


class FakeTray(QObject):
    snoozeRequested = Signal(object, int)

    def __init__(self, messages: bool = True) -> None:
        super().__init__()
        self.available = True
        self.messages: list[tuple[str, str]] = []
        self.active: object = "unset"
        self.snooze_minutes = 10
        self._messages = messages

    def show_message(self, title: str, body: str) -> bool:
        self.messages.append((title, body))
        return self._messages

    def set_active_occurrence(self, occurrence) -> None:
        self.active = occurrence

    def set_snooze_minutes(self, minutes: int) -> None:
        self.snooze_minutes = minutes


def describe(occurrence) -> tuple[str, str]:
    return "Evening stretch", "Evening stretch before bed"


@pytest.fixture
def make(qtbot):
    made: list[ReminderDelivery] = []

    def _make(notifier=None, tray=None, **kwargs) -> ReminderDelivery:
        delivery = ReminderDelivery(notifier, tray, describe=describe, **kwargs)
        made.append(delivery)
        return delivery

    yield _make
    for delivery in made:
        if delivery.window is not None:
            delivery.window.dismiss()
            delivery.window.deleteLater()


def answers(delivery: ReminderDelivery) -> list[tuple]:
    seen: list[tuple] = []
    delivery.startRequested.connect(lambda o: seen.append(("start", o)))
    delivery.snoozeRequested.connect(lambda o, m: seen.append(("snooze", o, m)))
    delivery.skipRequested.connect(lambda o: seen.append(("skip", o)))
    return seen


def test_an_accepted_notification_is_the_only_channel(make):
    notifier, tray = FakeNotifier(), FakeTray()
    delivery = make(notifier, tray)
    o = occ()
    assert delivery.deliver(o) == "notification"
    assert delivery.window is None
    assert tray.messages == []
    assert tray.active is o
    key, title, body, actions = notifier.sent[0]
    assert key == o.key
    assert title == "Time for your evening stretch"
    assert body == "Evening stretch before bed · Evening stretch"
    assert [a for a, _ in actions if a != "default"] == ["start", "snooze", "skip"]
    assert dict(actions)["snooze"] == "Snooze 10 min"


@pytest.mark.parametrize("notifier", [
    None,
    FakeNotifier(accept=False),
    FakeNotifier(actions=False),
    FakeNotifier(up=False),
], ids=["no-notifier", "refused", "no-buttons", "no-server"])
def test_otherwise_our_window_always_shows(make, notifier):
    delivery = make(notifier)
    o = occ()
    assert delivery.deliver(o) == "window"
    assert delivery.window is not None and delivery.window.isVisible()
    assert delivery.window.occurrence is o


def test_a_server_without_buttons_gets_no_buttons_but_words_on_how_to_act(make):
    notifier, tray = FakeNotifier(actions=False), FakeTray()
    delivery = make(notifier, tray)
    assert delivery.deliver(occ()) == "window"
    [(_key, _title, body, actions)] = notifier.sent
    assert actions == [] and body.endswith("Open Calf Coach to start.")
    assert delivery.window.isVisible()
    assert tray.messages == []  # one heads-up, not two


def test_the_window_comes_with_a_tray_message_where_there_is_a_tray(make):
    tray = FakeTray()
    delivery = make(FakeNotifier(accept=False), tray)
    assert delivery.deliver(occ(), missed=True) == "window"
    assert tray.messages == [("You missed tonight's stretch (21:30). Do it now?",
                              "Evening stretch before bed · Evening stretch\n"
                              "Open Calf Coach to start.")]
    assert delivery.window.heading.text() == tray.messages[0][0]


def test_even_a_tray_that_cannot_show_messages_leaves_the_window(make):
    delivery = make(None, FakeTray(messages=False))
    assert delivery.deliver(occ()) == "window"
    assert delivery.window.isVisible()


@pytest.mark.parametrize(("action", "expected"), [
    ("start", ("start",)), ("snooze", ("snooze", 10)), ("skip", ("skip",)),
])
def test_notification_buttons_come_back_as_answers(make, action, expected):
    notifier, tray = FakeNotifier(), FakeTray()
    delivery = make(notifier, tray)
    seen = answers(delivery)
    o = occ()
    delivery.deliver(o)
    notifier.server_action(o.key, action)
    name, *rest = expected
    assert seen == [(name, o, *rest)]
    assert tray.active is None
    assert delivery.current is None


def test_actions_for_other_keys_are_ignored(make):
    notifier = FakeNotifier()
    delivery = make(notifier)
    seen = answers(delivery)
    delivery.deliver(occ())
    notifier.server_action("someone-else@2025-03-14", "start")
    assert seen == []


def test_clicking_the_notification_opens_our_window_for_the_answer(make, qtbot):
    notifier = FakeNotifier()
    delivery = make(notifier)
    seen = answers(delivery)
    o = occ()
    delivery.deliver(o)
    notifier.server_action(o.key, "default")
    assert seen == []
    assert delivery.window.isVisible() and delivery.window.occurrence is o
    qtbot.mouseClick(delivery.window.start_button, Qt.MouseButton.LeftButton)
    assert seen == [("start", o)]


def test_dismissing_the_notification_is_dismissed_not_snoozed(make):
    notifier = FakeNotifier()
    delivery = make(notifier, snooze_min=20)
    seen = answers(delivery)
    dismissed: list = []
    delivery.dismissed.connect(dismissed.append)
    o = occ()
    delivery.deliver(o)
    notifier.server_close(o.key, CLOSED_DISMISSED)
    assert seen == [] and dismissed == [o]
    assert delivery.current is None and delivery.window is None


def test_an_expired_notification_falls_back_to_the_window(make):
    notifier = FakeNotifier()
    delivery = make(notifier)
    seen = answers(delivery)
    o = occ()
    delivery.deliver(o)
    notifier.server_close(o.key, CLOSED_EXPIRED)
    assert seen == []
    assert delivery.window.isVisible() and delivery.window.occurrence is o


def test_window_buttons_answer_and_clear_the_tray(make, qtbot):
    tray = FakeTray()
    delivery = make(None, tray)
    seen = answers(delivery)
    o = occ()
    delivery.deliver(o)
    qtbot.mouseClick(delivery.window.skip_button, Qt.MouseButton.LeftButton)
    assert seen == [("skip", o)]
    assert tray.active is None
    assert not delivery.window.isVisible()


def test_tray_snooze_answers_and_closes_the_other_channels(make):
    notifier, tray = FakeNotifier(), FakeTray()
    delivery = make(notifier, tray)
    seen = answers(delivery)
    o = occ()
    delivery.deliver(o)
    tray.snoozeRequested.emit(o, 10)
    assert seen == [("snooze", o, 10)]
    assert notifier.closed_keys == [o.key]


def test_withdraw_closes_the_notification(make):
    notifier, tray = FakeNotifier(), FakeTray()
    delivery = make(notifier, tray)
    o = occ()
    delivery.deliver(o)
    delivery.withdraw(o)
    assert notifier.closed_keys == [o.key]
    assert tray.active is None
    assert delivery.current is None


def test_withdraw_closes_the_window(make):
    delivery = make(None)
    seen = answers(delivery)
    o = occ()
    delivery.deliver(o)
    delivery.withdraw(o)
    assert not delivery.window.isVisible()
    assert seen == []


def test_a_newer_reminder_replaces_the_older_one(make):
    notifier = FakeNotifier()
    delivery = make(notifier)
    seen = answers(delivery)
    older, newer = occ("older"), occ("newer")
    delivery.deliver(older)
    delivery.deliver(newer)
    assert notifier.closed_keys == [older.key]
    notifier.server_action(older.key, "start")  # a late click on the old one
    notifier.server_action(newer.key, "skip")
    assert seen == [("skip", newer)]


def test_a_snoozed_reminder_comes_back_on_the_same_key(make):
    notifier = FakeNotifier()
    delivery = make(notifier)
    o = occ()
    delivery.deliver(o)
    notifier.server_action(o.key, "snooze")
    assert delivery.deliver(o) == "notification"
    assert [s[0] for s in notifier.sent] == [o.key, o.key]


def test_snooze_minutes_reach_every_channel(make, qtbot):
    notifier, tray = FakeNotifier(accept=False), FakeTray()
    delivery = make(notifier, tray)
    seen = answers(delivery)
    delivery.set_snooze_minutes(5)
    o = occ()
    delivery.deliver(o)
    assert dict(notifier.sent[0][3])["snooze"] == "Snooze 5 min"
    assert tray.snooze_minutes == 5
    assert delivery.window.snooze_button.text() == "Snooze 5 min"
    qtbot.keyClick(delivery.window, Qt.Key.Key_Escape)
    assert seen == [("snooze", o, 5)]


@pytest.mark.expected_log("coach.ui.reminder_delivery",
                          match=r"could not describe reminder|desktop notification failed")
def test_a_failing_describe_or_notifier_still_reminds(qapp):
    class Broken(FakeNotifier):
        def notify(self, *args) -> bool:
            raise RuntimeError("bus on fire")

    def bad_describe(_occurrence):
        raise KeyError("deleted reminder")

    delivery = ReminderDelivery(Broken(), None, describe=bad_describe)
    try:
        assert delivery.deliver(occ()) == "window"
        assert delivery.window.isVisible()
    finally:
        delivery.window.dismiss()

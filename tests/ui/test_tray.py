"""The tray: its menu in order, the shared "Cramp now" action, nothing without a tray."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSystemTrayIcon

from coach.platform import tray as tray_module
from coach.platform.tray import Tray


@pytest.fixture
def cramp_action(qapp):
    action = QAction("Cramp now")
    yield action


@pytest.fixture
def tray(qapp, cramp_action):
    t = Tray(cramp_action, available_fn=lambda: True)
    yield t
    t.hide()


def texts(tray: Tray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator()]


def test_menu_items_in_order(tray):
    tray.set_routine("evening-stretch", "Evening stretch before bed")
    tray.set_next_text("Next reminder: tonight at 21:30")
    assert texts(tray) == [
        "Start Evening stretch before bed",
        "Cramp now",
        "Next reminder: tonight at 21:30",
        "Snooze 10 min",
        "Open Calf Coach",
        "Quit",
    ]
    assert "tonight at 21:30" in tray.icon.toolTip()


def test_cramp_now_is_the_windows_own_action(tray, cramp_action):
    assert cramp_action in tray.menu.actions()
    assert tray.cramp_action is cramp_action


def test_next_reminder_line_is_information_only(tray):
    assert not tray.next_action.isEnabled()


def test_start_opens_the_chosen_routine(tray, qtbot):
    assert not tray.start_action.isEnabled()  # nothing to start yet
    tray.set_routine("evening-stretch", "Evening stretch before bed")
    with qtbot.waitSignal(tray.startRoutineRequested) as blocker:
        tray.start_action.trigger()
    assert blocker.args == ["evening-stretch"]


def test_snooze_only_while_a_reminder_is_showing(tray, qtbot):
    assert not tray.snooze_action.isEnabled()
    occurrence = object()
    tray.set_snooze_minutes(15)
    tray.set_active_occurrence(occurrence)
    assert tray.snooze_action.isEnabled()
    assert tray.snooze_action.text() == "Snooze 15 min"
    with qtbot.waitSignal(tray.snoozeRequested) as blocker:
        tray.snooze_action.trigger()
    assert blocker.args == [occurrence, 15]
    assert not tray.snooze_action.isEnabled()
    tray.set_active_occurrence(occurrence)
    tray.set_active_occurrence(None)
    assert not tray.snooze_action.isEnabled()


def test_open_quit_and_left_click(tray, qtbot):
    with qtbot.waitSignal(tray.quitRequested):
        tray.quit_action.trigger()
    with qtbot.waitSignal(tray.openRequested):
        tray.open_action.trigger()
    with qtbot.waitSignal(tray.openRequested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(tray.openRequested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)


def test_show_message_follows_what_the_platform_supports(tray, monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: False))
    assert tray.show_message("Time for your evening stretch", "Evening stretch") is False
    shown: list[tuple] = []
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: shown.append(args[:2]))
    assert tray.show_message("Time for your evening stretch", "Evening stretch") is True
    assert shown == [("Time for your evening stretch", "Evening stretch")]


def test_without_a_tray_nothing_is_created(qapp, cramp_action, monkeypatch, caplog):
    created: list[object] = []
    real = tray_module.QSystemTrayIcon

    class Spy(real):
        def __init__(self, *args, **kwargs):
            created.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(tray_module, "QSystemTrayIcon", Spy)
    caplog.set_level(logging.INFO, logger=tray_module.__name__)
    t = Tray(cramp_action, available_fn=lambda: False)
    assert t.available is False
    assert t.icon is None and t.menu is None and created == []
    assert len([r for r in caplog.records if r.name == tray_module.__name__]) == 1
    # every call is a harmless no-op
    t.set_routine("evening-stretch", "Evening stretch before bed")
    t.set_next_text("Next reminder: tonight at 21:30")
    t.set_active_occurrence(object())
    t.set_snooze_minutes(5)
    t.show()
    assert t.show_message("title", "body") is False

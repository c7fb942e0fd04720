"""Moving between the main window's screens, and what they save on the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coach.store.settings import Settings

from fakes import make_window


@pytest.fixture
def window(qtbot):
    win, _clock, history = make_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    history.close()


def test_reminders_button_opens_the_screen_and_escape_returns(window, qtbot):
    window.home.reminders_button.click()
    assert window.stack.currentWidget() is window.reminders_screen
    assert "Reminders" in window.windowTitle()
    window.reminders_screen.closed.emit()
    assert window.stack.currentWidget() is window.home


def test_edited_reminders_are_saved_and_handed_to_the_scheduler(window, qtbot):
    window.open_reminders()
    changed = window.reminders_screen.reminders()
    changed[0] = dict(changed[0], time="22:15")
    with qtbot.waitSignal(window.remindersEdited) as edited:
        window.reminders_screen.remindersChanged.emit(changed)
    assert edited.args[0][0]["time"] == "22:15"
    assert Settings.load().get("reminders")[0]["time"] == "22:15"


def test_an_invalid_reminder_list_is_refused_with_a_message(window):
    window.open_reminders()
    window.reminders_screen.remindersChanged.emit([{"id": "x", "time": "25:99"}])
    assert "could not be kept" in window.statusBar().currentMessage()
    assert Settings.load().get("reminders")[0]["time"] == "21:30"


def test_next_reminder_text_reaches_home_and_reminders(window):
    window.set_next_reminder_text("Next reminder: tonight at 21:30, in 2 h",
                                  "Next: tonight at 21:30")
    assert window.home.next_reminder.text() == "Next reminder: tonight at 21:30, in 2 h"


def test_cramp_key_works_from_every_screen(window, qtbot):
    window.open_reminders()
    window.cramp_action.trigger()
    assert window.stack.currentWidget() is window.cramp_screen
    assert window.cramp_action.shortcut().toString() == "C"
    assert window.cramp_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_closing_hides_to_the_tray_and_says_so_once(window, qtbot):
    told: list[str] = []
    window.keep_running_when_closed("tray", tell=lambda text: told.append(text) or True)
    window.close()
    assert not window.isVisible()
    assert len(told) == 1 and "tray" in told[0]
    window.bring_to_front()
    assert window.isVisible()
    window.close()
    assert len(told) == 1, "the explanation comes once"
    assert Settings.load().get("background_hint_shown") is True


def test_without_a_tray_closing_keeps_running_and_explains_in_a_box(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda parent, title, text: shown.append(text))
    window.keep_running_when_closed("background", tell=None)
    window.close()
    assert not window.isVisible()
    assert len(shown) == 1 and "Run coach" in shown[0]


def test_ctrl_q_asks_to_quit_for_real(window, qtbot):
    window.keep_running_when_closed("tray", tell=lambda text: True)
    assert window.keys.quit_action.shortcut().toString() == "Ctrl+Q"
    with qtbot.waitSignal(window.quitRequested):
        window.keys.quit_action.trigger()
    window.close()
    assert not window.isVisible()


def test_history_shows_a_cramp_logged_a_moment_ago(window, qtbot):
    window.open_cramp()
    window.cramp_screen.cramp_gone()
    window.cramp_screen.save_button.click()
    window.home.history_button.click()
    assert window.stack.currentWidget() is window.history_screen
    assert "History" in window.windowTitle()
    qtbot.waitUntil(lambda: window.history_screen.summary is not None)
    assert window.history_screen.summary.last_28.cramps == 1
    assert window.history_screen.model.rowCount() == 1


def test_quit_is_not_held_up_by_the_cramp_screen(window):
    window.keep_running_when_closed("tray", tell=lambda text: True)
    window.open_cramp()
    window.request_quit()
    window.close()
    assert not window.isVisible()
    assert not window.cramp_screen.on_diary


def test_settings_theme_and_text_size_apply_at_once(window, qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from coach.ui.cramp.night_type import BODY_PT

    window.home.settings_button.click()
    assert window.stack.currentWidget() is window.settings_screen
    screen = window.settings_screen
    screen.theme_combo.setCurrentIndex(screen.theme_combo.findData("dark"))
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 60
    assert Settings.load().get("theme") == "dark"
    base = QApplication.instance().font().pointSizeF()
    index = next(i for i in range(screen.scale_combo.count())
                 if screen.scale_combo.itemData(i) == 0.75)
    screen.scale_combo.setCurrentIndex(index)
    assert QApplication.instance().font().pointSizeF() < base
    window.open_cramp()
    assert window.cramp_screen.lines.font().pointSizeF() >= BODY_PT
    screen.theme_combo.setCurrentIndex(screen.theme_combo.findData("light"))
    screen.scale_combo.setCurrentIndex(screen.scale_combo.findData(1.0))


def _no_box_but_record(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda parent, title, text: shown.append(text))
    return shown


def test_the_close_advice_names_the_app_menu_only_when_the_entry_is_installed(
        window, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "system"))  # no package installed
    shown = _no_box_but_record(monkeypatch)
    window.keep_running_when_closed("background", tell=None)
    window.close()
    assert len(shown) == 1 and "app menu" not in shown[0] and "Run coach" in shown[0]


def test_the_close_advice_names_the_app_menu_once_coach_install_desktop_ran(
        window, monkeypatch, tmp_path):
    from coach.platform import desktop_entry

    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "system"))
    targets = desktop_entry.Targets(desktop_entry.data_home())
    desktop_entry.install(targets, ["coach"], refresh=lambda _t: None, check=lambda _c: True)
    shown = _no_box_but_record(monkeypatch)
    window.keep_running_when_closed("background", tell=None)
    window.close()
    assert len(shown) == 1 and "app menu" in shown[0]

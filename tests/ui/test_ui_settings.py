"""The Settings screen, driven as a user would, over the real settings file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from coach.store.settings import Settings
from coach.ui.settings.start_on_login import NO_AUTOSTART
from coach.ui.settings_screen import SettingsScreen
from coach.ui.theme import apply_theme

from fakes import RecordingCues, make_window


class FakeAutostart:
    """Stands in for coach.platform.autostart.Autostart; records what was asked."""

    def __init__(self, supported: bool = True, enabled: bool = False,
                 error: OSError | None = None) -> None:
        self.supported = supported
        self.enabled = enabled
        self.error = error
        self.calls: list[str] = []

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        self.calls.append("enable")
        if self.error is not None:
            raise self.error
        self.enabled = True

    def disable(self) -> None:
        self.calls.append("disable")
        if self.error is not None:
            raise self.error
        self.enabled = False

    def describe(self) -> str:
        if not self.supported:
            return "Starting on login is not available on this system."
        return "Autostart entry ~/.config/autostart/calf-coach.desktop"


def make_screen(qtbot, settings: Settings | None = None,
                autostart: FakeAutostart | None = None) -> SettingsScreen:
    screen = SettingsScreen(settings or Settings.load(), autostart or FakeAutostart())
    qtbot.addWidget(screen)
    screen.resize(1024, 680)
    return screen


def on_disk() -> Settings:
    """What a restart would see."""
    return Settings.load()


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


# ----- showing ----------------------------------------------------------------

def test_each_control_shows_the_stored_value(qtbot):
    stored = Settings.load()
    for key, value in {"sound_enabled": False, "voice_enabled": False, "cramp_sound": True,
                       "prepare_s": 12, "keep_screen_awake": False, "theme": "high-contrast",
                       "text_scale": 1.5, "snooze_min": 25, "late_window_min": 90,
                       "language": "ru"}.items():
        stored.set(key, value)
    stored.save()

    screen = make_screen(qtbot, Settings.load(), FakeAutostart(enabled=True))
    assert not screen.sound_box.isChecked()
    assert not screen.voice_box.isChecked()
    assert screen.cramp_sound_box.isChecked()
    assert screen.prepare_spin.value() == 12
    assert not screen.awake_box.isChecked()
    assert screen.theme_combo.currentData() == "high-contrast"
    assert screen.scale_combo.currentData() == 1.5
    assert screen.scale_combo.currentText() == "150 %"
    assert screen.snooze_spin.value() == 25
    assert screen.late_spin.value() == pytest.approx(1.5)
    assert screen.language_combo.currentData() == "ru"
    assert screen.autostart_box.isChecked()


def test_defaults_show_as_defaults(qtbot):
    screen = make_screen(qtbot)
    assert screen.sound_box.isChecked() and screen.voice_box.isChecked()
    assert not screen.cramp_sound_box.isChecked()
    assert screen.prepare_spin.value() == 5
    assert screen.theme_combo.currentData() == "system"
    assert screen.scale_combo.currentData() == 1.0
    assert screen.snooze_spin.value() == 10
    assert screen.late_spin.value() == pytest.approx(3.0)
    assert screen.language_combo.currentData() == "system"


def test_an_odd_text_scale_from_the_file_is_kept_as_a_choice(qtbot):
    stored = Settings.load()
    stored.set("text_scale", 1.3)
    stored.save()
    screen = make_screen(qtbot, Settings.load())
    assert screen.scale_combo.currentData() == pytest.approx(1.3)
    assert screen.scale_combo.currentText() == "130 %"


# ----- changing: every change is on disk at once ---------------------------------

@pytest.mark.parametrize(("attr", "key", "expected"), [
    ("sound_box", "sound_enabled", False),
    ("voice_box", "voice_enabled", False),
    ("cramp_sound_box", "cramp_sound", True),
    ("awake_box", "keep_screen_awake", False),
])
def test_check_boxes_save_at_once(qtbot, attr, key, expected):
    screen = make_screen(qtbot)
    with qtbot.waitSignal(screen.settingsChanged) as changed:
        getattr(screen, attr).click()
    assert changed.args == [key]
    assert on_disk().get(key) is expected


def test_spin_boxes_save_at_once(qtbot):
    screen = make_screen(qtbot)
    screen.prepare_spin.setValue(0)
    assert on_disk().get("prepare_s") == 0
    assert screen.prepare_spin.text() == "No countdown"
    screen.prepare_spin.setValue(30)
    assert on_disk().get("prepare_s") == 30
    screen.snooze_spin.setValue(45)
    assert on_disk().get("snooze_min") == 45
    screen.late_spin.setValue(1.5)
    assert on_disk().get("late_window_min") == 90
    screen.late_spin.setValue(12.0)
    assert on_disk().get("late_window_min") == 720
    screen.late_spin.setValue(0.0)
    assert on_disk().get("late_window_min") == 0
    assert screen.late_spin.text() == "Never"


def test_spin_box_ranges_match_the_validators(qtbot):
    screen = make_screen(qtbot)
    assert (screen.prepare_spin.minimum(), screen.prepare_spin.maximum()) == (0, 30)
    assert (screen.snooze_spin.minimum(), screen.snooze_spin.maximum()) == (1, 120)
    assert (screen.late_spin.minimum(), screen.late_spin.maximum()) == (0.0, 12.0)


def test_typing_a_value_saves_it(qtbot):
    screen = make_screen(qtbot)
    screen.snooze_spin.setFocus()
    screen.snooze_spin.selectAll()
    qtbot.keyClicks(screen.snooze_spin, "20")
    assert on_disk().get("snooze_min") == 20


def test_theme_change_is_saved_and_announced(qtbot):
    screen = make_screen(qtbot)
    with qtbot.waitSignal(screen.settingsChanged) as changed:
        choose(screen.theme_combo, "dark")
    assert changed.args == ["theme"]
    assert on_disk().get("theme") == "dark"
    choose(screen.theme_combo, "high-contrast")
    assert on_disk().get("theme") == "high-contrast"


def test_text_size_is_saved_announced_and_previewed(qtbot):
    apply_theme(QApplication.instance(), "light", 1.0)
    screen = make_screen(qtbot)
    normal = screen.sample.font().pointSizeF()
    with qtbot.waitSignal(screen.settingsChanged) as changed:
        choose(screen.scale_combo, 2.0)
    assert changed.args == ["text_scale"]
    assert on_disk().get("text_scale") == 2.0
    assert screen.sample.font().pointSizeF() == pytest.approx(normal * 2.0)
    # The window applies it live; the preview must not double it.
    apply_theme(QApplication.instance(), "light", 2.0)
    screen.refresh()
    assert screen.sample.font().pointSizeF() == pytest.approx(normal * 2.0)
    apply_theme(QApplication.instance(), "light", 1.0)


def test_language_is_saved_with_a_note_about_restarting(qtbot):
    screen = make_screen(qtbot)
    with qtbot.waitSignal(screen.settingsChanged) as changed:
        choose(screen.language_combo, "ru")
    assert changed.args == ["language"]
    assert on_disk().get("language") == "ru"
    texts = [label.text() for label in screen.findChildren(QLabel)]
    assert any("next time" in text for text in texts)
    assert [screen.language_combo.itemText(i) for i in range(3)] == \
        ["System", "English", "Русский"]


def test_refresh_does_not_write(qtbot):
    screen = make_screen(qtbot)
    path = Settings.load().path
    screen.refresh()
    screen.leave()
    assert not path.exists()  # nothing changed, nothing written


@pytest.mark.expected_log("coach.ui.settings_screen", match=r"could not save settings")
def test_a_save_failure_is_shown_inline(qtbot, monkeypatch):
    settings = Settings.load()
    screen = make_screen(qtbot, settings)
    real_save = settings.save
    refusing = [True]

    def save() -> bool:
        if refusing[0]:
            raise PermissionError(13, "Permission denied")
        return real_save()

    monkeypatch.setattr(settings, "save", save)
    screen.voice_box.click()
    assert screen.save_error.isVisibleTo(screen)
    assert "Permission denied" in screen.save_error.text()
    assert settings.get("voice_enabled") is False  # still applies for this session
    refusing[0] = False
    screen.sound_box.click()
    assert not screen.save_error.isVisibleTo(screen)
    assert on_disk().get("voice_enabled") is False


# ----- start on login ------------------------------------------------------------

def test_autostart_shows_the_true_state_and_toggles_it(qtbot):
    auto = FakeAutostart(enabled=True)
    screen = make_screen(qtbot, autostart=auto)
    assert screen.autostart_box.isChecked()
    assert screen.autostart_box.isEnabled()
    assert "calf-coach.desktop" in screen.autostart_info.text()

    screen.autostart_box.click()
    assert auto.calls == ["disable"]
    assert not auto.enabled and not screen.autostart_box.isChecked()
    assert on_disk().get("start_on_login") is False

    screen.autostart_box.click()
    assert auto.calls == ["disable", "enable"]
    assert auto.enabled and screen.autostart_box.isChecked()
    assert on_disk().get("start_on_login") is True


def test_autostart_state_is_reread_when_the_screen_is_shown(qtbot):
    auto = FakeAutostart(enabled=False)
    screen = make_screen(qtbot, autostart=auto)
    auto.enabled = True  # changed outside the app
    screen.show()
    assert screen.autostart_box.isChecked()


@pytest.mark.expected_log("coach.ui.settings.start_on_login",
                          match=r"could not change start on login")
def test_autostart_error_is_shown_inline_and_the_box_tells_the_truth(qtbot):
    auto = FakeAutostart(enabled=False, error=PermissionError(13, "Permission denied"))
    screen = make_screen(qtbot, autostart=auto)
    screen.autostart_box.click()
    assert auto.calls == ["enable"]
    assert not screen.autostart_box.isChecked()
    assert screen.autostart_error.isVisibleTo(screen)
    assert screen.autostart_error.text() == \
        "Could not turn on start on login: Permission denied."


def test_unsupported_autostart_disables_the_box_with_a_reason(qtbot):
    screen = make_screen(qtbot, autostart=FakeAutostart(supported=False))
    assert not screen.autostart_box.isEnabled()
    assert not screen.autostart_box.isChecked()
    assert screen.autostart_info.isVisibleTo(screen)
    assert "not available" in screen.autostart_info.text()


def test_no_autostart_object_means_unsupported(qtbot):
    screen = SettingsScreen(Settings.load())
    qtbot.addWidget(screen)
    assert not screen.autostart_box.isEnabled()
    assert screen.autostart_info.text() == NO_AUTOSTART


# ----- notice, location, leaving ----------------------------------------------------

def test_file_location_and_start_up_notice_are_shown(qtbot):
    settings = Settings.load()
    settings.notice = "Your settings file was damaged; the defaults are used."
    screen = make_screen(qtbot, settings)
    assert str(settings.path) in screen.location.text()
    assert screen.notice.isVisibleTo(screen)
    assert screen.notice.text() == settings.notice
    with qtbot.waitSignal(screen.closed):
        screen.back_button.click()
    assert not screen.notice.isVisibleTo(screen)  # told once


def test_no_notice_no_banner(qtbot):
    screen = make_screen(qtbot)
    assert not screen.notice.isVisibleTo(screen)


def test_escape_goes_back(qtbot):
    screen = make_screen(qtbot)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.focus_first()
    with qtbot.waitSignal(screen.closed):
        qtbot.keyClick(screen.sound_box, Qt.Key.Key_Escape)


# ----- accessibility -------------------------------------------------------------------

def controls(screen: SettingsScreen) -> list[QWidget]:
    return [screen.back_button, screen.sound_box, screen.voice_box, screen.cramp_sound_box,
            screen.prepare_spin, screen.awake_box, screen.theme_combo, screen.scale_combo,
            screen.snooze_spin, screen.late_spin, screen.bedtime_edit,
            screen.bedtime_per_day_box, screen.quiet_spin, screen.quiet_until_edit,
            screen.autostart_box, screen.language_combo]


def test_tab_reaches_every_control(qtbot):
    screen = make_screen(qtbot)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.focus_first()
    assert screen.sound_box.hasFocus()
    seen: list[QWidget] = []
    for _ in range(120):
        widget = QApplication.focusWidget()
        if widget in seen and widget is not seen[-1]:  # Tab walks a time's hours, minutes
            break
        if widget not in seen:
            seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    for control in controls(screen):
        assert control in seen, control.accessibleName()
    assert screen.location in seen  # so the end of the page scrolls into view


def test_every_control_has_an_accessible_name(qtbot):
    screen = make_screen(qtbot)
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox)
    found = [w for w in screen.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(found) >= len(controls(screen))
    for widget in found:
        assert widget.accessibleName().strip(), widget


def test_fields_have_visible_buddy_labels(qtbot):
    screen = make_screen(qtbot)
    buddies = {label.buddy() for label in screen.findChildren(QLabel) if label.buddy()}
    for field in (screen.prepare_spin, screen.theme_combo, screen.scale_combo,
                  screen.snooze_spin, screen.late_spin, screen.language_combo):
        assert field in buddies, field.accessibleName()
    for form in screen.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                assert item.widget().buddy() is not None


def test_labels_are_plain_text(qtbot):
    settings = Settings.load()
    settings.notice = "<b>not bold</b>"
    screen = make_screen(qtbot, settings)
    for label in screen.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


class _SilentComputer(RecordingCues):
    """Cues on a computer with no sound device and no speech engine."""

    def sound_problem(self) -> str:
        return "no_device"

    def voice_problem(self) -> str:
        return "no_engine"


@pytest.mark.parametrize("silent", [True, False])
def test_switches_say_when_nothing_can_play_here_and_keep_the_choice(qtbot, silent):
    """A ticked "Sound cues" with no sound device read as "on"; now the screen says what
    cannot play (as the player does) and leaves the choice as it was."""
    window, _clock, history = make_window()
    if silent:
        window.services.cues = _SilentComputer()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.open_settings()
        screen = window.settings_screen
        section = screen.sound
        assert screen.sound_box.isChecked() and screen.voice_box.isChecked()  # as chosen
        assert section.sound_note.isVisible() is silent
        assert section.voice_note.isVisible() is silent
        if silent:
            assert section.sound_note.text().startswith("No sound device.")
            assert "your choice is kept" in section.sound_note.text()
            assert "speech-dispatcher" in section.voice_note.text()
    finally:
        history.close()

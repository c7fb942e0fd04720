"""What the main window hands off: the screen registry, diary recording, settings saving
(coach/ui/screen_registry.py, diary_recorder.py, settings_keeper.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel, QStackedWidget

from coach.engine.player import SessionResult
from coach.store.settings import Settings
from coach.ui.cramp.entry import CrampEntry
from coach.ui.diary_recorder import DiaryRecorder
from coach.ui.screen_registry import ScreenKey, ScreenRegistry
from coach.ui.settings_keeper import SettingsKeeper

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = datetime(2026, 1, 20, 3, 0, tzinfo=BERLIN)


class Owner:
    def __init__(self) -> None:
        self.builds = 0

    def build_label(self) -> QLabel:
        self.builds += 1
        return QLabel(f"built {self.builds}")


LABEL = ScreenKey("label", Owner.build_label)


def test_a_screen_is_built_once_on_first_use_and_joins_the_stack(qtbot):
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    owner = Owner()
    registry = ScreenRegistry(owner, stack)
    assert registry.built(LABEL) is None and LABEL not in registry
    assert owner.builds == 0  # asking whether it exists builds nothing
    screen = registry.get(LABEL)
    assert registry.get(LABEL) is screen and owner.builds == 1
    assert LABEL in registry and stack.indexOf(screen) >= 0
    registry.forget(LABEL)
    assert stack.indexOf(screen) == -1 and registry.built(LABEL) is None
    assert registry.get(LABEL).text() == "built 2"


class Diary:
    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.sessions: list[tuple[object, ...]] = []
        self.cramps: list[tuple[object, ...]] = []

    def add_session(self, *args: object) -> int:
        if self.error is not None:
            raise self.error
        self.sessions.append(args)
        return len(self.sessions)

    def add_cramp(self, *args: object) -> int:
        if self.error is not None:
            raise self.error
        self.cramps.append(args)
        return len(self.cramps)


RESULT = SessionResult("evening-stretch", NIGHT, NIGHT, True, 5, 6, 400.0)
ENTRY = CrampEntry(NIGHT, 75.0, "left", 3, "woke me")


def test_a_session_and_a_cramp_go_into_the_diary():
    diary, told = Diary(), []
    recorder = DiaryRecorder(lambda: diary, lambda text, ms: told.append(text))
    recorder.record_session(RESULT)
    recorder.record_cramp(ENTRY)
    assert diary.sessions == [("evening-stretch", NIGHT, NIGHT, True, 5, 6, 400.0)]
    assert diary.cramps == [(NIGHT, 75.0, "left", 3, "woke me")]
    assert told == ["Saved in your diary."]


@pytest.mark.parametrize("error", [OSError("disk full"), ValueError("bad row")])
@pytest.mark.expected_log("coach.ui.diary_recorder", match=r"could not record the (cramp|session)")
def test_a_diary_that_fails_is_told_in_one_line_and_nothing_crashes(error):
    told: list[str] = []
    recorder = DiaryRecorder(lambda: Diary(error), lambda text, ms: told.append(text))
    recorder.record_session(RESULT)
    recorder.record_cramp(ENTRY)
    assert told == [f"Could not save this session in the history: {error}",
                    f"Could not save this entry in the diary: {error}"]


def test_before_the_diary_is_open_nothing_is_recorded_or_said():
    told: list[str] = []
    recorder = DiaryRecorder(lambda: None, lambda text, ms: told.append(text))
    recorder.record_session(RESULT)
    recorder.record_cramp(ENTRY)
    assert told == []


def test_kept_reminders_are_written_at_once():
    settings, told = Settings.load(), []
    keeper = SettingsKeeper(lambda: settings, lambda text, ms: told.append(text))
    morning = {"id": "m", "time": "7:05", "days": ["mon"], "routine": "evening-stretch",
               "label": "", "enabled": True}
    kept = keeper.save_reminders([morning])
    assert kept is not None and kept[0]["time"] == "07:05"
    assert Settings.load().get("reminders") == kept  # on disk, as a restart sees it
    assert told == []


def test_a_refused_reminder_is_told_and_the_stored_list_stays():
    settings, told = Settings.load(), []
    keeper = SettingsKeeper(lambda: settings, lambda text, ms: told.append(text))
    before = settings.get("reminders")
    assert keeper.save_reminders([{"id": "x", "time": "25:00", "routine": "r"}]) is None
    assert settings.get("reminders") == before
    assert len(told) == 1 and told[0].startswith("That reminder could not be kept: ")


def test_a_folder_that_cannot_be_written_is_told_and_the_value_still_applies(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the settings folder should be")
    settings, told = Settings.load(blocked / "settings.yaml"), []
    keeper = SettingsKeeper(lambda: settings, lambda text, ms: told.append(text))
    keeper.set_and_save("background_hint_shown", True)
    assert settings.get("background_hint_shown") is True
    assert len(told) == 1 and told[0].startswith("Could not save settings: ")

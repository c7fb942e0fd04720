"""One declaration of the settings drives the file's validation, typed access, the
Settings screen's limits and help, and docs/settings.md (coach/store/settings_schema.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from coach.store import paths
from coach.store import settings_schema as schema
from coach.store.settings import DEFAULTS, VALIDATORS, Settings
from coach.ui.settings_screen import SettingsScreen

ROOT = Path(__file__).resolve().parents[2]

RANGED = [setting for setting in schema.SETTINGS if setting.low is not None]


def load_tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_the_settings_page_in_docs_is_generated_from_the_schema():
    tool = load_tool("settings_table")
    page = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert page == tool.render(), "docs/settings.md is stale: run tools/settings_table.py"
    for setting in schema.SETTINGS:
        assert f"| `{setting.name}` |" in page


def test_the_file_knows_exactly_the_declared_settings_with_their_defaults():
    assert list(DEFAULTS) == [setting.name for setting in schema.SETTINGS]
    assert set(VALIDATORS) == set(DEFAULTS)
    assert DEFAULTS["prepare_s"] == schema.PREPARE_S.default == 5
    assert Settings.load().as_dict() == schema.defaults()


def test_every_setting_has_a_one_line_description_and_a_default_that_passes_its_check():
    for setting in schema.SETTINGS:
        assert setting.description.endswith(".") and "\n" not in setting.description
        assert setting.check(setting.default_copy()) == setting.default, setting.name


@pytest.mark.parametrize("setting", RANGED, ids=lambda s: s.name)
def test_a_declared_range_is_what_the_file_accepts(setting):
    assert setting.low is not None and setting.high is not None
    settings = Settings.load()
    settings.set(setting.name, setting.low)
    settings.set(setting.name, setting.high)
    assert settings.get(setting.name) == setting.high
    below = setting.low - (1 if isinstance(setting.default, int) else 0.01)
    with pytest.raises(ValueError, match=f"from {setting.low} to {setting.high}"):
        settings.set(setting.name, below)


def test_a_value_out_of_the_declared_range_in_the_file_costs_only_that_entry():
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"schema": 1, "snooze_min": 121, "prepare_s": 30}))
    settings = Settings.load()
    assert settings.value(schema.SNOOZE_MIN) == schema.SNOOZE_MIN.default
    assert settings.value(schema.PREPARE_S) == 30
    assert settings.notice is not None and "snooze_min: 121" in settings.notice


def test_typed_access_gives_a_copy_of_the_value():
    settings = Settings.load()
    reminders = settings.value(schema.REMINDERS)
    reminders[0]["time"] = "05:00"
    assert settings.value(schema.REMINDERS)[0]["time"] == "21:30"
    assert settings.value(schema.THEME) == "system"
    assert settings.value(schema.TEXT_SCALE) == 1.0


def test_only_the_language_waits_for_the_next_start():
    later = [s.name for s in schema.SETTINGS if s.applies is schema.Applies.NEXT_START]
    assert later == ["language"]


def test_the_settings_screen_takes_its_limits_and_help_from_the_schema(qtbot):
    screen = SettingsScreen(Settings.load(), None)
    qtbot.addWidget(screen)
    assert (screen.prepare_spin.minimum(), screen.prepare_spin.maximum()) == (0, 30)
    assert (screen.snooze_spin.minimum(), screen.snooze_spin.maximum()) == (
        schema.SNOOZE_MIN.low, schema.SNOOZE_MIN.high)
    assert screen.late_spin.maximum() * 60 == schema.LATE_WINDOW_MIN.high
    for control, setting in ((screen.prepare_spin, schema.PREPARE_S),
                             (screen.sound_box, schema.SOUND_ENABLED),
                             (screen.language_combo, schema.LANGUAGE),
                             (screen.emergency_edit, schema.EMERGENCY_NUMBER)):
        assert control.toolTip() == setting.description
        assert control.accessibleDescription() == setting.description
    # The choices on offer are exactly the values the file accepts.
    for combo, setting in ((screen.theme_combo, schema.THEME),
                           (screen.language_combo, schema.LANGUAGE)):
        offered = tuple(combo.itemData(i) for i in range(combo.count()))
        assert offered == setting.choices

"""The settings file keeps what the user chose, whatever happens to the file."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.store import atomic, paths
from coach.store.atomic import write_atomic
from coach.store.settings import DEFAULTS, Settings
from coach.testing.clock import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 21, 30, 0, tzinfo=BERLIN))


def saved_file(**changes) -> Path:
    """A settings file as the app writes it, with some settings changed."""
    settings = Settings.load()
    for key, value in changes.items():
        settings.set(key, value)
    assert settings.save()
    return settings.path


def test_first_run_gives_the_defaults_silently():
    settings = Settings.load()
    assert settings.path == paths.settings_path()
    assert settings.notice is None and settings.warnings == []
    assert settings.as_dict() == DEFAULTS
    assert not settings.path.exists()  # nothing written until something changes


def test_choices_survive_a_restart():
    saved_file(theme="dark", text_scale=1.5, voice_enabled=False, prepare_s=10)
    again = Settings.load()
    assert again.get("theme") == "dark"
    assert again.get("text_scale") == 1.5
    assert again.get("voice_enabled") is False
    assert again.get("prepare_s") == 10
    assert again.get("sound_enabled") is True  # untouched keys keep their defaults
    assert again.notice is None and again.warnings == []


def test_save_writes_only_when_something_changed():
    path = saved_file(theme="dark")
    before = path.stat().st_mtime_ns, path.read_bytes()
    settings = Settings.load()
    assert settings.save() is False
    settings.set("theme", "dark")  # the same value is no change
    assert settings.save() is False
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
    settings.set("theme", "light")
    assert settings.save() is True
    assert settings.save() is False


def test_a_bad_value_is_refused_when_set():
    settings = Settings.load()
    with pytest.raises(ValueError, match="text_scale"):
        settings.set("text_scale", 5)
    with pytest.raises(ValueError):
        settings.set("reminders", [{"id": "x", "time": "25:00", "routine": "r"}])
    with pytest.raises(KeyError):
        settings.set("no_such_setting", 1)
    assert settings.get("text_scale") == 1.0


def test_get_returns_a_copy_of_lists():
    settings = Settings.load()
    settings.get("reminders").clear()
    assert len(settings.get("reminders")) == 1
    assert settings.save() is False


def test_saving_keeps_the_previous_good_file_as_bak():
    path = saved_file(theme="dark")
    first = path.read_bytes()
    settings = Settings.load()
    settings.set("theme", "light")
    settings.save()
    assert path.with_name("settings.yaml.bak").read_bytes() == first
    assert Settings.load().get("theme") == "light"


def cut_inside_a_quoted_time(path: Path) -> None:
    """Keep the first part of the file, ending inside the quoted reminder time."""
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"'21:") + 3])


@pytest.mark.expected_log("coach.store.settings_recovery", match=r"settings\.yaml is damaged")
def test_a_file_cut_by_a_crash_is_put_aside_and_the_backup_restored(clock):
    path = saved_file(theme="dark", text_scale=1.25)
    settings = Settings.load()
    settings.set("prepare_s", 12)
    settings.save()  # the dark, 1.25 file is now the .bak
    cut_inside_a_quoted_time(path)
    damaged = path.read_bytes()

    recovered = Settings.load(clock=clock)

    aside = path.with_name("settings.yaml.corrupt-20261125-213000")
    assert aside.read_bytes() == damaged  # kept, byte for byte
    assert recovered.get("theme") == "dark" and recovered.get("text_scale") == 1.25
    assert recovered.notice == (
        "Your settings file was damaged and has been put aside as "
        "settings.yaml.corrupt-20261125-213000; the last good copy was restored.")
    # The good copy is back in place, so the next start is quiet and complete.
    again = Settings.load()
    assert again.notice is None and again.get("theme") == "dark"


def test_a_cut_that_still_parses_keeps_the_complete_lines():
    path = saved_file(theme="dark", snooze_min=20)
    text = path.read_text()
    path.write_text(text[: text.index("snooze_min: 20") + len("snooze_min: 20\n")])
    settings = Settings.load()
    assert settings.notice is None
    assert settings.get("theme") == "dark" and settings.get("snooze_min") == 20
    assert settings.get("reminders") == DEFAULTS["reminders"]


@pytest.mark.expected_log("coach.store.settings_recovery", match=r"settings\.yaml is damaged")
def test_a_cut_inside_a_flow_list_is_detected(clock):
    path = saved_file(theme="dark")  # no .bak yet: this is the first save
    text = path.read_text()
    path.write_text(text[: text.index("days: [mon, tue") + len("days: [mon, tu")])
    settings = Settings.load(clock=clock)
    assert "damaged" in settings.notice and "default settings are used" in settings.notice
    assert settings.get("theme") == "system"
    assert path.with_name("settings.yaml.corrupt-20261125-213000").exists()


@pytest.mark.expected_log("coach.store.settings_recovery", match=r"settings\.yaml is damaged")
def test_damage_without_a_backup_gives_the_defaults_and_says_so(clock):
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("theme: [dark\n")
    settings = Settings.load(clock=clock)
    assert settings.as_dict() == DEFAULTS
    assert settings.notice == (
        "Your settings file was damaged and has been put aside as "
        "settings.yaml.corrupt-20261125-213000; the default settings are used.")
    assert not path.exists()


@pytest.mark.parametrize("content", [
    b"- just\n- a list\n",
    b"plain text, not settings\n",
    b"",
    b"theme: \xff\xfe dark\n",
], ids=["list", "scalar", "empty", "not-utf8"])
@pytest.mark.expected_log("coach.store.settings_recovery", match=r"settings\.yaml is damaged")
def test_a_file_that_is_not_a_settings_mapping_is_put_aside(content, clock):
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    settings = Settings.load(clock=clock)
    assert settings.notice is not None and "damaged" in settings.notice
    assert settings.as_dict() == DEFAULTS
    assert path.with_name("settings.yaml.corrupt-20261125-213000").read_bytes() == content


@pytest.mark.expected_log("coach.store.settings_recovery", match=r"settings\.yaml is damaged")
def test_an_earlier_corrupt_file_is_never_overwritten(clock):
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("first: [broken\n")
    Settings.load(clock=clock)
    path.write_text("second: [broken\n")
    settings = Settings.load(clock=clock)  # same second
    first = path.with_name("settings.yaml.corrupt-20261125-213000")
    second = path.with_name("settings.yaml.corrupt-20261125-213000-2")
    assert first.read_text() == "first: [broken\n"
    assert second.read_text() == "second: [broken\n"
    assert second.name in settings.notice


def test_an_unreadable_file_is_left_alone_and_the_defaults_used():
    path = paths.settings_path()
    path.mkdir(parents=True)  # something that cannot be read as a file
    settings = Settings.load()
    assert settings.as_dict() == DEFAULTS
    assert settings.notice is not None and "could not be read" in settings.notice
    assert path.is_dir() and list(path.parent.iterdir()) == [path]


@pytest.mark.parametrize(("key", "bad", "message"), [
    ("text_scale", "huge", "settings.yaml: 'text_scale' must be a number from 0.75 to 2.0, "
                           "got 'huge'; using 1.0"),
    ("text_scale", 3, "must be a number from 0.75 to 2.0"),
    ("sound_enabled", "yes please", "must be true or false"),
    ("voice_enabled", 1, "must be true or false"),
    ("keep_screen_awake", None, "must be true or false"),
    ("theme", "sepia", "must be one of system, light, dark, high-contrast"),
    ("prepare_s", 31, "must be a whole number from 0 to 30"),
    ("prepare_s", 2.5, "must be a whole number from 0 to 30"),
    ("language", "fr", "must be one of system, en, ru"),
    ("cramp_sound", "loud", "must be true or false"),
    ("late_window_min", -1, "must be a whole number from 0 to 720"),
    ("snooze_min", 0, "must be a whole number from 1 to 120"),
    ("start_on_login", "sometimes", "must be true or false"),
    ("reminders", "at nine", "'reminders' must be a list"),
])
def test_a_bad_value_costs_only_its_own_key(key, bad, message):
    import yaml

    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    good = {"theme": "dark", "snooze_min": 25, "voice_enabled": False}
    good.pop(key, None)
    path.write_text(yaml.safe_dump({"schema": 1, **good, key: bad}))
    settings = Settings.load()
    assert settings.get(key) == DEFAULTS[key]
    assert any(message in warning for warning in settings.warnings), settings.warnings
    for other, value in good.items():
        assert settings.get(other) == value
    # The user is told which entry was ignored, with the value as written.
    assert settings.notice is not None and f"{key}: " in settings.notice
    assert str(bad) in settings.notice


def test_a_bad_reminder_is_dropped_and_the_good_ones_kept():
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "schema: 1\n"
        "reminders:\n"
        "  - {id: morning, time: 07:15, days: [sat, mon], routine: morning, label: Morning,"
        " enabled: false}\n"
        "  - {id: late, time: '24:10', days: [mon], routine: x, label: Late, enabled: true}\n"
        "  - {id: nodays, time: '22:00', days: [], routine: x, label: No days, enabled: true}\n"
        "  - {id: badday, time: '22:00', days: [funday], routine: x, label: B, enabled: true}\n"
        "  - {id: '', time: '22:00', days: [mon], routine: x, label: Empty, enabled: true}\n"
        "  - {id: morning, time: '08:00', days: [mon], routine: x, label: Twin, enabled: true}\n"
        "  - {id: flag, time: '22:00', days: [mon], routine: x, label: F, enabled: maybe}\n"
        "  - {id: night, time: '22:45', days: [fri], routine: evening-stretch, label: Night,"
        " enabled: true}\n")
    settings = Settings.load()
    reminders = settings.get("reminders")
    assert [r["id"] for r in reminders] == ["morning", "night"]
    # An unquoted 07:15 is a time, not the base-60 number 435; days come in week order.
    assert reminders[0] == {"id": "morning", "time": "07:15", "days": ["mon", "sat"],
                            "routine": "morning", "label": "Morning", "enabled": False}
    assert len(settings.warnings) == 6
    assert all("it is left out" in warning for warning in settings.warnings)


def test_keys_from_a_newer_version_are_kept_on_save():
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("schema: 1\ntheme: dark\nfuture_feature: {level: 3, tags: [a, b]}\n"
                    "theme_accent: teal\n")
    settings = Settings.load()
    assert settings.warnings == []
    assert settings.get("future_feature") == {"level": 3, "tags": ["a", "b"]}
    settings.set("snooze_min", 15)
    assert settings.save()
    again = Settings.load()
    assert again.get("future_feature") == {"level": 3, "tags": ["a", "b"]}
    assert again.get("theme_accent") == "teal"
    assert again.get("snooze_min") == 15 and again.get("theme") == "dark"


def test_an_ignored_value_is_written_back_unchanged_until_the_user_sets_it():
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("schema: 1\ntheme: sepia\n")  # maybe a theme of a newer version
    settings = Settings.load()
    settings.set("snooze_min", 15)
    settings.save()
    assert "theme: sepia" in path.read_text()
    settings.set("theme", "light")
    settings.save()
    assert Settings.load().get("theme") == "light" and Settings.load().warnings == []


def test_a_failed_write_leaves_the_old_file_intact(monkeypatch):
    path = saved_file(theme="dark")
    before = path.read_bytes()

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    settings = Settings.load()
    settings.set("theme", "light")
    with monkeypatch.context() as patch:
        patch.setattr(atomic.os, "replace", refuse)
        with pytest.raises(OSError, match="No space"):
            settings.save()
    assert path.read_bytes() == before
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert settings.save() is True  # still pending, so a later save succeeds
    assert Settings.load().get("theme") == "light"


def test_write_atomic_creates_the_folder_and_writes_text_and_bytes(tmp_path):
    target = tmp_path / "new" / "folder" / "file.txt"
    write_atomic(target, "héllo")
    assert target.read_bytes() == "héllo".encode()
    write_atomic(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert sorted(os.listdir(target.parent)) == ["file.txt"]


def test_write_atomic_removes_the_temp_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "folder" / "file.txt"
    write_atomic(target, "old")

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="Input/output"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(target.parent) == ["file.txt"]

"""A start with unchanged settings reads what they said last time, and never a stale copy."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from coach.store import paths, settings_cache
from coach.store.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def settle(path: Path, age_s: float = 60.0) -> None:
    """Date a file back, as a settings file is at the next start."""
    then = time.time() - age_s
    os.utime(path, (then, then))


def cache_file() -> Path:
    return paths.cache_dir() / settings_cache.FILE_NAME


def saved(**changes) -> Path:
    settings = Settings.load()
    for key, value in changes.items():
        settings.set(key, value)
    assert settings.save()
    settle(settings.path)
    return settings.path


def test_unchanged_settings_come_back_from_the_cache_without_the_yaml_parser():
    saved(theme="dark", snooze_min=15)
    assert Settings.load().get("theme") == "dark"  # parses, then remembers
    assert cache_file().exists()
    code = ("import sys; from coach.store.settings import Settings; s = Settings.load();"
            " print(s.get('theme'), s.get('snooze_min'), 'yaml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ),
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["dark", "15", "False"]


def test_an_edited_file_is_read_again():
    path = saved(theme="dark")
    Settings.load()
    path.write_text(path.read_text().replace("theme: dark", "theme: light"))
    settle(path, age_s=30)
    assert Settings.load().get("theme") == "light"


def test_a_file_saved_by_the_app_is_read_again():
    saved(theme="dark")
    Settings.load()
    saved(theme="high-contrast")
    assert Settings.load().get("theme") == "high-contrast"


def test_a_file_changed_a_moment_ago_is_not_remembered():
    settings = Settings.load()
    settings.set("theme", "dark")
    settings.save()  # mtime is now: a second change could share the timestamp
    assert Settings.load().get("theme") == "dark"
    assert not cache_file().exists()


def test_values_json_would_change_are_not_remembered_but_still_load():
    path = saved(theme="dark")
    path.write_text(path.read_text() + "future_key: 2026-11-25\n7: seven\n")
    settle(path)
    settings = Settings.load()
    assert settings.get("theme") == "dark"
    assert not cache_file().exists()
    assert Settings.load().get("theme") == "dark"


def test_a_damaged_cache_is_ignored(caplog):
    saved(theme="dark")
    Settings.load()
    for garbage in (b"{not json", b"[]", b'{"data": 3}', b"\xff\xfe", b""):
        cache_file().write_bytes(garbage)
        with caplog.at_level("INFO"):
            assert Settings.load().get("theme") == "dark"


def test_another_file_or_a_settings_file_given_by_path_does_not_use_the_cache(tmp_path):
    saved(theme="dark")
    Settings.load()
    other = tmp_path / "other.yaml"
    other.write_text("theme: light\n")
    settle(other)
    assert Settings.load(other).get("theme") == "light"


def _loads_without_yaml() -> list[str]:
    code = ("import sys; from coach.store.settings import Settings; s = Settings.load();"
            " print(s.get('theme'), 'yaml' in sys.modules)")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ),
                          capture_output=True, text=True, check=True).stdout.split()


def test_what_the_app_saved_is_remembered_once_settled_so_the_next_start_skips_yaml():
    """The start after a save (a changed theme, the one-time background notice) used
    to parse the file the app had written itself."""
    settings = Settings.load()
    settings.set("theme", "dark")
    assert settings.save()
    assert settings.remember_written() is False  # written a moment ago: not yet
    settle(settings.path)
    assert settings.remember_written() is True
    assert _loads_without_yaml() == ["dark", "False"]


def test_a_saved_file_changed_since_is_not_remembered_as_saved():
    settings = Settings.load()
    settings.set("theme", "dark")
    assert settings.save()
    settings.path.write_text(settings.path.read_text().replace("theme: dark", "theme: light"))
    settle(settings.path)
    assert settings.remember_written() is True  # nothing more to do: it was changed
    assert Settings.load().get("theme") == "light"  # parsed, not the saved copy


def test_each_save_tells_the_app_so_it_can_remember_later():
    settings = Settings.load()
    told: list[bool] = []
    settings.after_save = lambda: told.append(True)
    settings.set("theme", "dark")
    assert settings.save()
    assert not settings.save()  # nothing changed: nothing written, nothing told
    assert told == [True]

"""Bad values are ignored out loud and never lost; recovery survives a kill at any step."""

from __future__ import annotations

import builtins
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from coach.store import atomic, paths
from coach.store.settings import DEFAULTS, Settings, remove_interrupted_writes
from coach.testing.clock import FakeClock

HOSTILE = """\
schema: 1
theme: dark
text_scale: big
snooze_min: -5
voice_enabled: false
reminders:
  - {id: evening, time: '25:99', days: [mon, tue], routine: evening-stretch, label: Evening}
  - {id: colours, time: '21:00', days: [purple], routine: evening-stretch, label: Colours}
  - {id: night, time: '22:45', days: [fri], routine: evening-stretch, label: Night}
"""


def write_settings(text: str) -> Path:
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def on_disk() -> dict:
    return yaml.safe_load(paths.settings_path().read_text())


# --- bad values: the good ones are used, the user is told once, nothing is deleted ----


def test_bad_values_start_with_the_good_ones_and_say_which_were_ignored_and_why():
    write_settings(HOSTILE)
    settings = Settings.load()
    assert settings.get("theme") == "dark" and settings.get("voice_enabled") is False
    assert settings.get("text_scale") == DEFAULTS["text_scale"]
    assert settings.get("snooze_min") == DEFAULTS["snooze_min"]
    assert [r["id"] for r in settings.get("reminders")] == ["night"]
    notice = settings.notice
    assert notice is not None and "ignored" in notice and "as you wrote them" in notice
    for words in ("text_scale: 'big' (must be a number from 0.75 to 2.0)",
                  "snooze_min: -5 (must be a whole number from 1 to 120)",
                  "reminder 1 ('evening'): 'time' must be a time of day like \"21:30\", "
                  "got '25:99'",
                  "reminder 2 ('colours'): 'days' must be a non-empty list of mon"):
        assert words in notice, notice
    assert "night" not in notice and "theme" not in notice
    assert notice.count("\n\u2022 ") == 4  # one entry a line
    # The status bar gets one line, and the settings screen the list.
    assert settings.brief_notice == ("Some entries in your settings file were not understood "
                                     "and are ignored for now; Settings shows which and why.")


def test_which_and_why_is_said_in_the_users_language(qapp):
    from PySide6.QtCore import QLocale

    from coach.i18n import install_translator

    write_settings(HOSTILE)
    settings = Settings.load()
    locale = QLocale()
    install_translator(qapp, "ru")
    try:
        notice = settings.notice
    finally:
        install_translator(qapp, "en")
        QLocale.setDefault(locale)
    assert notice.startswith("Некоторые записи в файле настроек")
    assert "snooze_min: -5 (должно быть целым числом от 1 до 120)" in notice
    assert "напоминание 1 ('evening'): 'time' должно быть временем суток" in notice
    assert "must" not in notice and "reminder" not in notice
    # The record of what was told does not depend on the language.
    assert any("snooze_min: -5 (must be" in line for line in settings.ignored)


def test_the_user_is_told_once_and_again_only_about_something_new():
    path = write_settings(HOSTILE)
    first = Settings.load()
    assert first.notice is not None
    first.mark_told()  # the app did show it

    again = Settings.load()
    assert again.notice is None  # not at every start
    assert again.get("snooze_min") == DEFAULTS["snooze_min"]  # still ignored, still logged
    assert any("snooze_min" in warning for warning in again.warnings)

    path.write_text(HOSTILE.replace("snooze_min: -5", "snooze_min: lots"))
    changed = Settings.load()
    assert changed.notice is not None and "snooze_min: 'lots'" in changed.notice
    assert "25:99" not in changed.notice  # that one was told already


def test_saving_other_changes_keeps_every_ignored_entry_as_written():
    write_settings(HOSTILE)
    settings = Settings.load()
    settings.set("theme", "light")
    assert settings.save()
    doc = on_disk()
    assert doc["text_scale"] == "big" and doc["snooze_min"] == -5
    assert [r["time"] for r in doc["reminders"]] == ["25:99", "21:00", "22:45"]
    assert doc["reminders"][1]["days"] == ["purple"]

    # Changing the reminders the user can see must not delete the ones the app ignored.
    settings = Settings.load()
    reminders = settings.get("reminders")
    reminders[0]["enabled"] = False
    reminders.append({"id": "morning", "time": "07:00", "days": ["sat"],
                      "routine": "evening-stretch", "label": "Morning", "enabled": True})
    settings.set("reminders", reminders)
    assert settings.save()
    doc = on_disk()
    kept = {r["id"]: r for r in doc["reminders"]}
    assert kept["evening"]["time"] == "25:99"
    assert kept["colours"]["days"] == ["purple"]
    assert kept["night"]["enabled"] is False and kept["morning"]["time"] == "07:00"
    assert doc["text_scale"] == "big" and doc["snooze_min"] == -5 and doc["theme"] == "light"
    again = Settings.load()
    assert [r["id"] for r in again.get("reminders")] == ["night", "morning"]


def test_a_mistyped_unquoted_time_is_kept_as_typed_not_as_a_number():
    """YAML 1.1 reads 24:10 as the base-60 number 1450; the user typed a time."""
    write_settings("reminders:\n"
                   "  - {id: late, time: 24:10, days: [mon], routine: evening-stretch}\n"
                   "  - {id: ok, time: 21:30, days: [mon], routine: evening-stretch}\n")
    settings = Settings.load()
    assert "got '24:10'" in settings.notice
    assert [r["time"] for r in settings.get("reminders")] == ["21:30"]
    settings.set("theme", "dark")
    settings.save()
    assert Settings.load().get("reminders")[0]["time"] == "21:30"
    assert [r["time"] for r in yaml.load(paths.settings_path().read_text(),
                                         Loader=yaml.BaseLoader)["reminders"]] \
        == ["24:10", "21:30"]


@pytest.mark.expected_log("coach", match=r"^settings: settings\.yaml: ")
def test_a_start_of_the_app_shows_the_ignored_entries_once(qapp):
    from coach.cli.args import parse
    from coach.ui.startup import build_window

    write_settings(HOSTILE)
    shown: list[str] = []
    for _ in range(2):
        window = build_window(parse([]), qapp)
        window.notify = lambda message, timeout_ms=0: shown.append(message)  # type: ignore
        qapp.processEvents()  # show_notices posts the message
        window.hide()
        window.deleteLater()
    assert len(shown) == 1 and "Settings shows which and why" in shown[0]


@pytest.mark.expected_log("coach", match=r"^settings: settings\.yaml: ")
def test_a_start_nobody_sees_does_not_count_as_telling(qapp):
    """At login in the background, or straight onto the night screen: told at the next start."""
    from coach.cli.args import parse
    from coach.ui.startup import build_window

    write_settings(HOSTILE)
    for argv in (["--background"], ["--cramp"]):
        window = build_window(parse(argv), qapp)
        window.hide()
        window.deleteLater()
    assert Settings.load().notice is not None


# --- crash safety: a kill at any step never loses the good backup -------------------


class Killed(BaseException):
    """The process died here: no later step runs, no clean-up either."""


#: Everything that touches a file; the kill lands just before the k-th call.
_STEPS: list[tuple[object, str]] = [
    (builtins, "open"), (io, "open"), (os, "open"), (os, "replace"), (os, "rename"),
    (os, "unlink"), (os, "fsync"), (os, "scandir"), (tempfile, "mkstemp"),
]


@contextmanager
def kill_at(step: int) -> Iterator[list[int]]:
    """Make the ``step``-th file operation (and every one after it) raise ``Killed``.

    Yields a one-item list holding how many operations were counted.
    """
    count = [0]
    originals = [(owner, name, getattr(owner, name)) for owner, name in _STEPS]

    def wrap(real: Callable) -> Callable:
        def call(*args, **kwargs):
            count[0] += 1
            if count[0] >= step:
                raise Killed(f"killed at step {count[0]}")
            return real(*args, **kwargs)
        return call

    for owner, name, real in originals:
        setattr(owner, name, wrap(real))
    try:
        yield count
    finally:
        for owner, name, real in originals:
            setattr(owner, name, real)


def snapshot(folders: list[Path]) -> dict[Path, bytes]:
    return {p: p.read_bytes() for folder in folders for p in folder.rglob("*") if p.is_file()}


def restore(folders: list[Path], files: dict[Path, bytes]) -> None:
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def every_kill_point(action: Callable[[], object], check: Callable[[], None]) -> int:
    """Run ``action`` killed at step 1, 2, ... until it completes; ``check`` after each."""
    folders = [paths.config_dir(), paths.cache_dir()]
    start = snapshot(folders)
    step = 1
    while True:
        restore(folders, start)
        with kill_at(step) as count:
            try:
                action()
                finished = True
            except Killed:
                finished = False
        check()
        if finished:
            return count[0]
        step += 1
        assert step < 500, "the action never finished"


def good_backup_and_damaged_file() -> Path:
    settings = Settings.load()
    for key, value in {"theme": "dark", "text_scale": 1.25, "snooze_min": 20}.items():
        settings.set(key, value)
    settings.save()
    settings = Settings.load()
    settings.set("prepare_s", 12)
    settings.save()  # the dark/1.25/20 file is now the .bak
    path = paths.settings_path()
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"'21:") + 3])  # cut inside a quoted time
    return path


def assert_good_values(settings: Settings) -> None:
    assert settings.get("theme") == "dark", settings.notice
    assert settings.get("text_scale") == 1.25 and settings.get("snooze_min") == 20


@pytest.mark.expected_log("coach.store.settings_recovery", match=r"settings\.yaml is damaged")
def test_a_kill_at_any_step_of_recovery_never_starts_with_the_defaults():
    clock = FakeClock(datetime(2026, 11, 25, 21, 30, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    path = good_backup_and_damaged_file()
    damaged = path.read_bytes()

    def start_again() -> None:
        settings = Settings.load(clock=clock)
        assert_good_values(settings)
        # The damaged bytes are kept aside, whatever step the kill hit.
        asides = [p.read_bytes() for p in path.parent.glob("settings.yaml.corrupt-*")]
        assert asides == [damaged], asides
        assert Settings.load().notice is None  # recovered for good: the next start is quiet

    steps = every_kill_point(lambda: Settings.load(clock=clock), start_again)
    assert steps >= 8  # reading, copying aside and restoring were all interrupted


KILL_CHILD = """
import builtins, io, os, signal, sys, tempfile
from datetime import datetime
step = int(sys.argv[1])
count = 0
def wrap(real):
    def call(*args, **kwargs):
        global count
        count += 1
        if count >= step:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return call
from coach.store.settings import Settings
class Clock:
    def now(self):
        return datetime(2026, 11, 25, 21, 30)
for owner, name in [(builtins, "open"), (io, "open"), (os, "open"), (os, "replace"),
                    (os, "rename"), (os, "unlink"), (os, "fsync"), (os, "scandir"),
                    (tempfile, "mkstemp")]:
    setattr(owner, name, wrap(getattr(owner, name)))
Settings.load(clock=Clock())
"""


@pytest.mark.expected_log("coach.store.settings_recovery", match=r"settings\.yaml is damaged")
def test_a_real_kill_9_at_any_step_of_recovery_never_starts_with_the_defaults():
    """The same loop with a real SIGKILL in a child process: no clean-up runs at all."""
    import signal
    import subprocess
    import sys

    path = good_backup_and_damaged_file()
    folders = [paths.config_dir(), paths.cache_dir()]
    start = snapshot(folders)
    project = Path(__file__).resolve().parents[2]
    for step in range(1, 200):
        restore(folders, start)
        child = subprocess.run([sys.executable, "-c", KILL_CHILD, str(step)], cwd=project,
                               capture_output=True, text=True, timeout=60)
        assert child.returncode in (0, -signal.SIGKILL), child.stderr
        settings = Settings.load()
        assert_good_values(settings)
        assert path.exists()
        if child.returncode == 0:
            break
    assert step >= 8


def test_a_kill_at_any_step_of_saving_keeps_the_old_or_the_new_values():
    Settings.load()  # nothing yet
    first = Settings.load()
    first.set("theme", "dark")
    first.save()

    def save_a_change() -> None:
        settings = Settings.load()
        settings.set("theme", "light")
        settings.save()

    def start_again() -> None:
        assert Settings.load().get("theme") in ("dark", "light")

    assert every_kill_point(save_a_change, start_again) >= 6


@pytest.mark.expected_log("coach.store.settings_recovery",
                          match=r"is missing; restoring settings\.yaml\.bak")
def test_a_missing_file_next_to_a_good_backup_is_restored_from_it():
    """What an interrupted recovery of an earlier version left: the file moved aside."""
    path = good_backup_and_damaged_file()
    path.rename(path.with_name("settings.yaml.corrupt-20261125-213000"))
    settings = Settings.load()
    assert_good_values(settings)
    assert settings.notice == "Your settings file was missing; the last good copy was restored."
    assert path.exists() and Settings.load().notice is None


# --- leftovers of killed writes ----------------------------------------------------


def test_temporary_files_of_killed_writes_are_removed_at_the_next_start(qapp):
    from coach.cli.args import parse
    from coach.ui.startup import build_window

    config, cache = paths.config_dir(), paths.cache_dir()
    ours = [config / ".settings.yaml.k2j4_x9a.tmp", config / ".settings.yaml.bak.0abcdefg.tmp",
            config / ".settings.yaml.corrupt-20261125-213000.zz12ab34.tmp",
            cache / ".settings-cache.json.q1w2e3r4.tmp", cache / ".content-cache.json.abcd1234.tmp"]
    not_ours = [config / "notes.tmp", config / ".settings.yaml.tmp",
                config / ".other.yaml.abcd1234.tmp", config / "settings.yaml.abcd1234.tmp",
                cache / ".settings-cache.json.TOOLONG99.tmp"]
    for path in ours + not_ours:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half a write")
    a_folder = config / ".settings.yaml.dirdirdi.tmp"
    a_folder.mkdir()

    window = build_window(parse([]), qapp)
    window.hide()
    window.deleteLater()

    assert [p for p in ours if p.exists()] == []
    assert all(p.read_bytes() == b"half a write" for p in not_ours)
    assert a_folder.is_dir()


def test_a_kill_loop_of_saves_leaves_no_temporary_files_after_a_start():
    settings = Settings.load()
    settings.set("theme", "dark")
    settings.save()

    def save_a_change() -> None:
        again = Settings.load()
        again.set("snooze_min", 30)
        again.save()

    def start_again() -> None:
        remove_interrupted_writes()
        assert list(paths.config_dir().glob(".*.tmp")) == []
        assert list(paths.cache_dir().glob(".*.tmp")) == []

    every_kill_point(save_a_change, start_again)


def test_leftovers_are_only_removed_in_the_named_folder_and_names(tmp_path):
    (tmp_path / ".a.txt.abcdefgh.tmp").write_text("x")
    (tmp_path / ".b.txt.abcdefgh.tmp").write_text("x")
    removed = atomic.remove_leftovers(tmp_path, ("a.txt",))
    assert [p.name for p in removed] == [".a.txt.abcdefgh.tmp"]
    assert (tmp_path / ".b.txt.abcdefgh.tmp").exists()

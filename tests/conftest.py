"""Test set-up shared by the whole suite.

Qt runs headless, and every test gets its own config and data folders so
nothing touches the developer's real settings or history.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """Point platformdirs (XDG on Linux) at a temporary home for each test."""
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    # A short runtime folder: under tmp_path the socket path can pass the Unix
    # limit (~100 bytes, e.g. in pytest-of-<user>/pytest-1000/...), and the app
    # then falls back to a plain name in the shared /tmp, where test runs of
    # the same user side by side would meet.
    runtime = Path(tempfile.mkdtemp(prefix="cc-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("CALF_COACH_NO_AUDIO", "1")
    # English unless a test asks for another language: the suite asserts English
    # words, and "system" follows these variables (coach.i18n_env).
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    # No test talks to the developer's desktop bus (notifications, screen
    # saver); tests that need D-Bus start a private bus of their own.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/calf-coach-test-bus")
    yield
    shutil.rmtree(runtime, ignore_errors=True)


#: Process time zones the time-dependent tests run in: the machine's own (UTC
#: in CI) and one that is neither UTC nor any zone a test gives its reminders,
#: with an odd offset (+05:45). In UTC alone, code that used the machine's
#: zone instead of the reminder's (``astimezone()`` for ``astimezone(tz)``)
#: gave the same answers and passed.
PROCESS_ZONES = (None, "Asia/Kathmandu")


@contextlib.contextmanager
def process_zone(name: str | None) -> Iterator[None]:
    """Run in the process time zone ``name`` (None: leave it), as ``TZ=name`` would."""
    if name is None:
        yield
        return
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture(params=PROCESS_ZONES, ids=lambda name: name or "machine-zone")
def in_process_zone(request) -> Iterator[str | None]:
    """Each test that uses this runs once per ``PROCESS_ZONES`` entry."""
    with process_zone(request.param):
        yield request.param

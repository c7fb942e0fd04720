"""Test set-up shared by the whole suite.

Qt runs headless, and every test gets its own config and data folders so
nothing touches the developer's real settings or history. Each test is marked
with its level from its folder (``tests/unit``, ``tests/integration``,
``tests/ui``; docs/testing.md), so the marker and the folder cannot disagree.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

# An unexpected log warning fails the test (tests/log_fail.py): its fixture, used by name.
from log_fail import _fail_on_log_warnings  # noqa: F401

# Skips fail CI unless allow-listed (tests/skip_policy.py): its hooks, registered here.
from skip_policy import pytest_runtest_logreport, pytest_sessionfinish  # noqa: F401

# Before any test imports Qt. The headless screen is 1280x800, so the window
# opens at its full default size (offscreen's own screen is 800 wide, and the
# window fits itself to its screen).
OFFSCREEN = "offscreen:configfile=" + str(Path(__file__).resolve().parent
                                          / "offscreen_screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = OFFSCREEN
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

TESTS = Path(__file__).resolve().parent
#: The test levels, one folder each (docs/testing.md, "Levels").
LEVELS = ("unit", "integration", "ui")
#: Fixtures that start a QApplication: a unit test has none.
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "qtlog"}


def level_of(path: Path) -> str | None:
    """The level folder a test file is in; None outside tests/ (pytest's own test runs)."""
    try:
        parts = path.resolve().relative_to(TESTS).parts
    except ValueError:
        return None
    return parts[0] if len(parts) > 1 else ""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test with its folder's level; refuse a test outside the three folders,
    and a unit test that asks for a QApplication."""
    problems = set()
    for item in items:
        level = level_of(item.path)
        if level is None:
            continue
        if level not in LEVELS:
            problems.add(f"{item.path.relative_to(TESTS.parent)}: a test file belongs in "
                         "tests/unit, tests/integration or tests/ui (docs/testing.md)")
            continue
        item.add_marker(getattr(pytest.mark, level))
        qt = sorted(QT_FIXTURES & set(item.fixturenames))
        if level == "unit" and qt:
            problems.add(f"{item.nodeid}: uses a QApplication ({', '.join(qt)}), "
                         "so it belongs in tests/ui")
    if problems:
        raise pytest.UsageError("\n".join(sorted(problems)))


@pytest.fixture(autouse=True)
def _unit_starts_no_process_and_opens_no_socket(request, monkeypatch):
    """A unit test stays pure and fast: starting a process or opening a socket fails it,
    naming the level it belongs to (the QApplication is refused at collection)."""
    if request.node.get_closest_marker("unit") is None:
        return

    def refused(what: str):
        def refuse(*args, **kwargs):
            raise AssertionError(f"a unit test may not {what}: move it to tests/integration "
                                 "(docs/testing.md)")
        return refuse

    monkeypatch.setattr(subprocess, "Popen", refused("start a process"))
    monkeypatch.setattr(socket, "socket", refused("open a socket"))


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
    # The single-instance socket lives here: a Unix socket path must stay under
    # ~100 bytes, which tmp_path outgrows after pytest's 1000th run
    # (/tmp/pytest-of-<user>/pytest-1000/<test name>/...) or under a long TMPDIR.
    runtime = Path(tempfile.mkdtemp(prefix="cc-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("CALF_COACH_NO_AUDIO", "1")
    # English unless a test asks for another language: the suite asserts English
    # words, and "system" follows these variables (coach.i18n.language).
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    # No test talks to the developer's desktop bus (notifications, screen
    # saver); tests that need D-Bus start a private bus of their own.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/calf-coach-test-bus")
    yield
    shutil.rmtree(runtime, ignore_errors=True)

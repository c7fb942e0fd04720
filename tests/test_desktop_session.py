"""Started without a desktop, `coach` says so in one sentence instead of Qt aborting.

The subprocess tests run the real entry point with the graphical variables
removed, as over ssh or from a text console: the GUI path must exit non-zero
with the sentence, and the command-line subcommands must still work.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.desktop_session import MESSAGE, missing_desktop

ROOT = Path(__file__).resolve().parents[1]
GRAPHICAL = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def no_desktop_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in GRAPHICAL}
    env["PYTHONPATH"] = str(ROOT)  # this checkout's coach, whatever is installed
    return env


def run_coach(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coach", *args], cwd=ROOT,
                          env=no_desktop_env(), capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL, check=False)


@pytest.mark.parametrize("args", [(), ("--cramp",), ("--routine", "evening-stretch"),
                                  ("--background",)])
def test_no_desktop_prints_one_sentence_and_fails(args):
    result = run_coach(*args)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == MESSAGE
    assert result.stderr.startswith("Calf Coach needs a desktop session: ")
    assert "xcb" not in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_command_line_works_without_a_desktop(tmp_path):
    version = run_coach("--version")
    assert version.returncode == 0 and version.stdout.startswith("Calf Coach ")
    listed = run_coach("list")
    assert listed.returncode == 0 and "evening-stretch" in listed.stdout
    assert run_coach("validate").returncode == 0
    ics = run_coach("export-ics", "-")
    assert ics.returncode == 0 and "BEGIN:VCALENDAR" in ics.stdout
    csv = run_coach("history", "export", str(tmp_path / "diary.csv"))
    assert csv.returncode == 0 and (tmp_path / "diary.csv").exists()


def test_quit_without_a_desktop_has_nothing_to_quit():
    result = run_coach("--quit")
    assert result.returncode == 0, result.stderr
    assert "desktop session" not in result.stderr


@pytest.mark.parametrize("env", [
    {"DISPLAY": ":0"},
    {"WAYLAND_DISPLAY": "wayland-0"},
    {"QT_QPA_PLATFORM": "offscreen"},
    {"QT_QPA_PLATFORM": "minimal"},
    {"QT_QPA_PLATFORM": "eglfs"},
    {"QT_QPA_PLATFORM": "vnc:size=800x600"},
])
def test_a_window_can_open(env):
    assert missing_desktop(env, platform="linux") is None


@pytest.mark.parametrize("env", [{}, {"DISPLAY": ""}, {"QT_QPA_PLATFORM": "xcb"},
                                 {"QT_QPA_PLATFORM": "wayland;xcb"},
                                 {"QT_QPA_PLATFORM": "wayland-egl"}])
def test_no_session_is_reported(env):
    assert missing_desktop(env, platform="linux") == MESSAGE


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_are_not_second_guessed(platform):
    assert missing_desktop({}, platform=platform) is None

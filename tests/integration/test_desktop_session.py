"""Started without a desktop, `coach` says so in one sentence instead of Qt aborting.

The subprocess tests run the real entry point with the graphical variables
removed, as over ssh or from a text console: the GUI path must exit non-zero
with the sentence, and the command-line subcommands must still work.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from coach.platform.desktop_session import MESSAGE, UNREACHABLE, missing_desktop, x_display_answers

ROOT = Path(__file__).resolve().parents[2]
GRAPHICAL = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


#: An X display number nothing listens on (checked by the test that uses it).
DEAD_DISPLAY = ":7391"


def no_desktop_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in GRAPHICAL}
    env["PYTHONPATH"] = str(ROOT)  # this checkout's coach, whatever is installed
    env.update(extra)
    return env


def run_coach(*args: str, timeout: float = 60, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coach", *args], cwd=ROOT,
                          env=no_desktop_env(**extra), capture_output=True, text=True,
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


def test_a_display_that_does_not_answer_gets_the_sentence_too():
    assert not x_display_answers(DEAD_DISPLAY)
    result = run_coach(DISPLAY=DEAD_DISPLAY)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == UNREACHABLE.format(display=DEAD_DISPLAY)
    assert "xcb" not in result.stderr and "Traceback" not in result.stderr


def test_a_listening_local_display_counts_as_a_desktop():
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind("\0/tmp/.X11-unix/X7392")  # Linux's abstract socket, as X servers use
        server.listen(8)
        assert x_display_answers(":7392")
        assert x_display_answers("unix:7392.0")
        assert missing_desktop({"DISPLAY": ":7392"}, platform="linux") is None


def test_remote_displays_are_left_to_qt():
    assert x_display_answers("otherhost:10.0")
    assert missing_desktop({"DISPLAY": "otherhost:10.0"}, platform="linux") is None


def test_offscreen_wins_over_a_dead_display():
    env = {"DISPLAY": DEAD_DISPLAY, "QT_QPA_PLATFORM": "offscreen"}
    assert missing_desktop(env, platform="linux") is None


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

"""A running copy that is frozen: real app processes, really stopped with SIGSTOP.

``coach --cramp`` must still show the relief steps (its own cramp screen,
after the protocol's answer timeout, not after the old six-second wait), other
requests must say so in a dialog, and when the stopped copy resumes it must
not carry out the requests whose senders gave up meanwhile (a ``--quit``
reported as failed must not end it minutes later).

The app processes run under ``QT_QPA_PLATFORM=offscreen`` in the throw-away
folders of ``conftest``. When a window has been painted, the benchmark hook
(``CALF_COACH_BENCH_READY``, see ``coach/runtime/bench_ready.py``) appends a line
``<monotonic time>\\t<title>`` to a file: that is how the test sees a screen
open in another process. The waits below only wait for those processes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.platform.instance.address import server_address, server_name
from coach.platform.instance.protocol import ANSWER_TIMEOUT_S
from coach.store import paths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP is POSIX")

ROOT = Path(__file__).resolve().parents[2]
PATIENCE_S = 60.0  # only against a hung test: nothing here is timed against it


def _until(condition, what: str) -> None:
    """Wait for another process to get somewhere (never for time itself)."""
    deadline = time.monotonic() + PATIENCE_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.02)


def _notes(path: Path) -> list[tuple[float, str]]:
    """The (monotonic time, window title) lines a process's paint hook wrote."""
    if not path.exists():
        return []
    lines = [line.split("\t", 1) for line in path.read_text("utf-8").splitlines() if line]
    return [(float(when), title) for when, title in lines]


def _launch(*argv: str, notes: Path) -> subprocess.Popen:
    env = dict(os.environ, CALF_COACH_BENCH_READY=str(notes), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "coach", *argv], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _log_text() -> str:
    folder = paths.log_dir()
    return "".join(p.read_text("utf-8", "replace") for p in sorted(folder.glob("*.log*")))


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and modification time."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _stop(proc: subprocess.Popen) -> None:
    """End a process started here, whatever state it is in."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGCONT)
        proc.kill()
    proc.communicate(timeout=30)


@pytest.fixture
def stopped_app(tmp_path) -> Iterator[subprocess.Popen]:
    """A real running Calf Coach, painted, listening, then stopped (SIGSTOP)."""
    notes = tmp_path / "first.notes"
    app = _launch(notes=notes)
    try:
        socket_path = Path(server_address(server_name(), paths.runtime_dir()))
        _until(lambda: _notes(notes) or app.poll() is not None, "the app's first paint")
        assert app.poll() is None, app.communicate()[1]
        assert socket_path.exists()
        os.kill(app.pid, signal.SIGSTOP)
        app.notes = notes  # type: ignore[attr-defined]
        yield app
    finally:
        _stop(app)


def test_cramp_with_a_stopped_app_opens_its_own_cramp_screen(stopped_app, tmp_path):
    state_before = {name: _files(folder) for name, folder in (
        ("config", paths.config_dir()), ("runtime", paths.runtime_dir()),
        ("cache", paths.cache_dir()), ("data", paths.data_dir()))}
    notes = tmp_path / "second.notes"
    launched = time.monotonic()
    second = _launch("--cramp", notes=notes)
    try:
        _until(lambda: _notes(notes) or second.poll() is not None, "the cramp screen")
        assert second.poll() is None, second.communicate()[1]
        painted, title = _notes(notes)[0]
        assert title.startswith("Cramp now"), title
        # It first gave the running copy its chance to answer, and only then
        # (not after the old 5 s of retries) opened the screen itself.
        assert painted - launched >= ANSWER_TIMEOUT_S
    finally:
        _stop(second)
    # Read-only beside the running copy: no lock, settings, cache or diary written.
    state_after = {name: _files(folder) for name, folder in (
        ("config", paths.config_dir()), ("runtime", paths.runtime_dir()),
        ("cache", paths.cache_dir()), ("data", paths.data_dir()))}
    assert state_after == state_before

    # Resumed, the first copy does not bring up the cramp screen it was asked
    # for long ago: that launch has shown it already.
    os.kill(stopped_app.pid, signal.SIGCONT)
    _until(lambda: "ignored a request from another launch" in _log_text(),
           "the resumed app to read the old request")
    assert [title for _when, title in _notes(stopped_app.notes)] == ["Calf Coach"]


def test_quit_that_failed_while_stopped_is_not_carried_out_on_resume(stopped_app, tmp_path):
    notes = tmp_path / "quit.notes"
    quitter = _launch("--quit", notes=notes)
    try:
        # The user is told: a small window says the running copy is not responding.
        _until(lambda: _notes(notes) or quitter.poll() is not None, "the quit's answer")
        assert quitter.poll() is None, quitter.communicate()[1]
        assert _notes(notes)[0][1] == "Calf Coach"
    finally:
        quitter.terminate()
        _out, err = quitter.communicate(timeout=30)
    assert "is already running" in err and "not answering" in err

    os.kill(stopped_app.pid, signal.SIGCONT)
    _until(lambda: "ignored a request from another launch" in _log_text(),
           "the resumed app to read the old request")
    assert stopped_app.poll() is None, "a quit reported as failed ended the app later"

    # Awake again, it answers a fresh quit at once.
    again = _launch("--quit", notes=tmp_path / "again.notes")
    _out, err = again.communicate(timeout=PATIENCE_S)
    assert again.returncode == 0, err
    assert stopped_app.wait(timeout=PATIENCE_S) == 0


def test_requests_queued_while_stopped_are_dropped_on_resume(stopped_app):
    from coach.platform.instance.fast_client import Answer, fast_forward
    from coach.platform.instance.protocol import Request

    for request in (Request("quit"), Request("cramp"), Request("show")):
        # Each sender waits its answer_timeout_s, hears nothing and gives up.
        assert fast_forward(request) is Answer.SILENT
    os.kill(stopped_app.pid, signal.SIGCONT)
    _until(lambda: _log_text().count("ignored a request from another launch") == 3,
           "the resumed app to read the three old requests")
    assert stopped_app.poll() is None, "the resumed app carried out a stale quit"
    assert [title for _when, title in _notes(stopped_app.notes)] == ["Calf Coach"]


def test_a_copy_still_starting_is_not_taken_for_a_frozen_one(tmp_path):
    """A double-click: the second launch waits for the first instead of calling it frozen."""
    first_notes = tmp_path / "first.notes"
    first = _launch(notes=first_notes)
    second = None
    try:
        lock = paths.runtime_dir() / f"{server_name()}.lock"
        _until(lambda: lock.exists() or first.poll() is not None, "the first copy's lock")
        second = _launch("--cramp", notes=tmp_path / "second.notes")
        _out, err = second.communicate(timeout=PATIENCE_S)
        assert second.returncode == 0, err
        assert "not answering" not in err
        assert not (tmp_path / "second.notes").exists(), "it opened a window of its own"
        _until(lambda: any(title.startswith("Cramp now") for _when, title in
                           _notes(first_notes)) or first.poll() is not None,
               "the first copy's cramp screen")
        assert first.poll() is None
    finally:
        _stop(first)
        if second is not None and second.returncode is None:
            _stop(second)

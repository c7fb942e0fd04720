"""Keeping the screen on while playing: idempotent, and harmless where it cannot work."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from coach.platform import screen_awake
from coach.platform.screen_awake import NullBackend, ScreenAwake

ROOT = Path(__file__).resolve().parents[2]


class FakeBackend:
    def __init__(self, cookie: int | None = 7) -> None:
        self.cookie = cookie
        self.calls: list[tuple] = []

    def inhibit(self, app: str, reason: str) -> int | None:
        self.calls.append(("inhibit", app, reason))
        return self.cookie

    def uninhibit(self, cookie: int) -> None:
        self.calls.append(("uninhibit", cookie))


class BrokenBackend:
    def inhibit(self, app: str, reason: str) -> int | None:
        raise RuntimeError("bus on fire")

    def uninhibit(self, cookie: int) -> None:
        raise RuntimeError("bus on fire")


@pytest.fixture(autouse=True)
def _fresh_log_once(monkeypatch):
    """The module logs each failure once per process; give every test its own process view."""
    monkeypatch.setattr(screen_awake, "_logged", set())


def test_inhibit_asks_the_desktop_once_and_is_active():
    backend = FakeBackend()
    awake = ScreenAwake(backend=backend)
    awake.inhibit("Playing a stretching routine")
    awake.inhibit("Playing a stretching routine")
    assert awake.active
    assert backend.calls == [("inhibit", "Calf Coach", "Playing a stretching routine")]


def test_release_gives_back_the_cookie_once():
    backend = FakeBackend(cookie=42)
    awake = ScreenAwake(backend=backend)
    awake.inhibit("Playing")
    awake.release()
    awake.release()
    assert not awake.active
    assert backend.calls[1:] == [("uninhibit", 42)]


def test_release_without_inhibit_does_nothing():
    backend = FakeBackend()
    ScreenAwake(backend=backend).release()
    assert backend.calls == []


def test_pause_and_resume_inhibit_again():
    backend = FakeBackend(cookie=3)
    awake = ScreenAwake(backend=backend)
    for _ in range(2):
        awake.inhibit("Playing")
        awake.release()
    assert [c[0] for c in backend.calls] == ["inhibit", "uninhibit"] * 2


def test_no_screensaver_service_means_not_active_and_no_error():
    backend = FakeBackend(cookie=None)
    awake = ScreenAwake(backend=backend)
    awake.inhibit("Playing")
    assert not awake.active
    awake.release()
    assert backend.calls == [("inhibit", "Calf Coach", "Playing")]


def test_a_failing_backend_never_raises_and_logs_once(caplog):
    awake = ScreenAwake(backend=BrokenBackend())
    for _ in range(3):
        awake.inhibit("Playing")
        awake.release()
    assert not awake.active
    assert len([r for r in caplog.records if r.name == screen_awake.__name__]) == 1


def test_other_platforms_get_a_silent_no_op(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert isinstance(screen_awake.default_backend(), NullBackend)
    awake = ScreenAwake(backend=NullBackend())
    awake.inhibit("Playing")
    awake.release()
    assert not awake.active


def test_without_a_session_bus_nothing_raises(qapp, monkeypatch, caplog):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.setattr(sys, "platform", "linux")
    caplog.set_level("INFO", logger=screen_awake.__name__)
    awake = ScreenAwake()
    for _ in range(2):
        awake.inhibit("Playing")
        awake.release()
    assert not awake.active
    assert len([r for r in caplog.records if r.name == screen_awake.__name__]) <= 1


# ----- against a real dbus-daemon with a strict fake screensaver -----------------

FAKE_SCREENSAVER = textwrap.dedent('''
    """org.freedesktop.ScreenSaver that, like the real ones, checks signatures and
    drops an inhibition when its caller's connection goes away."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher, QDBusVirtualObject

    class ScreenSaver(QDBusVirtualObject):
        cookie = 100
        watchers = []

        def introspect(self, path):
            return ""

        def handleMessage(self, msg, conn):
            print("CALL", msg.member(), msg.signature(), *msg.arguments(), flush=True)
            if msg.member() == "Inhibit" and msg.signature() == "ss":
                ScreenSaver.cookie += 1
                watcher = QDBusServiceWatcher(
                    msg.service(), conn, QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration)
                watcher.serviceUnregistered.connect(
                    lambda name, c=ScreenSaver.cookie: print("RELEASED", c, flush=True))
                self.watchers.append(watcher)
                conn.send(msg.createReply(ScreenSaver.cookie))
            elif msg.member() == "UnInhibit" and msg.signature() == "u":
                print("RELEASED", msg.arguments()[0], flush=True)
                conn.send(msg.createReply())
            else:
                conn.send(msg.createErrorReply("org.freedesktop.DBus.Error.InvalidArgs",
                                               "bad signature " + msg.signature()))
            return True

    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    service = ScreenSaver()
    assert bus.registerVirtualObject("/org/freedesktop/ScreenSaver", service)
    assert bus.registerService("org.freedesktop.ScreenSaver")
    print("READY", flush=True)
    app.exec()
''')

CLIENT = textwrap.dedent('''
    import sys
    from PySide6.QtCore import QCoreApplication
    from coach.platform.screen_awake import ScreenAwake
    app = QCoreApplication([])
    awake = ScreenAwake()
    awake.inhibit("Playing a stretching routine")
    awake.inhibit("Playing a stretching routine")
    print("INHIBITED", awake.active, flush=True)
    sys.stdin.readline()
    awake.release()
    print("RELEASED", awake.active, flush=True)
    sys.stdin.readline()
''')


class Lines:
    """Lines from a child's stdout, read in a thread so a hung child fails instead of hangs."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self._queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, args=(proc,), daemon=True).start()

    def _pump(self, proc: subprocess.Popen) -> None:
        for line in proc.stdout:
            self._queue.put(line.strip())

    def next(self, timeout: float = 20.0) -> str:
        return self._queue.get(timeout=timeout)


@pytest.fixture
def session_bus(tmp_path):
    """A private dbus-daemon with the fake screensaver on it; yields (env, service lines)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None or not Path("/usr/share/dbus-1/session.conf").exists():
        pytest.skip("dbus-daemon is not installed")
    bus = subprocess.Popen([daemon, "--session", "--nofork", "--print-address"],
                           stdout=subprocess.PIPE, text=True)
    service = None
    try:
        address = bus.stdout.readline().strip()
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address,
               "PYTHONPATH": str(ROOT), "QT_LOGGING_RULES": "qt.*=false"}
        script = tmp_path / "fake_screensaver.py"
        script.write_text(FAKE_SCREENSAVER)
        service = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                                   text=True, env=env)
        lines = Lines(service)
        assert lines.next() == "READY"
        yield env, lines
    finally:
        for proc in (service, bus):
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=10)


def test_real_bus_inhibits_and_releases_before_the_app_exits(session_bus):
    env, service = session_bus
    client = subprocess.Popen([sys.executable, "-c", CLIENT], cwd=ROOT, env=env, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        from_client = Lines(client)
        assert from_client.next() == "INHIBITED True"
        assert service.next() == "CALL Inhibit ss Calf Coach Playing a stretching routine"
        client.stdin.write("\n")
        client.stdin.flush()
        assert from_client.next() == "RELEASED False"
        assert service.next() == "RELEASED 101"  # while the app is still running
        client.stdin.write("\n")
        client.stdin.flush()
        assert client.wait(timeout=20) == 0
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()

"""Keeping the screen awake through D-Bus: without a session bus, and against a real
dbus-daemon with a strict fake screensaver (the logic with fakes is in
tests/unit/test_screen_awake.py)."""

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
from coach.platform.screen_awake import ScreenAwake

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_log_once(monkeypatch):
    """The module logs each failure once per process; give every test its own process view."""
    monkeypatch.setattr(screen_awake, "_logged", set())


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

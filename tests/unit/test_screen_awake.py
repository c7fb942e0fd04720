"""Keeping the screen on while playing: idempotent, and harmless where it cannot work.

With fake back-ends; without a session bus and on a real one:
tests/integration/test_screen_awake_bus.py.
"""

from __future__ import annotations

import sys

import pytest

from coach.platform import screen_awake
from coach.platform.screen_awake import NullBackend, ScreenAwake


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

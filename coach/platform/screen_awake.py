"""Keep the screen from blanking while a routine plays.

Someone holding a calf stretch is not touching the mouse, so the desktop would
otherwise dim and lock halfway through. Linux (and other freedesktop systems):
``org.freedesktop.ScreenSaver.Inhibit`` on the session bus. Other platforms get
a no-op backend for now; the player works the same, the screen may just blank.

Everything here degrades to a no-op with one log line: no session bus, no
screensaver service or a failing call must never take the player down.

Why a private D-Bus connection per inhibition: ``UnInhibit`` takes a ``uint32``
cookie, and PySide6 cannot marshal a Python int as ``u`` (it sends ``i``, ``q``
or ``x``, which GNOME, KDE and xfce reject with InvalidArgs). Every known
implementation drops an inhibition when the caller's connection goes away, so
releasing closes that private connection instead.
"""

from __future__ import annotations

import itertools
import logging
import sys
from typing import TYPE_CHECKING, Protocol

from coach import APP_NAME

if TYPE_CHECKING:  # QtDBus loads when the screen is first kept awake
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
CALL_TIMEOUT_MS = 1000  # a stuck session bus must not freeze the player for long

_logged: set[str] = set()  # once per process: the same failure on every Play is noise


def _log_once(key: str, message: str, *args: object) -> None:
    if key not in _logged:
        _logged.add(key)
        log.info(message, *args)


class Backend(Protocol):
    """What ScreenAwake needs from the platform (injectable for tests)."""

    def inhibit(self, app: str, reason: str) -> int | None:
        """Ask for the screen to stay on; a cookie, or None when that is not possible."""

    def uninhibit(self, cookie: int) -> None:
        """Undo the inhibition ``cookie``."""


class NullBackend:
    """Platforms without a supported mechanism (Windows, macOS for now): do nothing."""

    def inhibit(self, app: str, reason: str) -> int | None:
        _log_once("null", "keeping the screen awake is not supported on %s", sys.platform)
        return None

    def uninhibit(self, cookie: int) -> None:
        return None


class DBusScreenSaverBackend:
    """``org.freedesktop.ScreenSaver`` over the session bus, one private connection each.

    QtDBus is imported on first use so start-up does not pay for it.
    """

    def __init__(self) -> None:
        self._names = itertools.count(1)
        self._connections: dict[int, str] = {}  # cookie -> private connection name

    def inhibit(self, app: str, reason: str) -> int | None:
        from PySide6.QtDBus import QDBusConnection

        name = f"calf-coach-screen-awake-{next(self._names)}"
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        if not bus.isConnected():
            _log_once("no-bus", "no D-Bus session bus, the screen may blank while playing (%s)",
                      bus.lastError().message())
            del bus
            QDBusConnection.disconnectFromBus(name)
            return None
        cookie = self._call_inhibit(bus, app, reason)
        del bus  # the connection must have no Python owner left for disconnect to close it
        if cookie is None:
            QDBusConnection.disconnectFromBus(name)
            return None
        self._connections[cookie] = name
        return cookie

    def _call_inhibit(self, bus: QDBusConnection, app: str, reason: str) -> int | None:
        from PySide6.QtDBus import QDBus, QDBusMessage

        error = ""
        for path in PATHS:
            message = QDBusMessage.createMethodCall(SERVICE, path, INTERFACE, "Inhibit")
            message.setArguments([app, reason])
            reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
            if reply.type() == QDBusMessage.MessageType.ReplyMessage:
                values = reply.arguments()
                if values and isinstance(values[0], int):
                    return values[0]
                error = f"unexpected reply {values!r}"
                break
            error = f"{reply.errorName()}: {reply.errorMessage()}"
            if reply.errorName() not in ("org.freedesktop.DBus.Error.UnknownObject",
                                         "org.freedesktop.DBus.Error.UnknownMethod"):
                break  # no service, timeout, denied: the other path will not help
        _log_once("no-service", "cannot keep the screen awake: %s", error)
        return None

    def uninhibit(self, cookie: int) -> None:
        from PySide6.QtDBus import QDBusConnection

        name = self._connections.pop(cookie, None)
        if name is not None:
            QDBusConnection.disconnectFromBus(name)


def default_backend() -> Backend:
    """D-Bus on Linux and the BSDs (freedesktop desktops), a no-op elsewhere."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return DBusScreenSaverBackend()
    return NullBackend()


class ScreenAwake:
    """Idempotent inhibit/release around one backend: the UI calls it on every state change."""

    def __init__(self, backend: Backend | None = None, app_name: str = APP_NAME) -> None:
        self._backend = backend
        self._app_name = app_name
        self._cookie: int | None = None

    @property
    def active(self) -> bool:
        """True while the screen is actually being kept awake."""
        return self._cookie is not None

    def inhibit(self, reason: str) -> None:
        """Keep the screen on; a second call while active does nothing."""
        if self._cookie is not None:
            return
        try:
            if self._backend is None:
                self._backend = default_backend()
            self._cookie = self._backend.inhibit(self._app_name, reason)
        except Exception:
            self._cookie = None
            if "inhibit-error" not in _logged:
                _logged.add("inhibit-error")
                log.warning("keeping the screen awake failed", exc_info=True)

    def release(self) -> None:
        """Let the screen blank again; without an inhibition this does nothing."""
        cookie, self._cookie = self._cookie, None
        if cookie is None or self._backend is None:
            return
        try:
            self._backend.uninhibit(cookie)
        except Exception:
            if "release-error" not in _logged:
                _logged.add("release-error")
                log.warning("releasing the screen-awake inhibition failed", exc_info=True)

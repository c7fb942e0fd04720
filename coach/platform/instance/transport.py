"""Which transport carries the single-instance messages: chosen here, and only here.

- ``Transport.POSIX`` (Linux, macOS: wherever ``socket.AF_UNIX`` exists): a
  plain Python ``AF_UNIX`` server watched by a ``QSocketNotifier`` and a plain
  blocking client socket (``posix``). **QtNetwork is never imported**.
- ``Transport.QT`` (Windows, where a named pipe is needed): ``QLocalServer``
  and ``QLocalSocket`` (``qt_local``), imported only when chosen.

Why two: importing ``PySide6.QtNetwork`` and creating a ``QLocalServer`` cost
about 7 ms and 2.5 MB of resident memory at start-up (``libQt6Network``, its
binding, the Kerberos/GSSAPI libraries it pulls in; ``docs/benchmarks.md``),
against a budget of 500 ms to the first paint and 70 MB in the background;
the ``socket`` module is loaded anyway (the pre-Qt client needs it). The
wire format is the same, so either side can talk to the other kind.

Everything that picks a transport takes it as a parameter (``None``: the
default of this platform, ``default_transport``), so the tests run the same
checks against both on Linux without touching module globals.
"""

from __future__ import annotations

import enum
import socket
import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from coach.platform.instance.connection import Handler


class Transport(enum.Enum):
    """A way to carry the messages between the running app and a later launch."""

    POSIX = "posix"  # AF_UNIX socket + QSocketNotifier; no QtNetwork
    QT = "qt"        # QLocalServer / QLocalSocket (a named pipe on Windows)


def default_transport(platform: str | None = None) -> Transport:
    """The transport for ``platform`` (by default this one's ``sys.platform``)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32" or not hasattr(socket, "AF_UNIX"):
        return Transport.QT
    return Transport.POSIX


class Outcome(enum.Enum):
    """What became of one request sent by the Qt-side client."""

    OK = "ok"
    REFUSED = "refused"            # the running app answered with an error
    UNREACHABLE = "unreachable"    # nobody listening (yet), or it hung up
    SILENT = "silent"              # it took the request but gave no answer in time: frozen


Failure = tuple[Outcome, str]
"""Why there is no reply line, with a reason for the log."""

Exchange = Callable[[bytes, str, int], "bytes | Failure"]
"""``(payload, address, timeout_ms)`` -> the reply line, or why there is none. Blocking."""


class Server(Protocol):
    """A listening endpoint of one transport (a QObject child of the guard)."""

    def is_listening(self) -> bool: ...

    def listen(self, address: str) -> str | None:
        """Bind and listen, removing a socket left by a crash; None, else why not."""

    def close(self) -> None:
        """Stop listening and remove the socket file."""

    def deleteLater(self) -> None: ...


def make_server(transport: Transport, handle: Handler, idle_timeout_ms: int,
                parent: QObject) -> Server:
    """A server of ``transport`` whose connections hand each line to ``handle``."""
    if transport is Transport.POSIX:
        from coach.platform.instance.posix import PosixServer

        return PosixServer(handle, idle_timeout_ms, parent)
    from coach.platform.instance.qt_local import QtServer

    return QtServer(handle, idle_timeout_ms, parent)


def client_exchange(transport: Transport) -> Exchange:
    """The blocking client round trip of ``transport``."""
    if transport is Transport.POSIX:
        from coach.platform.instance.posix import exchange_posix

        return exchange_posix
    from coach.platform.instance.qt_local import exchange_qt

    return exchange_qt

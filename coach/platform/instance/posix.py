"""The POSIX transport: a plain ``AF_UNIX`` socket, and no QtNetwork (Linux, macOS).

Server: a non-blocking listening socket watched by a ``QSocketNotifier``,
user-only from the moment it is bound (like
``QLocalServer.UserAccessOption``); each accepted client gets its own read
notifier (``PosixConnection``). Client: the blocking round trip of the
pre-Qt client (``fast_client.exchange``), with its errors sorted into
``transport.Outcome``.

A plain name (the runtime folder's path was too long for a socket) lives
where ``QLocalServer`` puts plain names, ``QDir.tempPath()``, so either
transport finds the other's socket. Why this exists beside ``QLocalServer``:
see ``transport``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import stat
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, QSocketNotifier, QTimer

from coach.platform.instance.connection import Connection, Handler
from coach.platform.instance.fast_client import exchange
from coach.platform.instance.protocol import ProtocolError
from coach.platform.instance.transport import Failure, Outcome

log = logging.getLogger(__name__)

REPLY_TIMEOUT_S = 0.5
"""Longest the app blocks to hand a reply (a few dozen bytes) to the kernel."""

ACCEPT_RETRY_MS = 1000
"""After accepting failed (e.g. out of file descriptors), try again after this long."""

_LISTEN_BACKLOG = 50  # as QLocalServer
_READ_CHUNK = 65536
_SEND_FLAGS = getattr(socket, "MSG_NOSIGNAL", 0)  # EPIPE as an error, never SIGPIPE


def socket_path(address: str) -> str:
    """The file a Unix socket ``address`` lives at: a plain name goes where Qt puts it."""
    return address if os.path.isabs(address) else os.path.join(QDir.tempPath(), address)


def _remove_stale_socket(path: str) -> None:
    """Remove a socket file left by a crash (the caller holds the lock)."""
    try:
        info = os.lstat(path)
    except OSError:
        return  # none there (or unreadable: bind will say so)
    if stat.S_ISSOCK(info.st_mode):
        try:
            os.unlink(path)
        except OSError as exc:
            log.warning("cannot remove the old socket %s (%s)", path, exc)


def _close_listener(sock: socket.socket, path: str, identity: tuple[int, int]) -> None:
    """Remove the socket file if it is still the one we bound, then close."""
    try:
        info = os.lstat(path)
    except OSError:
        info = None
    if info is not None and (info.st_dev, info.st_ino) == identity:
        with contextlib.suppress(OSError):
            os.unlink(path)
    sock.close()


if TYPE_CHECKING:  # not subscriptable at run time
    _Cleanup = weakref.finalize[[socket.socket, str, tuple[int, int]], "PosixServer"]


class PosixServer(QObject):
    """A listening ``AF_UNIX`` socket; a ``QSocketNotifier`` says when clients knock."""

    def __init__(self, handle: Handler, idle_timeout_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._handle = handle
        self._idle_timeout_ms = idle_timeout_ms
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._cleanup: _Cleanup | None = None

    def is_listening(self) -> bool:
        return self._sock is not None

    def listen(self, address: str) -> str | None:
        """Bind and listen; None on success, else why not."""
        path = socket_path(address)
        _remove_stale_socket(path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        bound = False
        try:
            # User-only from the first moment, like QLocalServer.UserAccessOption.
            # The umask is per process; another thread creating a file during
            # these microseconds would only get a user-only file too.
            previous = os.umask(0o077)
            try:
                sock.bind(path)
            finally:
                os.umask(previous)
            bound = True
            os.chmod(path, 0o600)
            info = os.stat(path)
            sock.listen(_LISTEN_BACKLOG)
            sock.setblocking(False)
        except OSError as exc:
            sock.close()
            if bound:
                with contextlib.suppress(OSError):
                    os.unlink(path)
            return exc.strerror or str(exc)
        self._sock = sock
        # Also closes (and removes the file) if this object goes without close().
        self._cleanup = weakref.finalize(self, _close_listener, sock, path,
                                         (info.st_dev, info.st_ino))
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_acceptable)
        return None

    def close(self) -> None:
        if self._notifier is not None:  # before its socket closes
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._cleanup is not None:
            self._cleanup()
            self._cleanup = None
        self._sock = None

    def _on_acceptable(self) -> None:
        while self._sock is not None:
            try:
                conn, _peer = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return  # all taken
            except ConnectionAbortedError:
                continue  # gone before we took it
            except OSError as exc:  # e.g. out of file descriptors: don't spin on it
                log.warning("cannot accept a connection from another launch (%s);"
                            " trying again in %d ms", exc, ACCEPT_RETRY_MS)
                if self._notifier is not None:
                    self._notifier.setEnabled(False)
                    QTimer.singleShot(ACCEPT_RETRY_MS, self, self._resume)
                return
            try:
                conn.setblocking(False)
            except OSError:
                conn.close()
                continue
            # Parented to the guard, looked up each time: a reference kept in this
            # server would tie the guard's lifetime to it (see ``Connection``).
            PosixConnection(conn, self._handle, self._idle_timeout_ms, self.parent())

    def _resume(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(True)


class PosixConnection(Connection):
    """A non-blocking accepted socket with its own read notifier."""

    def __init__(self, sock: socket.socket, handle: Handler, idle_timeout_ms: int,
                 parent: QObject | None) -> None:
        super().__init__(handle, idle_timeout_ms, parent)
        self._sock = sock
        self._release_socket = weakref.finalize(self, sock.close)
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        # Bytes already waiting make the notifier fire once the event loop runs.

    def _on_readable(self) -> None:
        if self._closed:
            return
        try:
            data = self._sock.recv(_READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return  # nothing after all; wait for the next notification
        except OSError as exc:  # reset by the client and the like
            log.debug("connection from another launch failed: %s", exc)
            self._close(abort=True)
            return
        if not data:  # the client hung up
            self._close(abort=True)
            return
        self._received(data)

    def _peer_gone(self) -> bool:
        # The end of the stream waits behind the bytes already read: peeking
        # finds it without taking anything (the socket is non-blocking).
        try:
            return self._sock.recv(1, socket.MSG_PEEK) == b""
        except (BlockingIOError, InterruptedError):
            return False  # still connected, nothing more to read yet
        except OSError:
            return True  # reset: gone too

    def _write(self, reply: bytes) -> None:
        if self._closed:
            return
        try:
            # Blocking for a moment, so the reply is out even if a slot just
            # asked the app to quit; a few dozen bytes fit in any socket buffer.
            self._sock.settimeout(REPLY_TIMEOUT_S)
            try:
                self._sock.sendall(reply, _SEND_FLAGS)
            finally:
                self._sock.setblocking(False)
        except OSError as exc:  # the client left, or reads nothing for too long
            log.info("could not answer another launch: %s", exc)
            self._close(abort=True)

    def _shutdown(self, abort: bool) -> None:
        self._notifier.setEnabled(False)  # before its socket closes
        self._notifier.deleteLater()
        self._release_socket()  # on a Unix socket, closing sends nothing more either way



def exchange_posix(payload: bytes, address: str, timeout_ms: int) -> bytes | Failure:
    """The reply line over a plain Unix socket, or why there is none."""
    try:
        return exchange(socket_path(address), payload, timeout_ms / 1000)
    except TimeoutError:
        return Outcome.SILENT, f"no answer within {timeout_ms} ms"
    except ProtocolError:
        return Outcome.REFUSED, "reply too long"
    except EOFError as exc:
        return Outcome.UNREACHABLE, str(exc)
    except OSError as exc:  # no socket file, refused (stale socket), ...
        return Outcome.UNREACHABLE, exc.strerror or str(exc)

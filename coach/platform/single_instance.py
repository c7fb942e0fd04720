"""One Calf Coach per user: a second launch hands its request to the running app.

Why: ``coach --cramp`` from a hot key at 3 a.m. must bring the cramp screen of
the app that already sits in the tray to the front, fast, instead of starting a
second copy with its own reminders and tray icon.

How:

- A ``QLockFile`` ``<runtime folder>/<name>.lock`` says who is the running
  instance. A lock left by a crash (owner PID dead) is removed and taken.
- The running instance listens on a ``QLocalServer``. On Unix the server name
  is a full path, ``<runtime folder>/<name>.sock``: the runtime folder
  (``XDG_RUNTIME_DIR``) is private to the user and cleared at log-out, unlike
  ``/tmp`` where Qt puts plain names. If that path is too long for a Unix
  socket (about 104 bytes), the plain name is used (Qt then uses ``/tmp``; the
  name carries the user id and the socket is made user-only). On Windows the
  name is a named pipe, per user by name. A socket file left by a crash is
  removed before listening (only ever by the lock holder).
- Messages follow ``coach.platform.protocol`` (one JSON line each way).

Start-up flow for ``coach/app.py``::

    args = parse(argv)
    # 1. Fast path, before importing any Qt (protocol.py imports none):
    request = request_from_args(args)
    if request is not None and fast_forward(request):
        return 0                           # the running app took it
    # 2. Full path (Qt), also handles start-up races and error messages:
    outcome = start_or_forward(args)       # needs no QApplication
    if isinstance(outcome, int):
        return outcome                     # forwarded (0), not answering (1), bad request (2)
    guard = outcome                        # we hold the lock: we are the app
    app = QApplication(...)
    guard.listen()                         # right after QApplication exists
    ... build the window ...
    guard.requestReceived.connect(window_handles_request)   # before app.exec()
    code = app.exec()
    guard.release()

``start_or_forward`` does: ``guard.lock()``; if another live instance holds
it, ``forward(request_from_args(args))`` and return 0 (``--background``
alone forwards nothing: a login autostart must not pop up a window); while
the other one is still starting (not listening yet), retry for a few seconds;
if it just quit, take the lock and start normally; if it never answers, print
"Calf Coach is already running but did not answer; ..." and return 1.

Requests that arrive after ``listen()`` but before ``app.exec()`` wait in the
socket until the event loop runs, so none is lost while the window is built.

``forward`` needs only QtCore and QtNetwork and no QCoreApplication: it uses
the blocking ``waitFor...`` calls, which is fine in the short-lived second
process before any window exists (never call it from the GUI thread of the
running app). ``InstanceGuard.listen`` does need the application object,
because a server's socket notifier only works once the event dispatcher exists.
"""

from __future__ import annotations

import enum
import logging
import os
import sys
import tempfile
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import (
    QCoreApplication,
    QLockFile,
    QObject,
    QStandardPaths,
    QSysInfo,
    QTimer,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coach.platform.protocol import (
    MAX_LINE_BYTES,
    LineReader,
    ProtocolError,
    Request,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
    request_from_args,
    server_address,
    server_name,
    validate_request,
)

__all__ = [
    "InstanceGuard",
    "default_folder",
    "forward",
    "request_from_args",
    "server_address",
    "server_name",
    "start_or_forward",
]

log = logging.getLogger(__name__)

UNREADABLE_LOCK_AGE_S = 10.0
"""A lock file without a readable PID is only a crash leftover once it is this old."""

IDLE_TIMEOUT_MS = 5000
"""A client that connects and says nothing is dropped after this long."""


def default_folder() -> Path:
    """Where the lock and socket live: the app's runtime folder."""
    try:
        from coach.store.paths import runtime_dir
    except ImportError:
        runtime_dir = None
    if runtime_dir is not None:
        return Path(runtime_dir())
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(location) if location else Path(tempfile.gettempdir())


def _pid_is_dead(pid: int) -> bool:
    """True only when we are sure no process ``pid`` exists (POSIX)."""
    if pid <= 0 or sys.platform == "win32":
        # os.kill(pid, 0) would send Ctrl+C on Windows; Qt's own tryLock
        # already detects dead owners there.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # e.g. PermissionError: it exists, owned by someone else
        return False
    return False


class InstanceGuard(QObject):
    """Holds the per-user lock and serves requests from later launches.

    ``requestReceived`` carries a ``protocol.Request`` for each valid request;
    the client gets its reply right after the signal's slots have run.
    """

    requestReceived = Signal(object)

    def __init__(self, name: str | None = None, folder: Path | None = None,
                 parent: QObject | None = None, *,
                 idle_timeout_ms: int = IDLE_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.folder = Path(folder) if folder is not None else default_folder()
        self.address = server_address(self.name, self.folder)
        self.lock_path = self.folder / f"{self.name}.lock"
        self._idle_timeout_ms = idle_timeout_ms
        self._lock: QLockFile | None = None
        self._locked = False
        self._server: QLocalServer | None = None

    # -- lock ---------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def owner_pid(self) -> int | None:
        """PID written in the lock file (the running instance), if readable."""
        probe = QLockFile(str(self.lock_path))
        pid = probe.getLockInfo()[0]
        return pid if pid > 0 else None

    def lock(self) -> bool:
        """Become the running instance; False if another live one already is.

        Works without a QApplication, so a second launch can find out cheaply.
        """
        if self._locked:
            return True
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot create %s (%s); running without the single-instance check",
                        self.folder, exc)
            self._locked = True
            return True
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        if not lock.tryLock(0):
            if lock.error() != QLockFile.LockError.LockFailedError:
                # Unwritable folder and the like: refusing to start would be worse.
                log.warning("cannot create the lock file %s (%s); running without the"
                            " single-instance check", self.lock_path, lock.error().name)
                self._locked = True
                return True
            if not (self._is_stale(lock) and lock.removeStaleLockFile() and lock.tryLock(0)):
                return False
            log.info("removed a stale lock left by a crashed instance: %s", self.lock_path)
        self._lock = lock
        self._locked = True
        return True

    def _is_stale(self, lock: QLockFile) -> bool:
        """A lock whose owner is gone: a dead PID on this host, or unreadable and old."""
        pid, host, _app = lock.getLockInfo()
        if pid > 0:
            return (not host or host == QSysInfo.machineHostName()) and _pid_is_dead(pid)
        # Empty or garbled (a crash while writing it). Young ones may be in the
        # middle of being written by a starting instance, so leave those alone.
        # removeStaleLockFile() still refuses if a live process holds the file.
        try:
            age = time.time() - self.lock_path.stat().st_mtime
        except OSError:
            return False
        return age > UNREADABLE_LOCK_AGE_S

    # -- server -------------------------------------------------------------

    def listen(self) -> bool:
        """Start serving requests; call once the QApplication exists.

        Returns False (and logs) if the socket cannot be created; the app still
        runs, only later launches cannot reach it.
        """
        if not self._locked:
            raise RuntimeError("InstanceGuard.listen() before lock(): it could remove the"
                               " socket of a running instance")
        if QCoreApplication.instance() is None:
            raise RuntimeError("InstanceGuard.listen() needs the QApplication to exist first")
        if self.is_listening:
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.address)  # a socket file left by a crash
        if not server.listen(self.address):
            log.warning("cannot listen on %s (%s); a second launch will not reach this one",
                        self.address, server.errorString())
            server.deleteLater()
            return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def acquire(self) -> bool:
        """``lock()`` then ``listen()``; False when another live instance runs."""
        if not self.lock():
            return False
        self.listen()
        return True

    def release(self) -> None:
        """Stop serving and unlock, so the next launch becomes the app."""
        if self._server is not None:
            self._server.close()  # also removes the socket file
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._locked = False

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            _Connection(socket, self._handle_line, self._idle_timeout_ms, parent=self)

    def _handle_line(self, line: bytes) -> bytes:
        """One request line in, one reply line out."""
        try:
            request = decode_request(line)
        except ProtocolError as exc:
            log.warning("refused a request from another launch: %s", exc)
            return encode_reply(False, str(exc))
        log.info("request from another launch: %s %s", request.cmd, dict(request.args))
        self.requestReceived.emit(request)
        return encode_reply(True)


class _Connection(QObject):
    """One client: buffers its bytes into lines and answers each one.

    It holds its handler weakly: a strong reference from this child back to
    the guard would keep a released guard alive until this child is deleted,
    and then destroy the guard from inside its own child's destruction.
    """

    def __init__(self, socket: QLocalSocket, handle: Callable[[bytes], bytes],
                 idle_timeout_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._socket = socket
        self._handle = weakref.WeakMethod(handle)
        self._reader = LineReader()
        socket.setParent(self)  # outlives the server if release() runs mid-request
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._finish)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self._idle.start(idle_timeout_ms)
        if socket.bytesAvailable():
            self._on_ready_read()

    def _on_ready_read(self) -> None:
        if self._reader.overflowed:
            return  # already refused and closing; ignore the rest
        for line in self._reader.feed(self._socket.readAll().data()):
            handle = self._handle()
            if handle is None:  # the guard is gone: nobody to act on it
                self._socket.abort()
                return
            self._send(handle(line))
        if self._reader.overflowed:
            log.warning("refused a request from another launch: longer than %d bytes",
                        MAX_LINE_BYTES)
            self._send(encode_reply(False, f"message longer than {MAX_LINE_BYTES} bytes"))
            self._socket.disconnectFromServer()

    def _send(self, reply: bytes) -> None:
        if self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self._socket.write(reply)
            # Out now, even if a slot just asked the app to quit.
            self._socket.flush()

    def _on_idle(self) -> None:
        log.info("dropped a silent connection from another launch")
        self._socket.abort()
        self._finish()

    def _finish(self) -> None:
        self._idle.stop()
        self.deleteLater()


# -- client -----------------------------------------------------------------


class _Outcome(enum.Enum):
    OK = "ok"
    REFUSED = "refused"            # the running app answered with an error
    UNREACHABLE = "unreachable"    # nobody listening, or no answer in time


def _send(request: Request, address: str, timeout_ms: int) -> tuple[_Outcome, str]:
    """Send one request and wait for its reply, all within ``timeout_ms``."""
    payload = encode_request(request)
    deadline = time.monotonic() + timeout_ms / 1000

    def left() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    try:
        socket.connectToServer(address)
        if not socket.waitForConnected(left()):
            return _Outcome.UNREACHABLE, socket.errorString()
        socket.write(payload)
        while socket.bytesToWrite() > 0:
            if not socket.waitForBytesWritten(left()):
                return _Outcome.UNREACHABLE, f"could not send: {socket.errorString()}"
        reader = LineReader()
        lines: list[bytes] = []
        while not lines:
            if not socket.bytesAvailable() and not socket.waitForReadyRead(left()):
                return _Outcome.UNREACHABLE, f"no answer within {timeout_ms} ms"
            lines = reader.feed(socket.readAll().data())
            if reader.overflowed:
                return _Outcome.REFUSED, "reply too long"
        ok, error = decode_reply(lines[0])
    except ProtocolError as exc:
        return _Outcome.REFUSED, f"bad reply: {exc}"
    finally:
        socket.abort()
    return (_Outcome.OK, "") if ok else (_Outcome.REFUSED, error or "request failed")


def forward(request: Request, *, name: str | None = None, folder: Path | None = None,
            timeout_ms: int = 1000) -> bool:
    """Hand ``request`` to the running instance; True if it accepted it.

    False when nobody answers within ``timeout_ms`` or the answer is an error.
    Blocking: for the short-lived second process only.
    """
    address = server_address(name or server_name(),
                             Path(folder) if folder is not None else default_folder())
    outcome, reason = _send(request, address, timeout_ms)
    if outcome is _Outcome.REFUSED:
        log.warning("the running Calf Coach refused %r: %s", request.cmd, reason)
    elif outcome is _Outcome.UNREACHABLE:
        log.info("no running Calf Coach answered on %s: %s", address, reason)
    return outcome is _Outcome.OK


def start_or_forward(args: Any, *, name: str | None = None, folder: Path | None = None,
                     timeout_ms: int = 5000, err: TextIO | None = None
                     ) -> InstanceGuard | int:
    """Either become the app (returns the locked guard) or forward and return an exit code.

    Exit codes: 0 forwarded (or nothing to forward), 1 the running app did not
    answer or refused, 2 the request itself is invalid (e.g. a bad routine id).
    The long default timeout covers a first instance that is still starting.
    """
    err = err if err is not None else sys.stderr
    request = request_from_args(args)
    if request is not None:
        try:
            validate_request(request)
        except ProtocolError as exc:
            print(f"coach: {exc}", file=err)
            return 2
    guard = InstanceGuard(name, folder)
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        if guard.lock():
            if request is not None and request.cmd == "quit":
                guard.release()  # nothing runs, so nothing to quit
                return 0
            return guard
        if request is None:
            return 0
        remaining = int((deadline - time.monotonic()) * 1000)
        outcome, reason = _send(request, guard.address, max(remaining, 0))
        if outcome is _Outcome.OK:
            return 0
        if outcome is _Outcome.REFUSED:
            print(f"Calf Coach is already running but refused the request: {reason}",
                  file=err)
            return 1
        if time.monotonic() >= deadline:
            break
        # Locked but not listening yet: the other instance is still starting
        # (or just quitting). Both settle within moments.
        time.sleep(0.05)
    pid = guard.owner_pid()
    which = f" (process {pid})" if pid else ""
    print(f"Calf Coach is already running{which} but did not answer; close it or end that"
          " process, then start it again.", file=err)
    return 1

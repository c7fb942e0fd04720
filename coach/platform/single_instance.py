"""One Calf Coach per user: a second launch hands its request to the running app.

Why: ``coach --cramp`` from a hot key at 3 a.m. must bring the cramp screen of
the app that already sits in the tray to the front, fast, instead of starting a
second copy with its own reminders and tray icon.

How:

- A ``QLockFile`` ``<runtime folder>/<name>.lock`` says who is the running
  instance. A lock left by a crash (owner PID dead) is removed and taken.
- The running instance listens on a local socket. On Unix its address is a
  full path, ``<runtime folder>/<name>.sock``: the runtime folder
  (``XDG_RUNTIME_DIR``) is private to the user and cleared at log-out, unlike
  ``/tmp``. If that path is too long for a Unix socket (about 104 bytes), the
  plain name is used, in Qt's temporary folder (``QDir.tempPath()``, where
  ``QLocalServer`` puts plain names; the name carries the user id). The socket
  file is user-only either way. On Windows the name is a named pipe, per user
  by name. A socket file left by a crash is removed before listening (only
  ever by the lock holder).
- Messages follow ``coach.platform.protocol`` (one JSON line each way).

What carries the messages, and why:

- On Linux and macOS (wherever ``socket.AF_UNIX`` exists), a plain Python
  ``socket`` server watched by a ``QSocketNotifier``, and a plain blocking
  client socket: **QtNetwork is never imported**. Start-up must reach the
  first paint within 500 ms and the app must stay under 70 MB in the
  background; importing ``PySide6.QtNetwork`` and creating a ``QLocalServer``
  cost about 15 ms and 3 MB of resident memory (libQt6Network, the QtNetwork
  binding, the Kerberos/GSSAPI libraries it pulls in, its enums), while the
  ``socket`` module is loaded anyway (``protocol`` needs it). Measured on
  importing this module plus ``acquire()`` (median of 15 runs): 55 -> 48 ms
  and +7.2 -> +4.7 MB RSS. The wire format is the same, so either side can
  still talk to a ``QLocalSocket``/``QLocalServer`` (e.g. another version).
- On Windows, where a named pipe is needed, ``QLocalServer`` and
  ``QLocalSocket``, imported there only (``_BACKEND = "qt"``; tests force
  it on Linux to run the same checks against both).

Both servers share the request handling (``_Connection``: line reading,
replies, overflow, the idle timeout); only the byte transport differs.

Start-up flow for ``coach/app.py``::

    args = parse(argv)
    # 1. Fast path, before importing any Qt (protocol.py imports none):
    request = request_from_args(args)
    answer = fast_forward(request) if request is not None else None
    if answer is Answer.ACCEPTED:
        return 0                           # the running app took it
    # 2. Full path (Qt), also handles start-up races and error messages:
    outcome = start_or_forward(args, known_silent=answer is Answer.SILENT)
    if isinstance(outcome, int):
        return outcome                     # forwarded (0), refused (1), bad request (2)
    if isinstance(outcome, Unanswered):
        return run_unanswered(...)         # a frozen copy: own cramp screen, or a dialog
    guard = outcome                        # we hold the lock: we are the app
    app = QApplication(...)
    ... build the window ...
    guard.requestReceived.connect(window_handles_request)
    guard.listen()                         # last thing before app.exec()
    code = app.exec()
    guard.release()

``start_or_forward`` does: ``guard.lock()``; if another live instance holds
it, ``forward(request_from_args(args))`` and return 0 (``--background``
alone forwards nothing: a login autostart must not pop up a window); while
the other one is still starting (not listening yet), retry for a few seconds;
if it just quit, take the lock and start normally. If it takes the request
but gives no answer within ``protocol.answer_timeout_s`` (it is frozen:
stopped, or its event loop blocked), or never starts listening, it returns
``Unanswered``: ``coach --cramp`` then opens a cramp screen of its own and
any other request says so in a small dialog (``coach.ui.unanswered``),
instead of a message on a terminal nobody looks at.

A request is only carried out while its sender still waits for the answer:
each one carries its sender's deadline (``until``, see ``protocol``), and a
request whose sender has hung up is dropped too. A frozen copy that resumes
therefore does not act on the requests that queued up meanwhile (a ``quit``
reported as failed, ten ``--cramp`` presses).

The app listens only once its event loop is about to run: a copy that
takes requests answers them within milliseconds, so one that takes a
request and says nothing is frozen, not busy starting. While the first copy
builds its window, a second launch finds nobody listening and retries (the
"still starting" case above) for up to five seconds, so none is lost.

``forward`` needs no QCoreApplication: it blocks (socket timeouts, or Qt's
``waitFor...`` calls on Windows), which is fine in the short-lived second
process before any window exists (never call it from the GUI thread of the
running app). ``InstanceGuard.listen`` does need the application object,
because a socket notifier only works once the event dispatcher exists.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import socket
import stat
import sys
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QLockFile,
    QObject,
    QSocketNotifier,
    QSysInfo,
    QTimer,
    Signal,
)

from coach.platform.protocol import (
    MAX_LINE_BYTES,
    LineReader,
    ProtocolError,
    Request,
    answer_timeout_s,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
    exchange,
    expired,
    request_from_args,
    server_address,
    server_name,
    validate_request,
)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

__all__ = [
    "InstanceGuard",
    "Unanswered",
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

REPLY_TIMEOUT_S = 0.5
"""Longest the app blocks to hand a reply (a few dozen bytes) to the kernel."""

ACCEPT_RETRY_MS = 1000
"""After accepting failed (e.g. out of file descriptors), try again after this long."""

_LISTEN_BACKLOG = 50  # as QLocalServer
_READ_CHUNK = 65536
_SEND_FLAGS = getattr(socket, "MSG_NOSIGNAL", 0)  # EPIPE as an error, never SIGPIPE

_BACKEND = "qt" if sys.platform == "win32" or not hasattr(socket, "AF_UNIX") else "posix"
"""``"posix"``: plain Unix sockets, no QtNetwork. ``"qt"``: QLocalServer/QLocalSocket.

A guard keeps the backend it was made with; ``forward`` reads it per call.
Tests set it to ``"qt"`` to check the Windows code path on Linux.
"""


def default_folder() -> Path:
    """Where the lock and socket live: the app's runtime folder."""
    from coach.store.paths import runtime_dir

    return Path(runtime_dir())


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

    ``requestReceived`` carries a ``protocol.Request`` for each valid request,
    emitted once the client has its "accepted" reply: the sender waits only
    ``protocol.answer_timeout_s``, and building a screen for the request can take longer
    on a busy machine, so answering first keeps a healthy app from looking
    frozen. A request whose reply cannot be handed over is not carried out.
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
        self._backend = _BACKEND
        self._server: _PosixServer | _QtServer | None = None

    # -- lock ---------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.is_listening()

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
        server_type = _PosixServer if self._backend == "posix" else _QtServer
        server = server_type(weakref.WeakMethod(self._handle_line), self._idle_timeout_ms,
                             parent=self)
        error = server.listen(self.address)  # removes a socket file left by a crash
        if error is not None:
            log.warning("cannot listen on %s (%s); a second launch will not reach this one",
                        self.address, error)
            server.deleteLater()
            return False
        self._server = server
        return True

    def acquire(self) -> bool:
        """``lock()`` then ``listen()``; False when another live instance runs."""
        if not self.lock():
            return False
        self.listen()
        return True

    def release(self) -> None:
        """Stop serving and unlock, so the next launch becomes the app.

        A request being answered right now still gets its reply.
        """
        if self._server is not None:
            self._server.close()  # also removes the socket file
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._locked = False

    def _handle_line(self, line: bytes, answer: Callable[[bytes], bool]) -> None:
        """One request line in; ``answer`` hands the reply over (False: it could not)."""
        try:
            request = decode_request(line)
        except ProtocolError as exc:
            log.warning("refused a request from another launch: %s", exc)
            answer(encode_reply(False, str(exc)))
            return
        if expired(request):
            # Its sender gave up on it (this copy was frozen meanwhile) and has
            # told the user so, or shown the cramp screen itself: acting now
            # would be a surprise, like a quit minutes after it "failed".
            log.info("ignored a request from another launch that gave up waiting: %s",
                     request.cmd)
            answer(encode_reply(False, "too late: the request's sender stopped waiting"))
            return
        if not answer(encode_reply(True)):
            log.info("ignored a request from another launch that could not be answered: %s",
                     request.cmd)
            return
        log.info("request from another launch: %s %s", request.cmd, dict(request.args))
        self.requestReceived.emit(request)


_Handler = weakref.WeakMethod  # of InstanceGuard._handle_line: (bytes, answer) -> None


class _Connection(QObject):
    """One client: buffers its bytes into lines and answers each one.

    It holds its handler weakly: a strong reference from this child back to
    the guard would keep a released guard alive until this child is deleted,
    and then destroy the guard from inside its own child's destruction.

    Shared by both backends; a subclass moves the bytes. It calls
    ``_received`` with what arrived and ``_close`` when the client is gone,
    and implements ``_write`` (the reply must be out when it returns, or the
    connection closed) and ``_shutdown``.
    """

    def __init__(self, handle: _Handler, idle_timeout_ms: int, parent: QObject) -> None:
        super().__init__(parent)  # the guard: outlives the server if release() runs mid-request
        self._handle = handle
        self._reader = LineReader()
        self._closed = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self._idle.start(idle_timeout_ms)

    def _received(self, data: bytes) -> None:
        if self._closed or self._reader.overflowed:
            return  # already refused and closing; ignore the rest
        for line in self._reader.feed(data):
            handle = self._handle()
            if handle is None:  # the guard is gone: nobody to act on it
                self._close(abort=True)
                return
            if self._peer_gone():
                # Nobody waits for this answer any more: the sender gave up
                # (it timed out while this copy was frozen) and went on alone.
                log.info("ignored a request from another launch that has hung up")
                self._close(abort=True)
                return
            handle(line, self._answer)
            if self._closed:  # the client left, or was dropped, while a slot ran
                return
        if self._reader.overflowed:
            log.warning("refused a request from another launch: longer than %d bytes",
                        MAX_LINE_BYTES)
            self._write(encode_reply(False, f"message longer than {MAX_LINE_BYTES} bytes"))
            self._close(abort=False)

    def _answer(self, reply: bytes) -> bool:
        """Write ``reply``; True when it was handed over to the client."""
        if self._closed:
            return False
        self._write(reply)
        return not self._closed

    def _on_idle(self) -> None:
        log.info("dropped a silent connection from another launch")
        self._close(abort=True)

    def _close(self, *, abort: bool) -> None:
        """End the connection (once); ``abort`` drops what is not yet sent."""
        if self._closed:
            return
        self._closed = True
        self._idle.stop()
        self._shutdown(abort)
        self.deleteLater()

    def _peer_gone(self) -> bool:
        """True when the client has certainly hung up (the transport can tell)."""
        return False

    def _write(self, reply: bytes) -> None:
        raise NotImplementedError

    def _shutdown(self, abort: bool) -> None:
        raise NotImplementedError


# -- POSIX backend: plain Unix sockets, no QtNetwork ---------------------------


def _socket_path(address: str) -> str:
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


class _PosixServer(QObject):
    """A listening ``AF_UNIX`` socket; a ``QSocketNotifier`` says when clients knock."""

    def __init__(self, handle: _Handler, idle_timeout_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._handle = handle
        self._idle_timeout_ms = idle_timeout_ms
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._cleanup: weakref.finalize | None = None

    def is_listening(self) -> bool:
        return self._sock is not None

    def listen(self, address: str) -> str | None:
        """Bind and listen; None on success, else why not."""
        path = _socket_path(address)
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
            _PosixConnection(conn, self._handle, self._idle_timeout_ms, self.parent())

    def _resume(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(True)


class _PosixConnection(_Connection):
    """A non-blocking accepted socket with its own read notifier."""

    def __init__(self, sock: socket.socket, handle: _Handler, idle_timeout_ms: int,
                 parent: QObject) -> None:
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


# -- Qt backend (Windows): QLocalServer / QLocalSocket -------------------------


class _QtServer(QObject):
    """A ``QLocalServer``; QtNetwork is imported only when one is made."""

    def __init__(self, handle: _Handler, idle_timeout_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._handle = handle
        self._idle_timeout_ms = idle_timeout_ms
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def is_listening(self) -> bool:
        return self._server.isListening()

    def listen(self, address: str) -> str | None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(address)  # a socket file left by a crash
        if not self._server.listen(address):
            return self._server.errorString()
        return None

    def close(self) -> None:
        self._server.close()  # also removes the socket file

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket_ = self._server.nextPendingConnection()
            _QtConnection(socket_, self._handle, self._idle_timeout_ms, self.parent())


class _QtConnection(_Connection):
    def __init__(self, socket_: QLocalSocket, handle: _Handler, idle_timeout_ms: int,
                 parent: QObject) -> None:
        super().__init__(handle, idle_timeout_ms, parent)
        self._socket = socket_
        socket_.setParent(self)  # outlives the server if release() runs mid-request
        socket_.readyRead.connect(self._on_ready_read)
        socket_.disconnected.connect(self._on_disconnected)
        if socket_.bytesAvailable():
            self._on_ready_read()

    def _on_ready_read(self) -> None:
        if not self._closed:
            self._received(self._socket.readAll().data())

    def _on_disconnected(self) -> None:
        self._close(abort=True)

    def _peer_gone(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        return self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState

    def _write(self, reply: bytes) -> None:
        from PySide6.QtNetwork import QLocalSocket

        if self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self._socket.write(reply)
            self._socket.flush()  # out now, even if a slot then asks the app to quit
        else:
            self._close(abort=True)  # the client is gone: nobody to answer

    def _shutdown(self, abort: bool) -> None:
        if abort:
            self._socket.abort()
        else:
            self._socket.disconnectFromServer()


# -- client -----------------------------------------------------------------


class _Outcome(enum.Enum):
    OK = "ok"
    REFUSED = "refused"            # the running app answered with an error
    UNREACHABLE = "unreachable"    # nobody listening (yet), or it hung up
    SILENT = "silent"              # it took the request but gave no answer in time: frozen


@dataclass(frozen=True)
class Unanswered:
    """Another copy holds the lock but does not answer: it is frozen, or stuck starting.

    ``pid`` is that copy's process id when its lock file says so.
    """

    pid: int | None

    def message(self) -> str:
        """The plain-English line for the terminal and the log."""
        which = f" (process {self.pid})" if self.pid else ""
        return (f"Calf Coach is already running{which} but is not answering; close it or"
                " end that process, then start it again.")


_Failure = tuple[_Outcome, str]


def _exchange_posix(payload: bytes, address: str, timeout_ms: int) -> bytes | _Failure:
    """The reply line over a plain Unix socket, or why there is none."""
    try:
        return exchange(_socket_path(address), payload, timeout_ms / 1000)
    except TimeoutError:
        return _Outcome.SILENT, f"no answer within {timeout_ms} ms"
    except ProtocolError:
        return _Outcome.REFUSED, "reply too long"
    except EOFError as exc:
        return _Outcome.UNREACHABLE, str(exc)
    except OSError as exc:  # no socket file, refused (stale socket), ...
        return _Outcome.UNREACHABLE, exc.strerror or str(exc)


def _exchange_qt(payload: bytes, address: str, timeout_ms: int) -> bytes | _Failure:
    """The reply line over a ``QLocalSocket`` (blocking waits), or why there is none."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_ms / 1000

    def left() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket_ = QLocalSocket()
    try:
        socket_.connectToServer(address)
        if not socket_.waitForConnected(left()):
            # A named pipe whose server is frozen never connects: no answer either.
            timed_out = socket_.error() == QLocalSocket.LocalSocketError.SocketTimeoutError
            return (_Outcome.SILENT if timed_out else _Outcome.UNREACHABLE,
                    socket_.errorString())
        socket_.write(payload)
        while socket_.bytesToWrite() > 0:
            if not socket_.waitForBytesWritten(left()):
                return _Outcome.SILENT, f"could not send: {socket_.errorString()}"
        reader = LineReader()
        while True:
            if not socket_.bytesAvailable() and not socket_.waitForReadyRead(left()):
                if socket_.state() != QLocalSocket.LocalSocketState.ConnectedState:
                    return _Outcome.UNREACHABLE, "the connection closed without an answer"
                return _Outcome.SILENT, f"no answer within {timeout_ms} ms"
            lines = reader.feed(socket_.readAll().data())
            if lines:
                return lines[0]
            if reader.overflowed:
                return _Outcome.REFUSED, "reply too long"
    finally:
        socket_.abort()


def _send(request: Request, address: str, timeout_ms: int) -> _Failure:
    """Send one request and wait for its reply, all within ``timeout_ms``.

    The request carries that deadline: the app drops it once it has passed.
    """
    payload = encode_request(request, until=time.time() + timeout_ms / 1000)
    exchange_ = _exchange_posix if _BACKEND == "posix" else _exchange_qt
    line = exchange_(payload, address, timeout_ms)
    if isinstance(line, tuple):
        return line
    try:
        ok, error = decode_reply(line)
    except ProtocolError as exc:
        return _Outcome.REFUSED, f"bad reply: {exc}"
    return (_Outcome.OK, "") if ok else (_Outcome.REFUSED, error or "request failed")


def forward(request: Request, *, name: str | None = None, folder: Path | None = None,
            timeout_ms: int | None = None) -> bool:
    """Hand ``request`` to the running instance; True if it accepted it.

    False when nobody answers within ``timeout_ms`` (by default
    ``protocol.answer_timeout_s``) or the answer is an error.
    Blocking: for the short-lived second process only.
    """
    if timeout_ms is None:
        timeout_ms = round(answer_timeout_s(request) * 1000)
    address = server_address(name or server_name(),
                             Path(folder) if folder is not None else default_folder())
    outcome, reason = _send(request, address, timeout_ms)
    if outcome is _Outcome.REFUSED:
        log.warning("the running Calf Coach refused %r: %s", request.cmd, reason)
    else:
        log.info("no running Calf Coach answered on %s: %s", address, reason)
    return outcome is _Outcome.OK


def start_or_forward(args: Any, *, name: str | None = None, folder: Path | None = None,
                     timeout_ms: int = 5000, answer_timeout_ms: int | None = None,
                     known_silent: bool = False, err: TextIO | None = None,
                     out: TextIO | None = None) -> InstanceGuard | int | Unanswered:
    """Become the app (returns the locked guard), forward (an exit code), or ``Unanswered``.

    Exit codes: 0 forwarded (or nothing to forward), 1 the running app refused,
    2 the request itself is invalid (e.g. a bad routine id). ``--quit`` with
    nothing running is 0 too (the app is not running, as asked), and says on
    ``out`` that nothing was running. ``Unanswered``:
    the copy holding the lock took the request but said nothing within
    ``answer_timeout_ms`` (by default ``protocol.answer_timeout_s``: frozen), or
    never started listening within
    ``timeout_ms`` (the long wait covers a first instance that is still
    starting). ``known_silent``: the fast path already waited for an answer in
    vain, so a held lock means ``Unanswered`` at once. The caller shows the
    user what happened (``coach.ui.unanswered``).
    """
    err = err if err is not None else sys.stderr
    out = out if out is not None else sys.stdout
    request = request_from_args(args)
    if request is not None:
        try:
            validate_request(request)
        except ProtocolError as exc:
            print(f"coach: {exc}", file=err)
            return 2
    guard = InstanceGuard(name, folder)
    deadline = time.monotonic() + timeout_ms / 1000
    answer_ms = 0  # nothing is sent without a request
    if answer_timeout_ms is not None:
        answer_ms = answer_timeout_ms
    elif request is not None:
        answer_ms = round(answer_timeout_s(request) * 1000)
    while True:
        if guard.lock():
            if request is not None and request.cmd == "quit":
                guard.release()  # nothing runs, so nothing to quit: say so
                print("Calf Coach was not running; there was nothing to quit.", file=out)
                return 0
            return guard
        if request is None:
            return 0
        if known_silent:
            return Unanswered(guard.owner_pid())
        remaining = int((deadline - time.monotonic()) * 1000)
        outcome, reason = _send(request, guard.address,
                                max(min(remaining, answer_ms), 0))
        if outcome is _Outcome.OK:
            return 0
        if outcome is _Outcome.REFUSED:
            print(f"Calf Coach is already running but refused the request: {reason}",
                  file=err)
            return 1
        if outcome is _Outcome.SILENT:
            log.warning("the running Calf Coach took %r but did not answer: %s",
                        request.cmd, reason)
            return Unanswered(guard.owner_pid())
        if time.monotonic() >= deadline:
            break
        # Locked but not listening yet: the other instance is still starting
        # (or just quitting). Both settle within moments.
        time.sleep(0.05)
    log.warning("the running Calf Coach never started listening on %s", guard.address)
    return Unanswered(guard.owner_pid())

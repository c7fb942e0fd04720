"""The running app's side: hold the lock, listen, and act on each valid request.

``InstanceGuard`` is what ``coach/app.py`` keeps for the app's lifetime: the
lock (``lock.InstanceLock``) and a server of the chosen transport
(``transport.make_server``). Every request line, whatever carried it, comes
to ``_handle_line``: it is decoded strictly (``protocol``), dropped if its
sender has stopped waiting (``until`` has passed: this copy was frozen
meanwhile), answered, and only then emitted as ``requestReceived``.

The app listens only once its event loop is about to run (``listen``, the
last thing before ``app.exec()``): a copy that takes requests answers them
within milliseconds, so one that takes a request and says nothing is frozen,
not busy starting. While the first copy builds its window, a second launch
finds nobody listening and retries (``startup``), so none is lost.
``listen`` needs the application object, because a socket notifier only
works once the event dispatcher exists; ``lock`` does not.
"""

from __future__ import annotations

import logging
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from coach.platform.instance.address import default_folder, server_address, server_name
from coach.platform.instance.connection import Answer
from coach.platform.instance.lock import InstanceLock
from coach.platform.instance.protocol import (
    ProtocolError,
    decode_request,
    encode_reply,
    expired,
)
from coach.platform.instance.transport import Server, Transport, default_transport, make_server

log = logging.getLogger(__name__)

IDLE_TIMEOUT_MS = 5000
"""A client that connects and says nothing is dropped after this long."""


class InstanceGuard(QObject):
    """Holds the per-user lock and serves requests from later launches.

    ``requestReceived`` carries a ``protocol.Request`` for each valid request,
    emitted once the client has its "accepted" reply: the sender waits only
    ``protocol.answer_timeout_s``, and building a screen for the request can take longer
    on a busy machine, so answering first keeps a healthy app from looking
    frozen. A request whose reply cannot be handed over is not carried out.

    ``transport``: by default this platform's (``transport.default_transport``).
    """

    requestReceived = Signal(object)  # Request, already validated

    def __init__(self, name: str | None = None, folder: Path | None = None,
                 parent: QObject | None = None, *,
                 idle_timeout_ms: int = IDLE_TIMEOUT_MS,
                 transport: Transport | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.folder = Path(folder) if folder is not None else default_folder()
        self.address = server_address(self.name, self.folder)
        self._lock = InstanceLock(self.folder, self.name)
        self.lock_path = self._lock.path
        self._idle_timeout_ms = idle_timeout_ms
        self._transport = transport or default_transport()
        self._server: Server | None = None

    # -- lock ---------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._lock.is_locked

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.is_listening()

    def owner_pid(self) -> int | None:
        """PID written in the lock file (the running instance), if readable."""
        return self._lock.owner_pid()

    def lock(self) -> bool:
        """Become the running instance; False if another live one already is.

        Works without a QApplication, so a second launch can find out cheaply.
        """
        return self._lock.lock()

    # -- server -------------------------------------------------------------

    def listen(self) -> bool:
        """Start serving requests; call once the QApplication exists.

        Returns False (and logs) if the socket cannot be created; the app still
        runs, only later launches cannot reach it.
        """
        if not self._lock.is_locked:
            raise RuntimeError("InstanceGuard.listen() before lock(): it could remove the"
                               " socket of a running instance")
        if QCoreApplication.instance() is None:
            raise RuntimeError("InstanceGuard.listen() needs the QApplication to exist first")
        if self.is_listening:
            return True
        server = make_server(self._transport, weakref.WeakMethod(self._handle_line),
                             self._idle_timeout_ms, self)
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
        self._lock.unlock()

    def _handle_line(self, line: bytes, answer: Answer) -> None:
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

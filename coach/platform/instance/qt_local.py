"""The Qt transport: ``QLocalServer`` and ``QLocalSocket`` (Windows: a named pipe).

Imported only where it is chosen (``transport.make_server`` and
``transport.client_exchange``), so Linux and macOS never load QtNetwork;
the tests choose it there too, to run the same checks against both.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coach.platform.instance.connection import Connection, Handler
from coach.platform.instance.protocol import LineReader
from coach.platform.instance.transport import Failure, Outcome


class QtServer(QObject):
    """A ``QLocalServer``, user-only, that hands each client to a ``QtConnection``."""

    def __init__(self, handle: Handler, idle_timeout_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._handle = handle
        self._idle_timeout_ms = idle_timeout_ms
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def is_listening(self) -> bool:
        return self._server.isListening()

    def listen(self, address: str) -> str | None:
        QLocalServer.removeServer(address)  # a socket file left by a crash
        if not self._server.listen(address):
            return self._server.errorString()
        return None

    def close(self) -> None:
        self._server.close()  # also removes the socket file

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket_ = self._server.nextPendingConnection()
            # Parented to the guard, looked up each time: a reference kept in this
            # server would tie the guard's lifetime to it (see ``Connection``).
            QtConnection(socket_, self._handle, self._idle_timeout_ms, self.parent())


class QtConnection(Connection):
    """A ``QLocalSocket`` the server accepted; Qt says when bytes arrive or it goes."""

    def __init__(self, socket_: QLocalSocket, handle: Handler, idle_timeout_ms: int,
                 parent: QObject | None) -> None:
        super().__init__(handle, idle_timeout_ms, parent)
        self._socket = socket_
        socket_.setParent(self)  # outlives the server if release() runs mid-request
        socket_.readyRead.connect(self._on_ready_read)
        socket_.disconnected.connect(self._on_disconnected)
        if socket_.bytesAvailable():
            self._on_ready_read()

    def _on_ready_read(self) -> None:
        if not self._closed:
            self._received(bytes(self._socket.readAll().data()))

    def _on_disconnected(self) -> None:
        self._close(abort=True)

    def _peer_gone(self) -> bool:
        return self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState

    def _write(self, reply: bytes) -> None:
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


def exchange_qt(payload: bytes, address: str, timeout_ms: int) -> bytes | Failure:
    """The reply line over a ``QLocalSocket`` (blocking waits), or why there is none."""
    deadline = time.monotonic() + timeout_ms / 1000

    def left() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket_ = QLocalSocket()
    try:
        socket_.connectToServer(address)
        if not socket_.waitForConnected(left()):
            # A named pipe whose server is frozen never connects: no answer either.
            timed_out = socket_.error() == QLocalSocket.LocalSocketError.SocketTimeoutError
            return (Outcome.SILENT if timed_out else Outcome.UNREACHABLE,
                    socket_.errorString())
        socket_.write(payload)
        while socket_.bytesToWrite() > 0:
            if not socket_.waitForBytesWritten(left()):
                return Outcome.SILENT, f"could not send: {socket_.errorString()}"
        reader = LineReader()
        while True:
            if not socket_.bytesAvailable() and not socket_.waitForReadyRead(left()):
                if socket_.state() != QLocalSocket.LocalSocketState.ConnectedState:
                    return Outcome.UNREACHABLE, "the connection closed without an answer"
                return Outcome.SILENT, f"no answer within {timeout_ms} ms"
            lines = reader.feed(bytes(socket_.readAll().data()))
            if lines:
                return lines[0]
            if reader.overflowed:
                return Outcome.REFUSED, "reply too long"
    finally:
        socket_.abort()


"""One client connection on the running app's side, whatever carries its bytes.

Both transports (``posix``, ``qt_local``) share this: reading bytes into
lines, refusing an endless line, dropping a client that says nothing, and
dropping a request whose sender has hung up (it gave up waiting while this
copy was frozen, and went on alone). A transport subclass only moves bytes.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from coach.platform.instance.protocol import MAX_LINE_BYTES, LineReader, encode_reply

log = logging.getLogger(__name__)

Answer = Callable[[bytes], bool]
"""Hands a reply line to the client; False when it could not."""
LineHandler = Callable[[bytes, Answer], None]
"""What the server does with one request line (``InstanceGuard._handle_line``)."""
Handler = weakref.WeakMethod[LineHandler]
"""The line handler, held weakly (see ``Connection``)."""


class Connection(QObject):
    """One client: buffers its bytes into lines and answers each one.

    It holds its handler weakly: a strong reference from this child back to
    the guard would keep a released guard alive until this child is deleted,
    and then destroy the guard from inside its own child's destruction.

    A subclass moves the bytes. It calls ``_received`` with what arrived and
    ``_close`` when the client is gone, and implements ``_write`` (the reply
    must be out when it returns, or the connection closed) and ``_shutdown``.
    """

    def __init__(self, handle: Handler, idle_timeout_ms: int,
                 parent: QObject | None) -> None:
        super().__init__(parent)  # the guard: outlives the server if release() runs mid-request
        self._handle = handle
        self._reader = LineReader()
        self._closed = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self._idle.start(idle_timeout_ms)

    def _ended(self) -> bool:
        """Closed, or refused for an endless line: the rest is ignored.

        A method rather than an attribute test in ``_received``: the handler's
        slots may close the connection, and mypy would keep the attributes
        narrowed across that call (the later checks would read as unreachable).
        """
        return self._closed or self._reader.overflowed

    def _received(self, data: bytes) -> None:
        if self._ended():
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

"""The fast client: a second launch hands its request over before importing Qt.

Why: importing PySide6 takes longer than the whole exchange, so trying this
first halves the time from ``coach --cramp`` (a hot key at night) to the
running app's cramp screen. ``coach/app.py`` calls ``fast_forward`` right
after parsing the command line; only when it cannot tell (Windows, no socket,
the app still starting) does the full path take over
(``startup.start_or_forward``: lock, retries, messages that say what went
wrong).

This module must never import Qt, not even indirectly (a test checks it in a
fresh process). ``exchange``, the blocking round trip over a Unix socket, is
shared with the POSIX transport's client (``posix``).
"""

from __future__ import annotations

import enum
import os
import socket
import sys
import time
from pathlib import Path

from coach.platform.instance.address import default_folder, server_address, server_name
from coach.platform.instance.protocol import (
    MAX_LINE_BYTES,
    LineReader,
    ProtocolError,
    Request,
    answer_timeout_s,
    decode_reply,
    encode_request,
)


class Answer(enum.Enum):
    """What became of a request handed to the running app."""

    ACCEPTED = "accepted"
    REFUSED = "refused"    # it answered with an error
    SILENT = "silent"      # it took the connection but said nothing in time: frozen


def fast_forward(request: Request, *, name: str | None = None, folder: Path | None = None,
                 timeout_s: float | None = None) -> Answer | None:
    """Hand ``request`` to the running app over a plain Unix socket, importing no Qt.

    Returns ``Answer.ACCEPTED`` or ``Answer.REFUSED`` when the app answered,
    ``Answer.SILENT`` when something took the request but gave no answer
    within ``timeout_s`` (by default ``answer_timeout_s(request)``; a frozen
    app: its request carries that deadline, so
    it is not carried out later), and None when this path cannot tell
    (Windows, no runtime folder known, no app listening, the connection
    closed, invalid request): then take the full Qt path
    (``startup.start_or_forward``), which handles start-up races and
    tells the user what went wrong. Blocking: for the second launch only.
    """
    if not hasattr(socket, "AF_UNIX") or sys.platform == "win32":
        return None
    if folder is None:
        folder = default_folder()
    address = server_address(name or server_name(), folder)
    if not os.path.isabs(address):
        return None  # a plain name: Qt decides where it lives
    if timeout_s is None:
        timeout_s = answer_timeout_s(request)
    try:
        payload = encode_request(request, until=time.time() + timeout_s)
    except ProtocolError:
        return None  # the full path reports it properly
    try:
        line = exchange(address, payload, timeout_s)
        ok, _error = decode_reply(line)
    except TimeoutError:
        return Answer.SILENT
    except (OSError, EOFError, ProtocolError):  # no socket, refused (stale), junk
        return None
    return Answer.ACCEPTED if ok else Answer.REFUSED


def exchange(path: str, payload: bytes, timeout_s: float) -> bytes:
    """Send ``payload`` over the Unix socket at ``path``; return the first reply line.

    Everything, connecting included, happens within ``timeout_s``. Raises
    ``OSError`` when there is no socket or nobody accepts (``TimeoutError``
    when the time is up), ``EOFError`` when the other side hangs up without
    answering and ``ProtocolError`` when the reply is longer than a message
    can be. Blocking: for a client process, never the app that answers.
    Shared by ``fast_forward`` and the POSIX transport's client (``posix``).
    """
    deadline = time.monotonic() + timeout_s
    reader = LineReader()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(max(timeout_s, 0.001))
        sock.connect(path)
        sock.settimeout(max(deadline - time.monotonic(), 0.001))
        sock.sendall(payload)
        while True:
            sock.settimeout(max(deadline - time.monotonic(), 0.001))
            data = sock.recv(MAX_LINE_BYTES)
            if not data:
                raise EOFError("the connection closed without an answer")
            lines = reader.feed(data)
            if lines:
                return lines[0]
            if reader.overflowed:
                raise ProtocolError(f"reply is longer than {MAX_LINE_BYTES} bytes")

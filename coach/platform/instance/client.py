"""The Qt-side client: hand one request to the running app and sort out the answer.

Unlike the pre-Qt client (``fast_client``), it works on every platform and
with either transport (on Windows it is the only client), and it tells apart
what can go wrong: refused (the app answered with an error), unreachable
(nobody listening yet, or it hung up) and silent (it took the request but
said nothing in time: frozen). ``startup.start_or_forward`` acts on these.

It needs no QCoreApplication: it blocks (socket timeouts, or Qt's
``waitFor...`` calls), which is fine in the short-lived second process before
any window exists; never call it from the GUI thread of the running app.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from coach.platform.instance.address import default_folder, server_address, server_name
from coach.platform.instance.protocol import (
    ProtocolError,
    Request,
    answer_timeout_s,
    decode_reply,
    encode_request,
)
from coach.platform.instance.transport import (
    Failure,
    Outcome,
    Transport,
    client_exchange,
    default_transport,
)

log = logging.getLogger(__name__)


def send(request: Request, address: str, timeout_ms: int,
         transport: Transport | None = None) -> Failure:
    """Send one request and wait for its reply, all within ``timeout_ms``.

    The request carries that deadline: the app drops it once it has passed.
    Returns ``(Outcome.OK, "")`` or the failure with its reason.
    """
    payload = encode_request(request, until=time.time() + timeout_ms / 1000)
    exchange = client_exchange(transport or default_transport())
    line = exchange(payload, address, timeout_ms)
    if isinstance(line, tuple):
        return line
    try:
        ok, error = decode_reply(line)
    except ProtocolError as exc:
        return Outcome.REFUSED, f"bad reply: {exc}"
    return (Outcome.OK, "") if ok else (Outcome.REFUSED, error or "request failed")


def forward(request: Request, *, name: str | None = None, folder: Path | None = None,
            timeout_ms: int | None = None, transport: Transport | None = None) -> bool:
    """Hand ``request`` to the running instance; True if it accepted it.

    False when nobody answers within ``timeout_ms`` (by default
    ``protocol.answer_timeout_s``) or the answer is an error.
    ``transport``: by default this platform's. Blocking: for the short-lived
    second process only.
    """
    if timeout_ms is None:
        timeout_ms = round(answer_timeout_s(request) * 1000)
    address = server_address(name or server_name(),
                             Path(folder) if folder is not None else default_folder())
    outcome, reason = send(request, address, timeout_ms, transport)
    if outcome is Outcome.REFUSED:
        log.warning("the running Calf Coach refused %r: %s", request.cmd, reason)
    else:
        log.info("no running Calf Coach answered on %s: %s", address, reason)
    return outcome is Outcome.OK


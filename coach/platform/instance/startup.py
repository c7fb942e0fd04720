"""The start-up decision: become the app, hand the request to the running one, or say it is frozen.

``coach/app.py`` calls ``start_or_forward`` when the pre-Qt client
(``fast_client``) could not tell (Windows, no socket, the app still
starting, or a copy that took the request and said nothing). It takes the
lock (``lock``): this process becomes the app. If another live copy holds
it, the request goes there (``client``); while that copy is still starting
(locked, not listening yet) it retries for a few seconds, and if it just
quit, this one takes the lock and starts normally. ``--background`` alone
forwards nothing: a login autostart must not pop up a window.

A copy that takes the request but gives no answer within
``protocol.answer_timeout_s`` (stopped, or its event loop blocked), or never
starts listening, gives ``Unanswered``: ``coach --cramp`` then opens a cramp
screen of its own and any other request says so in a small dialog
(``coach.ui.unanswered``), instead of a message on a terminal nobody looks at.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coach.platform.instance.client import send
from coach.platform.instance.protocol import (
    ProtocolError,
    answer_timeout_s,
    request_from_args,
    validate_request,
)
from coach.platform.instance.server import InstanceGuard
from coach.platform.instance.transport import Outcome, Transport

if TYPE_CHECKING:
    from argparse import Namespace

log = logging.getLogger(__name__)


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



def start_or_forward(args: Namespace, *, name: str | None = None, folder: Path | None = None,
                     timeout_ms: int = 5000, answer_timeout_ms: int | None = None,
                     known_silent: bool = False, err: TextIO | None = None,
                     out: TextIO | None = None,
                     transport: Transport | None = None) -> InstanceGuard | int | Unanswered:
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
    user what happened (``coach.ui.unanswered``). ``transport``: by default
    this platform's.
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
    guard = InstanceGuard(name, folder, transport=transport)
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
        outcome, reason = send(request, guard.address, max(min(remaining, answer_ms), 0),
                               transport)
        if outcome is Outcome.OK:
            return 0
        if outcome is Outcome.REFUSED:
            print(f"Calf Coach is already running but refused the request: {reason}",
                  file=err)
            return 1
        if outcome is Outcome.SILENT:
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

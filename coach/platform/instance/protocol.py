"""The single-instance command protocol: one JSON object per line, versioned.

A second ``coach`` launch talks to the running one with this. It is pure
Python (no Qt) so it can be checked exhaustively in fast tests, and strict so a
typo or a newer client is refused with a message a person can act on instead
of being half-understood.

Wire format (UTF-8, one message per line, at most 4 KiB including the "\\n")::

    request  {"v": 2, "cmd": "cramp", "until": 1764979200.5}
             {"v": 2, "cmd": "routine", "id": "evening-stretch", "until": 1764979200.5}
             {"v": 2, "cmd": "snooze", "minutes": 10, "until": 1764979200.5}
    reply    {"v": 2, "ok": true}
             {"v": 2, "ok": false, "error": "unknown command 'x'"}

Commands: ``show``, ``cramp``, ``quit`` (no arguments), ``routine`` (``id``:
``[a-z0-9][a-z0-9-]*``), ``snooze`` (``minutes``: integer 1-240).

``until`` (every request, version 2 on) is the moment its sender stops
waiting, in Unix time (seconds, wall clock: the only clock two processes
share across a suspend; a monotonic clock is per boot). A request whose
``until`` has passed when the app reads it is not carried out: its sender has
already given up, told the user so, or opened its own cramp screen. Without
it, a copy that was frozen (stopped, or its event loop blocked) for minutes
carried out every request queued in its socket when it resumed, including a
``quit`` that had been reported as failed. The app also drops a request
whose sender has hung up (``connection``), which covers a wall clock
that jumps backwards; so a client keeps its end of the connection open until
the reply has come (no half-close after sending).

A sender of ``cramp`` waits ``ANSWER_TIMEOUT_S`` for the answer. A running
app answers in a few milliseconds; one that says nothing in that time is
treated as frozen, so ``coach --cramp`` still shows the relief steps within a
second (it opens its own cramp screen, see ``coach.ui.unanswered``). Other
requests wait ``PATIENT_TIMEOUT_S``: their fallback is only a message, so an
app that is slow to wake (busy, or swapped out after days in the tray) gets
more time before it is called frozen (``answer_timeout_s``).

Pure Python, no Qt and no socket: the pre-Qt client (``fast_client``), the
Qt-side client (``client``) and the server (``server``) all speak it. It also
says which request a command line means (``request_from_args``).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argparse import Namespace

PROTOCOL_VERSION = 2
"""2 added ``until`` to every request (1 had none: its requests could be acted on at any time)."""
MAX_LINE_BYTES = 4096
"""Largest message, newline included; anything longer is refused unread."""

ANSWER_TIMEOUT_S = 0.4
"""How long a second launch waits for the running app's answer before it calls it frozen.

A running app answers within milliseconds; the wait plus a cold start of the
cramp screen (about 0.4 s) keeps ``coach --cramp`` within one second.
"""
PATIENT_TIMEOUT_S = 3.0
"""How long a second launch waits for anything but ``cramp`` (see ``answer_timeout_s``)."""

ROUTINE_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
SNOOZE_MINUTES = range(1, 241)


class ProtocolError(ValueError):
    """A message that does not follow the protocol; ``str()`` says why."""


class Request:
    """One command for the running instance, e.g. ``Request("routine", {"id": "x"})``.

    ``until`` is the sender's deadline (Unix time) as received; it is not part
    of what the request asks, so two requests compare equal without it.
    Immutable, with a read-only copy of ``args``, so a request handed to several
    slots cannot be changed by one. Written out rather than a ``dataclass``:
    ``coach --cramp`` at night imports this module before anything else, and
    ``dataclasses`` brings ``inspect``, ``ast`` and ``dis`` (3 ms of that launch).
    """

    __slots__ = ("args", "cmd", "until")
    cmd: str
    # Any, not object: validate_request checks each command's arguments (a str "id",
    # an int "minutes"), and the handler reads them as those types.
    args: Mapping[str, Any]
    until: float | None

    def __init__(self, cmd: str, args: Mapping[str, object] | None = None,
                 until: float | None = None) -> None:
        object.__setattr__(self, "cmd", cmd)
        object.__setattr__(self, "args", MappingProxyType(dict(args or {})))
        object.__setattr__(self, "until", until)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Request cannot be changed ({name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Request cannot be changed ({name!r})")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Request)
        return (self.cmd, dict(self.args)) == (other.cmd, dict(other.args))

    def __hash__(self) -> int:
        return hash((self.cmd,))

    def __repr__(self) -> str:
        return f"Request(cmd={self.cmd!r}, args={dict(self.args)!r}, until={self.until!r})"


def _check_routine(args: Mapping[str, object]) -> None:
    value = args.get("id")
    if value is None:
        raise ProtocolError("'routine' needs an 'id'")
    if not isinstance(value, str) or not ROUTINE_ID.fullmatch(value):
        raise ProtocolError(
            f"routine id must be lower-case letters, digits and '-', got {value!r}")


def _check_snooze(args: Mapping[str, object]) -> None:
    value = args.get("minutes")
    if value is None:
        raise ProtocolError("'snooze' needs 'minutes'")
    # bool is an int subclass; true is not a number of minutes.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ProtocolError(f"snooze minutes must be a whole number, got {value!r}")
    if value not in SNOOZE_MINUTES:
        raise ProtocolError(
            f"snooze minutes must be {SNOOZE_MINUTES.start}-{SNOOZE_MINUTES.stop - 1},"
            f" got {value}")


def _no_args(_args: Mapping[str, object]) -> None:
    """Commands without arguments need no further checks."""


# command -> (argument names, checker)
COMMANDS: dict[str, tuple[frozenset[str], Callable[[Mapping[str, object]], None]]] = {
    "show": (frozenset(), _no_args),
    "cramp": (frozenset(), _no_args),
    "quit": (frozenset(), _no_args),
    "routine": (frozenset({"id"}), _check_routine),
    "snooze": (frozenset({"minutes"}), _check_snooze),
}


def validate_request(request: Request) -> None:
    """Raise ``ProtocolError`` unless ``request`` is a command this version knows."""
    if request.cmd not in COMMANDS:
        raise ProtocolError(f"unknown command {request.cmd!r}")
    allowed, check = COMMANDS[request.cmd]
    extra = sorted(set(request.args) - allowed)
    if extra:
        raise ProtocolError(f"unexpected field {extra[0]!r} for {request.cmd!r}")
    check(request.args)


def _encode(obj: Mapping[str, object]) -> bytes:
    # Compact JSON never contains a raw newline, so one object is one line.
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _decode_object(line: bytes, what: str) -> dict[str, object]:
    """Bytes of one line -> JSON object with a supported version."""
    if len(line) > MAX_LINE_BYTES:
        raise ProtocolError(f"{what} is longer than {MAX_LINE_BYTES} bytes")
    line = line.removesuffix(b"\n").removesuffix(b"\r")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(f"{what} is not UTF-8 text") from None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProtocolError(f"{what} is not valid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise ProtocolError(f"{what} must be a JSON object, got {type(obj).__name__}")
    if "v" not in obj:
        raise ProtocolError(f"{what} has no protocol version 'v'")
    version = obj["v"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProtocolError(f"protocol version must be a whole number, got {version!r}")
    if version > PROTOCOL_VERSION:
        raise ProtocolError(
            f"newer protocol version {version} (this Calf Coach speaks {PROTOCOL_VERSION});"
            " quit the running app and start the newer one")
    if version < PROTOCOL_VERSION:
        raise ProtocolError(f"unsupported protocol version {version}")
    return obj


def encode_request(request: Request, *, until: float | None = None) -> bytes:
    """One request line; refuses to send what the receiver would refuse.

    ``until`` (Unix time) is when the sender stops waiting; by default the
    request's own, else ``answer_timeout_s(request)`` from now.
    """
    validate_request(request)
    if until is None:
        until = (request.until if request.until is not None
                 else time.time() + answer_timeout_s(request))
    return _encode({"v": PROTOCOL_VERSION, "cmd": request.cmd, **request.args,
                    "until": round(until, 3)})


def decode_request(line: bytes) -> Request:
    """Parse and validate one request line (trailing newline optional).

    Whether its ``until`` has passed is for the receiver to check (``expired``).
    """
    obj = _decode_object(line, "request")
    cmd = obj.pop("cmd", None)
    obj.pop("v")
    until = obj.pop("until", None)
    if cmd is None:
        raise ProtocolError("request has no 'cmd'")
    if not isinstance(cmd, str):
        raise ProtocolError(f"'cmd' must be text, got {cmd!r}")
    request = Request(cmd, obj)
    validate_request(request)
    if until is None:
        raise ProtocolError("request has no deadline 'until'")
    # bool is an int subclass; true is not a moment.
    if not isinstance(until, int | float) or isinstance(until, bool) or until != until:
        raise ProtocolError(f"'until' must be a number of seconds, got {until!r}")
    return Request(cmd, obj, until=float(until))


def answer_timeout_s(request: Request) -> float:
    """How long the sender of ``request`` waits for the answer before it calls the app frozen.

    Short for ``cramp`` (someone is in pain, and the fallback, a cramp screen
    of its own, does no harm); longer for the rest, whose fallback is a message.
    """
    return ANSWER_TIMEOUT_S if request.cmd == "cramp" else PATIENT_TIMEOUT_S


def expired(request: Request, now: float | None = None) -> bool:
    """True when the sender of ``request`` has stopped waiting (``now``: Unix time)."""
    if request.until is None:
        return False  # made in this process, never sent
    return (time.time() if now is None else now) > request.until


def encode_reply(ok: bool, error: str | None = None) -> bytes:
    """One reply line; a failure always carries a reason."""
    if ok:
        return _encode({"v": PROTOCOL_VERSION, "ok": True})
    return _encode({"v": PROTOCOL_VERSION, "ok": False, "error": error or "request failed"})


def decode_reply(line: bytes) -> tuple[bool, str | None]:
    """Parse one reply line into ``(ok, error)``; ``error`` is None when ok."""
    obj = _decode_object(line, "reply")
    ok = obj.get("ok")
    if not isinstance(ok, bool):
        raise ProtocolError(f"reply 'ok' must be true or false, got {ok!r}")
    if ok:
        return True, None
    error = obj.get("error")
    return False, error if isinstance(error, str) and error else "request failed"


class LineReader:
    """Reassembles lines from a byte stream that arrives in arbitrary pieces.

    Sockets deliver whatever the kernel has, so a message can come split in two
    or glued to the next one. A partial line that grows past ``limit`` can never
    become a valid message; ``overflowed`` then tells the reader to give up on
    the connection instead of buffering without end.
    """

    def __init__(self, limit: int = MAX_LINE_BYTES) -> None:
        self._limit = limit
        self._pending = bytearray()
        self.overflowed = False

    def feed(self, data: bytes) -> list[bytes]:
        """Add received bytes; return the complete lines, each ending in "\\n"."""
        if self.overflowed:
            return []
        self._pending += data
        lines: list[bytes] = []
        while (end := self._pending.find(b"\n")) >= 0:
            lines.append(bytes(self._pending[: end + 1]))
            del self._pending[: end + 1]
        if len(self._pending) >= self._limit:
            # Even with its newline still to come, this line is already too long.
            self.overflowed = True
            self._pending.clear()
        return lines


# -- what a second launch asks for -------------------------------------------


def request_from_args(args: Namespace) -> Request | None:
    """What a second launch asks the running app to do, from its command line.

    ``--background`` alone gives None: a login autostart while the app already
    runs has nothing to show.
    """
    if getattr(args, "quit", False):
        return Request("quit")
    if getattr(args, "cramp", False):
        return Request("cramp")
    routine = getattr(args, "routine", None)
    if routine:
        return Request("routine", {"id": routine})
    snooze = getattr(args, "snooze", None)
    if snooze is not None:
        return Request("snooze", {"minutes": snooze})
    if getattr(args, "background", False):
        return None
    return Request("show")

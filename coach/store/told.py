"""What the user has already been told, so a problem that stays is not repeated at every start.

Why: an entry of the settings file that the app ignores is kept in the file
(it may be a newer version's value, or the user's own typing to fix). Saying
so at every start would be nagging; saying it never would hide it. So each
message is remembered by a fingerprint once it was shown, in a small JSON
file in the cache folder. Losing that file only means being told again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

MAX_BYTES = 64_000


def _sha256(data: bytes) -> str:
    """SHA-256 from Python's own built-in module when there is one.

    Why: ``hashlib`` loads OpenSSL's libcrypto, 3.3 MB of resident memory
    that a background app would hold for days for this one digest. The
    built-in module gives the same digest.
    """
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]  # 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]  # 3.12+
        except ImportError:
            from hashlib import sha256
    digest: str = sha256(data).hexdigest()
    return digest


def fingerprint(text: str) -> str:
    """A short, stable name for one message."""
    return _sha256(text.encode("utf-8"))[:20]


def already(path: Path) -> set[str]:
    """The fingerprints recorded in ``path``; an unreadable or damaged record is empty."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_BYTES else None
    except (OSError, ValueError, RecursionError):
        return set()
    if not isinstance(data, list):
        return set()
    return {item for item in data if isinstance(item, str)}


def record(path: Path, messages: Iterable[str]) -> None:
    """Remember exactly these messages as told (older ones are forgotten: if a problem
    is fixed and comes back later, it is worth saying again)."""
    from coach.store.atomic import write_atomic

    prints = sorted({fingerprint(text) for text in messages})
    try:
        write_atomic(path, json.dumps(prints))
    except OSError as exc:
        log.info("could not remember what the user was told (%s): %s", path, exc)

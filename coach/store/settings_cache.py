"""What the settings file said at the last start, so an unchanged file needs no YAML parser.

Why: the settings are YAML (people edit them by hand), and importing PyYAML
costs 15 to 25 ms of start-up on the development machine and 0.9 MB that an
app waiting in the tray keeps all day. The settings change rarely; when they
did not, the parsed data from the last start (kept as JSON in the cache
folder, with the content cache) is as good as parsing the file again.

The file is recognised by its size, modification and change times and inode.
Only data that JSON gives back exactly is kept (YAML dates, for example, are
not), and a file changed in the last two seconds is not kept: on file systems
with coarse timestamps a second change in the same tick would look the same.
Anything wrong with the cache (unreadable, damaged, another version's) is a
miss, logged at INFO; the settings file itself is never touched here.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from coach.store import file_stamp

log = logging.getLogger(__name__)

FILE_NAME = "settings-cache.json"
FORMAT = 1
MAX_BYTES = 256_000


def _setup() -> list[object]:
    """What the parse depends on besides the file: the app version and the rules' file."""
    from coach import __version__

    return [FORMAT, __version__,
            file_stamp.version_stamp(Path(__file__).with_name("settings.py"))]


def lookup(path: Path, cache_path: Path) -> dict[str, object] | None:
    """The data ``path`` gave when it was parsed, if the file has not changed since."""
    try:
        info = os.stat(path)
        with open(cache_path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    try:
        cached = json.loads(raw) if len(raw) <= MAX_BYTES else None
    except (ValueError, RecursionError):
        cached = None
    data = cached.get("data") if isinstance(cached, dict) else None
    if not (isinstance(cached, dict) and isinstance(data, dict)):
        log.info("settings cache %s is damaged; reading the settings file", cache_path)
        return None
    if (cached.get("setup") != _setup() or cached.get("path") != os.path.abspath(path)
            or cached.get("stamp") != file_stamp.stamp_of(info)):
        return None
    return data


def remember(path: Path, info: os.stat_result, data: dict[str, object],
             cache_path: Path) -> None:
    """Keep ``data``, parsed from ``path`` whose ``stat`` was ``info`` when it was read."""
    stamp = file_stamp.stamp_of(info)
    if stamp is None or not file_stamp.settled(stamp, time.time_ns()):
        return
    try:
        text = json.dumps({"setup": _setup(), "path": os.path.abspath(path),
                           "stamp": stamp, "data": data}, ensure_ascii=True)
        if json.loads(text)["data"] != data:
            return  # something JSON would change (a date, a number as a key...)
    except (TypeError, ValueError, RecursionError):
        return
    if len(text) > MAX_BYTES:
        return
    from coach.store.atomic import write_atomic

    try:
        write_atomic(cache_path, text)
    except OSError as exc:
        log.info("settings cache %s not written: %s", cache_path, exc)


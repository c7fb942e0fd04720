"""The machine's time zone as a real IANA zone, re-read so a change is followed.

Why not ``datetime.now().astimezone()``: that gives a *fixed* offset, which
knows nothing about tonight's DST change, so "21:30 tomorrow" computed from it
can be an hour off. A ``ZoneInfo`` carries the rules. The zone name is looked
up where Unix keeps it: the ``TZ`` variable, ``/etc/timezone`` (Debian) and the
``/etc/localtime`` symlink (systemd, macOS). Windows keeps it in the registry
under its own names: there ``tzlocal`` (a dependency on Windows only) maps
them to IANA names; elsewhere it would only repeat the lookups above
(docs/decisions.md). ``time.tzset()`` is called first so
the C library follows a zone change made while the app runs.

This is the one source of the current zone: the app's clock (``ZoneCache``)
and the calendar export both ask ``system_zone()``.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

#: Where the zone name is looked up; module attributes so tests can point them elsewhere.
TIMEZONE_FILE = Path("/etc/timezone")
LOCALTIME_LINK = Path("/etc/localtime")
PLATFORM = sys.platform

#: How long a looked-up zone is trusted before it is read again (unless TZ changes).
REFRESH_S = 60.0

_warned: set[str] = set()


def _name_from_tz_variable(value: str) -> str | None:
    """``:Europe/Berlin``, ``Europe/Berlin`` or ``:/usr/share/zoneinfo/Europe/Berlin``."""
    name = value[1:] if value.startswith(":") else value
    name = name.strip()
    if not name:
        return None
    if name.startswith("/"):
        return _name_from_path(name)
    return name


def _name_from_path(target: str) -> str | None:
    marker = "zoneinfo/"
    index = target.rfind(marker)
    if index < 0:
        return None
    name = target[index + len(marker):]
    # Debian's "posix/" and "right/" trees hold the same zones (right/ with leap seconds).
    for prefix in ("posix/", "right/"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name or None


def _load(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _from_files() -> ZoneInfo | None:
    try:
        zone = _load(TIMEZONE_FILE.read_text(encoding="utf-8").strip())
    except OSError:
        zone = None
    if zone is not None:
        return zone
    try:
        target = os.readlink(LOCALTIME_LINK)
    except OSError:
        return None
    # The link itself usually ends in .../zoneinfo/Area/City; through a chain of links
    # (NixOS, alternatives) the final target may be the one that does.
    return _load(_name_from_path(target)) or _load(_name_from_path(os.path.realpath(
        LOCALTIME_LINK)))


def _from_windows() -> ZoneInfo | None:
    """The registry's zone as an IANA zone, through ``tzlocal``; None when that fails."""
    try:
        import tzlocal  # type: ignore[import-not-found]  # declared for Windows only
    except ImportError:
        _warn_once("tzlocal is not installed, so the Windows time zone has no IANA name")
        return None
    try:
        zone = tzlocal.reload_localzone()  # reads the registry again: follows a change
    except Exception as exc:  # registry or mapping trouble: fall back, never crash the clock
        _warn_once(f"tzlocal could not name the Windows time zone ({exc})")
        return None
    return zone if isinstance(zone, ZoneInfo) else _load(getattr(zone, "key", None))


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.info(message)


def system_zone() -> tzinfo:
    """The machine's zone now: a ``ZoneInfo`` when its name can be found, else a fixed offset."""
    if hasattr(time, "tzset"):  # not on Windows
        time.tzset()
    tz_variable = os.environ.get("TZ")
    if tz_variable is not None:
        if not tz_variable:
            return _load("UTC") or UTC  # glibc reads an empty TZ as UTC
        zone = _load(_name_from_tz_variable(tz_variable))
        if zone is not None:
            return zone
        _warn_once(f"TZ={tz_variable!r} is not an IANA zone name; trying the system files")
    zone = _from_windows() if PLATFORM == "win32" else _from_files()
    if zone is not None:
        return zone
    fixed = datetime.now().astimezone().tzinfo
    assert fixed is not None
    _warn_once(f"the system time zone has no IANA name here; using the fixed offset {fixed} "
               "(DST changes are followed within a minute, not computed ahead)")
    return fixed


def have_zone_database() -> bool:
    """Whether any IANA zone can be loaded (system files or the ``tzdata`` package).

    Without one, ``system_zone()`` can only give today's fixed offset.
    """
    return _load("UTC") is not None


class ZoneCache:
    """``system_zone()`` at most every ``REFRESH_S`` seconds, or at once when ``TZ`` changes.

    Reading files on every ``now()`` would be wasteful; a zone change noticed
    within a minute is what a minute-resolution reminder needs.
    """

    def __init__(self, monotonic: Callable[[], float] = time.monotonic,
                 lookup: Callable[[], tzinfo] = system_zone) -> None:
        self._monotonic = monotonic
        self._lookup = lookup
        self._zone: tzinfo | None = None
        self._read_at = 0.0
        self._tz_variable: str | None = None

    def get(self) -> tzinfo:
        now = self._monotonic()
        tz_variable = os.environ.get("TZ")
        if (self._zone is None or tz_variable != self._tz_variable
                or now - self._read_at >= REFRESH_S or now < self._read_at):
            self._zone = self._lookup()
            self._read_at = now
            self._tz_variable = tz_variable
        return self._zone

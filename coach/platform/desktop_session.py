"""Is there a desktop to open a window on? Answered before Qt is imported.

Without a graphical session Qt's xcb plugin aborts the process (exit 134)
with a message about ``xcb-cursor0`` that sends people hunting for a library
they already have. One plain sentence that names the real cause is kinder,
and a normal exit status lets scripts tell "no desktop" from a crash.

A Linux/BSD desktop session sets ``DISPLAY`` (X11) or ``WAYLAND_DISPLAY``
(Wayland); ``QT_QPA_PLATFORM`` naming a platform that needs neither
(offscreen, minimal, eglfs, linuxfb, vnc...) is trusted. A local X display
that nothing answers (a closed session, a stale ``DISPLAY`` in a terminal
multiplexer) gets the same clear sentence: its socket is tried the way Xlib
tries it, which takes well under a millisecond. Windows and macOS always have
their own window system, so they are not checked.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Mapping

#: Qt platform plugins that draw into an X11 or Wayland session.
SESSION_PLATFORMS = ("xcb", "wayland")

UNREACHABLE = ("Calf Coach needs a desktop session: the display {display} (DISPLAY) does not "
               "answer, so start it from your desktop "
               "(coach list, validate and the exports work without one).")
MESSAGE = ("Calf Coach needs a desktop session: no graphical display was found "
           "(neither DISPLAY nor WAYLAND_DISPLAY is set), so start it from your desktop "
           "(coach list, validate and the exports work without one).")


def _needs_session(qpa: str) -> bool:
    """Whether ``QT_QPA_PLATFORM`` (e.g. "wayland;xcb", "xcb:nomitshm") needs a session."""
    names = [part.split(":", 1)[0].strip() for part in qpa.split(";")]
    names = [name for name in names if name]
    if not names:
        return True  # Qt picks xcb or wayland itself
    return all(name.startswith(SESSION_PLATFORMS) for name in names)


def missing_desktop(environ: Mapping[str, str] | None = None,
                    platform: str | None = None) -> str | None:
    """The sentence to print when no window can open here, or None when one can."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    if not _needs_session(environ.get("QT_QPA_PLATFORM", "")):
        return None
    if environ.get("WAYLAND_DISPLAY"):
        return None
    display = environ.get("DISPLAY", "")
    if display:
        return None if x_display_answers(display) else UNREACHABLE.format(display=display)
    return MESSAGE


def x_display_answers(display: str) -> bool:
    """Whether a local X display (":0", "unix:1.0") accepts a connection; others count as yes.

    Like Xlib on Linux: the abstract socket first, then the file in /tmp/.X11-unix.
    Remote displays ("host:10.0", ssh forwarding) are left to Qt.
    """
    found = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if found is None or not hasattr(socket, "AF_UNIX"):
        return True
    path = f"/tmp/.X11-unix/X{found.group(1)}"
    for address in ("\0" + path, path):
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                probe.settimeout(1.0)
                probe.connect(address)
                return True
        except OSError:
            continue
    return False

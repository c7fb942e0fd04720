"""When does a top-level window first get drawn? Seen from the X server, for any app.

The app's own paint hook (``coach/runtime/bench_ready.py``) cannot time a peer such as
Workrave, and ``xdotool search --sync`` polls only every 0.5 s. This watcher
asks the X server itself, the same way for every program, so a Qt app and a
GTK app are judged alike:

- it listens on the root window for new top-level windows (``CreateNotify``),
  and on each of them for map, unmap and expose;
- on each it creates an X DAMAGE object (raw rectangles): the server sends
  ``DamageNotify`` for every drawing into the window;
- a map is followed by the server's own fill of the window's background (GTK
  windows have one, Qt's have none) and then by ``Expose``, the request to
  the program to draw; the first damage after that ``Expose`` is the program
  putting its first frame there (Qt's backing store flush, GTK's cairo
  surface). After each map of a window it prints one line then::

      paint\\t<time.monotonic()>\\t<window id>\\t<window name>

  and ``map`` lines the same way when a window is mapped.

``time.monotonic`` is CLOCK_MONOTONIC, shared by every process, so the harness
compares it with the moment it spawned a program. Window-manager frames have
no name and are skipped by the harness's name match. Only libX11 and
libXdamage are needed (through ctypes). It runs until it is terminated.

Run: ``DISPLAY=:N python3 benchmarks/x_paint_watch.py`` (prints ``ready`` first).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import time

EXPOSE = 12
CREATE_NOTIFY, DESTROY_NOTIFY, UNMAP_NOTIFY, MAP_NOTIFY = 16, 17, 18, 19
EXPOSURE_MASK = 1 << 15
STRUCTURE_NOTIFY_MASK = 1 << 17
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
DAMAGE_REPORT_RAW_RECTANGLES = 0
IS_VIEWABLE = 2
ALL_PLANES = 0xFFFFFFFF
Z_PIXMAP = 2


class XEvent(ctypes.Union):
    """Only the bytes; fields are read at their x86-64/LP64 offsets below."""

    _fields_ = [("pad", ctypes.c_long * 24)]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("border_width", ctypes.c_int),
                ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int),
                ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
                ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
                ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


def _load(name: str) -> ctypes.CDLL:
    path = ctypes.util.find_library(name)
    if path is None:
        raise SystemExit(f"lib{name} is not installed")
    return ctypes.CDLL(path)


def main() -> int:
    x11 = _load("X11")
    xdamage = _load("Xdamage")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    dpy = x11.XOpenDisplay(None)
    if not dpy:
        raise SystemExit("cannot open the display")
    vp, ul = ctypes.c_void_p, ctypes.c_ulong
    x11.XDefaultRootWindow.restype = ul
    x11.XDefaultRootWindow.argtypes = [vp]
    x11.XSelectInput.argtypes = [vp, ul, ctypes.c_long]
    x11.XNextEvent.argtypes = [vp, ctypes.POINTER(XEvent)]
    x11.XInternAtom.restype = ul
    x11.XInternAtom.argtypes = [vp, ctypes.c_char_p, ctypes.c_int]
    x11.XGetWindowProperty.argtypes = [
        vp, ul, ul, ctypes.c_long, ctypes.c_long, ctypes.c_int, ul, ctypes.POINTER(ul),
        ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ul), ctypes.POINTER(ul),
        ctypes.POINTER(ctypes.c_void_p)]
    x11.XFree.argtypes = [vp]
    x11.XGetWindowAttributes.argtypes = [vp, ul, ctypes.POINTER(XWindowAttributes)]
    x11.XFlush.argtypes = [vp]
    xdamage.XDamageQueryExtension.argtypes = [vp, ctypes.POINTER(ctypes.c_int),
                                              ctypes.POINTER(ctypes.c_int)]
    xdamage.XDamageCreate.restype = ul
    xdamage.XDamageCreate.argtypes = [vp, ul, ctypes.c_int]

    # A window may be gone by the time we ask about it: ignore X errors.
    handler_type = ctypes.CFUNCTYPE(ctypes.c_int, vp, vp)
    ignore = handler_type(lambda display, error: 0)
    x11.XSetErrorHandler(ignore)

    event_base, error_base = ctypes.c_int(), ctypes.c_int()
    if not xdamage.XDamageQueryExtension(dpy, ctypes.byref(event_base),
                                         ctypes.byref(error_base)):
        raise SystemExit("the X server has no DAMAGE extension")
    damage_notify = event_base.value
    net_wm_name = x11.XInternAtom(dpy, b"_NET_WM_NAME", 0)
    utf8 = x11.XInternAtom(dpy, b"UTF8_STRING", 0)
    wm_name = x11.XInternAtom(dpy, b"WM_NAME", 0)
    root = x11.XDefaultRootWindow(dpy)
    x11.XSelectInput(dpy, root, SUBSTRUCTURE_NOTIFY_MASK)

    def name_of(window: int) -> str:
        for atom, kind in ((net_wm_name, utf8), (wm_name, 0)):  # 0: AnyPropertyType
            actual, fmt = ul(), ctypes.c_int()
            count, after, data = ul(), ul(), ctypes.c_void_p()
            if x11.XGetWindowProperty(dpy, window, atom, 0, 1024, 0, kind, ctypes.byref(actual),
                                      ctypes.byref(fmt), ctypes.byref(count),
                                      ctypes.byref(after), ctypes.byref(data)) == 0 \
                    and data.value:
                text = ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
                x11.XFree(data)
                if text:
                    return text
        return ""

    x11.XGetImage.restype = ctypes.c_void_p
    x11.XGetImage.argtypes = [vp, ul, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                              ctypes.c_uint, ul, ctypes.c_int]
    x11.XCheckTypedWindowEvent.argtypes = [vp, ul, ctypes.c_int, ctypes.POINTER(XEvent)]

    def blank(window: int) -> bool:
        """True while the window shows one colour only: nothing drawn by its program
        yet, just the background the server filled in (GTK asks for one, Qt not)."""
        attrs = XWindowAttributes()
        if not x11.XGetWindowAttributes(dpy, window, ctypes.byref(attrs)):
            return True
        image = x11.XGetImage(dpy, window, 0, 0, attrs.width, attrs.height, ALL_PLANES,
                              Z_PIXMAP)
        if not image:
            return True
        ints = ctypes.cast(image, ctypes.POINTER(ctypes.c_int))
        data = ctypes.cast(image, ctypes.POINTER(ctypes.c_void_p))[2]  # XImage.data
        height, line, bits = ints[1], ints[11], ints[12]  # height, bytes_per_line, bpp
        pixels = ctypes.string_at(data, line * height)
        x11.XFree(data)
        x11.XFree(image)
        size = max(1, bits // 8)
        used = attrs.width * size  # the padding at the end of each line does not count
        first = pixels[:size]
        row = first * attrs.width
        return all(pixels[y * line:y * line + used] == row for y in range(height))

    names: dict[int, str] = {}  # window -> name when mapped
    damages: dict[int, int] = {}  # window -> damage object
    waiting: set[int] = set()  # mapped, not yet drawn since
    exposed: set[int] = set()  # of those, told to draw (an Expose came)
    drawn: set[int] = set()  # drawn since their last map (later Exposes are repaints)

    def server_ms_to_monotonic(stamp: int) -> float:
        """X server time (ms, 32 bits) is CLOCK_MONOTONIC in Xorg and Xvfb."""
        now_ms = int(time.monotonic() * 1000)
        return (now_ms - ((now_ms - stamp) % 2**32)) / 1000

    def out(kind: str, window: int, at: float) -> None:
        print(f"{kind}\t{at:.6f}\t{window}\t{names.get(window, '')}", flush=True)

    def track(window: int) -> None:
        if window in damages:
            return
        x11.XSelectInput(dpy, window, STRUCTURE_NOTIFY_MASK | EXPOSURE_MASK)
        damages[window] = xdamage.XDamageCreate(dpy, window, DAMAGE_REPORT_RAW_RECTANGLES)
        attrs = XWindowAttributes()
        if x11.XGetWindowAttributes(dpy, window, ctypes.byref(attrs)) \
                and attrs.map_state == IS_VIEWABLE:  # mapped (and exposed) before we looked
            mapped(window)
            exposed.add(window)

    def mapped(window: int) -> None:
        if window in waiting or window in drawn:
            return
        waiting.add(window)
        exposed.discard(window)
        names[window] = name_of(window)
        out("map", window, time.monotonic())

    print("ready", flush=True)
    event = XEvent()
    later = XEvent()
    raw = ctypes.cast(ctypes.byref(event), ctypes.POINTER(ctypes.c_ulong))
    later_raw = ctypes.cast(ctypes.byref(later), ctypes.POINTER(ctypes.c_ulong))
    while True:
        x11.XNextEvent(dpy, ctypes.byref(event))
        kind = ctypes.cast(ctypes.byref(event), ctypes.POINTER(ctypes.c_int))[0]
        if kind == CREATE_NOTIFY:
            track(raw[5])  # XCreateWindowEvent.window
        elif kind == MAP_NOTIFY:
            window = raw[5]  # XMapEvent.window
            if window in damages:
                drawn.discard(window)
                mapped(window)
        elif kind == EXPOSE:
            window = raw[4]  # XExposeEvent.window
            if window in damages:
                mapped(window)  # its MapNotify may have come before we listened
                exposed.add(window)
        elif kind == UNMAP_NOTIFY:
            waiting.discard(raw[5])
            drawn.discard(raw[5])
        elif kind == DESTROY_NOTIFY:
            damages.pop(raw[5], None)
            waiting.discard(raw[5])
            drawn.discard(raw[5])
            names.pop(raw[5], None)
        elif kind == damage_notify:
            window = raw[4]  # XDamageNotifyEvent.drawable
            if window not in exposed or not names.get(window) or blank(window):
                continue
            # Drawn. If more drawing came in while the image was read (this watcher
            # was slow), this damage may have been the server's fill and the next
            # one the program's frame: take the next one.
            stamp = raw[7]  # XDamageNotifyEvent.timestamp
            if x11.XCheckTypedWindowEvent(dpy, window, damage_notify, ctypes.byref(later)):
                stamp = later_raw[7]
                while x11.XCheckTypedWindowEvent(dpy, window, damage_notify,
                                                 ctypes.byref(later)):
                    pass
            out("paint", window, server_ms_to_monotonic(stamp))
            waiting.discard(window)
            exposed.discard(window)
            drawn.add(window)


if __name__ == "__main__":
    sys.exit(main())

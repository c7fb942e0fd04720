#!/usr/bin/env python3
"""CI smoke test: does a command open Calf Coach's window? Then quit it.

    python3 tools/check_starts.py [--timeout S] [--clean-env] [--quit CMD] -- COMMAND...

Runs COMMAND (an installed ``coach``, the bundle's ``calf-coach``, or a whole
install-and-start line under ``bash -c``) with ``CALF_COACH_BENCH_READY``
pointing at a scratch file: the app writes a line there once the main window
has really been painted (coach/runtime/bench_ready.py). When the line appears, the
check asks the app to quit with ``--quit`` (the same command as COMMAND's
last word unless ``--quit`` names another) and waits for it to end. Exit 0
when the window was painted and the app quit by itself; 1 otherwise, with
what the app printed. Needs an X server (``DISPLAY``, e.g. Xvfb) or
``QT_QPA_PLATFORM=offscreen``. Only the standard library: it runs with the
distribution's ``python3``.

``--clean-env`` gives COMMAND only HOME, ``PATH=/usr/bin:/bin`` and the X or
Wayland display variables: the bundle must start with no Python around it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY_ENV = "CALF_COACH_BENCH_READY"
KEPT = ("HOME", "DISPLAY", "XAUTHORITY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE")


def child_env(ready: Path, runtime: Path, clean: bool) -> dict[str, str]:
    """The environment for COMMAND and the quit command.

    A private ``XDG_RUNTIME_DIR`` holds the single-instance lock and socket:
    otherwise a Calf Coach already running for this user would take the
    request, and the check would pass without starting anything.
    """
    if clean:
        env = {k: os.environ[k] for k in KEPT if k in os.environ}
        env["PATH"] = "/usr/bin:/bin"
    else:
        env = dict(os.environ)
    env[READY_ENV] = str(ready)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def painted(ready: Path) -> str:
    try:
        return ready.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""


def output_of(log: Path) -> str:
    text = log.read_text(encoding="utf-8", errors="replace")
    return text[-4000:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds to wait for the first paint (include any install)")
    parser.add_argument("--clean-env", action="store_true",
                        help="HOME, PATH=/usr/bin:/bin and the display only")
    parser.add_argument("--quit", metavar="CMD",
                        help="command that asks the app to quit (default: COMMAND's program "
                             "with --quit); ~ is expanded")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no COMMAND given")
    quit_command = ([os.path.expanduser(w) for w in shlex.split(args.quit)] if args.quit
                    else [command[0], "--quit"])

    scratch = Path(tempfile.mkdtemp(prefix="calf-coach-check-"))
    ready = scratch / "ready"
    log = scratch / "output"
    runtime = scratch / "run"
    runtime.mkdir(mode=0o700)
    env = child_env(ready, runtime, args.clean_env)
    started = time.monotonic()
    with log.open("wb") as out:
        app = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=out,
                               stderr=subprocess.STDOUT, start_new_session=True)
    try:
        while not painted(ready):
            if app.poll() is not None:
                print(f"check_starts: the app ended (exit {app.returncode}) before its window "
                      f"was painted:\n{output_of(log)}", file=sys.stderr)
                return 1
            if time.monotonic() - started > args.timeout:
                print(f"check_starts: no window painted within {args.timeout:.0f} s:\n"
                      f"{output_of(log)}", file=sys.stderr)
                return 1
            time.sleep(0.1)
        seen = time.monotonic() - started
        print(f"check_starts: window painted after {seen:.1f} s: {painted(ready)}")
        asked = subprocess.run(quit_command, env=env, stdin=subprocess.DEVNULL,
                               capture_output=True, text=True, timeout=60, check=False)
        if asked.returncode != 0:
            print(f"check_starts: {shlex.join(quit_command)} failed (exit {asked.returncode}): "
                  f"{asked.stderr.strip()}", file=sys.stderr)
            return 1
        try:
            code = app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            print("check_starts: the app did not quit when asked", file=sys.stderr)
            return 1
        if code != 0:
            print(f"check_starts: the app quit with exit {code}:\n{output_of(log)}",
                  file=sys.stderr)
            return 1
        print("check_starts: the app quit when asked")
        return 0
    finally:
        if app.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(app.pid, signal.SIGKILL)
            app.wait()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

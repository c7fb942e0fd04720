"""How long a second launch takes to hand a request to the running app.

A benchmark, not a test: it prints numbers and asserts nothing. The budget
(docs/benchmarks.md) is "well under 200 ms" from ``coach --cramp`` to the
screen in front.

It starts a server process (a QCoreApplication holding an ``InstanceGuard``),
then measures from this process:

- warm: N calls of ``forward()`` (connect, send, wait for the reply), i.e. the
  channel itself;
- cold, Qt path: M fresh ``python -c`` processes that import the Qt-side
  client (``coach.platform.instance.client``) and call ``forward()`` once:
  what a hot key pays with Python and PySide6 start-up included;
- cold, fast path: M fresh processes that use ``fast_client.fast_forward``
  (no Qt import), which is what ``coach --cramp`` does first.

Run: ``python3 benchmarks/forward_latency.py [--warm 30] [--cold 5]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "bench"

COLD_QT_CLIENT = """
import sys
from pathlib import Path
from coach.platform.instance.client import forward
from coach.platform.instance.protocol import Request
sys.exit(0 if forward(Request("cramp"), name=sys.argv[1], folder=Path(sys.argv[2])) else 1)
"""

COLD_FAST_CLIENT = """
import sys
from pathlib import Path
from coach.platform.instance.fast_client import Answer, fast_forward
from coach.platform.instance.protocol import Request
answer = fast_forward(Request("cramp"), name=sys.argv[1], folder=Path(sys.argv[2]))
sys.exit(0 if answer is Answer.ACCEPTED else 1)
"""


def serve(folder: Path) -> int:
    """The running app's side: answer requests until a ``quit`` arrives."""
    from PySide6.QtCore import QCoreApplication

    from coach.platform.instance.server import InstanceGuard

    app = QCoreApplication(sys.argv[:1])
    guard = InstanceGuard(NAME, folder)
    if not guard.acquire():
        print("another server holds the lock", flush=True)
        return 1

    def on_request(request) -> None:
        if request.cmd == "quit":
            app.quit()

    guard.requestReceived.connect(on_request)
    print("ready", flush=True)
    code = app.exec()
    guard.release()
    return code


def _summary(label: str, samples_ms: list[float]) -> str:
    return (f"{label:<34} n={len(samples_ms):<3} median {statistics.median(samples_ms):7.2f} ms"
            f"   min {min(samples_ms):7.2f} ms   max {max(samples_ms):7.2f} ms")


def measure(warm: int, cold: int) -> int:
    from coach.platform.instance.client import forward
    from coach.platform.instance.protocol import Request

    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp:
        folder = Path(tmp)
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(folder)],
                                  stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        try:
            if server.stdout is None or server.stdout.readline().strip() != "ready":
                print("server did not start", file=sys.stderr)
                return 1
            warm_ms: list[float] = []
            for _ in range(warm):
                start = time.perf_counter()
                ok = forward(Request("cramp"), name=NAME, folder=folder)
                warm_ms.append((time.perf_counter() - start) * 1000)
                if not ok:
                    print("a forward failed", file=sys.stderr)
                    return 1
            cold_ms: dict[str, list[float]] = {"qt": [], "fast": []}
            for _ in range(cold):  # interleaved, so both see the same machine load
                for kind, code_text in (("qt", COLD_QT_CLIENT), ("fast", COLD_FAST_CLIENT)):
                    start = time.perf_counter()
                    code = subprocess.call(
                        [sys.executable, "-c", code_text, NAME, str(folder)], env=env, cwd=ROOT)
                    cold_ms[kind].append((time.perf_counter() - start) * 1000)
                    if code != 0:
                        print(f"a cold {kind} forward failed", file=sys.stderr)
                        return 1
            python_ms: list[float] = []
            for _ in range(cold):
                start = time.perf_counter()
                subprocess.call([sys.executable, "-c", "pass"], env=env, cwd=ROOT)
                python_ms.append((time.perf_counter() - start) * 1000)
            forward(Request("quit"), name=NAME, folder=folder)
            server.wait(timeout=10)
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()
    print(_summary("warm forward() (channel only)", warm_ms))
    if cold:
        print(_summary("cold process, Qt forward()", cold_ms["qt"]))
        print(_summary("cold process, fast_forward()", cold_ms["fast"]))
        print(_summary("cold process, python -c pass", python_ms))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm", type=int, default=30, help="forwards from this process")
    parser.add_argument("--cold", type=int, default=10, help="fresh client processes")
    parser.add_argument("--serve", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(Path(args.serve))
    return measure(args.warm, args.cold)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())

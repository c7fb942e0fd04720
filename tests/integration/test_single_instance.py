"""One app per user: later launches forward their request and the running app acts on it.

Clients that use the blocking ``forward()`` run in a child process, because
their waits would otherwise stall the event loop that serves them. Raw
protocol checks use an asynchronous socket in the test's own event loop.

Every test runs with both transports: ``posix`` (plain Unix sockets, what
Linux and macOS use) and ``qt`` (QLocalServer/QLocalSocket, what Windows
uses), passed to the guards, clients and start-up calls in this process and
in the child processes it starts. The raw
client is always a ``QLocalSocket`` and the fast path always a plain socket,
so each side is also checked against the other kind.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from coach.platform.instance import posix
from coach.platform.instance.address import server_address, server_name
from coach.platform.instance.client import forward
from coach.platform.instance.protocol import (
    ANSWER_TIMEOUT_S,
    MAX_LINE_BYTES,
    Request,
    encode_request,
)
from coach.platform.instance.server import InstanceGuard
from coach.platform.instance.startup import Unanswered, start_or_forward
from coach.platform.instance.transport import Transport, default_transport

ROOT = Path(__file__).resolve().parents[2]
NAME = "cc"  # short, so the socket path stays within the Unix limit
WAIT_MS = 10_000
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets and signals")
BACKENDS = ["qt"] if sys.platform == "win32" else ["posix", "qt"]

# Child processes pass the transport of the test on to what they call.
USE_BACKEND = """
import os
from coach.platform.instance.transport import Transport
transport = Transport(os.environ["CC_TEST_BACKEND"])
"""

FORWARDER = USE_BACKEND + """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from coach.platform.instance.client import forward
from coach.platform.instance.protocol import Request
name, folder, cmd, args = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
ok = forward(Request(cmd, args), name=name, folder=Path(folder), timeout_ms=5000,
             transport=transport)
assert QCoreApplication.instance() is None, "forward() must not need an application"
sys.exit(0 if ok else 3)
"""

FAST_FORWARDER = """
import json, sys
from pathlib import Path
from coach.platform.instance.fast_client import Answer, fast_forward
from coach.platform.instance.protocol import Request
name, folder, cmd, args = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
result = fast_forward(Request(cmd, args), name=name or None,
                      folder=Path(folder) if folder else None)
assert not any(m.startswith("PySide6") for m in sys.modules), "the fast path must not load Qt"
sys.exit({Answer.ACCEPTED: 0, Answer.REFUSED: 4, None: 5, Answer.SILENT: 6}[result])
"""

STARTER = USE_BACKEND + """
import argparse, sys
from pathlib import Path
from coach.platform.instance.server import InstanceGuard
from coach.platform.instance.startup import Unanswered, start_or_forward
name, folder, timeout = sys.argv[1], sys.argv[2], int(sys.argv[3])
args = argparse.Namespace(cramp="--cramp" in sys.argv, routine=None,
                          background="--background" in sys.argv)
result = start_or_forward(args, name=name, folder=Path(folder), timeout_ms=timeout,
                          transport=transport)
if isinstance(result, Unanswered):
    print(result.message(), file=sys.stderr)
    sys.exit(11)
sys.exit(10 if isinstance(result, InstanceGuard) else result)
"""

CRASHING_OWNER = """
import sys
from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtNetwork import QLocalServer
app = QCoreApplication([])
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
server = QLocalServer()
assert server.listen(sys.argv[2])
print("ready", flush=True)
sys.stdin.read()
"""


@pytest.fixture(autouse=True, params=BACKENDS)
def backend(request, monkeypatch) -> Transport:
    """The transport under test: passed to every guard, client and start-up call,
    here and (through the environment) in child processes."""
    monkeypatch.setenv("CC_TEST_BACKEND", request.param)
    return Transport(request.param)


posix_backend_only = pytest.mark.parametrize("backend", ["posix"], indirect=True)


@pytest.fixture
def folder() -> Path:
    return Path(os.environ["XDG_RUNTIME_DIR"])  # a fresh one per test (conftest)


@pytest.fixture
def guards(qapp, folder, backend):
    """Make guards for the test and release them all afterwards."""
    made: list[InstanceGuard] = []

    def make(**kwargs) -> InstanceGuard:
        guard = InstanceGuard(NAME, folder, transport=backend, **kwargs)
        made.append(guard)
        return guard

    yield make
    for guard in made:
        guard.release()


@pytest.fixture
def app_guard(guards) -> InstanceGuard:
    """The running instance."""
    guard = guards()
    assert guard.acquire()
    return guard


def _python(code: str, *argv: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    return subprocess.Popen([sys.executable, "-c", code, *argv], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **kwargs)


def _finish(qtbot, proc: subprocess.Popen) -> tuple[int, str]:
    """Serve events until the child exits; return its exit code and stderr."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=WAIT_MS)
    _out, err = proc.communicate()
    return proc.returncode, err


def _forward_in_child(folder: Path, cmd: str, args: dict | None = None) -> subprocess.Popen:
    return _python(FORWARDER, NAME, str(folder), cmd, json.dumps(args or {}))


class RawClient:
    """An asynchronous client, served by the test's own event loop."""

    def __init__(self, address: str) -> None:
        self.socket = QLocalSocket()
        self.received = bytearray()
        self.socket.readyRead.connect(self._read)
        self.socket.connectToServer(address)

    def _read(self) -> None:
        self.received.extend(self.socket.readAll().data())

    def send(self, data: bytes) -> None:
        self.socket.write(data)
        self.socket.flush()

    def reply(self, qtbot) -> dict:
        qtbot.waitUntil(lambda: b"\n" in self.received, timeout=WAIT_MS)
        return json.loads(bytes(self.received).split(b"\n")[0])

    def is_disconnected(self) -> bool:
        return self.socket.state() == QLocalSocket.LocalSocketState.UnconnectedState


@pytest.fixture
def raw_client():
    """Open raw clients; close them after the test."""
    made: list[RawClient] = []

    def make(address: str) -> RawClient:
        made.append(RawClient(address))
        return made[-1]

    yield make
    for client in made:
        client.socket.abort()


def _collect(guard: InstanceGuard) -> list[Request]:
    got: list[Request] = []
    guard.requestReceived.connect(got.append)
    return got


# -- naming ------------------------------------------------------------------


@pytest.mark.parametrize(("platform", "transport"), [
    ("linux", Transport.POSIX), ("darwin", Transport.POSIX), ("win32", Transport.QT)])
def test_windows_gets_named_pipes_and_unix_plain_sockets(platform, transport):
    assert default_transport(platform) is transport


def test_names_are_per_user_and_private(folder):
    assert str(os.getuid() if hasattr(os, "getuid") else "") in server_name()
    if sys.platform != "win32":
        assert server_address(NAME, folder) == str(folder / f"{NAME}.sock")


def test_overlong_socket_path_falls_back_to_the_plain_name(tmp_path):
    deep = tmp_path / ("d" * 120)
    assert server_address(NAME, deep) == NAME


# -- who is the app ------------------------------------------------------------


def test_first_launch_becomes_the_app(app_guard, folder):
    assert app_guard.is_locked and app_guard.is_listening
    assert app_guard.owner_pid() == os.getpid()


def test_second_launch_does_not_become_a_second_app(app_guard, guards):
    second = guards()
    assert not second.acquire()
    assert not second.is_listening


def test_failed_second_guard_leaves_the_app_reachable(qtbot, app_guard, guards, folder):
    assert not guards().acquire()
    with qtbot.waitSignal(app_guard.requestReceived, timeout=WAIT_MS):
        proc = _forward_in_child(folder, "show")
    assert _finish(qtbot, proc)[0] == 0


def test_release_lets_the_next_launch_become_the_app(app_guard, guards):
    app_guard.release()
    assert not Path(app_guard.address).exists() or sys.platform == "win32"
    assert guards().acquire()


# -- forwarding ----------------------------------------------------------------


def test_cramp_is_forwarded_to_the_running_app(qtbot, app_guard, folder):
    with qtbot.waitSignal(app_guard.requestReceived, timeout=WAIT_MS) as blocker:
        proc = _forward_in_child(folder, "cramp")
    assert blocker.args[0].cmd == "cramp"
    code, err = _finish(qtbot, proc)
    assert code == 0, err


def test_routine_is_forwarded_with_its_id(qtbot, app_guard, folder):
    with qtbot.waitSignal(app_guard.requestReceived, timeout=WAIT_MS) as blocker:
        proc = _forward_in_child(folder, "routine", {"id": "evening-stretch"})
    assert blocker.args[0] == Request("routine", {"id": "evening-stretch"})
    assert _finish(qtbot, proc)[0] == 0


def test_snooze_is_forwarded_with_its_minutes(qtbot, app_guard, folder):
    with qtbot.waitSignal(app_guard.requestReceived, timeout=WAIT_MS) as blocker:
        proc = _forward_in_child(folder, "snooze", {"minutes": 10})
    assert blocker.args[0].args["minutes"] == 10
    assert _finish(qtbot, proc)[0] == 0


def test_forward_with_nobody_listening_returns_false(folder, backend):
    assert forward(Request("show"), name=NAME, folder=folder, timeout_ms=500,
                   transport=backend) is False


@posix_only
def test_forward_to_a_dead_socket_returns_false(folder, backend):
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(server_address(NAME, folder))
    dead.close()  # the file stays, as after a crash
    assert forward(Request("cramp"), name=NAME, folder=folder, timeout_ms=500,
                   transport=backend) is False


# -- what the running app refuses ---------------------------------------------------


@pytest.mark.expected_log("coach.platform.instance.server",
                          match=r"refused a request .*: unknown command")
def test_invalid_message_gets_an_error_and_no_action(qtbot, app_guard, raw_client):
    got = _collect(app_guard)
    client = raw_client(app_guard.address)
    client.send(b'{"v": 2, "cmd": "format-disk"}\n')
    assert client.reply(qtbot) == {"v": 2, "ok": False, "error": "unknown command 'format-disk'"}
    assert got == []


@pytest.mark.expected_log("coach.platform.instance.server",
                          match=r"refused a request .*: newer protocol version")
def test_newer_protocol_is_refused_with_a_clear_message(qtbot, app_guard, raw_client):
    got = _collect(app_guard)
    client = raw_client(app_guard.address)
    client.send(b'{"v": 3, "cmd": "cramp"}\n')
    reply = client.reply(qtbot)
    assert reply["ok"] is False
    assert "newer protocol version 3" in reply["error"]
    assert got == []


def test_message_in_pieces_is_reassembled(qtbot, app_guard, raw_client):
    got = _collect(app_guard)
    client = raw_client(app_guard.address)
    line = encode_request(Request("routine", {"id": "morning"}))
    client.send(line[:7])
    qtbot.waitUntil(lambda: client.socket.bytesToWrite() == 0, timeout=WAIT_MS)
    client.send(line[7:])
    assert client.reply(qtbot) == {"v": 2, "ok": True}
    assert got == [Request("routine", {"id": "morning"})]


def test_two_requests_on_one_connection_both_count(qtbot, app_guard, raw_client):
    got = _collect(app_guard)
    client = raw_client(app_guard.address)
    client.send(encode_request(Request("show")) + encode_request(Request("cramp")))
    qtbot.waitUntil(lambda: client.received.count(b"\n") == 2, timeout=WAIT_MS)
    assert [r.cmd for r in got] == ["show", "cramp"]


@pytest.mark.expected_log("coach.platform.instance.connection",
                          match=r"refused a request .*: longer than 4096 bytes")
def test_endless_message_is_cut_off(qtbot, app_guard, raw_client):
    got = _collect(app_guard)
    client = raw_client(app_guard.address)
    client.send(b"x" * (MAX_LINE_BYTES + 100))
    reply = client.reply(qtbot)
    assert reply["ok"] is False and "longer than 4096 bytes" in reply["error"]
    qtbot.waitUntil(client.is_disconnected, timeout=WAIT_MS)
    assert got == []


def test_client_leaving_mid_message_does_not_disturb_the_app(qtbot, app_guard, folder, raw_client):
    got = _collect(app_guard)
    quitter = raw_client(app_guard.address)
    quitter.send(b'{"v": 2, "cmd": "cr')
    qtbot.waitUntil(lambda: quitter.socket.bytesToWrite() == 0, timeout=WAIT_MS)
    quitter.socket.abort()
    proc = _forward_in_child(folder, "cramp")
    assert _finish(qtbot, proc)[0] == 0
    assert [r.cmd for r in got] == ["cramp"]


def test_silent_client_is_dropped(qtbot, guards, raw_client):
    guard = guards(idle_timeout_ms=50)
    assert guard.acquire()
    client = raw_client(guard.address)
    qtbot.waitUntil(client.is_disconnected, timeout=WAIT_MS)


def test_quit_is_confirmed_even_though_the_app_stops_serving(qtbot, app_guard, guards, raw_client):
    app_guard.requestReceived.connect(lambda request: app_guard.release())
    client = raw_client(app_guard.address)
    client.send(encode_request(Request("quit")))
    assert client.reply(qtbot) == {"v": 2, "ok": True}
    assert guards().acquire()


# -- after a crash -------------------------------------------------------------


@posix_only
def test_lock_and_socket_left_by_a_crash_are_cleaned_up(qtbot, guards, folder):
    guard = guards()
    owner = _python(CRASHING_OWNER, str(guard.lock_path), guard.address,
                    stdin=subprocess.PIPE)
    assert owner.stdout.readline().strip() == "ready"
    os.kill(owner.pid, signal.SIGKILL)
    owner.wait(timeout=10)
    owner.communicate()
    assert guard.lock_path.exists() and Path(guard.address).exists()

    assert guard.acquire()
    assert guard.owner_pid() == os.getpid()
    with qtbot.waitSignal(guard.requestReceived, timeout=WAIT_MS):
        proc = _forward_in_child(folder, "cramp")
    assert _finish(qtbot, proc)[0] == 0


@posix_only
def test_stale_socket_alone_is_cleaned_up(qtbot, guards, folder):
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(server_address(NAME, folder))
    dead.close()
    guard = guards()
    assert guard.acquire()
    with qtbot.waitSignal(guard.requestReceived, timeout=WAIT_MS):
        proc = _forward_in_child(folder, "show")
    assert _finish(qtbot, proc)[0] == 0


def test_empty_lock_file_from_a_crash_is_cleaned_up(guards):
    guard = guards()
    guard.lock_path.write_bytes(b"")
    an_hour_ago = time.time() - 3600
    os.utime(guard.lock_path, (an_hour_ago, an_hour_ago))
    assert guard.acquire()


def test_lock_file_being_written_right_now_is_respected(guards):
    guard = guards()
    guard.lock_path.write_bytes(b"")  # a starting instance has not written its PID yet
    assert not guard.acquire()


# -- the start-up decision (second process) ----------------------------------------


def test_second_launch_with_cramp_forwards_and_exits_0(qtbot, app_guard, folder):
    with qtbot.waitSignal(app_guard.requestReceived, timeout=WAIT_MS) as blocker:
        proc = _python(STARTER, NAME, str(folder), "5000", "--cramp")
    assert blocker.args[0].cmd == "cramp"
    code, err = _finish(qtbot, proc)
    assert code == 0, err


def test_autostart_while_running_shows_nothing_and_exits_0(qtbot, app_guard, folder):
    got = _collect(app_guard)
    proc = _python(STARTER, NAME, str(folder), "5000", "--background")
    assert _finish(qtbot, proc)[0] == 0
    assert got == []


def test_running_app_that_never_answers_is_reported(qtbot, guards, folder):
    stuck = guards()
    assert stuck.lock()  # holds the lock but never listens
    proc = _python(STARTER, NAME, str(folder), "300")
    code, err = _finish(qtbot, proc)
    assert code == 11, err  # Unanswered: the caller shows the cramp screen or a dialog
    assert f"Calf Coach is already running (process {os.getpid()}) but is not answering" in err


def test_first_launch_gets_the_guard(folder, backend):
    outcome = start_or_forward(argparse.Namespace(cramp=True, routine=None, background=False),
                               name=NAME, folder=folder, transport=backend)
    assert isinstance(outcome, InstanceGuard)
    try:
        assert outcome.is_locked
        assert not InstanceGuard(NAME, folder, transport=backend).lock()
    finally:
        outcome.release()


def test_bad_routine_id_is_reported_without_starting(folder, backend):
    err = io.StringIO()
    outcome = start_or_forward(argparse.Namespace(routine="Not An Id", background=False),
                               name=NAME, folder=folder, err=err, transport=backend)
    assert outcome == 2
    assert "routine id must be" in err.getvalue()
    assert not (folder / f"{NAME}.lock").exists()


# -- fast path without Qt (second launch) ----------------------------------------


@posix_only
def test_fast_path_reaches_the_app_without_loading_qt(qtbot, app_guard, folder):
    with qtbot.waitSignal(app_guard.requestReceived, timeout=WAIT_MS) as blocker:
        proc = _python(FAST_FORWARDER, NAME, str(folder), "routine",
                       json.dumps({"id": "evening-stretch"}))
    assert blocker.args[0] == Request("routine", {"id": "evening-stretch"})
    code, err = _finish(qtbot, proc)
    assert code == 0, err


@posix_only
def test_fast_path_finds_the_app_in_the_default_runtime_folder(qtbot, qapp, backend):
    guard = InstanceGuard(transport=backend)  # default name and folder, as the real app uses
    try:
        assert guard.acquire()
        with qtbot.waitSignal(guard.requestReceived, timeout=WAIT_MS) as blocker:
            proc = _python(FAST_FORWARDER, "", "", "cramp", "{}")
        assert blocker.args[0].cmd == "cramp"
        code, err = _finish(qtbot, proc)
        assert code == 0, err
    finally:
        guard.release()


# -- a copy that is frozen, and requests that come too late ------------------------


def test_request_whose_sender_stopped_waiting_is_not_carried_out(qtbot, app_guard, raw_client):
    got = _collect(app_guard)
    client = raw_client(app_guard.address)
    client.send(encode_request(Request("quit"), until=time.time() - 1))
    reply = client.reply(qtbot)
    assert reply["ok"] is False and "too late" in reply["error"]
    assert got == []


@posix_only
@posix_backend_only
def test_request_whose_sender_hung_up_is_not_carried_out(qtbot, app_guard, raw_client, caplog):
    """Covers a wall clock that jumped back: the sender is gone, whatever its deadline said."""
    caplog.set_level(logging.INFO, logger="coach.platform.instance")
    got = _collect(app_guard)
    client = raw_client(app_guard.address)
    qtbot.waitUntil(lambda: client.socket.state()
                    == QLocalSocket.LocalSocketState.ConnectedState, timeout=WAIT_MS)
    client.send(encode_request(Request("quit"), until=time.time() + 3600))
    client.socket.abort()  # before this (blocked) event loop got to read it
    qtbot.waitUntil(lambda: "has hung up" in caplog.text, timeout=WAIT_MS)
    assert got == []


def test_the_sender_has_its_answer_before_the_app_acts(qtbot, app_guard, raw_client):
    """Building a screen can outlast the sender's wait on a busy machine: answer first."""
    answered_before: list[bool] = []
    client = raw_client(app_guard.address)
    app_guard.requestReceived.connect(
        lambda request: answered_before.append(client.socket.waitForReadyRead(WAIT_MS)))
    client.send(encode_request(Request("cramp")))
    assert client.reply(qtbot) == {"v": 2, "ok": True}
    assert answered_before == [True]


@pytest.fixture
def frozen(guards, folder):
    """A copy that holds the lock and whose socket takes connections but never answers."""
    stuck = guards()
    assert stuck.lock()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(stuck.address)
    listener.listen(8)
    listener.setblocking(False)
    yield listener
    listener.close()


def _cramp_args() -> argparse.Namespace:
    return argparse.Namespace(cramp=True, routine=None, background=False)


@posix_only
@pytest.mark.expected_log("coach.platform.instance.startup",
                          match=r"took 'cramp' but did not answer")
def test_a_copy_that_takes_the_request_but_never_answers_is_unanswered(frozen, folder, backend):
    sent = time.time()
    outcome = start_or_forward(_cramp_args(), name=NAME, folder=folder, transport=backend)
    assert isinstance(outcome, Unanswered)
    assert outcome.pid == os.getpid()
    assert "not answering" in outcome.message()
    conn, _ = frozen.accept()  # the request did reach it, with the sender's deadline
    with conn:
        line = conn.recv(MAX_LINE_BYTES)
    # as long as it waited, no longer: acting on it later would surprise the user
    assert sent < json.loads(line)["until"] <= sent + ANSWER_TIMEOUT_S + 0.01


@posix_only
def test_after_the_fast_path_heard_nothing_the_full_path_does_not_wait_again(
        frozen, folder, backend):
    outcome = start_or_forward(_cramp_args(), name=NAME, folder=folder, known_silent=True,
                               transport=backend)
    assert isinstance(outcome, Unanswered)
    with pytest.raises(BlockingIOError):
        frozen.accept()  # nothing was sent


@posix_only
def test_fast_path_calls_a_copy_that_never_answers_silent(frozen, folder):
    result = _python(FAST_FORWARDER, NAME, str(folder), "cramp", "{}")
    _out, err = result.communicate(timeout=60)
    assert result.returncode == 6, err  # Answer.SILENT


# -- the socket itself ------------------------------------------------------------


@posix_only
def test_socket_file_is_for_this_user_only(app_guard):
    mode = os.stat(app_guard.address).st_mode
    assert mode & 0o077 == 0, oct(mode)


def test_client_that_leaves_before_its_reply_does_not_disturb_the_app(
        qtbot, app_guard, folder, raw_client):
    got = _collect(app_guard)
    leaver = raw_client(app_guard.address)
    qtbot.waitUntil(lambda: leaver.socket.state()
                    == QLocalSocket.LocalSocketState.ConnectedState, timeout=WAIT_MS)
    leaver.send(encode_request(Request("show")))
    qtbot.waitUntil(lambda: leaver.socket.bytesToWrite() == 0, timeout=WAIT_MS)
    leaver.socket.abort()  # its reply has nowhere to go (carried out or not: a race)
    proc = _forward_in_child(folder, "cramp")
    assert _finish(qtbot, proc)[0] == 0
    assert [r.cmd for r in got][-1:] == ["cramp"]


@pytest.fixture
def short_tmpdir(monkeypatch):
    """A short TMPDIR, where Qt (and so both backends) put sockets with plain names."""
    path = tempfile.mkdtemp(prefix="cc-")
    monkeypatch.setenv("TMPDIR", path)
    yield Path(path)
    shutil.rmtree(path, ignore_errors=True)


@posix_only
def test_plain_name_for_an_overlong_folder_is_served_from_the_temp_folder(
        qtbot, guards, folder, short_tmpdir, raw_client, backend):
    deep = folder / ("d" * 120)
    guard = InstanceGuard(NAME, deep, transport=backend)
    try:
        assert guard.acquire()
        assert guard.address == NAME
        assert (short_tmpdir / NAME).exists()
        with qtbot.waitSignal(guard.requestReceived, timeout=WAIT_MS):
            proc = _forward_in_child(deep, "show")
        assert _finish(qtbot, proc)[0] == 0
        client = raw_client(NAME)  # a QLocalSocket finds it by the plain name too
        client.send(encode_request(Request("cramp")))
        assert client.reply(qtbot) == {"v": 2, "ok": True}
    finally:
        guard.release()
    assert not (short_tmpdir / NAME).exists()


@posix_only
@posix_backend_only
def test_release_keeps_a_socket_file_that_is_no_longer_ours(app_guard):
    Path(app_guard.address).unlink()  # e.g. someone cleaned the folder ...
    other = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    other.bind(app_guard.address)  # ... and something else listens there now
    try:
        app_guard.release()
        assert Path(app_guard.address).exists()
    finally:
        other.close()


@posix_only
@posix_backend_only
def test_failing_accept_is_retried_later(qtbot, app_guard, raw_client, monkeypatch, caplog):
    accept = socket.socket.accept
    failures = []

    def out_of_descriptors(sock):
        if not failures:
            failures.append(sock)
            raise OSError(24, "Too many open files")
        return accept(sock)

    monkeypatch.setattr(posix, "ACCEPT_RETRY_MS", 10)
    monkeypatch.setattr(socket.socket, "accept", out_of_descriptors)
    got = _collect(app_guard)
    client = raw_client(app_guard.address)
    client.send(encode_request(Request("cramp")))
    assert client.reply(qtbot) == {"v": 2, "ok": True}
    assert failures and [r.cmd for r in got] == ["cramp"]
    assert "trying again in 10 ms" in caplog.text


# -- what the POSIX path costs -------------------------------------------------------

NO_QTNETWORK = USE_BACKEND + textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from coach.platform.instance.client import forward
    from coach.platform.instance.protocol import Request
    from coach.platform.instance.server import InstanceGuard

    app = QCoreApplication([])
    folder = Path(sys.argv[1])
    guard = InstanceGuard("cc", folder, transport=transport)
    assert guard.acquire() and guard.is_listening
    got, results = [], []
    guard.requestReceived.connect(got.append)

    def client():
        results.append(forward(Request("cramp"), name="cc", folder=folder, timeout_ms=5000,
                               transport=transport))

    thread = threading.Thread(target=client)
    thread.start()
    poll = QTimer()
    poll.timeout.connect(lambda: results and app.quit())
    poll.start(5)
    QTimer.singleShot(10_000, app.quit)  # never hang the suite
    app.exec()
    thread.join()
    guard.release()
    assert results == [True] and [r.cmd for r in got] == ["cramp"], (results, got)
    assert "PySide6.QtNetwork" not in sys.modules, "the POSIX path loaded QtNetwork"
    print("ok")
""")


@posix_only
@posix_backend_only
def test_posix_path_never_imports_qtnetwork(folder, monkeypatch):
    """Server and client both: QtNetwork costs 3 MB and 15 ms at start-up."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    proc = _python(NO_QTNETWORK, str(folder))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.strip() == "ok"


def test_quit_with_nothing_running_says_so_and_succeeds(folder, backend):
    out = io.StringIO()
    outcome = start_or_forward(argparse.Namespace(quit=True, cramp=False, routine=None,
                                                  background=False),
                               name=NAME, folder=folder, out=out, transport=backend)
    assert outcome == 0
    assert out.getvalue() == "Calf Coach was not running; there was nothing to quit.\n"
    again = InstanceGuard(NAME, folder, transport=backend)
    assert again.lock()  # and nothing was left holding the lock
    again.release()

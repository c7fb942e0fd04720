"""Desktop notifications over D-Bus: harmless without a bus, and right against a strict server.

The end-to-end tests start a private dbus-daemon (no activatable services, so
nothing installed on the machine joins in) with ``tools/fake_notification_server.py``
on it, and drive a real ``DesktopNotifier`` in this process against it.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from coach.platform import notifications
from coach.platform.notifications import DesktopNotifier

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "tools" / "fake_notification_server.py"
ACTIONS = [("start", "Start"), ("snooze", "Snooze 10 min"), ("skip", "Skip tonight")]

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def test_without_a_session_bus_nothing_is_available_and_nothing_raises(qapp, monkeypatch,
                                                                      caplog):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    caplog.set_level(logging.INFO, logger=notifications.__name__)
    notifier = DesktopNotifier()
    for _ in range(3):
        assert notifier.available() is False
        assert notifier.notify("evening@2025-03-14", "Time", "Body", ACTIONS) is False
        notifier.close("evening@2025-03-14")
    assert notifier.supports_actions is False
    assert len([r for r in caplog.records if r.name == notifications.__name__]) == 1


def test_a_bad_bus_address_is_the_same(qapp, caplog):
    caplog.set_level(logging.INFO, logger=notifications.__name__)
    notifier = DesktopNotifier(bus_address="unix:path=/nonexistent/bus")
    assert notifier.available() is False
    assert notifier.available() is False
    assert len([r for r in caplog.records if r.name == notifications.__name__]) == 1


# ----- against the strict fake server on a private bus ------------------------------

class Lines:
    """JSON lines from the server, read in a thread so a hung server fails instead of hangs."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self._queue: queue.Queue[dict] = queue.Queue()
        threading.Thread(target=self._pump, args=(proc,), daemon=True).start()

    def _pump(self, proc: subprocess.Popen) -> None:
        for line in proc.stdout:
            self._queue.put(json.loads(line))

    def next(self, event: str, timeout: float = 20.0) -> dict:
        """The next line of kind ``event`` (other kinds before it are skipped)."""
        while True:
            item = self._queue.get(timeout=timeout)
            if item["event"] == event:
                return item


class Server:
    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc = proc
        self.lines = Lines(proc)

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()


@pytest.fixture
def private_bus(tmp_path):
    """A dbus-daemon of our own; yields its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG)
    bus = subprocess.Popen([daemon, f"--config-file={config}", "--nofork", "--print-address"],
                           stdout=subprocess.PIPE, text=True)
    try:
        address = bus.stdout.readline().strip()
        assert address, "dbus-daemon did not start"
        yield address
    finally:
        bus.terminate()
        bus.wait(timeout=10)


@pytest.fixture
def start_server(private_bus):
    """Start the fake notification server (with extra options) on the private bus."""
    started: list[subprocess.Popen] = []

    def _start(*options: str) -> Server:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_bus,
               "QT_LOGGING_RULES": "qt.*=false", "QT_QPA_PLATFORM": "offscreen"}
        proc = subprocess.Popen([sys.executable, str(SERVER), *options], env=env, text=True,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        started.append(proc)
        server = Server(proc)
        server.lines.next("ready")
        return server

    yield _start
    for proc in started:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)


def test_the_fake_server_is_as_strict_as_real_ones(qapp, private_bus, start_server):
    """A plain message (Python int -> 'i') is refused, so the tests below mean something."""
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    start_server()
    bus = QDBusConnection.connectToBus(private_bus, "strictness-check")
    message = QDBusMessage.createMethodCall(notifications.SERVICE, notifications.PATH,
                                            notifications.INTERFACE, "Notify")
    message.setArguments(["x", 0, "", "s", "b", ["a", "b"], {"a": "b"}, 0])
    reply = bus.call(message, QDBus.CallMode.Block, 5000)
    assert reply.type() == QDBusMessage.MessageType.ErrorMessage


def test_notify_reaches_the_server_typed_with_the_three_buttons(qapp, private_bus,
                                                                start_server):
    server = start_server()
    notifier = DesktopNotifier(bus_address=private_bus)
    assert notifier.available()
    assert notifier.supports_actions
    assert notifier.notify("evening@2025-03-14", "Time for your evening stretch",
                           "Wall & <calf> stretch", ACTIONS)
    sent = server.lines.next("Notify")
    assert sent["app_name"] == "Calf Coach"
    assert sent["replaces_id"] == 0
    assert sent["summary"] == "Time for your evening stretch"
    assert sent["body"] == "Wall &amp; &lt;calf&gt; stretch"
    assert sent["actions"] == ["start", "Start", "snooze", "Snooze 10 min",
                               "skip", "Skip tonight"]
    assert sent["hints"] == {"desktop-entry": "calf-coach"}
    assert sent["expire_timeout"] == 0
    icon = Path(sent["app_icon"])
    assert icon.is_absolute() and icon.is_file()

    # The same key again replaces the notification in place (a uint32 replaces_id).
    assert notifier.notify("evening@2025-03-14", "Time for your evening stretch", "Again",
                           ACTIONS)
    again = server.lines.next("Notify")
    assert again["replaces_id"] == sent["id"]
    assert again["id"] == sent["id"]


def test_a_button_press_on_the_server_reaches_action_invoked(qapp, qtbot, private_bus,
                                                             start_server):
    server = start_server()
    notifier = DesktopNotifier(bus_address=private_bus)
    assert notifier.notify("evening@2025-03-14", "Time", "Body", ACTIONS)
    nid = server.lines.next("Notify")["id"]
    closed: list[tuple] = []
    notifier.closed.connect(lambda key, reason: closed.append((key, reason)))
    with qtbot.waitSignal(notifier.actionInvoked, timeout=10000) as blocker:
        server.send(f"invoke {nid} snooze")
    assert blocker.args == ["evening@2025-03-14", "snooze"]
    # The server closes the notification after the action ("dismissed"); that is no
    # second answer. A marker notification shows that the close has been processed.
    assert notifier.notify("marker", "Marker", "", ACTIONS)
    marker = server.lines.next("Notify")["id"]
    with qtbot.waitSignal(notifier.closed, timeout=10000):
        server.send(f"close {marker} 1")
    assert closed == [("marker", 1)]
    assert not notifier.is_showing("evening@2025-03-14")


def test_other_applications_actions_are_ignored(qapp, qtbot, private_bus, start_server):
    server = start_server()
    notifier = DesktopNotifier(bus_address=private_bus)
    assert notifier.notify("evening@2025-03-14", "Time", "Body", ACTIONS)
    nid = server.lines.next("Notify")["id"]
    with qtbot.waitSignal(notifier.actionInvoked, timeout=10000) as blocker:
        server.send(f"invoke {nid + 100} start")  # not ours
        server.send(f"invoke {nid} skip")
    assert blocker.args == ["evening@2025-03-14", "skip"]


def test_expiry_is_reported_and_close_reaches_the_server(qapp, qtbot, private_bus,
                                                         start_server):
    server = start_server()
    notifier = DesktopNotifier(bus_address=private_bus)
    assert notifier.notify("a", "Time", "Body", ACTIONS)
    first = server.lines.next("Notify")["id"]
    with qtbot.waitSignal(notifier.closed, timeout=10000) as blocker:
        server.send(f"close {first} 1")
    assert blocker.args == ["a", 1]

    assert notifier.notify("b", "Time", "Body", ACTIONS)
    second = server.lines.next("Notify")["id"]
    assert notifier.is_showing("b")
    notifier.close("b")
    assert server.lines.next("CloseNotification")["id"] == second
    assert not notifier.is_showing("b")


def test_a_server_without_buttons_says_so(qapp, private_bus, start_server):
    start_server("--no-actions")
    notifier = DesktopNotifier(bus_address=private_bus)
    assert notifier.available()
    assert not notifier.supports_actions


def test_no_server_on_the_bus_then_one_arrives(qapp, private_bus, start_server):
    notifier = DesktopNotifier(bus_address=private_bus)
    assert notifier.available() is False
    assert notifier.notify("a", "Time", "Body", ACTIONS) is False
    start_server()
    assert notifier.available() is True  # checked afresh: servers start after us at login


def test_the_server_going_away_makes_it_unavailable(qapp, private_bus, start_server):
    server = start_server()
    notifier = DesktopNotifier(bus_address=private_bus)
    assert notifier.available()
    server.send("quit")
    assert server.proc.wait(timeout=10) == 0
    assert notifier.available() is False
    assert notifier.notify("a", "Time", "Body", ACTIONS) is False


def test_the_whole_chain_against_the_server(qapp, qtbot, private_bus, start_server):
    """ReminderDelivery + DesktopNotifier: a notification, and its button as an answer."""
    from datetime import date, datetime, timedelta, timezone
    from types import SimpleNamespace

    from coach.ui.reminder_delivery import ReminderDelivery

    server = start_server()
    delivery = ReminderDelivery(
        DesktopNotifier(bus_address=private_bus), None,
        describe=lambda o: ("Evening stretch", "Evening stretch before bed"))
    occurrence = SimpleNamespace(reminder_id="evening", local_date=date(2025, 3, 14),
                                 due=datetime(2025, 3, 14, 21, 30,
                                              tzinfo=timezone(timedelta(hours=1))),
                                 key="evening@2025-03-14")
    assert delivery.deliver(occurrence) == "notification"
    sent = server.lines.next("Notify")
    assert sent["summary"] == "Time for your evening stretch"
    assert [a for a in sent["actions"][::2] if a != "default"] == ["start", "snooze", "skip"]
    with qtbot.waitSignal(delivery.skipRequested, timeout=10000) as blocker:
        server.send(f"invoke {sent['id']} skip")
    assert blocker.args == [occurrence]
    assert delivery.window is None


def test_typed_calls_do_not_depend_on_the_servers_introspection(qapp, private_bus,
                                                                start_server):
    """GDBus servers (GNOME Shell, dunst) describe ``hints`` as a bare a{sv}, which QtDBus
    cannot type; the notifier must still send a correctly typed Notify."""
    server = start_server("--plain-introspection")
    notifier = DesktopNotifier(bus_address=private_bus)
    assert notifier.available()
    notifier.notify("evening@2025-03-14", "Time", "Body", ACTIONS)  # the fake cannot answer
    assert server.lines.next("Notify")["signature"] == "susssasa{sv}i"


# ----- against a real server, where one is installed (dunst under Xvfb) --------------

DUNSTRC = """[global]
    dmenu = /usr/bin/grep -m1 Snooze
"""


@pytest.fixture
def dunst(tmp_path, private_bus, qtbot):
    """dunst on its own X display and the private bus; yields the env for dunstctl."""
    tools = [shutil.which(name) for name in ("dunst", "dunstctl", "Xvfb", "grep")]
    if not all(tools):
        pytest.skip("dunst, dunstctl or Xvfb is not installed")
    dunst_bin, _, xvfb_bin, _ = tools
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen([xvfb_bin, "-displayfd", str(write_fd), "-screen", "0",
                             "1024x768x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    daemon = None
    try:
        with os.fdopen(read_fd) as displays:
            number = displays.readline().strip()  # Xvfb picks a free display itself
        assert number, "Xvfb did not start"
        env = {**os.environ, "DISPLAY": f":{number}", "DBUS_SESSION_BUS_ADDRESS": private_bus}
        rc = tmp_path / "dunstrc"
        rc.write_text(DUNSTRC)
        daemon = subprocess.Popen([dunst_bin, "-config", str(rc)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        yield env
    finally:
        for proc in (daemon, xvfb):
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=10)


def test_a_real_gdbus_server_accepts_the_notification_and_reports_buttons(qapp, qtbot, dunst,
                                                                          private_bus):
    notifier = DesktopNotifier(bus_address=private_bus)
    qtbot.waitUntil(notifier.available, timeout=15000)
    assert notifier.supports_actions
    actions = [("default", "Open"), *ACTIONS]
    assert notifier.notify("evening@2025-03-14", "Time for your evening stretch",
                           "Evening stretch before bed", actions)
    first = notifier._ids["evening@2025-03-14"]
    assert notifier.notify("evening@2025-03-14", "Time for your evening stretch",
                           "Evening stretch before bed", actions)
    assert notifier._ids["evening@2025-03-14"] == first  # replaced in place

    def ctl(*args: str) -> str:
        return subprocess.run(["dunstctl", *args], env=dunst, check=True, timeout=10,
                              capture_output=True, text=True).stdout

    def on_screen(count: int) -> None:
        """dunst shows a new notification on its next turn; wait for it to be up."""
        qtbot.waitUntil(lambda: ctl("count", "displayed").strip() == str(count), timeout=10000)

    on_screen(1)
    with qtbot.waitSignal(notifier.actionInvoked, timeout=10000) as blocker:
        ctl("context")  # the context menu "dmenu" picks "Snooze 10 min"
    assert blocker.args == ["evening@2025-03-14", "snooze"]

    assert notifier.notify("second", "Time", "Body", actions)
    on_screen(1)
    with qtbot.waitSignal(notifier.actionInvoked, timeout=10000) as blocker:
        ctl("action", "0")  # a click on the notification
    assert blocker.args == ["second", "default"]

    assert notifier.notify("third", "Time", "Body", actions)
    on_screen(1)
    with qtbot.waitSignal(notifier.closed, timeout=10000) as blocker:
        ctl("close")
    assert blocker.args == ["third", 2]


def _chain(private_bus, **kwargs):
    from datetime import date, datetime, timedelta, timezone
    from types import SimpleNamespace

    from coach.ui.reminder_delivery import ReminderDelivery

    delivery = ReminderDelivery(
        DesktopNotifier(bus_address=private_bus, **kwargs), None,
        describe=lambda o: ("Evening stretch", "Evening stretch before bed"))
    occurrence = SimpleNamespace(reminder_id="evening", local_date=date(2025, 3, 14),
                                 due=datetime(2025, 3, 14, 21, 30,
                                              tzinfo=timezone(timedelta(hours=1))),
                                 key="evening@2025-03-14")
    answers: list[str] = []
    delivery.startRequested.connect(lambda _o: answers.append("start"))
    delivery.snoozeRequested.connect(lambda _o, _m: answers.append("snooze"))
    delivery.skipRequested.connect(lambda _o: answers.append("skip"))
    delivery.dismissed.connect(lambda _o: answers.append("dismissed"))
    return delivery, occurrence, answers


def test_a_click_on_the_body_opens_our_window_and_is_no_answer(qapp, qtbot, private_bus,
                                                               start_server):
    server = start_server()
    delivery, occurrence, answers = _chain(private_bus, dismiss_grace_ms=0)
    assert delivery.deliver(occurrence) == "notification"
    sent = server.lines.next("Notify")
    server.send(f"invoke {sent['id']} default")  # then "closed, dismissed", like GNOME
    qtbot.waitUntil(lambda: delivery.window is not None and delivery.window.isVisible(),
                    timeout=10000)
    qtbot.wait(50)  # let the server's close after the click arrive too (a 0 ms grace)
    assert answers == []  # not snoozed, not dismissed: the window asks
    delivery.window.dismiss()


def test_a_body_click_reported_as_closed_first_still_opens_the_window(qapp, qtbot):
    """Servers differ in order: "closed (dismissed)" then "default" is still a click."""
    notifier = DesktopNotifier(bus_address="unix:path=/nonexistent/bus", dismiss_grace_ms=0)
    notifier._ids["k"], notifier._keys[7] = 7, "k"  # as if notify() had shown it as id 7
    seen: list[tuple] = []
    notifier.actionInvoked.connect(lambda key, action: seen.append(("action", key, action)))
    notifier.closed.connect(lambda key, reason: seen.append(("closed", key, reason)))
    notifier._on_closed(7, notifications.CLOSED_DISMISSED)
    notifier._on_action_invoked(7, "default")
    qtbot.wait(20)
    assert seen == [("action", "k", "default")]


def test_dismissing_the_notification_is_reported_as_dismissed(qapp, qtbot, private_bus,
                                                              start_server):
    server = start_server()
    delivery, occurrence, answers = _chain(private_bus, dismiss_grace_ms=0)
    delivery.deliver(occurrence)
    sent = server.lines.next("Notify")
    with qtbot.waitSignal(delivery.dismissed, timeout=10000):
        server.send(f"close {sent['id']} 2")
    assert answers == ["dismissed"]
    assert delivery.window is None  # nothing else pops up


def test_a_server_without_buttons_gets_words_that_say_how_to_act(qapp, private_bus,
                                                                 start_server):
    server = start_server("--no-actions")
    delivery, occurrence, _answers = _chain(private_bus)
    assert delivery.deliver(occurrence) == "window"
    sent = server.lines.next("Notify")
    assert sent["actions"] == []
    assert sent["body"].endswith("Open Calf Coach to start.")
    assert delivery.window.isVisible()  # the window is where the user answers
    delivery.withdraw(occurrence)
    assert server.lines.next("CloseNotification")["id"] == sent["id"]

"""A small, strict ``org.freedesktop.Notifications`` server for tests and development.

Run it on a session bus, best a private one
(``dbus-run-session -- python3 tools/fake_notification_server.py``), and it prints
one JSON line per event on stdout, starting with ``{"event": "ready"}``.
It reads commands from stdin, one a line, to play the user's part:

    invoke ID ACTION    emit ActionInvoked(ID, ACTION), then NotificationClosed(ID, 2) like GNOME
    close ID REASON     emit NotificationClosed(ID, REASON) (1 expired, 2 dismissed, ...)
    quit

Why it is strict: QtDBus only dispatches a call to a slot whose types match the
message signature exactly, so a client that sends ``replaces_id`` as ``i`` instead
of ``u`` gets the same InvalidArgs-style error GNOME, KDE and dunst would give.
Its signals are typed ``uint`` for the same reason: a client must receive ``us``.

Options: ``--no-actions`` leaves "actions" out of the capabilities (like notify-osd),
``--markup`` advertises "body-markup". ``--plain-introspection`` plays a GDBus server
(GNOME Shell, dunst): its introspection has no Qt type annotations, so QtDBus
cannot type ``hints`` from it; it only records calls and their signatures, and
answers Notify with an error (PySide6 cannot build the ``u`` reply), and does not
take commands.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusArgument, QDBusConnection, QDBusMessage, QDBusVirtualObject

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


@ClassInfo({"D-Bus Interface": SERVICE})
class NotificationServer(QObject):
    """The freedesktop interface, exported slot by slot with exact D-Bus types."""

    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, capabilities: list[str]) -> None:
        super().__init__()
        self.capabilities = capabilities
        self.last_id = 0
        self.open: set[int] = set()

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        emit("GetCapabilities")
        return self.capabilities

    @Slot(result=str)
    def GetServerInformation(self) -> str:
        return "fake-notification-server"

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name: str, replaces_id: int, app_icon: str, summary: str,
               body: str, actions: list[str], hints: dict, expire_timeout: int) -> int:
        if replaces_id and replaces_id in self.open:
            nid = replaces_id
        else:
            self.last_id += 1
            nid = self.last_id
        self.open.add(nid)
        emit("Notify", id=nid, app_name=app_name, replaces_id=replaces_id, app_icon=app_icon,
             summary=summary, body=body, actions=list(actions),
             hints={k: str(v) for k, v in hints.items()}, expire_timeout=expire_timeout)
        return nid

    @Slot("uint")
    def CloseNotification(self, nid: int) -> None:
        emit("CloseNotification", id=nid)
        if nid in self.open:
            self.open.discard(nid)
            self.NotificationClosed.emit(nid, 3)

    def command(self, line: str) -> bool:
        """Act on one stdin command; False means quit."""
        parts = line.split()
        if parts[:1] == ["quit"]:
            return False
        if parts[0] == "invoke" and len(parts) == 3:
            nid = int(parts[1])
            self.ActionInvoked.emit(nid, parts[2])
            self.open.discard(nid)
            self.NotificationClosed.emit(nid, 2)
        elif parts[0] == "close" and len(parts) == 3:
            nid = int(parts[1])
            self.open.discard(nid)
            self.NotificationClosed.emit(nid, int(parts[2]))
        emit("done", command=line.strip())
        return True


PLAIN_XML = """  <interface name="org.freedesktop.Notifications">
    <method name="GetCapabilities"><arg type="as" name="capabilities" direction="out"/></method>
    <method name="Notify">
      <arg type="s" name="app_name" direction="in"/>
      <arg type="u" name="replaces_id" direction="in"/>
      <arg type="s" name="app_icon" direction="in"/>
      <arg type="s" name="summary" direction="in"/>
      <arg type="s" name="body" direction="in"/>
      <arg type="as" name="actions" direction="in"/>
      <arg type="a{sv}" name="hints" direction="in"/>
      <arg type="i" name="expire_timeout" direction="in"/>
      <arg type="u" name="id" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" name="id" direction="in"/></method>
    <signal name="NotificationClosed">
      <arg type="u" name="id"/><arg type="u" name="reason"/>
    </signal>
    <signal name="ActionInvoked">
      <arg type="u" name="id"/><arg type="s" name="action_key"/>
    </signal>
  </interface>
"""
SIGNATURES = {"GetCapabilities": "", "Notify": "susssasa{sv}i", "CloseNotification": "u"}


class PlainNotificationServer(QDBusVirtualObject):
    """Like a GDBus server: bare introspection, strict signatures (see the module doc)."""

    def __init__(self, capabilities: list[str]) -> None:
        super().__init__()
        self.capabilities = capabilities

    def introspect(self, path: str) -> str:
        return PLAIN_XML

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        member, signature = message.member(), message.signature()
        emit(member, signature=signature)
        if message.interface() not in ("", SERVICE) or SIGNATURES.get(member) != signature:
            reply = message.createErrorReply("org.freedesktop.DBus.Error.InvalidArgs",
                                             f"bad call {member}({signature})")
        elif member == "GetCapabilities":
            capabilities = QDBusArgument()
            capabilities << self.capabilities  # a QStringList: "as" (a bare list is "av")
            reply = message.createReply([capabilities])
        else:
            reply = message.createErrorReply("org.freedesktop.DBus.Error.NotSupported",
                                             "this fake only records calls")
        connection.send(reply)
        return True


class StdinLines(QObject):
    """Commands from stdin, read unbuffered: two lines arriving at once are both seen."""

    finished = Signal()

    def __init__(self, handle) -> None:
        super().__init__()
        self._handle = handle  # line -> False to stop
        self._pending = b""
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:
            self._stop()
            return
        self._pending += data
        while b"\n" in self._pending:
            line, self._pending = self._pending.split(b"\n", 1)
            if not self._handle(line.decode()):
                self._stop()
                return

    def _stop(self) -> None:
        self._notifier.setEnabled(False)
        self.finished.emit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-actions", action="store_true")
    parser.add_argument("--markup", action="store_true")
    parser.add_argument("--plain-introspection", action="store_true")
    args = parser.parse_args(argv)
    capabilities = ["body"] + ([] if args.no_actions else ["actions"])
    if args.markup:
        capabilities.append("body-markup")

    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    if args.plain_introspection:
        plain = PlainNotificationServer(capabilities)
        if not (bus.registerVirtualObject(PATH, plain) and bus.registerService(SERVICE)):
            emit("error", message=bus.lastError().message())
            return 1
        reader = StdinLines(lambda line: line.strip() != "quit")
        reader.finished.connect(app.quit)
        emit("ready")
        return app.exec()
    server = NotificationServer(capabilities)
    options = (QDBusConnection.RegisterOption.ExportAllSlots
               | QDBusConnection.RegisterOption.ExportAllSignals)
    if not (bus.registerObject(PATH, server, options) and bus.registerService(SERVICE)):
        emit("error", message=bus.lastError().message())
        return 1

    reader = StdinLines(lambda line: server.command(line))
    reader.finished.connect(app.quit)
    emit("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

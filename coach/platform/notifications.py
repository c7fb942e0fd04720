"""Desktop notifications with action buttons over ``org.freedesktop.Notifications``.

The first way a reminder reaches the user (DESIGN §5 "Delivery"): a notification
with "Start", "Snooze" and "Skip tonight" buttons, which works on GNOME even
without a tray. When there is no session bus, no notification server, or the
server cannot show actions, ``available()`` / ``notify()`` say so and the caller
falls back to its own window; nothing here ever raises.

How the ``uint32`` arguments get through: a Python int in a plain
``QDBusMessage`` goes out as ``i`` (or ``q`` inside a QDBusArgument), and GDBus
servers (GNOME Shell, dunst, xfce4-notifyd) reject ``Notify`` unless
``replaces_id`` is ``u``. So the typed calls go through a ``QDBusInterface``
with ``QMetaObject.invokeMethod`` and ``Q_ARG("uint", ...)``: Qt marshals each
argument by the type its meta-object declares. That meta-object normally comes
from the server's introspection, where GDBus servers declare ``hints`` as a bare
``a{sv}`` that QtDBus cannot type (it becomes an uncallable ``QDBusRawType``).
QtDBus caches one meta-object per interface name and connection, so we first
introspect our own typed copy of the interface (``_InterfaceShape``) on our
private connection: every later interface on that connection uses it. If a
future Qt stops doing that, ``Notify`` is not found with our signature, the
notifier says "unavailable", and the caller's own window takes over.

The ``urgency`` hint is left out: it must be a byte (``y``) and PySide6 has no
way to build one, while "normal", the level we want, is the default anyway.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import ClassInfo, QObject, Signal, Slot

from coach import APP_ID, APP_NAME
from coach.content.resources import asset_path

log = logging.getLogger(__name__)


def escape_markup(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities: the body markup servers understand.

    ``html.escape`` would do, but importing ``html`` loads its table of 2,200
    named entities, 90 kB that an app in the background keeps for nothing.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT_MS = 2000  # a stuck notification server must not freeze the app for long
ACTIVATION_TIMEOUT_MS = 5000  # starting a D-Bus-activated server (dunst, xfce4-notifyd) is slower
EXPIRE_NEVER = 0  # a reminder stays until the user acts on it
#: A "dismissed" close is reported this much later, so that a click on the body that a
#: server reports as "closed" first and "default" action second still counts as a click.
DISMISS_GRACE_MS = 400

CLOSED_EXPIRED, CLOSED_DISMISSED, CLOSED_BY_CALL, CLOSED_UNDEFINED = 1, 2, 3, 4

NOTIFY_SIGNATURE = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
SHAPE_PATH = "/org/calfcoach/NotificationsShape"

_names = itertools.count(1)


def icon_path() -> str:
    """The app icon as an absolute path, which every server accepts as ``app_icon``."""
    try:
        return str(asset_path("icons", "calf-coach.svg"))
    except ValueError:
        return APP_ID


@ClassInfo({"D-Bus Interface": INTERFACE})
class _InterfaceShape(QObject):
    """The freedesktop interface with Qt types, to give QtDBus a typed meta-object (see above).

    Exported only for the moment it takes to introspect it; never called.
    """

    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name: str, replaces_id: int, app_icon: str, summary: str,
               body: str, actions: list[str], hints: dict, expire_timeout: int) -> int:
        return 0

    @Slot("uint")
    def CloseNotification(self, nid: int) -> None:
        return None

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return []


def _prime_interface(bus) -> None:
    """Make ``_InterfaceShape`` the meta-object QtDBus uses for INTERFACE on ``bus``."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    shape = _InterfaceShape()
    options = (QDBusConnection.RegisterOption.ExportAllSlots
               | QDBusConnection.RegisterOption.ExportAllSignals)
    if not bus.registerObject(SHAPE_PATH, shape, options):
        return
    try:
        QDBusInterface(bus.baseService(), SHAPE_PATH, INTERFACE, bus)  # introspects, caches
    finally:
        bus.unregisterObject(SHAPE_PATH)


class DesktopNotifier(QObject):
    """One notification per key (a reminder occurrence), replaced in place on re-notify.

    ``actionInvoked(key, action)`` and ``closed(key, reason)`` report only our own
    notifications. After an action we close the notification (dunst leaves one
    answered from its menu on screen) and forget its key, so the "dismissed" close
    that servers send right after an action is not reported as a second answer.
    ``reason`` is the spec's: 1 expired, 2 dismissed by the user, 4 undefined
    (closes we asked for ourselves are never reported).
    """

    actionInvoked = Signal(str, str)  # key, action key
    closed = Signal(str, int)  # key, reason

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None,
                 dismiss_grace_ms: int = DISMISS_GRACE_MS) -> None:
        super().__init__(parent)
        self._dismiss_grace_ms = dismiss_grace_ms
        self._closing: dict[int, str] = {}  # id -> key: dismissed, not yet reported
        self._bus_address = bus_address  # None: the session bus; tests pass a private one
        self._bus = None  # QDBusConnection, opened on first use
        self._iface = None  # QDBusInterface on the current server
        self._owner = ""  # unique name of the server the interface was made for
        self._capabilities: list[str] = []
        self._subscribed = False
        self._ids: dict[str, int] = {}  # key -> notification id
        self._keys: dict[int, str] = {}  # notification id -> key
        self._logged: set[str] = set()

    # ----- state ----------------------------------------------------------
    @property
    def supports_actions(self) -> bool:
        """Whether the current server shows action buttons (known after ``available()``)."""
        return "actions" in self._capabilities

    @property
    def capabilities(self) -> list[str]:
        return list(self._capabilities)

    def available(self) -> bool:
        """True when a notification server is on the bus and callable right now.

        Checked afresh on every call (cheaply): at login the app may start
        before the desktop's notification server, and servers get replaced.
        """
        try:
            return self._check()
        except Exception:
            self._log_once("error", "desktop notifications failed unexpectedly", exc_info=True)
            self._iface = None
            return False

    def _check(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            self._log_once("no-qtdbus", "QtDBus is not available: no desktop notifications")
            return False
        bus = self._connection(QDBusConnection)
        if bus is None:
            return False
        owner = self._name_owner(bus)
        if not owner and self._activatable(bus):
            self._call(bus, "GetCapabilities", ACTIVATION_TIMEOUT_MS)  # starts the server
            owner = self._name_owner(bus)
        if not owner:
            self._log_once("no-server", "no desktop notification server on the session bus")
            self._iface = None
            return False
        if self._iface is not None and owner == self._owner:
            return True
        reply = self._call(bus, "GetCapabilities", CALL_TIMEOUT_MS)
        if reply is None:
            return False
        values = reply[0] if reply else []
        self._capabilities = [str(c) for c in values] if isinstance(values, list | tuple) else []
        iface = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
        iface.setTimeout(CALL_TIMEOUT_MS)
        if not iface.isValid() or iface.metaObject().indexOfMethod(NOTIFY_SIGNATURE) < 0:
            self._log_once("no-typed-notify",
                           "cannot build a typed Notify call (QtDBus changed?); not using it")
            return False
        self._iface, self._owner = iface, owner
        self._subscribe(bus)
        log.info("desktop notifications: server %s, capabilities %s", owner,
                 ", ".join(self._capabilities))
        return True

    def _connection(self, qdbus_connection):
        if self._bus is not None and self._bus.isConnected():
            return self._bus
        name = f"calf-coach-notifications-{next(_names)}"
        if self._bus_address:
            bus = qdbus_connection.connectToBus(self._bus_address, name)
        else:
            bus = qdbus_connection.connectToBus(qdbus_connection.BusType.SessionBus, name)
        if not bus.isConnected():
            self._log_once("no-bus", "no D-Bus session bus, so no desktop notifications (%s)",
                           bus.lastError().message())
            del bus
            qdbus_connection.disconnectFromBus(name)
            return None
        _prime_interface(bus)
        self._bus, self._subscribed = bus, False
        return bus

    def _bus_call(self, bus, member: str, args: list, timeout_ms: int) -> list | None:
        from PySide6.QtDBus import QDBus, QDBusMessage

        message = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                "org.freedesktop.DBus", member)
        message.setArguments(args)
        reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return None
        return reply.arguments()

    def _name_owner(self, bus) -> str:
        values = self._bus_call(bus, "GetNameOwner", [SERVICE], CALL_TIMEOUT_MS)
        return str(values[0]) if values else ""

    def _activatable(self, bus) -> bool:
        values = self._bus_call(bus, "ListActivatableNames", [], CALL_TIMEOUT_MS)
        return bool(values) and SERVICE in values[0]

    def _call(self, bus, member: str, timeout_ms: int) -> list | None:
        """A call without arguments (so no typing trouble); None and one log line on failure."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, member)
        reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            self._log_once(f"call-{member}", "notification server: %s failed: %s: %s", member,
                           reply.errorName(), reply.errorMessage())
            return None
        return reply.arguments()

    def _subscribe(self, bus) -> None:
        from PySide6.QtCore import SLOT

        if self._subscribed:
            return
        ok_action = bus.connect(SERVICE, PATH, INTERFACE, "ActionInvoked", self,
                                SLOT("_on_action_invoked(uint,QString)"))
        ok_closed = bus.connect(SERVICE, PATH, INTERFACE, "NotificationClosed", self,
                                SLOT("_on_closed(uint,uint)"))
        if not (ok_action and ok_closed):
            self._log_once("subscribe", "cannot listen to notification buttons: %s",
                           bus.lastError().message())
        self._subscribed = ok_action and ok_closed

    # ----- calls ----------------------------------------------------------
    def notify(self, key: str, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Show (or replace) the notification for ``key``; False if it could not be shown.

        ``title`` and ``body`` are plain text (the summary is plain by the spec, the
        body is escaped); ``actions`` are (action key, label) pairs, "default" being
        a click on the notification itself.
        """
        if not self.available():
            return False
        try:
            return self._notify(key, title, body, actions)
        except Exception:
            self._log_once("notify-error", "sending a notification failed", exc_info=True)
            return False

    def _notify(self, key: str, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

        # Always escaped: dunst parses the body as markup without advertising
        # "body-markup" (and drops "<calf>"); GNOME, Plasma and xfce advertise it.
        body = escape_markup(body)
        flat = [part for pair in actions for part in pair]
        hints = {"desktop-entry": APP_ID}
        replaces = self._ids.get(key, 0)
        nid = QMetaObject.invokeMethod(
            self._iface, "Notify", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"),
            Q_ARG("QString", APP_NAME), Q_ARG("uint", replaces), Q_ARG("QString", icon_path()),
            Q_ARG("QString", title), Q_ARG("QString", body), Q_ARG("QStringList", flat),
            Q_ARG("QVariantMap", hints), Q_ARG("int", EXPIRE_NEVER))
        error = self._iface.lastError()
        if error.isValid() or not nid:
            self._log_once("notify-failed", "the notification server refused Notify: %s: %s",
                           error.name(), error.message())
            return False
        self._forget(key)
        self._ids[key], self._keys[int(nid)] = int(nid), key
        return True

    def close(self, key: str) -> None:
        """Take the notification for ``key`` off the screen (the user acted elsewhere).

        Closing one the server already closed is harmless (it answers with an
        error, which we ignore), so this is also used after every action.
        """
        nid = self._forget(key)
        if nid is None or self._iface is None:
            return
        try:
            from PySide6.QtCore import Q_ARG, QMetaObject, Qt

            QMetaObject.invokeMethod(self._iface, "CloseNotification",
                                     Qt.ConnectionType.DirectConnection, Q_ARG("uint", nid))
        except Exception:
            self._log_once("close-error", "closing a notification failed", exc_info=True)

    def is_showing(self, key: str) -> bool:
        """Whether a notification for ``key`` is out and not yet acted on or closed."""
        return key in self._ids

    def _forget(self, key: str) -> int | None:
        nid = self._ids.pop(key, None)
        if nid is not None:
            self._keys.pop(nid, None)
        return nid

    # ----- signals from the server ------------------------------------------
    @Slot("uint", str)
    def _on_action_invoked(self, nid: int, action: str) -> None:
        key = self._closing.pop(int(nid), None)  # "closed" came first: the action wins
        if key is None:
            key = self._keys.get(int(nid))
        if key is None:
            return  # another application's notification, or one we already closed
        self.close(key)  # answered: dunst's menu would leave it up with stale buttons
        self.actionInvoked.emit(key, action)

    @Slot("uint", "uint")
    def _on_closed(self, nid: int, reason: int) -> None:
        key = self._keys.get(int(nid))
        if key is None:
            return
        self._forget(key)
        if int(reason) == CLOSED_DISMISSED:
            # Some servers report a click on the body as "closed" and then the
            # "default" action: wait a moment before calling it a dismissal.
            from PySide6.QtCore import QTimer

            self._closing[int(nid)] = key
            QTimer.singleShot(self._dismiss_grace_ms, self,
                              lambda n=int(nid): self._report_dismissed(n))
        elif int(reason) != CLOSED_BY_CALL:
            self.closed.emit(key, int(reason))

    def _report_dismissed(self, nid: int) -> None:
        key = self._closing.pop(nid, None)
        if key is not None and key not in self._ids:  # not re-notified meanwhile
            self.closed.emit(key, CLOSED_DISMISSED)

    def _log_once(self, key: str, message: str, *args: object, exc_info: bool = False) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.log(logging.WARNING if exc_info else logging.INFO, message, *args,
                    exc_info=exc_info)

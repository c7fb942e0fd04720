"""The system tray icon and its menu: the app's handle while its window is closed.

Only created where a tray really exists: GNOME without the AppIndicator
extension has none, and an invisible icon would leave the user with an app
they cannot reach. Then ``available`` is False (one log line) and every method
is a harmless no-op, so callers need no checks of their own.

The menu, top to bottom: "Start <routine>", "Cramp now" (the main window's own
action, so shortcut and state stay in one place), a disabled "Next reminder: ..."
line, "Snooze N min" (enabled only while a reminder is showing), "Open Calf
Coach", "Quit". A left click opens the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from coach import APP_NAME
from coach.content.resources import asset_path
from coach.i18n import Tr

if TYPE_CHECKING:
    from coach.engine.schedule import Occurrence

log = logging.getLogger(__name__)

MESSAGE_MS = 60_000  # a reminder message should not flash by; servers may cap it


class TrayText(Tr):
    """Translation context for the tray menu."""


def _tray_icon() -> QIcon:
    try:
        return QIcon(str(asset_path("icons", "calf-coach-tray.svg")))
    except ValueError:
        return QIcon()


class Tray(QObject):
    """Tray icon with the reminder menu; inert when the desktop has no tray."""

    startRoutineRequested = Signal(str)  # routine id
    snoozeRequested = Signal(object, int)  # Occurrence, minutes
    openRequested = Signal()
    quitRequested = Signal()

    def __init__(self, cramp_action: QAction | None = None, snooze_minutes: int = 10,
                 available_fn: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routine_id = ""
        self._occurrence: Occurrence | None = None
        self._snooze_minutes = max(1, int(snooze_minutes))
        self.icon: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self.available = bool(available_fn())
        if not self.available:
            log.info("no system tray on this desktop: no tray icon")
            return

        self.menu = QMenu()
        self.menu.setAccessibleName(TrayText.tr("{app} menu").format(app=APP_NAME))
        self.start_action = self._add(TrayText.tr("Start evening stretch"), self._start)
        self.start_action.setEnabled(False)  # until a routine is known
        self.cramp_action = cramp_action
        if cramp_action is not None:
            self.menu.addAction(cramp_action)
        self.menu.addSeparator()
        self.next_action = self._add(TrayText.tr("No reminder set"), None)
        self.next_action.setEnabled(False)  # information, not a command
        self.snooze_action = self._add("", self._snooze)
        self.snooze_action.setEnabled(False)
        self._name_snooze()
        self.menu.addSeparator()
        self.open_action = self._add(TrayText.tr("Open {app}").format(app=APP_NAME),
                                     self.openRequested.emit)
        self.quit_action = self._add(TrayText.tr("Quit"), self.quitRequested.emit)

        self.icon = QSystemTrayIcon(_tray_icon(), self)
        self.icon.setToolTip(APP_NAME)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)

    # ----- public ---------------------------------------------------------
    def show(self) -> None:
        if self.icon is not None:
            self.icon.show()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def set_routine(self, routine_id: str, title: str) -> None:
        """The routine that "Start ..." opens (that of the next or first reminder)."""
        self._routine_id = routine_id
        if self.menu is None:
            return
        self.start_action.setText(TrayText.tr("Start {routine}").format(routine=title) if title
                                  else TrayText.tr("Start evening stretch"))
        self.start_action.setEnabled(bool(routine_id))

    def set_next_text(self, text: str) -> None:
        """E.g. "Next reminder: tonight at 21:30"; also the icon's tooltip."""
        if self.menu is None or self.icon is None:  # made together
            return
        self.next_action.setText(text)
        self.icon.setToolTip(f"{APP_NAME}\n{text}" if text else APP_NAME)

    def set_active_occurrence(self, occurrence: Occurrence | None) -> None:
        """The reminder now on show (None: none), which "Snooze" acts on."""
        self._occurrence = occurrence
        if self.menu is not None:
            self.snooze_action.setEnabled(occurrence is not None)

    def set_snooze_minutes(self, minutes: int) -> None:
        self._snooze_minutes = max(1, int(minutes))
        self._name_snooze()

    def show_message(self, title: str, body: str) -> bool:
        """A balloon/notification from the tray; False where that cannot be shown."""
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(title, body, _tray_icon(), MESSAGE_MS)
        return True

    # ----- internals ------------------------------------------------------
    def _add(self, text: str, slot: Callable[[], None] | None) -> QAction:
        assert self.menu is not None
        action = QAction(text, self.menu)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _name_snooze(self) -> None:
        if self.menu is not None:
            self.snooze_action.setText(
                TrayText.tr("Snooze {minutes} min").format(minutes=self._snooze_minutes))

    def _start(self) -> None:
        if self._routine_id:
            self.startRoutineRequested.emit(self._routine_id)

    def _snooze(self) -> None:
        occurrence, self._occurrence = self._occurrence, None
        if self.menu is not None:
            self.snooze_action.setEnabled(False)
        if occurrence is not None:
            self.snoozeRequested.emit(occurrence, self._snooze_minutes)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openRequested.emit()

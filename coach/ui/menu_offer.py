"""The first-start offer to put Calf Coach in the application menu.

``coach install-desktop`` does this from a terminal, but the people this app
is for may never open one: without a menu entry there is no "Cramp now"
action to right-click and no command they can see to bind to a hot key. So
the first normal start asks once (never on a night-time ``--cramp`` start or
a routine started from a reminder), remembers that it asked
(``menu_offer_shown``), and Settings keeps the same button for later.

The box is opened with ``open()``, not ``exec()``: it never blocks the event
loop, so reminders, a second launch's ``--cramp`` and ``--quit`` still work
while it waits.
"""

from __future__ import annotations

import logging
import shlex
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from coach import APP_NAME
from coach.i18n import Tr

if TYPE_CHECKING:  # the desktop-entry code is imported on first use
    from coach.platform.desktop_entry import Targets
    from coach.store.settings import Settings

log = logging.getLogger(__name__)

# The settings key that remembers the offer was made.
SHOWN_KEY = "menu_offer_shown"


class MenuOfferText(Tr):
    """Translation context for the application-menu offer and its Settings button."""


class MenuEntryLike(Protocol):
    """What the offer and Settings need from the menu entry (``DesktopMenuEntry``)."""

    @property
    def supported(self) -> bool: ...
    def installed(self) -> bool: ...
    def install(self) -> list[str]: ...
    def command(self) -> list[str]: ...


class DesktopMenuEntry:
    """The real one: ``coach.platform.desktop_entry`` in the user's XDG data folder."""

    @property
    def supported(self) -> bool:
        from coach.platform.desktop_entry import supported

        return supported()

    def _targets(self) -> Targets:
        from coach.platform.desktop_entry import Targets, data_home

        return Targets(data_home())

    def installed(self) -> bool:
        return self._targets().desktop.exists()

    def install(self) -> list[str]:
        """Write entry, icon and metainfo; raises OSError when the system refuses."""
        from coach.platform.desktop_entry import install

        return install(self._targets())

    def command(self) -> list[str]:
        from coach.platform.launch import launch_command

        return launch_command()


def hot_key_command(entry: MenuEntryLike) -> str:
    """The command to bind to a hot key, as the user would type it."""
    return shlex.join([*entry.command(), "--cramp"])


def added_text(entry: MenuEntryLike) -> str:
    return MenuOfferText.tr(
        "Calf Coach is now in your application menu; right-click it there for Cramp now. "
        "For a hot key, bind this command in your desktop's keyboard settings:\n{command}"
    ).format(command=hot_key_command(entry))


def failed_text(error: OSError) -> str:
    words = error.strerror or str(error) or error.__class__.__name__
    return MenuOfferText.tr("Calf Coach could not be added to the application menu: {error}."
                            ).format(error=words)


def should_offer(settings: Settings, entry: MenuEntryLike) -> bool:
    """Only once, only where there are XDG menus, and not when the entry is already there."""
    if settings.get(SHOWN_KEY) or not entry.supported:
        return False
    try:
        return not entry.installed()
    except OSError:
        return False


def install_and_tell(entry: MenuEntryLike) -> tuple[bool, str]:
    """Add the menu entry; return whether it worked and the sentence that says so."""
    try:
        lines = entry.install()
    except OSError as error:
        log.warning("could not add the menu entry: %s", error)
        return False, failed_text(error)
    for line in lines:
        log.info("install-desktop: %s", line)
    # Run from a source folder that was never installed: the entry cannot start it.
    warning = next((line for line in lines if line.startswith("Warning:")), None)
    if warning is not None:
        return False, warning
    return True, added_text(entry)


def offer_menu_entry(parent: QWidget, settings: Settings,
                     entry: MenuEntryLike | None = None) -> QMessageBox | None:
    """Ask once whether to add the menu entry; return the open box (None: not asked).

    The offer counts as made as soon as it is shown, so closing the app
    without answering does not bring it back (if the settings cannot be
    saved, it comes back next time: better than never).
    """
    entry = entry if entry is not None else DesktopMenuEntry()
    if not should_offer(settings, entry):
        return None
    settings.set(SHOWN_KEY, True)
    try:
        settings.save()
    except OSError as error:
        log.warning("could not save settings: %s", error)
    box = QMessageBox(parent)
    box.setObjectName("MenuOffer")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(MenuOfferText.tr("Add Calf Coach to your application menu?"))
    box.setInformativeText(MenuOfferText.tr(
        "Then you can open it like any other app, right-click it for Cramp now, and give "
        "Cramp now a hot key in your desktop's keyboard settings. You can also do this "
        "later in Settings."))
    add = box.addButton(MenuOfferText.tr("Add to menu"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(MenuOfferText.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    add.setObjectName("MenuOfferAdd")
    later.setObjectName("MenuOfferLater")
    box.setDefaultButton(add)
    box.setEscapeButton(later)

    def answered(_result: int) -> None:
        if box.clickedButton() is not add:
            return
        ok, text = install_and_tell(entry)
        reply = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
                            APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
        reply.setObjectName("MenuOfferResult")
        # The command can be copied into the keyboard settings.
        reply.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reply.open()

    box.finished.connect(answered)
    box.open()
    return box


"""Settings, "Application menu": the first-start offer's button, for later
(``coach/ui/menu_offer.py``), and what the entry means for a hot key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from coach.ui.menu_offer import MenuEntryLike, MenuOfferText, hot_key_command, install_and_tell
from coach.ui.settings.form import Section
from coach.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from coach.store.settings import Settings


class MenuEntrySection(Section):
    """Whether Calf Coach is in the application menu (read from disk), and a button to add it."""

    def __init__(self, settings: Settings, entry: MenuEntryLike) -> None:
        super().__init__(MenuOfferText.tr("Application menu"), settings)
        self._entry = entry
        self.menu_button = QPushButton(MenuOfferText.tr("Add Calf Coach to the application menu"))
        self.menu_button.setAccessibleName(self.menu_button.text())
        self.menu_button.clicked.connect(self._add_to_menu)
        row = QHBoxLayout()
        row.addWidget(self.menu_button)
        row.addStretch(1)
        self.form.addRow(row)
        self.menu_info = plain_label(name=MenuOfferText.tr("Application menu details"))
        self.menu_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.menu_info)

    def refresh(self, result: str = "") -> None:
        """Show whether the menu entry exists (read from disk), or what adding it just did."""
        entry = self._entry
        supported = bool(entry.supported)
        try:
            installed = supported and entry.installed()
        except OSError:
            installed = False
        if result:
            text = result
        elif not supported:
            text = MenuOfferText.tr("Application menus of this system are not supported.")
        elif installed:
            text = MenuOfferText.tr(
                "Calf Coach is in your application menu. For a Cramp now hot key, bind this "
                "command in your desktop's keyboard settings:\n{command}\nAfter moving the "
                "app, add it again.").format(command=hot_key_command(entry))
        else:
            text = MenuOfferText.tr("Calf Coach is not in your application menu yet.")
        self.menu_button.setEnabled(supported)
        self.menu_info.setText(text)

    def _add_to_menu(self) -> None:
        _ok, text = install_and_tell(self._entry)
        self.refresh(text)

"""Settings, "Safety": the number the warnings say to call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit

from coach.content.safety import emergency_number
from coach.store import settings_schema as schema
from coach.ui.settings.form import Section, SettingsText, add_row, describe

if TYPE_CHECKING:
    from coach.store.settings import Settings


class SafetySection(Section):
    """The emergency number; empty follows the locale's country (shown as the placeholder)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(SettingsText.tr("Safety"), settings)
        self.emergency_edit = QLineEdit()
        describe(self.emergency_edit, schema.EMERGENCY_NUMBER)
        self.emergency_edit.setMaxLength(30)
        self.emergency_edit.setPlaceholderText(SettingsText.tr("Automatic: {number}").format(
            number=emergency_number("")))
        self.emergency_edit.editingFinished.connect(
            lambda: self.changed.emit("emergency_number", self.emergency_edit.text().strip()))
        add_row(self.form, SettingsText.tr("Emergency number:"), self.emergency_edit,
                SettingsText.tr("Emergency number shown in the warnings; empty: from your "
                                "region"))

    def show_values(self) -> None:
        self.emergency_edit.setText(str(self._settings.get("emergency_number")))

"""Settings, "Routines": the get-ready countdown and keeping the screen awake."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSpinBox

from coach.store import settings_schema as schema
from coach.ui.settings.form import Section, SettingsText, add_row, describe, whole_range

if TYPE_CHECKING:
    from coach.store.settings import Settings


class RoutinesSection(Section):
    """How a routine starts and whether the screen may blank while it plays."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(SettingsText.tr("Routines"), settings)
        self.prepare_spin = QSpinBox()
        whole_range(self.prepare_spin, schema.PREPARE_S)
        describe(self.prepare_spin, schema.PREPARE_S)
        self.prepare_spin.setSuffix(SettingsText.tr(" s"))
        self.prepare_spin.setSpecialValueText(SettingsText.tr("No countdown"))
        self.prepare_spin.valueChanged.connect(
            lambda v: self.changed.emit("prepare_s", int(v)))
        add_row(self.form, SettingsText.tr("Get-ready time before the first exercise:"),
                self.prepare_spin,
                SettingsText.tr("Get-ready time before the first exercise, in seconds"))
        self.awake_box = self.check(
            SettingsText.tr("Keep the screen awake while a routine plays"), "keep_screen_awake")
        self.form.addRow(self.awake_box)

    def show_values(self) -> None:
        self.prepare_spin.setValue(self._settings.value(schema.PREPARE_S))
        self.awake_box.setChecked(bool(self._settings.get("keep_screen_awake")))

"""Settings, "Language": the choice, and "Restart now" when it differs from the one on screen.

The interface is built in one language at start; rather than rebuild every
screen, a new choice offers a restart that keeps the window and reminders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton

from coach.store import settings_schema as schema
from coach.ui.settings.form import Section, SettingsText, add_row, describe
from coach.ui.settings.look import select_data
from coach.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from coach.store.settings import Settings


def language_choices() -> tuple[tuple[str, str], ...]:
    """Each language in its own name, so a person can find theirs in any interface."""
    return (("system", SettingsText.tr("System")), ("en", "English"), ("ru", "Русский"))


class LanguageSection(Section):
    """The language box, its note, and the (hidden) "Restart now" button."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(SettingsText.tr("Language"), settings)
        self.language_combo = QComboBox()
        describe(self.language_combo, schema.LANGUAGE)
        for value, text in language_choices():
            self.language_combo.addItem(text, value)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.changed.emit("language", self.language_combo.currentData()))
        add_row(self.form, SettingsText.tr("Language:"), self.language_combo,
                SettingsText.tr("Language"))
        self.language_note = plain_label(
            SettingsText.tr("A new language applies the next time Calf Coach starts."),
            name=SettingsText.tr("Language note"))
        self.form.addRow(self.language_note)
        self.restart_button = QPushButton(SettingsText.tr("Restart now"))
        self.restart_button.setAccessibleName(
            SettingsText.tr("Restart Calf Coach now in the new language"))
        self.restart_button.setToolTip(self.restart_button.accessibleName())
        self.restart_button.setMinimumHeight(36)
        self.restart_button.hide()
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart_button)
        restart_row.addStretch(1)
        self.form.addRow(restart_row)

    def show_values(self) -> None:
        select_data(self.language_combo, self._settings.get("language"))

    def offer_restart(self, pending: bool) -> None:
        """Show "Restart now" and say why, or the plain note when nothing is pending."""
        self.restart_button.setVisible(pending)
        self.language_note.setText(
            SettingsText.tr("The new language needs a restart. Restart now keeps your "
                            "window and reminders as they are.") if pending
            else SettingsText.tr("A new language applies the next time Calf Coach starts."))

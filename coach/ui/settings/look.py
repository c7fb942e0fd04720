"""Settings, "Look": the theme and the text size, with a sample in the chosen size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox

from coach.store import settings_schema as schema
from coach.ui.settings.form import Section, SettingsText, add_row, describe
from coach.ui.theme import BASE_SIZE_PROPERTY, OWN_TEXT_SCALE_PROPERTY, current_text_scale
from coach.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from coach.store.settings import Settings

TEXT_SCALES = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)


def theme_choices() -> tuple[tuple[str, str], ...]:
    return (("system", SettingsText.tr("System (follows the desktop)")),
            ("light", SettingsText.tr("Light")), ("dark", SettingsText.tr("Dark")),
            ("high-contrast", SettingsText.tr("High contrast")))


def sample_text() -> str:
    return SettingsText.tr("Sample: stand facing a wall and hold the stretch for 30 seconds.")


def scale_text(scale: float) -> str:
    return f"{round(scale * 100)} %"


def select_data(combo: QComboBox, value: object) -> None:
    """Select the entry that carries ``value`` (the first if none does)."""
    combo.setCurrentIndex(max(0, combo.findData(value)))


class LookSection(Section):
    """Theme and text size. A size from the file that is not in the list is added to it,
    so the box always shows what is in use."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(SettingsText.tr("Look"), settings)
        self._loading = False
        self.theme_combo = QComboBox()
        describe(self.theme_combo, schema.THEME)
        for value, text in theme_choices():
            self.theme_combo.addItem(text, value)
        self.theme_combo.currentIndexChanged.connect(
            lambda _i: self.changed.emit("theme", self.theme_combo.currentData()))
        add_row(self.form, SettingsText.tr("Theme:"), self.theme_combo, SettingsText.tr("Theme"))

        self.scale_combo = QComboBox()
        describe(self.scale_combo, schema.TEXT_SCALE)
        self.scale_combo.currentIndexChanged.connect(self._scale_chosen)
        add_row(self.form, SettingsText.tr("Text size:"), self.scale_combo,
                SettingsText.tr("Text size"))
        self.sample = plain_label(sample_text(), name=SettingsText.tr("Text size sample"))
        # The sample shows the chosen size itself, whether or not the window
        # has applied it yet; the app-wide scale pass leaves it alone.
        self.sample.setProperty(OWN_TEXT_SCALE_PROPERTY, True)
        self.form.addRow(self.sample)

    def show_values(self) -> None:
        select_data(self.theme_combo, self._settings.get("theme"))
        self._loading = True
        try:
            self._fill_scales(self._settings.value(schema.TEXT_SCALE))
        finally:
            self._loading = False

    def _fill_scales(self, current: float) -> None:
        scales = sorted({*TEXT_SCALES, round(current, 2)})
        self.scale_combo.clear()
        for scale in scales:
            self.scale_combo.addItem(scale_text(scale), scale)
        self.scale_combo.setCurrentIndex(scales.index(round(current, 2)))

    def show_sample(self) -> None:
        """The sample in the chosen size, from the app's base size before scaling."""
        app = QApplication.instance()
        scale = float(self.scale_combo.currentData() or 1.0)
        base = 0.0
        if isinstance(app, QApplication):
            try:
                base = float(app.property(BASE_SIZE_PROPERTY) or 0.0)
            except (TypeError, ValueError):
                base = 0.0
            if base <= 0:
                base = QApplication.font().pointSizeF() / current_text_scale(app)
        font = QFont(self.sample.font())
        font.setPointSizeF(max(6.0, (base if base > 0 else 10.0) * scale))
        self.sample.setFont(font)

    def _scale_chosen(self, _index: int) -> None:
        if self._loading:
            return
        self.show_sample()
        self.changed.emit("text_scale", float(self.scale_combo.currentData()))

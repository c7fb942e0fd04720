"""What every Settings group shares: the translation context, the form, the schema's help.

The limits and the one-line help of a control come from the settings schema
(``coach/store/settings_schema.py``), so a range is declared once; these
helpers put them on the widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from coach.i18n import Tr
from coach.store import settings_schema as schema
from coach.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from coach.store.settings import Settings


class SettingsText(Tr):
    """Translation context for the Settings screen."""


def whole_range(spin: QSpinBox, setting: schema.Setting[int]) -> None:
    """The spin box takes exactly what the setting allows (declared in the schema)."""
    assert setting.low is not None and setting.high is not None, setting.name
    spin.setRange(int(setting.low), int(setting.high))


def describe(widget: QWidget, setting: schema.Setting[Any]) -> None:
    """The setting's one-line description from the schema, as the control's tooltip and
    its description for screen readers. (Any setting, whatever its value type.)"""
    widget.setToolTip(setting.described())
    widget.setAccessibleDescription(setting.described())


def error_words(exc: BaseException) -> str:
    """An OSError as a short phrase ("Permission denied"), not a repr."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or exc.__class__.__name__


def add_row(form: QFormLayout, text: str, field: QWidget, accessible: str = "") -> QLabel:
    """A caption and its field; the caption is the field's buddy (Alt+letter, screen
    readers), and the field is named by ``accessible`` or by the caption."""
    label = plain_label(text, wrap=False)
    label.setBuddy(field)
    field.setAccessibleName(accessible or text)
    form.addRow(label, field)
    return label


def time_edit(accessible: str) -> QTimeEdit:
    """A 24-hour time that wraps past midnight (a bedtime of 00:30 is one step from 23:30)."""
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setWrapping(True)
    edit.setAccessibleName(accessible)
    return edit


class Section(QGroupBox):
    """One titled group of settings in a form. Emits ``changed(key, value)``."""

    changed = Signal(str, object)  # a setting's name, its new value (Settings.set checks it)

    def __init__(self, title: str, settings: Settings) -> None:
        super().__init__(title)
        self._settings = settings
        self.setAccessibleName(title)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(12, 10, 12, 10)
        self.form.setVerticalSpacing(10)

    def check(self, text: str, key: str) -> QCheckBox:
        """A check box for a yes/no setting, described by the schema."""
        box = QCheckBox(text)
        box.setAccessibleName(text)
        describe(box, schema.BY_NAME[key])
        box.toggled.connect(lambda on, k=key: self.changed.emit(k, bool(on)))
        return box

    def show_values(self) -> None:
        """Show the stored values in the controls (the screen ignores the changes this
        causes). Groups without stored values keep this no-op."""

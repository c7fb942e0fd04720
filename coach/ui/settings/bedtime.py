"""Settings, the bedtime rows of "Reminders": one bedtime or one per evening, and the
quiet hours after it.

Reminders before bedtime and the quiet hours are worked out from these
(``coach/engine/schedule.py``); the note under them says what the quiet hours
mean in the user's own numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QSpinBox, QTimeEdit, QWidget

from coach.store import settings_schema as schema
from coach.ui.settings.form import SettingsText, add_row, describe, time_edit, whole_range
from coach.ui.widgets.labels import plain_label
from coach.words.reminders import DAYS, full_day

if TYPE_CHECKING:
    from coach.store.settings import Settings


class BedtimeRows(QObject):
    """The bedtime and quiet-hours rows, added to a group's form. Emits ``changed``."""

    changed = Signal(str, object)  # a setting's name, its new value (Settings.set checks it)

    def __init__(self, form: QFormLayout, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._loading = False
        self.bedtime_edit = time_edit(SettingsText.tr("Bedtime, every evening"))
        describe(self.bedtime_edit, schema.BEDTIME)
        self.bedtime_edit.timeChanged.connect(lambda _t: self._bedtime_changed())
        self.bedtime_per_day_box = QCheckBox(SettingsText.tr("Different on some evenings"))
        self.bedtime_per_day_box.setAccessibleName(
            SettingsText.tr("A different bedtime on some evenings"))
        self.bedtime_per_day_box.toggled.connect(self._per_day_toggled)
        bedtime_row = QWidget()
        row = QHBoxLayout(bedtime_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bedtime_edit)
        row.addWidget(self.bedtime_per_day_box)
        row.addStretch(1)
        caption = add_row(form, SettingsText.tr("Bedtime:"), bedtime_row)
        caption.setBuddy(self.bedtime_edit)

        self.bedtime_days = QWidget()
        grid = QFormLayout(self.bedtime_days)
        grid.setContentsMargins(24, 0, 0, 0)  # under "Bedtime:", indented as its detail
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.bedtime_day_edits: dict[str, QTimeEdit] = {}
        for day in DAYS:
            edit = time_edit(SettingsText.tr("Bedtime, {day}").format(day=full_day(day)))
            edit.timeChanged.connect(lambda _t: self._bedtime_changed())
            self.bedtime_day_edits[day] = edit
            label = plain_label(full_day(day), wrap=False)
            label.setBuddy(edit)
            grid.addRow(label, edit)
        self.bedtime_days.hide()
        form.addRow(self.bedtime_days)

        self.quiet_spin = QSpinBox()
        whole_range(self.quiet_spin, schema.QUIET_MARGIN_MIN)
        describe(self.quiet_spin, schema.QUIET_MARGIN_MIN)
        self.quiet_spin.setSingleStep(15)
        self.quiet_spin.setSuffix(SettingsText.tr(" min after bedtime"))
        self.quiet_spin.setSpecialValueText(SettingsText.tr("At bedtime"))
        self.quiet_spin.valueChanged.connect(
            lambda v: self.changed.emit("quiet_margin_min", int(v)))
        add_row(form, SettingsText.tr("Quiet hours start:"), self.quiet_spin,
                SettingsText.tr("Quiet hours start this many minutes after bedtime"))
        self.quiet_until_edit = time_edit(SettingsText.tr("Quiet hours end at"))
        describe(self.quiet_until_edit, schema.QUIET_UNTIL)
        self.quiet_until_edit.timeChanged.connect(
            lambda t: self.changed.emit("quiet_until", t.toString("HH:mm")))
        add_row(form, SettingsText.tr("Quiet until:"), self.quiet_until_edit,
                SettingsText.tr("Quiet hours end at"))
        self.bedtime_note = plain_label(name=SettingsText.tr("About bedtime and quiet hours"))
        form.addRow(self.bedtime_note)

    def value(self) -> str | dict[str, str]:
        """The bedtime as the settings file holds it: one time, or one per day."""
        if not self.bedtime_per_day_box.isChecked():
            return self.bedtime_edit.time().toString("HH:mm")
        return {day: edit.time().toString("HH:mm")
                for day, edit in self.bedtime_day_edits.items()}

    def _bedtime_changed(self) -> None:
        if not self._loading:  # while the per-day times are filled in, one change at the end
            self.changed.emit("bedtime", self.value())
        self.show_note()

    def _per_day_toggled(self, on: bool) -> None:
        """Per evening: every day starts at the common bedtime. Back to one: Monday's."""
        self.bedtime_days.setVisible(on)
        self.bedtime_edit.setEnabled(not on)
        if self._loading:
            return
        self._loading = True
        try:
            if on:
                for edit in self.bedtime_day_edits.values():
                    edit.setTime(self.bedtime_edit.time())
            else:
                self.bedtime_edit.setTime(self.bedtime_day_edits["mon"].time())
        finally:
            self._loading = False
        self._bedtime_changed()

    def show_note(self) -> None:
        """What the quiet hours mean, in the user's own numbers."""
        margin = self._settings.value(schema.QUIET_MARGIN_MIN)
        self.bedtime_note.setText(SettingsText.tr(
            "A bedtime after midnight, such as 00:30, belongs to the evening before. "
            "Quiet hours: from {margin} min after your bedtime until {morning} the next "
            "morning, no reminders and no questions about a missed one; a reminder that "
            "would come then is skipped.").format(
                margin=margin, morning=self._settings.get("quiet_until")))

    def show_values(self) -> None:
        """The stored bedtime(s) and quiet hours in the controls."""
        self._loading = True
        try:
            bedtime = self._settings.value(schema.BEDTIME)
            days = bedtime if isinstance(bedtime, dict) else None
            per_day = days is not None
            common = days["mon"] if days is not None else str(bedtime)
            self.bedtime_edit.setTime(QTime.fromString(common, "HH:mm"))
            for day, edit in self.bedtime_day_edits.items():
                edit.setTime(QTime.fromString(days[day] if days is not None else common, "HH:mm"))
            self.bedtime_per_day_box.setChecked(per_day)
            self.bedtime_days.setVisible(per_day)
            self.bedtime_edit.setEnabled(not per_day)
            self.quiet_spin.setValue(self._settings.value(schema.QUIET_MARGIN_MIN))
            self.quiet_until_edit.setTime(
                QTime.fromString(str(self._settings.get("quiet_until")), "HH:mm"))
        finally:
            self._loading = False

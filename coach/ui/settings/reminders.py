"""Settings, "Reminders": snooze, missed reminders, bedtime and quiet hours, the morning
check-in, start on login (the reminders need the app running)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QSpinBox, QTimeEdit

from coach.store import settings_schema as schema
from coach.ui.settings.bedtime import BedtimeRows
from coach.ui.settings.form import Section, SettingsText, add_row, describe, whole_range
from coach.ui.settings.start_on_login import AutostartLike, StartOnLoginRows

if TYPE_CHECKING:
    from coach.store.settings import Settings


class RemindersSection(Section):
    """The reminders' settings; the bedtime and start-on-login rows are their own parts."""

    def __init__(self, settings: Settings, autostart: AutostartLike | None) -> None:
        super().__init__(SettingsText.tr("Reminders"), settings)
        form = self.form
        self.snooze_spin = QSpinBox()
        whole_range(self.snooze_spin, schema.SNOOZE_MIN)
        describe(self.snooze_spin, schema.SNOOZE_MIN)
        self.snooze_spin.setSuffix(SettingsText.tr(" min"))
        self.snooze_spin.valueChanged.connect(lambda v: self.changed.emit("snooze_min", int(v)))
        add_row(form, SettingsText.tr("Snooze for:"), self.snooze_spin,
                SettingsText.tr("Snooze length, in minutes"))

        self.late_spin = QDoubleSpinBox()
        late = schema.LATE_WINDOW_MIN  # minutes in the file, hours on screen
        assert late.low is not None and late.high is not None
        self.late_spin.setRange(late.low / 60, late.high / 60)
        describe(self.late_spin, late)
        self.late_spin.setDecimals(1)
        self.late_spin.setSingleStep(0.5)
        self.late_spin.setSuffix(SettingsText.tr(" h"))
        self.late_spin.setSpecialValueText(SettingsText.tr("Never"))
        self.late_spin.valueChanged.connect(
            lambda v: self.changed.emit("late_window_min", round(v * 60)))
        add_row(form, SettingsText.tr("Offer a missed reminder for up to:"), self.late_spin,
                SettingsText.tr("Offer a missed reminder for up to this many hours"))

        self.bedtime = BedtimeRows(form, settings, self)
        self.bedtime.changed.connect(self.changed)

        self.checkin_box = QCheckBox(SettingsText.tr("Ask about the night each morning at"))
        describe(self.checkin_box, schema.MORNING_CHECKIN)
        self.checkin_box.setAccessibleName(SettingsText.tr("Morning check-in"))
        self.checkin_time = QTimeEdit()
        self.checkin_time.setDisplayFormat("HH:mm")
        self.checkin_time.setAccessibleName(SettingsText.tr("Morning check-in time"))
        self.checkin_box.toggled.connect(lambda _on: self._checkin_changed())
        self.checkin_time.timeChanged.connect(lambda _t: self._checkin_changed())
        checkin_row = QHBoxLayout()
        checkin_row.addWidget(self.checkin_box)
        checkin_row.addWidget(self.checkin_time)
        checkin_row.addStretch(1)
        form.addRow(checkin_row)

        self.start_on_login = StartOnLoginRows(form, autostart, self)
        self.start_on_login.changed.connect(self.changed)

    def show_values(self) -> None:
        s = self._settings
        self.snooze_spin.setValue(s.value(schema.SNOOZE_MIN))
        self.late_spin.setValue(s.value(schema.LATE_WINDOW_MIN) / 60)
        checkin = str(s.get("morning_checkin") or "")
        self.checkin_box.setChecked(bool(checkin))
        self.checkin_time.setTime(QTime.fromString(checkin or "07:30", "HH:mm"))
        self.checkin_time.setEnabled(bool(checkin))
        self.bedtime.show_values()

    def _checkin_changed(self) -> None:
        """The morning check-in: a time when ticked, "" (off) when not."""
        self.checkin_time.setEnabled(self.checkin_box.isChecked())
        self.changed.emit("morning_checkin", self.checkin_time.time().toString("HH:mm")
                          if self.checkin_box.isChecked() else "")

"""One reminder in the Reminders list: its on/off switch, when, which routine, Edit and
Remove, each named with the reminder for a screen reader."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coach.store.settings_schema import Reminder
from coach.ui.models.reminder_form import RemindersText
from coach.ui.widgets.buttons import make_button
from coach.ui.widgets.labels import plain_label


class ReminderRow(QFrame):
    """One reminder: on/off switch, "21:30, Every day, Evening stretch", routine, Edit, Remove."""

    def __init__(self, reminder: Reminder, routine_title: str, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.reminder_id = str(reminder.get("id"))
        on = bool(reminder.get("enabled", True))

        self.switch = QCheckBox(RemindersText.tr("On"))
        self.switch.setAccessibleName(RemindersText.tr("Reminder on"))
        self.switch.setAccessibleDescription(text)
        self.switch.setToolTip(RemindersText.tr("Reminder on: {reminder}").format(reminder=text))
        self.switch.setChecked(on)

        self.summary = plain_label(text, point_scale=1.15, bold=True,
                                   name=RemindersText.tr("Reminder"))
        detail = (RemindersText.tr("Routine: {routine}") if on
                  else RemindersText.tr("Routine: {routine}  (off)"))
        self.detail = plain_label(detail.format(routine=routine_title),
                                  name=RemindersText.tr("Routine"))
        self.summary.setEnabled(on)  # an off reminder reads dimmed
        self.detail.setEnabled(on)

        self.edit_button = make_button(
            RemindersText.tr("Edit"),
            RemindersText.tr("Edit reminder: {reminder}").format(reminder=text))
        self.remove_button = make_button(
            RemindersText.tr("Remove"),
            RemindersText.tr("Remove reminder: {reminder}").format(reminder=text))

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.summary)
        texts.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.switch)
        layout.addLayout(texts, 1)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.remove_button)

    def controls(self) -> list[QWidget]:
        return [self.switch, self.edit_button, self.remove_button]

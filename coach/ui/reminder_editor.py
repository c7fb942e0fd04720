"""The add/edit form for one reminder, shown in place on the reminders screen.

A page rather than a dialog: nothing modal to get trapped in, Escape cancels,
Enter saves (or presses the focused button), and problems are said in a line
under the form instead of a message box. The form only edits a dict; the
screen decides what to do with it.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.content.model import Library
from coach.engine.schedule import MAX_BEFORE_BEDTIME
from coach.store import settings_schema as schema
from coach.ui.models.reminder_form import (
    AT_TIME,
    BEFORE_BEDTIME,
    DEFAULT_BEFORE_BEDTIME,
    DEFAULT_ROUTINE,
    DEFAULT_TIME,
    LABEL_MAX,
    NO_DAY,
    NO_LABEL,
    NO_ROUTINE,
    ReminderFormText,
    fallback_time,
    remind_on_tip,
)
from coach.ui.reminders.day_toggle import CHECK, DayToggle
from coach.ui.widgets.buttons import make_button
from coach.ui.widgets.key_repeat import ENTER_KEYS, HELD
from coach.ui.widgets.labels import plain_label
from coach.words.reminders import (
    DAYS,
    WEEKDAYS,
    WEEKENDS,
    bedtime_text,
    full_day,
    label_text,
    short_day,
)


class ReminderEditor(QWidget):
    """Edits one reminder dict; emits ``saved(dict)`` or ``cancelled()``.

    Keys of the dict this form does not know (from a newer version) are kept.
    """

    saved = Signal(dict)  # schema.Reminder: the edited reminder
    cancelled = Signal()

    def __init__(self, library: Library, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderEditor")
        self._library = library
        self._language = language
        self._original: schema.Reminder = {}
        self._tried = False  # show problems only after the first Save, then live
        self._bedtime: schema.Bedtime = "23:00"
        self._build()

    # ----- construction -------------------------------------------------
    def _build(self) -> None:
        self.heading = plain_label(point_scale=1.3, bold=True,
                                   name=ReminderFormText.tr("Editing"))

        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(
            ReminderFormText.tr("Time of day, hours and minutes, 24-hour"))
        self.time_edit.setToolTip(ReminderFormText.tr(
            "Type the time, for example 2130 for 21:30; "
            "Up and Down change the part under the cursor"))
        self.time_edit.setWrapping(True)
        self.time_edit.setMinimumHeight(36)
        self.time_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        # At a set time (as always), or N minutes before the evening's bedtime.
        self.when_combo = QComboBox()
        self.when_combo.addItem(ReminderFormText.tr("At a set time"), AT_TIME)
        self.when_combo.addItem(ReminderFormText.tr("Before my bedtime"), BEFORE_BEDTIME)
        self.when_combo.setAccessibleName(ReminderFormText.tr("When to remind"))
        self.when_combo.setToolTip(ReminderFormText.tr(
            "At the same clock time, or a number of minutes before your bedtime "
            "(set in Settings)"))
        self.when_combo.setMinimumHeight(36)
        self.when_combo.currentIndexChanged.connect(self._when_changed)
        self.before_spin = QSpinBox()
        self.before_spin.setRange(0, MAX_BEFORE_BEDTIME)
        self.before_spin.setSingleStep(5)
        self.before_spin.setSuffix(ReminderFormText.tr(" min before bedtime"))
        self.before_spin.setSpecialValueText(ReminderFormText.tr("At bedtime"))
        self.before_spin.setAccessibleName(ReminderFormText.tr("Minutes before bedtime"))
        self.before_spin.setMinimumHeight(36)
        self.before_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.bedtime_note = plain_label(name=ReminderFormText.tr("Your bedtime"))
        time_row = QHBoxLayout()
        time_row.addWidget(self.when_combo)
        time_row.addWidget(self.time_edit)
        time_row.addWidget(self.before_spin)
        time_row.addStretch(1)

        self.day_buttons: dict[str, DayToggle] = {}
        day_row = QHBoxLayout()
        day_row.setSpacing(6)
        for day in DAYS:
            button = DayToggle(short_day(day))
            button.setAccessibleName(full_day(day))
            button.setToolTip(remind_on_tip(day))
            button.setMinimumHeight(36)
            button.toggled.connect(lambda on, b=button, d=day: self._day_toggled(b, d, on))
            self.day_buttons[day] = button
            day_row.addWidget(button)
        day_row.addStretch(1)

        self.every_day_button = make_button(ReminderFormText.tr("Every day"),
                                            ReminderFormText.tr("Every day"))
        self.weekdays_button = make_button(ReminderFormText.tr("Weekdays"),
                                           ReminderFormText.tr("Weekdays, Monday to Friday"))
        self.weekends_button = make_button(ReminderFormText.tr("Weekends"),
                                           ReminderFormText.tr("Weekends, Saturday and Sunday"))
        self.every_day_button.clicked.connect(lambda: self.set_days(DAYS))
        self.weekdays_button.clicked.connect(lambda: self.set_days(WEEKDAYS))
        self.weekends_button.clicked.connect(lambda: self.set_days(WEEKENDS))
        quick_row = QHBoxLayout()
        quick_row.setSpacing(6)
        for quick in (self.every_day_button, self.weekdays_button, self.weekends_button):
            quick_row.addWidget(quick)
        quick_row.addStretch(1)

        self.routine_combo = QComboBox()
        self.routine_combo.setAccessibleName(ReminderFormText.tr("Routine"))
        self.routine_combo.setToolTip(
            ReminderFormText.tr("The routine the reminder offers to start"))
        self.routine_combo.setMinimumHeight(36)
        self.routine_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        routines = sorted((r for r in self._library.routines.values() if r.kind == "routine"),
                          key=lambda r: r.title.get(self._language).casefold())
        for routine in routines:
            self.routine_combo.addItem(routine.title.get(self._language), routine.id)
        self._last_title = ""
        self.routine_combo.currentIndexChanged.connect(self._routine_changed)

        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(ReminderFormText.tr("Label"))
        self.label_edit.setToolTip(
            ReminderFormText.tr("What the reminder says, for example Evening stretch"))
        self.label_edit.setMaxLength(LABEL_MAX)
        self.label_edit.setMinimumHeight(36)
        self.label_edit.textChanged.connect(self._live_check)
        label_row = QHBoxLayout()  # wide enough for a long label, not the whole window
        label_row.addWidget(self.label_edit, 3)
        label_row.addStretch(2)

        self.enabled_box = QCheckBox(ReminderFormText.tr("Reminder on"))
        self.enabled_box.setAccessibleName(ReminderFormText.tr("Reminder on"))
        self.enabled_box.setToolTip(
            ReminderFormText.tr("Off keeps the reminder but does not remind"))

        self.error_label = plain_label(bold=True, name=ReminderFormText.tr("Problem"))
        self.error_label.setVisible(False)

        self.save_button = make_button(ReminderFormText.tr("Save"),
                                       ReminderFormText.tr("Save reminder (Enter)"))
        self.cancel_button = make_button(ReminderFormText.tr("Cancel"),
                                         ReminderFormText.tr("Cancel (Escape)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setColumnStretch(1, 1)
        rows: tuple[tuple[str, QWidget | QHBoxLayout], ...] = (
            (ReminderFormText.tr("When"), time_row), ("", self.bedtime_note),
            (ReminderFormText.tr("Days"), day_row),
            ("", quick_row), (ReminderFormText.tr("Routine"), self.routine_combo),
            (ReminderFormText.tr("Label"), label_row), ("", self.enabled_box))
        for index, (caption, field) in enumerate(rows):
            if caption:
                label = plain_label(caption, wrap=False, name=caption)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                form.addWidget(label, index, 0)
            if field is self.bedtime_note:
                form.addWidget(field, index, 1)
            elif isinstance(field, QWidget):
                form.addWidget(field, index, 1, Qt.AlignmentFlag.AlignLeft)
            else:
                form.addLayout(field, index, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        # The choice comes before the time it governs (created after it).
        chain: list[QWidget] = [self.when_combo, self.time_edit, self.before_spin,
                                *self.day_buttons.values()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ----- public -------------------------------------------------------
    def load(self, reminder: schema.Reminder, *, new: bool = False) -> None:
        """Fill the form from ``reminder`` (a copy is kept for unknown keys)."""
        self._original = copy.deepcopy(reminder)
        self._tried = False
        self.heading.setText(ReminderFormText.tr("New reminder") if new
                             else ReminderFormText.tr("Edit reminder"))
        time = QTime.fromString(str(reminder.get("time", DEFAULT_TIME)), "HH:mm")
        self.time_edit.setTime(time if time.isValid() else QTime(21, 30))
        before = reminder.get("before_bedtime")  # whole minutes; True is no number here
        minutes = before if isinstance(before, int) and not isinstance(before, bool) else None
        relative = minutes is not None
        self.before_spin.setValue(DEFAULT_BEFORE_BEDTIME if minutes is None else minutes)
        self.when_combo.setCurrentIndex(1 if relative else 0)
        self._when_changed()
        self.set_days(reminder.get("days") or DAYS)
        self._select_routine(str(reminder.get("routine") or DEFAULT_ROUTINE))
        routine = self._library.routine(self.routine_combo.currentData() or "")
        self.label_edit.setText(label_text(str(reminder.get("label") or ""),
                                           routine.title if routine else None, self._language)
                                or self._current_title())
        self.enabled_box.setChecked(bool(reminder.get("enabled", True)))
        self.error_label.setVisible(False)

    def set_bedtime(self, bedtime: schema.Bedtime) -> None:
        """The ``bedtime`` setting, for the note under the time and for the clock time
        an older version of the app would use for a relative reminder."""
        self._bedtime = bedtime
        self.bedtime_note.setText(ReminderFormText.tr(
            "Your bedtime: {bedtime}. Change it in Settings.").format(
                bedtime=bedtime_text(bedtime)))

    def relative(self) -> bool:
        return bool(self.when_combo.currentData() == BEFORE_BEDTIME)

    def set_days(self, days: Iterable[str]) -> None:
        """Choose exactly ``days`` (the quick choices use this)."""
        wanted = {str(day).lower() for day in days}
        for day, button in self.day_buttons.items():
            button.setChecked(day in wanted)
        self._live_check()

    def days(self) -> list[str]:
        return [day for day, button in self.day_buttons.items() if button.isChecked()]

    def value(self) -> schema.Reminder:
        """The reminder as the form shows it, ready for the settings."""
        reminder = copy.deepcopy(self._original)
        reminder.update({
            "time": self.time_edit.time().toString("HH:mm"),
            "days": self.days(),
            "routine": self.routine_combo.currentData() or "",
            "label": self.label_edit.text().strip(),
            "enabled": self.enabled_box.isChecked(),
        })
        reminder.pop("before_bedtime", None)
        if self.relative():
            reminder["before_bedtime"] = self.before_spin.value()
            reminder["time"] = fallback_time(reminder, self._bedtime)
        return reminder

    def problems(self) -> list[str]:
        found = []
        if not self.days():
            found.append(NO_DAY)
        if not self.label_edit.text().strip():
            found.append(NO_LABEL)
        if not self.routine_combo.currentData():
            found.append(NO_ROUTINE)
        return found

    def save(self) -> bool:
        """Emit ``saved`` if the form is complete; otherwise say what is missing."""
        self._tried = True
        problems = self._show_problems()
        if problems:
            self._focus_problem(problems[0])
            return False
        self.saved.emit(self.value())
        return True

    def focus_first(self) -> None:
        """The time (or the minutes before bedtime): what is changed most; the choice
        between the two is one Shift+Tab before it."""
        target = self.before_spin if self.relative() else self.time_edit
        target.setFocus(Qt.FocusReason.TabFocusReason)

    # ----- internals ----------------------------------------------------
    def _when_changed(self, _index: int = 0) -> None:
        """Show the clock time or the minutes before bedtime, whichever applies."""
        relative = self.relative()
        self.time_edit.setVisible(not relative)
        self.before_spin.setVisible(relative)
        self.bedtime_note.setVisible(relative)

    def _select_routine(self, routine_id: str) -> None:
        index = self.routine_combo.findData(routine_id)
        if index < 0 and routine_id:
            # Keep a reminder pointing at a routine file that went away,
            # rather than silently moving it to another routine.
            self.routine_combo.addItem(
                ReminderFormText.tr("{id} (not found)").format(id=routine_id), routine_id)
            index = self.routine_combo.count() - 1
        self.routine_combo.setCurrentIndex(max(0, index))
        self._last_title = self._current_title()

    def _current_title(self) -> str:
        routine = self._library.routine(self.routine_combo.currentData() or "")
        return routine.title.get(self._language) if routine else ""

    def _routine_changed(self) -> None:
        # The label follows the routine until the user writes their own.
        label = self.label_edit.text().strip()
        if not label or label == self._last_title:
            self.label_edit.setText(self._current_title())
        self._last_title = self._current_title()

    def _day_toggled(self, button: DayToggle, day: str, on: bool) -> None:
        button.setText((CHECK if on else "") + short_day(day))
        self._live_check()

    def _live_check(self) -> None:
        # Before the first Save only a missing day is said at once (a quick
        # choice or a toggle makes it obvious); afterwards everything is live.
        if self._tried or not self.days():
            self._show_problems()

    def _show_problems(self) -> list[str]:
        problems = self.problems()
        if not self._tried:
            problems = [p for p in problems if p == NO_DAY]
        self.error_label.setText(" ".join(ReminderFormText.tr(p) for p in problems))
        self.error_label.setVisible(bool(problems))
        return problems

    def _focus_problem(self, problem: str) -> None:
        target: QWidget = {NO_DAY: self.day_buttons["mon"], NO_LABEL: self.label_edit,
                           NO_ROUTINE: self.routine_combo}[problem]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from any field; on a focused button it presses that button.

        Once per press: the Enter that opened the form, held, saved it at once.
        """
        if event.key() in ENTER_KEYS:
            if HELD.repeated(event):
                event.accept()
                return
            focus = QApplication.focusWidget()
            if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
                focus.click()
            else:
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        HELD.note_release(event)  # a field's release comes up here: see keyPressEvent
        super().keyReleaseEvent(event)

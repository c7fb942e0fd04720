"""Date and time fields that take typing, for forms where the keyboard is the way in.

Why: a plain date-time edit put the cursor inside a section, where typed
digits were refused, so only the arrows changed the time. Focused, these
select a section (the hour, the day) so typing replaces it; a click selects
the section under the mouse; Tab leaves the field instead of stepping
through its sections. Also the conversions between Qt's dates and Python's
wall-clock times.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QObject, QTime
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget


def qt_date(wall: datetime) -> QDate:
    return QDate(wall.year, wall.month, wall.day)


def qt_time(wall: datetime) -> QTime:
    return QTime(wall.hour, wall.minute)


def py_wall(day: QDate, moment: QTime) -> datetime:
    """A naive wall-clock time from a date field and a time field."""
    # Date and time are kept apart, so no zone can make a wall time unrepresentable.
    return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())


def _select_on_focus(edit: QDateTimeEdit, section: QDateTimeEdit.Section,
                     event: QFocusEvent) -> None:
    """Select a section on focus, so typing replaces it rather than being refused."""
    edit.setSelectedSection(section)


def _select_clicked_section(edit: QDateTimeEdit, event: QEvent) -> None:
    """A click in the text (the line edit inside) selects the section clicked."""
    if (event.type() == QEvent.Type.MouseButtonRelease
            and edit.currentSection() != QDateTimeEdit.Section.NoSection):
        edit.setSelectedSection(edit.currentSection())


def _next_field(edit: QDateTimeEdit, forward: bool) -> bool:
    """Tab goes to the next field, as everywhere else in the form, instead of
    stepping through the sections (the arrows and typing move between those)."""
    return QWidget.focusNextPrevChild(edit, forward)


class TypedTimeEdit(QTimeEdit):
    """HH:mm that takes typing: focused, the hour is selected, so "0315" or "3:15"
    gives 03:15; a click selects the hour or the minutes under the mouse.

    Why: a plain date-time edit put the cursor inside a section, where typed
    digits were refused, so only the arrows changed the time.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _select_on_focus(self, QDateTimeEdit.Section.HourSection, event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        return _next_field(self, forward)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        _select_clicked_section(self, event)
        return super().eventFilter(watched, event)


class TypedDateEdit(QDateEdit):
    """The date, typed or picked: focused, the day of the month is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _select_on_focus(self, QDateTimeEdit.Section.DaySection, event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        return _next_field(self, forward)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        _select_clicked_section(self, event)
        return super().eventFilter(watched, event)

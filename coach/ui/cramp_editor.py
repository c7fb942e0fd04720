"""The form for adding a cramp after the fact, or correcting one in the diary.

"It happened at 3 a.m., I log it now": the time defaults to now and is typed
in local wall time. Besides the night's quick 1-5 "how bad", the form takes
the 0-10 scales used in studies (how bad, how much it disturbed sleep) and
the optional notes about the day (tags) of the cramp's night; the 1-5 value
stays as noted and is read as 2-10 where one scale is needed
(``coach.store.history.severity_0_10``). The form is a page (not a modal dialog), so it works with
the keyboard alone (Tab between fields, Enter saves, Escape cancels) and
tests need no event loop tricks. It does no I/O: it hands a ``CrampDraft``
to whoever shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.engine.clock import Clock
from coach.i18n import Tr
from coach.insights.counts import NIGHT_ENDS, NIGHT_STARTS
from coach.store.history import TAGS, CrampRow
from coach.ui.models.legs import leg_words
from coach.ui.widgets.labels import plain_label

NOTE_MAX = 500
FIELD_HEIGHT = 34
FORM_WIDTH = 640
EARLIEST = datetime(2000, 1, 1)


class EditorText(Tr):
    """Translation context for the cramp form (add after the fact, edit)."""


def leg_choices() -> tuple[tuple[str | None, str], ...]:
    return ((None, EditorText.tr("Not noted")),
            *((leg, leg_words(leg).full) for leg in ("left", "right", "both")))


def severity_choices() -> tuple[tuple[int | None, str], ...]:
    return ((None, EditorText.tr("Not noted")), (1, EditorText.tr("1 of 5 (mild)")),
            (2, EditorText.tr("2 of 5")), (3, EditorText.tr("3 of 5")),
            (4, EditorText.tr("4 of 5")), (5, EditorText.tr("5 of 5 (worst)")))


def scale_choices(low: str, high: str) -> tuple[tuple[int | None, str], ...]:
    """Not noted, then 0 to 10 with words at both ends."""
    return ((None, EditorText.tr("Not noted")), (0, EditorText.tr("0 ({words})").format(
        words=low)), *((n, str(n)) for n in range(1, 10)),
        (10, EditorText.tr("10 ({words})").format(words=high)))


def how_bad_choices() -> tuple[tuple[int | None, str], ...]:
    return scale_choices(EditorText.tr("no pain"), EditorText.tr("worst imaginable"))


def sleep_choices() -> tuple[tuple[int | None, str], ...]:
    return scale_choices(EditorText.tr("not at all"), EditorText.tr("could not sleep again"))


def tag_day(wall: datetime) -> date:
    """The day a cramp's notes belong to: the evening before its night, or a daytime
    cramp's own date (``coach.insights.counts.cramp_day``, on the typed wall time)."""
    if wall.time() >= NIGHT_STARTS:
        return wall.date()
    if wall.time() < NIGHT_ENDS:
        return wall.date() - timedelta(days=1)
    return wall.date()


@dataclass(frozen=True)
class CrampDraft:
    """What the form holds, ready for ``History.add_cramp`` (and ``set_tags``)."""

    started: datetime  # aware, in the clock's zone
    duration_s: float | None
    leg: str | None
    severity: int | None
    note: str
    how_bad: int | None = None  # 0-10
    sleep_disturbance: int | None = None  # 0-10
    tag_day: date | None = None  # the day the tags are about
    tags: tuple[str, ...] = ()


# --- local time ---------------------------------------------------------------------
# The system clock reports a fixed UTC offset (today's). Applying it to a
# summer date in winter would be an hour off, so for the system zone we let
# the C library resolve each date's own offset; an explicit zone (a ZoneInfo,
# as tests and a configured zone use) is applied as it is.


def _explicit_zone(now: datetime) -> tzinfo | None:
    """The clock's zone if it is a real zone; None when it is the system's local zone."""
    zone = now.tzinfo
    if isinstance(zone, ZoneInfo):
        return zone
    if now.utcoffset() == now.astimezone().utcoffset():
        return None
    return zone


def aware_from_wall(wall: datetime, now: datetime) -> datetime:
    """A typed wall-clock time as an aware moment in the zone of ``now``.

    A time in the spring-forward gap moves forward (02:30 becomes 03:30); in
    the autumn overlap the first of the two is taken.
    """
    zone = _explicit_zone(now)
    if zone is None:
        return wall.astimezone()
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone)


def _qt_date(wall: datetime) -> QDate:
    return QDate(wall.year, wall.month, wall.day)


def _qt_time(wall: datetime) -> QTime:
    return QTime(wall.hour, wall.minute)


def _py_wall(day: QDate, moment: QTime) -> datetime:
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


class CrampEditor(QWidget):
    """Add or edit one cramp. Emits ``saved(CrampDraft)`` or ``cancelled``."""

    saved = Signal(object)
    cancelled = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrampEditor")
        self._clock = clock
        self._original: CrampRow | None = None
        self._original_fields: dict[str, Any] = {}
        self._latest: datetime | None = None  # now, when the form was filled
        self._filling = False
        self._known_tags: Mapping[date, tuple[str, ...]] = {}  # the diary's, by day
        self._tags_touched = False  # the user ticked or unticked a note
        self._build()
        self._bind_keys()
        self.start_new()

    def _build(self) -> None:
        self.title = plain_label(EditorText.tr("Add a cramp"), wrap=False, point_scale=1.6,
                                 bold=True, name=EditorText.tr("Form title"))
        self.hint = plain_label("", name=EditorText.tr("Form hint"))

        self.when = TypedDateEdit()
        self.when.setDisplayFormat("d MMM yyyy, ddd")  # the day first: focused, it is selected
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(EditorText.tr("Day it happened"))
        self.when.setMinimumDate(_qt_date(EARLIEST))
        self.time = TypedTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(EditorText.tr("Time it happened (local time, type it)"))
        self.time.setToolTip(EditorText.tr("Type the time, for example 03:15"))
        self.time.timeChanged.connect(self._keep_in_past)
        self.time.timeChanged.connect(self._show_tag_day)
        self.when.dateChanged.connect(self._show_tag_day)
        when_row = QHBoxLayout()
        when_row.setSpacing(8)
        # The time first, and focused when the form opens: typing "0315" at once
        # sets 03:15 (the day, today by default, changes less often).
        when_row.addWidget(self.time)
        when_row.addWidget(self.when)
        when_row.addStretch(1)

        self.minutes = QSpinBox()
        self.minutes.setRange(0, 180)
        self.minutes.setSuffix(EditorText.tr(" min"))
        self.minutes.setAccessibleName(EditorText.tr("How long: minutes"))
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 59)
        self.seconds.setSuffix(EditorText.tr(" s"))
        self.seconds.setAccessibleName(EditorText.tr("How long: seconds"))
        duration_row = QHBoxLayout()
        duration_row.setSpacing(8)
        duration_row.addWidget(self.minutes)
        duration_row.addWidget(self.seconds)
        # Wraps: at 200 % text in a small window one line is cut off.
        duration_row.addWidget(plain_label(EditorText.tr("0 min 0 s means not noted"),
                                           name=EditorText.tr("Duration hint")), 1)

        self.leg = QComboBox()
        self.leg.setAccessibleName(EditorText.tr("Which leg"))
        for value, text in leg_choices():
            self.leg.addItem(text, value)
        self.severity = QComboBox()
        self.severity.setAccessibleName(EditorText.tr("How bad, 1 mild to 5 worst"))
        for value, text in severity_choices():
            self.severity.addItem(text, value)
        self.how_bad = QComboBox()
        self.how_bad.setAccessibleName(EditorText.tr("How bad, 0 no pain to 10 worst imaginable"))
        for value, text in how_bad_choices():
            self.how_bad.addItem(text, value)
        self.sleep = QComboBox()
        self.sleep.setAccessibleName(EditorText.tr(
            "How much it disturbed sleep, 0 not at all to 10 could not sleep again"))
        for value, text in sleep_choices():
            self.sleep.addItem(text, value)
        scale_hint = plain_label(EditorText.tr(
            "Either scale is enough. 1 to 5 (the keys at night) counts as 2 to 10 where one "
            "scale is needed."), name=EditorText.tr("Scale hint"))
        self.tags_label = plain_label("", name=EditorText.tr("Notes about the day"))
        self.tag_boxes: dict[str, QCheckBox] = {}
        tag_grid = QGridLayout()
        tag_grid.setContentsMargins(0, 0, 0, 0)
        tag_grid.setHorizontalSpacing(16)
        from coach.report.pdf import tag_name  # the same words as the check-in and the report

        for i, tag in enumerate(TAGS):
            box = QCheckBox(tag_name(tag)[:1].upper() + tag_name(tag)[1:])
            box.setAccessibleName(box.text())
            box.clicked.connect(self._tags_ticked)
            self.tag_boxes[tag] = box
            tag_grid.addWidget(box, i // 2, i % 2)
        tags_column = QVBoxLayout()
        tags_column.setSpacing(4)
        tags_column.addWidget(self.tags_label)
        tags_column.addLayout(tag_grid)
        self.note = QLineEdit()
        self.note.setAccessibleName(EditorText.tr("Note (optional)"))
        self.note.setPlaceholderText(EditorText.tr("Note (optional)"))
        self.note.setMaxLength(NOTE_MAX)

        for field in (self.when, self.time, self.minutes, self.seconds, self.leg,
                      self.severity, self.how_bad, self.sleep, self.note):
            field.setMinimumHeight(FIELD_HEIGHT)
        self.when.setMinimumWidth(self.fontMetrics().horizontalAdvance(
            self.when.locale().toString(QDate(2026, 9, 30), self.when.displayFormat())) + 60)
        self.time.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00") + 60)
        for combo in (self.leg, self.severity, self.how_bad, self.sleep):
            widest = max(self.fontMetrics().horizontalAdvance(combo.itemText(i))
                         for i in range(combo.count()))
            combo.setMinimumWidth(widest + 50)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for text, field in ((EditorText.tr("When"), when_row),
                            (EditorText.tr("How long"), duration_row),
                            (EditorText.tr("Which leg"), self.leg),
                            (EditorText.tr("How bad (1 to 5)"), self.severity),
                            (EditorText.tr("How bad (0 to 10)"), self.how_bad),
                            (EditorText.tr("Sleep disturbed (0 to 10)"), self.sleep),
                            (EditorText.tr("Note"), self.note)):
            label = plain_label(text, wrap=False,
                                name=EditorText.tr("{field} label").format(field=text))
            label.setMinimumHeight(FIELD_HEIGHT)
            form.addRow(label, field)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            elif field is when_row:
                label.setBuddy(self.time)
        form.insertRow(5, "", scale_hint)
        self.note.setMinimumWidth(FORM_WIDTH - 160)

        self.save_button = QPushButton(EditorText.tr("Save  (Enter)"))
        self.save_button.setAccessibleName(EditorText.tr("Save the entry (Enter)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(EditorText.tr("Cancel  (Esc)"))
        self.cancel_button.setAccessibleName(EditorText.tr("Cancel without saving (Escape)"))
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.cancel_button, self.save_button):
            button.setMinimumSize(130, 38)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        # A column of readable width: fields far apart on a wide window are hard to scan.
        column = QWidget()
        column.setMaximumWidth(FORM_WIDTH + 120)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addSpacing(10)
        inner.addLayout(tags_column)
        inner.addStretch(1)
        # Large text in a small window: the fields scroll, the buttons stay in view.
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addSpacing(6)
        layout.addLayout(buttons)

        self.setTabOrder(self.time, self.when)
        self.setTabOrder(self.when, self.minutes)
        self.setTabOrder(self.minutes, self.seconds)
        self.setTabOrder(self.seconds, self.leg)
        self.setTabOrder(self.leg, self.severity)
        self.setTabOrder(self.severity, self.how_bad)
        self.setTabOrder(self.how_bad, self.sleep)
        self.setTabOrder(self.sleep, self.note)
        previous: QWidget = self.note
        for box in self.tag_boxes.values():
            self.setTabOrder(previous, box)
            previous = box
        self.setTabOrder(previous, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)

    def _bind_keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in ((Qt.Key.Key_Return, self.save), (Qt.Key.Key_Enter, self.save),
                          (Qt.Key.Key_Escape, self.cancel)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # ----- public -------------------------------------------------------
    @property
    def editing_id(self) -> int | None:
        """The id of the cramp being edited; None when adding a new one."""
        return None if self._original is None else self._original.id

    def start_new(self, tags: Mapping[date, tuple[str, ...]] | None = None) -> None:
        """An empty form for a cramp that already happened; the time starts at now.

        ``tags`` are the diary's notes by day, so the form shows those of the
        cramp's day (and follows the day when it is changed).
        """
        self._known_tags = tags or {}
        self._original = None
        self._original_fields = {}
        self.title.setText(EditorText.tr("Add a cramp"))
        self.hint.setText(EditorText.tr(
            "Log a cramp after the fact: set the day and type the time it happened, "
            "in local time. A cramp before noon counts for the night before; "
            "one from noon to 6 p.m. is a daytime cramp."))
        self._fill(self._clock.now(), None, None, None, "", None, None)
        self.time.setFocus()

    def start_edit(self, row: CrampRow,
                   tags: Mapping[date, tuple[str, ...]] | None = None) -> None:
        """The form filled with ``row``; only what the user changes is saved."""
        self._known_tags = tags or {}
        self._original = row
        self.title.setText(EditorText.tr("Edit cramp"))
        self.hint.setText(EditorText.tr("Change what you need, then press Enter."))
        self._fill(row.started, row.duration_s, row.leg, row.severity, row.note, row.how_bad,
                   row.sleep_disturbance)
        self._original_fields = self._form_fields()
        self.time.setFocus()

    def draft(self) -> CrampDraft:
        """The form as a diary entry."""
        fields = self._form_fields()
        return CrampDraft(started=aware_from_wall(fields["started"], self._clock.now()),
                          duration_s=fields["duration_s"], leg=fields["leg"],
                          severity=fields["severity"], note=fields["note"],
                          how_bad=fields["how_bad"],
                          sleep_disturbance=fields["sleep_disturbance"],
                          tag_day=tag_day(fields["started"]), tags=self.chosen_tags())

    def chosen_tags(self) -> tuple[str, ...]:
        return tuple(tag for tag, box in self.tag_boxes.items() if box.isChecked())

    def tags_changed(self) -> bool:
        """Whether the ticked notes differ from the diary's for the cramp's day."""
        day = tag_day(self._form_fields()["started"])
        return set(self.chosen_tags()) != set(self._known_tags.get(day, ()))

    def changes(self) -> dict[str, Any]:
        """For an edit: only the fields the user changed, ready for ``update_cramp``.

        A field left alone keeps its stored value exactly (a 40.3 s duration
        is not rounded, a time noted in another zone is not moved).
        """
        draft = self.draft()
        current = self._form_fields()
        result: dict[str, Any] = {}
        for name, value in current.items():
            if self._original is None or value != self._original_fields.get(name):
                result[name] = getattr(draft, name)
        return result

    def save(self) -> None:
        if self.isVisible():
            self.saved.emit(self.draft())

    def cancel(self) -> None:
        if self.isVisible():
            self.cancelled.emit()

    # ----- helpers ------------------------------------------------------
    def _fill(self, started: datetime, duration_s: float | None, leg: str | None,
              severity: int | None, note: str, how_bad: int | None,
              sleep_disturbance: int | None) -> None:
        # Times show as the wall clock said where and when they were noted.
        self._latest = self._clock.now().replace(tzinfo=None, second=0, microsecond=0)
        self.when.setMaximumDate(_qt_date(self._latest))
        self._filling = True  # a stored time is shown as it is
        self.when.setDate(_qt_date(started))
        self.time.setTime(_qt_time(started))
        self._filling = False
        whole = round(duration_s or 0)
        minutes, seconds = divmod(whole, 60)
        if minutes > self.minutes.maximum():
            minutes, seconds = self.minutes.maximum(), 59
        self.minutes.setValue(minutes)
        self.seconds.setValue(seconds)
        self.leg.setCurrentIndex(max(0, self.leg.findData(leg)) if leg else 0)
        self.severity.setCurrentIndex(max(0, self.severity.findData(severity))
                                      if severity else 0)
        for combo, value in ((self.how_bad, how_bad), (self.sleep, sleep_disturbance)):
            combo.setCurrentIndex(0 if value is None else max(0, combo.findData(value)))
        self.note.setText(note)
        self._tags_touched = False
        self._show_tag_day()

    def _keep_in_past(self) -> None:
        """A time later than now, typed on today's date, means yesterday.

        Why not refuse it: the time comes first in the form, so someone
        logging at 08:00 a cramp of 23:00 types 23:00 before touching the
        day; that is last night, and the form says so by moving the day.
        """
        latest = self._latest
        if latest is None or self._filling:
            return
        today = _qt_date(latest)
        if self.when.date() == today and self.time.time() > _qt_time(latest):
            self.when.setDate(today.addDays(-1))

    def _tags_ticked(self) -> None:
        self._tags_touched = True

    def _show_tag_day(self) -> None:
        """Name the day the notes are about; show the diary's notes for it until the
        user ticks one (then the ticks stay, whatever day is chosen)."""
        from coach.ui.widgets.history_chart import day_text

        if not hasattr(self, "tags_label"):
            return  # still being built
        day = tag_day(_py_wall(self.when.date(), self.time.time()))
        self.tags_label.setText(EditorText.tr(
            "Noted about {day} (optional, recorded as you say):").format(day=day_text(day)))
        if not self._tags_touched:
            known = set(self._known_tags.get(day, ()))
            for tag, box in self.tag_boxes.items():
                box.setChecked(tag in known)

    def _form_fields(self) -> dict[str, Any]:
        seconds = self.minutes.value() * 60 + self.seconds.value()
        return {"started": _py_wall(self.when.date(), self.time.time()),
                "duration_s": float(seconds) if seconds else None,
                "leg": self.leg.currentData(), "severity": self.severity.currentData(),
                "how_bad": self.how_bad.currentData(),
                "sleep_disturbance": self.sleep.currentData(),
                "note": self.note.text().strip()}


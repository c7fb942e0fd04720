"""The form for adding a cramp after the fact, or correcting one in the diary.

"It happened at 3 a.m., I log it now": the time defaults to now and is typed
in local wall time. Besides the night's quick 1-5 "how bad", the form takes
the 0-10 scales used in studies (how bad, how much it disturbed sleep) and
the optional notes about the day (tags) of the cramp's night; the 1-5 value
stays as noted and is read as 2-10 where one scale is needed
(``coach.store.history.severity_0_10``). The form is a page (not a modal dialog), so it works with
the keyboard alone (Tab between fields, Enter saves, Escape cancels) and
tests need no event loop tricks. It does no I/O: it hands a ``CrampDraft``
to whoever shows it. The choices and the draft are in
``coach/ui/models/cramp_form.py``, the typed date and time fields in
``coach/ui/widgets/typed_time.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.engine.clock import Clock
from coach.store.history import TAGS, CrampRow
from coach.store.history_rows import CRAMP_FIELDS, CrampFields
from coach.ui.models.cramp_form import (
    CrampDraft,
    EditorText,
    aware_from_wall,
    how_bad_choices,
    leg_choices,
    severity_choices,
    sleep_choices,
    tag_day,
)
from coach.ui.widgets.key_repeat import key_once
from coach.ui.widgets.labels import plain_label
from coach.ui.widgets.readable_column import ReadableColumn
from coach.ui.widgets.scroll_page import scroll_page
from coach.ui.widgets.typed_time import TypedDateEdit, TypedTimeEdit, py_wall, qt_date, qt_time

NOTE_MAX = 500
FIELD_HEIGHT = 34
FORM_WIDTH = 640
EARLIEST = datetime(2000, 1, 1)

def _fill_combo(combo: QComboBox, choices: tuple[tuple[object, str], ...]) -> None:
    for value, text in choices:
        combo.addItem(text, value)


class CrampEditor(QWidget):
    """Add or edit one cramp. Emits ``saved(CrampDraft)`` or ``cancelled``."""

    saved = Signal(object)  # CrampDraft
    cancelled = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrampEditor")
        self._clock = clock
        self._original: CrampRow | None = None
        self._original_fields: CrampFields = {}
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
        self.when.setMinimumDate(qt_date(EARLIEST))
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
        duration_row.addStretch(1)
        # On its own line under the fields (like the scale hint): beside them, at
        # 200 % text, it wrapped into a narrow column three lines high.
        duration_hint = plain_label(EditorText.tr("0 min 0 s means not noted"),
                                    name=EditorText.tr("Duration hint"))

        self.leg = QComboBox()
        self.leg.setAccessibleName(EditorText.tr("Which leg"))
        _fill_combo(self.leg, leg_choices())
        self.severity = QComboBox()
        self.severity.setAccessibleName(EditorText.tr("How bad, 1 mild to 5 worst"))
        _fill_combo(self.severity, severity_choices())
        self.how_bad = QComboBox()
        self.how_bad.setAccessibleName(EditorText.tr("How bad, 0 no pain to 10 worst imaginable"))
        _fill_combo(self.how_bad, how_bad_choices())
        self.sleep = QComboBox()
        self.sleep.setAccessibleName(EditorText.tr(
            "How much it disturbed sleep, 0 not at all to 10 could not sleep again"))
        _fill_combo(self.sleep, sleep_choices())
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

        for widget in (self.when, self.time, self.minutes, self.seconds, self.leg,
                       self.severity, self.how_bad, self.sleep, self.note):
            widget.setMinimumHeight(FIELD_HEIGHT)
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
        # Each row: its caption, its field, and the field the caption's buddy is (the
        # time for "When"; none for the two spin boxes of "How long").
        rows: tuple[tuple[str, QWidget | QLayout, QWidget | None], ...] = (
            (EditorText.tr("When"), when_row, self.time),
            (EditorText.tr("How long"), duration_row, None),
            (EditorText.tr("Which leg"), self.leg, self.leg),
            (EditorText.tr("How bad (1 to 5)"), self.severity, self.severity),
            (EditorText.tr("How bad (0 to 10)"), self.how_bad, self.how_bad),
            (EditorText.tr("Sleep disturbed (0 to 10)"), self.sleep, self.sleep),
            (EditorText.tr("Note"), self.note, self.note))
        for text, field, buddy in rows:
            label = plain_label(text, wrap=False,
                                name=EditorText.tr("{field} label").format(field=text))
            label.setMinimumHeight(FIELD_HEIGHT)
            form.addRow(label, field)
            if buddy is not None:
                label.setBuddy(buddy)
        form.insertRow(5, "", scale_hint)
        form.insertRow(2, "", duration_hint)
        # The field column's width for the note and the hints under the fields, so
        # that the hints read as lines, not as a narrow column beside the form.
        for wide in (self.note, duration_hint, scale_hint):
            wide.setMinimumWidth(FORM_WIDTH - 160)

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

        column = ReadableColumn(FORM_WIDTH + 120)  # at large text, as wide as it needs
        inner = column.column_layout
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addSpacing(10)
        inner.addLayout(tags_column)
        inner.addStretch(1)
        column.fit()
        # Large text in a small window: the fields scroll, the buttons stay in view.
        self.scroll_area = scroll_page(column)  # not `scroll`: that is QWidget.scroll()

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
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
        for key, slot in ((Qt.Key.Key_Return, self.save), (Qt.Key.Key_Enter, self.save),
                          (Qt.Key.Key_Escape, self.cancel)):
            # Once per press: the Enter that opened the form, held, saved it at once.
            key_once(key, self, slot)

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

    def changes(self) -> CrampFields:
        """For an edit: only the fields the user changed, ready for ``update_cramp``.

        A field left alone keeps its stored value exactly (a 40.3 s duration
        is not rounded, a time noted in another zone is not moved).
        """
        draft = self.draft()
        current = self._form_fields()
        result: CrampFields = {}
        for name in CRAMP_FIELDS:
            if self._original is None or current.get(name) != self._original_fields.get(name):
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
        self.when.setMaximumDate(qt_date(self._latest))
        self._filling = True  # a stored time is shown as it is
        self.when.setDate(qt_date(started))
        self.time.setTime(qt_time(started))
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
        today = qt_date(latest)
        if self.when.date() == today and self.time.time() > qt_time(latest):
            self.when.setDate(today.addDays(-1))

    def _tags_ticked(self) -> None:
        self._tags_touched = True

    def _show_tag_day(self) -> None:
        """Name the day the notes are about; show the diary's notes for it until the
        user ticks one (then the ticks stay, whatever day is chosen)."""
        from coach.ui.widgets.history_chart import day_text

        if not hasattr(self, "tags_label"):
            return  # still being built
        day = tag_day(py_wall(self.when.date(), self.time.time()))
        self.tags_label.setText(EditorText.tr(
            "Noted about {day} (optional, recorded as you say):").format(day=day_text(day)))
        if not self._tags_touched:
            known = set(self._known_tags.get(day, ()))
            for tag, box in self.tag_boxes.items():
                box.setChecked(tag in known)

    def _form_fields(self) -> CrampFields:
        seconds = self.minutes.value() * 60 + self.seconds.value()
        return {"started": py_wall(self.when.date(), self.time.time()),
                "duration_s": float(seconds) if seconds else None,
                "leg": self.leg.currentData(), "severity": self.severity.currentData(),
                "how_bad": self.how_bad.currentData(),
                "sleep_disturbance": self.sleep.currentData(),
                "note": self.note.text().strip()}


"""Reminders: the list of evening reminders, switched on and off, added, edited, removed.

The screen edits a list of plain reminder dicts (the ``reminders`` setting)
and emits the whole new list after every change; the window saves it and the
scheduler follows. No file I/O and no time arithmetic here: "when is the next
one" arrives as finished text through ``set_next_text``.

Remove acts at once and offers Undo in the line under the list (one click to
take it back, no confirmation box to get stuck in).
"""

from __future__ import annotations

import copy
import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.content.model import Library
from coach.engine.schedule import DEFAULT_NIGHT, Night
from coach.i18n import QT_TRANSLATE_NOOP
from coach.store import settings_schema as schema
from coach.ui.models.reminder_form import (
    DEFAULT_ROUTINE,
    DEFAULT_TIME,
    RemindersText,
    new_reminder_id,
)
from coach.ui.reminder_editor import ReminderEditor
from coach.ui.reminders.row import ReminderRow
from coach.ui.widgets.buttons import make_button
from coach.ui.widgets.key_repeat import key_once
from coach.ui.widgets.labels import plain_label
from coach.ui.widgets.scroll_page import scroll_page
from coach.words.reminders import DAYS, quiet_warning, reminder_summary

HOW_THEY_ARRIVE = QT_TRANSLATE_NOOP(
    "RemindersText",
    "Reminders appear as a desktop notification or a small window, also after the "
    "computer slept. Closing the window does not stop them: Calf Coach keeps running "
    "until you choose Quit. It can start when you log in (Settings).")
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "RemindersText",
    "No reminders yet. Add one to be reminded of your stretch in the evening.")


class RemindersScreen(QWidget):
    """The reminders page. Emits ``remindersChanged(list)`` after each change, ``closed``."""

    remindersChanged = Signal(list)  # list[schema.Reminder]: the whole list, to save
    closed = Signal()

    def __init__(self, library: Library, reminders: list[schema.Reminder],
                 language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RemindersScreen")
        self._library = library
        self._language = language
        self._reminders: list[schema.Reminder] = []
        self._editing_id: str | None = None  # None while the form adds a new one
        self._undo: tuple[int, schema.Reminder] | None = None
        self._night: Night = DEFAULT_NIGHT  # bedtime and quiet hours (set_night)
        self.rows: list[ReminderRow] = []
        self._build()
        self.set_reminders(reminders)
        key_once(Qt.Key.Key_Escape, self, self._escape)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    # ----- construction -------------------------------------------------
    def _build(self) -> None:
        self.title = plain_label(RemindersText.tr("Reminders"), wrap=False, point_scale=1.8,
                                 bold=True, name=RemindersText.tr("Reminders"))
        self.next_label = plain_label(wrap=False, point_scale=1.15,
                                      name=RemindersText.tr("Next reminder"))
        self.next_label.setVisible(False)
        self.note = plain_label(RemindersText.tr(HOW_THEY_ARRIVE),
                                name=RemindersText.tr("How reminders arrive"))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.next_label, 0, Qt.AlignmentFlag.AlignBottom)

        # --- list page
        self.empty_label = plain_label(RemindersText.tr(EMPTY_TEXT),
                                       name=RemindersText.tr("No reminders"))
        self._rows_box = QWidget()
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.addStretch(1)
        # The rows take the focus; not `self.scroll`, that is QWidget.scroll().
        self.list_scroll = scroll_page(self._rows_box, name=RemindersText.tr("Reminder list"))

        self.status = plain_label(name=RemindersText.tr("Status"))
        self.undo_button = make_button(RemindersText.tr("Undo"), RemindersText.tr("Undo remove"))
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.setVisible(False)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)

        self.add_button = make_button(RemindersText.tr("Add reminder"),
                                      RemindersText.tr("Add reminder"))
        self.add_button.clicked.connect(self.add_reminder)
        self.back_button = make_button(RemindersText.tr("Back"),
                                       RemindersText.tr("Back (Escape)"))
        self.back_button.clicked.connect(self.closed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.empty_label)
        list_layout.addWidget(self.list_scroll, 1)
        list_layout.addLayout(status_row)
        list_layout.addLayout(buttons)

        # --- editor page (scrolls when large text makes it taller than the window)
        self.editor = ReminderEditor(self._library, self._language)
        self.editor.saved.connect(self._editor_saved)
        self.editor.cancelled.connect(self._editor_cancelled)
        editor_scroll = scroll_page(self.editor, name=RemindersText.tr("Reminder form"),
                                    sideways=True)
        self._editor_scroll = editor_scroll

        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(editor_scroll)

        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.note)
        root.addWidget(self.pages, 1)

    # ----- public -------------------------------------------------------
    def set_reminders(self, reminders: list[schema.Reminder]) -> None:
        """Show ``reminders`` (from the settings); nothing is emitted."""
        self._reminders = copy.deepcopy(list(reminders))
        self._rebuild()

    def reminders(self) -> list[schema.Reminder]:
        """The list as shown (a copy)."""
        return copy.deepcopy(self._reminders)

    def set_bedtime(self, bedtime: schema.Bedtime) -> None:
        """The ``bedtime`` setting, for the form's "N minutes before bedtime"."""
        self.editor.set_bedtime(bedtime)

    def set_night(self, night: Night) -> None:
        """Bedtime and quiet hours: a saved reminder that would fall in them says so."""
        self._night = night

    def set_next_text(self, text: str) -> None:
        """Show "Next: tonight at 21:30" (made by ``reminder_text.short_next_text``)."""
        self.next_label.setText(text)
        self.next_label.setVisible(bool(text))

    def open(self) -> None:
        """Called when the window shows this page: focus where the user will act."""
        if self.editing:
            self.editor.focus_first()
        else:
            self._focus_list()

    @property
    def editing(self) -> bool:
        return self.pages.currentIndex() == 1

    def row_for(self, reminder_id: str) -> ReminderRow | None:
        return next((row for row in self.rows if row.reminder_id == reminder_id), None)

    def add_reminder(self) -> None:
        """Open the form on a new reminder: 21:30 every day, the evening stretch."""
        routine_id = DEFAULT_ROUTINE if self._library.routine(DEFAULT_ROUTINE) else ""
        self._editing_id = None
        self.editor.load({"id": new_reminder_id(self._reminders), "time": DEFAULT_TIME,
                          "days": list(DAYS), "routine": routine_id, "label": "",
                          "enabled": True}, new=True)
        self._show_editor()

    def edit_reminder(self, reminder_id: str) -> None:
        index = self._index_of(reminder_id)
        if index is None:
            return
        self._editing_id = reminder_id
        self.editor.load(self._reminders[index])
        self._show_editor()

    def set_enabled(self, reminder_id: str, on: bool) -> None:
        index = self._index_of(reminder_id)
        if index is None or self._reminders[index].get("enabled", True) == on:
            return
        self._reminders[index]["enabled"] = on
        self._say("")
        self._changed(focus=(reminder_id, "switch"))

    def remove_reminder(self, reminder_id: str) -> None:
        """Remove at once; Undo in the status line puts it back where it was."""
        index = self._index_of(reminder_id)
        if index is None:
            return
        removed = self._reminders.pop(index)
        self._undo = (index, removed)
        self._say(RemindersText.tr("Removed: {reminder}.").format(
            reminder=self._summary(removed)), undo=True)
        self._changed()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_remove(self) -> None:
        if self._undo is None:
            return
        index, reminder = self._undo
        self._undo = None
        if self._index_of(str(reminder.get("id"))) is not None:
            reminder = {**reminder, "id": new_reminder_id(self._reminders)}
        self._reminders.insert(min(index, len(self._reminders)), reminder)
        self._say(RemindersText.tr("Restored: {reminder}.").format(
            reminder=self._summary(reminder)))
        self._changed(focus=(str(reminder["id"]), "edit"))

    # ----- internals ----------------------------------------------------
    def _index_of(self, reminder_id: str) -> int | None:
        for index, item in enumerate(self._reminders):
            if str(item.get("id")) == reminder_id:
                return index
        return None

    def _summary(self, reminder: schema.Reminder) -> str:
        """"21:30, Every day, <label>", the label in the interface language."""
        routine = self._library.routine(str(reminder.get("routine")))
        return reminder_summary(reminder, routine.title if routine else None, self._language)

    def _routine_title(self, routine_id: str) -> str:
        routine = self._library.routine(routine_id)
        if routine is None:
            return RemindersText.tr("{id} (not found)").format(id=routine_id)
        return routine.title.get(self._language)

    def _rebuild(self) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        # Shown by time of day, the order a person thinks of them in; the
        # stored order is left alone.
        ordered = sorted(self._reminders,
                         key=lambda r: (str(r.get("time", "")), str(r.get("label", ""))))
        for reminder in ordered:
            row = ReminderRow(reminder, self._routine_title(str(reminder.get("routine"))),
                              self._summary(reminder), self._rows_box)
            rid = row.reminder_id
            row.switch.toggled.connect(lambda on, rid=rid: self.set_enabled(rid, on))
            row.edit_button.clicked.connect(lambda _=False, rid=rid: self.edit_reminder(rid))
            row.remove_button.clicked.connect(
                lambda _=False, rid=rid: self.remove_reminder(rid))
            self._rows_layout.insertWidget(self._rows_layout.count() - 1, row)
            row.show()  # now, not on the next event loop turn: focus moves to it at once
            self.rows.append(row)
        self.empty_label.setVisible(not self.rows)
        self.list_scroll.setVisible(bool(self.rows))
        # Rows are created after the buttons; put them first in the Tab order.
        chain: list[QWidget] = [c for row in self.rows for c in row.controls()]
        chain += [self.undo_button, self.add_button, self.back_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _changed(self, focus: tuple[str, str] | None = None) -> None:
        self._rebuild()
        self.remindersChanged.emit(self.reminders())
        if focus is not None:
            row = self.row_for(focus[0])
            if row is not None:
                target = row.switch if focus[1] == "switch" else row.edit_button
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, undo: bool = False) -> None:
        self.status.setText(text)
        self.undo_button.setVisible(undo)
        if not undo:
            self._undo = None

    def _show_editor(self) -> None:
        self.pages.setCurrentIndex(1)
        self.editor.focus_first()

    def _show_list(self) -> None:
        self.pages.setCurrentIndex(0)

    def _editor_saved(self, reminder: schema.Reminder) -> None:
        index = self._index_of(self._editing_id) if self._editing_id else None
        if index is None:
            if self._index_of(str(reminder.get("id"))) is not None:
                reminder["id"] = new_reminder_id(self._reminders)
            self._reminders.append(reminder)
            said = RemindersText.tr("Added: {reminder}.")
        else:
            self._reminders[index] = reminder
            said = RemindersText.tr("Saved: {reminder}.")
        # Nothing silent: a reminder the quiet hours will swallow is said at once.
        warning = quiet_warning(reminder, self._night)
        self._say(" ".join(t for t in (said.format(reminder=self._summary(reminder)), warning)
                           if t))
        self._editing_id = None
        self._show_list()
        self._changed(focus=(str(reminder["id"]), "edit"))

    def _editor_cancelled(self) -> None:
        rid = self._editing_id
        self._editing_id = None
        self._show_list()
        row = self.row_for(rid) if rid else None
        (row.edit_button if row else self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_list(self) -> None:
        target = self.rows[0].switch if self.rows else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _escape(self) -> None:
        if self.editing:
            self.editor.cancelled.emit()
        else:
            self.closed.emit()

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keep the focused row in view when Tab walks down a long list."""
        if new is not None and self._rows_box.isAncestorOf(new):
            self.list_scroll.ensureWidgetVisible(new)
        elif new is not None and self.editor.isAncestorOf(new):
            self._editor_scroll.ensureWidgetVisible(new)

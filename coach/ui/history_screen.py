"""History: how often the user stretched and how many cramps they noted.

Descriptive only: counts, a chart and the entries, side by side, so the user
can see for themselves whether evenings stretched and quiet nights go
together. No conclusions are drawn here.

The screen reads the diary once per ``refresh`` (two queries), computes the
numbers once in ``coach.insights.counts``, and hands the entries to a lazy table
model that formats only the rows on screen (``coach.ui.models.diary_table``;
the words are in ``coach.ui.models.diary_words``), so ten years of entries
open quickly. Cramps can be added after the fact, edited and deleted (with one
step of undo); sessions are shown as the player recorded them. This module
puts together the parts in ``coach/ui/history/``.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.engine.clock import Clock
from coach.i18n import QT_TRANSLATE_NOOP
from coach.insights.counts import EveningStats, Summary, current_night, overview
from coach.store.history import STORE_ERRORS, CrampRow, History, evening_of
from coach.ui.cramp_editor import CrampEditor
from coach.ui.history import files
from coach.ui.history.button_rows import ButtonRows
from coach.ui.history.cramp_changes import CrampChanges
from coach.ui.history.diary_view import diary_table
from coach.ui.history.files import Exporter, SaveDialog
from coach.ui.history.headline import HeadlineTiles
from coach.ui.history.week_switch import WeekSwitch
from coach.ui.models.cramp_form import CrampDraft
from coach.ui.models.diary_table import DiaryModel
from coach.ui.models.diary_words import Entry, HistoryText, entry_key, when_text
from coach.ui.programme_widgets import DayNotes, ProgrammeSummary
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.history_chart import HistoryChart
from coach.ui.widgets.key_repeat import key_once
from coach.ui.widgets.labels import plain_label
from coach.ui.widgets.scroll_page import scroll_page

log = logging.getLogger(__name__)


EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "HistoryText",
    "No entries yet. Routines you play and cramps you log will show up here, "
    "with a chart of the last weeks.\n\nHad a cramp you did not log? "
    "Use Add cramp to note it after the fact.")


class HistoryScreen(QWidget):
    """Headline numbers, the chart and the entries. Emits ``closed`` on Back / Escape."""

    closed = Signal()

    def __init__(self, history: History, clock: Clock, language: str = "en",
                 parent: QWidget | None = None, *,
                 routine_titles: Mapping[str, str] | None = None,
                 save_dialog: SaveDialog | None = None,
                 exporter: Exporter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryScreen")
        self._history = history
        self._clock = clock
        self._language = language
        self._save_dialog: SaveDialog = save_dialog or QFileDialog.getSaveFileName
        self._exporter: Exporter = exporter or files.default_exporter
        self._stats: list[EveningStats] = []
        self._summary: Summary | None = None
        self._last_night: date | None = None  # the latest night begun, at the last refresh
        self._changes = CrampChanges(history)
        self._build(routine_titles or {})
        self._bind_keys()
        self._update_buttons()

    # ----- construction -------------------------------------------------
    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        return action_button(text, accessible, slot, min_height=36)

    def _build(self, titles: Mapping[str, str]) -> None:
        self.title = plain_label(HistoryText.tr("History"), wrap=False, point_scale=1.6,
                                 bold=True, name=HistoryText.tr("History"))

        # Headline numbers: four in a row, or two by two when a row would
        # squeeze each caption into a narrow column (large text, small window).
        tiles = self.tiles = HeadlineTiles()
        self.streak_tile, self.streak_value, self.streak_caption = tiles.streak
        self.stretched_tile, self.stretched_value, self.stretched_caption = tiles.stretched
        self.free_tile, self.free_value, self.free_caption = tiles.free
        self.cramps_tile, self.cramps_value, self.cramps_caption = tiles.cramps

        # Chart with its 4 / 12 weeks switch.
        chart_row = WeekSwitch(self)
        self.chart_heading, self.week_group = chart_row.heading, chart_row.group
        self.week_buttons = chart_row.buttons
        self.week_group.idClicked.connect(self.set_weeks)
        self.chart = HistoryChart()
        self.chart.setMinimumHeight(150)

        # Entries.
        self.model = DiaryModel(titles, self)
        self.table = diary_table(self.model, titles, self.fontMetrics())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Enter and a double-click both arrive as ``activated``.
        self.table.activated.connect(lambda _index: self.edit_selected())

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(tiles)
        content_layout.addLayout(chart_row)
        content_layout.addWidget(self.chart, 2)
        self.programme_summary = ProgrammeSummary()
        content_layout.addWidget(self.programme_summary)
        self.day_notes = DayNotes()
        content_layout.addWidget(self.day_notes)
        content_layout.addWidget(self.table, 3)

        self.empty = plain_label(HistoryText.tr(EMPTY_TEXT), point_scale=1.2,
                                 name=HistoryText.tr("No entries yet"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The whole overview scrolls when the window is too small for the text
        # size (200 % in 800x600): better than tiles, chart and table drawn
        # over each other. In a normal window it never does.
        self.content_scroll = scroll_page(content)
        self.body = QStackedWidget()
        self.body.addWidget(self.content_scroll)
        self.body.addWidget(self.empty)

        # Buttons: the words, what a screen reader hears (with the key), what they do.
        (self.add_button, self.edit_button, self.delete_button, self.undo_button,
         self.export_button, self.report_button, self.back_button) = (
            self._button(text, accessible, slot) for text, accessible, slot in (
                (HistoryText.tr("Add cramp"),
                 HistoryText.tr("Add a cramp after the fact (Ctrl+N)"), self.add_cramp),
                (HistoryText.tr("Edit"),
                 HistoryText.tr("Edit the selected cramp (Enter)"), self.edit_selected),
                (HistoryText.tr("Delete"),
                 HistoryText.tr("Delete the selected cramp (Delete)"), self.delete_selected),
                (HistoryText.tr("Undo"),
                 HistoryText.tr("Undo the deletion (Ctrl+Z)"), self.undo_delete),
                (HistoryText.tr("Export CSV…"),
                 HistoryText.tr("Export the diary as a CSV file"), self.export_csv),
                (HistoryText.tr("Report for my doctor…"),
                 HistoryText.tr("Save a PDF summary of the diary to take to your doctor"),
                 self.save_report),
                (HistoryText.tr("Back"), HistoryText.tr("Back (Escape)"), self.closed.emit)))
        self.undo_button.hide()
        # One row, or two when the words do not fit side by side.
        self.buttons = ButtonRows(
            (self.add_button, self.edit_button, self.delete_button, self.undo_button),
            (self.export_button, self.report_button, self.back_button))
        self.button_rows = self.buttons.rows

        self.overview = QWidget()
        overview_layout = QVBoxLayout(self.overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(self.title)
        overview_layout.addWidget(self.body, 1)
        overview_layout.addWidget(self.buttons)

        self.editor = CrampEditor(self._clock)
        self.editor.saved.connect(self._editor_saved)
        self.editor.cancelled.connect(self._editor_cancelled)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.overview)
        self.pages.addWidget(self.editor)

        self.message = plain_label("", name=HistoryText.tr("Message"))
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 10, 16, 10)
        root.addWidget(self.pages, 1)
        root.addWidget(self.message)

        order = [*self.week_buttons.values(), self.chart, self.table, *self.buttons.buttons()]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _bind_keys(self) -> None:
        for keys, slot in (((Qt.Key.Key_Escape,), self.closed.emit),
                           ((Qt.Key.Key_Delete,), self.delete_selected),
                           ((QKeySequence.StandardKey.Undo,), self.undo_delete),
                           ((QKeySequence.StandardKey.New, Qt.Key.Key_Insert), self.add_cramp)):
            for key in keys:
                key_once(key, self.overview, slot)  # a held Delete deletes one entry

    # ----- public -------------------------------------------------------
    @property
    def summary(self) -> Summary | None:
        """The headline numbers of the last refresh (None before the first one)."""
        return self._summary

    @property
    def on_editor(self) -> bool:
        return self.pages.currentWidget() is self.editor

    def refresh(self, select: tuple[str, int] | None = None) -> bool:
        """Reload everything from the diary; False (and a message) if it cannot be read."""
        if select is None:
            current = self._selected_entry()
            select = entry_key(current) if current is not None else None
        now = self._clock.now()
        today = evening_of(now)
        try:
            sessions = self._history.sessions()
            cramps = self._history.cramps()
            checkins = self._history.night_checkins()
            tags = self._history.tags()
        except STORE_ERRORS as exc:
            log.warning("history could not be read: %s", exc)
            self.say(HistoryText.tr("Could not read the diary: {error}").format(error=exc))
            self._update_buttons()
            return False
        self._last_night = current_night(now)
        self._stats, self._summary = overview(sessions, cramps, today,
                                              last_night=self._last_night,
                                              checkins=checkins, tags=tags)
        self.tiles.show_numbers(self._summary, self._last_night)
        self.chart.set_stats(self._stats, today)
        self.model.set_entries(sessions, cramps, checkins, tags)
        self.programme_summary.update_from(self._history, today)
        self.day_notes.update_from(self._history, today)
        self.body.setCurrentWidget(self.empty if self.model.rowCount() == 0
                                   else self.content_scroll)
        row = self.model.row_of(select) if select else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        if getattr(self._history, "read_only", False):
            self.say(self._history.notice
                     or HistoryText.tr("The diary can be read but not changed."))
        self._update_buttons()
        return True

    def set_weeks(self, weeks: int) -> None:
        """Show the last 4 or 12 weeks in the chart."""
        self.chart.set_weeks(weeks)
        self.week_buttons[weeks].setChecked(True)

    def say(self, text: str) -> None:
        """One line for the user under the screen (errors too: never a traceback)."""
        self.message.setText(text)

    def add_cramp(self) -> None:
        """Open the form for a cramp that already happened (time defaults to now)."""
        if not self.add_button.isEnabled() or self.on_editor:
            return
        self.editor.start_new(self._changes.known_tags())
        self.pages.setCurrentWidget(self.editor)
        self.editor.time.setFocus()

    def edit_selected(self) -> None:
        """Open the form on the selected cramp (sessions are as the player recorded them)."""
        entry = self._selected_entry()
        if (not isinstance(entry, CrampRow) or not self.edit_button.isEnabled()
                or self.on_editor):
            return
        self.editor.start_edit(entry, self._changes.known_tags())
        self.pages.setCurrentWidget(self.editor)
        self.editor.time.setFocus()

    def delete_selected(self) -> None:
        """Delete the selected cramp at once; Undo (Ctrl+Z) brings it back."""
        entry = self._selected_entry()
        if not isinstance(entry, CrampRow) or not self.delete_button.isEnabled():
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        try:
            gone = self._changes.delete(entry)
        except STORE_ERRORS as exc:
            self.say(HistoryText.tr("Could not delete the entry: {error}").format(error=exc))
            return
        self.refresh(select=None)
        self.table.clearSelection()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.undo_button.setVisible(gone)
        self._fit_rows()
        self.say(HistoryText.tr("Deleted the cramp of {when}. Undo brings it back.").format(
            when=when_text(entry.started)) if gone
            else HistoryText.tr("That entry was already gone."))
        self.table.setFocus()

    def undo_delete(self) -> None:
        try:
            undone = self._changes.undo()
        except STORE_ERRORS as exc:
            self.say(HistoryText.tr("Could not bring the entry back: {error}").format(
                error=exc))
            return
        if undone is None:
            return
        entry, new_id = undone
        self._forget_undo()
        self.refresh(select=("cramp", new_id))
        self.say(HistoryText.tr("Brought back the cramp of {when}.").format(
            when=when_text(entry.started)))
        self.table.setFocus()

    def export_csv(self) -> None:
        """Ask where, then write the diary as CSV through the store's exporter."""
        said = files.export_csv(self, self._history, self._clock, self._save_dialog,
                                self._exporter)
        if said is not None:
            self.say(said)

    def save_report(self) -> None:
        """Ask where, then write the report for the doctor (the ``coach report`` PDF)."""
        said = files.save_report(self, self._history, self._clock, self._save_dialog)
        if said is not None:
            self.say(said)

    # ----- editor -------------------------------------------------------
    def _editor_saved(self, draft: CrampDraft) -> None:
        try:
            key, done = self._changes.save(self.editor, draft)
        except STORE_ERRORS as exc:
            log.warning("cramp entry not saved: %s", exc)
            self.say(HistoryText.tr("Could not save the entry: {error}").format(error=exc))
            return
        self._forget_undo()
        self.pages.setCurrentWidget(self.overview)
        self.refresh(select=key)
        self.say(done)
        self.table.setFocus()

    def _editor_cancelled(self) -> None:
        self.pages.setCurrentWidget(self.overview)
        self.table.setFocus()

    # ----- helpers ------------------------------------------------------
    def _selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _forget_undo(self) -> None:
        self._changes.deleted = None
        self.undo_button.hide()

    def _update_buttons(self) -> None:
        writable = not getattr(self._history, "read_only", False)
        is_cramp = isinstance(self._selected_entry(), CrampRow)
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and is_cramp)
        self.delete_button.setEnabled(writable and is_cramp)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    # ----- layout for large text -------------------------------------------
    @property
    def _tile_columns(self) -> int:
        return self.tiles.columns

    @property
    def _button_rows_used(self) -> int:
        return self.buttons.used

    def _fit_rows(self) -> None:
        """Two by two tiles and two rows of buttons when one row would not fit."""
        self.tiles.fit(self.width())
        self.buttons.fit(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            QTimer.singleShot(0, self, self._fit_rows)

    def showEvent(self, event: QShowEvent) -> None:
        """Reload whenever the screen comes into view (not when the window is restored)."""
        super().showEvent(event)
        if not event.spontaneous():
            self.say("")
            self._forget_undo()
            self.pages.setCurrentWidget(self.overview)
            self.refresh()
            (self.table if self.model.rowCount() else self.add_button).setFocus()


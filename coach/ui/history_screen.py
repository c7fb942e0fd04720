"""History: how often the user stretched and how many cramps they noted.

Descriptive only: counts, a chart and the entries, side by side, so the user
can see for themselves whether evenings stretched and quiet nights go
together. No conclusions are drawn here.

The screen reads the diary once per ``refresh`` (two queries), computes the
numbers once in ``coach.insights.counts``, and hands the entries to a lazy table
model that formats only the rows on screen (``coach.ui.models.diary_table``;
the words are in ``coach.ui.models.diary_words``), so ten years of entries
open quickly. Cramps can be added after the fact, edited and deleted (with one
step of undo); sessions are shown as the player recorded them.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach.engine.clock import Clock
from coach.i18n import QT_TRANSLATE_NOOP
from coach.insights.counts import (
    EveningStats,
    Summary,
    current_night,
    overview,
)
from coach.store.history import CrampRow, evening_of
from coach.ui.cramp_editor import CrampDraft, CrampEditor
from coach.ui.models.diary_table import DiaryModel
from coach.ui.models.diary_words import (
    Entry,
    HistoryText,
    days_words,
    entry_key,
    nights_words,
    when_text,
)
from coach.ui.programme_widgets import DayNotes, ProgrammeSummary
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.history_chart import WEEK_CHOICES, HistoryChart
from coach.ui.widgets.labels import plain_label

log = logging.getLogger(__name__)

SaveDialog = Callable[[QWidget, str, str, str], tuple[str, str]]
Exporter = Callable[[Any, str], int]
STORE_ERRORS = (sqlite3.Error, ValueError)


EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "HistoryText",
    "No entries yet. Routines you play and cramps you log will show up here, "
    "with a chart of the last weeks.\n\nHad a cramp you did not log? "
    "Use Add cramp to note it after the fact.")


# --- the screen ---------------------------------------------------------------------


def _default_exporter(history: Any, path: str) -> int:
    from coach.exports.diary_csv import export_history_csv

    return export_history_csv(history, path)


class ButtonRows(QWidget):
    """Two rows for the History buttons, asking only for the width of the two-row layout.

    With one row the buttons' widths add up; if the screen asked for that much
    at large text, a window made smaller (or a text size made larger) would be
    held wider than the user wanted, and the screen would never get the resize
    that moves the buttons to two rows (``HistoryScreen._fit_rows``).
    """

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.rows = (QHBoxLayout(), QHBoxLayout())
        for row in self.rows:
            layout.addLayout(row)
        #: the buttons of the first and of the second row when two are used
        self.groups: tuple[tuple[QWidget, ...], ...] = ()

    def minimumSizeHint(self) -> QSize:
        """The wider of the two rows as they are split when two are used."""
        spacing = self.rows[0].spacing()
        widest = max((sum(b.minimumSizeHint().width() for b in group)
                      + spacing * max(0, len(group) - 1) for group in self.groups), default=0)
        return QSize(widest, super().minimumSizeHint().height())


class HistoryScreen(QWidget):
    """Headline numbers, the chart and the entries. Emits ``closed`` on Back / Escape."""

    closed = Signal()

    def __init__(self, history: Any, clock: Clock, language: str = "en",
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
        self._exporter: Exporter = exporter or _default_exporter
        self._stats: list[EveningStats] = []
        self._summary: Summary | None = None
        self._last_night: date | None = None  # the latest night begun, at the last refresh
        self._deleted: CrampRow | None = None
        self._build(routine_titles or {})
        self._bind_keys()
        self._update_buttons()

    # ----- construction -------------------------------------------------
    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        return action_button(text, accessible, slot, min_height=36)

    def _tile(self, name: str) -> tuple[QFrame, QLabel, QLabel]:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        number = plain_label("0", wrap=False, point_scale=2.0, bold=True, name=name)
        caption = plain_label("", name=HistoryText.tr("{name}, what it counts").format(
            name=name))
        caption.setMinimumWidth(80)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(number)
        layout.addWidget(caption)
        layout.addStretch(1)
        return frame, number, caption

    def _build(self, titles: Mapping[str, str]) -> None:
        self.title = plain_label(HistoryText.tr("History"), wrap=False, point_scale=1.6,
                                 bold=True, name=HistoryText.tr("History"))

        # Headline numbers: four in a row, or two by two when a row would
        # squeeze each caption into a narrow column (large text, small window).
        tiles = self.tiles = QGridLayout()
        self.streak_tile, self.streak_value, self.streak_caption = self._tile(
            HistoryText.tr("Streak"))
        self.stretched_tile, self.stretched_value, self.stretched_caption = self._tile(
            HistoryText.tr("Evenings stretched"))
        self.free_tile, self.free_value, self.free_caption = self._tile(
            HistoryText.tr("Nights without a cramp"))
        self.cramps_tile, self.cramps_value, self.cramps_caption = self._tile(
            HistoryText.tr("Cramps"))
        self._tile_columns = 0
        self._place_tiles(4)

        # Chart with its 4 / 12 weeks switch.
        self.chart_heading = plain_label(
            HistoryText.tr("Cramps per night and evenings stretched"), bold=True,
            name=HistoryText.tr("Chart heading"))  # wraps: large text, narrow window
        self.week_group = QButtonGroup(self)
        self.week_group.setExclusive(True)
        chart_row = QHBoxLayout()
        chart_row.addWidget(self.chart_heading, 1)
        # Radio buttons: a one-of choice whose state reads clearly in every theme.
        self.week_buttons: dict[int, QRadioButton] = {}
        for weeks in WEEK_CHOICES:
            button = QRadioButton(HistoryText.tr("%n week(s)", "", weeks))
            button.setAccessibleName(HistoryText.tr("Show the last %n week(s)", "", weeks))
            button.setToolTip(HistoryText.tr("Show the last %n week(s)", "", weeks))
            self.week_group.addButton(button, weeks)
            self.week_buttons[weeks] = button
            chart_row.addWidget(button)
        self.week_buttons[WEEK_CHOICES[0]].setChecked(True)
        self.week_group.idClicked.connect(self.set_weeks)
        self.chart = HistoryChart()
        self.chart.setMinimumHeight(150)

        # Entries.
        self.model = DiaryModel(titles, self)
        self.table = QTableView()
        self.table.setObjectName("DiaryTable")
        self.table.setAccessibleName(HistoryText.tr("Diary entries, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.table.horizontalHeader()
        # Fixed widths: sizing to contents would format all 4,000 rows.
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        columns.resizeSection(0, self.fontMetrics().horizontalAdvance(
            when_text(datetime(2026, 9, 30))) + 24)
        longest = max([*titles.values(), "Evening stretch before bed"], key=len)[:40]
        columns.resizeSection(1, self.fontMetrics().horizontalAdvance(longest) + 24)
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
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        content_scroll = QScrollArea()
        content_scroll.setWidget(content)
        content_scroll.setWidgetResizable(True)
        content_scroll.setFrameShape(QFrame.Shape.NoFrame)
        content_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QStackedWidget()
        self.body.addWidget(content_scroll)
        self.body.addWidget(self.empty)

        # Buttons.
        self.add_button = self._button(HistoryText.tr("Add cramp"),
                                       HistoryText.tr("Add a cramp after the fact (Ctrl+N)"),
                                       self.add_cramp)
        self.edit_button = self._button(HistoryText.tr("Edit"),
                                        HistoryText.tr("Edit the selected cramp (Enter)"),
                                        self.edit_selected)
        self.delete_button = self._button(HistoryText.tr("Delete"),
                                          HistoryText.tr("Delete the selected cramp (Delete)"),
                                          self.delete_selected)
        self.undo_button = self._button(HistoryText.tr("Undo"),
                                        HistoryText.tr("Undo the deletion (Ctrl+Z)"),
                                        self.undo_delete)
        self.undo_button.hide()
        self.export_button = self._button(HistoryText.tr("Export CSV…"),
                                          HistoryText.tr("Export the diary as a CSV file"),
                                          self.export_csv)
        self.report_button = self._button(
            HistoryText.tr("Report for my doctor…"),
            HistoryText.tr("Save a PDF summary of the diary to take to your doctor"),
            self.save_report)
        self.back_button = self._button(HistoryText.tr("Back"), HistoryText.tr("Back (Escape)"),
                                        self.closed.emit)
        # One row, or two when the words do not fit side by side.
        buttons = ButtonRows()
        self.button_rows = buttons.rows
        buttons.groups = ((self.add_button, self.edit_button, self.delete_button,
                           self.undo_button),
                          (self.export_button, self.report_button, self.back_button))
        self._button_rows_used = 0
        self._place_buttons(1)

        self.overview = QWidget()
        overview_layout = QVBoxLayout(self.overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(self.title)
        overview_layout.addWidget(self.body, 1)
        overview_layout.addWidget(buttons)

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

        order = [*self.week_buttons.values(), self.chart, self.table, self.add_button,
                 self.edit_button, self.delete_button, self.undo_button, self.export_button,
                 self.report_button, self.back_button]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _bind_keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (((Qt.Key.Key_Escape,), self.closed.emit),
                           ((Qt.Key.Key_Delete,), self.delete_selected),
                           ((QKeySequence.StandardKey.Undo,), self.undo_delete),
                           ((QKeySequence.StandardKey.New, Qt.Key.Key_Insert), self.add_cramp)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.overview)
                shortcut.setContext(context)
                shortcut.activated.connect(slot)

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
        self._show_headline(self._summary)
        self.chart.set_stats(self._stats, today)
        self.model.set_entries(sessions, cramps, checkins, tags)
        self.programme_summary.update_from(self._history, today)
        self.day_notes.update_from(self._history, today)
        self.body.setCurrentWidget(self.empty if self.model.rowCount() == 0
                                   else self.body.widget(0))
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
        self.editor.start_new(self._known_tags())
        self.pages.setCurrentWidget(self.editor)
        self.editor.time.setFocus()

    def edit_selected(self) -> None:
        """Open the form on the selected cramp (sessions are as the player recorded them)."""
        entry = self._selected_entry()
        if (not isinstance(entry, CrampRow) or not self.edit_button.isEnabled()
                or self.on_editor):
            return
        self.editor.start_edit(entry, self._known_tags())
        self.pages.setCurrentWidget(self.editor)
        self.editor.time.setFocus()

    def delete_selected(self) -> None:
        """Delete the selected cramp at once; Undo (Ctrl+Z) brings it back."""
        entry = self._selected_entry()
        if not isinstance(entry, CrampRow) or not self.delete_button.isEnabled():
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        try:
            gone = self._history.delete_cramp(entry.id)
        except STORE_ERRORS as exc:
            self.say(HistoryText.tr("Could not delete the entry: {error}").format(error=exc))
            return
        self._deleted = entry if gone else None
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
        entry = self._deleted
        if entry is None:
            return
        try:
            new_id = self._history.add_cramp(entry.started, entry.duration_s, entry.leg,
                                              entry.severity, entry.note,
                                              how_bad=entry.how_bad,
                                              sleep_disturbance=entry.sleep_disturbance)
        except STORE_ERRORS as exc:
            self.say(HistoryText.tr("Could not bring the entry back: {error}").format(
                error=exc))
            return
        self._forget_undo()
        self.refresh(select=("cramp", new_id))
        self.say(HistoryText.tr("Brought back the cramp of {when}.").format(
            when=when_text(entry.started)))
        self.table.setFocus()

    def export_csv(self) -> None:
        """Ask where, then write the diary as CSV through the store's exporter."""
        suggested = str(Path.home() / f"calf-coach-history-{self._clock.now():%Y-%m-%d}.csv")
        path, _filter = self._save_dialog(self, HistoryText.tr("Export the diary as CSV"),
                                          suggested,
                                          HistoryText.tr("CSV files (*.csv);;All files (*)"))
        if not path:
            return
        try:
            rows = self._exporter(self._history, path)
        except (OSError, *STORE_ERRORS) as exc:
            log.warning("CSV export to %s failed: %s", path, exc)
            self.say(HistoryText.tr("Could not save the CSV file: {error}").format(error=exc))
            return
        self.say(HistoryText.tr("Saved %n row(s) to {path}.", "", rows).format(path=path))

    def save_report(self) -> None:
        """Ask where, then write the report for the doctor (the ``coach report`` PDF)."""
        from coach.ui.report_action import suggested_name, write_report

        path, _filter = self._save_dialog(self, HistoryText.tr("Save the report for your doctor"),
                                          str(Path.home() / suggested_name(self._clock)),
                                          HistoryText.tr("PDF files (*.pdf);;All files (*)"))
        if not path:
            return
        try:
            data = write_report(self._history, self._clock, path)
        except (OSError, *STORE_ERRORS) as exc:
            log.warning("report to %s failed: %s", path, exc)
            self.say(HistoryText.tr("Could not save the report: {error}").format(error=exc))
            return
        if data.empty or data.no_data:
            self.say(HistoryText.tr("Saved the report to {path}; the diary has nothing to "
                                    "report for the last eight weeks yet.").format(path=path))
        else:
            self.say(HistoryText.tr("Saved the report to {path}.").format(path=path))

    # ----- editor -------------------------------------------------------
    def _editor_saved(self, draft: CrampDraft) -> None:
        editing = self.editor.editing_id
        try:
            tags_changed = self.editor.tags_changed()
            if editing is None:
                key = ("cramp", self._history.add_cramp(
                    draft.started, draft.duration_s, draft.leg, draft.severity, draft.note,
                    how_bad=draft.how_bad, sleep_disturbance=draft.sleep_disturbance))
                done = HistoryText.tr("Added a cramp on {when}.").format(
                    when=when_text(draft.started))
            else:
                key = ("cramp", editing)
                changes = self.editor.changes()
                found = self._history.update_cramp(editing, **changes) if changes else True
                done = ((HistoryText.tr("Saved your changes.")
                         if changes or tags_changed else HistoryText.tr("Nothing changed."))
                        if found else HistoryText.tr("That entry is no longer in the diary."))
            if tags_changed and draft.tag_day is not None:
                self._history.set_tags(draft.tag_day, draft.tags)
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
    def _known_tags(self) -> Mapping[date, tuple[str, ...]]:
        """The diary's notes about the days, for the form (none when they cannot be read)."""
        try:
            return dict(self._history.tags())
        except STORE_ERRORS as exc:
            log.warning("day notes could not be read: %s", exc)
            return {}

    def _selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _forget_undo(self) -> None:
        self._deleted = None
        self.undo_button.hide()

    def _update_buttons(self) -> None:
        writable = not getattr(self._history, "read_only", False)
        is_cramp = isinstance(self._selected_entry(), CrampRow)
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and is_cramp)
        self.delete_button.setEnabled(writable and is_cramp)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def _show_headline(self, numbers: Summary) -> None:
        last = numbers.last_28
        self.streak_value.setText(str(numbers.streak))
        # Numerus without %n: the number is in the tile above the caption.
        self.streak_caption.setText(
            HistoryText.tr("evening(s) stretched in a row", "", numbers.streak))
        self.stretched_value.setText(HistoryText.tr("{part} of {whole}").format(
            part=last.evenings_stretched, whole=last.days))
        # "0 of 1 evening", "3 of 7 evenings": the noun follows the whole.
        self.stretched_caption.setText(HistoryText.tr(
            "evening(s) stretched, {period}", "", last.days).format(
                period=days_words(last.days)))
        if last.nights:
            self.free_value.setText(HistoryText.tr("{part} of {whole}").format(
                part=last.cramp_free_nights, whole=last.nights))
            self.free_caption.setText(HistoryText.tr(
                "night(s) without a cramp, {period}", "", last.nights).format(
                    period=nights_words(last.nights, self._last_night == numbers.today)))
        else:  # the diary began today, before this evening's night
            self.free_value.setText("–")
            self.free_caption.setText(HistoryText.tr("nights without a cramp: no night yet"))
        self.cramps_value.setText(str(last.cramps))
        self.cramps_caption.setText(
            HistoryText.tr("cramp(s), {period}", "", last.cramps).format(
                period=days_words(last.days)))
        for tile, value, caption in (
                (self.streak_tile, self.streak_value, self.streak_caption),
                (self.stretched_tile, self.stretched_value, self.stretched_caption),
                (self.free_tile, self.free_value, self.free_caption),
                (self.cramps_tile, self.cramps_value, self.cramps_caption)):
            tile.setAccessibleName(f"{value.text()} {caption.text()}")

    # ----- layout for large text -------------------------------------------
    def _tiles(self) -> tuple[QFrame, ...]:
        return (self.streak_tile, self.stretched_tile, self.free_tile, self.cramps_tile)

    def _place_tiles(self, columns: int) -> None:
        if columns == self._tile_columns:
            return
        self._tile_columns = columns
        for tile in self._tiles():
            self.tiles.removeWidget(tile)
        for i, tile in enumerate(self._tiles()):
            self.tiles.addWidget(tile, i // columns, i % columns)
        for column in range(4):
            self.tiles.setColumnStretch(column, 1 if column < columns else 0)

    def _place_buttons(self, rows: int) -> None:
        if rows == self._button_rows_used:
            return
        self._button_rows_used = rows
        first, second = self.button_rows
        for row in self.button_rows:
            while row.count():
                row.takeAt(0)
        edits = (self.add_button, self.edit_button, self.delete_button, self.undo_button)
        for button in edits:
            first.addWidget(button)
        target = first if rows == 1 else second
        target.addWidget(self.export_button)
        target.addWidget(self.report_button)
        target.addStretch(1)
        target.addWidget(self.back_button)
        if rows == 2:
            first.addStretch(1)

    def _fit_rows(self) -> None:
        """Two by two tiles and two rows of buttons when one row would not fit."""
        width = self.width()
        # A caption needs about 14 average letters a line to read as words.
        caption = self.streak_caption.fontMetrics().averageCharWidth() * 14 + 40
        self._place_tiles(4 if width >= 4 * caption else 2)
        buttons = [b for b in (self.add_button, self.edit_button, self.delete_button,
                               self.undo_button, self.export_button, self.report_button,
                               self.back_button)
                   if not b.isHidden()]
        needed = sum(b.sizeHint().width() for b in buttons) + 12 * len(buttons) + 48
        self._place_buttons(1 if needed <= width else 2)

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


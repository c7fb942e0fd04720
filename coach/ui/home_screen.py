"""Home: the routines to pick from, and the place for "Cramp now".

Each routine is a large card (thumbnail, title, duration, when to do it),
reachable with Tab and started with Enter, because at bedtime nobody wants
to aim at small targets. Under the list, one line says when the next
reminder comes, with the way to the reminders screen beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach import APP_NAME
from coach.content.model import Library, Routine
from coach.content.safety import disclaimer_text
from coach.i18n import Tr
from coach.ui.routine_ids import CRAMP_KEY, HIDDEN_ROUTINE_IDS
from coach.ui.routines.home_row import RoutineActions
from coach.ui.widgets.cramp_button import CrampButton
from coach.ui.widgets.illustration import thumbnail
from coach.ui.widgets.key_repeat import EnterOnceList
from coach.ui.widgets.labels import plain_label
from coach.words.durations import clock_text

THUMB_PX = 72


class HomeText(Tr):
    """Translation context for the home screen."""


def routine_line(routine: Routine, duration_s: int, language: str) -> str:
    """Two plain-text lines: title with duration, then when and what."""
    when = routine.when.get(language) if routine.when else ""
    summary = routine.summary.get(language)
    second = f"{when} · {summary}" if when else summary
    return f"{routine.title.get(language)}   ({clock_text(duration_s)})\n{second}"


class HomeScreen(QWidget):
    """Lists routines; emits ``routineChosen(id)``."""

    routineChosen = Signal(str)
    crampRequested = Signal()
    remindersRequested = Signal()
    historyRequested = Signal()
    settingsRequested = Signal()
    helpRequested = Signal()

    def __init__(self, library: Library, durations: Mapping[str, int], language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        self._language = language
        title = plain_label(APP_NAME, wrap=False, point_scale=1.8, bold=True,
                            name=HomeText.tr("App title"))
        subtitle = plain_label(HomeText.tr("Pick a routine. Enter or a double-click starts it."),
                               name=HomeText.tr("How to start"))

        # The biggest target on the screen: at 3 a.m. nobody aims carefully.
        self.cramp_button = CrampButton(
            HomeText.tr("Cramp now   ({key})").format(key=CRAMP_KEY))
        self.cramp_button.setAccessibleName(
            HomeText.tr("Cramp now: relief steps for a cramp right now"))
        self.cramp_button.setToolTip(
            HomeText.tr("Relief steps for a cramp right now ({key})").format(key=CRAMP_KEY))
        self.cramp_button.setMinimumHeight(64)
        font = self.cramp_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.cramp_button.setFont(font)
        self.cramp_button.clicked.connect(self.crampRequested)
        self.cramp_slot = QHBoxLayout()
        self.cramp_slot.addWidget(self.cramp_button)

        self.routines = EnterOnceList()  # a held Enter opens nothing twice
        self.routines.setAccessibleName(HomeText.tr("Routines"))
        self.routines.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.routines.setSpacing(4)
        self.routines.setWordWrap(True)
        self.routines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routines.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.routines.itemActivated.connect(self._activated)
        # "Why this routine": where the selected routine and its timings come from.
        self.why = plain_label(name=HomeText.tr("Why this routine"), object_name="WhyRoutine")
        self._sources = {r.id: r.source.get(language) for r in library.routines.values()
                         if r.source is not None}
        self.routines.currentRowChanged.connect(self._show_why)
        self._fill(library, durations)

        # Text comes from the window (reminder_text.next_reminder_text): this
        # screen does no time arithmetic.
        self.next_reminder = plain_label(name=HomeText.tr("Next reminder"))
        self.reminders_button = QPushButton(HomeText.tr("Reminders\u2026"))
        self.reminders_button.setAccessibleName(
            HomeText.tr("Reminders: set when to be reminded"))
        self.reminders_button.setToolTip(
            HomeText.tr("Set when Calf Coach reminds you to stretch"))
        self.reminders_button.setAutoDefault(True)  # Enter presses it when focused
        self.reminders_button.setMinimumHeight(36)
        self.reminders_button.clicked.connect(self.remindersRequested)
        self.history_button = self._nav_button(
            HomeText.tr("History"), HomeText.tr("History: routines done and cramps logged"),
            self.historyRequested)
        self.settings_button = self._nav_button(
            HomeText.tr("Settings"),
            HomeText.tr("Settings: sounds, look, reminders, start on login"),
            self.settingsRequested)
        self.reminder_row = QHBoxLayout()
        self.reminder_row.addWidget(self.next_reminder, 1)
        self.reminder_row.addWidget(self.reminders_button)
        self.reminder_row.addWidget(self.history_button)
        self.reminder_row.addWidget(self.settings_button)

        disclaimer = plain_label(disclaimer_text(), name=HomeText.tr("Disclaimer"),
                                 object_name="Disclaimer")
        # The warning levels are one key press away from home, not only inside
        # the cramp screen: someone may want to read them before any cramp.
        self.help_button = self._nav_button(
            HomeText.tr("When to get help"),
            HomeText.tr("When to get help: warning signs and who to call"),
            self.helpRequested)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(disclaimer, 1)
        bottom_row.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.errors = plain_label(name=HomeText.tr("Content problems"))
        self.errors.setVisible(bool(library.errors))
        if library.errors:
            count = len(library.errors)
            self.errors.setText(HomeText.tr(
                "%n problem(s) in routine files; those parts were skipped. First: {error}",
                "", count).format(error=library.errors[0]))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(self.cramp_slot)
        layout.addWidget(self.routines, 1)
        layout.addWidget(self.why)
        # The six-week programme's line goes here once the diary is open (MainWindow).
        self.programme_slot = QVBoxLayout()
        layout.addLayout(self.programme_slot)
        layout.addLayout(self.reminder_row)
        layout.addWidget(self.errors)
        layout.addLayout(bottom_row)
        self._add_routine_actions(layout)

    def _add_routine_actions(self, layout: QVBoxLayout) -> None:
        """New / Edit / Duplicate / Delete / Import / Export, right under the list."""
        self.routine_actions = RoutineActions()
        layout.insertWidget(layout.indexOf(self.routines) + 1, self.routine_actions)
        self.routines.currentItemChanged.connect(
            lambda *_: self.routine_actions.set_current(self.current_routine_id()))
        self.routine_actions.set_current(self.current_routine_id())
        self._last_action = self.routine_actions.follow_in_tab_order(self.routines)
        self._chain_after_actions(self._last_action)

    def _chain_after_actions(self, previous: QWidget) -> None:
        """Tab goes down the screen as it is laid out: the Cramp button, the list, its
        buttons, (the programme's line), Reminders, History, Settings, When to get help.

        Why: the buttons were added over time and Tab followed their making, not the
        screen: from the list it jumped two rows down to Reminders, back up to New
        routine, down to the help button and up again to the programme, which loses a
        keyboard user (WCAG 2.4.3, a focus order that keeps the meaning).
        """
        for button in (self.reminders_button, self.history_button, self.settings_button,
                       self.help_button):
            QWidget.setTabOrder(previous, button)
            previous = button

    def place_programme_in_tab_order(self, line: QWidget) -> None:
        """The programme's line, added once the diary is open, takes its place in the
        Tab order: after the list's buttons, before Reminders (as on screen)."""
        previous = self._last_action
        for widget in line.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(previous, widget)
                previous = widget
        self._chain_after_actions(previous)

    @staticmethod
    def _nav_button(text: str, accessible: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(True)  # Enter presses it when focused
        button.setMinimumHeight(36)
        button.clicked.connect(signal)
        return button

    def _fill(self, library: Library, durations: Mapping[str, int]) -> None:
        # The relief routines are the Cramp now button's, not routines to pick.
        shown = (r for r in library.routines.values() if r.id not in HIDDEN_ROUTINE_IDS)
        ordered = sorted(shown,
                         key=lambda r: (r.kind != "routine", r.title.get(self._language)))
        for routine in ordered:
            item = QListWidgetItem(routine_line(routine, durations.get(routine.id, 0),
                                                self._language))
            item.setData(Qt.ItemDataRole.UserRole, routine.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, routine.title.get(self._language))
            first = self._first_illustration(library, routine)
            if first:
                item.setIcon(QIcon(thumbnail(first, THUMB_PX * 2)))
            self.routines.addItem(item)
        if self.routines.count():
            self.routines.setCurrentRow(0)

    @staticmethod
    def _first_illustration(library: Library, routine: Routine) -> str:
        for step in routine.steps:
            exercise = library.exercise(step.exercise)
            if exercise and exercise.illustrations:
                return exercise.illustrations[-1]
        return ""

    def _show_why(self, row: int) -> None:
        item = self.routines.item(row) if row >= 0 else None
        source = self._sources.get(item.data(Qt.ItemDataRole.UserRole), "") if item else ""
        # Home names the study or the article's section; the whole reason is in the
        # tooltip and on the routine's get-ready screen. Four lines here at large
        # text left the routine list one row high in a small window.
        cited = source.split(": ", 1)[0]
        self.why.setText(HomeText.tr("Why this routine: {source}").format(source=cited)
                         if source else "")
        self.why.setToolTip(source)
        self.why.setVisible(bool(source))

    def routine_ids(self) -> list[str]:
        return [self.routines.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.routines.count())]

    def current_routine_id(self) -> str:
        # None when nothing is selected, though PySide6's stubs say it never is.
        item = cast("QListWidgetItem | None", self.routines.currentItem())
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def set_routines(self, library: Library, durations: Mapping[str, int],
                     select: str = "") -> None:
        """List ``library``'s routines again (after the editor saved, deleted or imported)."""
        current = select or self.current_routine_id()
        self.routines.clear()
        self._fill(library, durations)
        ids = self.routine_ids()
        if current in ids:
            self.routines.setCurrentRow(ids.index(current))
        self.routine_actions.set_current(self.current_routine_id())

    def _activated(self, item: QListWidgetItem) -> None:
        self.routineChosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def set_next_reminder_text(self, text: str) -> None:
        """Show "Next reminder: tonight at 21:30, in 3 h 10 min" (plain text)."""
        self.next_reminder.setText(text)

    def focus_list(self) -> None:
        self.routines.setFocus()


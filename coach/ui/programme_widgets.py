"""The six-week programme on screen: a line with its buttons on Home, the comparison in History.

Both read the diary each time they are refreshed (the state is worked out
from the programme events, ``coach.insights.programme``), and write only programme
events. Questions to the user go through ``ask`` (a QMessageBox by default)
so tests answer them without a modal dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QSizePolicy, QVBoxLayout, QWidget

from coach.engine.clock import Clock
from coach.i18n import Tr
from coach.insights import programme
from coach.store.history import STORE_ERRORS, TAGS, evening_of
from coach.ui.widgets.buttons import action_button
from coach.ui.widgets.labels import plain_label
from coach.words.programme import comparison_words, number, status_line, verdict_words

if TYPE_CHECKING:
    from coach.store.history import History

log = logging.getLogger(__name__)

#: ``ask(parent, title, text, yes, no) -> bool``: True for ``yes``.
Ask = Callable[[QWidget, str, str, str, str], bool]


class ProgrammeUiText(Tr):
    """Translation context for the programme's buttons and questions."""


def _message_box(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


class ProgrammePanel(QWidget):
    """Home: "Programme: week N of 6 · X evenings done" and start / pause / resume / end."""

    changed = Signal()

    def __init__(self, history: History, clock: Clock, parent: QWidget | None = None, *,
                 ask: Ask | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProgrammePanel")
        self._history = history
        self._clock = clock
        self._ask: Ask = ask or _message_box
        self.line = plain_label(name=ProgrammeUiText.tr("Six-week programme"))
        self.start_button = action_button(
            ProgrammeUiText.tr("Start the 6-week programme"),
            ProgrammeUiText.tr("Start the six-week programme: the evening stretch every "
                               "evening for six weeks"), self.start)
        self.pause_button = action_button(
            ProgrammeUiText.tr("Pause"),
            ProgrammeUiText.tr("Pause the programme (illness, travel)"), self.pause)
        self.resume_button = action_button(
            ProgrammeUiText.tr("Resume"), ProgrammeUiText.tr("Resume the programme"),
            self.resume)
        self.end_button = action_button(
            ProgrammeUiText.tr("End"), ProgrammeUiText.tr("End the programme now"), self.end)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        for button in (self.start_button, self.pause_button, self.resume_button,
                       self.end_button):
            row.addWidget(button)
        self.state = programme.ProgrammeState(programme.ProgrammeStatus.NONE)
        self.refresh()

    def refresh(self) -> None:
        """Read the diary again and show where the programme stands."""
        try:
            self.state = programme.state(self._history.programme_events(),
                                         self._history.sessions(),
                                         evening_of(self._clock.now()))
        except STORE_ERRORS as exc:
            log.warning("programme state could not be read: %s", exc)
            self.line.setText(ProgrammeUiText.tr("The programme could not be read from the "
                                                 "diary."))
            for button in (self.start_button, self.pause_button, self.resume_button,
                           self.end_button):
                button.hide()
            return
        status = self.state.status
        self.line.setText(status_line(self.state))
        self.start_button.setVisible(not self.state.active)
        self.start_button.setText(ProgrammeUiText.tr("Start the 6-week programme")
                                  if status == programme.ProgrammeStatus.NONE
                                  else ProgrammeUiText.tr("Start the programme again"))
        self.pause_button.setVisible(status == programme.ProgrammeStatus.RUNNING)
        self.resume_button.setVisible(status == programme.ProgrammeStatus.PAUSED)
        self.end_button.setVisible(self.state.active)
        writable = not getattr(self._history, "read_only", False)
        for button in (self.start_button, self.pause_button, self.resume_button,
                       self.end_button):
            button.setEnabled(writable)

    def start(self) -> None:
        """Start (or start again); with less than two weeks of diary, suggest logging first."""
        today = evening_of(self._clock.now())
        try:
            ready = programme.can_start_at_once(self._history.sessions(), self._history.cramps(),
                                                self._history.night_checkins(), today)
        except STORE_ERRORS:
            ready = False
        if not ready and not self._ask(
                self, ProgrammeUiText.tr("Start the programme"),
                ProgrammeUiText.tr(
                    "To see whether the stretching helps, the app compares your nights with "
                    "the two weeks before the start. Your diary has less than two weeks yet. "
                    "You can note your cramps for two weeks first and start then, or start "
                    "now without a comparison."),
                ProgrammeUiText.tr("Start now"), ProgrammeUiText.tr("Log two weeks first")):
            return
        self._record("restart" if self.state.status != programme.ProgrammeStatus.NONE else "start")

    def pause(self) -> None:
        self._record("pause")

    def resume(self) -> None:
        self._record("resume")

    def end(self) -> None:
        if self._ask(self, ProgrammeUiText.tr("End the programme"),
                     ProgrammeUiText.tr("End the six-week programme now? What you did so far "
                                        "stays in the diary."),
                     ProgrammeUiText.tr("End it"), ProgrammeUiText.tr("Keep going")):
            self._record("end")

    def _record(self, kind: str) -> None:
        try:
            self._history.add_programme_event(kind)
        except STORE_ERRORS as exc:
            log.warning("programme event %s not saved: %s", kind, exc)
            self.line.setText(ProgrammeUiText.tr("Could not save that in the diary: {error}")
                              .format(error=exc))
            return
        focused = self.focusWidget() is not None and self.focusWidget().hasFocus()
        self.refresh()
        if focused:
            # The pressed button may now be hidden, and Qt would hand the focus to the
            # next one: after Start that was Pause, so a second Space paused at once.
            # End asks first, and Resume undoes a pause.
            (self.resume_button if kind == "pause" else self.end_button).setFocus()
        self.changed.emit()


class ComparisonChart(QWidget):
    """Two bars: cramps a week before the programme and during it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ComparisonChart")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._bars: list[tuple[str, float, float | None]] = []

    def set_bars(self, bars: list[tuple[str, float, float | None]]) -> None:
        """(label, cramps a week, average how bad 0-10 or None) for each bar."""
        self._bars = bars
        self.setAccessibleName("; ".join(f"{label}: {self.value_text(value, level)}"
                                         for label, value, level in bars))
        widest = max((self.fontMetrics().horizontalAdvance(f"{label}: "
                                                           f"{self.value_text(value, level)}")
                      for label, value, level in bars), default=0)
        self.setFixedWidth(max(200, widest + 8))  # the words fit at any text size
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    @staticmethod
    def value_text(value: float, level: float | None) -> str:
        text = ProgrammeUiText.tr("{rate} cramps a week").format(rate=number(value))
        if level is not None:
            text += ProgrammeUiText.tr(", how bad {level}").format(level=number(level))
        return text

    def bars(self) -> list[tuple[str, float]]:
        return [(label, value) for label, value, _level in self._bars]

    def sizeHint(self) -> QSize:
        return QSize(300, self.fontMetrics().height() * 3 * max(1, len(self._bars)) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Each bar on its own row: label and words above, the bar below."""
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        top = max((value for _label, value, _level in self._bars), default=0.0) or 1.0
        line = metrics.height()
        for i, (label, value, level) in enumerate(self._bars):
            y = 2 + i * line * 3
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, y, self.width(), line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             f"{label}: {self.value_text(value, level)}")
            width = max(2.0, (self.width() - 4) * value / top)
            painter.fillRect(QRectF(0, y + line * 1.15, width, line * 1.3),
                             palette.color(QPalette.ColorRole.Highlight))
        painter.end()


class ProgrammeSummary(QWidget):
    """History: the programme's comparison with the two weeks before, in words and bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProgrammeSummary")
        self.heading = plain_label(ProgrammeUiText.tr("Six-week programme"), bold=True,
                                   name=ProgrammeUiText.tr("Six-week programme"))
        self.words = plain_label(name=ProgrammeUiText.tr("Programme comparison"))
        # Never squeezed: the caveat must stay readable; the table gives way instead.
        self.words.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.chart = ComparisonChart()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.chart, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def update_from(self, history: History, today: date) -> None:
        """Show the comparison when a programme was ever started; hide otherwise."""
        try:
            events = history.programme_events()
            if not events:
                self.hide()
                return
            sessions = history.sessions()
            result = programme.compare(events, sessions, history.cramps(),
                                       history.night_checkins(), today)
            state = programme.state(events, sessions, today)
        except STORE_ERRORS as exc:
            log.warning("programme comparison could not be read: %s", exc)
            self.hide()
            return
        if result is None:
            self.hide()
            return
        self.heading.setText(status_line(state))
        self.words.setText(" ".join(verdict_words(result)))
        self.words.setToolTip(" ".join(comparison_words(result)))
        bars = []
        if result.verdict not in ("too_little_before", "too_early"):
            bars = [(ProgrammeUiText.tr("Before"), result.baseline.per_week,
                     result.baseline.mean_severity),
                    (ProgrammeUiText.tr("During"), result.during.per_week,
                     result.during.mean_severity)]
        self.chart.set_bars(bars)
        self.chart.setVisible(len(bars) == 2)
        self.chart.updateGeometry()
        self.show()


class DayNotes(QWidget):
    """History: the notes about the days (tags) of the last four weeks, counted, as noted.

    Shown as they are, never turned into advice or linked to the cramps.
    """

    DAYS = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DayNotes")
        self.text = plain_label(name=ProgrammeUiText.tr("Notes about the days"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.hide()

    def update_from(self, history: History, today: date) -> None:
        from datetime import timedelta

        from coach.report.pdf import tag_name

        try:
            tags = history.tags(today - timedelta(days=self.DAYS - 1))
        except STORE_ERRORS as exc:
            log.warning("day notes could not be read: %s", exc)
            self.hide()
            return
        counts: dict[str, int] = {}
        for found in tags.values():
            for tag in found:
                counts[tag] = counts.get(tag, 0) + 1
        if not counts:
            self.hide()
            return
        order = sorted(counts, key=lambda t: TAGS.index(t) if t in TAGS else len(TAGS))
        parts = [ProgrammeUiText.tr("{tag}: %n day(s)", "", counts[tag]).format(
            tag=tag_name(tag)) for tag in order]
        self.text.setText(ProgrammeUiText.tr("Noted about the days, last 28 days: {notes}.")
                          .format(notes="; ".join(parts)))
        self.show()

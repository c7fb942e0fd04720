"""Our own reminder pop-up: the channel that works on every desktop.

A desktop notification may not exist (no server, no actions) and a tray
message may do nothing (GNOME without a tray), so this small always-on-top
window is the fallback that always shows (DESIGN §5 "Delivery").

Choices: Start (Enter), "Snooze N min", "Skip tonight". Escape and the
window's close button mean "Later", which is a snooze: a reminder closed
without a choice must come back, not vanish. Only "Skip tonight" drops it.

The window appears without taking the keyboard focus, so someone typing in
another program at 21:30 cannot start (or skip) a routine with a stray Enter;
a click on the window gives it the focus, and then Enter starts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import cast

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPalette,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach import APP_NAME
from coach.content.resources import asset_path
from coach.engine.schedule import Occurrence
from coach.ui.widgets.key_repeat import ENTER_KEYS, HELD
from coach.ui.widgets.labels import plain_label
from coach.words.popup import PopupText, reminder_heading, snooze_text

SCREEN_MARGIN = 16  # px between the window and the screen's corner
WIDTH_LINES = 28  # a comfortable reading width, in line heights (about 50 characters)


def app_icon() -> QIcon:
    try:
        return QIcon(str(asset_path("icons", "calf-coach.svg")))
    except ValueError:
        return QIcon()


class ReminderWindow(QWidget):
    """Shows one reminder occurrence at a time; a newer one replaces the older one."""

    startRequested = Signal(object)  # Occurrence
    snoozeRequested = Signal(object, int)  # Occurrence, minutes
    skipRequested = Signal(object)  # Occurrence

    def __init__(self, snooze_minutes: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        # Closing the pop-up while the main window is hidden (tray) must not quit the app.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(PopupText.tr("Reminder — {app}").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self.setAccessibleName(PopupText.tr("Stretch reminder"))
        self._occurrence: Occurrence | None = None
        self._missed = False
        self._snooze_minutes = max(1, int(snooze_minutes))

        self.icon_label = QLabel()
        self.icon_label.setAccessibleName(PopupText.tr("{app} icon").format(app=APP_NAME))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.heading = plain_label(point_scale=1.25, bold=True, name=PopupText.tr("Reminder"))
        self.routine_label = plain_label(name=PopupText.tr("Routine"))
        self.detail_label = plain_label(name=PopupText.tr("Reminder name"))
        self.detail_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.start_button = self._button(PopupText.tr("Start"),
                                         PopupText.tr("Start the routine now"), self._start)
        self.snooze_button = self._button(snooze_text(self._snooze_minutes), "", self._snooze)
        self.skip_button = self._button(PopupText.tr("Skip tonight"),
                                        PopupText.tr("Skip this reminder tonight"), self._skip)
        self.start_button.setDefault(True)
        self._name_snooze()
        self._colour_start()

        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.heading)
        texts.addWidget(self.routine_label)
        texts.addWidget(self.detail_label)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, 1)
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.addStretch(1)
        for button in (self.skip_button, self.snooze_button, self.start_button):
            self.buttons.addWidget(button)
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 16)
        outer.setSpacing(14)
        outer.addLayout(top)
        outer.addLayout(self.buttons)
        self.setTabOrder(self.start_button, self.snooze_button)
        self.setTabOrder(self.snooze_button, self.skip_button)

    # ----- public ---------------------------------------------------------
    @property
    def occurrence(self) -> Occurrence | None:
        """The occurrence on show, or None."""
        return self._occurrence

    @property
    def snooze_minutes(self) -> int:
        return self._snooze_minutes

    def set_snooze_minutes(self, minutes: int) -> None:
        self._snooze_minutes = max(1, int(minutes))
        self.snooze_button.setText(snooze_text(self._snooze_minutes))
        self._name_snooze()
        if self.isVisible():
            self._fit()

    def show_occurrence(self, occurrence: Occurrence, label: str = "", routine_title: str = "",
                        missed: bool = False) -> None:
        """Show ``occurrence`` (replacing any other) near the screen's top-right corner."""
        self._occurrence, self._missed = occurrence, missed
        due = getattr(occurrence, "due", None)
        self.heading.setText(reminder_heading(due, missed) if isinstance(due, datetime)
                             else PopupText.tr("Time for your stretch"))
        self.routine_label.setText(routine_title)
        self.routine_label.setVisible(bool(routine_title))
        show_label = bool(label) and label.strip().casefold() != routine_title.strip().casefold()
        self.detail_label.setText(
            PopupText.tr("Reminder: {label}").format(label=label) if show_label else "")
        self.detail_label.setVisible(show_label)
        self.setAccessibleDescription(" ".join(
            t for t in (self.heading.text(), routine_title, self.detail_label.text()) if t))
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit()
        # Keyboard focus only when the app itself has it (the user is in Calf Coach):
        # Enter then answers the reminder instead of starting whatever is selected
        # at home. Typing in another program is never interrupted.
        app_active = QApplication.activeWindow() is not None
        self.show()
        self.raise_()
        if app_active:
            self.activateWindow()
        QApplication.alert(self)

    def dismiss(self) -> None:
        """Hide without a choice (the user acted elsewhere, or a newer reminder took over)."""
        self._occurrence = None
        self.hide()

    # ----- layout ---------------------------------------------------------
    def _fit(self) -> None:
        """Size from the content at the current text size, then go to the top-right corner.

        The width is a reading width (or what the buttons need); the height is
        what the wrapped text needs at that width. Buttons go one under the other
        when a row of them would not fit on the screen (large text).
        """
        size = max(32, round(self.fontMetrics().height() * 2.4))
        self.icon_label.setPixmap(app_icon().pixmap(QSize(size, size)))
        self.icon_label.setFixedSize(size, size)
        line = self.fontMetrics().height()
        for button in self._all_buttons():  # Fusion's padding does not grow with the text
            button.setMinimumSize(0, 0)
            hint = button.sizeHint()
            button.setMinimumSize(hint.width() + line, max(hint.height(), round(line * 1.9)))
        available = self._available()
        room = available.width() - 2 * SCREEN_MARGIN if available is not None else 100_000
        layout = self._outer
        self.setMinimumSize(0, 0)
        self.setMaximumSize(16_777_215, 16_777_215)
        self.buttons.setDirection(QBoxLayout.Direction.LeftToRight)
        layout.activate()
        if layout.minimumSize().width() > room:
            self.buttons.setDirection(QBoxLayout.Direction.TopToBottom)
            layout.activate()
        reading = self.fontMetrics().height() * WIDTH_LINES
        width = max(layout.minimumSize().width(), min(room, reading))
        self.setFixedSize(width, layout.totalHeightForWidth(width))
        if available is not None:
            self.move(available.x() + available.width() - width - SCREEN_MARGIN,
                      available.y() + SCREEN_MARGIN)

    def _available(self) -> QRect | None:
        # None without any screen (a display going away), though the stubs say never.
        screen = cast("QScreen | None", QGuiApplication.primaryScreen())
        return screen.availableGeometry() if screen is not None else None

    def _all_buttons(self) -> tuple[QPushButton, ...]:
        return (self.start_button, self.snooze_button, self.skip_button)

    def _colour_start(self) -> None:
        """Start in the theme's highlight colours, so the default choice stands out in any theme."""
        pal = QPalette(self.palette())
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Button,
                         pal.color(group, QPalette.ColorRole.Highlight))
            pal.setColor(group, QPalette.ColorRole.ButtonText,
                         pal.color(group, QPalette.ColorRole.HighlightedText))
        self.start_button.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_start()  # the theme changed: follow it
        elif event.type() == QEvent.Type.FontChange and self.isVisible():
            self._fit()  # the text size changed in the settings while we are up

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- choices --------------------------------------------------------
    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(True)  # Enter on a focused button presses that button
        button.clicked.connect(slot)
        return button

    def _name_snooze(self) -> None:
        minutes = self._snooze_minutes
        self.snooze_button.setAccessibleName(
            PopupText.tr("Remind me again in %n minute(s)", "", minutes))

    def _take(self) -> Occurrence | None:
        occurrence, self._occurrence = self._occurrence, None
        self.hide()
        return occurrence

    def _start(self) -> None:
        occurrence = self._take()
        if occurrence is not None:
            self.startRequested.emit(occurrence)

    def _snooze(self) -> None:
        occurrence = self._take()
        if occurrence is not None:
            self.snoozeRequested.emit(occurrence, self._snooze_minutes)

    def _skip(self) -> None:
        occurrence = self._take()
        if occurrence is not None:
            self.skipRequested.emit(occurrence)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (*ENTER_KEYS, Qt.Key.Key_Escape) and HELD.repeated(event):
            event.accept()  # a key held from before the pop-up came: it chooses nothing
        elif key in ENTER_KEYS:
            self._start()  # no button had the focus: Start is the default
        elif key == Qt.Key.Key_Escape:
            self._snooze()  # "Later"
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        HELD.note_release(event)
        super().keyReleaseEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._occurrence is not None:
            self._snooze()  # closed without a choice: "Later", never lost
        super().closeEvent(event)

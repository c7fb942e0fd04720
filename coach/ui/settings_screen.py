"""The Settings screen: sound, routines, look, reminders, start on login, menu, language.

Every change goes through ``Settings.set`` (which validates it) and is saved
at once: ``Settings.save()`` writes only when something changed, so this costs
one small atomic write per click, and nothing is lost if the app is closed (or
killed) right after a change. The screen emits ``settingsChanged(key)`` so the
window can apply a theme, a text size or the cue switches live.

Each group of settings is its own module in ``coach/ui/settings/``; this one
stacks them in a scrolling page and is the one place that stores a change.
The groups' controls are also reachable here under their own names
(``screen.sound_box``, ``screen.bedtime_edit``...), for the window and tests.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.ui.menu_offer import DesktopMenuEntry, MenuEntryLike
from coach.ui.settings.form import Section, SettingsText, error_words
from coach.ui.settings.language import LanguageSection
from coach.ui.settings.look import LookSection
from coach.ui.settings.menu_entry import MenuEntrySection
from coach.ui.settings.reminders import RemindersSection
from coach.ui.settings.routines import RoutinesSection
from coach.ui.settings.safety import SafetySection
from coach.ui.settings.sound import SoundSection
from coach.ui.settings.start_on_login import AutostartLike
from coach.ui.widgets.key_repeat import key_once
from coach.ui.widgets.labels import plain_label
from coach.ui.widgets.scroll_page import scroll_page

if TYPE_CHECKING:
    from coach.store.settings import Settings

log = logging.getLogger(__name__)

__all__ = ["AutostartLike", "SettingsScreen"]


class SettingsScreen(QWidget):
    """All settings on one scrollable page. Emits ``settingsChanged(key)`` and ``closed``."""

    settingsChanged = Signal(str)
    closed = Signal()
    restartRequested = Signal()  # "Restart now" after a language change

    def __init__(self, settings: Settings, autostart: AutostartLike | None = None,
                 parent: QWidget | None = None, menu_entry: MenuEntryLike | None = None,
                 *, running_language: str | None = None) -> None:
        """``running_language``: the language the interface was built in; a different
        choice offers "Restart now" (None: never offered)."""
        super().__init__(parent)
        self.setObjectName("SettingsScreen")
        self._settings = settings
        self._running_language = running_language
        self._loading = False
        self._build(autostart, menu_entry if menu_entry is not None else DesktopMenuEntry())
        self.refresh()
        key_once(Qt.Key.Key_Escape, self, self.leave)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    # ----- construction -------------------------------------------------
    def _build(self, autostart: AutostartLike | None, menu_entry: MenuEntryLike) -> None:
        title = plain_label(SettingsText.tr("Settings"), wrap=False, point_scale=1.6, bold=True,
                            name=SettingsText.tr("Settings"))
        self.back_button = QPushButton(SettingsText.tr("Back"))
        self.back_button.setAccessibleName(SettingsText.tr("Back to the home screen (Escape)"))
        self.back_button.setToolTip(SettingsText.tr("Back to the home screen (Escape)"))
        self.back_button.clicked.connect(self.leave)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.back_button)

        self.notice = plain_label(self._settings.notice or "",
                                  name=SettingsText.tr("Settings notice"))
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(8)
        self.notice.setVisible(bool(self._settings.notice))
        self.save_error = plain_label(name=SettingsText.tr("Save problem"))
        self.save_error.setFrameShape(QFrame.Shape.StyledPanel)
        self.save_error.setMargin(8)
        self.save_error.hide()

        content = QWidget()
        content.setObjectName("SettingsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 8, 12, 12)
        column.setSpacing(14)
        column.addWidget(self.notice)
        column.addWidget(self.save_error)
        self.sound = SoundSection(self._settings)
        self.routines = RoutinesSection(self._settings)
        self.look = LookSection(self._settings)
        self.reminders = RemindersSection(self._settings, autostart)
        self.menu_entry = MenuEntrySection(self._settings, menu_entry)
        self.language = LanguageSection(self._settings)
        self.safety = SafetySection(self._settings)
        self.sections: tuple[Section, ...] = (self.sound, self.routines, self.look,
                                              self.reminders, self.menu_entry, self.language,
                                              self.safety)
        for section in self.sections:
            column.addWidget(section)
            section.changed.connect(self._change)
        self.language.restart_button.clicked.connect(self.restartRequested)
        self.reminders.start_on_login.revealRequested.connect(self._reveal)
        self._name_controls()
        self.location = plain_label(
            SettingsText.tr("Settings are saved as soon as you change them, in:\n{path}")
            .format(path=self._settings.path),
            name=SettingsText.tr("Settings file location"))
        # Selectable by keyboard too: it can be copied, and Tab reaching it
        # scrolls the end of the page into view for keyboard-only users.
        self.location.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.location.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column.addWidget(self.location)
        column.addStretch(1)

        # Not `self.scroll`: that would hide QWidget.scroll().
        self.scroll_area = scroll_page(content)
        self.scroll_area.setObjectName("SettingsScroll")

        root = QVBoxLayout(self)
        root.setContentsMargins(18, 12, 18, 8)
        root.addLayout(top)
        root.addWidget(self.scroll_area, 1)

    def _name_controls(self) -> None:
        """The groups' controls under the names the window and the tests use."""
        self.sound_box = self.sound.sound_box
        self.voice_box = self.sound.voice_box
        self.cramp_sound_box = self.sound.cramp_sound_box
        self.prepare_spin = self.routines.prepare_spin
        self.awake_box = self.routines.awake_box
        self.theme_combo = self.look.theme_combo
        self.scale_combo = self.look.scale_combo
        self.sample = self.look.sample
        self.snooze_spin = self.reminders.snooze_spin
        self.late_spin = self.reminders.late_spin
        self.checkin_box = self.reminders.checkin_box
        self.checkin_time = self.reminders.checkin_time
        bedtime = self.reminders.bedtime
        self.bedtime_edit = bedtime.bedtime_edit
        self.bedtime_per_day_box = bedtime.bedtime_per_day_box
        self.bedtime_days = bedtime.bedtime_days
        self.bedtime_day_edits = bedtime.bedtime_day_edits
        self.quiet_spin = bedtime.quiet_spin
        self.quiet_until_edit = bedtime.quiet_until_edit
        self.bedtime_note = bedtime.bedtime_note
        start = self.reminders.start_on_login
        self.autostart_box = start.autostart_box
        self.autostart_info = start.autostart_info
        self.autostart_error = start.autostart_error
        self.menu_button = self.menu_entry.menu_button
        self.menu_info = self.menu_entry.menu_info
        self.language_combo = self.language.language_combo
        self.language_note = self.language.language_note
        self.restart_button = self.language.restart_button
        self.emergency_edit = self.safety.emergency_edit

    # ----- showing values -------------------------------------------------
    def refresh(self) -> None:
        """Show the stored values (and the true start-on-login state) in every control."""
        self._loading = True
        try:
            for section in self.sections:
                section.show_values()
        finally:
            self._loading = False
        self.reminders.bedtime.show_note()
        self.look.show_sample()
        self.refresh_autostart()
        self.refresh_menu_entry()

    def refresh_autostart(self) -> None:
        """Ask the system whether we start on login, and show that."""
        self.reminders.start_on_login.refresh()

    def refresh_menu_entry(self, result: str = "") -> None:
        """Show whether the menu entry exists (read from disk), or what adding it just did."""
        self.menu_entry.refresh(result)

    def restart_pending(self) -> bool:
        """Whether the chosen language differs from the one on screen."""
        if self._running_language is None:
            return False
        from coach.i18n import resolve_language

        chosen = resolve_language(str(self._settings.get("language")))
        return chosen != self._running_language

    def _offer_restart(self) -> None:
        pending = self.restart_pending()
        self.language.offer_restart(pending)
        if pending:  # it appears below the list: bring it into view once laid out
            QTimer.singleShot(0, self, lambda: self._reveal(self.restart_button))

    def _reveal(self, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(widget, 16, 16)

    # ----- changing values ------------------------------------------------
    def _change(self, key: str, value: object) -> None:
        """Validate, store and save one value, then tell the window."""
        if self._loading:
            return
        try:
            self._settings.set(key, value)
        except (KeyError, ValueError) as exc:
            log.warning("setting %s rejected: %s", key, exc)
            self._show_save_error(
                SettingsText.tr("That value was not accepted: {error}").format(error=exc))
            self.refresh()
            return
        self.save()
        if key == "language":
            self._offer_restart()
        elif key in ("quiet_margin_min", "quiet_until"):
            self.reminders.bedtime.show_note()
        self.settingsChanged.emit(key)

    def save(self) -> bool:
        """Write the settings file if anything changed; a failure is shown, not raised."""
        try:
            written = bool(self._settings.save())
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
            self._show_save_error(SettingsText.tr(
                "Your settings could not be saved ({error}). "
                "They apply until Calf Coach closes.").format(error=error_words(exc)))
            return False
        self.save_error.hide()
        return written

    def _show_save_error(self, text: str) -> None:
        self.save_error.setText(text)
        self.save_error.show()

    # ----- navigation -------------------------------------------------------
    def leave(self) -> None:
        """Save anything pending, drop the start-up notice, and go back."""
        self.save()
        self.notice.hide()
        self.closed.emit()

    def focus_first(self) -> None:
        """Put the keyboard on the first setting (the window calls this on entry)."""
        self.scroll_area.ensureVisible(0, 0)
        self.sound_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll so the focused control is in view, however focus got there."""
        content = self.scroll_area.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new, 16, 16)

    def showEvent(self, event: QShowEvent) -> None:
        # Values can change elsewhere (the player's sound switch, another
        # session's autostart entry): show the truth each time.
        super().showEvent(event)
        self.refresh()

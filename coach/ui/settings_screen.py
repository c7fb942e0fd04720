"""The Settings screen: sound, routines, look, reminders, start on login, menu, language.

Every change goes through ``Settings.set`` (which validates it) and is saved
at once: ``Settings.save()`` writes only when something changed, so this costs
one small atomic write per click, and nothing is lost if the app is closed (or
killed) right after a change. The screen emits ``settingsChanged(key)`` so the
window can apply a theme, a text size or the cue switches live.

Start on login is not a preference we can merely store: the truth is whether
the autostart entry exists, so the check box shows what the injected
``Autostart`` reports and asks it to change.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.content.safety import emergency_number
from coach.i18n import QT_TRANSLATE_NOOP, Tr
from coach.store import settings_schema as schema
from coach.ui.menu_offer import (
    DesktopMenuEntry,
    MenuEntryLike,
    MenuOfferText,
    hot_key_command,
    install_and_tell,
)
from coach.ui.theme import BASE_SIZE_PROPERTY, OWN_TEXT_SCALE_PROPERTY, current_text_scale
from coach.ui.widgets.labels import plain_label
from coach.words.reminders import DAYS, full_day

if TYPE_CHECKING:
    from coach.store.settings import Settings

log = logging.getLogger(__name__)

TEXT_SCALES = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)


class SettingsText(Tr):
    """Translation context for the Settings screen."""


NO_AUTOSTART = QT_TRANSLATE_NOOP("SettingsText",
                                 "Starting on login is not available on this system.")


def theme_choices() -> tuple[tuple[str, str], ...]:
    return (("system", SettingsText.tr("System (follows the desktop)")),
            ("light", SettingsText.tr("Light")), ("dark", SettingsText.tr("Dark")),
            ("high-contrast", SettingsText.tr("High contrast")))


def language_choices() -> tuple[tuple[str, str], ...]:
    """Each language in its own name, so a person can find theirs in any interface."""
    return (("system", SettingsText.tr("System")), ("en", "English"), ("ru", "Русский"))


def sample_text() -> str:
    return SettingsText.tr("Sample: stand facing a wall and hold the stretch for 30 seconds.")


class AutostartLike(Protocol):
    """What the screen needs from ``coach.platform.autostart.Autostart``."""

    @property
    def supported(self) -> bool: ...
    def is_enabled(self) -> bool: ...
    def enable(self) -> None: ...
    def disable(self) -> None: ...
    def describe(self) -> str: ...


def whole_range(spin: QSpinBox, setting: schema.Setting[int]) -> None:
    """The spin box takes exactly what the setting allows (declared in the schema)."""
    assert setting.low is not None and setting.high is not None, setting.name
    spin.setRange(int(setting.low), int(setting.high))


def describe(widget: QWidget, setting: schema.Setting[Any]) -> None:
    """The setting's one-line description from the schema, as the control's tooltip and
    its description for screen readers."""
    widget.setToolTip(setting.described())
    widget.setAccessibleDescription(setting.described())


def scale_text(scale: float) -> str:
    return f"{round(scale * 100)} %"


def _error_words(exc: BaseException) -> str:
    """An OSError as a short phrase ("Permission denied"), not a repr."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or exc.__class__.__name__


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
        self._autostart = autostart
        self._menu_entry = menu_entry if menu_entry is not None else DesktopMenuEntry()
        self._running_language = running_language
        self._loading = False
        self._build()
        self.refresh()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.leave)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    # ----- construction -------------------------------------------------
    def _build(self) -> None:
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
        column.addWidget(self._build_sound())
        column.addWidget(self._build_routines())
        column.addWidget(self._build_look())
        column.addWidget(self._build_reminders())
        column.addWidget(self._build_menu_entry())
        column.addWidget(self._build_language())
        column.addWidget(self._build_safety())
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

        self.scroll = QScrollArea()
        self.scroll.setObjectName("SettingsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(content)

        root = QVBoxLayout(self)
        root.setContentsMargins(18, 12, 18, 8)
        root.addLayout(top)
        root.addWidget(self.scroll, 1)

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        group.setAccessibleName(title)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setContentsMargins(12, 10, 12, 10)
        form.setVerticalSpacing(10)
        return group, form

    def _check(self, text: str, key: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text)
        describe(box, schema.BY_NAME[key])
        box.toggled.connect(lambda on, k=key: self._change(k, bool(on)))
        return box

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget, accessible: str = "") -> QLabel:
        label = plain_label(text, wrap=False)
        label.setBuddy(field)
        field.setAccessibleName(accessible or text)
        form.addRow(label, field)
        return label

    def _build_sound(self) -> QGroupBox:
        group, form = self._group(SettingsText.tr("Sound and voice"))
        self.sound_box = self._check(SettingsText.tr("Sound cues (ticks and tones) in routines"),
                                     "sound_enabled")
        self.voice_box = self._check(SettingsText.tr("Read the exercises aloud"),
                                     "voice_enabled")
        self.cramp_sound_box = self._check(SettingsText.tr("Sound on the Cramp now screen"),
                                           "cramp_sound")
        for box in (self.sound_box, self.voice_box, self.cramp_sound_box):
            form.addRow(box)
        return group

    def _build_routines(self) -> QGroupBox:
        group, form = self._group(SettingsText.tr("Routines"))
        self.prepare_spin = QSpinBox()
        whole_range(self.prepare_spin, schema.PREPARE_S)
        describe(self.prepare_spin, schema.PREPARE_S)
        self.prepare_spin.setSuffix(SettingsText.tr(" s"))
        self.prepare_spin.setSpecialValueText(SettingsText.tr("No countdown"))
        self.prepare_spin.valueChanged.connect(lambda v: self._change("prepare_s", int(v)))
        self._row(form, SettingsText.tr("Get-ready time before the first exercise:"),
                  self.prepare_spin,
                  SettingsText.tr("Get-ready time before the first exercise, in seconds"))
        self.awake_box = self._check(
            SettingsText.tr("Keep the screen awake while a routine plays"), "keep_screen_awake")
        form.addRow(self.awake_box)
        return group

    def _build_look(self) -> QGroupBox:
        group, form = self._group(SettingsText.tr("Look"))
        self.theme_combo = QComboBox()
        describe(self.theme_combo, schema.THEME)
        for value, text in theme_choices():
            self.theme_combo.addItem(text, value)
        self.theme_combo.currentIndexChanged.connect(
            lambda _i: self._change("theme", self.theme_combo.currentData()))
        self._row(form, SettingsText.tr("Theme:"), self.theme_combo, SettingsText.tr("Theme"))

        self.scale_combo = QComboBox()
        describe(self.scale_combo, schema.TEXT_SCALE)
        self.scale_combo.currentIndexChanged.connect(self._scale_chosen)
        self._row(form, SettingsText.tr("Text size:"), self.scale_combo,
                  SettingsText.tr("Text size"))
        self.sample = plain_label(sample_text(), name=SettingsText.tr("Text size sample"))
        # The sample shows the chosen size itself, whether or not the window
        # has applied it yet; the app-wide scale pass leaves it alone.
        self.sample.setProperty(OWN_TEXT_SCALE_PROPERTY, True)
        form.addRow(self.sample)
        return group

    def _build_reminders(self) -> QGroupBox:
        group, form = self._group(SettingsText.tr("Reminders"))
        self.snooze_spin = QSpinBox()
        whole_range(self.snooze_spin, schema.SNOOZE_MIN)
        describe(self.snooze_spin, schema.SNOOZE_MIN)
        self.snooze_spin.setSuffix(SettingsText.tr(" min"))
        self.snooze_spin.valueChanged.connect(lambda v: self._change("snooze_min", int(v)))
        self._row(form, SettingsText.tr("Snooze for:"), self.snooze_spin,
                  SettingsText.tr("Snooze length, in minutes"))

        self.late_spin = QDoubleSpinBox()
        late = schema.LATE_WINDOW_MIN  # minutes in the file, hours on screen
        assert late.low is not None and late.high is not None
        self.late_spin.setRange(late.low / 60, late.high / 60)
        describe(self.late_spin, late)
        self.late_spin.setDecimals(1)
        self.late_spin.setSingleStep(0.5)
        self.late_spin.setSuffix(SettingsText.tr(" h"))
        self.late_spin.setSpecialValueText(SettingsText.tr("Never"))
        self.late_spin.valueChanged.connect(
            lambda v: self._change("late_window_min", round(v * 60)))
        self._row(form, SettingsText.tr("Offer a missed reminder for up to:"), self.late_spin,
                  SettingsText.tr("Offer a missed reminder for up to this many hours"))

        self._build_bedtime(form)

        self.checkin_box = QCheckBox(SettingsText.tr("Ask about the night each morning at"))
        describe(self.checkin_box, schema.MORNING_CHECKIN)
        self.checkin_box.setAccessibleName(SettingsText.tr("Morning check-in"))
        self.checkin_time = QTimeEdit()
        self.checkin_time.setDisplayFormat("HH:mm")
        self.checkin_time.setAccessibleName(SettingsText.tr("Morning check-in time"))
        self.checkin_box.toggled.connect(lambda _on: self._checkin_changed())
        self.checkin_time.timeChanged.connect(lambda _t: self._checkin_changed())
        checkin_row = QHBoxLayout()
        checkin_row.addWidget(self.checkin_box)
        checkin_row.addWidget(self.checkin_time)
        checkin_row.addStretch(1)
        form.addRow(checkin_row)

        self.autostart_box = QCheckBox(
            SettingsText.tr("Start Calf Coach in the background when I log in"))
        describe(self.autostart_box, schema.START_ON_LOGIN)
        self.autostart_box.setAccessibleName(SettingsText.tr("Start on login"))
        self.autostart_box.toggled.connect(self._autostart_toggled)
        form.addRow(self.autostart_box)
        self.autostart_info = plain_label(name=SettingsText.tr("Start on login details"))
        form.addRow(self.autostart_info)
        self.autostart_error = plain_label(name=SettingsText.tr("Start on login problem"))
        self.autostart_error.hide()
        form.addRow(self.autostart_error)
        return group

    def _build_bedtime(self, form: QFormLayout) -> None:
        """Bedtime (one for every evening, or per evening) and the quiet hours after it."""
        self.bedtime_edit = self._time_edit(SettingsText.tr("Bedtime, every evening"))
        describe(self.bedtime_edit, schema.BEDTIME)
        self.bedtime_edit.timeChanged.connect(lambda _t: self._bedtime_changed())
        self.bedtime_per_day_box = QCheckBox(SettingsText.tr("Different on some evenings"))
        self.bedtime_per_day_box.setAccessibleName(
            SettingsText.tr("A different bedtime on some evenings"))
        self.bedtime_per_day_box.toggled.connect(self._bedtime_per_day_toggled)
        bedtime_row = QWidget()
        row = QHBoxLayout(bedtime_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bedtime_edit)
        row.addWidget(self.bedtime_per_day_box)
        row.addStretch(1)
        caption = self._row(form, SettingsText.tr("Bedtime:"), bedtime_row)
        caption.setBuddy(self.bedtime_edit)

        self.bedtime_days = QWidget()
        grid = QFormLayout(self.bedtime_days)
        grid.setContentsMargins(24, 0, 0, 0)  # under "Bedtime:", indented as its detail
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.bedtime_day_edits: dict[str, QTimeEdit] = {}
        for day in DAYS:
            edit = self._time_edit(SettingsText.tr("Bedtime, {day}").format(
                day=full_day(day)))
            edit.timeChanged.connect(lambda _t: self._bedtime_changed())
            self.bedtime_day_edits[day] = edit
            label = plain_label(full_day(day), wrap=False)
            label.setBuddy(edit)
            grid.addRow(label, edit)
        self.bedtime_days.hide()
        form.addRow(self.bedtime_days)

        self.quiet_spin = QSpinBox()
        whole_range(self.quiet_spin, schema.QUIET_MARGIN_MIN)
        describe(self.quiet_spin, schema.QUIET_MARGIN_MIN)
        self.quiet_spin.setSingleStep(15)
        self.quiet_spin.setSuffix(SettingsText.tr(" min after bedtime"))
        self.quiet_spin.setSpecialValueText(SettingsText.tr("At bedtime"))
        self.quiet_spin.valueChanged.connect(
            lambda v: self._change("quiet_margin_min", int(v)))
        self._row(form, SettingsText.tr("Quiet hours start:"), self.quiet_spin,
                  SettingsText.tr("Quiet hours start this many minutes after bedtime"))
        self.quiet_until_edit = self._time_edit(SettingsText.tr("Quiet hours end at"))
        describe(self.quiet_until_edit, schema.QUIET_UNTIL)
        self.quiet_until_edit.timeChanged.connect(
            lambda t: self._change("quiet_until", t.toString("HH:mm")))
        self._row(form, SettingsText.tr("Quiet until:"), self.quiet_until_edit,
                  SettingsText.tr("Quiet hours end at"))
        self.bedtime_note = plain_label(name=SettingsText.tr("About bedtime and quiet hours"))
        form.addRow(self.bedtime_note)

    @staticmethod
    def _time_edit(accessible: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setWrapping(True)
        edit.setAccessibleName(accessible)
        return edit

    def _bedtime_value(self) -> str | dict[str, str]:
        if not self.bedtime_per_day_box.isChecked():
            return self.bedtime_edit.time().toString("HH:mm")
        return {day: edit.time().toString("HH:mm")
                for day, edit in self.bedtime_day_edits.items()}

    def _bedtime_changed(self) -> None:
        self._change("bedtime", self._bedtime_value())
        self._show_bedtime_note()

    def _bedtime_per_day_toggled(self, on: bool) -> None:
        """Per evening: every day starts at the common bedtime. Back to one: Monday's."""
        self.bedtime_days.setVisible(on)
        self.bedtime_edit.setEnabled(not on)
        if self._loading:
            return
        self._loading = True
        try:
            if on:
                for edit in self.bedtime_day_edits.values():
                    edit.setTime(self.bedtime_edit.time())
            else:
                self.bedtime_edit.setTime(self.bedtime_day_edits["mon"].time())
        finally:
            self._loading = False
        self._bedtime_changed()

    def _show_bedtime_note(self) -> None:
        margin = self._settings.value(schema.QUIET_MARGIN_MIN)
        self.bedtime_note.setText(SettingsText.tr(
            "A bedtime after midnight, such as 00:30, belongs to the evening before. "
            "Quiet hours: from {margin} min after your bedtime until {morning} the next "
            "morning, no reminders and no questions about a missed one; a reminder that "
            "would come then is skipped.").format(
                margin=margin, morning=self._settings.get("quiet_until")))

    def _show_bedtime(self) -> None:
        """The stored bedtime(s) in the controls (call with ``_loading`` set)."""
        bedtime = self._settings.value(schema.BEDTIME)
        days = bedtime if isinstance(bedtime, dict) else None
        per_day = days is not None
        common = days["mon"] if days is not None else str(bedtime)
        self.bedtime_edit.setTime(QTime.fromString(common, "HH:mm"))
        for day, edit in self.bedtime_day_edits.items():
            edit.setTime(QTime.fromString(days[day] if days is not None else common, "HH:mm"))
        self.bedtime_per_day_box.setChecked(per_day)
        self.bedtime_days.setVisible(per_day)
        self.bedtime_edit.setEnabled(not per_day)
        self.quiet_spin.setValue(self._settings.value(schema.QUIET_MARGIN_MIN))
        self.quiet_until_edit.setTime(
            QTime.fromString(str(self._settings.get("quiet_until")), "HH:mm"))

    def _build_menu_entry(self) -> QGroupBox:
        """The first-start offer to join the application menu, for later (coach/ui/menu_offer)."""
        group, form = self._group(MenuOfferText.tr("Application menu"))
        self.menu_button = QPushButton(MenuOfferText.tr("Add Calf Coach to the application menu"))
        self.menu_button.setAccessibleName(self.menu_button.text())
        self.menu_button.clicked.connect(self._add_to_menu)
        row = QHBoxLayout()
        row.addWidget(self.menu_button)
        row.addStretch(1)
        form.addRow(row)
        self.menu_info = plain_label(name=MenuOfferText.tr("Application menu details"))
        self.menu_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.menu_info)
        return group

    def refresh_menu_entry(self, result: str = "") -> None:
        """Show whether the menu entry exists (read from disk), or what adding it just did."""
        entry = self._menu_entry
        supported = bool(entry.supported)
        try:
            installed = supported and entry.installed()
        except OSError:
            installed = False
        if result:
            text = result
        elif not supported:
            text = MenuOfferText.tr("Application menus of this system are not supported.")
        elif installed:
            text = MenuOfferText.tr(
                "Calf Coach is in your application menu. For a Cramp now hot key, bind this "
                "command in your desktop's keyboard settings:\n{command}\nAfter moving the "
                "app, add it again.").format(command=hot_key_command(entry))
        else:
            text = MenuOfferText.tr("Calf Coach is not in your application menu yet.")
        self.menu_button.setEnabled(supported)
        self.menu_info.setText(text)

    def _add_to_menu(self) -> None:
        _ok, text = install_and_tell(self._menu_entry)
        self.refresh_menu_entry(text)

    def _build_language(self) -> QGroupBox:
        group, form = self._group(SettingsText.tr("Language"))
        self.language_combo = QComboBox()
        describe(self.language_combo, schema.LANGUAGE)
        for value, text in language_choices():
            self.language_combo.addItem(text, value)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self._change("language", self.language_combo.currentData()))
        self._row(form, SettingsText.tr("Language:"), self.language_combo,
                  SettingsText.tr("Language"))
        self.language_note = plain_label(
            SettingsText.tr("A new language applies the next time Calf Coach starts."),
            name=SettingsText.tr("Language note"))
        form.addRow(self.language_note)
        self.restart_button = QPushButton(SettingsText.tr("Restart now"))
        self.restart_button.setAccessibleName(
            SettingsText.tr("Restart Calf Coach now in the new language"))
        self.restart_button.setToolTip(self.restart_button.accessibleName())
        self.restart_button.setMinimumHeight(36)
        self.restart_button.clicked.connect(self.restartRequested)
        self.restart_button.hide()
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart_button)
        restart_row.addStretch(1)
        form.addRow(restart_row)
        return group

    def _build_safety(self) -> QGroupBox:
        """The number the warnings say to call; empty follows the locale's country."""
        group, form = self._group(SettingsText.tr("Safety"))
        self.emergency_edit = QLineEdit()
        describe(self.emergency_edit, schema.EMERGENCY_NUMBER)
        self.emergency_edit.setMaxLength(30)
        self.emergency_edit.setPlaceholderText(SettingsText.tr("Automatic: {number}").format(
            number=emergency_number("")))
        self.emergency_edit.editingFinished.connect(
            lambda: self._change("emergency_number", self.emergency_edit.text().strip()))
        self._row(form, SettingsText.tr("Emergency number:"), self.emergency_edit,
                  SettingsText.tr("Emergency number shown in the warnings; empty: from your "
                                  "region"))
        return group

    def restart_pending(self) -> bool:
        """Whether the chosen language differs from the one on screen."""
        if self._running_language is None:
            return False
        from coach.i18n import resolve_language

        chosen = resolve_language(str(self._settings.get("language")))
        return chosen != self._running_language

    def _offer_restart(self) -> None:
        pending = self.restart_pending()
        self.restart_button.setVisible(pending)
        self.language_note.setText(
            SettingsText.tr("The new language needs a restart. Restart now keeps your "
                            "window and reminders as they are.") if pending
            else SettingsText.tr("A new language applies the next time Calf Coach starts."))
        if pending:  # it appears below the list: bring it into view once laid out
            QTimer.singleShot(0, self, self._show_restart_button)

    def _show_restart_button(self) -> None:
        self.scroll.ensureWidgetVisible(self.restart_button, 16, 16)

    # ----- showing values -------------------------------------------------
    def refresh(self) -> None:
        """Show the stored values (and the true start-on-login state) in every control."""
        s = self._settings
        self._loading = True
        try:
            self.sound_box.setChecked(bool(s.get("sound_enabled")))
            self.voice_box.setChecked(bool(s.get("voice_enabled")))
            self.cramp_sound_box.setChecked(bool(s.get("cramp_sound")))
            self.prepare_spin.setValue(s.value(schema.PREPARE_S))
            self.awake_box.setChecked(bool(s.get("keep_screen_awake")))
            self._select(self.theme_combo, s.get("theme"))
            self._fill_scales(float(s.get("text_scale")))
            self.snooze_spin.setValue(s.value(schema.SNOOZE_MIN))
            self.late_spin.setValue(s.value(schema.LATE_WINDOW_MIN) / 60)
            self._select(self.language_combo, s.get("language"))
            checkin = str(s.get("morning_checkin") or "")
            self.checkin_box.setChecked(bool(checkin))
            self.checkin_time.setTime(QTime.fromString(checkin or "07:30", "HH:mm"))
            self.checkin_time.setEnabled(bool(checkin))
            self.emergency_edit.setText(str(s.get("emergency_number")))
            self._show_bedtime()
        finally:
            self._loading = False
        self._show_bedtime_note()
        self._show_sample()
        self.refresh_autostart()
        self.refresh_menu_entry()

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def _fill_scales(self, current: float) -> None:
        scales = sorted({*TEXT_SCALES, round(current, 2)})
        self.scale_combo.clear()
        for scale in scales:
            self.scale_combo.addItem(scale_text(scale), scale)
        self.scale_combo.setCurrentIndex(scales.index(round(current, 2)))

    def _show_sample(self) -> None:
        app = QApplication.instance()
        scale = float(self.scale_combo.currentData() or 1.0)
        base = 0.0
        if isinstance(app, QApplication):
            try:
                base = float(app.property(BASE_SIZE_PROPERTY) or 0.0)
            except (TypeError, ValueError):
                base = 0.0
            if base <= 0:
                base = QApplication.font().pointSizeF() / current_text_scale(app)
        font = QFont(self.sample.font())
        font.setPointSizeF(max(6.0, (base if base > 0 else 10.0) * scale))
        self.sample.setFont(font)

    def refresh_autostart(self) -> None:
        """Ask the system whether we start on login, and show that."""
        auto = self._autostart
        supported = auto is not None and bool(auto.supported)
        enabled = False
        detail = SettingsText.tr(NO_AUTOSTART)
        if auto is not None:
            try:
                enabled = supported and bool(auto.is_enabled())
                detail = auto.describe() or (detail if not supported else "")
            except OSError as exc:  # is_enabled should not raise, but never crash here
                log.warning("autostart state unknown: %s", exc)
        self._loading = True
        try:
            self.autostart_box.setChecked(enabled)
        finally:
            self._loading = False
        self.autostart_box.setEnabled(supported)
        if not supported and not detail:
            detail = SettingsText.tr(NO_AUTOSTART)
        self.autostart_info.setText(detail)
        self.autostart_info.setVisible(bool(detail))

    # ----- changing values ------------------------------------------------
    def _change(self, key: str, value: Any) -> None:
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
            self._show_bedtime_note()
        self.settingsChanged.emit(key)

    def _checkin_changed(self) -> None:
        """The morning check-in: a time when ticked, "" (off) when not."""
        self.checkin_time.setEnabled(self.checkin_box.isChecked())
        self._change("morning_checkin", self.checkin_time.time().toString("HH:mm")
                     if self.checkin_box.isChecked() else "")

    def _scale_chosen(self, _index: int) -> None:
        if self._loading:
            return
        self._show_sample()
        self._change("text_scale", float(self.scale_combo.currentData()))

    def _autostart_toggled(self, on: bool) -> None:
        if self._loading or self._autostart is None:
            return
        self.autostart_error.hide()
        try:
            if on:
                self._autostart.enable()
            else:
                self._autostart.disable()
        except OSError as exc:
            log.warning("could not change start on login: %s", exc)
            text = (SettingsText.tr("Could not turn on start on login: {error}.") if on
                    else SettingsText.tr("Could not turn off start on login: {error}."))
            self.autostart_error.setText(text.format(error=_error_words(exc)))
            self.autostart_error.show()
            # After the layout has made room for the message:
            QTimer.singleShot(0, self, self._reveal_autostart_error)
        self.refresh_autostart()
        self._change("start_on_login", self.autostart_box.isChecked())

    def _reveal_autostart_error(self) -> None:
        self.scroll.ensureWidgetVisible(self.autostart_error, 16, 16)

    def save(self) -> bool:
        """Write the settings file if anything changed; a failure is shown, not raised."""
        try:
            written = bool(self._settings.save())
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
            self._show_save_error(SettingsText.tr(
                "Your settings could not be saved ({error}). "
                "They apply until Calf Coach closes.").format(error=_error_words(exc)))
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
        self.scroll.ensureVisible(0, 0)
        self.sound_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll so the focused control is in view, however focus got there."""
        content = self.scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 16, 16)

    def showEvent(self, event: QShowEvent) -> None:
        # Values can change elsewhere (the player's sound switch, another
        # session's autostart entry): show the truth each time.
        super().showEvent(event)
        self.refresh()

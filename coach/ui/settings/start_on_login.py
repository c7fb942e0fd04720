"""Settings, start on login: the rows that show and change the real autostart entry.

Start on login is not a preference we can merely store: the truth is whether
the autostart entry exists, so the check box shows what the injected
``Autostart`` reports and asks it to change; the setting only follows.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from coach.i18n import QT_TRANSLATE_NOOP
from coach.store import settings_schema as schema
from coach.ui.settings.form import SettingsText, describe, error_words
from coach.ui.widgets.labels import plain_label

log = logging.getLogger(__name__)

NO_AUTOSTART = QT_TRANSLATE_NOOP("SettingsText",
                                 "Starting on login is not available on this system.")


class AutostartLike(Protocol):
    """What the screen needs from ``coach.platform.autostart.Autostart``."""

    @property
    def supported(self) -> bool: ...
    def is_enabled(self) -> bool: ...
    def enable(self) -> None: ...
    def disable(self) -> None: ...
    def describe(self) -> str: ...


class StartOnLoginRows(QObject):
    """The check box, its details and its problem line, added to a group's form.

    Emits ``changed("start_on_login", on)`` after asking the system, and
    ``revealRequested(widget)`` when a problem line should be scrolled into view.
    """

    changed = Signal(str, object)  # a setting's name, its new value (Settings.set checks it)
    revealRequested = Signal(QWidget)

    def __init__(self, form: QFormLayout, autostart: AutostartLike | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._autostart = autostart
        self._loading = False
        self.autostart_box = QCheckBox(
            SettingsText.tr("Start Calf Coach in the background when I log in"))
        describe(self.autostart_box, schema.START_ON_LOGIN)
        self.autostart_box.setAccessibleName(SettingsText.tr("Start on login"))
        self.autostart_box.toggled.connect(self._toggled)
        form.addRow(self.autostart_box)
        self.autostart_info = plain_label(name=SettingsText.tr("Start on login details"))
        form.addRow(self.autostart_info)
        self.autostart_error = plain_label(name=SettingsText.tr("Start on login problem"))
        self.autostart_error.hide()
        form.addRow(self.autostart_error)

    def refresh(self) -> None:
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

    def _toggled(self, on: bool) -> None:
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
            self.autostart_error.setText(text.format(error=error_words(exc)))
            self.autostart_error.show()
            # After the layout has made room for the message:
            QTimer.singleShot(0, self, lambda: self.revealRequested.emit(self.autostart_error))
        self.refresh()
        self.changed.emit("start_on_login", self.autostart_box.isChecked())

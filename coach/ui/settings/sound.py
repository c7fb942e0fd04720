"""Settings, "Sound and voice": the routines' cues, reading aloud, the Cramp now sound."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.ui.settings.form import Section, SettingsText

if TYPE_CHECKING:
    from coach.store.settings import Settings


class SoundSection(Section):
    """Three switches; the player's own sound switch changes the same setting."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(SettingsText.tr("Sound and voice"), settings)
        self.sound_box = self.check(
            SettingsText.tr("Sound cues (ticks and tones) in routines"), "sound_enabled")
        self.voice_box = self.check(SettingsText.tr("Read the exercises aloud"),
                                    "voice_enabled")
        self.cramp_sound_box = self.check(SettingsText.tr("Sound on the Cramp now screen"),
                                          "cramp_sound")
        for box in (self.sound_box, self.voice_box, self.cramp_sound_box):
            self.form.addRow(box)

    def show_values(self) -> None:
        s = self._settings
        self.sound_box.setChecked(bool(s.get("sound_enabled")))
        self.voice_box.setChecked(bool(s.get("voice_enabled")))
        self.cramp_sound_box.setChecked(bool(s.get("cramp_sound")))

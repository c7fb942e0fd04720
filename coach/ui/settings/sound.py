"""Settings, "Sound and voice": the routines' cues, reading aloud, the Cramp now sound."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.ui.settings.form import Section, SettingsText
from coach.ui.widgets.labels import plain_label

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
        # What cannot play on this computer, under the switch it concerns (hidden when
        # all can): a ticked box alone would say "on" where nothing will sound.
        self.sound_note = plain_label(name=SettingsText.tr("Sound problem"))
        self.voice_note = plain_label(name=SettingsText.tr("Voice problem"))
        for row in (self.sound_box, self.sound_note, self.voice_box, self.voice_note,
                    self.cramp_sound_box):
            self.form.addRow(row)
        self.show_availability("", "")

    def show_availability(self, sound_problem: str, voice_problem: str) -> None:
        """Say what cannot play here ("No sound device", as the player says it; "" when
        it can). The switches keep the user's choice, for a computer where it works."""
        for note, problem in ((self.sound_note, sound_problem),
                              (self.voice_note, voice_problem)):
            note.setText(SettingsText.tr("{problem}. Nothing plays here; your choice is kept.")
                         .format(problem=problem) if problem else "")
            note.setVisible(bool(problem))

    def show_values(self) -> None:
        s = self._settings
        self.sound_box.setChecked(bool(s.get("sound_enabled")))
        self.voice_box.setChecked(bool(s.get("voice_enabled")))
        self.cramp_sound_box.setChecked(bool(s.get("cramp_sound")))

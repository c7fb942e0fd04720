"""The player's sound and voice switches: whole words for each state, or why they cannot play.

These are the same switches as in Settings, saved at once: someone who
silences the voice at night wants it silent next night too.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QToolButton

from coach.ui.player.texts import PlayerText, sound_problem_text, voice_problem_text
from coach.ui.widgets.labels import plain_label


def make_toggle(on_text: str, off_text: str, accessible: str) -> QToolButton:
    """A switch that reads ``on_text`` or ``off_text`` (see ``show_toggle``)."""
    button = QToolButton()
    button.setProperty("onText", on_text)
    button.setProperty("offText", off_text)
    button.setProperty("tip", accessible)
    button.setText(off_text)
    button.setCheckable(True)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    button.setMinimumHeight(32)
    return button


def show_toggle(button: QToolButton, on: bool) -> None:
    """The switch's words for ``on``, or its "problem" property when it cannot play."""
    # Whole words per state: "Sound on" is not "Sound" + "on" in every language.
    # A switch for something that cannot play says why instead of "on".
    problem = button.property("problem")
    if problem:
        button.setText(str(problem))
        button.setToolTip(str(problem))
        button.setAccessibleDescription(str(problem))
        return
    button.setText(str(button.property("onText" if on else "offText")))
    button.setToolTip(str(button.property("tip")))
    button.setAccessibleDescription("")


class CueSwitches:
    """The sound and voice switches of the top row, and the line that says why one cannot play."""

    def __init__(self) -> None:
        self.sound_button = make_toggle(
            PlayerText.tr("Sound on"), PlayerText.tr("Sound off"),
            PlayerText.tr("Sound cues on or off (a setting: kept for next time)"))
        self.voice_button = make_toggle(
            PlayerText.tr("Voice on"), PlayerText.tr("Voice off"),
            PlayerText.tr("Spoken instructions on or off (a setting: kept for next time)"))
        for button in (self.sound_button, self.voice_button):
            # "Sound on" / "Sound off": a pressed-in look alone is easy to misread.
            button.toggled.connect(partial(show_toggle, button))
            show_toggle(button, button.isChecked())
        # Under the top row, only when sound or voice cannot play (see set_problems).
        self.notice = plain_label(point_scale=0.9, name=PlayerText.tr("Sound and voice notice"))
        self.notice.hide()

    def set_problems(self, sound: str | None, voice: str | None) -> None:
        """What keeps sound or voice from playing (cues reasons), None if nothing.

        A switch whose cues cannot play is not shown as "on": it gives way to
        a line under the top row that says why ("No sound device · No voice
        installed: install speech-dispatcher"). The line, not two long
        greyed-out buttons, because with large text the top row has no room.
        """
        problems = []
        for button, text in ((self.sound_button, sound_problem_text(sound)),
                             (self.voice_button, voice_problem_text(voice))):
            button.setProperty("problem", text)
            button.setEnabled(not text)
            button.setVisible(not text)
            show_toggle(button, button.isChecked())
            if text:
                problems.append(text)
        self.notice.setText("  ·  ".join(problems))
        self.notice.setVisible(bool(problems))

    def set_switches(self, sound: bool, voice: bool) -> None:
        """Show the settings' values without saying the user changed them."""
        for button, value in ((self.sound_button, sound), (self.voice_button, voice)):
            button.blockSignals(True)
            button.setChecked(value)
            button.blockSignals(False)
            show_toggle(button, value)



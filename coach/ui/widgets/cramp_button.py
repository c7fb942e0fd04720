"""The big red "Cramp now" button on home: the biggest target, in the cramp colour."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coach.ui.widgets.flat_button import ButtonLook, FlatButton

FILL = "#C8431A"  # white text on it: contrast 4.9:1
FILL_HOVER = "#B93C16"  # darker, never less contrast
FILL_DOWN = "#A3340F"
TEXT = "#FFFFFF"
FOCUS = "#FFD400"  # the night screen's focus colour

CRAMP_LOOK = ButtonLook(fill=FILL, text=TEXT, focus=FOCUS, radius=12.0, padding=(24, 8),
                        hover=FILL_HOVER, down=FILL_DOWN)


class CrampButton(FlatButton):
    """A FlatButton in the cramp colour, with a yellow border when it has focus."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, CRAMP_LOOK, parent)
        self.setObjectName("CrampButton")

"""The night look of Cramp now: dark, high-contrast colours, whatever the app theme.

Painted colours and palettes, no style sheet: a sheet here kept 1 MB in an
app that waits in the tray all day (see ``coach.ui.widgets.flat_button``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from coach.ui.theme import palette_from
from coach.ui.widgets.flat_button import ButtonLook

NIGHT = {"window": "#0B0D10", "panel": "#15181D", "text": "#F4F5F7", "dim": "#B8C0CC",
         "accent": "#F26B3A", "button": "#232830", "focus": "#FFD400", "warn": "#FFB547",
         "alarm": "#FF6B5E"}
NIGHT_PRIMARY = ButtonLook(fill=NIGHT["accent"], text="#000000", border="#3A414C",
                           focus=NIGHT["focus"])
NIGHT_BUTTON = ButtonLook(fill=NIGHT["button"], text=NIGHT["text"], border="#3A414C",
                          focus=NIGHT["focus"], checked=NIGHT_PRIMARY)
#: Label colours by object name: the warnings stand out, hints step back.
LABEL_COLOURS = {"EmergencyTitle": NIGHT["alarm"], "EmergencySigns": NIGHT["warn"],
                 "Caution": NIGHT["warn"], "Hint": NIGHT["dim"], "Disclaimer": NIGHT["dim"],
                 "AdviceTitle": NIGHT["alarm"]}


def night_palette() -> QPalette:
    """Dark, high-contrast colours for this screen only, whatever the app theme."""
    return palette_from({
        "window": NIGHT["window"], "base": NIGHT["panel"], "text": NIGHT["text"],
        "button": NIGHT["button"], "highlight": NIGHT["accent"], "highlighted_text": "#000000",
        "mid": NIGHT["dim"], "dim": NIGHT["dim"], "link": NIGHT["accent"]})


def colour_labels(root: QWidget) -> None:
    """Give each label under ``root`` the colour its object name asks for (LABEL_COLOURS)."""
    for label in root.findChildren(QLabel):
        colour = LABEL_COLOURS.get(label.objectName())
        if colour is not None:
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            label.setPalette(palette)

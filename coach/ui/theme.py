"""Palettes for the themes a user can pick, and the app-wide text scale.

We use the Fusion style so the palettes look the same on every desktop, and
we derive all colours from the palette so widgets never hard-code a colour
that would vanish in another theme.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "high-contrast")
ACCENT = "#F26B3A"  # the calf highlight colour of the illustrations


def _palette(window: str, base: str, text: str, button: str, highlight: str,
             highlighted_text: str, mid: str, link: str) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: button,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: highlighted_text,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: mid,
        QPalette.ColorRole.Mid: mid,
        QPalette.ColorRole.Link: link,
        QPalette.ColorRole.BrightText: highlight,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(mid))
    return pal


def palette_for(theme: str) -> QPalette | None:
    """The palette for ``theme``; None means: keep the system's."""
    if theme == "light":
        return _palette("#F6F7F9", "#FFFFFF", "#1B1F24", "#E8EBEF", "#2F6DB5",
                        "#FFFFFF", "#5F6B78", "#1F5FA8")
    if theme == "dark":
        return _palette("#16181C", "#1F2227", "#ECEFF3", "#2A2E35", "#5B9BE0",
                        "#0B0D10", "#A3ADB8", "#8CC0FF")
    if theme == "high-contrast":
        return _palette("#000000", "#000000", "#FFFFFF", "#000000", "#FFD400",
                        "#000000", "#D0D0D0", "#FFD400")
    return None


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str, text_scale: float = 1.0,
                base_point_size: float | None = None) -> None:
    """Apply ``theme`` and ``text_scale`` to the whole application."""
    app.setStyle("Fusion")
    pal = palette_for(theme)
    if pal is None:
        hints = QGuiApplication.styleHints()
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
        pal = palette_for("dark" if dark else "light")
    app.setPalette(pal)
    font = QFont(app.font())
    size = base_point_size or QGuiApplication.font().pointSizeF() or 10.0
    font.setPointSizeF(max(6.0, size * text_scale))
    app.setFont(font)

"""Palettes for the themes a user can pick, the app-wide text scale, and focus.

We use the Fusion style so the palettes look the same on every desktop, and
we derive all colours from the palette so widgets never hard-code a colour
that would vanish in another theme.

Why there is more here than ``app.setPalette``:

- Control borders and focus marks must show in every theme: ``CoachStyle``
  and ``FocusRing`` (``coach/ui/focus_style.py``), installed here.
- The text size must apply live to every screen, including labels that set an
  explicit (e.g. 1.8x) font. Re-applying must not compound: the base point size
  is remembered once on the application, and explicit fonts are scaled by the
  ratio of the new scale to the old one.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from coach.ui.focus_style import OWN_FOCUS_PROPERTY as OWN_FOCUS_PROPERTY  # for the screens
from coach.ui.focus_style import CoachStyle, FocusTracker

THEMES = ("system", "light", "dark", "high-contrast")
ACCENT = "#F26B3A"  # the calf highlight colour of the illustrations

#: Application properties: the remembered state, so re-applying never compounds.
BASE_SIZE_PROPERTY = "coachBasePointSize"
SCALE_PROPERTY = "coachTextScale"
THEME_PROPERTY = "coachTheme"
#: Set this property (True) on a widget whose subtree sizes its own fonts from
#: the application font (e.g. a night screen with a minimum size); the text
#: scale pass then leaves that subtree alone.
OWN_TEXT_SCALE_PROPERTY = "coachOwnTextScale"
MIN_POINT_SIZE = 6.0
_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved (not exposed by PySide6)

# Colour sets: window, base, text, button, highlight, highlighted text,
# mid (borders, 3:1 on window and base), dim (placeholder, 4.5:1 on base;
# also disabled text), link.
_COLOURS: dict[str, dict[str, str]] = {
    "light": {"window": "#F6F7F9", "base": "#FFFFFF", "text": "#1B1F24",
              "button": "#E8EBEF", "highlight": "#2F6DB5", "highlighted_text": "#FFFFFF",
              "mid": "#6B7684", "dim": "#5F6B78", "link": "#1F5FA8"},
    "dark": {"window": "#16181C", "base": "#1F2227", "text": "#ECEFF3",
             "button": "#2A2E35", "highlight": "#5B9BE0", "highlighted_text": "#0B0D10",
             "mid": "#8C96A3", "dim": "#A3ADB8", "link": "#8CC0FF"},
    # Pure black, white and yellow: nothing in between that could blur.
    "high-contrast": {"window": "#000000", "base": "#000000", "text": "#FFFFFF",
                      "button": "#000000", "highlight": "#FFFF00",
                      "highlighted_text": "#000000", "mid": "#FFFFFF", "dim": "#C8C8C8",
                      "link": "#FFFF00"},
}


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1.0 to 21.0."""

    def luminance(colour: QColor | str) -> float:
        c = QColor(colour)

        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette_from(colours: dict[str, str]) -> QPalette:
    """A full palette from a colour set (the keys of ``_COLOURS``' sets).

    Every role is set, the disabled text too, so nothing falls back to the
    platform's light defaults (which Fusion would use for bevels and frames).
    """
    pal = QPalette(QColor(colours["button"]), QColor(colours["window"]))
    roles = {
        QPalette.ColorRole.Window: colours["window"],
        QPalette.ColorRole.WindowText: colours["text"],
        QPalette.ColorRole.Base: colours["base"],
        QPalette.ColorRole.AlternateBase: colours["button"],
        QPalette.ColorRole.Text: colours["text"],
        QPalette.ColorRole.Button: colours["button"],
        QPalette.ColorRole.ButtonText: colours["text"],
        QPalette.ColorRole.Highlight: colours["highlight"],
        QPalette.ColorRole.HighlightedText: colours["highlighted_text"],
        QPalette.ColorRole.ToolTipBase: colours["base"],
        QPalette.ColorRole.ToolTipText: colours["text"],
        QPalette.ColorRole.PlaceholderText: colours["dim"],
        QPalette.ColorRole.Mid: colours["mid"],
        QPalette.ColorRole.Link: colours["link"],
        QPalette.ColorRole.LinkVisited: colours["link"],
        QPalette.ColorRole.BrightText: colours["highlight"],
        QPalette.ColorRole.Accent: colours["highlight"],
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["dim"]))
    return pal


def palette_for(theme: str) -> QPalette | None:
    """The palette for ``theme``; None means: keep the system's ("system")."""
    colours = _COLOURS.get(theme)
    return None if colours is None else palette_from(colours)


def system_is_dark(scheme: Qt.ColorScheme | None = None) -> bool:
    """Whether the desktop asks for dark colours (unknown counts as light)."""
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return scheme == Qt.ColorScheme.Dark


def resolved_theme(theme: str, scheme: Qt.ColorScheme | None = None) -> str:
    """The concrete palette name for ``theme``: "system" becomes light or dark."""
    if theme in _COLOURS:
        return theme
    return "dark" if system_is_dark(scheme) else "light"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# ----- applying ----------------------------------------------------------------

_keep: dict[str, object] = {}  # Python owners for the style and tracker


def _ensure_style(app: QApplication) -> CoachStyle:
    style = app.style()
    if not isinstance(style, CoachStyle):
        style = CoachStyle()
        _keep["style"] = style
        app.setStyle(style)
    tracker = _keep.get("tracker")
    if not isinstance(tracker, FocusTracker) or not shiboken6.isValid(tracker) \
            or tracker.parent() is not app:
        _keep["tracker"] = FocusTracker(app)
    return style


def _owns_text_scale(widget: QWidget) -> bool:
    node: QWidget | None = widget
    while node is not None:
        if node.property(OWN_TEXT_SCALE_PROPERTY):
            return True
        node = node.parentWidget()
    return False


def _rescale_explicit_fonts(app: QApplication, ratio: float) -> None:
    """Scale fonts that widgets set themselves (e.g. a 1.8x title) by ``ratio``.

    All new fonts are worked out before any is set, because setting a parent's
    font changes what its children report.
    """
    changes: list[tuple[QWidget, QFont]] = []
    for widget in app.allWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        font = QFont(widget.font())
        if not font.resolveMask() & _SIZE_RESOLVED or _owns_text_scale(widget):
            continue
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF() * ratio))
        elif font.pixelSize() > 0:
            font.setPixelSize(max(8, round(font.pixelSize() * ratio)))
        else:
            continue
        changes.append((widget, font))
    for widget, font in changes:
        widget.setFont(font)


def _number_property(app: QApplication, name: str) -> float | None:
    value = app.property(name)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _on_color_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """Follow the desktop's light/dark switch while the theme is "system"."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property(THEME_PROPERTY) != "system":
        return
    pal = palette_for(resolved_theme("system", scheme))
    if pal is not None:
        app.setPalette(pal)


def _watch_color_scheme(app: QApplication) -> None:
    if app.property("coachWatchesColorScheme"):
        return
    QGuiApplication.styleHints().colorSchemeChanged.connect(_on_color_scheme_changed)
    app.setProperty("coachWatchesColorScheme", True)


def apply_theme(app: QApplication, theme: str, text_scale: float = 1.0,
                base_point_size: float | None = None) -> None:
    """Apply ``theme`` and ``text_scale`` to the whole application, live.

    Safe to call again at any time (from the settings screen): the base point
    size is remembered at the first call (or taken from ``base_point_size``),
    so the scale never compounds.
    """
    style = _ensure_style(app)
    style.indicator_scale = max(1.0, float(text_scale))
    _watch_color_scheme(app)
    app.setProperty(THEME_PROPERTY, theme)
    pal = palette_for(resolved_theme(theme))
    assert pal is not None
    app.setPalette(pal)

    if base_point_size and base_point_size > 0:
        base = float(base_point_size)
    else:
        base = _number_property(app, BASE_SIZE_PROPERTY) or 0.0
        if not base:
            base = QGuiApplication.font().pointSizeF()
            base = base if base > 0 else 10.0
    app.setProperty(BASE_SIZE_PROPERTY, base)
    old_scale = _number_property(app, SCALE_PROPERTY) or 1.0
    font = QFont(app.font())
    font.setPointSizeF(max(MIN_POINT_SIZE, base * text_scale))
    app.setFont(font)
    if abs(text_scale - old_scale) > 1e-9:
        _rescale_explicit_fonts(app, text_scale / old_scale)
    app.setProperty(SCALE_PROPERTY, float(text_scale))


def current_text_scale(app: QApplication) -> float:
    """The text scale last applied (1.0 before any)."""
    return _number_property(app, SCALE_PROPERTY) or 1.0

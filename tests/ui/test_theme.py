"""Themes: WCAG contrast in every palette, live text size without compounding, focus ring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui import theme
from coach.ui.focus_style import CoachStyle, FocusRing
from coach.ui.theme import (
    BASE_SIZE_PROPERTY,
    OWN_TEXT_SCALE_PROPERTY,
    THEMES,
    apply_theme,
    contrast_ratio,
    palette_for,
    resolved_theme,
)
from coach.ui.widgets.labels import plain_label

CONCRETE = ("light", "dark", "high-contrast")
R = QPalette.ColorRole

# WCAG 2.x 1.4.3: 4.5:1 for text. Placeholder text is held to the same 4.5:1:
# it is the only hint of what a field wants, and people who need large text
# tend to need contrast as well, so we do not use the 3:1 "large text" rule.
TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
    (R.ToolTipText, R.ToolTipBase),
    (R.Link, R.Base),
    (R.Link, R.Window),
]
# WCAG 2.x 1.4.11: 3:1 for the boundaries of controls and for the focus mark.
NON_TEXT_PAIRS = [
    (R.Mid, R.Window),  # control borders (CoachStyle draws them in Mid)
    (R.Mid, R.Base),
    (R.Highlight, R.Window),  # the focus ring
    (R.Highlight, R.Base),
]


@pytest.fixture(autouse=True)
def _restore_app(qapp):
    """Every test starts from the default look; nothing leaks into other test files."""
    yield
    apply_theme(qapp, "light", 1.0)


def test_contrast_ratio_matches_the_wcag_formula():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    # Order does not matter.
    assert contrast_ratio("#2F6DB5", "#F6F7F9") == contrast_ratio("#F6F7F9", "#2F6DB5")


@pytest.mark.parametrize("name", CONCRETE)
@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS, ids=lambda r: r.name)
def test_text_contrast_is_at_least_aa(name, fg, bg):
    pal = palette_for(name)
    ratio = contrast_ratio(pal.color(fg), pal.color(bg))
    assert ratio >= 4.5, f"{name}: {fg.name} on {bg.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", CONCRETE)
@pytest.mark.parametrize(("fg", "bg"), NON_TEXT_PAIRS, ids=lambda r: r.name)
def test_borders_and_focus_ring_reach_3_to_1(name, fg, bg):
    pal = palette_for(name)
    ratio = contrast_ratio(pal.color(fg), pal.color(bg))
    assert ratio >= 3.0, f"{name}: {fg.name} against {bg.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", CONCRETE)
def test_disabled_text_stays_readable_but_differs(name):
    pal = palette_for(name)
    disabled = pal.color(QPalette.ColorGroup.Disabled, R.WindowText)
    assert disabled != pal.color(R.WindowText)
    assert contrast_ratio(disabled, pal.color(R.Window)) >= 3.0


def test_high_contrast_is_pure_black_white_and_yellow():
    pal = palette_for("high-contrast")
    for role in (R.Window, R.Base, R.Button):
        assert pal.color(role) == QColor("#000000")
    for role in (R.WindowText, R.Text, R.ButtonText, R.Mid):
        assert pal.color(role) == QColor("#FFFFFF")
    assert pal.color(R.Highlight) == QColor("#FFFF00")
    assert pal.color(R.HighlightedText) == QColor("#000000")


def test_system_follows_the_desktop_scheme():
    assert palette_for("system") is None
    assert resolved_theme("system", Qt.ColorScheme.Dark) == "dark"
    assert resolved_theme("system", Qt.ColorScheme.Light) == "light"
    assert resolved_theme("system", Qt.ColorScheme.Unknown) == "light"
    assert resolved_theme("high-contrast", Qt.ColorScheme.Dark) == "high-contrast"


def test_system_theme_reapplies_when_the_desktop_switches(qapp):
    apply_theme(qapp, "system", 1.0)
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(R.Window) == palette_for("dark").color(R.Window)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(R.Window) == palette_for("light").color(R.Window)
    # A fixed theme ignores the desktop.
    apply_theme(qapp, "high-contrast", 1.0)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(R.Window) == QColor("#000000")


@pytest.mark.parametrize("name", THEMES)
def test_apply_theme_sets_the_palette_and_our_style(qapp, name):
    apply_theme(qapp, name, 1.0)
    assert isinstance(qapp.style(), CoachStyle)
    expected = palette_for(resolved_theme(name))
    for role in (R.Window, R.WindowText, R.Highlight):
        assert qapp.palette().color(role) == expected.color(role)


def test_reapplying_does_not_compound_the_text_scale(qapp):
    apply_theme(qapp, "light", 1.0)
    base = qapp.font().pointSizeF()
    for _ in range(3):
        apply_theme(qapp, "dark", 1.5)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    apply_theme(qapp, "light", 1.0)
    assert qapp.font().pointSizeF() == pytest.approx(base)


def test_text_scale_reaches_existing_widgets_and_explicit_fonts(qapp, qtbot):
    apply_theme(qapp, "light", 1.0)
    base = qapp.font().pointSizeF()
    page = QWidget()
    qtbot.addWidget(page)
    plain = QLabel("plain")
    title = plain_label("Title", point_scale=1.8, bold=True)
    bold_only = QLabel("bold")
    font = QFont(bold_only.font())
    font.setBold(True)
    bold_only.setFont(font)
    fixed = QLabel("own scale")
    fixed.setProperty(OWN_TEXT_SCALE_PROPERTY, True)
    fixed_font = QFont(fixed.font())
    fixed_font.setPointSizeF(20.0)
    fixed.setFont(fixed_font)
    layout = QVBoxLayout(page)
    for widget in (plain, title, bold_only, fixed):
        layout.addWidget(widget)

    apply_theme(qapp, "light", 2.0)
    qapp.processEvents()  # Qt posts the application font change to widgets
    assert plain.font().pointSizeF() == pytest.approx(base * 2.0)
    assert title.font().pointSizeF() == pytest.approx(base * 1.8 * 2.0)
    assert title.font().bold()
    assert bold_only.font().pointSizeF() == pytest.approx(base * 2.0)
    assert bold_only.font().bold()
    assert fixed.font().pointSizeF() == pytest.approx(20.0)

    apply_theme(qapp, "light", 2.0)  # same scale again: nothing moves
    assert title.font().pointSizeF() == pytest.approx(base * 1.8 * 2.0)
    apply_theme(qapp, "light", 0.75)
    qapp.processEvents()
    assert title.font().pointSizeF() == pytest.approx(base * 1.8 * 0.75)
    assert plain.font().pointSizeF() == pytest.approx(base * 0.75)


def test_explicit_base_point_size_wins(qapp):
    original = qapp.property(BASE_SIZE_PROPERTY)
    apply_theme(qapp, "light", 1.0, base_point_size=12.0)
    assert qapp.font().pointSizeF() == pytest.approx(12.0)
    apply_theme(qapp, "light", 1.5)
    assert qapp.font().pointSizeF() == pytest.approx(18.0)
    apply_theme(qapp, "light", 1.0, base_point_size=original)  # as the other tests expect


@pytest.mark.parametrize("name", CONCRETE)
def test_labels_keep_their_palette_colours(qapp, qtbot, name):
    """No application-wide style sheet: labels still draw with the theme's colours."""
    apply_theme(qapp, name, 1.0)
    assert qapp.styleSheet() == ""
    label = QLabel("text")
    qtbot.addWidget(label)
    pal = palette_for(name)
    assert label.palette().color(R.WindowText) == pal.color(R.WindowText)
    assert label.palette().color(R.Window) == pal.color(R.Window)


def _render(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _count(image: QImage, colour: QColor) -> int:
    want = colour.rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixel(x, y) == want)


@pytest.mark.parametrize("name", CONCRETE)
def test_focus_ring_follows_keyboard_focus_and_is_visible(qapp, qtbot, name):
    apply_theme(qapp, name, 1.0)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 12, 12, 12)
    first, second = QPushButton("First"), QCheckBox("Second")
    layout.addWidget(first)
    layout.addWidget(second)
    page.resize(300, 120)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    tracker = theme._keep["tracker"]
    ring = tracker.ring
    assert isinstance(ring, FocusRing)
    assert ring.widget() is first and ring.isVisible()
    assert ring.geometry().contains(first.geometry())
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    assert ring.widget() is second

    highlight = palette_for(name).color(R.Highlight)
    assert ring.ring_colour() == highlight
    image = _render(page)
    # The ring is drawn in pure Highlight, 3 px wide, around the check box.
    assert _count(image, highlight) >= 2 * second.width()


def test_focus_ring_leaves_screens_with_their_own_focus_style(qapp, qtbot):
    apply_theme(qapp, "dark", 1.0)
    page = QWidget()
    page.setStyleSheet("QPushButton:focus { border: 3px solid #FFD400; }")
    qtbot.addWidget(page)
    button = QPushButton("Night", page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    ring = theme._keep["tracker"].ring
    assert ring is None or ring.widget() is None


def test_check_boxes_grow_with_large_text(qapp):
    apply_theme(qapp, "light", 1.0)
    style = QApplication.style()
    normal = style.pixelMetric(style.PixelMetric.PM_IndicatorWidth)
    apply_theme(qapp, "light", 2.0)
    assert style.pixelMetric(style.PixelMetric.PM_IndicatorWidth) == round(normal * 2)
    apply_theme(qapp, "light", 0.75)
    assert style.pixelMetric(style.PixelMetric.PM_IndicatorWidth) == normal

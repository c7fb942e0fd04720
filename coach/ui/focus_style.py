"""The app's style and its focus ring: control borders and the keyboard's place that show
in every theme.

- Fusion draws control borders from ``Window.darker(140)``. On a pure black
  high-contrast window that is black on black, so check boxes, fields and
  sliders vanish; in the dark theme they are nearly invisible too. ``CoachStyle``
  (a proxy over Fusion) redraws those borders in the palette's ``Mid`` colour,
  which each theme picks to meet WCAG 1.4.11 (3:1 for UI boundaries).
- Fusion's own focus marks are 1 px and faint. ``FocusRing`` draws a 3 px ring
  in ``Highlight`` around whatever has keyboard focus, in every theme, without
  an application-wide style sheet (which would reset the palettes of the
  widgets under it).

``coach/ui/theme.py`` installs both when it applies a theme.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

# Set this property (True) on a widget whose subtree draws its own focus mark.
OWN_FOCUS_PROPERTY = "coachOwnFocus"
FOCUS_RING_PX = 3


# ----- style: borders that show in every theme --------------------------------

class CoachStyle(QProxyStyle):
    """Fusion, with control borders in the palette's Mid colour and a wider focus margin."""

    _OUTLINED = (QStyle.PrimitiveElement.PE_PanelButtonCommand,
                 QStyle.PrimitiveElement.PE_FrameLineEdit,
                 QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                 QStyle.PrimitiveElement.PE_Frame)
    _INDICATORS = (QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
                   QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
                   QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("CoachStyle")
        #: Check boxes and radio buttons grow with large text (never shrink).
        self.indicator_scale = 1.0

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return FOCUS_RING_PX
        value = super().pixelMetric(metric, option, widget)
        if metric in self._INDICATORS:
            return round(value * self.indicator_scale)
        return value

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._OUTLINED:
            _outline(painter, option, QRectF(option.rect), radius=2.0)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            _outline(painter, option, QRectF(option.rect), radius=option.rect.width() / 2)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            _outline(painter, option, QRectF(option.rect), radius=2.0)
        elif control == QStyle.ComplexControl.CC_Slider and isinstance(option,
                                                                      QStyleOptionSlider):
            groove = self.subControlRect(control, option,
                                         QStyle.SubControl.SC_SliderGroove, widget)
            handle = self.subControlRect(control, option,
                                         QStyle.SubControl.SC_SliderHandle, widget)
            if option.orientation == Qt.Orientation.Horizontal:
                middle = groove.center().y()
                groove = QRect(groove.left(), middle - 2, groove.width(), 5)
            else:
                middle = groove.center().x()
                groove = QRect(middle - 2, groove.top(), 5, groove.height())
            _outline(painter, option, QRectF(groove), radius=2.0)
            _outline(painter, option, QRectF(handle), radius=2.0, fill=True)


def _outline(painter: QPainter, option: QStyleOption, rect: QRectF, radius: float,
             fill: bool = False) -> None:
    """A 1 px border in Mid over what Fusion drew (its own border is too faint)."""
    if rect.width() < 3 or rect.height() < 3:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1.0))
    if fill:
        painter.setBrush(option.palette.color(QPalette.ColorRole.Button))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.restore()


# ----- focus: one clear ring around whatever has the keyboard ----------------

class FocusRing(QFocusFrame):
    """A ring in Highlight just outside the focused widget (under it in z-order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FocusRing")

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.widget() is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        half = FOCUS_RING_PX / 2
        pen = QPen(self.ring_colour(), FOCUS_RING_PX)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()

    def ring_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Highlight)


def _draws_own_focus(widget: QWidget) -> bool:
    """True when a style sheet (or a flag) above ``widget`` already styles focus."""
    node: QWidget | None = widget
    while node is not None:
        if node.property(OWN_FOCUS_PROPERTY) or ":focus" in node.styleSheet():
            return True
        node = node.parentWidget()
    return False


class FocusTracker(QObject):
    """Moves one ``FocusRing`` to the widget that has focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("FocusTracker")
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    @property
    def ring(self) -> FocusRing | None:
        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None  # deleted with the parent it was last shown in
        return self._ring

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring
        if new is None or not (not new.isWindow()
                               and bool(new.focusPolicy() & Qt.FocusPolicy.TabFocus)
                               and new.window().windowType() != Qt.WindowType.Popup
                               and not _draws_own_focus(new)):
            if ring is not None:
                ring.setWidget(None)
            return
        if ring is None:
            ring = self._ring = FocusRing()
        ring.setWidget(new)
        ring.update()

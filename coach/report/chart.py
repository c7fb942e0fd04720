"""The report's bar charts, drawn with QPainter into an image the document embeds.

Apart from the text so that the drawing (axis, ticks, labels that never
overlap, the dots for evenings stretched) is read in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

BAR = QColor("#3b6ea5")
DOT = QColor("#2e7d32")
GRID = QColor("#c8c8c8")
INK = QColor("#222222")


def bar_chart(values: Sequence[int], labels: Sequence[str], marks: Sequence[bool] | None,
              width: int, height: int, every: int = 1) -> QImage:
    """Bars for ``values`` with a y axis in whole numbers; a dot under each bar where
    ``marks`` is true (evenings stretched); every ``every``-th label is written."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(max(10, min(height // 9, width // 60)))
    painter.setFont(font)
    metrics = painter.fontMetrics()
    top_value = max(1, max(values, default=0))
    left = metrics.horizontalAdvance(str(top_value)) + 14
    bottom = metrics.height() * 2 + (14 if marks is not None else 0)
    plot_h = height - bottom - metrics.height() // 2
    plot_w = width - left - 6
    step = plot_w / max(1, len(values))
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
    while every * step < widest * 1.3 and every < len(values):  # labels never overlap
        every += 1
    painter.setPen(QPen(GRID, 2))
    ticks = sorted({0, top_value, *(range(0, top_value + 1, max(1, top_value // 4)))})
    for tick in ticks:
        y = metrics.height() // 2 + plot_h - plot_h * tick / top_value
        painter.setPen(QPen(GRID, 2))
        painter.drawLine(int(left), int(y), width - 4, int(y))
        painter.setPen(INK)
        painter.drawText(QRectF(0, y - metrics.height() / 2, left - 8, metrics.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         str(tick))
    for i, value in enumerate(values):
        x = left + i * step
        if value:
            bar_h = plot_h * value / top_value
            painter.fillRect(QRectF(x + step * 0.15, metrics.height() // 2 + plot_h - bar_h,
                                    max(1.0, step * 0.7), bar_h), BAR)
        if marks is not None:
            radius = max(2.0, min(step * 0.3, 7.0))
            centre_y = metrics.height() // 2 + plot_h + 6 + radius
            painter.setPen(QPen(DOT, 2))
            painter.setBrush(DOT if marks[i] else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(x + step / 2 - radius, centre_y - radius,
                                       2 * radius, 2 * radius))
        if i % every == 0 and i < len(labels):
            painter.setPen(INK)
            label_w = metrics.horizontalAdvance(labels[i]) + 4.0
            label_x = min(max(0.0, x + step / 2 - label_w / 2), width - label_w)
            painter.drawText(QRectF(label_x, height - metrics.height() - 2, label_w,
                                    metrics.height()),
                             int(Qt.AlignmentFlag.AlignCenter), labels[i])
    painter.end()
    return image

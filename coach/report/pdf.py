"""The report for the doctor as A4 PDF bytes: QTextDocument text, QPainter charts, QPdfWriter.

Qt's own PDF output, so no new dependency, and the same code serves the
command line and the History screen's button. Needs a QGuiApplication (for
fonts); the command line makes one on the offscreen platform, so no window
is shown. The PDF is written into memory (QBuffer) and the caller puts the
bytes where the user asked, with the safe export writer.

This module lays the document out on A4 pages with page numbers; the text
is ``document`` (every diary value escaped), the charts ``chart``.
``tag_name``, the report's words for a day's tags, is re-exported here for
the screens that use the same words.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from coach import APP_NAME
from coach.report.chart import INK
from coach.report.data import ReportData
from coach.report.document import ReportText, report_html, tag_name

__all__ = ["RESOLUTION", "ReportText", "render_pdf", "tag_name"]

RESOLUTION = 300  # dots per inch of the PDF's layout: sharp charts, exact text


def render_pdf(data: ReportData, generated: datetime) -> bytes:
    """The report as PDF bytes (A4, 15 mm margins, page numbers)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(ReportText.tr("Night calf cramps: a summary for the doctor"))
    writer.setCreator(APP_NAME)
    page_w, page_h = writer.width(), writer.height()
    footer_h = RESOLUTION // 4
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    text_html, images = report_html(data, generated, int(page_w * 0.98),
                                    96 / RESOLUTION)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(text_html)
    document.setPageSize(QSizeF(page_w, page_h - footer_h))
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * (page_h - footer_h))
            _draw_on_paper(document, painter, QRectF(0, page * (page_h - footer_h), page_w,
                                                     page_h - footer_h))
            painter.restore()
            small = QFont(font)
            small.setPointSizeF(8)
            painter.setFont(small)
            painter.setPen(INK)
            painter.drawText(QRectF(0, page_h - footer_h, page_w, footer_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             ReportText.tr("{app} · page {page} of {pages}").format(
                                 app=APP_NAME, page=page + 1, pages=pages))
    finally:
        painter.end()
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def _draw_on_paper(document: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """The text in ink on white paper, whatever the app's theme.

    ``QTextDocument.drawContents`` takes the text colour from the application's
    palette: with the dark theme the doctor got light grey text on white paper.
    """
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorRole.Text, INK)
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    context.palette = palette
    context.clip = clip
    painter.setClipRect(clip)
    document.documentLayout().draw(painter, context)

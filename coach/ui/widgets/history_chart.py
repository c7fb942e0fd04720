"""Cramps per night as bars, evenings stretched as dots under them.

A small QPainter widget rather than QtCharts: it paints 28 or 84 columns in a
millisecond, takes every colour from the palette (plus the accent), so it is
readable in the light, dark and high-contrast themes, and it needs no extra
Qt module at start-up. The numbers come from ``coach.insights.counts``; this widget
only draws them and says them in words for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coach.i18n import Tr
from coach.insights.counts import EveningStats, period
from coach.ui.theme import ACCENT

WEEK_CHOICES = (4, 12)


class ChartText(Tr):
    """Translation context for the history chart and the diary's dates."""


def month_abbr(month: int) -> str:
    """3 -> "Mar", in the interface language."""
    return (
        ChartText.tr("Jan"),
        ChartText.tr("Feb"),
        ChartText.tr("Mar"),
        ChartText.tr("Apr"),
        ChartText.tr("May"),
        ChartText.tr("Jun"),
        ChartText.tr("Jul"),
        ChartText.tr("Aug"),
        ChartText.tr("Sep"),
        ChartText.tr("Oct"),
        ChartText.tr("Nov"),
        ChartText.tr("Dec"),
    )[month - 1]


def weekday_abbr(weekday: int) -> str:
    """0 -> "Mon" (Monday first, as ``date.weekday()``)."""
    return (
        ChartText.tr("Mon"),
        ChartText.tr("Tue"),
        ChartText.tr("Wed"),
        ChartText.tr("Thu"),
        ChartText.tr("Fri"),
        ChartText.tr("Sat"),
        ChartText.tr("Sun"),
    )[weekday]


def legend() -> tuple[tuple[str, str], ...]:
    # The rule of coach.insights.counts.night_of, where the user looks for it.
    return (("bar", ChartText.tr("Cramps that night (18:00 to 12:00)")),
            ("dot", ChartText.tr("Stretched that evening")),
            ("ring", ChartText.tr("Not stretched")))


def short_date(day: date) -> str:
    """``5 Jan``: in the interface language, whatever the C locale says."""
    return f"{day.day} {month_abbr(day.month)}"


def day_text(day: date) -> str:
    return f"{weekday_abbr(day.weekday())} {short_date(day)}"


def evening_words(stats: EveningStats | None, day: date) -> str:
    """One evening in words, for the tooltip."""
    if stats is None:
        return ChartText.tr("{day}: before the diary starts").format(day=day_text(day))
    parts = [ChartText.tr("stretched") if stats.stretched else ChartText.tr("not stretched"),
             ChartText.tr("no cramp") if stats.cramps == 0
             else ChartText.tr("%n cramp(s)", "", stats.cramps)]
    if stats.worst is not None:
        parts.append(ChartText.tr("worst {level} of 5").format(level=stats.worst))
    if stats.day_cramps:
        parts.append(ChartText.tr("%n daytime cramp(s), not charted", "", stats.day_cramps))
    if stats.checkin is not None:
        parts.append(checkin_words(stats.checkin))
    if stats.tags:
        from coach.report.pdf import tag_name  # the report's words for the same tags

        parts.append(ChartText.tr("noted: {tags}").format(
            tags=", ".join(tag_name(tag) for tag in stats.tags)))
    return f"{day_text(day)}: " + ", ".join(parts)


def checkin_words(answer: str) -> str:
    """The morning check-in's answer as said in the tooltip ("several" counts as 2)."""
    return {"none": ChartText.tr("morning check-in: no cramps"),
            "one": ChartText.tr("morning check-in: one cramp"),
            "several": ChartText.tr("morning check-in: several cramps (counted as 2)"),
            }.get(answer, answer)


class HistoryChart(QWidget):
    """The last ``weeks`` weeks, one column per evening, today on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryChart")
        self.setAccessibleName(ChartText.tr("Chart of cramps per night and evenings stretched"))
        # Focusable so a screen reader reaches the description with Tab.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self._weeks = WEEK_CHOICES[0]
        self._today: date | None = None
        self._by_day: dict[date, EveningStats] = {}
        self._stats: Sequence[EveningStats] = ()
        self._update_description()

    # ----- data ---------------------------------------------------------
    @property
    def weeks(self) -> int:
        return self._weeks

    def set_weeks(self, weeks: int) -> None:
        """Show the last 4 or 12 weeks."""
        if weeks not in WEEK_CHOICES:
            raise ValueError(f"weeks must be one of {WEEK_CHOICES}, got {weeks!r}")
        if weeks != self._weeks:
            self._weeks = weeks
            self._update_description()
            self.update()

    def set_stats(self, stats: Sequence[EveningStats], today: date) -> None:
        """Evenings up to ``today`` (older ones may be included; only the window is kept)."""
        horizon = today - timedelta(days=7 * max(WEEK_CHOICES) - 1)
        tail = [s for s in stats[-7 * max(WEEK_CHOICES):] if horizon <= s.evening <= today]
        self._stats = tail
        self._by_day = {s.evening: s for s in tail}
        self._today = today
        self._update_description()
        self.update()

    def days(self) -> list[date]:
        """The evenings on show, oldest first."""
        if self._today is None:
            return []
        count = 7 * self._weeks
        return [self._today - timedelta(days=count - 1 - i) for i in range(count)]

    def description(self) -> str:
        """The chart in one sentence, counting only evenings the diary covers."""
        if self._today is None:
            return ChartText.tr("No entries yet.")
        counts = period(self._stats, self._today, 7 * self._weeks)
        head = ChartText.tr("Last %n week(s)", "", self._weeks)
        if counts.days == 0:
            return ChartText.tr("{period}: no entries.").format(period=head)
        if counts.days < 7 * self._weeks:
            start = self._today - timedelta(days=counts.days - 1)
            head = ChartText.tr("{period} (the diary starts on {date})").format(
                period=head, date=short_date(start))
        nights = counts.nights - counts.cramp_free_nights
        cramps = ChartText.tr("%n cramp(s)", "", counts.night_cramps)
        if counts.night_cramps:
            cramps += " " + ChartText.tr("on %n night(s)", "", nights)
        return ChartText.tr("{period}: {stretched} of %n evening(s) stretched, {cramps}.", "",
                            counts.days).format(period=head, stretched=counts.evenings_stretched,
                                                cramps=cramps)

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.description())
        self.setToolTip("")

    # ----- geometry -----------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 150)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def _layout(self) -> tuple[QRectF, float, float, int]:
        """Plot rectangle, top of the dot strip, top of the date labels, y maximum."""
        fm = QFontMetrics(self._small_font())
        line = fm.height()
        y_max = max([2, *(s.cramps for s in self._stats)])
        left = fm.horizontalAdvance(str(y_max)) + 12
        legend_h = line * len(self._legend_rows(fm)) + 10
        strip_h = max(14.0, line * 0.9)
        bottom = strip_h + line + 8
        plot = QRectF(left, legend_h + line * 0.6, max(10.0, self.width() - left - 8),
                      max(20.0, self.height() - legend_h - line * 0.6 - bottom))
        return plot, plot.bottom() + 4, plot.bottom() + strip_h + 6, y_max

    def _column_at(self, x: float) -> int | None:
        plot, _, _, _ = self._layout()
        count = 7 * self._weeks
        if not plot.left() <= x < plot.right():
            return None
        return min(count - 1, int((x - plot.left()) / (plot.width() / count)))

    # ----- events -------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            column = self._column_at(event.pos().x()) if self._today else None
            if column is None:
                QToolTip.hideText()
            else:
                day = self.days()[column]
                QToolTip.showText(event.globalPos(), evening_words(self._by_day.get(day), day),
                                  self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
        super().changeEvent(event)

    # ----- painting -----------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.windowText().color()
        mid = pal.mid().color()
        dot = pal.highlight().color()
        accent = QColor(ACCENT)
        font = self._small_font()
        painter.setFont(font)
        fm = QFontMetrics(font)

        if self.hasFocus():
            painter.setPen(QPen(dot, 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)

        plot, strip_top, label_top, y_max = self._layout()
        days = self.days()
        count = len(days) or 1
        col_w = plot.width() / count

        self._paint_legend(painter, fm, text, mid, dot, accent)

        # Grid lines and y labels: whole cramps only.
        step = 1 if y_max <= 6 else (2 if y_max <= 12 else 5)
        grid = QColor(mid)
        grid.setAlpha(90)
        for value in range(0, y_max + 1, step):
            y = plot.bottom() - plot.height() * value / y_max
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))

        # Week separators and a date under the first evening of each week.
        label_room = fm.horizontalAdvance(short_date(date(2026, 9, 30))) + 8
        last_label_right = -1.0
        for week in range(self._weeks):
            index = week * 7
            if index >= len(days):
                break
            x = plot.left() + index * col_w
            if week:
                painter.setPen(QPen(grid, 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, strip_top + 14))
            if x >= last_label_right and x + label_room <= self.width() + 4:
                painter.setPen(text)
                painter.drawText(QRectF(x, label_top, label_room, fm.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                 short_date(days[index]))
                last_label_right = x + label_room
        today = ChartText.tr("Today")
        today_w = fm.horizontalAdvance(today)
        if days and plot.right() - today_w >= last_label_right:
            painter.setPen(text)
            painter.drawText(QRectF(plot.right() - today_w, label_top, today_w, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, today)

        # Bars and dots.
        radius = max(2.5, min(6.0, col_w * 0.28))
        bar_w = max(1.5, col_w * 0.66)
        show_counts = col_w >= fm.horizontalAdvance("10") + 4
        for i, day in enumerate(days):
            stats = self._by_day.get(day)
            if stats is None:
                continue
            centre = plot.left() + (i + 0.5) * col_w
            if stats.cramps:
                height = plot.height() * stats.cramps / y_max
                bar = QRectF(centre - bar_w / 2, plot.bottom() - height, bar_w, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
                painter.drawRect(bar)
                if show_counts:
                    painter.setPen(text)
                    painter.drawText(QRectF(centre - col_w / 2, bar.top() - fm.height(),
                                            col_w, fm.height()),
                                     Qt.AlignmentFlag.AlignCenter, str(stats.cramps))
            mark = QPointF(centre, strip_top + radius + 2)
            if stats.stretched:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(dot)
                painter.drawEllipse(mark, radius, radius)
            else:
                painter.setPen(QPen(mid, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(mark, radius * 0.7, radius * 0.7)

        # The baseline over the bars' feet.
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.end()

    def _legend_rows(self, fm: QFontMetrics) -> list[list[tuple[str, str, float]]]:
        """The legend's entries as rows of (kind, words, x), wrapped to the width:
        with large text or a narrow window one line does not hold them all."""
        size = fm.height() * 0.7
        rows: list[list[tuple[str, str, float]]] = [[]]
        x = 4.0
        for kind, words in legend():
            width = size + 6 + fm.horizontalAdvance(words)
            if rows[-1] and x + width > self.width() - 4:
                rows.append([])
                x = 4.0
            rows[-1].append((kind, words, x))
            x += width + 18
        return rows

    def _paint_legend(self, painter: QPainter, fm: QFontMetrics, text: QColor, mid: QColor,
                      dot: QColor, accent: QColor) -> None:
        size = fm.height() * 0.7
        for row_index, row in enumerate(self._legend_rows(fm)):
            y = 4.0 + row_index * fm.height()
            for kind, words, x in row:
                centre = QPointF(x + size / 2, y + fm.height() / 2)
                if kind == "bar":
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(accent)
                    painter.drawRect(QRectF(x, centre.y() - size / 2, size, size))
                elif kind == "dot":
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(dot)
                    painter.drawEllipse(centre, size / 2, size / 2)
                else:
                    painter.setPen(QPen(mid, 1.2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(centre, size * 0.35, size * 0.35)
                painter.setPen(text)
                painter.drawText(QPointF(x + size + 6, y + fm.ascent()), words)

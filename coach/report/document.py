"""The report's text: HTML for QTextDocument, with the chart images it refers to.

Text is plain: every value from the diary (a note) is HTML-escaped before it
goes into the document, so a note cannot change the layout or load anything.
The warning signs and the disclaimer come from ``coach.content.safety``, the
same words the app shows, emergency first.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QImage

from coach import APP_NAME
from coach.content.safety import (
    LEVELS,
    disclaimer_text,
    emergency_number,
    level_signs,
    level_title,
)
from coach.i18n import Tr
from coach.insights.programme import WEEKS
from coach.report.chart import bar_chart
from coach.report.data import LONG_CRAMP_S, ReportData
from coach.words.durations import clock_text
from coach.words.programme import comparison_words, number


class ReportText(Tr):
    """Translation context for the report for the doctor."""


def tag_name(tag: str) -> str:
    return {
        "hard_exercise": ReportText.tr("hard exercise"),
        "long_standing": ReportText.tr("long standing"),
        "little_to_drink": ReportText.tr("little to drink"),
        "alcohol": ReportText.tr("alcohol"),
        "medicine_change": ReportText.tr("a new or changed medicine"),
        "pregnancy": ReportText.tr("pregnancy"),
    }.get(tag, tag)


def long_date(day: date) -> str:
    """``2 March 2026`` / ``2 марта 2026`` in the interface language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _daytime(cramps: int) -> str:
    """The cramps of the daytime, which the night counts leave out, named beside them.

    Why: without it the report said "Cramps noted: 0" above "Leg: left 1" and a
    measured duration when the only entry was an afternoon cramp.
    """
    if not cramps:
        return ""
    return " " + _esc(ReportText.tr(
        "Also %n in the daytime (12-18 h), not counted as night cramps.", "", cramps))


def report_html(data: ReportData, generated: datetime, chart_width: int,
                css_scale: float = 1.0) -> tuple[str, dict[str, QImage]]:
    """The report as HTML for QTextDocument, and the chart images it refers to.

    Charts are drawn ``chart_width`` device pixels wide; QTextDocument reads an
    ``<img width>`` in 96-dpi pixels, hence ``css_scale`` (96 / device dpi).
    """
    shown_width = round(chart_width * css_scale)
    images: dict[str, QImage] = {}
    out: list[str] = []
    title = ReportText.tr("Night calf cramps: a summary for the doctor")
    out.append(f"<h2>{_esc(title)}</h2>")
    out.append("<p>" + _esc(ReportText.tr(
        "From the diary kept in {app}. Made on {day}.").format(
            app=APP_NAME, day=long_date(generated.date()))) + "</p>")
    if data.empty:
        out.append("<p><b>" + _esc(ReportText.tr(
            "The diary is empty: no cramps, check-ins or stretching have been noted yet, so "
            "there is nothing to report.")) + "</b></p>")
        return _with_footer(out), images
    out.append("<p><b>" + _esc(ReportText.tr("Period:")) + "</b> " + _esc(ReportText.tr(
        "{first} to {last}").format(first=long_date(data.first), last=long_date(data.last)))
        + (" " + _esc(ReportText.tr("(%n night(s))", "", data.nights)) if data.nights else "")
        + "</p>")
    if data.no_data:
        out.append("<p><b>" + _esc(ReportText.tr(
            "Nothing was noted in this period: no cramps, check-ins or stretching. Choose a "
            "longer period to include older entries.")) + "</b></p>")
        return _with_footer(out), images

    # Warning signs
    out.append("<h3>" + _esc(ReportText.tr("Entries that match a warning sign")) + "</h3>")
    if data.long_cramps or data.swelling_notes:
        out.append("<ul>")
        for row in data.long_cramps:
            out.append("<li>" + _esc(ReportText.tr(
                "{day}: a cramp of {duration} (longer than {limit} minutes).").format(
                    day=long_date(row.started.date()), duration=clock_text(row.duration_s or 0),
                    limit=LONG_CRAMP_S // 60)) + "</li>")
        for row in data.swelling_notes:
            out.append("<li>" + _esc(ReportText.tr(
                "{day}: the note mentions swelling: “{note}”").format(
                    day=long_date(row.started.date()), note=row.note)) + "</li>")
        out.append("</ul>")
    else:
        out.append("<p>" + _esc(ReportText.tr(
            "None: no cramp longer than {limit} minutes and no note of a swollen leg.").format(
                limit=LONG_CRAMP_S // 60)) + "</p>")

    # Summary
    out.append("<h3>" + _esc(ReportText.tr("Cramps")) + "</h3><ul>")
    out.append("<li>" + _esc(ReportText.tr(
        "Cramps noted: {cramps}, on {nights} of {all} nights.").format(
            cramps=data.cramps, nights=data.nights_with_cramps, all=data.nights)) + " "
        + _esc(ReportText.tr("Nights without a cramp: {free}.").format(
            free=data.nights - data.nights_with_cramps))
        + _daytime(data.times.get("day", 0)) + "</li>")
    if data.nights >= 7:  # a weekly rate from fewer nights would be a guess
        out.append("<li>" + _esc(ReportText.tr("On average {rate} cramps a week.").format(
            rate=number(data.per_week))) + "</li>")
    if data.mean_severity is not None:
        line = ReportText.tr(
            "How bad (0 none to 10 worst): average {mean}, worst {worst}, from %n cramp(s).",
            "", data.with_severity).format(mean=number(data.mean_severity),
                                           worst=data.worst_severity)
        if data.estimated_severity:
            line += " " + ReportText.tr(
                "%n of them noted on the night entry's 1-5 scale, counted as 2, 4, 6, 8, 10.",
                "", data.estimated_severity)
        out.append("<li>" + _esc(line) + "</li>")
    else:
        out.append("<li>" + _esc(ReportText.tr("How bad: not noted.")) + "</li>")
    if data.mean_sleep is not None:
        out.append("<li>" + _esc(ReportText.tr(
            "Sleep disturbed (0 not at all to 10 could not sleep): average {mean}, worst "
            "{worst}, over %n night(s).", "", data.sleep_nights).format(
                mean=number(data.mean_sleep), worst=data.worst_sleep)) + "</li>")
    else:
        out.append("<li>" + _esc(ReportText.tr("Sleep disturbance: not noted.")) + "</li>")
    legs = data.legs
    out.append("<li>" + _esc(ReportText.tr(
        "Leg: left {left}, right {right}, both {both}, not noted {unknown}.").format(
            left=legs.get("left", 0), right=legs.get("right", 0), both=legs.get("both", 0),
            unknown=legs.get("unknown", 0))) + "</li>")
    times = data.times
    out.append("<li>" + _esc(ReportText.tr(
        "Time: before midnight {evening}, 0-3 h {early}, 3-6 h {late}, 6-12 h {morning}, "
        "in the daytime (12-18 h) {day}, not known {unknown}.").format(
            evening=times.get("evening", 0), early=times.get("early", 0),
            late=times.get("late", 0), morning=times.get("morning", 0),
            day=times.get("day", 0), unknown=times.get("unknown", 0))) + "</li>")
    if data.durations:
        out.append("<li>" + _esc(ReportText.tr(
            "Duration (minutes:seconds), measured for %n cramp(s): typical {median}, "
            "longest {longest}.", "", len(data.durations)).format(
                median=clock_text(data.median_duration or 0),
                longest=clock_text(data.longest_duration or 0))) + "</li>")
    else:
        out.append("<li>" + _esc(ReportText.tr("Duration: not measured.")) + "</li>")
    out.append("</ul>")

    # Charts
    nights = [data.first.fromordinal(data.first.toordinal() + i) for i in range(data.nights)]
    every = max(1, len(nights) // 12)
    images["chart:nights"] = bar_chart(
        [data.per_night.get(d, 0) for d in nights], [short_date(d) for d in nights],
        [d in data.stretched for d in nights], chart_width, chart_width // 5, every)
    out.append("<p><b>" + _esc(ReportText.tr("Cramps per night")) + "</b> "
               + _esc(ReportText.tr("(bars; a filled dot under a night: stretched that "
                                    "evening, an open dot: not stretched)")) + "</p>")
    out.append(f'<p><img src="chart:nights" width="{shown_width}"></p>')
    if len(data.weeks) > 1:
        images["chart:weeks"] = bar_chart(
            [w.cramps for w in data.weeks], [short_date(w.first) for w in data.weeks], None,
            chart_width, chart_width // 6, max(1, len(data.weeks) // 13))
        out.append("<p><b>" + _esc(ReportText.tr("Cramps per week")) + "</b> "
                   + _esc(ReportText.tr("(each bar is the week starting on the date below)"))
                   + "</p>")
        out.append(f'<p><img src="chart:weeks" width="{shown_width}"></p>')

    # Weeks table
    out.append("<h3>" + _esc(ReportText.tr("Week by week")) + "</h3>")
    out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">')
    heads = (ReportText.tr("Week from"), ReportText.tr("Nights"), ReportText.tr("Cramps"),
             ReportText.tr("Evenings stretched"), ReportText.tr("Average how bad (0-10)"),
             ReportText.tr("Programme week"))
    out.append("<tr>" + "".join(f"<th>{_esc(h)}</th>" for h in heads) + "</tr>")
    for week in data.weeks:
        cells = (short_date(week.first), str(week.nights), str(week.cramps),
                 str(week.stretched),
                 number(week.mean_severity) if week.mean_severity is not None else "–",
                 _programme_weeks(week.programme_weeks))
        out.append("<tr>" + "".join(f'<td align="center">{_esc(c)}</td>' for c in cells)
                   + "</tr>")
    out.append("</table>")

    # Stretching and the programme
    out.append("<h3>" + _esc(ReportText.tr("Stretching")) + "</h3><ul>")
    out.append("<li>" + _esc(ReportText.tr(
        "Evenings stretched: {done} of {all}.").format(done=data.evenings_stretched,
                                                        all=data.nights)) + "</li>")
    state = data.programme_state
    if state is not None and state.start is not None:
        status = {
            "running": ReportText.tr("under way, week {week} of {weeks}"),
            "paused": ReportText.tr("paused in week {week} of {weeks}"),
            "finished": ReportText.tr("finished (six weeks)"),
            "ended": ReportText.tr("ended early, in week {week} of {weeks}"),
        }.get(state.status, "").format(week=state.week, weeks=WEEKS)
        out.append("<li>" + _esc(ReportText.tr(
            "Six-week evening stretching programme: started {start}, {status}; evenings "
            "done {done} of {counted}.").format(
                start=long_date(state.start), status=status, done=state.evenings_done,
                counted=state.days_counted)) + "</li>")
        if state.paused_days:
            out.append("<li>" + _esc(ReportText.tr(
                "Paused for %n evening(s) (not counted).", "", state.paused_days)) + "</li>")
    else:
        out.append("<li>" + _esc(ReportText.tr(
            "The six-week programme was not started.")) + "</li>")
    out.append("</ul>")
    if data.comparison is not None:
        out.append("<p><b>" + _esc(ReportText.tr(
            "Compared with the two weeks before the programme")) + "</b></p>")
        for line in comparison_words(data.comparison):
            out.append("<p>" + _esc(line) + "</p>")

    # Tags
    out.append("<h3>" + _esc(ReportText.tr("Noted about the day")) + "</h3>")
    if data.tags:
        out.append("<ul>")
        for tag, days in data.tags.items():
            shown = ", ".join(short_date(d) for d in days[:12])
            if len(days) > 12:
                shown += ", …"
            out.append("<li>" + _esc(ReportText.tr("{tag}: %n day(s) ({days})", "",
                                                   len(days)).format(
                tag=tag_name(tag), days=shown)) + "</li>")
        out.append("</ul>")
    else:
        out.append("<p>" + _esc(ReportText.tr("Nothing noted.")) + "</p>")

    return _with_footer(out), images


def _programme_weeks(weeks: tuple[int, ...] | None) -> str:
    """``2 of 6``, or ``1-2 of 6`` for a calendar week that spans two programme weeks."""
    if not weeks:
        return "–"
    first, last = weeks[0], weeks[-1]
    shown = str(first) if first == last else f"{first}–{last}"
    return ReportText.tr("{week} of {weeks}").format(week=shown, weeks=WEEKS)


def _with_footer(out: list[str]) -> str:
    out.append("<hr>")
    out.append("<p><small>" + _esc(disclaimer_text()) + "</small></p>")
    out.append("<p><small>" + _esc(ReportText.tr("The app's warning list, most urgent first:"))
               + "</small></p>")
    number = emergency_number()
    for level in LEVELS:  # the same three levels the app shows, emergency first
        out.append("<p><small><b>" + _esc(level_title(level, number)) + "</b></small></p><ul>"
                   + "".join(f"<li><small>{_esc(sign)}</small></li>"
                             for sign in level_signs(level))
                   + "</ul>")
    return ("<html><body style=\"font-size: 9.5pt\">" + "\n".join(out) + "</body></html>")

"""The programme and its comparison in plain words, for Home, History and the report.

One place for the wording so the three never disagree, and so the honest
caveat is always the same sentence. No Qt here (``Tr`` uses Qt only when
the app loaded it). The words never say "cure" or that the stretching did
it: they describe the diary, then say why that is not proof.
"""

from __future__ import annotations

from coach.i18n import Tr
from coach.insights.programme import (
    WEEKS,
    Comparison,
    ProgrammeState,
    ProgrammeStatus,
    Rates,
)


class ProgrammeText(Tr):
    """Translation context for the six-week programme's words."""


def number(value: float, digits: int = 1) -> str:
    """``3.5`` with the language's decimal mark (``3,5`` in Russian)."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ProgrammeText.tr(".", "decimal mark"))


def caveat() -> str:
    """Said with every comparison, whatever it shows."""
    return ProgrammeText.tr(
        "This is only your own diary over a few weeks, and night cramps have many causes "
        "(weather, activity, medicines, illness), so it is not proof that the stretching "
        "did it. Keep seeing your doctor about your cramps.")


def status_line(state: ProgrammeState) -> str:
    """``Programme: week 2 of 6 · 9 evenings done`` and the like, for Home."""
    done = ProgrammeText.tr("%n evening(s) done", "", state.evenings_done)
    if state.status == ProgrammeStatus.RUNNING:
        return ProgrammeText.tr("Programme: week {week} of {weeks} · {done}").format(
            week=state.week, weeks=WEEKS, done=done)
    if state.status == ProgrammeStatus.PAUSED:
        return ProgrammeText.tr("Programme paused in week {week} of {weeks} · {done}").format(
            week=state.week, weeks=WEEKS, done=done)
    if state.status == ProgrammeStatus.FINISHED:
        return ProgrammeText.tr("Programme finished: six weeks · {done}").format(done=done)
    if state.status == ProgrammeStatus.ENDED:
        return ProgrammeText.tr("Programme ended in week {week} of {weeks} · {done}").format(
            week=state.week, weeks=WEEKS, done=done)
    return ProgrammeText.tr("Six-week programme not started")


def reminder_week(state: ProgrammeState) -> str:
    """``Week 2 of 6 of the programme``: what the evening reminder adds while it runs."""
    return ProgrammeText.tr("Week {week} of {weeks} of the programme").format(
        week=state.week, weeks=WEEKS)


def rates_line(rates: Rates) -> str:
    """``2.5 cramps a week over 14 nights, average how bad 6.0 of 10``."""
    line = ProgrammeText.tr("{rate} cramps a week over %n night(s)", "", rates.nights).format(
        rate=number(rates.per_week))
    if rates.mean_severity is not None:
        line += ProgrammeText.tr(", average how bad {level} of 10").format(
            level=number(rates.mean_severity))
    return line


def verdict_words(comparison: Comparison) -> list[str]:
    """The short form for a screen that shows the numbers beside it: what the comparison
    says (or why there is none yet), then the caveat whenever something was compared."""
    before, during = comparison.baseline, comparison.during
    if comparison.verdict == "too_little_before":
        return [ProgrammeText.tr(
            "Too little diary before the start to compare with: the comparison needs at "
            "least a week of entries from the two weeks before the programme, and there "
            "were %n night(s).", "", before.nights)]
    if comparison.verdict == "too_early":
        return [ProgrammeText.tr(
            "Too early to compare: the programme has %n night(s) so far; wait for a "
            "week at least.", "", during.nights)]
    return [comparison_words(comparison)[-2], caveat()]


def comparison_words(comparison: Comparison) -> list[str]:
    """The comparison as a few sentences, the caveat last."""
    before, during = comparison.baseline, comparison.during
    lines: list[str] = []
    if comparison.verdict == "too_little_before":
        lines.append(ProgrammeText.tr(
            "Too little diary before the start to compare with: the comparison needs at "
            "least a week of entries from the two weeks before the programme, and there "
            "were %n night(s).", "", before.nights))
        lines.append(ProgrammeText.tr("During the programme: {rates}.").format(
            rates=rates_line(during)))
        return lines
    lines.append(ProgrammeText.tr("Before the programme: {rates}.").format(
        rates=rates_line(before)))
    if comparison.baseline_short:
        lines.append(ProgrammeText.tr(
            "The diary before the start covers only %n night(s), not two weeks.", "",
            before.nights))
    if comparison.verdict == "too_early":
        lines.append(ProgrammeText.tr(
            "Too early to compare: the programme has %n night(s) so far; wait for a "
            "week at least.", "", during.nights))
        return lines
    lines.append(ProgrammeText.tr("During the programme: {rates}.").format(
        rates=rates_line(during)))
    lines.append({
        "fewer": ProgrammeText.tr("You noted fewer cramps a week than before the programme."),
        "same": ProgrammeText.tr("You noted about as many cramps a week as before the "
                                 "programme."),
        "more": ProgrammeText.tr("You noted more cramps a week than before the programme."),
    }[comparison.verdict])
    lines.append(caveat())
    return lines

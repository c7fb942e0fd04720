"""The cramp form's data and choices: what each box offers, which day a cramp's notes are
about, and a typed wall-clock time as an aware moment.

No widgets here, so the rules are unit-tested without a window
(``tests/unit/test_cramp_form.py``); ``coach/ui/cramp_editor.py`` shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from coach.i18n import Tr
from coach.insights.counts import NIGHT_ENDS, NIGHT_STARTS
from coach.ui.models.legs import leg_words


class EditorText(Tr):
    """Translation context for the cramp form (add after the fact, edit)."""


def leg_choices() -> tuple[tuple[str | None, str], ...]:
    return ((None, EditorText.tr("Not noted")),
            *((leg, leg_words(leg).full) for leg in ("left", "right", "both")))


def severity_choices() -> tuple[tuple[int | None, str], ...]:
    return ((None, EditorText.tr("Not noted")), (1, EditorText.tr("1 of 5 (mild)")),
            (2, EditorText.tr("2 of 5")), (3, EditorText.tr("3 of 5")),
            (4, EditorText.tr("4 of 5")), (5, EditorText.tr("5 of 5 (worst)")))


def scale_choices(low: str, high: str) -> tuple[tuple[int | None, str], ...]:
    """Not noted, then 0 to 10 with words at both ends."""
    return ((None, EditorText.tr("Not noted")), (0, EditorText.tr("0 ({words})").format(
        words=low)), *((n, str(n)) for n in range(1, 10)),
        (10, EditorText.tr("10 ({words})").format(words=high)))


def how_bad_choices() -> tuple[tuple[int | None, str], ...]:
    return scale_choices(EditorText.tr("no pain"), EditorText.tr("worst imaginable"))


def sleep_choices() -> tuple[tuple[int | None, str], ...]:
    return scale_choices(EditorText.tr("not at all"), EditorText.tr("could not sleep again"))


def tag_day(wall: datetime) -> date:
    """The day a cramp's notes belong to: the evening before its night, or a daytime
    cramp's own date (``coach.insights.counts.cramp_day``, on the typed wall time)."""
    if wall.time() >= NIGHT_STARTS:
        return wall.date()
    if wall.time() < NIGHT_ENDS:
        return wall.date() - timedelta(days=1)
    return wall.date()


@dataclass(frozen=True)
class CrampDraft:
    """What the form holds, ready for ``History.add_cramp`` (and ``set_tags``)."""

    started: datetime  # aware, in the clock's zone
    duration_s: float | None
    leg: str | None
    severity: int | None
    note: str
    how_bad: int | None = None  # 0-10
    sleep_disturbance: int | None = None  # 0-10
    tag_day: date | None = None  # the day the tags are about
    tags: tuple[str, ...] = ()


# --- local time ---------------------------------------------------------------------
# The system clock reports a fixed UTC offset (today's). Applying it to a
# summer date in winter would be an hour off, so for the system zone we let
# the C library resolve each date's own offset; an explicit zone (a ZoneInfo,
# as tests and a configured zone use) is applied as it is.


def _explicit_zone(now: datetime) -> tzinfo | None:
    """The clock's zone if it is a real zone; None when it is the system's local zone."""
    zone = now.tzinfo
    if isinstance(zone, ZoneInfo):
        return zone
    if now.utcoffset() == now.astimezone().utcoffset():
        return None
    return zone


def aware_from_wall(wall: datetime, now: datetime) -> datetime:
    """A typed wall-clock time as an aware moment in the zone of ``now``.

    A time in the spring-forward gap moves forward (02:30 becomes 03:30); in
    the autumn overlap the first of the two is taken.
    """
    zone = _explicit_zone(now)
    if zone is None:
        return wall.astimezone()
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone)

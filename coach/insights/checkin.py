"""When to ask the morning check-in, "Any cramps last night?" (no Qt, no I/O).

Rules (the words on screen rely on them):

- Off unless the user set a time (``morning_checkin`` in the settings).
- "Last night" is the night after yesterday's evening (``evening_of``: the
  evening day ends at 04:00, so at 07:30 on Tuesday it is Monday's evening).
- Asked from the set time until ``ASK_UNTIL`` (after that the next evening has
  begun and "last night" would be unclear), once a day: an answer or "Not
  now" both count as asked (kept in the diary's app state, so a restart does
  not ask again).
- Never asked when the diary already has something for that night: a cramp
  entered at night, or a check-in answered already. A cramp belongs to that
  night by its stored evening or by History's night rule (18:00 to 12:00,
  ``coach.insights.counts.night_of``): a cramp logged at 04:49 on Tuesday is
  Monday's night although its evening day (04:00 rule) is Tuesday.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from coach.insights.counts import night_of
from coach.store.history import EVENING_DAY_ENDS, CrampRow, NightCheckin

ASK_UNTIL = time(18, 0)
STATE_KEY = "checkin.asked"  # the ISO date of the last morning the check-in was shown


def parse_time(text: str) -> time | None:
    """``"07:30"`` -> 07:30; ``""`` (off) or anything unreadable -> None."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        return None


def last_night(now: datetime) -> date:
    """The evening whose night has just ended, seen in the morning of ``now``."""
    return now.date() - timedelta(days=1)


def night_to_ask(now: datetime, setting: str, cramps: Iterable[CrampRow],
                 checkins: Iterable[NightCheckin], asked_on: str | None) -> date | None:
    """The evening to ask about now, or None (see the module docstring)."""
    at = parse_time(setting)
    if at is None:
        return None
    wall = now.time().replace(tzinfo=None)
    if wall < max(at, EVENING_DAY_ENDS) or wall >= ASK_UNTIL:
        return None
    if asked_on == now.date().isoformat():
        return None
    evening = last_night(now)
    if any(row.evening == evening or night_of(row.started) == evening for row in cramps):
        return None
    if any(check.evening == evening for check in checkins):
        return None
    return evening

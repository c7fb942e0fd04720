"""Running a test with the process in another time zone, as ``TZ=<zone>`` would.

A reminder is a wall time in the user's zone; the code must convert with that
zone, never with the process's own. In UTC, the CI machine's zone, the two
agree for every reminder in UTC, so ``astimezone()`` written for
``astimezone(tz)`` passed. Test modules of time-dependent code run each test
in the machine's zone and in one that is neither UTC nor any zone their
reminders use, with an odd offset (+05:45)::

    from zones import in_process_zone  # noqa: F401  (a fixture, used by name)

    pytestmark = pytest.mark.usefixtures("in_process_zone")

and single tests put the machine elsewhere with ``process_zone("Pacific/Kiritimati")``.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator

import pytest

#: The machine's own zone (None: left as it is) and Kathmandu.
PROCESS_ZONES = (None, "Asia/Kathmandu")


@contextlib.contextmanager
def process_zone(name: str | None) -> Iterator[None]:
    """Run in the process time zone ``name`` (None: leave it); put it back after."""
    if name is None:
        yield
        return
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture(params=PROCESS_ZONES, ids=lambda name: name or "machine-zone")
def in_process_zone(request) -> Iterator[str | None]:
    """Each test that uses this runs once per ``PROCESS_ZONES`` entry."""
    with process_zone(request.param):
        yield request.param

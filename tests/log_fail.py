"""A Python log record at WARNING or above fails the test that caused it, unless expected.

Why: the app logs a warning when something went wrong but it carried on (a
damaged cache, a missing sound, a D-Bus call that failed). A test that passes
while such a line is written has often stopped testing what it meant to: the
feature quietly degraded and the assertions still held. So a warning is a
failure, like Qt's own warnings (``qt_log_level_fail`` in pyproject.toml).

A test that expects warnings says so, and should assert on them:

- it uses the ``caplog`` fixture (it reads the records itself), or
- it carries ``@pytest.mark.expected_log("coach.some.logger", match="regex")``:
  records from that logger (or its children) whose message matches are allowed.

``ALLOWED`` below is the short list of warnings that are noise for every test,
each with the reason. Modelled on qutebrowser's tests/helpers/logfail.py.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

#: (logger name prefix, message regex, why it is expected in any test).
ALLOWED: tuple[tuple[str, str, str], ...] = ()


def _within(name: str, prefix: str) -> bool:
    return prefix == "" or name == prefix or name.startswith(prefix + ".")


def _allowed(record: logging.LogRecord, rules: list[tuple[str, str]]) -> bool:
    message = record.getMessage()
    return any(_within(record.name, prefix) and re.search(pattern, message)
               for prefix, pattern in rules)


class FailingHandler(logging.Handler):
    """Collects the records at WARNING or above that no rule allows."""

    def __init__(self, rules: list[tuple[str, str]]) -> None:
        super().__init__(logging.WARNING)
        self.rules = rules
        self.unexpected: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not _allowed(record, self.rules):
            self.unexpected.append(record)


def rules_for(item: pytest.Item) -> list[tuple[str, str]]:
    """The allow-list plus what the test's ``expected_log`` markers allow."""
    rules = [(prefix, pattern) for prefix, pattern, _why in ALLOWED]
    for marker in item.iter_markers("expected_log"):
        if not marker.args:
            raise pytest.UsageError(f"{item.nodeid}: expected_log needs a logger name")
        rules.append((marker.args[0], marker.kwargs.get("match") or ""))
    return rules


def describe(records: list[logging.LogRecord]) -> str:
    lines = [f"  {r.levelname} {r.name}: {r.getMessage()}" for r in records]
    return ("unexpected log record(s) at WARNING or above (use caplog and assert on them, "
            "or mark the test @pytest.mark.expected_log(logger, match=...); see "
            "tests/log_fail.py):\n" + "\n".join(lines))


@pytest.fixture(autouse=True)
def _fail_on_log_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """Watch the root logger during the test's set-up, call and tear-down."""
    if "caplog" in request.fixturenames:
        yield  # the test reads its records itself
        return
    handler = FailingHandler(rules_for(request.node))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if handler.unexpected:
        pytest.fail(describe(handler.unexpected), pytrace=False)

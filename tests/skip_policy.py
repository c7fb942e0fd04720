"""Skipped tests fail CI unless tests/allowed_skips.txt names them with a reason.

Why: a skip is a test that silently stopped testing. A missing tool, a
dependency that failed to import, or an environment change on the CI machine
turned real tests into skips before, and the run stayed green. With
``CALF_COACH_STRICT_SKIPS=1`` (set by .ci/run) every skip must be on the short,
reviewed allow-list; on a developer's machine skips are only reported.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

import pytest

ALLOW_LIST = Path(__file__).with_name("allowed_skips.txt")
STRICT_ENV = "CALF_COACH_STRICT_SKIPS"


def allowed_patterns(text: str) -> dict[str, str]:
    """``{test id pattern: reason}``; a line without a reason is an error."""
    patterns: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        pattern, _bar, reason = (part.strip() for part in line.partition("|"))
        if not pattern or not reason:
            raise ValueError(f"{ALLOW_LIST.name}:{number}: needs '<test id> | <reason>'")
        patterns[pattern] = reason
    return patterns


def unexpected(skipped: list[str], patterns: dict[str, str]) -> list[str]:
    return [nodeid for nodeid in skipped
            if not any(fnmatch.fnmatchcase(nodeid, pattern) for pattern in patterns)]


_skipped: list[tuple[str, str]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        _skipped.append((report.nodeid, reason.removeprefix("Skipped: ")))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get(STRICT_ENV, "").strip() in ("", "0") or not _skipped:
        return
    patterns = allowed_patterns(ALLOW_LIST.read_text(encoding="utf-8"))
    bad = unexpected([nodeid for nodeid, _ in _skipped], patterns)
    if not bad:
        return
    reasons = dict(_skipped)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = [f"{len(bad)} skipped test(s) are not in tests/{ALLOW_LIST.name} "
             f"({STRICT_ENV} is set):"] + [f"  {nodeid}: {reasons[nodeid]}" for nodeid in bad]
    if reporter is not None:
        reporter.ensure_newline()
    for line in lines:
        if reporter is not None:
            reporter.write_line(line, red=True)
        else:
            print(line)
    if session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED

"""The suite's own rules hold: a test is marked from its folder, a unit test has no
QApplication, process or socket, and a log warning nobody expected fails the test
(docs/testing.md).

Each check runs a small pytest session in its own folder with this suite's
conftest.py and helpers, as tests/integration/test_skip_policy.py does for skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
HELPERS = ("conftest.py", "log_fail.py", "skip_policy.py", "allowed_skips.txt")


def run_session(tmp_path: Path, files: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """``files`` (paths under tests/) next to a copy of this suite's conftest and helpers."""
    tests = tmp_path / "tests"
    tests.mkdir()
    for name in HELPERS:
        shutil.copy(TESTS / name, tests / name)
    for name, code in files.items():
        target = tests / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(code))
    env = {k: v for k, v in os.environ.items() if k != "CALF_COACH_STRICT_SKIPS"}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # this suite's rules alone: a quicker start
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(tmp_path), "-c", os.devnull, "-o",
                           f"pythonpath={tests}", *args, str(tests)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_each_test_is_marked_with_its_folders_level(tmp_path):
    passing = "def test_here():\n    pass\n"
    files = {"unit/test_a.py": passing, "ui/test_b.py": passing,
             "integration/test_c.py": passing}
    (tmp_path / "fast").mkdir()
    result = run_session(tmp_path / "fast", files, "-m", "unit")
    assert result.returncode == 0, result.stdout
    assert "1 passed, 2 deselected" in result.stdout
    (tmp_path / "slow").mkdir()
    result = run_session(tmp_path / "slow", files, "-m", "integration or ui")
    assert result.returncode == 0, result.stdout
    assert "2 passed, 1 deselected" in result.stdout


def test_a_test_file_outside_the_level_folders_is_refused_with_its_name(tmp_path):
    result = run_session(tmp_path, {"test_loose.py": "def test_here():\n    pass\n"})
    assert result.returncode != 0
    assert "tests/test_loose.py: a test file belongs in tests/unit" in result.stderr


def test_a_unit_test_that_asks_for_a_qapplication_is_refused(tmp_path):
    result = run_session(tmp_path, {"unit/test_widget.py": "def test_w(qtbot):\n    pass\n"})
    assert result.returncode != 0
    assert "uses a QApplication (qtbot), so it belongs in tests/ui" in result.stderr


def test_a_unit_test_that_starts_a_process_or_opens_a_socket_fails(tmp_path):
    code = """\
        import socket
        import subprocess
        import sys

        def test_process():
            subprocess.run([sys.executable, "-c", "pass"], check=True)

        def test_socket():
            socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()
        """
    result = run_session(tmp_path, {"unit/test_impure.py": code,
                                    "integration/test_allowed_here.py": code})
    assert result.returncode == 1, result.stdout
    assert "2 failed, 2 passed" in result.stdout
    assert "a unit test may not start a process" in result.stdout
    assert "a unit test may not open a socket" in result.stdout


WARNS = """\
    import logging

    import pytest

    def test_unexpected():
        logging.getLogger("coach.store.settings").warning("settings.yaml is damaged")

    @pytest.mark.expected_log("coach.store", match="is damaged")
    def test_declared():
        logging.getLogger("coach.store.settings").warning("settings.yaml is damaged")

    @pytest.mark.expected_log("coach.store", match="is damaged")
    def test_declared_but_another_comes():
        logging.getLogger("coach.ui.tray").warning("no tray")

    def test_read_by_the_test(caplog):
        logging.getLogger("coach.platform.cues").warning("no sound")
        assert "no sound" in caplog.text

    def test_info_is_not_a_warning():
        logging.getLogger("coach").info("started")
    """


def test_an_unexpected_log_warning_fails_the_test_and_an_expected_one_does_not(tmp_path):
    result = run_session(tmp_path, {"unit/test_logs.py": WARNS}, "-rE")
    assert result.returncode == 1, result.stdout
    assert "2 errors" in result.stdout  # at the tear-down of the two tests
    errors = sorted(line.split("::")[1].split(" ")[0] for line in result.stdout.splitlines()
                    if line.startswith("ERROR "))
    assert errors == ["test_declared_but_another_comes", "test_unexpected"]
    assert "WARNING coach.ui.tray: no tray" in result.stdout

"""CI fails on a skipped test unless the skip is on the reviewed allow-list."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from skip_policy import ALLOW_LIST, allowed_patterns, unexpected

TESTS = Path(__file__).resolve().parents[1]


def run_session(tmp_path: Path, test_file: str, code: str,
                strict: bool) -> subprocess.CompletedProcess:
    """A small pytest run in its own folder, with this suite's skip policy."""
    (tmp_path / "conftest.py").write_text(textwrap.dedent(f"""\
        import sys
        sys.path.insert(0, {str(TESTS)!r})
        from skip_policy import pytest_runtest_logreport, pytest_sessionfinish
        """))
    target = tmp_path / test_file
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(textwrap.dedent(code))
    env = {k: v for k, v in os.environ.items() if k != "CALF_COACH_STRICT_SKIPS"}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # the policy alone: a quicker start
    if strict:
        env["CALF_COACH_STRICT_SKIPS"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(tmp_path), "-c", os.devnull, str(target)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


SKIPPING = """\
    import pytest

    def test_fine():
        pass

    def {name}():
        pytest.skip("a tool is missing")
    """


def test_a_skip_not_on_the_list_fails_a_strict_run_and_says_which(tmp_path):
    result = run_session(tmp_path, "tests/test_x.py", SKIPPING.format(name="test_quiet"),
                         strict=True)
    assert result.returncode == 1, result.stdout
    assert "tests/test_x.py::test_quiet: a tool is missing" in result.stdout
    assert "not in tests/allowed_skips.txt" in result.stdout


def test_the_same_skip_only_reports_outside_ci(tmp_path):
    result = run_session(tmp_path, "tests/test_x.py", SKIPPING.format(name="test_quiet"),
                         strict=False)
    assert result.returncode == 0, result.stdout


def test_an_allow_listed_skip_passes_a_strict_run(tmp_path):
    result = run_session(tmp_path, "tests/ui/test_cues.py",
                         SKIPPING.format(name="test_the_sounds_play_on_a_real_audio_output"),
                         strict=True)
    assert result.returncode == 0, result.stdout


def test_a_failing_run_stays_failed(tmp_path):
    code = "def test_bad():\n    assert False\n"
    assert run_session(tmp_path, "tests/test_y.py", code, strict=True).returncode == 1


def test_the_allow_list_is_short_and_every_entry_gives_a_reason():
    patterns = allowed_patterns(ALLOW_LIST.read_text(encoding="utf-8"))
    assert 0 < len(patterns) <= 5
    assert all(len(reason) > 20 for reason in patterns.values())
    with pytest.raises(ValueError, match=r"allowed_skips\.txt:1"):
        allowed_patterns("tests/test_a.py::test_b\n")
    assert unexpected(["tests/test_a.py::test_b", "tests/test_c.py::test_d"],
                      {"tests/test_a.py::*": "why"}) == ["tests/test_c.py::test_d"]

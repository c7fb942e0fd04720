"""The log file stays small: a long log is moved aside at start, two old ones are kept."""

from __future__ import annotations

import logging

import pytest

from coach.runtime import logs


@pytest.fixture
def restore_root_logger():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if handler not in handlers:
            handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_a_long_log_is_moved_aside_and_the_oldest_dropped(tmp_path, restore_root_logger):
    log = tmp_path / logs.LOG_NAME
    log.write_text("x" * logs.MAX_BYTES, encoding="utf-8")
    (tmp_path / f"{logs.LOG_NAME}.1").write_text("older", encoding="utf-8")
    (tmp_path / f"{logs.LOG_NAME}.2").write_text("oldest", encoding="utf-8")
    path = logs.setup_logging(tmp_path)
    logging.getLogger("coach").warning("a fresh start")
    assert path == log
    assert (tmp_path / f"{logs.LOG_NAME}.1").read_text(encoding="utf-8") == "x" * logs.MAX_BYTES
    assert (tmp_path / f"{logs.LOG_NAME}.2").read_text(encoding="utf-8") == "older"
    assert "a fresh start" in log.read_text(encoding="utf-8")
    assert not (tmp_path / f"{logs.LOG_NAME}.3").exists()


def test_a_short_log_is_kept_and_appended_to(tmp_path, restore_root_logger):
    log = tmp_path / logs.LOG_NAME
    log.write_text("yesterday's line\n", encoding="utf-8")
    logs.setup_logging(tmp_path)
    logging.getLogger("coach").warning("today's line")
    text = log.read_text(encoding="utf-8")
    assert text.startswith("yesterday's line\n") and "today's line" in text
    assert not (tmp_path / f"{logs.LOG_NAME}.1").exists()

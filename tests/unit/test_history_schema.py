"""The diary's schema steps: a copy is kept before an existing diary is changed, and a
failed step leaves the steps before it done. In memory here; the diary file's own
tests (backup files, damaged files) are the store's integration tests."""

from __future__ import annotations

import sqlite3

import pytest

from coach.store import history_schema


def version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def test_a_new_diary_is_built_to_the_current_version_without_a_backup():
    db = sqlite3.connect(":memory:")
    backups: list[int] = []
    history_schema.migrate(db, lambda _db, old: backups.append(old))
    assert version(db) == history_schema.current_version()
    assert backups == []


def test_an_older_diary_is_backed_up_once_at_its_version_before_the_first_step():
    db = sqlite3.connect(":memory:")
    history_schema.MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO sessions VALUES (1, 'r', 's', 'e', 1, 1, 1, 1.0, '2026-01-01')")
    db.commit()
    seen: list[tuple[int, int]] = []
    history_schema.migrate(db, lambda d, old: seen.append((old, version(d))))
    assert seen == [(1, 1)]  # called with the old version, before anything changed
    assert version(db) == history_schema.current_version()
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1


def test_a_current_diary_is_left_alone():
    db = sqlite3.connect(":memory:")
    history_schema.migrate(db, lambda *_: None)
    calls: list[int] = []
    history_schema.migrate(db, lambda _db, old: calls.append(old))
    assert calls == []


def test_a_failing_step_is_rolled_back_and_the_steps_before_it_stay(monkeypatch):
    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("bug in the step")

    current = history_schema.current_version()
    monkeypatch.setattr(history_schema, "MIGRATIONS", [*history_schema.MIGRATIONS, broken])
    db = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.OperationalError):
        history_schema.migrate(db, lambda *_: None)
    assert version(db) == current
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables and "sessions" in tables

"""Checks on what is written to the diary: a wrong value raises ``ValueError`` before SQL.

Why in Python as well as in the schema's CHECKs: the message says which
field was wrong and what it must be, and a wrong type (a naive datetime, a
bool for a number) never reaches the file, where SQLite would store it as it is.
"""

from __future__ import annotations

from datetime import date, datetime

from coach.store.history_rows import LEGS


def aware_text(when: object, name: str) -> str:
    """``when`` as ISO text; it must be a datetime with a time zone."""
    if not isinstance(when, datetime):
        raise ValueError(f"{name} must be a datetime, got {when!r}")
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime (with a time zone)")
    return when.isoformat()


def check_cramp_fields(fields: dict[str, object]) -> None:
    """The fields of a cramp (or a check-in) that are present, each in its range."""
    duration = fields.get("duration_s")
    if duration is not None and (isinstance(duration, bool)
                                 or not isinstance(duration, int | float) or duration < 0):
        raise ValueError(f"duration_s must be a number of seconds or None, got {duration!r}")
    if "leg" in fields and fields["leg"] is not None and fields["leg"] not in LEGS:
        raise ValueError(f"leg must be one of {', '.join(LEGS)} or None, got {fields['leg']!r}")
    severity = fields.get("severity")
    if severity is not None and (isinstance(severity, bool) or not isinstance(severity, int)
                                 or not 1 <= severity <= 5):
        raise ValueError(f"severity must be 1 to 5 or None, got {severity!r}")
    for name in ("how_bad", "sleep_disturbance"):
        check_0_10(fields.get(name), name)
    if "note" in fields and not isinstance(fields["note"], str):
        raise ValueError("note must be text")


def check_0_10(value: object, name: str) -> None:
    """None, or a whole number from 0 to 10 (a bool is not a number here)."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or not 0 <= value <= 10):
        raise ValueError(f"{name} must be 0 to 10 or None, got {value!r}")


def check_day(value: object, name: str = "evening") -> None:
    """A calendar date (a datetime is not one: its time would be silently dropped)."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValueError(f"{name} must be a date, got {value!r}")

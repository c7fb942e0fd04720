"""Taking a parsed settings file's values: each checked by the schema, a bad one costs only itself.

Why per entry: a typing mistake in one value must not reset the user's other
choices. A bad value is replaced by its default, noted for the log
(``warnings``) and for the user (``ignored``), and remembered (``invalid``,
``bad_reminders``) so that saving writes it back as the user wrote it. A bad
reminder costs only that reminder, not the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.i18n import QT_TRANSLATE_NOOP
from coach.store import settings_schema
from coach.store.settings_notice import Ignored
from coach.store.settings_schema import Invalid, Reminder, check_reminder, show

#: The version of the file's layout, written as its first key.
SCHEMA_VERSION = 1


@dataclass
class Adopted:
    """What a file's data gave: the values in effect and what was left out, and why."""

    values: dict[str, object] = field(default_factory=settings_schema.defaults)
    invalid: set[str] = field(default_factory=set)
    bad_reminders: list[object] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)


def adopt(file_name: str, data: dict[str, object]) -> Adopted:
    """Every valid value of ``data`` over the defaults; the rest noted (``file_name``
    starts each warning)."""
    result = Adopted()
    schema = data.get("schema", SCHEMA_VERSION)
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        result.warnings.append(f"{file_name}: 'schema' must be a whole number, got {show(schema)}")
    elif schema > SCHEMA_VERSION:
        result.warnings.append(f"{file_name}: written by a newer version (schema {schema}); "
                               "settings this version does not know are kept as they are")
    for setting in settings_schema.SETTINGS:
        key = setting.name
        if key not in data:
            continue
        value = data[key]
        if key == "reminders":
            _adopt_reminders(file_name, value, result)
            continue
        try:
            result.values[key] = setting.check(value)
        except ValueError as exc:
            result.invalid.add(key)
            result.warnings.append(f"{file_name}: {key!r} {exc}, got {show(value)}; "
                                   f"using {show(setting.default)}")
            result.ignored.append(Ignored(f"{key}: {show(value)}", exc))
    return result


def _adopt_reminders(file_name: str, value: object, result: Adopted) -> None:
    if not isinstance(value, list):
        result.invalid.add("reminders")
        result.warnings.append(f"{file_name}: 'reminders' must be a list, got {show(value)}; "
                               "using the default reminder")
        result.ignored.append(Ignored(
            f"reminders: {show(value)}",
            Invalid(QT_TRANSLATE_NOOP("SettingsFileText", "must be a list"))))
        return
    kept: list[Reminder] = []
    seen: set[str] = set()
    for index, item in enumerate(value, start=1):
        try:
            clean = check_reminder(item)
            if clean["id"] in seen:
                raise Invalid(QT_TRANSLATE_NOOP("SettingsFileText", "repeats the id {id}"),
                              id=repr(clean["id"]))
        except ValueError as exc:
            result.invalid.add("reminders")
            result.bad_reminders.append(item)
            result.warnings.append(f"{file_name}: reminder {index} {exc}; it is left out")
            rid = item.get("id") if isinstance(item, dict) else None
            which = f"{index} ({show(rid)})" if isinstance(rid, str) and rid else str(index)
            result.ignored.append(Ignored(which, exc, reminder=True))
            continue
        seen.add(clean["id"])
        kept.append(clean)
    result.values["reminders"] = kept

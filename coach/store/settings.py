"""The settings file: load, validate per key, save atomically, recover from damage.

Why so careful: Safe Eyes wrote its settings in place, and a crash or a full
disk during the write wiped users' settings (its bug #840). Here:

- saving writes a temporary file and renames it over the old one
  (``write_atomic``), and only when something changed;
- the previous good file is kept as ``settings.yaml.bak``;
- a file that does not parse is never deleted or overwritten: it is copied
  aside as ``settings.yaml.corrupt-<timestamp>``, the ``.bak`` (or the
  defaults) is loaded, and the user is told once in one plain sentence
  (``notice``);
- recovery is safe to interrupt at any step (a crash, kill -9, power loss):
  the damaged file is first copied aside and then replaced by the good copy in
  one rename, so ``settings.yaml`` is never missing while a good ``.bak``
  exists, and a missing file with a good ``.bak`` is restored from it;
- a bad value costs only that entry (its default is used), the user is told
  once which entries were ignored and why, and the entry stays in the file as
  written: saving any other change writes it back unchanged (a newer version
  may understand it, and the user may want to correct their own typing);
- keys this version does not know (written by a newer one) are kept.

What each setting is (type, range, default, description) is declared once in
``coach.store.settings_schema``; this module only reads, checks with the
schema's validators, recovers and writes. It stays one module of about 550
lines because loading, recovery and saving share the same state (the raw
file, the keys that were ignored, the reminders that were left out) and the
order of their steps is what makes recovery safe to interrupt.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import logging
import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from coach.i18n import QT_TRANSLATE_NOOP, Tr
from coach.store import paths, settings_cache, settings_schema, told
from coach.store.atomic import remove_leftovers, write_atomic
from coach.store.settings_schema import (  # re-exported: the names callers know
    DAYS,
    LANGUAGES,
    THEMES,
    Invalid,
    Setting,
)
from coach.store.settings_schema import check_reminder as _reminder
from coach.store.settings_schema import show as _show

if TYPE_CHECKING:
    import yaml

log = logging.getLogger(__name__)

__all__ = ["DAYS", "DEFAULTS", "LANGUAGES", "THEMES", "VALIDATORS", "Invalid", "Settings",
           "SettingsFileText", "remove_interrupted_writes"]

T = TypeVar("T")
Validator = Callable[[object], Any]

SCHEMA_VERSION = 1  # of the file's layout, written as its first key

#: Every known setting, its default and its validator: derived from the one
#: declaration in ``coach.store.settings_schema`` (read there what each means).
DEFAULTS: dict[str, Any] = settings_schema.defaults()
VALIDATORS: dict[str, Validator] = settings_schema.validators()

_HEADER = (
    "# Calf Coach settings. You may edit this file while the app is closed.\n"
    "# A value the app does not understand is ignored (its default is used).\n"
)


# What YAML 1.1 would read as a base-60 number: read as text, so a mistyped
# time (24:10, 25:30) is kept and shown as the user wrote it.
_CLOCK_LIKE = re.compile(r"^[0-9]+(?::[0-9]+)+$")


@functools.cache
def _loader() -> type[yaml.SafeLoader]:
    """Safe loading only (no tags, no objects), with the C parser when present, reading
    an unquoted ``time: 21:30`` (or a mistyped ``24:10``) as text.

    Plain YAML 1.1 would read it as the base-60 number 1290, which is never
    what a person editing a reminder time means, and would write a mistyped
    time back as a number nobody recognises. Built on first use: a start
    with unchanged settings never imports PyYAML (see settings_cache).
    """
    import yaml

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = cast("type[yaml.SafeLoader]", type("_Loader", (base,), {}))
    loader.yaml_implicit_resolvers = {
        key: list(value) for key, value in base.yaml_implicit_resolvers.items()}
    for digit in "0123456789":
        loader.yaml_implicit_resolvers.setdefault(digit, []).insert(
            0, ("tag:yaml.org,2002:str", _CLOCK_LIKE))
    return loader


def _represent_list(dumper: yaml.SafeDumper, data: list[object]) -> yaml.Node:
    flow = bool(data) and all(isinstance(item, str | int | float) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


@functools.cache
def _dumper() -> type[yaml.SafeDumper]:
    """Safe dumping; lists of plain words (days) stay on one line."""
    import yaml

    dumper = cast("type[yaml.SafeDumper]",
                  type("_Dumper", (getattr(yaml, "CSafeDumper", yaml.SafeDumper),), {}))
    dumper.add_representer(list, _represent_list)
    return dumper


def _reason(exc: ValueError) -> str:
    """What is wrong, in the language installed now (English for a plain ValueError)."""
    if isinstance(exc, Invalid):
        template = exc.template  # marked with QT_TRANSLATE_NOOP where it is raised
        return SettingsFileText.tr(template).format(**exc.values)
    return str(exc)


class _Now(Protocol):
    """What names a ``.corrupt-`` file: anything with ``now()`` (the app's Clock)."""

    def now(self) -> datetime: ...


class _Unparsable(Exception):
    """The file's bytes are not a settings mapping."""


def _parse(raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Unparsable("not UTF-8 text") from None
    import yaml

    try:
        data = yaml.load(text, Loader=_loader())  # a safe loader
    except yaml.YAMLError as exc:
        raise _Unparsable(f"not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise _Unparsable("empty" if data is None else "not a mapping of settings")
    return data


class SettingsFileText(Tr):
    """Translation context for what the user is told about a damaged settings file."""


NOT_READ = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file could not be read ({reason}); the default settings are used for now.")
RESTORED_ASIDE = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was damaged and has been put aside as {name}; the last good copy "
    "was restored.")
RESTORED_NOT_ASIDE = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was damaged and could not be moved aside; the last good copy was "
    "restored.")
DEFAULTS_ASIDE = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was damaged and has been put aside as {name}; the default settings "
    "are used.")
DEFAULTS_NOT_ASIDE = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was damaged and could not be moved aside; the default settings are "
    "used.")
RESTORED_MISSING = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Your settings file was missing; the last good copy was restored.")
IGNORED = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Some entries in your settings file were not understood and are ignored for now (the "
    "app uses its defaults instead); they stay in the file as you wrote them:")
REMINDER_ENTRY = QT_TRANSLATE_NOOP("SettingsFileText", "reminder {number}: {reason}")
IGNORED_BRIEF = QT_TRANSLATE_NOOP(
    "SettingsFileText",
    "Some entries in your settings file were not understood and are ignored for now; "
    "Settings shows which and why.")

# The name of the record of ignored entries the user was already told about.
TOLD_FILE = "settings-told.json"


def remove_interrupted_writes(*cache_files: str) -> list[Path]:
    """Delete temporary files that killed writes left next to the settings and in the cache.

    Run at the start of the app, under its single-instance lock (the command
    line only reads, so it never does this). ``cache_files``: other files of
    the cache folder written with ``write_atomic``.
    """
    path = paths.settings_path()
    removed = remove_leftovers(path.parent, (path.name, path.name + ".bak",
                                             path.name + ".corrupt-"))
    removed += remove_leftovers(paths.cache_dir(),
                                (settings_cache.FILE_NAME, TOLD_FILE, *cache_files))
    return removed


class Settings:
    """The user's settings, validated, with what went wrong said in plain words.

    ``warnings``: one line per ignored value (for the log).
    ``ignored``: one short line per ignored entry, for the user ("what and why").
    ``notice``: what the user is told (a damaged file was put aside; which
    entries were ignored, unless they were told already at an earlier start).
    It is worded when read, not when the file is loaded: the settings decide
    the language, so they load before the translation does.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._notice: tuple[str, dict[str, str]] | str | None = None
        self.warnings: list[str] = []
        self.ignored: list[str] = []
        self._ignored_why: list[tuple[str, ValueError, bool]] = []
        self._untold: list[int] = []  # indexes into ignored
        self._told_path: Path | None = None
        self._raw: dict[str, Any] = {}
        self._values: dict[str, Any] = copy.deepcopy(DEFAULTS)
        self._invalid: set[str] = set()
        self._bad_reminders: list[Any] = []
        self._dirty = False

    @property
    def notice(self) -> str | None:
        """What to tell the user, in the language installed now; None if all is well.

        Ignored entries come one per line (the settings screen shows it all).
        """
        return self._worded(brief=False)

    @notice.setter
    def notice(self, text: str | None) -> None:
        """An already worded sentence (or None to clear it)."""
        self._notice = text
        self._untold = []

    @property
    def brief_notice(self) -> str | None:
        """The same in one line, for the status bar: which entries is left to Settings."""
        return self._worded(brief=True)

    def _worded(self, brief: bool) -> str | None:
        if isinstance(self._notice, str):
            return self._notice
        parts = []
        if self._notice is not None:
            template, values = self._notice
            parts.append(SettingsFileText.tr(template).format(**values))
        if self._untold and brief:
            parts.append(SettingsFileText.tr(IGNORED_BRIEF))
        elif self._untold:
            parts.append(SettingsFileText.tr(IGNORED) + "".join(
                f"\n\u2022 {self._worded_entry(index)}" for index in self._untold))
        return " ".join(parts) or None

    def mark_told(self) -> None:
        """The notice was shown: do not repeat the same ignored entries at the next start.

        Only the app's own file keeps this record (in the cache folder); the
        command line prints the warnings every time and does not call this.
        """
        if self._told_path is not None and self.ignored:
            told.record(self._told_path, self.ignored)

    # --- loading ---------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None, *, clock: _Now | None = None) -> Settings:
        """Read the settings; never raises for bad content.

        ``clock`` (anything with ``now()``) names the ``.corrupt-`` file; tests
        pass a FakeClock.
        """
        if path is None:  # the app's own file: remembered between starts
            settings = cls(paths.settings_path())
            settings._told_path = paths.cache_dir() / TOLD_FILE
            settings._load(clock, paths.cache_dir() / settings_cache.FILE_NAME)
        else:
            settings = cls(path)
            settings._load(clock)
        settings._untold = list(range(len(settings.ignored)))
        if settings._told_path is not None and settings.ignored:
            done = told.already(settings._told_path)
            settings._untold = [index for index, line in enumerate(settings.ignored)
                                if told.fingerprint(line) not in done]
        return settings

    def _load(self, clock: _Now | None, cache_path: Path | None = None) -> None:
        if cache_path is not None:
            remembered = settings_cache.lookup(self.path, cache_path)
            if remembered is not None:
                self._adopt(remembered)
                return
        try:
            with open(self.path, "rb") as handle:
                info = os.fstat(handle.fileno())
                raw = handle.read()
        except FileNotFoundError:
            self._restore_missing()  # a first run (the defaults, silently) unless a .bak exists
            return
        except OSError as exc:
            reason = exc.strerror or exc.__class__.__name__
            self.warnings.append(f"{self.path.name}: could not be read ({reason}); "
                                 "using the defaults")
            self._notice = (NOT_READ, {"reason": reason})
            return
        try:
            data = _parse(raw)
        except _Unparsable as exc:
            self._recover(str(exc), raw, clock)
            return
        if cache_path is not None:
            settings_cache.remember(self.path, info, data, cache_path)
        self._adopt(data)

    def _backup(self) -> tuple[bytes, dict[str, Any]] | None:
        """The ``.bak`` file's bytes and data, if it is there and parses."""
        try:
            raw = self.path.with_name(self.path.name + ".bak").read_bytes()
            return raw, _parse(raw)
        except (OSError, _Unparsable):
            return None

    def _restore_missing(self) -> None:
        """No settings file but a good ``.bak``: put the good copy back.

        Nothing in this version leaves the file missing next to a backup, but
        an older version's recovery, stopped between its two steps, did; so
        might a person tidying the folder. Starting with the defaults would
        silently lose every choice the backup still holds.
        """
        backup = self._backup()
        if backup is None:
            return
        raw, data = backup
        log.warning("%s is missing; restoring %s.bak", self.path, self.path.name)
        self._adopt(data)
        try:
            write_atomic(self.path, raw)
        except OSError:
            self._dirty = True  # the next save() puts the good copy back
        self._notice = (RESTORED_MISSING, {})

    def _recover(self, reason: str, damaged: bytes, clock: _Now | None) -> None:
        """Keep the damaged file aside and fall back to the backup or the defaults.

        Every step leaves a state the next start recovers from: with a good
        backup the damaged bytes are first *copied* aside (an identical copy
        made by an interrupted earlier attempt is reused), and only then is the
        file replaced by the backup in one atomic rename. Without a backup
        there is nothing to restore, and one rename moves the file aside.
        """
        log.warning("%s is damaged (%s)", self.path, reason)
        backup = self._backup()
        if backup is None:
            aside = self._put_aside(clock, None)
            name = {"name": aside.name} if aside is not None else {}
            self._notice = (DEFAULTS_ASIDE if name else DEFAULTS_NOT_ASIDE, name)
            return
        backup_bytes, data = backup
        aside = self._put_aside(clock, damaged)
        name = {"name": aside.name} if aside is not None else {}
        self._adopt(data)
        if aside is not None:
            try:
                write_atomic(self.path, backup_bytes)
            except OSError:
                self._dirty = True  # the next save() puts the good copy back
        self._notice = (RESTORED_ASIDE if name else RESTORED_NOT_ASIDE, name)

    def _put_aside(self, clock: _Now | None, copy_of: bytes | None) -> Path | None:
        """Move the damaged file aside, or (``copy_of``: its bytes) write a copy aside."""
        if copy_of is not None:
            with contextlib.suppress(OSError):
                for earlier in sorted(self.path.parent.glob(self.path.name + ".corrupt-*")):
                    if earlier.is_file() and not earlier.is_symlink() \
                            and earlier.stat().st_size == len(copy_of) \
                            and earlier.read_bytes() == copy_of:
                        return earlier  # an interrupted earlier recovery made it
        now = clock.now() if clock is not None else datetime.now()
        stem = f"{self.path.name}.corrupt-{now:%Y%m%d-%H%M%S}"
        for n in range(1, 1000):
            target = self.path.with_name(stem if n == 1 else f"{stem}-{n}")
            if target.exists() or target.is_symlink():
                continue
            try:
                if copy_of is None:
                    self.path.rename(target)
                else:
                    write_atomic(target, copy_of)
            except OSError:
                log.warning("could not move %s aside", self.path, exc_info=True)
                return None
            return target
        return None

    def _adopt(self, data: dict[str, Any]) -> None:
        """Take every valid value from a parsed file; note the rest."""
        self._raw = data
        name = self.path.name
        schema = data.get("schema", SCHEMA_VERSION)
        if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
            self.warnings.append(f"{name}: 'schema' must be a whole number, got {_show(schema)}")
        elif schema > SCHEMA_VERSION:
            self.warnings.append(f"{name}: written by a newer version (schema {schema}); "
                                 "settings this version does not know are kept as they are")
        for key, default in DEFAULTS.items():
            if key not in data:
                continue
            value = data[key]
            if key == "reminders":
                self._adopt_reminders(value)
                continue
            try:
                self._values[key] = VALIDATORS[key](value)
            except ValueError as exc:
                self._invalid.add(key)
                self.warnings.append(f"{name}: {key!r} {exc}, got {_show(value)}; "
                                     f"using {_show(default)}")
                self._note_ignored(f"{key}: {_show(value)}", exc)

    def _note_ignored(self, what: str, exc: ValueError, reminder: bool = False) -> None:
        """One entry for the user: ``what`` (a key and its value, or a reminder's number)
        and why. ``ignored`` keeps it in English (the record of what was told)."""
        if reminder:
            self.ignored.append(f"reminder {what}: {exc}")
        else:
            self.ignored.append(f"{what} ({exc})")
        self._ignored_why.append((what, exc, reminder))

    def _worded_entry(self, index: int) -> str:
        what, exc, reminder = self._ignored_why[index]
        if reminder:
            return SettingsFileText.tr(REMINDER_ENTRY).format(number=what, reason=_reason(exc))
        return f"{what} ({_reason(exc)})"

    def _adopt_reminders(self, value: Any) -> None:
        name = self.path.name
        if not isinstance(value, list):
            self._invalid.add("reminders")
            self.warnings.append(f"{name}: 'reminders' must be a list, got {_show(value)}; "
                                 "using the default reminder")
            self._note_ignored(f"reminders: {_show(value)}",
                               Invalid(QT_TRANSLATE_NOOP("SettingsFileText", "must be a list")))
            return
        kept: list[dict[str, Any]] = []
        seen: set[str] = set()
        for index, item in enumerate(value, start=1):
            try:
                clean = _reminder(item)
                if clean["id"] in seen:
                    raise Invalid(QT_TRANSLATE_NOOP("SettingsFileText", "repeats the id {id}"),
                                  id=repr(clean["id"]))
            except ValueError as exc:
                self._invalid.add("reminders")
                self._bad_reminders.append(item)
                self.warnings.append(f"{name}: reminder {index} {exc}; it is left out")
                rid = item.get("id") if isinstance(item, dict) else None
                which = f"{index} ({_show(rid)})" if isinstance(rid, str) and rid else str(index)
                self._note_ignored(which, exc, reminder=True)
                continue
            seen.add(clean["id"])
            kept.append(clean)
        self._values["reminders"] = kept

    # --- reading and changing ----------------------------------------------------

    def get(self, key: str) -> Any:
        """The value of a setting (a copy, so changing it changes nothing here)."""
        if key in DEFAULTS:
            return copy.deepcopy(self._values[key])
        if key in self._raw and key != "schema":
            return copy.deepcopy(self._raw[key])
        raise KeyError(key)

    def value(self, setting: Setting[T]) -> T:
        """The typed value of a setting declared in ``settings_schema`` (a copy):
        ``settings.value(PREPARE_S)`` is an ``int`` to the type checker."""
        return cast(T, copy.deepcopy(self._values[setting.name]))

    def set(self, key: str, value: Any) -> None:
        """Change a setting in memory; ``save()`` writes it.

        Raises KeyError for an unknown key and ValueError for a bad value, so a
        mistake in the UI shows up in tests instead of in the user's file.
        """
        if key not in VALIDATORS:
            raise KeyError(key)
        try:
            clean = VALIDATORS[key](copy.deepcopy(value))
        except ValueError as exc:
            raise ValueError(f"{key!r} {exc}, got {_show(value)}") from None
        if clean == self._values[key] and key not in self._invalid:
            return
        self._values[key] = clean
        self._invalid.discard(key)
        self._dirty = True

    def as_dict(self) -> dict[str, Any]:
        """Every known setting with the value in effect (a copy)."""
        return copy.deepcopy(self._values)

    # --- saving ----------------------------------------------------------------

    def save(self) -> bool:
        """Write the file if something changed; True if it was written.

        The file on disk, if it still parses, is first copied to ``.bak``.
        Raises OSError when the folder cannot be written.
        """
        if not self._dirty:
            return False
        import yaml

        text = _HEADER + yaml.dump(self._document(), Dumper=_dumper(), sort_keys=False,
                                   default_flow_style=False, allow_unicode=True)
        self._backup_current()
        write_atomic(self.path, text)
        self._dirty = False
        return True

    def _document(self) -> dict[str, Any]:
        """What to write: known keys in a stable order, then keys kept from the file.

        A value that was ignored at load and not set since is written back as it
        was: a newer version may understand it. Reminders the load left out are
        written back too, after the valid ones, even when the user has changed
        the list since: changing one reminder must not delete another.
        """
        schema = self._raw.get("schema")
        if not isinstance(schema, int) or isinstance(schema, bool) or schema < SCHEMA_VERSION:
            schema = SCHEMA_VERSION
        doc: dict[str, Any] = {"schema": schema}
        for key in DEFAULTS:
            if key in self._invalid and key in self._raw:
                doc[key] = self._raw[key]
            elif key == "reminders":
                doc[key] = self._values[key] + self._bad_reminders
            else:
                doc[key] = self._values[key]
        for key, value in self._raw.items():
            if key not in doc:
                doc[key] = value
        return doc

    def _backup_current(self) -> None:
        try:
            current = self.path.read_bytes()
            _parse(current)
        except (OSError, _Unparsable):
            return  # nothing good to keep
        write_atomic(self.path.with_name(self.path.name + ".bak"), current)

"""The settings file: load, validate per key, save atomically, recover from damage.

Why so careful: a crash or a full disk during a save must never cost the
user's settings, and a typing mistake in one value must not cost the others.

- saving writes a temporary file and renames it over the old one
  (``write_atomic``), and only when something changed; the previous good
  file is kept as ``settings.yaml.bak``;
- a file that does not parse is never deleted or overwritten: it is put
  aside and the ``.bak`` (or the defaults) is used (``settings_recovery``);
- a bad value costs only that entry (its default is used), the user is told
  once which entries were ignored and why (``settings_adopt``,
  ``settings_notice``), and the entry stays in the file as written: saving
  any other change writes it back unchanged (a newer version may understand
  it, and the user may want to correct their own typing);
- keys this version does not know (written by a newer one) are kept.

What each setting is (type, range, default, description) is declared once in
``coach.store.settings_schema``; typed access goes through it:
``settings.value(PREPARE_S)`` is an ``int``. This module holds the object
that ties the steps together, in the order that makes recovery safe.
"""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from coach.store import file_stamp, paths, settings_cache, settings_recovery, settings_schema, told
from coach.store.atomic import remove_leftovers, write_atomic
from coach.store.settings_adopt import SCHEMA_VERSION, adopt
from coach.store.settings_notice import (
    IGNORED,
    IGNORED_BRIEF,
    NOT_READ,
    Ignored,
    Notice,
    SettingsFileText,
    worded,
)
from coach.store.settings_recovery import Now, Recovered
from coach.store.settings_schema import (  # re-exported: the names callers know
    DAYS,
    LANGUAGES,
    THEMES,
    Invalid,
    Setting,
)
from coach.store.settings_schema import show as _show
from coach.store.settings_yaml import Unparsable, dump, parse

__all__ = ["DAYS", "DEFAULTS", "LANGUAGES", "THEMES", "VALIDATORS", "Invalid", "Settings",
           "SettingsFileText", "remove_interrupted_writes"]

T = TypeVar("T")

#: Every known setting, its default and its validator: derived from the one
#: declaration in ``coach.store.settings_schema`` (read there what each means).
DEFAULTS: dict[str, object] = settings_schema.defaults()
VALIDATORS: dict[str, Callable[[object], object]] = settings_schema.validators()

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
        self._notice: Notice | str | None = None
        self.warnings: list[str] = []
        self.ignored: list[str] = []
        self._ignored_why: list[Ignored] = []
        self._untold: list[int] = []  # indexes into ignored
        self._told_path: Path | None = None
        self._raw: dict[str, object] = {}
        self._values: dict[str, object] = copy.deepcopy(DEFAULTS)
        self._invalid: set[str] = set()
        self._bad_reminders: list[object] = []
        self._dirty = False
        self._cache_path: Path | None = None  # the parsed-settings cache, own file only
        self._written: tuple[str, dict[str, object]] | None = None  # by the last save()
        #: Called after each save() that wrote the file; the app uses it to call
        #: ``remember_written`` once the file has settled (the store has no timers).
        self.after_save: Callable[[], None] | None = None

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
            parts.append(worded(self._notice))
        if self._untold and brief:
            parts.append(SettingsFileText.tr(IGNORED_BRIEF))
        elif self._untold:
            parts.append(SettingsFileText.tr(IGNORED) + "".join(
                f"\n\u2022 {self._ignored_why[index].worded()}" for index in self._untold))
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
    def load(cls, path: Path | None = None, *, clock: Now | None = None) -> Settings:
        """Read the settings; never raises for bad content.

        ``clock`` (anything with ``now()``) names the ``.corrupt-`` file; tests
        pass a FakeClock.
        """
        if path is None:  # the app's own file: remembered between starts
            settings = cls(paths.settings_path())
            settings._told_path = paths.cache_dir() / TOLD_FILE
            settings._cache_path = paths.cache_dir() / settings_cache.FILE_NAME
            settings._load(clock, settings._cache_path)
        else:
            settings = cls(path)
            settings._load(clock)
        settings._untold = list(range(len(settings.ignored)))
        if settings._told_path is not None and settings.ignored:
            done = told.already(settings._told_path)
            settings._untold = [index for index, line in enumerate(settings.ignored)
                                if told.fingerprint(line) not in done]
        return settings

    def _load(self, clock: Now | None, cache_path: Path | None = None) -> None:
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
            # A first run (the defaults, silently) unless a .bak exists.
            self._take(settings_recovery.restore_missing(self.path))
            return
        except OSError as exc:
            reason = exc.strerror or exc.__class__.__name__
            self.warnings.append(f"{self.path.name}: could not be read ({reason}); "
                                 "using the defaults")
            self._notice = (NOT_READ, {"reason": reason})
            return
        try:
            data = parse(raw)
        except Unparsable as exc:
            self._take(settings_recovery.recover(self.path, str(exc), raw, clock))
            return
        if cache_path is not None:
            settings_cache.remember(self.path, info, data, cache_path)
        self._adopt(data)

    def _take(self, recovered: Recovered | None) -> None:
        """Use what a recovery found: the backup's values (or the defaults), its notice."""
        if recovered is None:
            return
        if recovered.data is not None:
            self._adopt(recovered.data)
        if recovered.rewrite_pending:
            self._dirty = True  # the next save() puts the good copy back
        self._notice = recovered.notice

    def _adopt(self, data: dict[str, object]) -> None:
        """Take every valid value from a parsed file; note the rest."""
        self._raw = data
        adopted = adopt(self.path.name, data)
        self._values = adopted.values
        self._invalid = adopted.invalid
        self._bad_reminders = adopted.bad_reminders
        self.warnings.extend(adopted.warnings)
        self._ignored_why.extend(adopted.ignored)
        self.ignored.extend(entry.english for entry in adopted.ignored)

    # --- reading and changing ----------------------------------------------------

    def get(self, key: str) -> object:
        """The value of a setting by its name (a copy, so changing it changes nothing
        here), also one this version does not know. Typed only as ``object``: code
        that needs the value's type asks ``value(SETTING)``."""
        if key in DEFAULTS:
            return copy.deepcopy(self._values[key])
        if key in self._raw and key != "schema":
            return copy.deepcopy(self._raw[key])
        raise KeyError(key)

    def value(self, setting: Setting[T]) -> T:
        """The typed value of a setting declared in ``settings_schema`` (a copy):
        ``settings.value(PREPARE_S)`` is an ``int`` to the type checker."""
        return cast(T, copy.deepcopy(self._values[setting.name]))

    def set(self, key: str, value: object) -> None:
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

    def as_dict(self) -> dict[str, object]:
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
        document = self._document()
        text = dump(document)
        settings_recovery.keep_backup(self.path)
        write_atomic(self.path, text)
        self._dirty = False
        self._written = (text, document)
        if self.after_save is not None:
            self.after_save()
        return True

    def remember_written(self) -> bool:
        """Let the next start skip the YAML parser for the file the last ``save`` wrote.

        Why: the start after a save would otherwise parse the file (PyYAML: 15 to
        25 ms, and about 1 MB held all day) just to learn what this process
        wrote. Only once the file has settled (``file_stamp``: no cache for a
        file written in the last two seconds) and only if it still holds exactly
        those bytes; otherwise nothing happens and the next start parses it as
        always. True once it was handed to the cache (or found changed).
        """
        if self._written is None or self._cache_path is None:
            return False
        text, document = self._written
        try:
            with open(self.path, "rb") as handle:
                info = os.fstat(handle.fileno())
                raw = handle.read()
        except OSError:
            return False
        if raw != text.encode("utf-8"):
            self._written = None  # changed by someone else: parsed at the next start
            return True
        stamp = file_stamp.stamp_of(info)
        if stamp is not None and not file_stamp.settled(stamp, time.time_ns()):
            return False  # too fresh to trust yet (``remember`` would refuse it)
        settings_cache.remember(self.path, info, document, self._cache_path)
        self._written = None
        return True

    def _document(self) -> dict[str, object]:
        """What to write: known keys in a stable order, then keys kept from the file.

        A value that was ignored at load and not set since is written back as it
        was: a newer version may understand it. Reminders the load left out are
        written back too, after the valid ones, even when the user has changed
        the list since: changing one reminder must not delete another.
        """
        schema = self._raw.get("schema")
        if not isinstance(schema, int) or isinstance(schema, bool) or schema < SCHEMA_VERSION:
            schema = SCHEMA_VERSION
        doc: dict[str, object] = {"schema": schema}
        for key in DEFAULTS:
            if key in self._invalid and key in self._raw:
                doc[key] = self._raw[key]
            elif key == "reminders" and isinstance(valid := self._values[key], list):
                doc[key] = valid + self._bad_reminders
            else:
                doc[key] = self._values[key]
        for key, value in self._raw.items():
            if key not in doc:
                doc[key] = value
        return doc

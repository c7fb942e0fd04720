"""Keep each content file's checked result between starts, so an unchanged file is not parsed.

At start-up the app reads every built-in and user content file. This module
stores what the file's own rules produced (``FileContent``: drafts with their
lines, errors, broken exercise ids) in one JSON file in the user's cache
folder, and gives it back while the file is unchanged. A start where no file
changed therefore imports neither the validator nor the YAML node reader and
parses nothing. The rules across files (duplicate ids, unknown exercises) are
not cached: the loader runs them on every load, so messages are the same with
and without the cache.

A file's entry is used only when its resolved path, its shown name and its
stat (size, ``st_mtime_ns``, ``st_ctime_ns``, inode) are those recorded; the
whole cache is used only when its format number, the app version, the PyYAML
version and a stamp of the rule modules and the illustrations folder match
(an update may bring new rules or assets). A file changed less than two
seconds before it was read is not stored: a second write within the same
timestamp tick could otherwise go unnoticed (git's "racy clean" problem; see
``coach.store.file_stamp``, shared with the settings cache).

The cache is only a speed-up: anything unexpected in it (bad JSON, wrong
types, another format) counts as a miss, is logged once at INFO and is
replaced; a cache that cannot be written is logged and skipped. It is read
with ``json`` only, and holds entries for this load's files only.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from coach.content.drafts import ExerciseDraft, FileContent, RoutineDraft
from coach.content.model import (
    ACTIONS,
    POSITIONS,
    ROUTINE_KINDS,
    SIDES,
    ContentError,
    Exercise,
    Routine,
    RoutineStep,
    Text,
)
from coach.store import file_stamp

if TYPE_CHECKING:
    from coach.content.loader import Source

log = logging.getLogger(__name__)

FORMAT = 2  # 2: position, touches_calf, action, until_release, routine source; built-in flag
CACHE_FILE_NAME = "content-cache.json"
MAX_CACHE_BYTES = 64 * 1024 * 1024  # ~100,000 files; anything larger is not ours
# Modules whose code decides a file's result (this one included); their stamps
# invalidate the cache in a source checkout, where the version does not change.
_RULE_MODULES = ("cache.py", "drafts.py", "loader.py", "model.py", "validate.py",
                 "yaml_nodes.py", "../resources.py")
#: One file's entry as JSON gives it back: checked key by key where it is used.
Entry = dict[str, object]
_Option = TypeVar("_Option", bound=str)  # one of a Literal's values (Sides, Position...)


class CacheFormatError(ValueError):
    """Something in the cache file is not what this module writes."""


def checked_with_cache(sources: Sequence[Source], cache_path: Path,
                       check: Callable[[Source], FileContent]) -> list[FileContent]:
    """Each source's own result, from ``cache_path`` where unchanged, else ``check(source)``.

    Writes ``cache_path`` (atomically) when an entry was added or dropped.
    Never raises for a cache problem.
    """
    problems: list[str] = []
    started_ns = time.time_ns()
    setup = _setup()
    entries = _read(Path(cache_path), setup, problems)
    kept: dict[tuple[str, str], Entry] = {}
    changed = False
    folders: dict[str, str] = {}
    contents: list[FileContent] = []
    for source in sources:
        key = (_identity(source.path, folders), source.shown)
        stamp = file_stamp.stamp(source.path)
        entry = entries.get(key)
        if (entry is not None and stamp is not None and entry.get("stamp") == stamp
                and entry.get("builtin", False) is source.builtin):
            try:
                contents.append(_decode(entry.get("content")))
                kept[key] = entry
                continue
            except (ValueError, TypeError) as exc:  # CacheFormatError, a wrong length
                problems.append(f"entry for {source.shown}: {exc}")
        content = check(source)
        contents.append(content)
        # stamp[1] is the mtime: a file written just now could change again unseen
        if (stamp is not None and file_stamp.settled(stamp, started_ns)
                and key not in kept):
            kept[key] = {"path": key[0], "shown": key[1], "stamp": stamp,
                         "builtin": source.builtin, "content": _encode(content)}
            changed = True
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        log.info("content cache %s not used (%s%s); reading the files again", cache_path,
                 problems[0], more)
    if changed or any(key not in kept for key in entries):
        _write(Path(cache_path), setup, list(kept.values()))
    return contents


def _setup() -> list[object]:
    """What the whole cache depends on besides the files, as JSON gives it back."""
    from importlib.util import find_spec

    from coach import __version__
    from coach.content.resources import assets_dir

    version = file_stamp.version_stamp
    here = Path(__file__).parent
    stamps = [version(here / name) for name in _RULE_MODULES]
    # PyYAML by its files, not by importing it: a start that finds everything
    # in the caches never needs the parser (see coach/store/settings_cache.py).
    spec = find_spec("yaml")
    origin = Path(spec.origin) if spec is not None and spec.origin else None
    yaml_stamps = ([version(origin)] + [version(path)
                                        for path in sorted(origin.parent.glob("_yaml*"))]
                   if origin is not None else [])
    return [__version__, yaml_stamps, stamps, version(assets_dir() / "illustrations")]


def _identity(path: Path, folders: dict[str, str]) -> str:
    """The file's absolute path with its folder resolved (once per folder).

    A file that is itself a link keeps its own name here; its stamp (taken
    through the link) then tells whether the target changed.
    """
    folder, name = os.path.split(os.path.abspath(path))
    resolved = folders.get(folder)
    if resolved is None:
        resolved = folders[folder] = os.path.realpath(folder)
    return os.path.normcase(os.path.join(resolved, name))


def _read(path: Path, setup: list[object],
          problems: list[str]) -> dict[tuple[str, str], Entry]:
    """The usable entries by (path, shown name); {} when the file is missing or foreign."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_CACHE_BYTES + 1)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        problems.append(f"cannot read it ({exc.strerror or exc})")
        return {}
    if len(raw) > MAX_CACHE_BYTES:
        problems.append("larger than expected")
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError
        problems.append(f"not valid JSON ({str(exc)[:80]})")
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        problems.append("unknown format")
        return {}
    if data.get("setup") != setup:
        problems.append("made by another version of the app or its rules")
        return {}
    files = data.get("files")
    if not isinstance(files, list):
        problems.append("no list of files")
        return {}
    entries: dict[tuple[str, str], Entry] = {}
    for entry in files:
        if (isinstance(entry, dict) and isinstance(entry.get("path"), str)
                and isinstance(entry.get("shown"), str)):
            entries[(entry["path"], entry["shown"])] = entry
        else:
            problems.append("an entry without path or name")
    return entries


def _write(path: Path, setup: list[object], entries: list[Entry]) -> None:
    from coach.store.atomic import write_atomic

    data = {"format": FORMAT, "setup": setup, "files": entries}
    try:
        # ensure_ascii: a file name that is not UTF-8 (a surrogate escape) stays writable
        write_atomic(path, json.dumps(data, separators=(",", ":")))
    except (OSError, ValueError) as exc:
        log.info("content cache %s not written: %s", path, exc)


# Writing: FileContent as plain JSON values, positional to keep the file small
# and quick to read: [exercises, routines, broken exercise ids, errors].

def _encode(content: FileContent) -> list[object]:
    return [
        [[draft.line, _encode_exercise(draft.exercise)] for draft in content.exercises],
        [[draft.line, list(draft.reference_lines), _encode_routine(draft.routine)]
         for draft in content.routines],
        sorted(content.broken_exercise_ids),
        [[error.path, error.line, error.message] for error in content.errors],
    ]


def _encode_text(text: Text | None) -> list[str] | None:
    """``[code, value, code, value, ...]``; null for no text."""
    return None if text is None else [part for pair in text.values for part in pair]


def _encode_exercise(exercise: Exercise) -> list[object]:
    return [exercise.id, _encode_text(exercise.name),
            [_encode_text(step) for step in exercise.steps], exercise.sides,
            list(exercise.illustrations), exercise.source, _encode_text(exercise.caution),
            exercise.position, exercise.touches_calf, exercise.action]


def _encode_routine(routine: Routine) -> list[object]:
    return [routine.id, _encode_text(routine.title), _encode_text(routine.summary),
            routine.kind, routine.prepare_s,
            [[step.exercise, step.hold_s, step.repeat, step.rest_s, step.sides,
              _encode_text(step.note), step.until_release] for step in routine.steps],
            _encode_text(routine.when), routine.path, _encode_text(routine.source)]


# Reading: the same values back, checked type by type (the file may hold anything).
# A wrong length or type raises CacheFormatError (or ValueError/TypeError from an
# unpacking, which the caller treats alike).

def _decode(value: object) -> FileContent:
    exercises, routines, broken, errors = _list(value)
    content = FileContent()
    for item in _list(exercises):
        line, exercise = _list(item)
        content.exercises.append(ExerciseDraft(_decode_exercise(exercise), _int(line)))
    for item in _list(routines):
        line, refs, data = _list(item)
        routine = _decode_routine(data)
        references = tuple(_int(ref) for ref in _list(refs))
        if len(references) != len(routine.steps):
            raise CacheFormatError("a routine's reference lines do not match its steps")
        content.routines.append(RoutineDraft(routine, _int(line), references))
    content.broken_exercise_ids = {_str(item) for item in _list(broken)}
    for item in _list(errors):
        path, line, message = _list(item)
        content.errors.append(ContentError(_str(path), _int(line), _str(message)))
    return content


def _decode_exercise(value: object) -> Exercise:
    (exercise_id, name, steps, sides, illustrations, source, caution, position,
     touches_calf, action) = _list(value)
    return Exercise(id=_str(exercise_id), name=_text(name),
                    steps=tuple(_text(step) for step in _list(steps)),
                    sides=_choice(sides, SIDES),
                    illustrations=tuple(_str(name) for name in _list(illustrations)),
                    source=_str(source), caution=None if caution is None else _text(caution),
                    position=_choice(position, POSITIONS),
                    touches_calf=_bool(touches_calf),
                    action=_choice(action, ACTIONS))


def _decode_routine(value: object) -> Routine:
    routine_id, title, summary, kind, prepare_s, steps, when, path, source = _list(value)
    return Routine(id=_str(routine_id), title=_text(title), summary=_text(summary),
                   kind=_choice(kind, ROUTINE_KINDS),
                   prepare_s=_int(prepare_s),
                   steps=tuple(_decode_step(step) for step in _list(steps)),
                   when=None if when is None else _text(when), path=_str(path),
                   source=None if source is None else _text(source))


def _decode_step(value: object) -> RoutineStep:
    # The most frequent item (several per routine), so checked inline.
    if type(value) is not list or len(value) != 7:
        raise CacheFormatError("a step is not a list of 7 values")
    exercise, hold_s, repeat, rest_s, sides, note, until_release = value
    if (type(exercise) is not str or type(hold_s) is not int or type(repeat) is not int
            or type(rest_s) is not int or (sides is not None and sides not in SIDES)
            or type(until_release) is not bool):
        raise CacheFormatError("a step has a value of the wrong type")
    return RoutineStep(exercise, hold_s, repeat, rest_s, sides,
                       None if note is None else _text(note), until_release)


def _text(value: object) -> Text:
    """``[code, value, ...]`` back to a Text; one language (the most common) the quick way."""
    if type(value) is list and len(value) == 2:
        code, text = value
        if type(code) is str and type(text) is str:
            return Text(((code, text),))
    elif type(value) is list and value and not len(value) % 2:
        for part in value:
            if type(part) is not str:
                break
        else:
            return Text(tuple(zip(value[::2], value[1::2], strict=True)))
    raise CacheFormatError("a text is not [language, text, ...]")


def _choice(value: object, options: tuple[_Option, ...]) -> _Option:
    """The option equal to ``value``: typed as ``options`` are (a Literal), not as plain str."""
    if type(value) is str:
        for option in options:
            if value == option:
                return option
    raise CacheFormatError(f"unexpected value {value!r}")


def _bool(value: object) -> bool:
    if type(value) is not bool:
        raise CacheFormatError(f"expected true or false, found {type(value).__name__}")
    return value


def _list(value: object) -> list[object]:
    if type(value) is not list:
        raise CacheFormatError(f"expected a list, found {type(value).__name__}")
    return value


def _str(value: object) -> str:
    if type(value) is not str:
        raise CacheFormatError(f"expected text, found {type(value).__name__}")
    return value


def _int(value: object) -> int:
    if type(value) is not int:  # not bool, not float
        raise CacheFormatError(f"expected a whole number, found {type(value).__name__}")
    return value

"""Find content files, check them, and assemble the library.

One code path serves the app (built-in + user folders) and ``coach validate``
(given files, checked against the built-in library), so a file that validates
is exactly a file that loads. Files are read in a fixed order: built-in before
user, then by name; the first definition of an id wins, which is how a user
file can never replace a built-in exercise or routine.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coach.content.drafts import FileContent
from coach.content.model import ContentError, Exercise, Library, Routine
from coach.content.resources import routines_dir

CONTENT_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Source:
    """A content file, the name messages use for it, and whether the app ships it.

    Shipped files have stricter rules (a routine must name its ``source``).
    """

    path: Path
    shown: str
    builtin: bool = False


@dataclass
class Report:
    """The outcome of checking some files: the library they make, and counts for a summary."""

    library: Library
    files: int = 0
    exercises: int = 0
    routines: int = 0
    errors: list[ContentError] = field(default_factory=list)


def load_library(user_dir: Path | None = None, builtin_dir: Path | None = None,
                 cache_path: Path | None = None) -> Library:
    """The built-in content, then the user's; broken files are skipped with their errors.

    With ``cache_path`` (the app's start-up), each file's checked result is kept
    in that JSON file and reused while the file is unchanged (``coach.content.cache``);
    the rules across files run on every load either way, so the library and its
    messages are the same with and without it.
    """
    sources = builtin_sources(builtin_dir)
    if user_dir is not None and user_dir.is_dir():
        sources += [Source(path, str(path)) for path in _content_files(user_dir)]
    if cache_path is None:
        contents = [check_file(source) for source in sources]
    else:
        from coach.content.cache import checked_with_cache

        contents = checked_with_cache(sources, cache_path, check_file)
    report = _assemble(sources, contents, checked=range(len(sources)))
    return report.library


def validate_paths(paths: Sequence[Path]) -> list[ContentError]:
    """Errors in the given files (folders: their *.yaml/*.yml), checked as user content."""
    return check_paths(paths).errors


def check_paths(paths: Sequence[Path]) -> Report:
    """Check ``paths`` against the built-in library; report only on the given files.

    Built-in files that are among ``paths`` are checked as themselves, not as
    references, so validating ``routines/`` does not find every id twice.
    """
    checked, errors = _given_sources(paths)
    shipped = builtin_sources()
    shipped_files = {_identity(source.path) for source in shipped}
    checked = [Source(source.path, source.shown, _identity(source.path) in shipped_files)
               for source in checked]
    checked_files = {_identity(source.path) for source in checked}
    reference = [s for s in shipped if _identity(s.path) not in checked_files]
    sources = reference + checked
    report = _assemble(sources, [check_file(source) for source in sources],
                       checked=range(len(reference), len(reference) + len(checked)))
    report.errors = errors + report.errors
    return report


def check_builtin() -> Report:
    """Check the shipped content on its own (``coach validate`` with no PATH)."""
    sources = builtin_sources()
    return _assemble(sources, [check_file(source) for source in sources],
                     checked=range(len(sources)))


def check_file(source: Source) -> FileContent:
    """One file's own rules: read it safely, then check what it defines.

    The validator and the YAML node reader are imported here, not at the top,
    so a start that takes every file from the cache never loads them.
    """
    from coach.content.validate import check_document
    from coach.content.yaml_nodes import read_document

    node, errors = read_document(source.path, source.shown)
    content = (check_document(node, source.shown, source.builtin) if node is not None
               else FileContent())
    content.errors = errors + content.errors
    return content


def builtin_sources(builtin_dir: Path | None = None) -> list[Source]:
    """The shipped files, named ``routines/<file>`` as in the project."""
    folder = builtin_dir if builtin_dir is not None else routines_dir()
    if not folder.is_dir():
        return []
    return [Source(path, f"{folder.name}/{path.name}", builtin=True)
            for path in _content_files(folder)]


def _content_files(folder: Path) -> list[Path]:
    """The folder's *.yaml/*.yml files by name; hidden files (editor leftovers) are not content.

    One ``scandir`` (no stat per file where the system gives the entry's type),
    sorted by name as ``sorted(folder.iterdir())`` would (case-blind on Windows).
    """
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries
                     if os.path.splitext(entry.name)[1].lower() in CONTENT_SUFFIXES
                     and not entry.name.startswith(".") and not _is_folder(entry)]
    except OSError:
        return []
    names.sort(key=os.path.normcase)
    return [folder / name for name in names]


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _given_sources(paths: Sequence[Path]) -> tuple[list[Source], list[ContentError]]:
    """Files named on the command line; a folder stands for its content files."""
    sources: list[Source] = []
    errors: list[ContentError] = []
    for path in paths:
        if path.is_dir():
            files = _content_files(path)
            if not files:
                errors.append(ContentError(str(path), 1, "folder has no .yaml or .yml files"))
            sources += [Source(file, str(path / file.name)) for file in files]
        else:
            sources.append(Source(path, str(path)))
    return sources, errors


def _identity(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _assemble(sources: Sequence[Source], contents: Sequence[FileContent],
              checked: Iterable[int]) -> Report:
    """The rules across files on each file's own result, in source order.

    Only errors of the ``checked`` sources (indexes) are reported and counted;
    the others serve as references (the built-in library for ``validate``).
    ``contents`` is not changed (a cache may hold it): errors found here go to
    copies of each file's error list.
    """
    wanted = set(checked)
    file_errors = [list(content.errors) for content in contents]

    exercises: dict[str, Exercise] = {}
    exercise_origin: dict[str, tuple[str, int]] = {}
    exercise_file: dict[str, int] = {}
    broken: set[str] = set()
    for index, (source, content) in enumerate(zip(sources, contents, strict=True)):
        broken |= content.broken_exercise_ids
        for draft in content.exercises:
            exercise_id = draft.exercise.id
            if exercise_id in exercises:
                file_errors[index].append(_duplicate(source, draft.line, exercise_id,
                                                     exercise_origin[exercise_id]))
                continue
            exercises[exercise_id] = draft.exercise
            exercise_origin[exercise_id] = (source.shown, draft.line)
            exercise_file[exercise_id] = index

    routines: dict[str, Routine] = {}
    routine_origin: dict[str, tuple[str, int]] = {}
    routine_file: dict[str, int] = {}
    for index, (source, content) in enumerate(zip(sources, contents, strict=True)):
        for routine_draft in content.routines:
            routine = routine_draft.routine
            problems = [ContentError(source.shown, line, _reference_problem(
                step.exercise, exercises, broken))
                for step, line in zip(routine.steps, routine_draft.reference_lines, strict=True)
                if step.exercise not in exercises]
            if routine.id in routines:
                problems.insert(0, _duplicate(source, routine_draft.line, routine.id,
                                              routine_origin[routine.id]))
            if problems:
                file_errors[index] += problems
                continue
            if source.builtin:  # reported, not fatal: the routine still plays
                file_errors[index] += _position_problems(source, routine,
                                                         routine_draft.reference_lines, exercises)
            routines[routine.id] = routine
            routine_origin[routine.id] = (source.shown, routine_draft.line)
            routine_file[routine.id] = index

    errors = [error for index, found in enumerate(file_errors) if index in wanted
              for error in sorted(found, key=lambda e: e.line)]
    return Report(
        library=Library(exercises=exercises, routines=routines, errors=tuple(errors)),
        files=len(wanted),
        exercises=sum(1 for index in exercise_file.values() if index in wanted),
        routines=sum(1 for index in routine_file.values() if index in wanted),
        errors=errors,
    )


def _position_problems(source: Source, routine: Routine, lines: Sequence[int],
                       exercises: dict[str, Exercise]) -> list[ContentError]:
    """A shipped routine goes standing, then sitting, then lying, never back up.

    Getting up again after sitting or lying is when a tired or dizzy person
    falls, so a step may not need a higher position than the one before it.
    """
    from coach.content.model import POSITIONS

    problems: list[ContentError] = []
    lowest = 0
    for number, (step, line) in enumerate(zip(routine.steps, lines, strict=True), 1):
        rank = POSITIONS.index(exercises[step.exercise].position)
        if rank < lowest:
            problems.append(ContentError(source.shown, line, (
                f"step {number} ({step.exercise}) is done {POSITIONS[rank]} after a "
                f"{POSITIONS[lowest]} step: a routine goes standing, then sitting, then lying")))
        lowest = max(lowest, rank)
    return problems


def _duplicate(source: Source, line: int, item_id: str, first: tuple[str, int]) -> ContentError:
    return ContentError(source.shown, line,
                        f"duplicate id {item_id!r} (first defined in {first[0]}:{first[1]})")


def _reference_problem(exercise_id: str, exercises: dict[str, Exercise], broken: set[str]) -> str:
    if exercise_id in broken:
        return f"exercise {exercise_id!r} has errors and could not be loaded"
    import difflib  # only for a message about a typo, not at every start

    close = difflib.get_close_matches(exercise_id, list(exercises), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown exercise {exercise_id!r}{hint}"

"""Saving, checking, importing and exporting user routines; the editor's one way in (no Qt).

The editor never invents its own format: it reads and writes the plain routine
files ``coach validate`` checks. Two promises follow from that, and both are
enforced in ``coach/content`` rather than in the screen:

- a file the editor writes always validates: ``save_routine`` checks the text
  with the real validator (against the built-in library) before the atomic
  write, and refuses to write what fails;
- a file a person wrote by hand is rewritten only when nothing in it would be
  lost (``routine_opening.open_for_editing``).

What the editor holds and its file data are ``editable_routine``; opening a
file is ``routine_opening``. This module re-exports their names, so the
screens import one module (``from coach.content import routine_writer as
writer``).
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from coach.content.editable_routine import (
    ROUTINE_ORDER,
    STEP_ORDER,
    EditableRoutine,
    EditableStep,
    NotRepresentable,
    RawText,
    from_data,
    from_model,
    raw_from_text,
    text_in,
    to_data,
    to_model,
    to_yaml,
    total_seconds,
    with_text,
)
from coach.content.routine_opening import Opened, comment_line, first_difference, open_for_editing
from coach.content.user_folder import is_user_file  # re-exported
from coach.i18n import QT_TRANSLATE_NOOP

__all__ = ["MAX_HOLD_S", "MAX_PREPARE_S", "MAX_REPEAT", "MAX_REST_S", "ROUTINE_ORDER",
           "STEP_ORDER", "EditableRoutine", "EditableStep", "FieldProblem", "Imported",
           "InvalidRoutine", "NotRepresentable", "Opened", "RawText", "check_text",
           "comment_line", "export_routine", "first_difference", "from_data", "from_model",
           "import_routine", "is_user_file", "new_routine_id", "open_for_editing", "problems",
           "raw_from_text", "save_routine", "step_problems", "text_in", "to_data", "to_model",
           "to_yaml", "total_seconds", "user_exercise_files", "with_text"]

# The editor's limits on a hold: the validator allows up to an hour, but a
# stretch held over ten minutes is a typing slip, not a prescription.
MAX_HOLD_S = 600
MAX_REST_S = 600
MAX_PREPARE_S = 600
MAX_REPEAT = 100

# Problems with what the user typed, said at the field (context: RoutineEditorText).
NO_TITLE = QT_TRANSLATE_NOOP("RoutineEditorText", "Give the routine a title.")
SAME_TITLE = QT_TRANSLATE_NOOP("RoutineEditorText",
                               "Another routine already has this title; choose another one.")
NO_STEPS = QT_TRANSLATE_NOOP("RoutineEditorText",
                             "Add at least one exercise: a routine needs a step.")
ZERO_HOLD = QT_TRANSLATE_NOOP("RoutineEditorText", "Hold for at least 1 second.")
LONG_HOLD = QT_TRANSLATE_NOOP("RoutineEditorText",
                              "Over 10 minutes is too long for one hold; use 600 seconds or less.")
LONG_REST = QT_TRANSLATE_NOOP("RoutineEditorText", "Rest for 10 minutes (600 seconds) or less.")


@dataclass(frozen=True)
class FieldProblem:
    """Something to fix before saving: which field (``step`` for step fields), and what."""

    field: str  # "title", "steps", "hold", "rest"
    message: str  # an English source in context RoutineEditorText
    step: int = -1


# ----- checking and saving ------------------------------------------------------

def problems(routine: EditableRoutine, other_titles: Iterable[str],
             language: str) -> list[FieldProblem]:
    """What must be fixed before saving, field by field (the first one gets the focus)."""
    found: list[FieldProblem] = []
    title = text_in(routine.title, language).strip()
    if not title:
        found.append(FieldProblem("title", NO_TITLE))
    elif title.casefold() in {t.strip().casefold() for t in other_titles}:
        found.append(FieldProblem("title", SAME_TITLE))
    if not routine.steps:
        found.append(FieldProblem("steps", NO_STEPS))
    for index, step in enumerate(routine.steps):
        found += step_problems(step, index)
    return found


def step_problems(step: EditableStep, index: int) -> list[FieldProblem]:
    found = []
    if step.hold_s < 1:
        found.append(FieldProblem("hold", ZERO_HOLD, index))
    elif step.hold_s > MAX_HOLD_S:
        found.append(FieldProblem("hold", LONG_HOLD, index))
    if step.rest_s > MAX_REST_S:
        found.append(FieldProblem("rest", LONG_REST, index))
    return found


def new_routine_id(title: str, taken: Iterable[str]) -> str:
    """A file-safe id from the title ("Morning calves" -> ``morning-calves``), not yet taken.

    Letters outside ASCII (a Russian title) give no id of their own; then
    ``my-routine``. A number is added until the id and its file name are free.
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:40].strip("-")
    base = base or "my-routine"
    used = set(taken)
    candidate, number = base, 2
    while candidate in used:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


class InvalidRoutine(ValueError):
    """The text the editor made does not validate (a bug): nothing was written."""


def user_exercise_files(folder: Path | None) -> list[Path]:
    """The user's own exercise-library files: routines checked here may use their exercises."""
    from coach.content.loader import Source, check_file

    if folder is None or not Path(folder).is_dir():
        return []
    found = []
    for path in sorted(Path(folder).iterdir()):
        if (path.suffix.lower() in (".yaml", ".yml") and not path.name.startswith(".")
                and path.is_file() and check_file(Source(path, str(path))).exercises):
            found.append(path)
    return found


def _check(path: Path, context: list[Path]) -> tuple[list[str], object]:
    """``coach validate``'s messages for ``path`` alone, with ``context`` files known.

    The context (the user's exercise libraries) is checked too, so their
    exercises count; only ``path``'s own problems are returned.
    """
    from coach.content.loader import check_paths

    report = check_paths([*context, path])
    mine = [str(error) for error in report.errors if error.path == str(path)]
    return mine, report


def check_text(text: str, name: str, context: list[Path] | None = None) -> list[str]:
    """The validator's ``file:line: message`` lines for ``text`` as a routine file ``name``."""
    with tempfile.TemporaryDirectory(prefix="calf-coach-check-") as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        errors, _report = _check(path, list(context or []))
    return [error.replace(str(path), name) for error in errors]


def save_routine(routine: EditableRoutine, path: Path, user_folder: Path | None = None) -> None:
    """Write ``routine`` to ``path`` atomically, only if the text validates.

    ``user_folder``'s exercise libraries count as known exercises, as they do
    when the app loads the file.
    """
    from coach.store.atomic import write_atomic

    text = to_yaml(routine)
    context = [p for p in user_exercise_files(user_folder) if p.name != path.name]
    errors = check_text(text, path.name, context)
    if errors:
        raise InvalidRoutine("; ".join(errors))
    write_atomic(path, text)


# ----- import and export ----------------------------------------------------------

@dataclass(frozen=True)
class Imported:
    """The result of importing a file: where it went, or the problems (``file:line: ...``)."""

    path: Path | None
    routine_id: str = ""
    problems: tuple[str, ...] = ()
    clash: str = ""  # the id already used by one of the user's routines


def import_routine(source: Path, folder: Path, user_ids: Iterable[str]) -> Imported:
    """Copy one routine file into ``folder`` if it validates, exactly as it is.

    Byte for byte, so a physiotherapist's comments in the file stay. It is
    checked against the built-in library like ``coach validate`` does (the
    user's own exercise files count too, as when the app loads it); an id
    that one of the user's routines already has is refused (``clash``), since
    the loader would skip the second one.
    """
    from coach.content.loader import Source, check_file
    from coach.store.atomic import write_atomic

    errors, report = _check(Path(source), user_exercise_files(folder))
    if errors:
        return Imported(None, problems=tuple(errors))
    routines = list(report.library.routines.values())  # type: ignore[attr-defined]
    mine = [r for r in routines if r.path == str(source)]
    if check_file(Source(Path(source), str(source))).exercises or len(mine) != 1:
        return Imported(None, problems=(f"{source}:1: the file is not one routine",))
    routine = mine[0]
    if routine.id in set(user_ids):
        return Imported(None, routine.id, clash=routine.id)
    target = folder / f"{routine.id}.yaml"
    number = 2
    while target.exists():  # a broken file of that name stays for the user to look at
        target = folder / f"{routine.id}-{number}.yaml"
        number += 1
    write_atomic(target, Path(source).read_bytes())
    return Imported(target, routine.id)


def export_routine(path: Path, target: Path) -> None:
    """Write the routine's file, exactly as it is, where the user chose (OSError says why not)."""
    from coach.store.export_target import write_export

    write_export(target, Path(path).read_bytes())

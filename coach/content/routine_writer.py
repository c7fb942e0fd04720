"""A user routine as the editor holds it, and the YAML file it becomes (no Qt).

The editor never invents its own format: it reads and writes the plain routine
files ``coach validate`` checks. Two promises follow from that, and both are
enforced here rather than in the screen:

- a file the editor writes always validates: ``save_routine`` checks the text
  with the real validator (against the built-in library) before the atomic
  write, and refuses to write what fails;
- a file a person wrote by hand is rewritten only when nothing in it would be
  lost. ``open_for_editing`` re-serialises what it read and compares the
  result with the file's parsed data; any difference, a comment anywhere, or
  a text value YAML reads as a number or yes/no, opens the file read-only with
  the reason. Unknown-but-valid fields (newer schema keys such as a step's
  ``until_release`` or a routine's ``source``) are carried along untouched,
  so they round-trip instead of being dropped.

Texts (title, summary, notes) are kept as the file had them: a plain string
(shown in every language) or a ``{en: ..., ru: ...}`` mapping. The editor
changes only the user's language in a mapping and keeps the others.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.content.model import Exercise, Routine, RoutineStep, Text
from coach.i18n import QT_TRANSLATE_NOOP

RawText = str | dict[str, str]

# The editor's limits on a hold: the validator allows up to an hour, but a
# stretch held over ten minutes is a typing slip, not a prescription.
MAX_HOLD_S = 600
MAX_REST_S = 600
MAX_PREPARE_S = 600
MAX_REPEAT = 100

ROUTINE_ORDER = ("id", "title", "summary", "kind", "when", "prepare_s", "steps")
STEP_ORDER = ("exercise", "hold_s", "repeat", "rest_s", "sides", "note")
_STEP_DEFAULTS = {"repeat": 1, "rest_s": 0}

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


# Why a valid file is opened read-only ({field} is the file's own key, e.g. steps[2].note).
R_COMMENT = QT_TRANSLATE_NOOP("RoutineEditorText",
                              "line {line} has a comment, which saving would remove")
R_DIFFERENT = QT_TRANSLATE_NOOP("RoutineEditorText", "{field} would be written differently")
R_TEXT_BOOL = QT_TRANSLATE_NOOP("RoutineEditorText",
                                "{field} is a yes/no value, not text (put it in quotes)")
R_TEXT_NUMBER = QT_TRANSLATE_NOOP("RoutineEditorText",
                                  "{field} is a number, not text (put it in quotes)")
R_TEXT_OTHER = QT_TRANSLATE_NOOP("RoutineEditorText", "{field} is not text")
R_NOT_NUMBER = QT_TRANSLATE_NOOP("RoutineEditorText", "{field} is not a whole number")
R_NOT_ROUTINE = QT_TRANSLATE_NOOP("RoutineEditorText", "the file is not one routine")
R_LIBRARY = QT_TRANSLATE_NOOP("RoutineEditorText",
                              "the file is an exercise library, not a routine")
R_STEPS = QT_TRANSLATE_NOOP("RoutineEditorText", "its steps are not a list")
R_STEP = QT_TRANSLATE_NOOP("RoutineEditorText",
                           "step {number} is not a set of 'key: value' lines")


class NotRepresentable(ValueError):
    """The file holds something the editor would change or lose.

    ``template`` (an English source in context RoutineEditorText) and ``values``
    let the screen say it in the user's language; ``str()`` is the English.
    """

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


@dataclass
class EditableStep:
    """One step; ``extra`` keeps fields the editor does not edit, as the file had them."""

    exercise: str
    hold_s: int = 30
    repeat: int = 1
    rest_s: int = 0
    sides: str | None = None
    note: RawText | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    explicit: frozenset[str] = frozenset()  # optional keys written even at their default


@dataclass
class EditableRoutine:
    """A routine being edited: plain values, in the file's terms."""

    id: str
    title: RawText
    summary: RawText
    kind: str = "routine"
    prepare_s: int = 5
    steps: list[EditableStep] = field(default_factory=list)
    when: RawText | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldProblem:
    """Something to fix before saving: which field (``step`` for step fields), and what."""

    field: str  # "title", "steps", "hold", "rest"
    message: str  # an English source in context RoutineEditorText
    step: int = -1


# ----- texts ----------------------------------------------------------------

def text_in(raw: RawText | None, language: str) -> str:
    """The text shown in ``language`` (its base code, then English), as ``Text.get``."""
    if raw is None:
        return ""
    return _as_text(raw).get(language)


def with_text(raw: RawText | None, language: str, value: str) -> RawText:
    """``raw`` with the user's language set to ``value``, every other language kept.

    A plain string is the text in every language, so it is simply replaced; a
    mapping gets (or changes) the entry of the base language (``ru`` for
    ``ru_RU``). English must stay in a mapping, so a mapping without one is
    never made here.
    """
    if raw is None or isinstance(raw, str):
        return value
    code = language.split("_")[0].lower() or "en"
    changed = dict(raw)
    changed[code if code in changed or code != "en" else "en"] = value
    return changed


def raw_from_text(text: Text) -> RawText:
    """A model text as file data: plain when it is English only, else the mapping."""
    if len(text.values) == 1 and text.values[0][0] == "en":
        return text.values[0][1]
    return dict(text.values)


def from_model(routine: Routine) -> EditableRoutine:
    """An editable copy of a loaded routine (to duplicate it, or to show it read-only).

    Model fields the editor has no control for (a newer schema's step
    ``until_release``, a routine's ``source``) go to ``extra`` under their own
    name, which is also their key in the file, so a copy keeps them.
    """
    return EditableRoutine(
        id=routine.id, title=raw_from_text(routine.title),
        summary=raw_from_text(routine.summary), kind=routine.kind,
        prepare_s=routine.prepare_s,
        when=raw_from_text(routine.when) if routine.when is not None else None,
        steps=[EditableStep(exercise=s.exercise, hold_s=s.hold_s, repeat=s.repeat,
                            rest_s=s.rest_s, sides=s.sides,
                            note=raw_from_text(s.note) if s.note is not None else None,
                            extra=_model_extra(s, _STEP_MODEL_KNOWN))
               for s in routine.steps],
        extra=_model_extra(routine, _ROUTINE_MODEL_KNOWN))


_ROUTINE_MODEL_KNOWN = frozenset({"id", "title", "summary", "kind", "prepare_s", "steps",
                                  "when", "path"})
_STEP_MODEL_KNOWN = frozenset({"exercise", "hold_s", "repeat", "rest_s", "sides", "note"})


def _model_extra(item: object, known: frozenset[str]) -> dict[str, Any]:
    """The item's other fields that differ from their default, as file data."""
    extra: dict[str, Any] = {}
    for spec in dataclasses.fields(item):  # type: ignore[arg-type]
        if spec.name in known:
            continue
        value = getattr(item, spec.name)
        if spec.default is not dataclasses.MISSING and value == spec.default:
            continue
        extra[spec.name] = raw_from_text(value) if isinstance(value, Text) else value
    return extra


def _model_values(extra: Mapping[str, Any], model: type) -> dict[str, Any]:
    """``extra``'s entries that are fields of ``model``, converted back (texts to Text)."""
    values: dict[str, Any] = {}
    for spec in dataclasses.fields(model):
        if spec.name in extra:
            value = extra[spec.name]
            if "Text" in str(spec.type) and isinstance(value, str | dict):
                value = _as_text(value)
            values[spec.name] = value
    return values


def _as_text(raw: RawText) -> Text:
    if isinstance(raw, str):
        return Text.plain(raw)
    return Text(tuple(raw.items()))


# ----- from file data and back ----------------------------------------------

def from_data(data: object) -> EditableRoutine:
    """The editable routine from a routine file's parsed data (``yaml.safe_load``).

    Raises ``NotRepresentable`` for data the editor cannot hold as it is.
    """
    if not isinstance(data, dict):
        raise NotRepresentable(R_NOT_ROUTINE)
    if "exercises" in data:
        raise NotRepresentable(R_LIBRARY)
    values = dict(data)
    steps_data = values.pop("steps", None)
    if not isinstance(steps_data, list):
        raise NotRepresentable(R_STEPS)
    routine = EditableRoutine(
        id=_string(values.pop("id", None), "id"),
        title=_raw_text(values.pop("title", None), "title"),
        summary=_raw_text(values.pop("summary", None), "summary"),
        kind=_string(values.pop("kind", "routine"), "kind"),
        prepare_s=_number(values.pop("prepare_s", None), "prepare_s"),
        when=_raw_text(values.pop("when"), "when") if "when" in values else None,
        steps=[_step(entry, index) for index, entry in enumerate(steps_data, 1)],
    )
    routine.extra = values  # what is left: fields the editor does not know
    return routine


def _step(entry: object, index: int) -> EditableStep:
    if not isinstance(entry, dict):
        raise NotRepresentable(R_STEP, number=index)
    values = dict(entry)
    where = f"step {index}"
    explicit = frozenset(key for key in _STEP_DEFAULTS if key in values)
    step = EditableStep(
        exercise=_string(values.pop("exercise", None), f"{where}: exercise"),
        hold_s=_number(values.pop("hold_s", None), f"{where}: hold_s"),
        repeat=_number(values.pop("repeat", 1), f"{where}: repeat"),
        rest_s=_number(values.pop("rest_s", 0), f"{where}: rest_s"),
        sides=_string(values.pop("sides"), f"{where}: sides") if "sides" in values else None,
        note=_raw_text(values.pop("note"), f"{where}: note") if "note" in values else None,
        explicit=explicit,
    )
    step.extra = values
    return step


def _string(value: object, name: str) -> str:
    if not isinstance(value, str):
        template = (R_TEXT_BOOL if isinstance(value, bool) else
                    R_TEXT_NUMBER if isinstance(value, int | float) else R_TEXT_OTHER)
        raise NotRepresentable(template, field=name)
    return value


def _raw_text(value: object, name: str) -> RawText:
    if isinstance(value, dict):
        return {_string(code, f"{name}: language"): _string(text, f"{name} ({code})")
                for code, text in value.items()}
    return _string(value, name)


def _number(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise NotRepresentable(R_NOT_NUMBER, field=name)
    return value


def to_data(routine: EditableRoutine) -> dict[str, Any]:
    """The routine as file data, keys in the order the shipped files use."""
    data: dict[str, Any] = {"id": routine.id, "title": routine.title,
                            "summary": routine.summary, "kind": routine.kind}
    if routine.when is not None:
        data["when"] = routine.when
    data["prepare_s"] = routine.prepare_s
    data["steps"] = [_step_data(step) for step in routine.steps]
    data.update(routine.extra)
    return data


def _step_data(step: EditableStep) -> dict[str, Any]:
    data: dict[str, Any] = {"exercise": step.exercise, "hold_s": step.hold_s}
    for key in ("repeat", "rest_s"):
        value = getattr(step, key)
        if value != _STEP_DEFAULTS[key] or key in step.explicit:
            data[key] = value
    if step.sides is not None:
        data["sides"] = step.sides
    if step.note is not None:
        data["note"] = step.note
    data.update(step.extra)
    return data


def to_yaml(routine: EditableRoutine) -> str:
    """The file's text: block style, UTF-8 letters as they are, no comments.

    ``safe_dump`` quotes every string YAML would otherwise read as something
    else ("No", "12", "1:30"), so a title always comes back as text.
    """
    import yaml

    return str(yaml.safe_dump(to_data(routine), sort_keys=False, allow_unicode=True,
                              default_flow_style=False, width=1000, indent=2))


def to_model(routine: EditableRoutine, path: str = "") -> Routine:
    """The frozen model (for the total time and the player) from what is being edited."""
    return Routine(
        id=routine.id, title=_as_text(routine.title), summary=_as_text(routine.summary),
        kind=routine.kind,  # type: ignore[arg-type]
        prepare_s=routine.prepare_s,
        steps=tuple(RoutineStep(exercise=s.exercise, hold_s=s.hold_s, repeat=s.repeat,
                                rest_s=s.rest_s, sides=s.sides,  # type: ignore[arg-type]
                                note=_as_text(s.note) if s.note is not None else None,
                                **_model_values(s.extra, RoutineStep))
                    for s in routine.steps),
        when=_as_text(routine.when) if routine.when is not None else None, path=path,
        **_model_values(routine.extra, Routine))


def total_seconds(routine: EditableRoutine, exercises: Mapping[str, Exercise]) -> int:
    """The time from Start to the end, by the player's own timeline rule."""
    from coach.engine.timeline import build_timeline

    known = EditableRoutine(**{**routine.__dict__, "steps": [
        s for s in routine.steps if s.exercise in exercises]})
    return build_timeline(to_model(known), exercises).total_s


# ----- opening a file ---------------------------------------------------------

@dataclass(frozen=True)
class Opened:
    """A routine file as the editor opens it: editable, or read-only and why.

    ``read_only_reason`` is English ("" when the editor may rewrite the file);
    ``template``/``args`` give it again for translation (context RoutineEditorText).
    """

    routine: EditableRoutine | None
    read_only_reason: str
    template: str = ""
    args: dict[str, object] = field(default_factory=dict)

    @classmethod
    def read_only(cls, routine: EditableRoutine | None, template: str,
                  **args: object) -> Opened:
        return cls(routine, template.format(**args), template, args)


def open_for_editing(path: Path) -> Opened:
    """Read ``path``; editable only if writing it back would lose nothing (module docstring)."""
    from coach.content.yaml_nodes import read_document

    node, errors = read_document(path, str(path))
    if node is None or errors:
        return Opened.read_only(None, "{error}", error=errors[0] if errors else path)
    import yaml

    text = Path(path).read_bytes().decode("utf-8").removeprefix("\ufeff")
    data = yaml.safe_load(text)
    try:
        routine = from_data(data)
    except NotRepresentable as exc:
        return Opened.read_only(None, exc.template, **exc.values)
    line = comment_line(text)
    if line:
        return Opened.read_only(routine, R_COMMENT, line=line)
    back = yaml.safe_load(to_yaml(routine))
    difference = first_difference(data, back)
    if difference is not None:
        return Opened.read_only(routine, R_DIFFERENT, field=difference)
    return Opened(routine, "")


def comment_line(text: str) -> int:
    """The line of the first YAML comment in ``text`` (1-based), 0 when there is none.

    A ``#`` is a comment where it starts a line or follows a blank outside
    every scalar; the scanner's scalar tokens give the spans to skip, so a
    ``#`` inside a quoted or block text is not one.
    """
    import yaml

    spans = [(token.start_mark.index, token.end_mark.index)
             for token in yaml.scan(text, Loader=yaml.SafeLoader)
             if isinstance(token, yaml.ScalarToken)]
    position = 0
    for match in re.finditer(r"(?:^|(?<=[ \t]))#", text, flags=re.MULTILINE):
        index = match.start()
        while position < len(spans) and spans[position][1] <= index:
            position += 1
        if position < len(spans) and spans[position][0] <= index < spans[position][1]:
            continue
        return text.count("\n", 0, index) + 1
    return 0


def first_difference(before: object, after: object, where: str = "") -> str | None:
    """Where two parsed documents first differ (``steps[2].note``), None when equal.

    Types count (``1`` is not ``True``, ``"1"`` is not ``1``) and so does a
    mapping's key order for nothing: YAML mappings have none.
    """
    if type(before) is not type(after):
        return where or "the whole file"
    if isinstance(before, dict):
        assert isinstance(after, dict)
        for key in list(before) + [k for k in after if k not in before]:
            if key not in before or key not in after:
                return f"{where}.{key}".lstrip(".")
            found = first_difference(before[key], after[key], f"{where}.{key}")
            if found is not None:
                return found.lstrip(".")
        return None
    if isinstance(before, list):
        assert isinstance(after, list)
        if len(before) != len(after):
            return where or "the whole file"
        for index, (one, other) in enumerate(zip(before, after, strict=True)):
            found = first_difference(one, other, f"{where}[{index + 1}]")
            if found is not None:
                return found
        return None
    return None if before == after else (where.lstrip(".") or "the whole file")


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


def is_user_file(path: str, user_folder: Path) -> bool:
    """True for a routine loaded from the user's folder (built-in ones are not changed)."""
    if not path or not os.path.isabs(path):
        return False
    try:
        return Path(path).resolve().parent == Path(user_folder).resolve()
    except OSError:
        return False


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

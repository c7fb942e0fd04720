"""A user routine as the editor holds it, and its file data (no Qt).

The editor never invents its own format: what it holds turns into exactly the
data of a plain routine file (``to_data``, ``to_yaml``) and back
(``from_data``), and into the frozen model the player and the timeline use
(``to_model``). Unknown-but-valid fields (newer schema keys such as a step's
``until_release`` or a routine's ``source``) are carried along in ``extra``
untouched, so they round-trip instead of being dropped.

Texts (title, summary, notes) are kept as the file had them: a plain string
(shown in every language) or a ``{en: ..., ru: ...}`` mapping. The editor
changes only the user's language in a mapping and keeps the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from coach.content.model import Exercise, Routine, RoutineStep, Text
from coach.i18n import QT_TRANSLATE_NOOP

RawText = str | dict[str, str]

ROUTINE_ORDER = ("id", "title", "summary", "kind", "when", "prepare_s", "steps")
STEP_ORDER = ("exercise", "hold_s", "repeat", "rest_s", "sides", "note")
_STEP_DEFAULTS = {"repeat": 1, "rest_s": 0}

# Why a file cannot be held by the editor as it is ({field} is the file's own key).
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
    extra: dict[str, object] = field(default_factory=dict)
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
    extra: dict[str, object] = field(default_factory=dict)


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


def _model_extra(item: object, known: frozenset[str]) -> dict[str, object]:
    """The item's other fields that differ from their default, as file data."""
    extra: dict[str, object] = {}
    for spec in dataclasses.fields(item):  # type: ignore[arg-type]
        if spec.name in known:
            continue
        value = getattr(item, spec.name)
        if spec.default is not dataclasses.MISSING and value == spec.default:
            continue
        extra[spec.name] = raw_from_text(value) if isinstance(value, Text) else value
    return extra


def _model_values(extra: Mapping[str, object], model: type) -> dict[str, Any]:
    """``extra``'s entries that are fields of ``model``, converted back (texts to Text).

    ``Any``: they are keyword arguments for ``model``, chosen from its fields at run
    time, so no static type says which is which."""
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


def to_data(routine: EditableRoutine) -> dict[str, object]:
    """The routine as file data, keys in the order the shipped files use."""
    data: dict[str, object] = {"id": routine.id, "title": routine.title,
                            "summary": routine.summary, "kind": routine.kind}
    if routine.when is not None:
        data["when"] = routine.when
    data["prepare_s"] = routine.prepare_s
    data["steps"] = [_step_data(step) for step in routine.steps]
    data.update(routine.extra)
    return data


def _step_data(step: EditableStep) -> dict[str, object]:
    data: dict[str, object] = {"exercise": step.exercise, "hold_s": step.hold_s}
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

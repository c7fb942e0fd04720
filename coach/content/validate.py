"""The content rules for one file: YAML nodes in, frozen model objects out.

Every rule reports against the node that broke it, so each message has the
line a person has to fix. Model objects are built only from values that
passed, so the rest of the app never sees half-checked content. Rules that
span files (duplicate ids, references to exercises) live in the loader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from coach.content.drafts import ExerciseDraft, FileContent, RoutineDraft  # re-exported
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
from coach.content.resources import AssetPathError, asset_path, check_relative

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
MAX_ID_LENGTH = 64
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
MAX_TEXT_LENGTH = 2000
_PLAIN_INT = re.compile(r"-?(0|[1-9][0-9]*)")  # no 0x, 0o, 1:30 or 010 surprises

_INT = "tag:yaml.org,2002:int"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_STR = "tag:yaml.org,2002:str"

EXERCISE_KEYS = ("id", "name", "steps", "sides", "position", "touches_calf", "action",
                 "illustration", "caution", "source")
EXERCISE_OPTIONAL = frozenset({"caution", "touches_calf", "action"})
ROUTINE_KEYS = ("id", "title", "summary", "kind", "when", "source", "prepare_s", "steps")
# ``source`` is required for built-in routines only (see ``check_document``).
ROUTINE_OPTIONAL = frozenset({"when", "source"})
STEP_KEYS = ("exercise", "hold_s", "until_release", "repeat", "rest_s", "sides", "note")
STEP_OPTIONAL = frozenset({"until_release", "repeat", "rest_s", "sides", "note"})
_Option = TypeVar("_Option", bound=str)  # one of a Literal's values (Sides, Position...)


def check_document(node: Node, shown: str, builtin: bool = False) -> FileContent:
    """Apply the rules to a file's top node (an exercise library or one routine).

    ``builtin`` (a file shipped with the app) adds the rules for shipped
    content: a routine must say where it comes from (``source``). A missing
    source is reported but does not stop the routine, so the app never loses
    its night steps over a missing "why".
    """
    checker = _Checker(shown)
    content = FileContent()
    if isinstance(node, MappingNode) and any(
            isinstance(key, ScalarNode) and key.value == "exercises" for key, _ in node.value):
        _check_library(checker, node, content)
    elif isinstance(node, MappingNode):
        draft = _check_routine(checker, node, builtin)
        if draft is not None:
            content.routines.append(draft)
    else:
        checker.error(node, "a content file must be an exercise library (starting with "
                            "'exercises:') or one routine (starting with 'id:')")
    content.errors = checker.errors
    return content


class _Checker:
    """Collects errors for one file; ``fatal`` counts those that make an item unusable."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.errors: list[ContentError] = []
        self.fatal = 0

    def error(self, node: Node, message: str, fatal: bool = True) -> None:
        self.errors.append(ContentError(self.shown, node.start_mark.line + 1, message))
        self.fatal += fatal

    def fields(self, node: Node, what: str, keys: Sequence[str],
               optional: frozenset[str]) -> dict[str, Node] | None:
        """The values of a mapping by key, after the unknown/duplicate/missing key rules."""
        if not isinstance(node, MappingNode):
            self.error(node, f"{what} must be a set of 'key: value' lines, not {_describe(node)}")
            return None
        found: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.error(key_node, f"keys must be plain names, not {_describe(key_node)}")
                continue
            key = key_node.value
            if key in found:
                self.error(key_node, f"duplicate key {key!r}")
            elif key not in keys:
                import difflib  # only for a message about a typo, not at every start

                close = difflib.get_close_matches(key, keys, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                self.error(key_node, f"unknown key {key!r}{hint}")
            else:
                found[key] = value_node
        for key in keys:
            if key not in optional and key not in found:
                self.error(node, f"missing key {key!r}")
        return found

    def plain(self, node: Node, name: str) -> str | None:
        """A scalar as the text the file shows (so ``No`` stays "No", not false)."""
        if not isinstance(node, ScalarNode):
            self.error(node, f"{name} must be text, not {_describe(node)}")
            return None
        value = node.value.strip() if node.tag != _NULL else ""
        if not value:
            self.error(node, f"{name} must not be empty")
            return None
        if any((ch < " " and ch not in "\n\t") or ch == "\x7f" for ch in value):
            self.error(node, f"{name} contains a control character")
            return None
        if len(value) > MAX_TEXT_LENGTH:
            self.error(node, f"{name} is longer than {MAX_TEXT_LENGTH} characters")
            return None
        return value

    def text(self, node: Node, name: str) -> Text | None:
        """Plain text (English), or ``{en: ..., ru: ...}`` translations including English."""
        if not isinstance(node, MappingNode):
            value = self.plain(node, name)
            return Text.plain(value) if value is not None else None
        before = self.fatal
        pairs: dict[str, str] = {}
        for key_node, value_node in node.value:
            code = key_node.value if isinstance(key_node, ScalarNode) else ""
            if not LANGUAGE_PATTERN.fullmatch(code):
                self.error(key_node, f"language code {code!r} in {name} should look like "
                                     "'en', 'ru' or 'pt_BR'")
            elif code in pairs:
                self.error(key_node, f"duplicate key {code!r}")
            else:
                value = self.plain(value_node, f"{name} ({code})")
                if value is not None:
                    pairs[code] = value
        if self.fatal == before and "en" not in pairs:
            self.error(node, f"{name} must include English ('en')")
        return Text(tuple(pairs.items())) if self.fatal == before else None

    def identifier(self, node: Node, name: str) -> str | None:
        value = self.plain(node, name)
        if value is None:
            return None
        if not ID_PATTERN.fullmatch(value) or len(value) > MAX_ID_LENGTH:
            self.error(node, f"{name} {value!r} must be lowercase letters, digits and '-' "
                             f"(like 'wall-calf-stretch'), at most {MAX_ID_LENGTH} characters")
            return None
        return value

    def whole_number(self, node: Node, name: str, low: int, high: int,
                     unit: str = " of seconds") -> int | None:
        if (isinstance(node, ScalarNode) and node.tag == _INT
                and _PLAIN_INT.fullmatch(node.value)):
            value = int(node.value)
            if low <= value <= high:
                return value
        self.error(node, f"{name} must be a whole number{unit} from {low} to {high}, "
                         f"not {_describe(node)}")
        return None

    def choice(self, node: Node, name: str, options: Sequence[_Option]) -> _Option | None:
        """The option the node names; returned from ``options``, so typed as they are."""
        if isinstance(node, ScalarNode) and node.tag != _NULL:
            for option in options:
                if node.value == option:
                    return option
        shown = repr(node.value) if isinstance(node, ScalarNode) and node.value else \
            _describe(node)
        allowed = " or ".join(repr(option) for option in options)
        hint = ""
        if isinstance(node, ScalarNode) and node.value:
            import difflib  # only for a message about a typo, not at every start

            close = difflib.get_close_matches(str(node.value).lower(), options, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
        self.error(node, f"{name} must be {allowed}, not {shown}{hint}")
        return None

    def yes_no(self, node: Node, name: str) -> bool | None:
        """``true`` or ``false`` (YAML's yes/no words too), never a text or a number."""
        if isinstance(node, ScalarNode) and node.tag == _BOOL:
            return node.value.lower() in ("true", "yes", "on", "y")
        self.error(node, f"{name} must be true or false, not {_describe(node)}")
        return None

    def text_list(self, node: Node, name: str, item: str) -> tuple[Text, ...] | None:
        if not isinstance(node, SequenceNode) or not node.value:
            what = "empty" if isinstance(node, SequenceNode) else _describe(node)
            self.error(node, f"{name} must be a list of at least one {item}, not {what}")
            return None
        before = self.fatal
        texts = [self.text(entry, item) for entry in node.value]
        return tuple(t for t in texts if t is not None) if self.fatal == before else None

    def illustrations(self, node: Node) -> tuple[str, ...] | None:
        """1 or 2 frame file names under assets/illustrations/.

        A frame that is missing or not SVG is reported but does not stop the
        exercise: the player simply shows no picture for it.
        """
        items = node.value if isinstance(node, SequenceNode) else [node]
        if not items or len(items) > 2:
            count = "no" if not items else str(len(items))
            self.error(node, f"illustration has {count} frames; give 1 or 2")
            return None
        before = self.fatal
        names: list[str] = []
        for item in items:
            name = self.plain(item, "illustration")
            if name is None:
                continue
            try:
                check_relative(name)  # on its own: "illustrations//etc/x" would pass as relative
                path = asset_path("illustrations", name)
            except AssetPathError:
                if "\\" in name or name.startswith("~"):
                    self.error(item, f"illustration path {name!r} must be a plain relative "
                                     "path with '/'")
                else:
                    self.error(item, f"illustration path {name!r} leaves assets/")
                continue
            if not name.lower().endswith(".svg"):
                self.error(item, f"illustration {name!r} must be an SVG file", fatal=False)
            elif not path.is_file():
                self.error(item, f"illustration {name!r} not found", fatal=False)
            names.append(name)
        return tuple(names) if self.fatal == before else None


def _describe(node: Node) -> str:
    """A node's value in plain words, for "must be X, not Y" messages."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a set of 'key: value' lines"
    if node.tag == _NULL:
        return "empty"
    if node.tag == _STR:
        return f"the text {node.value!r}"
    if node.tag == _BOOL:
        return f"{node.value} (a yes/no value)"
    return str(node.value)


def _check_library(checker: _Checker, node: MappingNode, content: FileContent) -> None:
    found = checker.fields(node, "an exercise library", ("exercises",), frozenset())
    if found is None or "exercises" not in found:
        return
    entries = found["exercises"]
    if not isinstance(entries, SequenceNode) or not entries.value:
        what = "empty" if isinstance(entries, SequenceNode) else _describe(entries)
        checker.error(entries, f"exercises must be a list of at least one exercise, not {what}")
        return
    if checker.fatal:  # the file's own structure is broken: load nothing from it
        return
    for entry in entries.value:
        before = checker.fatal
        draft, exercise_id = _check_exercise(checker, entry)
        if draft is not None and checker.fatal == before:
            content.exercises.append(draft)
        elif exercise_id is not None:
            content.broken_exercise_ids.add(exercise_id)


def _check_exercise(checker: _Checker, node: Node) -> tuple[ExerciseDraft | None, str | None]:
    """The exercise, and its id even when something else in it is wrong."""
    before = checker.fatal
    found = checker.fields(node, "an exercise", EXERCISE_KEYS, EXERCISE_OPTIONAL)
    if found is None:
        return None, None
    exercise_id = checker.identifier(found["id"], "id") if "id" in found else None
    name = checker.text(found["name"], "name") if "name" in found else None
    steps = checker.text_list(found["steps"], "steps", "step") if "steps" in found else None
    sides = checker.choice(found["sides"], "sides", SIDES) if "sides" in found else None
    position = (checker.choice(found["position"], "position", POSITIONS)
                if "position" in found else None)
    touches_calf = (checker.yes_no(found["touches_calf"], "touches_calf")
                    if "touches_calf" in found else False)
    action = checker.choice(found["action"], "action", ACTIONS) if "action" in found else "hold"
    frames = checker.illustrations(found["illustration"]) if "illustration" in found else None
    source = checker.plain(found["source"], "source") if "source" in found else None
    caution = checker.text(found["caution"], "caution") if "caution" in found else None
    if checker.fatal != before:
        return None, exercise_id
    assert exercise_id and name and steps and sides and frames is not None and source
    assert position is not None and touches_calf is not None and action is not None
    exercise = Exercise(id=exercise_id, name=name, steps=steps, sides=sides,
                        illustrations=frames, source=source, caution=caution,
                        position=position, touches_calf=touches_calf, action=action)
    return ExerciseDraft(exercise, found["id"].start_mark.line + 1), exercise_id


def _check_routine(checker: _Checker, node: MappingNode,
                   builtin: bool = False) -> RoutineDraft | None:
    before = checker.fatal
    found = checker.fields(node, "a routine", ROUTINE_KEYS, ROUTINE_OPTIONAL)
    if found is None:
        return None
    source = checker.text(found["source"], "source") if "source" in found else None
    if builtin and "source" not in found:
        checker.error(node, "missing key 'source' (a built-in routine must say where it "
                            "and its timings come from)", fatal=False)
    routine_id = checker.identifier(found["id"], "id") if "id" in found else None
    title = checker.text(found["title"], "title") if "title" in found else None
    summary = checker.text(found["summary"], "summary") if "summary" in found else None
    kind = checker.choice(found["kind"], "kind", ROUTINE_KINDS) if "kind" in found else None
    when = checker.text(found["when"], "when") if "when" in found else None
    prepare_s = (checker.whole_number(found["prepare_s"], "prepare_s", 0, 3600)
                 if "prepare_s" in found else None)
    steps: list[tuple[RoutineStep, int]] = []
    if "steps" in found:
        entries = found["steps"]
        if isinstance(entries, SequenceNode) and entries.value:
            for entry in entries.value:
                step = _check_step(checker, entry)
                if step is not None:
                    steps.append(step)
        else:
            what = "empty" if isinstance(entries, SequenceNode) else _describe(entries)
            checker.error(entries, f"steps must be a list of at least one step, not {what}")
    if checker.fatal != before:
        return None
    assert routine_id and title and summary and kind and prepare_s is not None
    routine = Routine(id=routine_id, title=title, summary=summary, kind=kind,
                      prepare_s=prepare_s, steps=tuple(s for s, _ in steps), when=when,
                      path=checker.shown, source=source)
    return RoutineDraft(routine, found["id"].start_mark.line + 1,
                        tuple(line for _, line in steps))


def _check_step(checker: _Checker, node: Node) -> tuple[RoutineStep, int] | None:
    """One routine step and the line of its exercise reference."""
    before = checker.fatal
    found = checker.fields(node, "a step", STEP_KEYS, STEP_OPTIONAL)
    if found is None:
        return None
    exercise = checker.plain(found["exercise"], "exercise") if "exercise" in found else None
    hold_s = checker.whole_number(found["hold_s"], "hold_s", 1, 3600) if "hold_s" in found \
        else None
    until_release = (checker.yes_no(found["until_release"], "until_release")
                     if "until_release" in found else False)
    repeat = checker.whole_number(found["repeat"], "repeat", 1, 100, unit="") \
        if "repeat" in found else 1
    rest_s = checker.whole_number(found["rest_s"], "rest_s", 0, 3600) if "rest_s" in found \
        else 0
    sides = checker.choice(found["sides"], "sides", SIDES) if "sides" in found else None
    note = checker.text(found["note"], "note") if "note" in found else None
    if checker.fatal != before:
        return None
    assert exercise and hold_s and repeat and rest_s is not None and until_release is not None
    step = RoutineStep(exercise=exercise, hold_s=hold_s, repeat=repeat, rest_s=rest_s,
                       sides=sides, note=note, until_release=until_release)
    return step, found["exercise"].start_mark.line + 1

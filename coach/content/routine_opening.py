"""Opening a routine file for the editor: editable only if writing it back would lose nothing.

A file a person wrote by hand is rewritten only when nothing in it would be
lost. ``open_for_editing`` re-serialises what it read and compares the
result with the file's parsed data; any difference, a comment anywhere, or a
text value YAML reads as a number or yes/no, opens the file read-only with
the reason, in words the screen can translate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from coach.content.editable_routine import EditableRoutine, NotRepresentable, from_data, to_yaml
from coach.i18n import QT_TRANSLATE_NOOP

# Why a valid file is opened read-only ({field} is the file's own key, e.g. steps[2].note).
R_COMMENT = QT_TRANSLATE_NOOP("RoutineEditorText",
                              "line {line} has a comment, which saving would remove")
R_DIFFERENT = QT_TRANSLATE_NOOP("RoutineEditorText", "{field} would be written differently")


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

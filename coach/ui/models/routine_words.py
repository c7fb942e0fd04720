"""The routine editor's and home's routine words: a step in one line, an exercise's
position, a copy's title, why a routine file is read-only.

Without widgets, so they are unit-tested on their own
(``tests/unit/test_routine_words.py``); the translation contexts stay those of
the screens that show them (``RoutineEditorText``, ``RoutineActionsText``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.i18n import Tr

if TYPE_CHECKING:  # types only: home shows these words, and the writer is for editing
    from coach.content import routine_writer as writer
    from coach.content.model import Exercise


class RoutineEditorText(Tr):
    """Translation context for the routine editor."""


class RoutineActionsText(Tr):
    """Translation context for home's routine buttons and the routine file messages."""


def position_text(position: str) -> str:
    """"Standing" etc. under an exercise's name, so a night routine can stay seated or lying.

    Content files that give exercises a ``position`` have it; others show nothing.
    """
    return {"standing": RoutineEditorText.tr("Standing"),
            "sitting": RoutineEditorText.tr("Sitting"),
            "lying": RoutineEditorText.tr("Lying down")}.get(position, "")


def step_text(row: int, step: writer.EditableStep, exercise: Exercise | None,
              language: str) -> str:
    """A step in the editor's list: "2. Wall calf stretch" over "hold 30 s, each leg".

    ``exercise`` is None when the file names one the library does not have:
    the step shows the id as written.
    """
    name = exercise.name.get(language) if exercise else step.exercise
    sides = step.sides or (exercise.sides if exercise else "none")
    parts = [RoutineEditorText.tr("hold %n s", "", step.hold_s)]
    if step.repeat > 1:
        parts.append(RoutineEditorText.tr("%n time(s)", "", step.repeat))
    if step.rest_s:
        parts.append(RoutineEditorText.tr("rest %n s", "", step.rest_s))
    if sides == "both":
        parts.append(RoutineEditorText.tr("each leg"))
    return f"{row + 1}. {name}\n{', '.join(parts)}"


def copy_title(title: writer.RawText, language: str) -> writer.RawText:
    """"Evening stretch (copy)": English gets the English mark, the user's language its own."""
    mark = RoutineActionsText.tr("{title} (copy)")
    if isinstance(title, str):
        return mark.format(title=title)
    code = language.split("_")[0].lower()
    return {lang: (mark if lang == code else "{title} (copy)").format(title=text)
            for lang, text in title.items()}


def read_only_reason(opened: writer.Opened) -> str:
    """Why the file is read-only, in the user's language (file keys and lines stay as written)."""
    if opened.template == "{error}":  # a content message: English, like `coach validate`
        return opened.read_only_reason
    template = opened.template  # marked where the writer words it (QT_TRANSLATE_NOOP)
    return RoutineEditorText.tr(template).format(**opened.args)

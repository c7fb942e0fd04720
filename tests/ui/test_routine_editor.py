"""The routine editor as a user drives it: make, save, validate, load and play a routine.

Plus what it refuses (no title, a title taken, no steps, a zero or absurd
hold), the hand-written files it will only show read-only, deleting with
undo, and importing and exporting one routine file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QModelIndex, Qt

from coach.content import routine_writer as writer
from coach.content.loader import check_paths, load_library
from coach.engine.player import PlayerState
from coach.store.paths import user_routines_dir

from fakes import make_window, shown_window

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot):
    for win, clock in shown_window(qtbot, 1024, 680):
        win.clock = clock
        yield win


def _choose_exercise(editor, exercise_id: str) -> None:
    for row in range(editor.library_list.count()):
        if editor.library_list.item(row).data(Qt.ItemDataRole.UserRole) == exercise_id:
            editor.library_list.setCurrentRow(row)
            return
    raise AssertionError(exercise_id)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _set_spin(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def _step_ids(editor) -> list[str]:
    return [step.exercise for step in editor.routine().steps]


def _build_my_routine(window, qtbot):
    """New routine, keyboard only: title, two exercises, timings, one move with Alt+Up."""
    window.home.routine_actions.new_button.click()
    editor = window.editor_screen
    assert window.stack.currentWidget() is editor
    _type(qtbot, editor.title_edit, "Physio evening")
    _choose_exercise(editor, "toe-pull-straight-leg")
    editor.library_list.setFocus()
    qtbot.keyClick(editor.library_list, Qt.Key.Key_Return)  # Enter adds the chosen exercise
    _choose_exercise(editor, "wall-calf-stretch")
    qtbot.keyClick(editor.library_list, Qt.Key.Key_Return)
    assert _step_ids(editor) == ["toe-pull-straight-leg", "wall-calf-stretch"]
    _set_spin(qtbot, editor.hold_spin, 45)  # the wall stretch, chosen last
    _set_spin(qtbot, editor.repeat_spin, 2)
    _set_spin(qtbot, editor.rest_spin, 15)
    editor.step_list.setFocus()
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, ALT)
    assert _step_ids(editor) == ["wall-calf-stretch", "toe-pull-straight-leg"]
    assert editor.step_list.currentRow() == 0
    return editor


def test_new_routine_round_trip_save_validate_load_play(window, qtbot):
    editor = _build_my_routine(window, qtbot)
    # prepare 5 + wall 2 repeats x 2 sides x (45 + 15) + toe pull 2 sides x (30 + 10) - last rest
    assert editor.total_label.text() == "Total time: 5:15"
    qtbot.keyClick(editor.play_button, Qt.Key.Key_Space)  # Save and play

    path = user_routines_dir() / "physio-evening.yaml"
    assert path.is_file()
    assert check_paths([path]).errors == []
    library = load_library(user_dir=user_routines_dir())
    routine = library.routine("physio-evening")
    assert routine is not None and routine.title.get() == "Physio evening"
    assert [(s.exercise, s.hold_s, s.repeat, s.rest_s) for s in routine.steps] == [
        ("wall-calf-stretch", 45, 2, 15), ("toe-pull-straight-leg", 30, 1, 10)]
    assert "physio-evening" in window.home.routine_ids()

    player = window.player_screen
    assert window.stack.currentWidget() is player
    assert player.player.timeline.total_s == 5 * 60 + 15
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)
    for _ in range(400):
        if player.player.state == PlayerState.FINISHED:
            break
        window.clock.advance(1)
        player.player.update()
    assert player.player.state == PlayerState.FINISHED
    sessions = window.services.history.sessions()
    assert sessions[-1].routine_id == "physio-evening" and sessions[-1].completed


def test_edit_keeps_id_and_other_languages_and_unknown_fields(window, qtbot):
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    path = folder / "knee-friendly.yaml"
    path.write_text(
        "id: knee-friendly\n"
        "title:\n  en: Knee friendly\n  ru: Бережно для колен\n  de: Kniefreundlich\n"
        "summary: From my physio.\nkind: routine\nprepare_s: 5\n"
        "steps:\n  - exercise: wall-lean\n    hold_s: 10\n    repeat: 1\n", encoding="utf-8")
    window.reload_library()
    window.home.set_routines(window.services.library, {}, "knee-friendly")
    window.home.routine_actions.edit_button.click()
    editor = window.editor_screen
    assert not editor.read_only
    assert editor.title_edit.text() == "Knee friendly"
    _type(qtbot, editor.title_edit, "Gentle on the knees")
    _set_spin(qtbot, editor.hold_spin, 20)
    qtbot.keyClick(editor.save_button, Qt.Key.Key_Space)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["id"] == "knee-friendly"  # the history keeps pointing at it
    assert data["title"] == {"en": "Gentle on the knees", "ru": "Бережно для колен",
                             "de": "Kniefreundlich"}
    assert data["steps"] == [{"exercise": "wall-lean", "hold_s": 20, "repeat": 1}]
    assert check_paths([path]).errors == []
    assert window.stack.currentWidget() is window.home


def test_russian_title_edits_only_the_russian_entry():
    title = {"en": "Evening", "ru": "Вечер"}
    assert writer.with_text(title, "ru_RU", "Вечерком") == {"en": "Evening", "ru": "Вечерком"}
    assert writer.with_text("Mine", "ru", "Моя") == "Моя"  # plain: one text for every language
    assert writer.with_text({"en": "Evening"}, "ru", "Вечер") == {"en": "Evening", "ru": "Вечер"}


def test_unknown_optional_fields_round_trip(tmp_path):
    """A newer schema's fields (a step's until_release, a routine's source) are kept."""
    path = tmp_path / "mine.yaml"
    path.write_text("id: mine\ntitle: Mine\nsummary: S\nkind: routine\nprepare_s: 0\n"
                    "source: my physio\nsteps:\n- exercise: wall-lean\n  hold_s: 10\n"
                    "  until_release: true\n", encoding="utf-8")
    opened = writer.open_for_editing(path)
    assert opened.read_only_reason == ""
    data = yaml.safe_load(writer.to_yaml(opened.routine))
    assert data["source"] == "my physio" and data["steps"][0]["until_release"] is True


@pytest.mark.parametrize("text, reason", [
    ("# from Dr Smith\nid: mine\ntitle: Mine\nsummary: S\nkind: routine\nprepare_s: 0\n"
     "steps:\n- exercise: wall-lean\n  hold_s: 10\n", "line 1 has a comment"),
    ("id: mine\ntitle: Mine\nsummary: S\nkind: routine\nprepare_s: 0\n"
     "steps:\n- exercise: wall-lean\n  hold_s: 10  # gently\n", "line 8 has a comment"),
    ("id: mine\ntitle: Mine\nsummary: No\nkind: routine\nprepare_s: 0\n"
     "steps:\n- exercise: wall-lean\n  hold_s: 10\n", "summary is a yes/no value, not text"),
    ("id: mine\ntitle: '2024'\nsummary: 12\nkind: routine\nprepare_s: 0\n"
     "steps:\n- exercise: wall-lean\n  hold_s: 10\n", "summary is a number, not text"),
])
def test_hand_written_file_the_editor_would_change_is_read_only(tmp_path, text, reason):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    assert check_paths([path]).errors == []  # a valid file...
    assert reason in writer.open_for_editing(path).read_only_reason  # ...not rewritten


def test_hash_inside_text_is_not_a_comment(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("id: mine\ntitle: 'Step #1'\nsummary: |\n  Line\n  # not a comment\n"
                    "kind: routine\nprepare_s: 0\nsteps:\n- exercise: wall-lean\n  hold_s: 10\n",
                    encoding="utf-8")
    assert writer.open_for_editing(path).read_only_reason == ""


def test_read_only_file_is_shown_with_reason_and_never_rewritten(window, qtbot):
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    path = folder / "prescribed.yaml"
    original = ("# Prescribed 2026-11-02, 3 weeks\nid: prescribed\ntitle: Prescribed\n"
                "summary: From the clinic.\nkind: routine\nprepare_s: 5\n"
                "steps:\n  - exercise: wall-lean\n    hold_s: 15\n")
    path.write_text(original, encoding="utf-8")
    window.reload_library(select="prescribed")
    window.home.routine_actions.edit_button.click()
    editor = window.editor_screen
    assert editor.read_only
    assert "written by hand" in editor.read_only_note.text()
    assert "comment" in editor.read_only_note.text()
    assert editor.title_edit.isReadOnly() and not editor.save_button.isVisible()
    editor.add_step("wall-calf-stretch")
    editor.save()
    assert path.read_text(encoding="utf-8") == original
    # Duplicate gives an editable copy; the original stays as it is.
    editor.duplicate_button.click()
    assert not editor.read_only and editor.title_edit.text() == "Prescribed (copy)"
    editor.save()
    assert path.read_text(encoding="utf-8") == original
    copy = folder / "prescribed-copy.yaml"
    assert copy.is_file() and check_paths([copy]).errors == []


def test_built_in_routine_can_be_duplicated_not_changed(window, qtbot):
    window.home.set_routines(window.services.library, {}, "evening-stretch")
    actions = window.home.routine_actions
    assert not actions.delete_button.isEnabled()
    actions.edit_button.click()
    assert window.editor_screen.read_only
    assert "comes with Calf Coach" in window.editor_screen.read_only_note.text()
    window.show_home()
    actions.duplicate_button.click()
    editor = window.editor_screen
    assert not editor.read_only
    assert editor.title_edit.text() == "Evening stretch before bed (copy)"
    editor.save()
    path = user_routines_dir() / "evening-stretch-before-bed-copy.yaml"
    assert check_paths([path]).errors == []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["title"]["ru"] == "Вечерняя растяжка перед сном (copy)"  # English run
    built_in = window.services.library.routine("evening-stretch")
    assert [step["exercise"] for step in data["steps"]] == [s.exercise for s in built_in.steps]
    assert [step["hold_s"] for step in data["steps"]] == [s.hold_s for s in built_in.steps]


def test_refusals_are_said_at_the_field_and_nothing_is_written(window, qtbot):
    window.home.routine_actions.new_button.click()
    editor = window.editor_screen
    editor.save()
    assert editor.title_problem.isVisible() and "title" in editor.title_problem.text()
    assert editor.steps_problem.isVisible() and "at least one" in editor.steps_problem.text()
    assert editor.title_edit.hasFocus()

    _type(qtbot, editor.title_edit, "evening STRETCH before bed ")  # taken, whatever the case
    editor.add_step("wall-lean")
    editor.save()
    assert "already has this title" in editor.title_problem.text()

    _type(qtbot, editor.title_edit, "Mine")
    _set_spin(qtbot, editor.hold_spin, 0)
    assert editor.hold_problem.isVisible() and "at least 1 second" in editor.hold_problem.text()
    _set_spin(qtbot, editor.hold_spin, 601)
    assert "10 minutes" in editor.hold_problem.text()
    editor.save()
    assert editor.hold_spin.hasFocus()
    assert not user_routines_dir().exists() or not any(user_routines_dir().iterdir())
    _set_spin(qtbot, editor.hold_spin, 600)
    assert not editor.hold_problem.isVisible()
    editor.save()
    assert (user_routines_dir() / "mine.yaml").is_file()


def test_editor_never_writes_a_file_that_fails_the_validator(tmp_path):
    routine = writer.EditableRoutine(id="evening-stretch", title="Clash", summary="S",
                                     steps=[writer.EditableStep("wall-lean", 10)])
    with pytest.raises(writer.InvalidRoutine, match="duplicate id"):
        writer.save_routine(routine, tmp_path / "x.yaml")
    assert not (tmp_path / "x.yaml").exists()


@pytest.mark.parametrize("title", ["No", "12", "1:30", "yes: really", "# hash", "Ночь"])
def test_awkward_titles_come_back_as_the_same_text(tmp_path, title):
    routine = writer.EditableRoutine(id="mine", title=title, summary="off",
                                     steps=[writer.EditableStep("wall-lean", 10, sides="none")])
    path = tmp_path / "mine.yaml"
    writer.save_routine(routine, path)
    loaded = load_library(user_dir=tmp_path).routine("mine")
    assert loaded is not None and loaded.title.get() == title and loaded.summary.get() == "off"
    assert writer.open_for_editing(path).read_only_reason == ""


def test_new_ids_are_file_safe_and_free():
    assert writer.new_routine_id("Morning calves!", []) == "morning-calves"
    assert writer.new_routine_id("Утро", ["my-routine"]) == "my-routine-2"
    assert writer.new_routine_id("Évening", ["evening"]) == "evening-2"


def test_drag_reorders_steps(window, qtbot):
    window.routine_manager.new_routine()
    editor = window.editor_screen
    for exercise_id in ("wall-lean", "legs-raised", "warm-feet"):
        editor.add_step(exercise_id)
    # What an internal drop does to the list's model: the row moves (rowsMoved),
    # and the editor follows the list's new order.
    model = editor.step_list.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert _step_ids(editor) == ["warm-feet", "wall-lean", "legs-raised"]
    assert editor.step_list.item(0).text().startswith("1. ")


def test_delete_then_undo(window, qtbot):
    _build_my_routine(window, qtbot)
    window.editor_screen.save()
    path = user_routines_dir() / "physio-evening.yaml"
    before = path.read_bytes()
    actions = window.home.routine_actions
    window.home.set_routines(window.services.library, {}, "physio-evening")
    assert actions.delete_button.isEnabled()
    actions.delete_button.click()
    assert not path.exists() and "physio-evening" not in window.home.routine_ids()
    assert actions.undo_button.isVisible() and "Deleted" in actions.message.text()
    window.home.focus_list()
    qtbot.keyClick(window.home.routines, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert path.read_bytes() == before
    assert "physio-evening" in window.home.routine_ids()


def test_import_checks_first_and_lists_problems(window, tmp_path):
    bad = tmp_path / "from-physio.yaml"
    bad.write_text("id: from-physio\ntitle: From physio\nsummary: S\nkind: routine\n"
                   "prepare_s: 0\nsteps:\n- exercise: wall-leen\n  hold_s: 0\n",
                   encoding="utf-8")
    assert not window.routine_manager.import_file(bad)
    message = window.home.routine_actions.message.text()
    assert f"{bad}:8: hold_s must be a whole number" in message
    assert not user_routines_dir().exists() or not any(user_routines_dir().iterdir())

    good = tmp_path / "good.yaml"
    good.write_text("# Dr Lee: twice a day\nid: from-physio\ntitle: From physio\nsummary: S\n"
                    "kind: routine\nprepare_s: 0\nsteps:\n- exercise: wall-lean\n  hold_s: 10\n",
                    encoding="utf-8")
    assert window.routine_manager.import_file(good)
    copied = user_routines_dir() / "from-physio.yaml"
    assert copied.read_bytes() == good.read_bytes()  # the comment stays
    assert "from-physio" in window.home.routine_ids()
    assert not window.routine_manager.import_file(good)  # the id is taken now
    assert "already have a routine" in window.home.routine_actions.message.text()


def test_import_refuses_an_exercise_library(window, tmp_path):
    library = tmp_path / "ex.yaml"
    library.write_text(Path("routines/exercises.yaml").read_text(encoding="utf-8")
                       .replace("id: ", "id: x-"), encoding="utf-8")
    assert not window.routine_manager.import_file(library)
    assert "not one routine" in window.home.routine_actions.message.text()


def test_export_writes_the_file_and_never_a_special_file(window, tmp_path):
    target = tmp_path / "share.yaml"
    assert window.routine_manager.export_file("evening-stretch", target)
    assert target.read_bytes() == Path("routines/evening-stretch.yaml").read_bytes()
    assert check_paths([target]).errors  # a copy of a built-in: same id, so 'duplicate'
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert not window.routine_manager.export_file("evening-stretch", folder)
    assert "is a folder" in window.home.routine_actions.message.text()
    if hasattr(os, "mkfifo"):  # a pipe nobody reads: refused at once, never replaced
        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        assert not window.routine_manager.export_file("evening-stretch", pipe)
        assert "nothing is reading" in window.home.routine_actions.message.text()
        assert pipe.is_fifo()


def test_editor_and_read_only_reason_in_russian(qtbot, qapp):
    from coach.i18n import install_translator

    install_translator(qapp, "ru")
    try:
        win, _clock, history = make_window(language="ru")
        qtbot.addWidget(win)
        folder = user_routines_dir()
        folder.mkdir(parents=True)
        (folder / "mine.yaml").write_text(
            "# from the clinic\nid: mine\ntitle:\n  en: Mine\n  ru: Мой\nsummary: S\n"
            "kind: routine\nprepare_s: 0\nsteps:\n- exercise: wall-lean\n  hold_s: 10\n",
            encoding="utf-8")
        win.reload_library(select="mine")
        win.home.routine_actions.edit_button.click()
        editor = win.editor_screen
        assert editor.title_edit.text() == "Мой"
        assert "в строке 1 есть комментарий" in editor.read_only_note.text()
        assert editor.heading.text() == "Комплекс (только просмотр)"
        win.routine_manager.new_routine()
        editor.save()
        assert editor.title_problem.text() == "Дайте комплексу название."
        history.close()
    finally:
        install_translator(qapp, "en")


def test_model_fields_the_editor_has_no_control_for_are_kept_in_a_copy():
    """Whatever a newer model adds (here a field made up for the test) reaches the file."""
    import dataclasses

    from coach.content.model import Routine, RoutineStep, Text

    @dataclasses.dataclass(frozen=True)
    class NewerStep(RoutineStep):
        hold_gently: bool = False

    @dataclasses.dataclass(frozen=True)
    class NewerRoutine(Routine):
        origin: Text | None = None

    routine = NewerRoutine(id="x", title=Text.plain("X"), summary=Text.plain("S"),
                           kind="routine", prepare_s=0,
                           steps=(NewerStep("wall-lean", 10, hold_gently=True),
                                  NewerStep("wall-lean", 10)),
                           origin=Text((("en", "A study"), ("ru", "Исследование"))))
    data = writer.to_data(writer.from_model(routine))
    assert data["origin"] == {"en": "A study", "ru": "Исследование"}
    assert data["steps"][0]["hold_gently"] is True and "hold_gently" not in data["steps"][1]


def test_picker_says_each_exercise_position_when_the_content_gives_one(qtbot):
    """Night routines should stay seated or lying: the picker shows where each is done."""
    import dataclasses

    from coach.content.model import Exercise, Library
    from coach.ui.routine_editor import RoutineEditor

    from builders import exercise

    @dataclasses.dataclass(frozen=True)
    class Placed(Exercise):
        position: str = ""

    def placed(exercise_id: str, position: str) -> Placed:
        values = {f.name: getattr(exercise(exercise_id), f.name)
                  for f in dataclasses.fields(Exercise)}
        return Placed(**{**values, "position": position})

    editor = RoutineEditor(Library(exercises={
        "wall-calf-stretch": placed("wall-calf-stretch", "standing"),
        "legs-raised": placed("legs-raised", "")}))
    qtbot.addWidget(editor)
    texts = sorted(editor.library_list.item(i).text()
                   for i in range(editor.library_list.count()))
    assert texts == ["Legs raised", "Wall calf stretch\nStanding"]


def test_a_routine_may_use_the_users_own_exercises(window, tmp_path):
    """Exercises from the user's own library file: the editor saves and imports with them."""
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    library_text = Path("routines/exercises.yaml").read_text(encoding="utf-8")
    start = library_text.index("  - id: wall-calf-stretch")
    end = library_text.index("\n  - id:", start + 1)
    (folder / "my-exercises.yaml").write_text(
        "exercises:\n" + library_text[start:end].replace("id: wall-calf-stretch",
                                                         "id: physio-wall-stretch") + "\n",
        encoding="utf-8")
    window.reload_library()
    assert window.services.library.exercise("physio-wall-stretch") is not None
    window.routine_manager.new_routine()
    editor = window.editor_screen
    editor.title_edit.setText("With my exercise")
    editor.add_step("physio-wall-stretch")
    editor.save()
    assert "with-my-exercise" in window.home.routine_ids()

    shared = tmp_path / "shared.yaml"
    shared.write_text("id: shared\ntitle: Shared\nsummary: S\nkind: routine\nprepare_s: 0\n"
                      "steps:\n- exercise: physio-wall-stretch\n  hold_s: 10\n",
                      encoding="utf-8")
    assert window.routine_manager.import_file(shared)
    assert "shared" in window.home.routine_ids()


def test_cancel_with_changes_asks_once_before_discarding(window, qtbot):
    window.routine_manager.new_routine()
    editor = window.editor_screen
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)  # nothing typed yet: closes at once
    assert window.stack.currentWidget() is window.home
    window.routine_manager.new_routine()
    _type(qtbot, editor.title_edit, "Half done")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is editor
    assert "not saved" in editor.save_problem.text()
    qtbot.keyClick(editor.back_button, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.home
    assert not user_routines_dir().exists() or not any(user_routines_dir().iterdir())


def test_a_long_description_shows_from_its_first_word(window, qtbot):
    """A built-in routine opened in the editor in a small window: its description starts
    at the beginning, not scrolled to its last words as if its start were cut off."""
    window.resize(640, 600)
    window.home.set_routines(window.services.library, {}, "evening-stretch")
    window.home.routine_actions.edit_button.click()
    editor = window.editor_screen
    summary = editor.summary_edit
    qtbot.waitUntil(lambda: summary.isVisible() and summary.fontMetrics().horizontalAdvance(
        summary.text()) > summary.width())  # longer than its field
    assert summary.cursorPosition() == 0
    assert editor.title_edit.cursorPosition() == 0

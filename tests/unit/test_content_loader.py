"""Loading and validating content files: what a person writing routines sees.

Every bad input must give ``file:line: message`` pointing at the line to fix,
and must not stop the other files from loading.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

import coach.content.resources
from coach.content import yaml_nodes
from coach.content.duration import routine_total_s
from coach.content.loader import check_builtin, load_library, validate_paths
from coach.content.model import Library
from coach.content.resources import routines_dir

SHIPPED_ROUTINES = {"evening-stretch", "evening-stretch-seated", "article-calf-stretches",
                    "wall-lean-three-times", "warm-up-before-sport", "after-cramp-recovery",
                    "cramp-relief", "cramp-relief-standing", "cramp-during-sport"}

ROUTINE = """\
id: my-routine
title: My routine
summary: Two stretches.
kind: routine
prepare_s: 5
steps:
  - exercise: wall-calf-stretch
    hold_s: 30
    rest_s: 10
  - exercise: wall-lean
    hold_s: 10
"""

LIBRARY = """\
exercises:
  - id: toe-raise
    name: Toe raise
    steps:
      - Stand up.
    sides: both
    position: standing
    illustration: toe-raise.svg
    source: My physio
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def errors_of(path: Path) -> list[str]:
    return [str(error) for error in validate_paths([path])]


def errors_under(library: Library, folder: Path) -> list[str]:
    """The library's errors for files in ``folder`` (the shipped art may still be missing)."""
    return [str(e) for e in library.errors if e.path.startswith(str(folder))]


@pytest.fixture
def assets(tmp_path, monkeypatch) -> Path:
    """A private assets/ folder, so illustration checks do not depend on the shipped art."""
    folder = tmp_path / "assets"
    (folder / "illustrations").mkdir(parents=True)
    monkeypatch.setattr(coach.content.resources, "assets_dir", lambda: folder)
    return folder


def add_frames(assets: Path, *names: str) -> None:
    for name in names:
        (assets / "illustrations" / name).write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")


# --- the shipped content ---------------------------------------------------------------------


def test_shipped_content_has_no_errors_except_missing_art():
    report = check_builtin()
    not_art = [str(e) for e in report.errors if not e.message.endswith("not found")]
    assert not_art == []
    assert set(report.library.routines) == SHIPPED_ROUTINES
    assert len(report.library.exercises) == 15
    assert (report.files, report.exercises, report.routines) == (10, 15, 9)


def test_shipped_content_is_fully_valid_once_every_frame_exists(assets):
    library = load_library()
    names = {n for exercise in library.exercises.values() for n in exercise.illustrations}
    add_frames(assets, *names)
    assert check_builtin().errors == []


def test_shipped_library_reads_what_the_yaml_says():
    library = load_library()
    stretch = library.exercise("wall-calf-stretch")
    assert stretch is not None
    assert str(stretch.name) == "Wall calf stretch"
    assert stretch.sides == "both"
    assert stretch.position == "standing" and not stretch.touches_calf
    assert stretch.action == "hold"
    assert stretch.illustrations == ("wall-calf-stretch-1.svg", "wall-calf-stretch-2.svg")
    assert str(stretch.steps[0]).startswith("Stand facing a wall")
    routine = library.routine("evening-stretch")
    assert routine is not None
    assert routine.path == "routines/evening-stretch.yaml"
    assert routine.kind == "routine" and routine.prepare_s == 5
    assert (routine.steps[0].exercise, routine.steps[0].hold_s, routine.steps[0].repeat,
            routine.steps[0].rest_s) == ("wall-calf-stretch", 10, 3, 10)
    assert routine.source is not None
    assert routine.source.get("en").startswith("Hallegraeff et al., J Physiother 2012;58:17-22")
    assert routine.source.get("ru").startswith("Hallegraeff и соавт.")
    relief = library.routine("cramp-relief")
    assert relief.kind == "relief"
    assert relief.steps[0].sides == "none"
    assert relief.steps[0].until_release is True
    assert relief.steps[1].until_release is False
    massage = library.exercise("calf-massage")
    assert massage.position == "sitting" and massage.touches_calf and massage.action == "move"
    assert library.exercise("legs-raised").position == "lying"


# --- durations ---------------------------------------------------------------------------------

# Hand-computed with the expansion rule (both-sided steps count twice; no rest at the end).
EXPECTED_TOTALS = {
    # 2 stretches x 3 times x 2 legs of (10 s + 10 s rest), no rest at the end
    "evening-stretch": 5 + 2 * 3 * 2 * (10 + 10) - 10,  # 235
    "evening-stretch-seated": 10 + 2 * 3 * 2 * (10 + 10) - 10,  # 240
    "article-calf-stretches": 5 + 3 * (10 + 10) + 2 * (30 + 15) + 2 * (30 + 15) + 60,  # 305
    "wall-lean-three-times": 5 + 20 * (10 + 5) - 5,  # 300
    "after-cramp-recovery": 5 + 2 * (60 + 10) + 2 * (20 + 10) + (120 + 15) + 180,  # 525
    "cramp-relief": 30 + 20 + 30 + 60 + 60 + 120,  # 320
    "cramp-relief-standing": 30 + 60,  # 90
    "cramp-during-sport": 30 + 20 + 30,  # 80
    "warm-up-before-sport": 5 + 60 + (30 + 10) + 2 * (30 + 10) + 3 * (10 + 5) - 5,  # 225
}


@pytest.mark.parametrize(("routine_id", "expected"), EXPECTED_TOTALS.items())
def test_routine_total_matches_the_hand_computed_time(routine_id, expected):
    library = load_library()
    assert routine_total_s(library.routines[routine_id], library.exercises) == expected


def test_evening_stretch_takes_about_four_minutes():
    """The trial's "both legs within three minutes" of stretching, plus the rests between."""
    library = load_library()
    assert routine_total_s(library.routines["evening-stretch"], library.exercises) == 235


def test_list_total_agrees_with_the_players_timeline():
    from coach.engine import timeline

    library = load_library()
    for routine in library.routines.values():
        assert (routine_total_s(routine, library.exercises)
                == timeline.build_timeline(routine, library.exercises).total_s), routine.id


# --- routine errors, each with its line --------------------------------------------------------

ROUTINE_CASES = [
    ("    hold_s: 30\n", "    hold: 30\n", 8, "unknown key 'hold' (did you mean 'hold_s'?)"),
    ("    hold_s: 30\n", "    hold_s: 0\n", 8,
     "hold_s must be a whole number of seconds from 1 to 3600, not 0"),
    ("    hold_s: 30\n", "    hold_s: 3601\n", 8,
     "hold_s must be a whole number of seconds from 1 to 3600, not 3601"),
    ("    hold_s: 30\n", "    hold_s: true\n", 8,
     "hold_s must be a whole number of seconds from 1 to 3600, not true (a yes/no value)"),
    ("    hold_s: 30\n", "    hold_s: 30.5\n", 8,
     "hold_s must be a whole number of seconds from 1 to 3600, not 30.5"),
    ("    hold_s: 30\n", '    hold_s: "30"\n', 8,
     "hold_s must be a whole number of seconds from 1 to 3600, not the text '30'"),
    ("prepare_s: 5\n", "prepare_s: -1\n", 5,
     "prepare_s must be a whole number of seconds from 0 to 3600, not -1"),
    ("    rest_s: 10\n", "    rest_s: 3601\n", 9,
     "rest_s must be a whole number of seconds from 0 to 3600, not 3601"),
    ("    rest_s: 10\n", "    rest_s: 10\n    repeat: 0\n", 10,
     "repeat must be a whole number from 1 to 100, not 0"),
    ("    rest_s: 10\n", "    rest_s: 10\n    repeat: 101\n", 10,
     "repeat must be a whole number from 1 to 100, not 101"),
    ("  - exercise: wall-lean\n", "  - exercise: wal-stretch\n", 10,
     "unknown exercise 'wal-stretch' (did you mean 'wall-calf-stretch'?)"),
    ("title: My routine\n", "", 1, "missing key 'title'"),
    ("title: My routine\n", "title: {ru: Моя}\n", 2, "title must include English ('en')"),
    ("title: My routine\n", "title: [a, b]\n", 2, "title must be text, not a list"),
    ("title: My routine\n", "title:\n", 2, "title must not be empty"),
    ("kind: routine\n", "kind: workout\n", 4, "kind must be 'routine' or 'relief', not 'workout'"),
    ("kind: routine\n", "kind: relif\n", 4,
     "kind must be 'routine' or 'relief', not 'relif' (did you mean 'relief'?)"),
    ("    hold_s: 30\n", "    hold_s: 30\n    until_release: maybe\n", 9,
     "until_release must be true or false, not the text 'maybe'"),
    ("    hold_s: 30\n", "    hold_s: 30\n    until_release: 1\n", 9,
     "until_release must be true or false, not 1"),
    ("    hold_s: 30\n", "    hold_s: 30\n    until_releas: true\n", 9,
     "unknown key 'until_releas' (did you mean 'until_release'?)"),
    ("kind: routine\n", "kind: routine\nsource: [a]\n", 5, "source must be text, not a list"),
    ("kind: routine\n", "kind: routine\nsource: {ru: Статья}\n", 5,
     "source must include English ('en')"),
    ("    rest_s: 10\n", "    rest_s: 10\n    sides: left\n", 10,
     "sides must be 'both' or 'none', not 'left'"),
    ("id: my-routine\n", "id: My Routine\n", 1,
     "id 'My Routine' must be lowercase letters, digits and '-' (like 'wall-calf-stretch'), "
     "at most 64 characters"),
    ("id: my-routine\n", "", 1, "missing key 'id'"),
    ("id: my-routine\n", "id: evening-stretch\n", 1,
     "duplicate id 'evening-stretch' (first defined in routines/evening-stretch.yaml:11)"),
    ("summary: Two stretches.\n", "summary: Two stretches.\nsummary: Again.\n", 4,
     "duplicate key 'summary'"),
    ("title: My routine\n", "title: !!python/object:os.system x\n", 2,
     "YAML tags are not allowed (!!python/object:os.system)"),
    ("title: My routine\n", "title: !!str My routine\n", 2, "YAML tags are not allowed (!!str)"),
    ("title: My routine\n", "title: !foo My routine\n", 2, "YAML tags are not allowed (!foo)"),
    ("steps:\n", "steps: !!seq\n", 6, "YAML tags are not allowed (!!seq)"),
    ("    hold_s: 30\n", "    hold_s: &h 30\n", 8, "anchors and aliases are not allowed"),
    ("    hold_s: 10\n", "    hold_s: *h\n", 11, "anchors and aliases are not allowed"),
]


@pytest.mark.parametrize(("old", "new", "line", "message"), ROUTINE_CASES)
def test_bad_routine_names_file_and_line(tmp_path, old, new, line, message):
    assert old in ROUTINE
    path = write(tmp_path, "mine.yaml", ROUTINE.replace(old, new, 1))
    assert f"{path}:{line}: {message}" in errors_of(path)


def test_empty_step_list_is_refused(tmp_path):
    text = ROUTINE.split("steps:")[0] + "steps: []\n"
    path = write(tmp_path, "mine.yaml", text)
    assert errors_of(path) == [f"{path}:6: steps must be a list of at least one step, not empty"]


def test_valid_user_routine_has_no_errors_and_uses_builtin_exercises(tmp_path):
    path = write(tmp_path / "user", "mine.yaml", ROUTINE)
    assert errors_of(path) == []
    library = load_library(user_dir=tmp_path / "user")
    assert errors_under(library, tmp_path) == []
    mine = library.routine("my-routine")
    assert mine is not None and mine.path == str(path)
    assert [s.exercise for s in mine.steps] == ["wall-calf-stretch", "wall-lean"]
    assert routine_total_s(mine, library.exercises) == 5 + 2 * (30 + 10) + 10
    assert set(library.routines) >= SHIPPED_ROUTINES


def test_translated_text_loads_with_every_language(tmp_path):
    text = ROUTINE.replace("title: My routine\n",
                           "title:\n  en: Evening\n  ru: Вечер\n  pt_BR: Noite\n")
    write(tmp_path / "user", "mine.yaml", text)
    routine = load_library(user_dir=tmp_path / "user").routine("my-routine")
    assert routine is not None
    assert routine.title.get("ru") == "Вечер"
    assert routine.title.get("de") == "Evening"


def test_plain_words_that_look_like_yes_or_no_stay_text(tmp_path):
    write(tmp_path / "user", "mine.yaml", ROUTINE.replace("summary: Two stretches.",
                                                          "summary: No"))
    routine = load_library(user_dir=tmp_path / "user").routine("my-routine")
    assert routine is not None and str(routine.summary) == "No"


# --- file-level problems ----------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "line", "message"), [
    ("title: My routine\n", "title: !!python/object:os.system x\n", 2,
     "YAML tags are not allowed (!!python/object:os.system)"),
    ("    hold_s: 30\n", "    hold_s: &h 30\n", 8, "anchors and aliases are not allowed"),
    ("    hold_s: 30\n", "    hold_s: 0\n", 8,
     "hold_s must be a whole number of seconds from 1 to 3600, not 0"),
])
def test_pure_python_yaml_gives_the_same_answers(tmp_path, monkeypatch, old, new, line, message):
    """Without libyaml the slower loader must apply exactly the same rules."""
    monkeypatch.setattr(yaml_nodes, "SafeLoader", yaml.SafeLoader)
    path = write(tmp_path, "mine.yaml", ROUTINE.replace(old, new, 1))
    assert f"{path}:{line}: {message}" in errors_of(path)


def test_yaml_syntax_error_gives_the_parsers_line(tmp_path):
    path = write(tmp_path, "mine.yaml", ROUTINE.replace("title: My routine", "title: a: b"))
    (error,) = errors_of(path)
    assert error.startswith(f"{path}:2: YAML syntax error: mapping values are not allowed")


def test_file_that_is_not_utf8_is_refused_at_the_bad_line(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_bytes(ROUTINE.replace("Two stretches.", "caf\xe9").encode("latin-1"))
    assert errors_of(path) == [f"{path}:3: file is not UTF-8 text"]


@pytest.mark.parametrize("text", ["", "\n\n  \n", "# only a comment\n"])
def test_empty_file_is_refused(tmp_path, text):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    assert errors_of(path) == [f"{path}:1: file is empty"]


def test_file_over_one_megabyte_is_refused_unread(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text(ROUTINE + "#" * 1_000_000, encoding="utf-8")
    assert errors_of(path) == [f"{path}:1: file is larger than 1 MB"]


def test_missing_file_is_an_error(tmp_path):
    path = tmp_path / "nope.yaml"
    assert errors_of(path) == [f"{path}:1: file not found"]


def test_deeply_nested_file_is_refused_without_crashing(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("id: x\ntitle: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    [error] = errors_of(path)
    # Our own depth check, or PyYAML >= 6.0.4's, whichever stops it first.
    assert error.startswith(f"{path}:2: ")
    assert "nesting" in error


def test_top_level_list_is_refused(tmp_path):
    path = write(tmp_path, "mine.yaml", "- a\n- b\n")
    (error,) = errors_of(path)
    assert error.startswith(f"{path}:1: a content file must be an exercise library")


# --- exercise library errors -------------------------------------------------------------------

LIBRARY_CASES = [
    ("    illustration: toe-raise.svg\n", "    illustration: ../../etc/passwd\n", 8,
     "illustration path '../../etc/passwd' leaves assets/"),
    ("    illustration: toe-raise.svg\n", "    illustration: /etc/passwd\n", 8,
     "illustration path '/etc/passwd' leaves assets/"),
    ("    illustration: toe-raise.svg\n", "    illustration: [a.svg, b.svg, c.svg]\n", 8,
     "illustration has 3 frames; give 1 or 2"),
    ("    illustration: toe-raise.svg\n", "    illustration: []\n", 8,
     "illustration has no frames; give 1 or 2"),
    ("    source: My physio\n", "", 2, "missing key 'source'"),
    ("    source: My physio\n", "    source: ''\n", 9, "source must not be empty"),
    ("      - Stand up.\n", "", 4, "steps must be a list of at least one step, not empty"),
    ("    sides: both\n", "    sides: bothe\n", 6,
     "sides must be 'both' or 'none', not 'bothe' (did you mean 'both'?)"),
    ("    sides: both\n", "    side: both\n", 6, "unknown key 'side' (did you mean 'sides'?)"),
    ("    position: standing\n", "", 2, "missing key 'position'"),
    ("    position: standing\n", "    position: sittin\n", 7,
     "position must be 'standing' or 'sitting' or 'lying', not 'sittin' "
     "(did you mean 'sitting'?)"),
    ("    position: standing\n", "    position: Lying\n", 7,
     "position must be 'standing' or 'sitting' or 'lying', not 'Lying' (did you mean 'lying'?)"),
    ("    position: standing\n", "    position:\n", 7,
     "position must be 'standing' or 'sitting' or 'lying', not empty"),
    ("    position: standing\n", "    postion: standing\n", 7,
     "unknown key 'postion' (did you mean 'position'?)"),
    ("    position: standing\n", "    position: standing\n    touches_calf: often\n", 8,
     "touches_calf must be true or false, not the text 'often'"),
    ("    position: standing\n", "    position: standing\n    action: stay\n", 8,
     "action must be 'hold' or 'move' or 'rest', not 'stay'"),
    ("  - id: toe-raise\n", "  - id: wall-lean\n", 2,
     "duplicate id 'wall-lean' (first defined in routines/exercises.yaml:66)"),
    ("    name: Toe raise\n", "    name: \"Toe\\x07raise\"\n", 3,
     "name contains a control character"),
]


@pytest.mark.parametrize(("old", "new", "line", "message"), LIBRARY_CASES)
def test_bad_exercise_names_file_and_line(tmp_path, assets, old, new, line, message):
    add_frames(assets, "toe-raise.svg")
    assert old in LIBRARY
    path = write(tmp_path, "library.yaml", LIBRARY.replace(old, new, 1))
    assert f"{path}:{line}: {message}" in errors_of(path)


def test_user_exercise_with_its_picture_is_valid(tmp_path, assets):
    add_frames(assets, "toe-raise.svg")
    path = write(tmp_path, "library.yaml", LIBRARY)
    assert errors_of(path) == []


def test_missing_picture_is_reported_but_the_exercise_still_plays(tmp_path, assets):
    write(tmp_path / "user", "library.yaml",
          LIBRARY.replace("toe-raise.svg", "nope.svg"))
    library = load_library(user_dir=tmp_path / "user")
    assert errors_under(library, tmp_path) == [
        f"{tmp_path / 'user' / 'library.yaml'}:8: illustration 'nope.svg' not found"]
    assert library.exercise("toe-raise") is not None


def test_illustration_link_out_of_assets_is_refused(tmp_path, assets):
    secret = tmp_path / "secret.svg"
    secret.write_text("<svg/>")
    (assets / "illustrations" / "link.svg").symlink_to(secret)
    path = write(tmp_path, "library.yaml", LIBRARY.replace("toe-raise.svg", "link.svg"))
    assert errors_of(path) == [f"{path}:8: illustration path 'link.svg' leaves assets/"]


def test_one_broken_exercise_does_not_take_the_others_down(tmp_path, assets):
    add_frames(assets, "toe-raise.svg", "heel-drop.svg")
    broken = LIBRARY.replace("toe-raise", "heel-drop").replace("    source: My physio\n", "")
    text = LIBRARY + broken.removeprefix("exercises:\n")
    user = tmp_path / "user"
    write(user, "library.yaml", text)
    write(user, "uses-broken.yaml", ROUTINE.replace("exercise: wall-lean", "exercise: heel-drop"))
    write(user, "uses-good.yaml", ROUTINE.replace("my-routine", "good")
          .replace("exercise: wall-lean", "exercise: toe-raise"))
    library = load_library(user_dir=user)
    assert library.exercise("toe-raise") is not None
    assert library.exercise("heel-drop") is None
    assert library.routine("good") is not None
    assert library.routine("my-routine") is None
    assert errors_under(library, user) == [
        f"{user / 'library.yaml'}:10: missing key 'source'",
        f"{user / 'uses-broken.yaml'}:10: exercise 'heel-drop' has errors and could not "
        "be loaded",
    ]


# --- user folders --------------------------------------------------------------------------------


def test_broken_user_files_are_skipped_and_everything_else_loads(tmp_path):
    user = tmp_path / "user"
    write(user, "a-good.yaml", ROUTINE)
    write(user, "b-tagged.yaml", ROUTINE.replace("my-routine", "tagged")
          .replace("title: My routine", "title: !!python/object/apply:os.system [ls]"))
    write(user, "c-unknown.yaml", ROUTINE.replace("my-routine", "other")
          .replace("wall-lean", "no-such-exercise"))
    write(user, "d-duplicate.yaml", ROUTINE.replace("my-routine", "evening-stretch")
          .replace("title: My routine", "title: Mine"))
    write(user, "notes.txt", "not content")
    library = load_library(user_dir=user)
    assert set(library.routines) == SHIPPED_ROUTINES | {"my-routine"}
    assert len(library.exercises) == 15
    assert str(library.routine("evening-stretch").title) == "Evening stretch before bed"
    assert errors_under(library, user) == [
        f"{user / 'b-tagged.yaml'}:2: YAML tags are not allowed (!!python/object/apply:os.system)",
        f"{user / 'c-unknown.yaml'}:10: unknown exercise 'no-such-exercise'",
        f"{user / 'd-duplicate.yaml'}:1: duplicate id 'evening-stretch' "
        "(first defined in routines/evening-stretch.yaml:11)",
    ]


def test_user_folder_that_does_not_exist_is_fine(tmp_path):
    library = load_library(user_dir=tmp_path / "missing")
    assert set(library.routines) == SHIPPED_ROUTINES


def test_duplicates_inside_the_builtin_folder_keep_the_first(tmp_path):
    builtin = tmp_path / "routines"
    write(builtin, "a.yaml", ROUTINE.replace("wall-calf-stretch", "toe-raise")
          .replace("wall-lean", "toe-raise"))
    write(builtin, "b.yaml", ROUTINE.replace("title: My routine", "title: Second"))
    write(builtin, "lib.yaml", LIBRARY)
    library = load_library(builtin_dir=builtin)
    assert str(library.routine("my-routine").title) == "My routine"
    assert "routines/b.yaml:1: duplicate id 'my-routine' (first defined in routines/a.yaml:1)" \
        in [str(e) for e in library.errors]


# --- validate_paths ------------------------------------------------------------------------------


def test_validating_builtin_files_does_not_find_them_twice():
    errors = validate_paths([routines_dir() / "evening-stretch.yaml"])
    assert errors == []
    folder_errors = validate_paths([routines_dir()])
    assert [e for e in folder_errors if not e.message.endswith("not found")] == []


def test_validating_a_folder_checks_its_yaml_files_only(tmp_path):
    folder = tmp_path / "mine"
    write(folder, "one.yaml", ROUTINE)
    write(folder, "two.yml", ROUTINE.replace("my-routine", "two").replace("hold_s: 10",
                                                                          "hold_s: 0"))
    write(folder, "readme.txt", "hold_s: nonsense")
    assert [str(e) for e in validate_paths([folder])] == [
        f"{folder / 'two.yml'}:11: hold_s must be a whole number of seconds from 1 to 3600, "
        "not 0"]


def test_validating_a_folder_without_content_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    assert [str(e) for e in validate_paths([tmp_path / "empty"])] == [
        f"{tmp_path / 'empty'}:1: folder has no .yaml or .yml files"]


def test_duplicate_ids_between_given_files_are_found(tmp_path):
    first = write(tmp_path, "a.yaml", ROUTINE)
    second = write(tmp_path, "b.yaml", ROUTINE)
    assert [str(e) for e in validate_paths([first, second])] == [
        f"{second}:1: duplicate id 'my-routine' (first defined in {first}:1)"]


def test_asset_path_refuses_an_absolute_part() -> None:
    from coach.content.resources import AssetPathError, asset_path

    with pytest.raises(AssetPathError):
        asset_path("illustrations", "/etc/passwd")


def test_regional_translation_wins_over_the_base_language() -> None:
    from coach.content.model import Text

    text = Text((("en", "Stretch"), ("pt", "Alongar"), ("pt_BR", "Alongue")))
    assert text.get("pt_BR") == "Alongue"
    assert text.get("pt_PT") == "Alongar"
    assert text.get("ru") == "Stretch"


# --- the schema's safety fields ------------------------------------------------------------------


def test_new_fields_default_to_the_careful_values(tmp_path, assets):
    """No touches_calf/until_release/action: not a massage, a fixed countdown, a hold."""
    add_frames(assets, "toe-raise.svg")
    user = tmp_path / "user"
    write(user, "library.yaml", LIBRARY)
    write(user, "mine.yaml", ROUTINE.replace("wall-lean", "toe-raise"))
    library = load_library(user_dir=user)
    raise_ = library.exercise("toe-raise")
    assert (raise_.position, raise_.touches_calf, raise_.action) == ("standing", False, "hold")
    routine = library.routine("my-routine")
    assert [step.until_release for step in routine.steps] == [False, False]
    assert routine.source is None


def test_fields_given_in_yaml_reach_the_model(tmp_path, assets):
    add_frames(assets, "toe-raise.svg")
    user = tmp_path / "user"
    write(user, "library.yaml", LIBRARY.replace(
        "    position: standing\n",
        "    position: lying\n    touches_calf: true\n    action: rest\n"))
    write(user, "mine.yaml", ROUTINE.replace(
        "    hold_s: 10\n", "    hold_s: 10\n    until_release: true\n").replace(
        "kind: routine\n", "kind: routine\nsource:\n  en: My physio\n  ru: Мой врач\n"))
    library = load_library(user_dir=user)
    raise_ = library.exercise("toe-raise")
    assert (raise_.position, raise_.touches_calf, raise_.action) == ("lying", True, "rest")
    routine = library.routine("my-routine")
    assert [step.until_release for step in routine.steps] == [False, True]
    assert routine.source.get("ru") == "Мой врач"


def test_a_user_routine_may_leave_out_its_source(tmp_path):
    path = write(tmp_path, "mine.yaml", ROUTINE)
    assert errors_of(path) == []


def test_a_builtin_routine_without_source_is_reported_but_still_loads(tmp_path):
    builtin = tmp_path / "routines"
    write(builtin, "mine.yaml", ROUTINE.replace("wall-calf-stretch", "toe-raise")
          .replace("wall-lean", "toe-raise"))
    write(builtin, "lib.yaml", LIBRARY)
    library = load_library(builtin_dir=builtin)
    assert library.routine("my-routine") is not None
    assert ("routines/mine.yaml:1: missing key 'source' (a built-in routine must say where "
            "it and its timings come from)") in [str(e) for e in library.errors]


def test_validating_a_shipped_routine_without_source_finds_it(tmp_path, monkeypatch):
    """``coach validate routines/x.yaml`` applies the built-in rules to a shipped file."""
    shipped = tmp_path / "routines"
    write(shipped, "mine.yaml", ROUTINE)
    monkeypatch.setattr("coach.content.loader.routines_dir", lambda: shipped)
    errors = [str(e) for e in validate_paths([shipped / "mine.yaml"])]
    assert any(e.endswith("missing key 'source' (a built-in routine must say where it and "
                          "its timings come from)") for e in errors)


def test_every_shipped_routine_says_where_it_comes_from():
    library = load_library()
    for routine in library.routines.values():
        assert routine.source is not None, routine.id
        assert routine.source.get("en") and routine.source.get("ru") != routine.source.get("en")


def test_a_builtin_routine_that_gets_up_again_is_reported(tmp_path):
    """Standing after sitting or lying is refused for shipped routines (reported, still played)."""
    builtin = tmp_path / "routines"
    write(builtin, "lib.yaml", LIBRARY + """\
  - id: lie-down
    name: Lie down
    steps:
      - Lie down.
    sides: none
    position: lying
    illustration: toe-raise.svg
    source: My physio
""")
    write(builtin, "mine.yaml", ROUTINE.replace("kind: routine\n", "kind: routine\nsource: Me\n")
          .replace("wall-calf-stretch", "lie-down").replace("wall-lean", "toe-raise"))
    library = load_library(builtin_dir=builtin)
    assert library.routine("my-routine") is not None
    assert ("routines/mine.yaml:11: step 2 (toe-raise) is done standing after a lying step: "
            "a routine goes standing, then sitting, then lying") in [str(e) for e in library.errors]


def test_the_same_order_in_a_user_routine_is_left_to_its_author(tmp_path, assets):
    add_frames(assets, "toe-raise.svg")
    user = tmp_path / "user"
    write(user, "mine.yaml", ROUTINE.replace("wall-calf-stretch", "legs-raised"))
    library = load_library(user_dir=user)
    assert errors_under(library, tmp_path) == []

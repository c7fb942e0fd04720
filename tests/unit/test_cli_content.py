"""``coach list`` and ``coach validate`` as someone at a terminal uses them (that they load
no Qt is checked in a fresh process in tests/integration/test_without_qt.py)."""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path

import pytest

import coach.content.resources
from coach.app import main
from coach.content.loader import load_library

ROUTINE = textwrap.dedent("""\
    id: my-routine
    title: My own routine
    summary: One stretch.
    kind: routine
    prepare_s: 0
    steps:
      - exercise: wall-lean
        hold_s: 10
        repeat: 2
        rest_s: 5
    """)


@pytest.fixture
def shipped_art(tmp_path, monkeypatch) -> None:
    """Every frame the shipped exercises name, so the result does not wait on the artist."""
    names = {n for e in load_library().exercises.values() for n in e.illustrations}
    folder = tmp_path / "assets"
    (folder / "illustrations").mkdir(parents=True)
    for name in names:
        (folder / "illustrations" / name).write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    monkeypatch.setattr(coach.content.resources, "assets_dir", lambda: folder)


def user_routines() -> Path:
    """The folder the app reads user routines from (under the per-test XDG_DATA_HOME)."""
    folder = Path(os.environ["XDG_DATA_HOME"]) / "calf-coach" / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_validate_without_paths_checks_the_shipped_content(shipped_art, capsys):
    assert main(["validate"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "ok: 10 files, 15 exercises, 9 routines"
    assert err == ""


def test_validate_good_file_says_ok(tmp_path, capsys):
    path = tmp_path / "mine.yaml"
    path.write_text(ROUTINE, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "ok: 1 file, 0 exercises, 1 routine"


def test_validate_bad_file_prints_file_line_message_and_fails(tmp_path, capsys):
    good = tmp_path / "good.yaml"
    good.write_text(ROUTINE.replace("my-routine", "good"), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(ROUTINE.replace("hold_s: 10", "hold: 10"), encoding="utf-8")
    assert main(["validate", str(good), str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert f"{bad}:8: unknown key 'hold' (did you mean 'hold_s'?)" in lines
    assert f"{bad}:7: missing key 'hold_s'" in lines
    assert not any(line.startswith(str(good)) for line in lines)
    assert lines[-1] == "2 errors in 1 file"


def test_validate_missing_path_is_an_error(tmp_path, capsys):
    missing = tmp_path / "nope.yaml"
    assert main(["validate", str(missing)]) == 1
    assert f"{missing}:1: file not found" in capsys.readouterr().err.splitlines()


def test_validate_refuses_yaml_tags(tmp_path, capsys):
    path = tmp_path / "evil.yaml"
    path.write_text(ROUTINE.replace("title: My own routine",
                                    "title: !!python/object/apply:os.system [echo hi]"),
                    encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert (f"{path}:2: YAML tags are not allowed (!!python/object/apply:os.system)"
            in capsys.readouterr().err.splitlines())


def test_list_prints_aligned_routines_sorted_by_id_with_durations(capsys):
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    ids = [line.split()[0] for line in lines]
    assert ids == sorted(ids)
    assert {"evening-stretch", "cramp-relief", "wall-lean-three-times"} <= set(ids)
    evening = next(line for line in lines if line.startswith("evening-stretch "))
    assert re.fullmatch(r"evening-stretch +Evening stretch before bed +3:55", evening)
    title_columns = {len(re.match(r"\S+ +", line).group()) for line in lines}
    assert len(title_columns) == 1, "titles do not start in one column"
    assert len({len(line) for line in lines}) == 1, "durations are not right-aligned"


def test_list_includes_the_users_routines(capsys):
    (user_routines() / "mine.yaml").write_text(ROUTINE, encoding="utf-8")
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    mine = next(line for line in out.splitlines() if line.startswith("my-routine "))
    assert re.fullmatch(r"my-routine +My own routine +0:25", mine)  # 10 + 5 + 10


def test_list_still_works_with_a_broken_user_file(capsys):
    broken = user_routines() / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    assert main(["list"]) == 0
    out, err = capsys.readouterr()
    assert "evening-stretch" in out
    assert f"{broken}:" in err

"""The content cache: a start where no file changed must look exactly like a fresh load.

The app passes ``cache_path`` to ``load_library``; each file's checked result
is then reused while the file is unchanged. Everything a person sees (the
library, every ``file:line: message``, including the rules across files) must
be the same with and without it, and a broken cache must never stop a start.
File times are set with ``os.utime`` (no sleeps): a file changed in the last
two seconds is not stored, so test files are first dated back.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import coach
from coach.content import cache as content_cache
from coach.content import loader
from coach.content.loader import load_library
from coach.content.model import Library
from coach.content.resources import routines_dir
from coach.store import paths

PROJECT = Path(__file__).resolve().parents[2]
PAST_NS = 1_700_000_000 * 10**9  # November 2023

ROUTINE = """\
id: my-routine
title:
  en: My routine
  ru: Моя растяжка
summary: Two stretches.
kind: routine
when: Every evening
prepare_s: 5
steps:
  - exercise: wall-calf-stretch
    hold_s: 30
    rest_s: 10
    sides: none
    note: Slowly.
  - exercise: wall-lean
    hold_s: 10
    repeat: 2
"""

LIBRARY = """\
exercises:
  - id: toe-raise
    name:
      en: Toe raise
      ru: Подъём на носки
    steps:
      - Stand up.
      - en: Rise.
        ru: Поднимитесь.
    sides: both
    position: standing
    touches_calf: true
    action: move
    illustration: [wall-calf-stretch-1.svg, nope.svg]
    caution: Not with a fresh cramp.
    source: My physio
  - id: heel-drop
    name: Heel drop
    steps: [Drop.]
    sides: sideways
    position: sitting
    illustration: x.svg
    source: Me
"""


def write(folder: Path, name: str, text: str, mtime_ns: int = PAST_NS) -> Path:
    """A content file dated ``mtime_ns`` (long ago unless told)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def messages(library: Library) -> list[str]:
    return [str(error) for error in library.errors]


def assert_same(cached: Library, fresh: Library) -> None:
    """Equal objects, in the same order, with the same messages."""
    assert cached == fresh
    assert list(cached.routines) == list(fresh.routines)
    assert list(cached.exercises) == list(fresh.exercises)
    assert messages(cached) == messages(fresh)


@pytest.fixture
def builtin(tmp_path) -> Path:
    """A dated-back copy of the shipped routines/, so every built-in file can be cached."""
    folder = tmp_path / "shipped" / "routines"
    shutil.copytree(routines_dir(), folder)
    for path in folder.iterdir():
        os.utime(path, ns=(PAST_NS, PAST_NS))
    return folder


@pytest.fixture
def user(tmp_path) -> Path:
    """A user folder with good files and files that break each kind of rule."""
    folder = tmp_path / "user"
    write(folder, "a-mine.yaml", ROUTINE)
    write(folder, "b-library.yaml", LIBRARY)
    write(folder, "c-uses-library.yaml", ROUTINE.replace("my-routine", "uses-library")
          .replace("exercise: wall-lean", "exercise: toe-raise"))
    write(folder, "d-duplicate.yaml", ROUTINE.replace("my-routine", "evening-stretch"))
    write(folder, "e-typo.yaml", ROUTINE.replace("my-routine", "typo")
          .replace("exercise: wall-lean", "exercise: wall-lea"))
    write(folder, "f-uses-broken.yaml", ROUTINE.replace("my-routine", "uses-broken")
          .replace("exercise: wall-lean", "exercise: heel-drop"))
    write(folder, "g-tagged.yaml", ROUTINE.replace("my-routine", "tagged")
          .replace("summary: Two stretches.", "summary: !!python/object/apply:os.system [ls]"))
    write(folder, "h-syntax.yaml", "id: [unclosed\n")
    write(folder, "i-empty.yaml", "\n")
    write(folder, "j-same-id-again.yaml", ROUTINE)
    return folder


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The files the loader really parses and checks (by shown name)."""
    done: list[str] = []
    real = loader.check_file

    def counting(source):
        done.append(source.shown)
        return real(source)

    monkeypatch.setattr(loader, "check_file", counting)
    return done


@pytest.fixture
def cache_path(tmp_path) -> Path:
    return tmp_path / "cache" / content_cache.CACHE_FILE_NAME


def test_second_load_from_the_cache_equals_a_fresh_load(builtin, user, cache_path, checks):
    fresh = load_library(user_dir=user, builtin_dir=builtin)
    first = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert cache_path.is_file()
    checks.clear()
    second = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert checks == []  # nothing parsed
    assert_same(first, fresh)
    assert_same(second, fresh)
    assert {"my-routine", "uses-library", "evening-stretch"} <= set(second.routines)
    assert str(second.routine("evening-stretch").title) == "Evening stretch before bed"
    toe_raise = second.exercise("toe-raise")
    assert (toe_raise.position, toe_raise.touches_calf, toe_raise.action) == (
        "standing", True, "move")
    relief = second.routine("cramp-relief")
    assert relief.steps[0].until_release and not relief.steps[1].until_release
    assert relief.source is not None and relief.source.get("ru")
    assert second.exercise("toe-raise").illustrations == ("wall-calf-stretch-1.svg",
                                                         "nope.svg")
    mine = [m for m in messages(second) if m.startswith(str(user))]
    assert mine == [
        f"{user / 'b-library.yaml'}:14: illustration 'nope.svg' not found",
        f"{user / 'b-library.yaml'}:20: sides must be 'both' or 'none', not 'sideways'",
        f"{user / 'b-library.yaml'}:22: illustration 'x.svg' not found",
        f"{user / 'd-duplicate.yaml'}:1: duplicate id 'evening-stretch' "
        "(first defined in routines/evening-stretch.yaml:11)",
        f"{user / 'e-typo.yaml'}:15: unknown exercise 'wall-lea' (did you mean 'wall-lean'?)",
        f"{user / 'f-uses-broken.yaml'}:15: exercise 'heel-drop' has errors and could not "
        "be loaded",
        f"{user / 'g-tagged.yaml'}:5: YAML tags are not allowed (!!python/object/apply:os.system)",
        f"{user / 'h-syntax.yaml'}:2: YAML syntax error: did not find expected ',' or"
        " ']' (while parsing a flow sequence from line 1)",
        f"{user / 'i-empty.yaml'}:1: file is empty",
        f"{user / 'j-same-id-again.yaml'}:1: duplicate id 'my-routine' "
        f"(first defined in {user / 'a-mine.yaml'}:1)",
    ]


def test_the_shipped_content_with_the_default_folders_loads_the_same(cache_path):
    fresh = load_library()
    load_library(cache_path=cache_path)
    assert_same(load_library(cache_path=cache_path), fresh)


def test_an_edited_file_is_read_again(builtin, user, cache_path, checks):
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    mine = user / "a-mine.yaml"
    same_size = ROUTINE.replace("hold_s: 30", "hold_s: 45")
    write(user, "a-mine.yaml", same_size, mtime_ns=PAST_NS + 1)
    checks.clear()
    library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert checks == [str(mine)]
    assert library.routine("my-routine").steps[0].hold_s == 45
    assert_same(library, load_library(user_dir=user, builtin_dir=builtin))
    checks.clear()
    assert_same(load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path),
                library)
    assert checks == []


def test_an_edit_that_breaks_a_file_shows_its_errors_and_keeps_them(builtin, user, cache_path,
                                                                    checks):
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    write(user, "a-mine.yaml", ROUTINE.replace("hold_s: 30", "hold_s: 0"), mtime_ns=PAST_NS + 7)
    expected = f"{user / 'a-mine.yaml'}:11: hold_s must be a whole number of seconds from " \
               "1 to 3600, not 0"
    fresh = load_library(user_dir=user, builtin_dir=builtin)
    for parsed in ([str(user / "a-mine.yaml")], []):  # the second time, from the cache
        checks.clear()
        library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
        assert checks == parsed
        assert expected in messages(library)
        assert library.routine("my-routine") is not None  # j-same-id-again.yaml's now
        assert_same(library, fresh)


def test_new_and_deleted_files_are_noticed(builtin, user, cache_path, checks):
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    new = write(user, "k-new.yaml", ROUTINE.replace("my-routine", "brand-new"))
    checks.clear()
    library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert checks == [str(new)]
    assert library.routine("brand-new") is not None

    (user / "a-mine.yaml").unlink()
    new.unlink()
    checks.clear()
    library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert checks == []
    assert library.routine("brand-new") is None
    # j-same-id-again.yaml now defines my-routine: no duplicate message any more
    assert library.routine("my-routine").path == str(user / "j-same-id-again.yaml")
    assert_same(library, load_library(user_dir=user, builtin_dir=builtin))
    cached = json.loads(cache_path.read_text(encoding="utf-8"))
    names = {entry["shown"] for entry in cached["files"]}
    assert str(new) not in names and str(user / "a-mine.yaml") not in names  # kept bounded
    assert len(names) == 10 + 9


def test_cross_file_rules_run_again_on_cached_files(builtin, user, cache_path, checks):
    """Deleting the library must make its users' references fail, though they are unchanged."""
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    (user / "b-library.yaml").unlink()
    checks.clear()
    library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert checks == []
    assert library.routine("uses-library") is None
    assert [m for m in messages(library) if "-uses-" in m] == [
        f"{user / 'c-uses-library.yaml'}:15: unknown exercise 'toe-raise' (did you mean "
        "'legs-raised'?)",
        f"{user / 'f-uses-broken.yaml'}:15: unknown exercise 'heel-drop'"]
    assert_same(library, load_library(user_dir=user, builtin_dir=builtin))


def test_a_file_changed_just_now_is_not_stored_until_it_settles(builtin, user, cache_path,
                                                                checks):
    """Two writes within one timestamp tick must not leave the first one cached."""
    import time

    now = time.time_ns()
    racy = write(user, "a-mine.yaml", ROUTINE, mtime_ns=now)
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    checks.clear()
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert checks == [str(racy)]
    os.utime(racy, ns=(PAST_NS, PAST_NS))
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    checks.clear()
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert checks == []


def test_a_relinked_file_is_read_again(builtin, tmp_path, cache_path, checks):
    user = tmp_path / "user"
    one = write(tmp_path / "elsewhere", "one.yaml", ROUTINE)
    two = write(tmp_path / "elsewhere", "two.yaml", ROUTINE.replace("hold_s: 30", "hold_s: 45"))
    user.mkdir()
    (user / "mine.yaml").symlink_to(one)
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    (user / "mine.yaml").unlink()
    (user / "mine.yaml").symlink_to(two)
    library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert library.routine("my-routine").steps[0].hold_s == 45


def test_an_app_update_rereads_everything(builtin, user, cache_path, checks, monkeypatch):
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    monkeypatch.setattr(coach, "__version__", "99.0")
    checks.clear()
    library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert len(checks) == 10 + 10
    assert_same(library, load_library(user_dir=user, builtin_dir=builtin))
    checks.clear()
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert checks == []


def test_a_file_cached_as_user_content_is_checked_again_as_builtin(builtin, user, cache_path,
                                                                   checks):
    """Built-in files have stricter rules (a routine's source), so the flag is part of the key."""
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    _entry_content(cache_path, lambda d: [e.update(builtin=False) for e in d["files"]
                                          if e["shown"].startswith("routines/")])
    checks.clear()
    library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert sorted(checks) == sorted(f"routines/{p.name}" for p in builtin.iterdir())
    assert_same(library, load_library(user_dir=user, builtin_dir=builtin))


def _entry_content(cache_path: Path, change) -> None:
    data = json.loads(cache_path.read_text(encoding="utf-8"))
    change(data)
    cache_path.write_text(json.dumps(data), encoding="utf-8")


def _set_first_routine(data, index, value):
    """Set value ``index`` of the first cached routine draft: [line, refs, routine]."""
    for entry in data["files"]:
        routines = entry["content"][1]
        if routines:
            routines[0][index] = value
            return


def _each_routine(data, change):
    for entry in data["files"]:
        for draft in entry["content"][1]:
            change(draft[2])


BROKEN_CACHES = {
    "garbage bytes": lambda path: path.write_bytes(b"\x00\xff\xfe garbage \x80"),
    "cut short": lambda path: path.write_bytes(path.read_bytes()[:1000]),
    "empty": lambda path: path.write_bytes(b""),
    "a list": lambda path: path.write_text("[1, 2, 3]"),
    "deeply nested": lambda path: path.write_text("[" * 200_000 + "]" * 200_000),
    "unknown format": lambda path: _entry_content(path, lambda d: d.update(format=1)),
    "an unknown position": lambda path: _entry_content(
        path, lambda d: [draft[1].__setitem__(7, "kneeling")
                         for e in d["files"] for draft in e["content"][0]]),
    "touches_calf as a number": lambda path: _entry_content(
        path, lambda d: [draft[1].__setitem__(8, 1)
                         for e in d["files"] for draft in e["content"][0]]),
    "until_release as text": lambda path: _entry_content(
        path, lambda d: _each_routine(d, lambda r: r[5][0].__setitem__(6, "yes"))),
    "a source that is not a text": lambda path: _entry_content(
        path, lambda d: _each_routine(d, lambda r: r.__setitem__(8, 5))),
    "another version": lambda path: _entry_content(
        path, lambda d: d["setup"].__setitem__(0, "0.0.1")),
    "files not a list": lambda path: _entry_content(path, lambda d: d.update(files={})),
    "entry without path": lambda path: _entry_content(
        path, lambda d: [e.pop("path") for e in d["files"]]),
    "content of the wrong type": lambda path: _entry_content(
        path, lambda d: [e.update(content={"exercises": []}) for e in d["files"]]),
    "a part missing": lambda path: _entry_content(
        path, lambda d: [e["content"].pop() for e in d["files"]]),
    "a number as text": lambda path: _entry_content(
        path, lambda d: _set_first_routine(d, 0, "5")),
    "a bool as a number": lambda path: _entry_content(
        path, lambda d: _set_first_routine(d, 0, True)),
    "reference lines missing": lambda path: _entry_content(
        path, lambda d: _set_first_routine(d, 1, [])),
    "a null text": lambda path: _entry_content(
        path, lambda d: _each_routine(d, lambda r: r.__setitem__(1, None))),
    "a text without its language": lambda path: _entry_content(
        path, lambda d: _each_routine(d, lambda r: r.__setitem__(2, ["Two stretches."]))),
    "an unknown kind": lambda path: _entry_content(
        path, lambda d: _each_routine(d, lambda r: r.__setitem__(3, "dance"))),
    "a float for seconds": lambda path: _entry_content(
        path, lambda d: _each_routine(d, lambda r: r[5][0].__setitem__(1, 30.0))),
    "a step too short": lambda path: _entry_content(
        path, lambda d: _each_routine(d, lambda r: r[5][0].pop())),
    "an exercise without its source": lambda path: _entry_content(
        path, lambda d: [draft[1].__setitem__(5, None)
                         for e in d["files"] for draft in e["content"][0]]),
    "an error without its line": lambda path: _entry_content(
        path, lambda d: [error.pop(1) for e in d["files"] for error in e["content"][3]]),
}


@pytest.mark.parametrize("damage", list(BROKEN_CACHES.values()), ids=list(BROKEN_CACHES))
def test_a_broken_cache_is_ignored_logged_and_replaced(builtin, user, cache_path, checks, caplog,
                                                       damage):
    fresh = load_library(user_dir=user, builtin_dir=builtin)
    load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    damage(cache_path)
    checks.clear()
    with caplog.at_level(logging.INFO, logger="coach.content.cache"):
        library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert_same(library, fresh)
    assert checks  # some or all files read again
    logged = [r for r in caplog.records if r.name == "coach.content.cache"]
    assert len(logged) == 1 and logged[0].levelno == logging.INFO
    checks.clear()
    assert_same(load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path), fresh)
    assert checks == []  # replaced by a good one


def test_a_cache_that_cannot_be_written_still_loads(builtin, user, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    fresh = load_library(user_dir=user, builtin_dir=builtin)
    with caplog.at_level(logging.INFO, logger="coach.content.cache"):
        for _ in range(2):
            library = load_library(user_dir=user, builtin_dir=builtin,
                                   cache_path=blocker / "content-cache.json")
            assert_same(library, fresh)
    assert any("not written" in r.getMessage() for r in caplog.records)


def test_a_cache_folder_without_permission_still_loads(builtin, user, tmp_path, monkeypatch,
                                                      caplog):
    """The folder refuses new files the way a read-only folder refuses a normal user.

    Injected rather than made with chmod: root (who runs CI) ignores a
    folder's permissions, so a chmod test would pass there without ever
    reaching the refusal.
    """
    from coach.store import atomic

    folder = tmp_path / "locked"
    folder.mkdir()

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with caplog.at_level(logging.INFO, logger="coach.content.cache"):
        library = load_library(user_dir=user, builtin_dir=builtin,
                               cache_path=folder / "content-cache.json")
    monkeypatch.undo()
    assert_same(library, load_library(user_dir=user, builtin_dir=builtin))
    assert list(folder.iterdir()) == []
    assert any("not written" in r.getMessage() and "Permission denied" in r.getMessage()
               for r in caplog.records)


def test_a_cache_that_is_a_folder_is_a_miss(builtin, user, cache_path):
    cache_path.mkdir(parents=True)
    library = load_library(user_dir=user, builtin_dir=builtin, cache_path=cache_path)
    assert_same(library, load_library(user_dir=user, builtin_dir=builtin))


def test_without_a_cache_path_nothing_is_cached(user):
    load_library(user_dir=user)
    assert not paths.cache_dir().exists()


def test_the_cache_folder_follows_xdg(tmp_path):
    assert paths.cache_dir() == tmp_path / "home" / ".cache" / "calf-coach"
    assert os.environ["XDG_CACHE_HOME"] == str(tmp_path / "home" / ".cache")


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True,
                          text=True, check=False)


def test_a_start_from_the_cache_does_not_load_the_validator(builtin, user, cache_path):
    """What the cache saves at start-up: the rule and YAML node modules and all parsing.

    ``import yaml`` itself loads ``yaml.nodes`` (and the settings import yaml at
    every start), so only the content modules are asserted on.
    """
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from coach.content.loader import load_library
        library = load_library(user_dir=Path({str(user)!r}), builtin_dir=Path({str(builtin)!r}),
                               cache_path=Path({str(cache_path)!r}))
        print(len(library.routines), len(library.errors))
        print(" ".join(sorted(sys.modules)))
    """)
    cold = _run(code)
    assert cold.returncode == 0, cold.stderr
    warm = _run(code)
    assert warm.returncode == 0, warm.stderr
    fresh = load_library(user_dir=user, builtin_dir=builtin)
    counts = f"{len(fresh.routines)} {len(fresh.errors)}"
    cold_counts, cold_line = cold.stdout.splitlines()
    warm_counts, warm_line = warm.stdout.splitlines()
    assert cold_counts == warm_counts == counts
    cold_modules, warm_modules = set(cold_line.split()), set(warm_line.split())
    assert {"coach.content.validate", "coach.content.yaml_nodes"} <= cold_modules
    assert "coach.content.validate" not in warm_modules
    assert "coach.content.yaml_nodes" not in warm_modules
